"""Run ``python -m jirga`` in a child process, as a user would from the shell."""
import subprocess
import sys


def jirga(*args, input=None, timeout=600):
    return subprocess.run([sys.executable, "-m", "jirga", *args], input=input, capture_output=True,
                          text=True, timeout=timeout)
