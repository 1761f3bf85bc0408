"""A built registry kept as a pickle in the ``cache_dir`` folder, so a warm start does not parse
the YAML files and normalise every alias again (about a second).

The file is keyed by a SHA-256 of everything the build reads: the shipped data files, the
user's registry files (path and content), and the source of the modules that build the
indexes (a code change rebuilds). A missing, stale or unreadable file is rebuilt and
replaced atomically; an unwritable folder only costs the rebuild.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, Iterable, Optional, TypeVar

log = logging.getLogger("jirga")
T = TypeVar("T")


def key_of(parts: Iterable[bytes]) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(hashlib.sha256(p).digest())   # framed: parts cannot run into each other
    return h.hexdigest()[:16]


def load_or_build(cache_dir: Optional[str | os.PathLike], prefix: str, key: Callable[[], Optional[str]],
                  build: Callable[[], T]) -> T:
    """The object cached in ``cache_dir`` as ``{prefix}-{key()}.pickle``, else ``build()``
    (written there for next time). No ``cache_dir``, or no key (an input cannot be read: the
    build says why): just ``build()``."""
    digest = key() if cache_dir else None
    if digest is None:
        return build()
    path = Path(cache_dir) / f"{prefix}-{digest}.pickle"
    if path.is_file():
        try:
            with open(path, "rb") as fh:
                return pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, TypeError, ValueError, AttributeError) as exc:
            log.warning("cache %s unreadable (%s); rebuilding it", path, exc)
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, pickle.PicklingError) as exc:   # a read-only home still codes, only slower to start
        log.warning("cannot write the cache %s: %s", path, exc)
    return value
