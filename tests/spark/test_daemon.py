"""The executors' worker daemon loads the job's pipeline before forking (``jirga/spark/daemon.py``)."""
import gc
import json
from types import SimpleNamespace

from jirga.spark import code, daemon


def test_preload_builds_the_pipeline_for_the_jobs_settings_and_warms_its_model(monkeypatch):
    seen, parsed, frozen = [], [], []

    def pipeline_for(settings):
        seen.append(settings)
        return SimpleNamespace(res=SimpleNamespace(nlp=SimpleNamespace(pipe=lambda texts: parsed.extend(texts) or [])))
    monkeypatch.setattr(code, "pipeline_for", pipeline_for)
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    monkeypatch.setattr(gc, "collect", lambda: None)
    from jirga.spark import write
    monkeypatch.setattr(write, "warm", lambda: frozen.append("write"))
    settings = {"model": "md", "batch_size": 8, "actor_files": ["a.yaml"]}
    monkeypatch.setenv(daemon.SETTINGS_ENV, json.dumps(settings))
    daemon.preload()
    assert seen == [settings] and parsed == [daemon.WARM_UP] and frozen == ["write", True]


def test_preload_without_settings_loads_nothing(monkeypatch):
    seen = []
    monkeypatch.setattr(code, "pipeline_for", lambda settings: seen.append(settings))
    monkeypatch.delenv(daemon.SETTINGS_ENV, raising=False)
    daemon.preload()
    assert seen == []


def test_the_workers_key_survives_the_trip_through_the_environment():
    # Paths and tuples in the settings read back, in the daemon, as the same pipeline
    from pathlib import Path
    settings = {"cache_dir": Path("/tmp/x"), "actor_files": ("a.yaml",), "batch_size": 8}
    back = json.loads(json.dumps(settings, default=str))
    assert code.worker_key(back) == code.worker_key(settings)
    assert code.worker_key({**settings, "batch_size": 9}) != code.worker_key(settings)
