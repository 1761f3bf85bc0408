"""Docs are checked: the CLI reference is current and the README names every command."""
from pathlib import Path

from jirga.cli.reference import render

ROOT = Path(__file__).resolve().parent.parent


def test_cli_reference_is_current():
    assert (ROOT / "docs" / "cli.md").read_text() == render(), "run: python -m jirga.cli.reference > docs/cli.md"


def test_readme_mentions_every_command():
    readme = (ROOT / "README.md").read_text()
    for line in render().splitlines():
        if line.startswith("## `jirga "):
            cmd = line[4:-1]
            assert cmd in readme, f"README does not mention {cmd}"


def test_readme_test_command_is_what_ci_runs():
    assert "./test.sh" in (ROOT / ".ci" / "run").read_text()
    assert "./test.sh" in (ROOT / "README.md").read_text()


def test_readme_documents_every_setting_and_export_format():
    from jirga.export import FORMATS
    from jirga.settings import SETTINGS
    readme = (ROOT / "README.md").read_text()
    for s in SETTINGS:
        assert f"`{s.name}`" in readme, f"README does not document setting {s.name}"
    for fmt in FORMATS:
        assert f".{fmt}" in readme
