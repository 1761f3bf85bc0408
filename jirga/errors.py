"""Errors a user can cause, and the catalogue of every code Jirga uses.

A code means one thing. Code sites use the named constants below, never the
literal ("E101"); ``tests/test_errors.py`` fails on a literal elsewhere.

E1xx ingest (rejects), E2xx NLP and coding, E3xx actors, E4xx places, dates
and sizes, E5xx store, E6xx export, E7xx evaluation, E9xx settings and data.
Reject codes name bad documents, which never stop a run; the others are raised
as ``JirgaError`` and stop a command with exit 2.
"""
from __future__ import annotations

CATALOGUE: dict[str, str] = {}   # code -> what it means, one line


def _code(code: str, meaning: str) -> str:
    if code in CATALOGUE:
        raise AssertionError(f"error code {code} defined twice")
    CATALOGUE[code] = meaning
    return code


# Ingest: a document that could not be read (rejects).
FILE_NOT_FOUND = _code("E101", "file or directory not found")
EMPTY = _code("E102", "empty document: no text")
BINARY = _code("E103", "binary data, not text")
NOT_FEED = _code("E104", "not an RSS or Atom feed")
BAD_JSONL = _code("E105", "malformed JSONL line or record")
BAD_CSV = _code("E106", "malformed CSV row")
NO_TEXT_IN_HTML = _code("E107", "no text left after removing HTML boilerplate")
TOO_LARGE = _code("E108", "document or download larger than max_bytes")
UNDECODABLE = _code("E109", "text in no encoding that could be decoded")
NOT_ENGLISH = _code("E110", "not English")
HTTP_FAILED = _code("E111", "HTTP fetch failed")
UNSUPPORTED_TYPE = _code("E112", "unsupported file type")
TOO_SHORT = _code("E113", "too little text to code")
DUPLICATE = _code("E114", "same text as another input of this run")
READ_FAILED = _code("E115", "unexpected error reading input")
UNREADABLE = _code("E116", "file or directory cannot be read (permissions, I/O)")

# Stages: a document on which a stage failed (rejects, with the exception).
NLP_FAILED = _code("E201", "parsing failed")
CODING_FAILED = _code("E202", "event coding failed")
ACTORS_FAILED = _code("E301", "actor resolution failed")
PLACES_FAILED = _code("E401", "geoparsing or event location failed")
DATES_FAILED = _code("E403", "date resolution failed")
SIZE_FAILED = _code("E404", "casualty and arrest counting failed")
CLAIMS_FAILED = _code("E203", "linking claims and their answers failed")
REMENTIONS_FAILED = _code("E204", "sharing dates and places among an article's re-mentions failed")

# Actor registry files (user errors).
ACTOR_FILE_UNREADABLE = _code("E302", "actor registry file unreadable or of the wrong type")
BAD_ACTOR_ENTRY = _code("E303", "actor registry entry invalid")
NO_SUCH_ACTOR = _code("E304", "no actor by that name")

# Store.
DB_OPEN_FAILED = _code("E501", "cannot open the DuckDB database")
DB_CONNECT_FAILED = _code("E502", "cannot connect to PostgreSQL")
NO_PSYCOPG = _code("E503", "psycopg is not installed")
DB_MISSING = _code("E504", "database does not exist")
DB_LOCKED = _code("E505", "database in use by another process")
NOT_SPARK_OUTPUT = _code("E506", "folder is not the complete output of jirga spark (no manifest.json)")

# Export.
UNKNOWN_FORMAT = _code("E601", "unknown export format")
EXPORT_OPTION = _code("E602", "export option the chosen format does not take")
EXPORT_NOT_FOLDER = _code("E603", "export to a folder given a path that is a file")
BAD_FILTER = _code("E610", "invalid event filter or query value")
NOTHING_TO_PLOT = _code("E611", "no events to plot for that selection")

# Evaluation.
GOLD_MISSING = _code("E701", "gold file not found")
UNKNOWN_SUITE = _code("E702", "unknown evaluation suite")

# Settings and packaged data.
SETTINGS_UNREADABLE = _code("E901", "settings file unreadable or not TOML")
UNKNOWN_SETTING = _code("E902", "unknown setting")
BAD_ONTOLOGY = _code("E903", "ontology data file invalid")
BAD_LEXICON = _code("E904", "lexicon data file invalid")
DATA_FILE_MISSING = _code("E905", "packaged data file missing")
BAD_DATA_FILE = _code("E906", "packaged data file not valid YAML, JSON or CSV")
MODEL_MISSING = _code("E907", "spaCy model not installed")
BAD_SETTING = _code("E908", "setting has a value of the wrong kind")
NO_SPARK = _code("E920", "pyspark or Java is not installed (jirga spark)")
SPARK_ARCHIVE = _code("E921", "archive for jirga spark not found or unreadable")


class JirgaError(Exception):
    """A problem the user can fix; the CLI prints it on one line and exits 2."""

    def __init__(self, message: str, code: str):
        if code not in CATALOGUE:
            raise AssertionError(f"error code {code!r} is not in the catalogue")
        super().__init__(message)
        self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0]}"

    def __reduce__(self):   # so a worker process can send it back whole
        return (type(self), (self.args[0], self.code))


class InputError(JirgaError):
    """Input the user gave cannot be read (a component command's JSONL, say)."""


class DataFileError(JirgaError):
    """A data file (shipped or the user's) is missing or invalid."""


class StoreError(JirgaError):
    """The database cannot be opened or written."""


def catalogue_markdown() -> str:
    """The catalogue as a Markdown table, for docs/errors.md."""
    rows = ["| code | meaning |", "|---|---|"]
    rows += [f"| {c} | {m} |" for c, m in sorted(CATALOGUE.items())]
    return "\n".join(rows) + "\n"
