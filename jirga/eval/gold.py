"""Reading gold files: JSON Lines, one record a line."""
from __future__ import annotations

import json


def gold_records(path, limit: int | None = None):
    """The records of a JSON Lines gold file, the first ``limit`` if given."""
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            if limit is not None and n >= limit:
                return
            n += 1
            yield json.loads(line)
