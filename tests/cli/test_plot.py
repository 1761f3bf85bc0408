"""``jirga plot series`` and ``jirga plot map`` (jirga/cli/plot.py)."""
from typer.testing import CliRunner

from jirga import errors
from jirga.cli import app
from tests.analyse.corpus import hand_db
from tests.cli.shell import jirga

runner = CliRunner()


def test_plot_series_writes_png_and_svg(tmp_path):
    db = hand_db(tmp_path / "h.duckdb")
    for name in ("pak_afg.png", "pak_afg.svg"):
        out = tmp_path / name
        result = runner.invoke(app, ["plot", "series", "PAK", "AFG", "-o", str(out), "--db", str(db),
                                     "--undirected"])
        assert result.exit_code == 0, result.output
        assert "4 events in 3 periods" in result.output and out.stat().st_size > 5000


def test_plot_map_writes_the_figure(tmp_path):
    db = hand_db(tmp_path / "h.duckdb")
    out = tmp_path / "events.png"
    result = runner.invoke(app, ["plot", "map", "-o", str(out), "--db", str(db), "--start", "2024-01"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\x89PNG")


def test_plot_errors_are_one_line_and_exit_2(tmp_path):
    db = hand_db(tmp_path / "h.duckdb")
    proc = jirga("plot", "series", "PAK", "AFG", "-o", str(tmp_path / "x.pdf"), "--db", str(db))
    assert proc.returncode == 2 and f"[{errors.UNKNOWN_FORMAT}]" in proc.stderr
    proc = jirga("plot", "series", "IND", "CHN", "-o", str(tmp_path / "x.png"), "--db", str(db))
    assert proc.returncode == 2 and f"[{errors.NOTHING_TO_PLOT}]" in proc.stderr
    proc = jirga("plot", "series", "PAK", "AFG", "-o", str(tmp_path / "x.png"), "--db", str(db), "--interval", "hour")
    assert proc.returncode == 2 and f"[{errors.BAD_FILTER}]" in proc.stderr
