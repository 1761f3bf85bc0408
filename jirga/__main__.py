from jirga.cli import main

main()
