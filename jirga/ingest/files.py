"""Plain text and Markdown files, with optional YAML front matter.

Front matter is a block at the very top between two ``---`` lines holding any
of ``title``, ``published`` (or ``date``), ``source``, ``url``, ``id``.
"""
from __future__ import annotations

import re

import yaml

from jirga import errors
from jirga.ingest.record import Bad, make_doc, tidy_text
from jirga.model import Document

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_RULE = re.compile(r"^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$", re.M)
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)

META_KEYS = ("title", "published", "date", "source", "url", "id")


def front_matter(text: str) -> tuple[dict, str, list[str]]:
    """Split YAML front matter off ``text``: (metadata, body, notes)."""
    m = _FRONT.match(text)
    if not m:
        return {}, text, []
    body = text[m.end():]
    try:
        meta = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 2})" if where else ""
        return {}, body, [f"front matter is not valid YAML{line}; ignored"]
    if not isinstance(meta, dict):
        return {}, text, []  # a text that merely starts with a rule line
    meta = {str(k).strip().lower(): v for k, v in meta.items()}
    return meta, body, []


def guess_title(text: str) -> str | None:
    """First non-empty line, if it is short and does not end like a sentence."""
    for line in text.split("\n"):
        line = line.strip()
        if line:
            if len(line) < 150 and not line.endswith((".", ":", ";", ",")):
                return line
            return None
    return None


def markdown_to_text(text: str) -> str:
    """Drop the Markdown markup that would confuse the parser; keep the words."""
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPH.sub(r"\2", text)
    text = _MD_QUOTE.sub("", text)
    return re.sub(r"\n{3,}", "\n\n", text)


def from_text(raw: str, origin: str, markdown: bool = False, notes: tuple | list = ()) -> Document:
    """Build a Document from decoded text (``markdown`` strips light markup); ``notes``
    are the decoder's (see ``detect.decode``)."""
    raw = tidy_text(raw)
    meta, body, fm_notes = front_matter(raw)
    notes = [*notes, *fm_notes]
    if markdown:
        body = markdown_to_text(body)
    text = tidy_text(body)
    if not text:
        what = "only front matter, no article text" if meta or fm_notes else "only blank space"
        raise Bad(errors.EMPTY, f"empty document ({what}); add the article text or remove the file")
    title = meta.get("title") or guess_title(text)
    published = meta.get("published") or meta.get("date")
    return make_doc(text, origin, title=title, source=meta.get("source"), url=meta.get("url"),
                    published=published, ext_id=meta.get("id"), notes=notes)
