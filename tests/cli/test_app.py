"""The ``jirga`` command itself (``jirga/cli/__init__.py``): every command is registered, and
``main`` turns a user error into one line on stderr and exit 2."""
import sys

import pytest
from typer.testing import CliRunner

import jirga.cli as cli
from jirga import errors
from jirga.cli import app
from jirga.errors import JirgaError
from tests.cli.shell import jirga as _jirga

runner = CliRunner()


def test_help_lists_every_command():
    out = runner.invoke(app, ["--help"]).output
    for cmd in ("run", "summary", "code", "geoparse", "dates", "export", "eval", "actors"):
        assert cmd in out


def test_user_error_exits_2_with_one_line_and_no_traceback(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n")
    proc = _jirga("code", str(bad))
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("jirga: [E105]") and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_app_registers_the_actor_subcommands():
    out = runner.invoke(app, ["actors", "--help"]).output
    for cmd in ("resolve", "show", "add", "unknown"):
        assert cmd in out


def _main(monkeypatch, argv, raises):
    """Run ``cli.main`` with ``argv``, its app replaced by one that raises ``raises``."""
    seen = {}

    def fake_app():
        seen["argv"] = list(sys.argv)
        raise raises
    monkeypatch.setattr(cli, "app", fake_app)
    monkeypatch.setattr(sys, "argv", ["jirga", *argv])
    return seen


def test_main_user_error_is_one_line_on_stderr_and_exit_2(monkeypatch, capsys):
    _main(monkeypatch, ["run", "x"], JirgaError("bogus: unknown setting", errors.UNKNOWN_SETTING))
    with pytest.raises(SystemExit) as exc:
        cli.main()
    assert exc.value.code == 2
    assert capsys.readouterr().err == f"jirga: [{errors.UNKNOWN_SETTING}] bogus: unknown setting\n"


def test_main_debug_shows_the_error_and_is_not_passed_on(monkeypatch):
    seen = _main(monkeypatch, ["--debug", "run", "x"], JirgaError("bad", errors.UNKNOWN_SETTING))
    with pytest.raises(JirgaError):
        cli.main()
    assert seen["argv"] == ["jirga", "run", "x"]


def test_main_verbose_logs_at_info_and_is_not_passed_on(monkeypatch, request):
    import logging
    log = logging.getLogger("jirga")
    request.addfinalizer(lambda level=log.level: log.setLevel(level))
    seen = _main(monkeypatch, ["run", "--verbose", "x"], JirgaError("bad", errors.UNKNOWN_SETTING))
    with pytest.raises(SystemExit):
        cli.main()
    assert seen["argv"] == ["jirga", "run", "x"] and log.level == logging.INFO


def test_main_interrupt_says_how_to_resume_and_exits_130(monkeypatch, capsys):
    _main(monkeypatch, ["run", "x"], KeyboardInterrupt())
    with pytest.raises(SystemExit) as exc:
        cli.main()
    assert exc.value.code == 130 and "run the same command again" in capsys.readouterr().err


def test_main_lets_a_bug_through_as_an_exception(monkeypatch):
    _main(monkeypatch, ["run", "x"], ZeroDivisionError("bug"))
    with pytest.raises(ZeroDivisionError):
        cli.main()
