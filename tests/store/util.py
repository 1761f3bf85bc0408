"""Reading rows in tests: the library has no SQL escape hatch, tests may look at the tables."""
from __future__ import annotations

from pathlib import Path


def rows(where, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows of ``sql`` from a store, a DuckDB file (opened read-only) or a postgresql:// URL.
    DuckDB-style ``?`` placeholders."""
    from jirga.store.duckdb import DuckDBStore
    from jirga.store.postgres import PostgresStore, placeholders
    if isinstance(where, DuckDBStore):
        return where.con.execute(sql, list(params)).fetchall()
    if isinstance(where, PostgresStore):
        return where.con.execute(placeholders(sql), tuple(params)).fetchall()
    if str(where).startswith(("postgresql://", "postgres://")):
        import psycopg
        with psycopg.connect(str(where)) as con:
            return con.execute(placeholders(sql), tuple(params)).fetchall()
    import duckdb
    with duckdb.connect(str(Path(where)), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def count(where, table: str) -> int:
    return rows(where, f"SELECT count(*) FROM {table}")[0][0]


# -- records built by hand --------------------------------------------------------------

def accuse_doc(doc_id="d1", n_events=2, **event):
    """A document with ``n_events`` ACCUSE events, Pakistan -> Afghanistan, in Kabul."""
    from jirga.model import ActorRef, Document, Event, Place, Sentence, Size, Span
    text = "Pakistan accused Kabul. Kabul denied it."
    events = [Event(doc_id=doc_id, event_id=f"{doc_id}-e{i}", event_type="ACCUSE",
                    sentence=Sentence(0, 0, 23, "Pakistan accused Kabul."), trigger=Span(9, 16, "accused"),
                    actor=[ActorRef("Pakistan", 0, 8, "Pakistan", "PAK", "GOV", resolved=True)],
                    recipient=[ActorRef("Kabul", 17, 22, "Afghanistan", "AFG", "GOV", resolved=True)],
                    location=Place("Kabul", 17, 22, "Kabul", 34.5, 69.2, 1138958, "AFG"),
                    size=Size(dead=1), intensity=-2.5, quad=3, confidence=0.75, **event)
              for i in range(n_events)]
    return Document(id=doc_id, text=text, title="T 100% ? 'quoted'", url=f"https://n.example/{doc_id}",
                    sentences=[Sentence(0, 0, 23, "Pakistan accused Kabul.")],
                    events=events, places=[Place("Kabul", 17, 22, "Kabul", 34.5, 69.2, 1138958, "AFG")])


def assault(doc_id, eid, date="2024-01-08", **fields):
    """A bombing in Bajaur: TTP (PAK REB) -> police (PAK COP)."""
    from jirga.model import ActorRef, Event, Place, Sentence, Size, Span
    values = dict(actor=[ActorRef("TTP", 0, 3, "Tehrik-e-Taliban Pakistan", "PAK", "REB", resolved=True)],
                  recipient=[ActorRef("police", 19, 25, None, "PAK", "COP", resolved=True)],
                  location=Place("Bajaur", 29, 35, "Bajaur", 34.7, 71.5, None, "PAK"))
    values.update(fields)
    return Event(doc_id=doc_id, event_id=eid, event_type="ASSAULT", mode="explosives", cameo="183",
                 quad=4, intensity=-9.0, date=date, date_precision="day",
                 sentence=Sentence(0, 0, 36, "A bomb killed five police in Bajaur."),
                 trigger=Span(7, 13, "killed"), size=Size(dead=5, injured=22, at_least=True), **values)


def assault_docs(ids=("a", "b", "c")):
    """Three reports: a and b of one bombing on 8 January, c of another on the 20th."""
    from jirga.model import Document
    return [Document(id=d, text="A bomb killed five police in Bajaur.", url=f"https://n.example/{d}",
                     title=f"Story {d}", published="2024-01-09",
                     events=[assault(d, f"{d}-0-7", "2024-01-20" if d == "c" else "2024-01-08")])
            for d in ids]
