"""Settings: defaults, a TOML file over them, keyword overrides over that (``jirga/settings.py``)."""
import pytest

from jirga import errors
from jirga.errors import JirgaError
from jirga.settings import DEFAULTS, SETTINGS, load_settings


def test_settings_file_applies_unless_an_option_overrides(tmp_path, monkeypatch):
    from jirga.settings import load_settings
    cfg = tmp_path / "jirga.toml"
    cfg.write_text("batch_size = 64\nmerge_days = 3\n")
    assert load_settings(cfg)["batch_size"] == 64
    assert load_settings(cfg, batch_size=None)["batch_size"] == 64
    assert load_settings(cfg, batch_size=8)["batch_size"] == 8
    cfg.write_text("bogus = 1\n")
    with pytest.raises(Exception, match="E902"):
        load_settings(cfg)


def test_load_settings_defaults_without_a_file(monkeypatch):
    monkeypatch.delenv("JIRGA_CONFIG", raising=False)
    assert load_settings() == DEFAULTS
    assert {s.name for s in SETTINGS} == set(DEFAULTS)


def test_load_settings_reads_the_file_named_by_jirga_config(tmp_path, monkeypatch):
    cfg = tmp_path / "env.toml"
    cfg.write_text("min_chars = 10\n")
    monkeypatch.setenv("JIRGA_CONFIG", str(cfg))
    assert load_settings()["min_chars"] == 10
    assert load_settings(min_chars=99)["min_chars"] == 99


def test_load_settings_unreadable_file_is_a_user_error(tmp_path):
    for path, body in ((tmp_path / "missing.toml", None), (tmp_path / "bad.toml", "batch_size = = 3\n")):
        if body is not None:
            path.write_text(body)
        with pytest.raises(JirgaError) as exc:
            load_settings(path)
        assert exc.value.code == errors.SETTINGS_UNREADABLE and path.name in str(exc.value)


def test_load_settings_unknown_names_are_listed(tmp_path):
    with pytest.raises(JirgaError) as exc:
        load_settings(None, zeta=1, alpha=2)
    assert exc.value.code == errors.UNKNOWN_SETTING and "alpha, zeta" in str(exc.value)


def test_load_settings_kinds_are_checked():
    with pytest.raises(JirgaError) as exc:
        load_settings(None, batch_size="32")
    assert exc.value.code == errors.BAD_SETTING and "batch_size must be a int" in str(exc.value)
    with pytest.raises(JirgaError):
        load_settings(None, check_language=1)          # a bool setting takes true/false only
    assert load_settings(None, http_timeout=5)["http_timeout"] == 5     # an int for a float is fine


def test_settings_every_setting_has_help():
    assert all(s.help and s.name for s in SETTINGS)
    assert len({s.name for s in SETTINGS}) == len(SETTINGS)
