"""``Resources`` (``jirga/resources.py``): each heavy thing built once, lazily; pickles as its settings."""
import pickle
import threading

from jirga import resources
from jirga.resources import Resources
from jirga.settings import DEFAULTS


def test_resources_get_builds_once_per_key():
    res, calls = Resources(n_process=1), []

    def factory(r):
        calls.append(r)
        return object()
    a, b = res.get("thing", factory), res.get("thing", factory)
    assert a is b and calls == [res]
    assert res.get("other", lambda r: 7) == 7


def test_resources_get_once_across_threads():
    res, calls = Resources(n_process=1), []
    gate = threading.Event()

    def factory(r):
        gate.wait(1)
        calls.append(1)
        return len(calls)
    threads = [threading.Thread(target=res.get, args=("k", factory)) for _ in range(4)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join()
    assert calls == [1] and res.get("k", factory) == 1


def test_resources_factory_may_load_another_resource():
    res = Resources(n_process=1)
    assert res.get("outer", lambda r: r.get("inner", lambda _: 2) + 1) == 3


def test_resources_settings_from_overrides_or_given():
    assert Resources(batch_size=8).settings["batch_size"] == 8
    given = dict(DEFAULTS, batch_size=3)
    assert Resources(given).settings is given


def test_resources_pickle_as_their_settings_only():
    res = Resources(n_process=1, batch_size=5)
    res.get("big", lambda r: object())
    back = pickle.loads(pickle.dumps(res))
    assert back.settings == res.settings and back._cache == {}


def test_resources_nlp_loads_the_settings_model_once(monkeypatch):
    loaded = []
    monkeypatch.setattr(resources, "load_model", lambda name: loaded.append(name) or f"model:{name}")
    res = Resources(n_process=1, model="en_core_web_sm")
    assert res.nlp == res.nlp == "model:en_core_web_sm"
    assert loaded == ["en_core_web_sm"]
