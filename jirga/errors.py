"""Errors a user can cause, each with a code and a one-line message.

E1xx ingest, E2xx NLP and coding, E3xx actors, E4xx places and dates,
E5xx store, E6xx export, E7xx evaluation, E9xx configuration.
Reject codes (bad documents, which never stop a run) share the catalogue.
"""
from __future__ import annotations


class JirgaError(Exception):
    """A problem the user can fix; the CLI prints it and exits 2."""

    code = "E000"

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0]}"


class InputError(JirgaError):
    code = "E100"


class DataFileError(JirgaError):
    code = "E900"


class StoreError(JirgaError):
    code = "E500"


# Reject catalogue: code -> short label. Messages name the offending input.
REJECTS = {
    "E101": "file not found",
    "E102": "empty document",
    "E103": "binary file",
    "E104": "not RSS or Atom",
    "E105": "malformed JSONL line",
    "E106": "malformed CSV row",
    "E107": "no text left after removing HTML boilerplate",
    "E108": "file too large",
    "E109": "undecodable text",
    "E110": "not English",
    "E111": "HTTP fetch failed",
    "E112": "unsupported file type",
    "E113": "too little text to code",
    "E114": "duplicate document",
    "E115": "unexpected error reading input",
    "E201": "NLP failed",
    "E301": "actor stage failed, or a registry entry is invalid",
    "E302": "actor registry file unreadable or of the wrong type",
    "E401": "geoparsing failed",
    "E402": "event location failed",
    "E403": "date resolution failed",
    "E404": "casualty counting failed",
    "E202": "coding failed",
}
