"""List the heads of state and government named in real articles that actor resolution leaves
unresolved (or gives to someone else).

    .venv/bin/python tools/check_heads.py [--shared ../shared] [--only seeds|geo|timex] [--all]

Reads the real texts of ``shared/`` (never bundled with Jirga): the seed articles, GeoWebNews
(``gold/geo_geowebnews.jsonl``) and the TempEval-3 texts (``gold/timex_te3_platinum.jsonl``).
Each text is parsed with the spaCy model, and every PERSON entity is resolved as the actor
stage resolves a mention (``resolve_with``: the sentence and the document as context, the text
before it, the gazetteer for place names). A mention names a head when

- it resolved to a person who held a head office (``head_of_state``, ``head_of_government``,
  or their co- offices) on the article's date; or
- its words (honorifics and titles dropped) are all words of the names of a registry person
  who held a head office at any time: a surname ('Trump', of a head in office on the date, or
  titled, or named in full in the article), a name in part ('Andrés Manuel',
  when the article names him or a title stands before it), or a given name after a ruler's
  title ('Sheikh Mohammed', 'Emir Tamim') or after the head was named in full in the same
  article. This finds the heads the resolver misses. Not when the words belong to someone else
  the article names ('Joke Silva', then 'Silva') or the resolver read them as another person of
  that name or a place, and the head is not named in full.

A head mention is *unresolved* when it did not resolve to that head. Exit status 1 when any is
listed. Dates: the TempEval document dates; the seeds' dates, read by a person from each article
(``SEED_DATES``); GeoWebNews gives none and its stories are from 2017-2018 (most name 2018 as
their latest year), so ``GEO_DATE`` stands for them all.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:   # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from jirga.actors.mention import strip_honorifics  # noqa: E402
from jirga.actors.registry import Actor, Registry, get_registry  # noqa: E402
from jirga.actors.resolve import place_lookup, resolve_with  # noqa: E402
from jirga.actors.text import norm  # noqa: E402

HEAD_OFFICES = {"head_of_state", "head_of_government", "co_head_of_state", "co_head_of_government"}
# words before a given name that mark a ruler or head: 'Sheikh Mohammed', 'King Salman'
RULER_TITLES = {"sheikh", "shaikh", "sheik", "emir", "amir", "king", "queen", "sultan", "prince",
                "crown prince", "president", "prime minister", "premier", "chancellor"}
GEO_DATE = "2018-06-01"
SEED_DATES = {
    "000_41011f801ff8ec69": "2024-01-09",
    "001_a76334a16812bac6": "2024-12-24",
    "002_7b95e75acbf49bc2": "2024-07-03",
    "003_d58c016a82158e16": "2023-02-23",
    "004_95322db71f88a246": "2024-01-09",
}


@dataclass(slots=True)
class HeadMention:
    doc: str
    date: str
    text: str
    start: int
    head: str                    # the head the mention names
    got: Optional[str]           # what it resolved to (None: unresolved)
    country: Optional[str]
    sector: Optional[str]
    why: str                     # 'resolved' or which name rule found it

    @property
    def ok(self) -> bool:
        return self.got == self.head

    def line(self) -> str:
        got = f"{self.got} ({self.country} {self.sector})" if self.got else \
            f"unresolved ({self.country} {self.sector})"
        return f"{self.doc} {self.date}  {self.text!r} -> {got}; names {self.head} [{self.why}]"


def is_head(actor: Actor, day: str) -> bool:
    """A person holding a head office on ``day``."""
    return actor.kind == "person" and any(r.office in HEAD_OFFICES and r.active(day) for r in actor.roles)


class Heads:
    """The registry's persons who ever held a head office, with the words of their names."""

    def __init__(self, reg: Registry):
        self.people = [a for a in reg.actors if a.kind == "person"
                       and any(r.office in HEAD_OFFICES for r in a.roles)]
        self.by_name = {a.name: a for a in self.people}
        self.words = {a.name: name_words(a) for a in self.people}
        self.surnames = {a.name: {norm(n).split()[-1] for n in (a.name, *a.aliases) if len(norm(n).split()) > 1}
                         for a in self.people}

    def named(self, words: list[str], titled: bool, in_doc, day: str) -> Optional[tuple[str, str]]:
        """(head, rule) whose names hold all ``words``, or None. ``in_doc(actor, full)``: the
        article names the actor in full (``full``) or by any of its names. A surname alone
        names a head in office on ``day``, or one titled or named in full ('Johnson' in 2018
        is not Boris Johnson, then foreign secretary). Several heads: the one the article names
        in full, else none (the words do not tell)."""
        if not words:
            return None
        found = []
        for a in self.people:
            if not set(words) <= self.words[a.name]:
                continue
            if len(words) > 1:
                if titled or in_doc(a, False):   # 'Asif Ali' is someone else unless Zardari is named
                    found.append((a.name, "part of the name"))
            elif words[0] in self.surnames[a.name]:
                if titled or is_head(a, day) or in_doc(a, True):
                    found.append((a.name, "surname"))
            elif titled:
                found.append((a.name, "title + given name"))
            elif in_doc(a, True):
                found.append((a.name, "given name after the full name"))
        if len(found) > 1:
            found = [f for f in found if in_doc(self.by_name[f[0]], True)] or found
        return found[0] if len({f[0] for f in found}) == 1 else None


def name_words(actor: Actor) -> set:
    return {w for n in (actor.name, *actor.aliases) for w in norm(n).split()}


def _words(reg: Registry, text: str) -> tuple[list[str], bool]:
    """The name words of a mention (honorifics and titles dropped), and whether a ruler's title
    stood before them."""
    key = norm(text)
    titled = any(key == t or key.startswith(t + " ") for t in RULER_TITLES)
    stripped = strip_honorifics(reg, key).split()
    while len(stripped) > 1 and (stripped[0] in reg.titles or stripped[0] in RULER_TITLES):
        stripped = stripped[1:]
    return stripped, titled


def _sentence(span) -> str:
    try:
        return span.sent.text
    except ValueError:           # no sentence boundaries: the span itself
        return span.text


def check_doc(reg: Registry, places, doc_id: str, text: str, date: str, parsed,
              heads: Optional[Heads] = None) -> Iterator[HeadMention]:
    """The head mentions of one parsed article, each with what it resolved to."""
    heads = heads or Heads(reg)
    padded = f" {norm(text)} "
    persons = [e for e in parsed.ents if e.label_ == "PERSON"]
    longer = [norm(e.text).split() for e in persons if len(norm(e.text).split()) > 1]

    def in_doc(actor: Actor, full: bool) -> bool:
        names = [norm(n) for n in (actor.name, *actor.aliases)]
        return any(f" {n} " in padded for n in names if not full or len(n.split()) > 1)

    for ent in persons:
        mention = ent.text.removesuffix("'s").removesuffix("’s")
        before = text[max(0, ent.start_char - reg.read_back - 1):ent.start_char]
        out = resolve_with(reg, mention, date, [_sentence(ent), text], before, places)
        actor = reg.lookup(out.name) if out.name else None
        if actor is not None and is_head(actor, date):
            yield HeadMention(doc_id, date, mention, ent.start_char, actor.name, actor.name,
                              out.country, out.sector, "resolved")
            continue
        words, titled = _words(reg, mention)
        prev = parsed[ent.start - 1].lower_ if ent.start else ""
        titled = titled or prev in RULER_TITLES
        hit = heads.named(words, titled, in_doc, date)
        if hit is None:
            continue
        head = heads.by_name[hit[0]]
        if hit[0] != out.name and not in_doc(head, True) and (
                # another person of that name, resolved ('Guterres': the Secretary-General), or a
                # place the NER took for a person ('Muscat: The 10th Muscat Film Festival')
                (actor is not None and (actor.kind != "person" or set(words) <= name_words(actor)))
                # the article names someone else with these words ('Joke Silva', then 'Silva')
                or any(set(words) < set(w) and not set(w) <= heads.words[head.name] for w in longer)):
            continue
        yield HeadMention(doc_id, date, mention, ent.start_char, head.name, out.name,
                          out.country, out.sector, hit[1])


def check(records: Iterable[dict], res) -> list[HeadMention]:
    """Head mentions in ``records`` ({id, text, date}), resolved or not, in order."""
    reg, places = get_registry(res), place_lookup(res)
    recs = list(records)
    heads = Heads(reg)
    out: list[HeadMention] = []
    for rec, parsed in zip(recs, res.nlp.pipe((r["text"] for r in recs), batch_size=16)):
        out.extend(check_doc(reg, places, str(rec["id"]), rec["text"], rec["date"], parsed, heads))
    return out


def real_texts(shared: Path, only: Optional[str] = None) -> Iterator[dict]:
    """{id, text, date} of the seeds, GeoWebNews and TempEval texts under ``shared``."""
    if only in (None, "seeds"):
        for p in sorted((shared / "seeds").glob("*.txt")):
            if p.stem in SEED_DATES:
                yield {"id": p.stem, "text": p.read_text(encoding="utf-8"), "date": SEED_DATES[p.stem]}
    for name, part, date_of in (("geo_geowebnews.jsonl", "geo", lambda r: GEO_DATE),
                                ("timex_te3_platinum.jsonl", "timex", lambda r: r["dct"])):
        f = shared / "gold" / name
        if only not in (None, part) or not f.is_file():
            continue
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    r = json.loads(line)
                    yield {"id": r["id"], "text": r["text"], "date": date_of(r)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="folder with seeds/ and gold/")
    ap.add_argument("--only", choices=("seeds", "geo", "timex"), help="one set of texts")
    ap.add_argument("--all", action="store_true", help="list the resolved head mentions too")
    args = ap.parse_args(argv)
    from jirga.resources import Resources
    shared = Path(args.shared)
    if not (shared / "seeds").is_dir() and not (shared / "gold").is_dir():
        print(f"{shared}: no seeds/ or gold/ folder", file=sys.stderr)
        return 2
    found = check(real_texts(shared, args.only), Resources(n_process=1))
    bad = [h for h in found if not h.ok]
    for h in (found if args.all else bad):
        print(("  ok  " if h.ok else "  --  ") + h.line())
    print(f"{len(found)} head mention(s) of {len({h.head for h in found})} head(s); {len(bad)} unresolved")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
