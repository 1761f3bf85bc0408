"""Lazy, picklable holder of the heavy things: spaCy model, ontology,
lexicons, actor registry, gazetteer. Each loads on first use, once."""
from __future__ import annotations

import threading
from typing import Any, Callable

from jirga.nlp import load_model
from jirga.settings import load_settings


class Resources:
    def __init__(self, settings: dict | None = None, **overrides):
        self.settings = settings if settings is not None else load_settings(**overrides)
        self._cache: dict[str, Any] = {}
        self._lock = threading.RLock()  # factories may load other resources

    def get(self, key: str, factory: Callable[["Resources"], Any]) -> Any:
        """Return the cached value for ``key``, building it with ``factory(self)``."""
        try:
            return self._cache[key]
        except KeyError:
            pass
        with self._lock:
            if key not in self._cache:
                self._cache[key] = factory(self)
            return self._cache[key]

    @property
    def nlp(self):
        return self.get("nlp", lambda r: load_model(r.settings["model"]))

    # Workers rebuild what they need: ship settings only.
    def __getstate__(self):
        return {"settings": self.settings}

    def __setstate__(self, state):
        self.__init__(state["settings"])
