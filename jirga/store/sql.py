"""Every statement the store runs, written once for both backends.

Portable SQL that DuckDB and PostgreSQL both read: ``?`` placeholders (the PostgreSQL
backend translates them), ``= ANY(?)`` for a list parameter, and ``COLLATE "C"`` where
rows are ordered by text, so both give byte order whatever the database's locale.
"""
from __future__ import annotations

from importlib import resources

from jirga.store.rows import COLUMNS, KEYS


def schema(indexes: bool = True) -> str:
    """The tables, and the indexes after the ``-- @indexes`` line if asked."""
    text = resources.files("jirga.store").joinpath("schema.sql").read_text(encoding="utf-8")
    return text if indexes else text.split("-- @indexes")[0]


HAS_SCHEMA = ("SELECT count(*) FROM information_schema.tables "
              "WHERE table_schema = current_schema() AND table_name = 'events'")


def upsert(table: str, staged: str) -> str:
    """Insert staged rows into ``table``; a row already stored is kept, except a reject,
    whose latest reason wins."""
    cols = ", ".join(COLUMNS[table])
    conflict = "DO NOTHING"
    if table == "rejects":
        conflict = ("DO UPDATE SET reason = excluded.reason, stage = excluded.stage, "
                    "doc_id = excluded.doc_id, run_id = excluded.run_id")
    return (f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {staged} "
            f"ON CONFLICT ({', '.join(KEYS[table])}) {conflict}")


def set_clusters(staged: str) -> str:
    """Cluster ids for events not yet merged; a merged event keeps its cluster."""
    return ("UPDATE events SET cluster_id = c.cluster_id FROM {0} c "
            "WHERE events.event_id = c.event_id AND events.cluster_id IS NULL").format(staged)


def join_clusters(staged: str) -> str:
    """Stored clusters joined into another: their events take its id."""
    return ("UPDATE events SET cluster_id = j.new_id FROM {0} j "
            "WHERE events.cluster_id = j.old_id").format(staged)


START_RUN = ("INSERT INTO runs (run_id, started, status, settings, versions, host, pid) "
             "VALUES (?, ?, 'running', ?, ?, ?, ?)")
RUNNING = "SELECT run_id, host, pid FROM runs WHERE status = 'running'"
INTERRUPTED = "UPDATE runs SET status = 'interrupted', finished = ? WHERE run_id = ANY(?)"
FINISH_RUN = ("UPDATE runs SET finished = ?, status = ?, documents = ?, events = ?, rejects = ? "
              "WHERE run_id = ?")

KNOWN = "SELECT id FROM documents WHERE id = ANY(?)"

# Reported as having happened (``jirga.model.is_factual``): a future act has not happened yet.
FACTUAL = "NOT e.negated AND NOT e.hypothetical AND NOT e.future"

COUNTS = ("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), "
          "(SELECT count(*) FROM events), "
          f"(SELECT count(*) FROM events e WHERE {FACTUAL}), "
          "(SELECT count(*) FROM documents WHERE published IS NULL)")

FACTUAL_BY_TYPE = (f"SELECT e.event_type, count(*) FROM events e WHERE {FACTUAL} "
                   'GROUP BY e.event_type ORDER BY e.event_type COLLATE "C"')

_LABEL = ("CASE WHEN {t}.country IS NULL THEN '? ' || {t}.text "
          "ELSE {t}.country || COALESCE(' ' || {t}.sector, '') END")
TOP_DYADS = (
    "SELECT src, tgt, n FROM ("
    f"SELECT {_LABEL.format(t='a')} AS src, {_LABEL.format(t='r')} AS tgt, count(DISTINCT e.event_id) AS n "
    "FROM events e JOIN event_actors a ON a.event_id = e.event_id AND a.role = 'actor' "
    "JOIN event_actors r ON r.event_id = e.event_id AND r.role = 'recipient' "
    f"WHERE {FACTUAL} GROUP BY 1, 2) d "
    'ORDER BY n DESC, src COLLATE "C", tgt COLLATE "C" LIMIT ?')

REJECTS = ("SELECT doc_id, source, stage, code, reason FROM rejects "
           'ORDER BY source COLLATE "C", code COLLATE "C"')

UNRESOLVED = ("SELECT text FROM event_actors WHERE NOT resolved AND text IS NOT NULL "
              'ORDER BY event_id COLLATE "C", role, idx')

_ORDER = 'e.doc_id COLLATE "C", e.sentence_index, e.trigger_start, e.event_id COLLATE "C"'
_META = "d.id, d.url, d.title, d.published, d.source, d.ext_id"

EVENTS = f"SELECT e.record, e.cluster_id, e.claim_id, e.answers FROM events e ORDER BY {_ORDER}"
EVENTS_WITH_META = (f"SELECT e.record, e.cluster_id, e.claim_id, e.answers, {_META} FROM events e "
                    f"LEFT JOIN documents d ON d.id = e.doc_id ORDER BY {_ORDER}")
# An event not yet merged is a cluster of its own.
MERGED = (f"SELECT COALESCE(e.cluster_id, e.event_id), e.record, e.claim_id, e.answers, {_META} FROM events e "
          f"LEFT JOIN documents d ON d.id = e.doc_id WHERE {FACTUAL} "
          f'ORDER BY COALESCE(e.cluster_id, e.event_id) COLLATE "C", {_ORDER}')


# Claims: accusations and answers not yet given a thread; the threads an accuser has about
# a matter (``split_part`` of the claim key: accuser|accused|matter); a thread's reports.
UNTHREADED = ("SELECT e.event_id, e.event_type, e.date, e.claim_key, e.answers FROM events e "
              "WHERE e.claim_key IS NOT NULL AND e.claim_id IS NULL "
              'ORDER BY e.date NULLS FIRST, e.event_id COLLATE "C"')
# each (claim key, thread) once, in the order of its first report
THREADS_OF = ("SELECT claim_key, claim_id, opens FROM claim_keys WHERE accuser = ? AND matter = ? "
              'ORDER BY first_date NULLS LAST, first_event COLLATE "C"')
# the claim keys of threaded events, grouped (``add_claim_keys``, and for older stores)
_KEYS_OF = ("SELECT split_part(e.claim_key, '|', 1), split_part(e.claim_key, '|', 3), e.claim_key, "
            "e.claim_id, min(e.date), min(e.event_id), bool_or(e.claim_id = e.event_id) FROM {table} e {where} "
            "GROUP BY e.claim_key, e.claim_id")
_KEYS_INTO = ("INSERT INTO claim_keys (accuser, matter, claim_key, claim_id, first_date, first_event, opens) "
              "{select} ON CONFLICT (claim_key, claim_id) DO UPDATE SET "
              "first_date = least(claim_keys.first_date, excluded.first_date), "
              "first_event = least(claim_keys.first_event, excluded.first_event), "
              "opens = claim_keys.opens OR excluded.opens")
# a store written before ``claim_keys``: threads, and no keys of theirs
MISSING_CLAIM_KEYS = ("SELECT EXISTS (SELECT 1 FROM events WHERE claim_id IS NOT NULL) "
                      "AND NOT EXISTS (SELECT 1 FROM claim_keys)")
ALL_CLAIM_KEYS = _KEYS_INTO.format(select=_KEYS_OF.format(
    table="events", where="WHERE e.claim_id IS NOT NULL AND e.claim_key IS NOT NULL"))


def add_claim_keys(threaded: str) -> str:
    """The claim keys of events just threaded (staged as ``set_claims`` returns them: event id,
    claim key, claim id, date) into ``claim_keys``: no stored event is read again."""
    return _KEYS_INTO.format(select=_KEYS_OF.format(table=threaded, where="WHERE e.claim_key IS NOT NULL"))


THREAD_EVENTS = ("SELECT e.claim_id, e.claim_key, e.event_id, e.event_type, e.doc_id, e.date, e.record, "
                 "e.answers FROM events e WHERE e.claim_id IS NOT NULL "
                 'ORDER BY e.claim_id COLLATE "C", e.date NULLS LAST, e.event_id COLLATE "C"')


THREADED = ("event_id", "claim_key", "claim_id", "date")


def set_claims(staged: str) -> str:
    """Thread ids (and answers found across documents) for the staged events; one threaded
    already keeps its thread and answers. Returns the ``THREADED`` columns of every staged
    event. (No ``WHERE claim_id IS NULL``: every stored row group holds events without a
    thread, so DuckDB would read the claim ids of the whole table; joined on the event id
    alone, it looks a batch's few claims up in the primary key's index.)"""
    return ("UPDATE events SET claim_id = COALESCE(events.claim_id, c.claim_id), answers = CASE WHEN "
            "events.claim_id IS NULL THEN COALESCE(c.answers, events.answers) ELSE events.answers END "
            "FROM {0} c WHERE events.event_id = c.event_id "
            "RETURNING {1}").format(staged, ", ".join(f"events.{c}" for c in THREADED))


# Stored originals sharing a band with a new document's bands (staged), with how many.
def story_candidates(staged: str) -> str:
    return ("SELECT b.doc_id, COALESCE(d.story_id, d.id), count(*) FROM {0} s "
            "JOIN story_bands b ON b.band = CAST(s.band AS INTEGER) AND b.hash = CAST(s.hash AS BIGINT) "
            "JOIN documents d ON d.id = b.doc_id GROUP BY b.doc_id, COALESCE(d.story_id, d.id)").format(staged)


COPIES = "SELECT count(*) FROM documents WHERE story_id IS NOT NULL AND story_id <> id"


# A report as merging compares it (``rows.reports_of``).
REPORT = ("e.event_id, e.doc_id, e.event_type, e.date, COALESCE(CAST(e.geonameid AS VARCHAR), e.place_name), "
          "e.negated, e.hypothetical, e.future, e.merge_keys, e.place_scope, e.date_basis, e.claim_key, e.mode, "
          "e.toll")

UNMERGED_REPORTS = f'SELECT {REPORT} FROM events e WHERE e.cluster_id IS NULL ORDER BY e.event_id COLLATE "C"'

# Candidate clusters of staged probes (event_type, date, needle), in one statement: ``w`` holds
# the stored reports of a probe's type on its date, read once; a cluster is a candidate when one
# of its reports there names a probe's actor key in its role (``rows.needle``), and every report
# of it in ``w`` comes back. Dated reports are read within ranges of dates (``date_ranges``),
# compared byte by byte ({bytes}): DuckDB filters such ranges inside its scan, so it decodes the
# reports of those dates only, not every stored one. Undated reports are read by type.
_WINDOW = ("SELECT {report}, e.cluster_id FROM (SELECT DISTINCT event_type, date FROM {probes} "
           "WHERE date IS NOT NULL) s JOIN events e ON e.event_type = s.event_type AND e.date = s.date "
           "WHERE {ranges}")
_RANGE = "(e.date{bytes} >= ? AND e.date{bytes} <= ?)"
_UNDATED = ("SELECT {report}, e.cluster_id FROM events e WHERE e.date IS NULL "
            "AND e.event_type IN (SELECT event_type FROM {probes} WHERE date IS NULL)")
_WINDOW_COLUMNS = ("event_id, doc_id, event_type, date, place, negated, hypothetical, future, merge_keys, "
                   "place_scope, date_basis, claim_key, mode, toll, cluster_id")


def date_ranges(dates) -> list[tuple[str, str]]:
    """Few byte-order ranges that hold every date of ``dates`` and little else: one per shape
    (days, ISO weeks, months), one per year, since a year sorts before every date within it."""
    shapes: dict[int, list[str]] = {}
    for d in set(dates):
        shapes.setdefault(len(d), []).append(d)
    out = [(d, d) for d in sorted(shapes.pop(4, []))]
    return out + [(min(ds), max(ds)) for _, ds in sorted(shapes.items())]


def cluster_candidates(probes: str, ranges: int, undated: bool, bytes_order: str = "") -> str:
    """Every report of a candidate cluster of the staged ``probes`` on a probe's type and date,
    once, by event id. Parameters: the bounds of ``ranges`` date ranges (``date_ranges``; none
    without dated probes). ``bytes_order``: what makes text compare byte by byte
    (``COLLATE "C"``)."""
    within = " OR ".join([_RANGE.format(bytes=bytes_order)] * ranges)
    parts = [part.format(report=REPORT, probes=probes, ranges=within)
             for part, wanted in ((_WINDOW, ranges > 0), (_UNDATED, undated)) if wanted]
    return (f"WITH w ({_WINDOW_COLUMNS}) AS MATERIALIZED ({' UNION ALL '.join(parts)}) "
            f"SELECT * FROM w WHERE w.cluster_id IN (SELECT w.cluster_id FROM w JOIN {probes} p "
            "ON p.event_type = w.event_type AND COALESCE(p.date, '') = COALESCE(w.date, '') "
            "AND (p.date IS NULL) = (w.date IS NULL) WHERE position(p.needle IN w.merge_keys) > 0) "
            "ORDER BY 1")


def recall_candidates(probes: str) -> str:
    """Merged reports of a staged probe's type and toll (an attack's town and death toll,
    ``rows.toll_of``) dated from its ``since`` to its ``until`` (ISO strings: a month
    "2024-03" sorts before its days, so a month-trimmed ``since`` keeps month-dated ones)."""
    return (f"SELECT {REPORT}, e.cluster_id FROM events e JOIN {probes} p ON e.toll = p.toll "
            "AND e.event_type = p.event_type AND e.date >= p.since AND e.date <= p.until "
            "WHERE e.cluster_id IS NOT NULL ORDER BY 1")


MISSING_MERGE_KEYS = ("SELECT e.event_id, a.role, a.country, a.sector, a.name, a.text FROM events e "
                      "LEFT JOIN event_actors a ON a.event_id = e.event_id WHERE e.merge_keys IS NULL")


def set_merge_keys(staged: str) -> str:
    return ("UPDATE events SET merge_keys = s.merge_keys FROM {0} s "
            "WHERE events.event_id = s.event_id").format(staged)


# -- bulk loads of ``jirga spark`` output (jirga/store/bulk.py) ------------------------------
COLUMN_TYPE = ("SELECT data_type FROM information_schema.columns "
               "WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?")


def insert_new(table: str, columns, keys, staged: str) -> str:
    """Insert staged rows; a row whose key is stored already is left as it is."""
    cols = ", ".join(columns)
    return (f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {staged} "
            f"ON CONFLICT ({', '.join(keys)}) DO NOTHING")


def bulk_items(parts: list[str]) -> str:
    """(DuckDB over the Parquet files.) Items of a job's output in reading order, one per ``seq`` (a document's reject shares
    its document's ``seq``; the document row wins)."""
    union = " UNION ALL ".join(parts)
    return (f"SELECT seq, arg_max(doc_id, stored), bool_or(stored) FROM ({union}) i "
            "GROUP BY seq ORDER BY seq")


def bulk_slice(table: str, columns) -> str:
    """A Parquet table's rows of the items ``? <= seq <= ?``."""
    return f"SELECT {', '.join(columns)} FROM {table} WHERE seq BETWEEN ? AND ?"


# The reports and claims not yet merged or threaded of some documents: a loaded batch is
# merged a batch at a time, in the archive's order, as ``jirga run`` merges its batches.
UNMERGED_REPORTS_OF = (f"SELECT {REPORT} FROM events e WHERE e.cluster_id IS NULL AND e.doc_id = ANY(?) "
                       'ORDER BY e.event_id COLLATE "C"')
UNTHREADED_OF = ("SELECT e.event_id, e.event_type, e.date, e.claim_key, e.answers FROM events e "
                 "WHERE e.claim_key IS NOT NULL AND e.claim_id IS NULL AND e.doc_id = ANY(?) "
                 'ORDER BY e.date NULLS FIRST, e.event_id COLLATE "C"')
