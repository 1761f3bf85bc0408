"""Series and map plots as PNG and SVG (jirga/analyse/plot.py)."""
import json

import pytest

import jirga.analyse as ja
from jirga import errors
from jirga.analyse.plot import country_shapes, plot_map, plot_series
from jirga.errors import JirgaError


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_plot_series_writes_the_figure(hand, tmp_path, suffix, magic):
    path = plot_series(ja.series(hand, "PAK", "AFG", directed=False), tmp_path / f"s{suffix}", title="PAK <-> AFG")
    assert path.read_bytes().startswith(magic) and path.stat().st_size > 5000
    if suffix == ".svg":
        assert "cooperation-conflict index" in path.read_text()


def test_plot_series_refuses_an_empty_series_and_other_formats(hand, tmp_path):
    with pytest.raises(JirgaError) as exc:
        plot_series([], tmp_path / "s.png")
    assert exc.value.code == errors.NOTHING_TO_PLOT
    with pytest.raises(JirgaError) as exc:
        plot_series(ja.series(hand), tmp_path / "s.pdf")
    assert exc.value.code == errors.UNKNOWN_FORMAT


def test_country_shapes_read_the_dashboards_path_format(tmp_path):
    shapes = tmp_path / "countries.json"
    shapes.write_text(json.dumps({"unit": 100, "countries": [
        {"iso3": "PAK", "d": "M6000 -3000l100 0 0 -100 -100 0z"}, {"iso3": None, "d": ""}]}))
    assert country_shapes(shapes) == [("PAK", [[(60.0, 30.0), (61.0, 30.0), (61.0, 31.0), (60.0, 31.0)]]),
                                      (None, [])]
    assert country_shapes(tmp_path / "missing.json") == []


@pytest.mark.parametrize("with_shapes", [True, False])
def test_plot_map_draws_the_places(hand, tmp_path, with_shapes):
    shapes = tmp_path / "countries.json"
    if with_shapes:
        shapes.write_text(json.dumps({"unit": 100, "countries": [{"iso3": "AFG", "d": "M6100 -2900l1000 0 0 -900 -1000 0z"}]}))
    path = plot_map(hand, tmp_path / "m.svg", shapes=shapes)
    text = path.read_text()
    assert "Kabul (3)" in text and "Doha (1)" in text
    assert ("country outlines not built" in text) is not with_shapes


def test_plot_map_with_nothing_to_map(hand, tmp_path):
    with pytest.raises(JirgaError) as exc:
        plot_map(hand, tmp_path / "m.png", start="2030-01-01")
    assert exc.value.code == errors.NOTHING_TO_PLOT


def test_plots_of_the_example_corpus(corpus, tmp_path):
    assert plot_series(ja.series(corpus, "PAK", "AFG"), tmp_path / "pak_afg.png").stat().st_size > 20000
    assert plot_map(corpus, tmp_path / "events.png").stat().st_size > 20000
