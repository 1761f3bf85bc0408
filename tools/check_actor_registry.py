"""Check the actor registry: validate every entry and report how well it covers the world's leaders.

    .venv/bin/python tools/check_actor_registry.py [--actors FILE ...] [--table] [--date YYYY-MM-DD ...]

The registry is loaded as Jirga loads it (the shipped files of ``SHIPPED``, then the user files
given with ``--actors``, merged on top). No network. Checks, each an error unless said otherwise:

- every entry: a name, a known kind, country codes that are real (the states of states.yaml or
  a PLOVER non-state code), PLOVER sectors, dates written YYYY-MM-DD and a start before the end
  (file:line of the entry); an office no title in agents.yaml names is a warning;
- a name defined twice in the shipped files (the later file would silently replace the roles);
- head offices: two ``head_of_state`` roles (or two ``head_of_government`` roles) of one country
  may share the handover day, no more. A co-office -- a collective presidency (Bosnia and
  Herzegovina), co-princes (Andorra) -- is marked by its office, ``co_head_of_state``
  (``co_head_of_government``): its holders may overlap, and they count as the head for coverage;
- an alias shared by actors of different countries: ``pick`` (jirga/actors/mention.py) takes the
  actor of the context's main country, else the first one loaded (the order of ``SHIPPED``, user
  files first). The entry that reading without context gives must say so with a comment
  ``# preferred: ALIAS[, ALIAS...] (why)`` inside the entry; a shared alias without it, or
  marked on an actor loaded later, is an error;
- a person's alias that is also a lexicon word (title, agent noun, demonym, honorific) would
  shadow that word everywhere.

Coverage: for each UN member state, whether it has a head of state and a head of government on
2000-01-01, 2010-01-01, 2020-01-01 and 2026-06-01; counts of persons and offices. Exit status 1
on a validation error.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from datetime import date as _date
from pathlib import Path

import yaml

from jirga import data
from jirga.actors.registry import KINDS, LEXICON, NONSTATE, SECTORS, SHIPPED, Registry
from jirga.actors.text import drop_parens, norm
from jirga.errors import DataFileError

DATES = ("2000-01-01", "2010-01-01", "2020-01-01", "2026-06-01")
HEADS = {"head_of_state": "co_head_of_state", "head_of_government": "co_head_of_government"}
PREFERRED = re.compile(r"#\s*preferred:\s*(.+?)\s*$")
# The 193 member states of the United Nations (ISO 3166 alpha-3).
UN_MEMBERS = tuple("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE PRK DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM
NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
ZWE""".split())


_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TextDates(_SAFE):
    """Safe YAML with dates kept as written, so each is checked as text."""


_TextDates.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


# -- reading ------------------------------------------------------------------------------
def files(user: list) -> list[tuple[str, str]]:
    """(label, text) of the shipped actor files, then the user files."""
    out = [(f"jirga/data/actors/{name}", data.read_text(f"actors/{name}")) for name in SHIPPED]
    return out + [(str(p), Path(p).read_text(encoding="utf-8")) for p in user]


def entries(text: str) -> list[tuple[int, int, object]]:
    """(first line, last line, entry) of each top-level item of an actor file."""
    node = yaml.compose(text, Loader=_SAFE)
    items = []
    if isinstance(node, yaml.MappingNode):  # {actors: [...]}
        items = next((v.value for k, v in node.value if k.value == "actors"), [])
    elif isinstance(node, yaml.SequenceNode):
        items = node.value
    doc = yaml.load(text, Loader=_TextDates)
    doc = doc.get("actors", []) if isinstance(doc, dict) else (doc or [])
    n = text.count("\n") + 1
    starts = [it.start_mark.line + 1 for it in items]
    ends = [s - 1 for s in starts[1:]] + [n]
    return list(zip(starts, ends, doc))


# -- one entry at a time --------------------------------------------------------------------
def _day(value, where: str, errs: list) -> str | None:
    if value in (None, ""):
        return None
    try:
        return _date.fromisoformat(str(value)).isoformat()
    except ValueError:
        errs.append(f"{where}: date {value!r} is not a real YYYY-MM-DD date")
        return None


def check_entry(e, where: str, countries: set, offices: set, errs: list, warns: list) -> None:
    if not isinstance(e, dict) or not e.get("name"):
        errs.append(f"{where}: an entry without a name")
        return
    if str(e.get("kind") or "org") not in KINDS:
        errs.append(f"{where}: {e['name']}: kind {e.get('kind')!r} is not one of {', '.join(sorted(KINDS))}")
    roles = list(e.get("roles") or [])
    if e.get("country"):
        roles.append({k: e.get(k) for k in ("country", "sector", "start", "end", "office")})
    for r in roles:
        if not isinstance(r, dict):
            errs.append(f"{where}: {e['name']}: a role must be a mapping")
            continue
        country, sector = str(r.get("country") or "").upper(), r.get("sector")
        if country not in countries:
            errs.append(f"{where}: {e['name']}: country {r.get('country')!r} is not a known state or PLOVER code")
        if sector and str(sector).upper() not in SECTORS:
            errs.append(f"{where}: {e['name']}: sector {sector!r} is not a PLOVER sector")
        start, end = _day(r.get("start"), where, errs), _day(r.get("end"), where, errs)
        if start and end and end < start:
            errs.append(f"{where}: {e['name']}: role ends ({end}) before it starts ({start})")
        if r.get("office") and r["office"] not in offices:
            warns.append(f"{where}: {e['name']}: office {r['office']!r} is named by no title")


def check_files(texts: list, countries: set, offices: set, errs: list, warns: list) -> dict:
    """Entry checks; returns {name key: [(where, [preferred alias keys])]} of every entry."""
    seen: dict = defaultdict(list)
    for label, text in texts:
        lines = text.splitlines()
        try:
            items = entries(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            errs.append(f"{label}:{mark.line + 1 if mark else 1}: invalid YAML")
            continue
        for first, last, e in items:
            where = f"{label}:{first}"
            check_entry(e, where, countries, offices, errs, warns)
            if isinstance(e, dict) and e.get("name"):
                marks = [norm(a) for ln in lines[first - 1:last] for m in [PREFERRED.search(ln)] if m
                         for a in drop_parens(m.group(1)).split(",")]
                seen[norm(str(e["name"]))].append((where, marks))
    return seen


# -- across entries ---------------------------------------------------------------------------
def duplicates(seen: dict, errs: list) -> None:
    for key, places in seen.items():
        ours = [w for w, _ in places if w.startswith("jirga/data/")]
        if len(ours) > 1:
            errs.append(f"{ours[-1]}: {key!r} is already defined at {ours[0]}: one entry per actor")


def overlaps(reg: Registry, errs: list) -> None:
    """Two holders of one head office of a country share more than the handover day."""
    for (country, office), held in reg.offices.items():
        if office not in HEADS:
            continue
        spans = sorted((r.start or "0000-01-01", r.end or "9999-12-31", a.name) for a, r in held)
        for (s1, e1, n1), (s2, e2, n2) in zip(spans, spans[1:]):
            if n1 != n2 and e1 > s2:
                errs.append(f"{country} {office}: {n1} (to {e1}) and {n2} (from {s2}) overlap; "
                            f"a co-office is marked office: {HEADS[office]}")


def _country(actor) -> str | None:
    role = actor.role_at(None)
    return role.country if role else None


def shared_aliases(reg: Registry, seen: dict, errs: list) -> list[str]:
    """Aliases of actors of different countries; returns the documented ones."""
    documented = []
    for key, bucket in reg.aliases.items():
        actors = [a for a, _ in bucket]
        countries = {_country(a) for a in actors} - {None}
        if len(countries) < 2:
            continue
        names = ", ".join(f"{a.name} ({_country(a)})" for a in actors)
        marked = [a for a in actors if any(key in m for _, m in seen.get(norm(a.name), ()))]
        if not marked:
            errs.append(f"alias {key!r} is shared by {names}: mark the preferred reading "
                        "(# preferred: ALIAS) or drop the alias")
        elif marked[0] is not actors[0]:
            errs.append(f"alias {key!r} is marked preferred on {marked[0].name}, but pick() takes "
                        f"{actors[0].name} first (load order)")
        else:
            documented.append(f"{key!r}: {names}; without context -> {actors[0].name}")
    return documented


def shadows(reg: Registry, errs: list) -> None:
    words = {**{k: "title" for k in reg.titles}, **{k: "agent noun" for k in reg.agents},
             **{k: "demonym" for k in [*reg.demonyms, *reg.plurals]},
             **{k: "people" for k in reg.peoples}, **{k: "honorific" for k in reg.honorifics}}
    for key, bucket in reg.aliases.items():
        people = [a.name for a, _ in bucket if a.kind == "person"]
        if people and key in words:
            errs.append(f"alias {key!r} of {', '.join(people)} is also a {words[key]}: it would shadow the word")


# -- coverage -------------------------------------------------------------------------------
def holders(reg: Registry, country: str, office: str, day: str) -> list[str]:
    return [a.name for off in (office, HEADS[office]) for a, r in reg.offices.get((country, off), ())
            if r.active(day)]


def coverage(reg: Registry, dates) -> dict:
    """{date: {"head_of_state": [missing codes], "head_of_government": [...]}}."""
    return {d: {off: [c for c in UN_MEMBERS if not holders(reg, c, off, d)] for off in HEADS} for d in dates}


def counts(reg: Registry) -> dict:
    people = [a for a in reg.actors if a.kind == "person"]
    by_file = Counter(a.source.split(":")[0].rsplit("/", 1)[-1] for a in people)
    offices = Counter(r.office for a in reg.actors for r in a.roles if r.office)
    return {"persons": len(people), "persons_by_file": dict(by_file), "offices": dict(offices),
            "office_roles": sum(offices.values())}


def report(reg: Registry, dates, table: bool) -> list[str]:
    out = []
    cov = coverage(reg, dates)
    out.append(f"coverage of the {len(UN_MEMBERS)} UN member states (a holder of the office on the date):")
    for d in dates:
        hs, hg = cov[d]["head_of_state"], cov[d]["head_of_government"]
        out.append(f"  {d}: head of state {len(UN_MEMBERS) - len(hs)}, head of government {len(UN_MEMBERS) - len(hg)}")
        out.append(f"    without a head of state ({len(hs)}): {' '.join(hs) or '-'}")
        out.append(f"    without a head of government ({len(hg)}): {' '.join(hg) or '-'}")
    if table:
        for c in UN_MEMBERS:
            cells = ["/".join(holders(reg, c, "head_of_state", d)) or "-" for d in dates]
            cells += ["/".join(holders(reg, c, "head_of_government", d)) or "-" for d in dates]
            out.append(f"  {c} | " + " | ".join(cells))
    n = counts(reg)
    out.append(f"persons: {n['persons']} ({', '.join(f'{k} {v}' for k, v in sorted(n['persons_by_file'].items()))})")
    out.append(f"office roles: {n['office_roles']} ("
               + ", ".join(f"{k} {v}" for k, v in sorted(n["offices"].items(), key=lambda kv: -kv[1])) + ")")
    return out


def check(user=(), dates=DATES, table: bool = False) -> tuple[list, list, list]:
    """(errors, warnings, report lines) for the shipped registry plus ``user`` files."""
    errs, warns = [], []
    lex = data.load(LEXICON)
    offices = {t["office"] for t in lex["titles"]} | set(HEADS.values())
    countries = {r["country"] for d in data.load("actors/states.yaml") for r in d.get("roles") or ()} | NONSTATE
    seen = check_files(files(list(user)), countries, offices, errs, warns)
    duplicates(seen, errs)
    try:
        reg = Registry.load(list(user))
    except (DataFileError, ValueError) as exc:
        errs.append(f"the registry does not load: {exc}")
        return errs, warns, []
    overlaps(reg, errs)
    documented = shared_aliases(reg, seen, errs)
    shadows(reg, errs)
    lines = report(reg, dates, table)
    lines.append(f"aliases shared across countries, with their preferred reading ({len(documented)}):")
    lines += [f"  {d}" for d in documented]
    return errs, warns, lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--actors", action="append", default=[], help="a user actor file merged on top (repeatable)")
    ap.add_argument("--date", action="append", help=f"coverage dates (default {', '.join(DATES)})")
    ap.add_argument("--table", action="store_true", help="list the holders of each state on each date")
    args = ap.parse_args(argv)
    errs, warns, lines = check(args.actors, tuple(args.date or DATES), args.table)
    print("\n".join(lines))
    for w in warns:
        print(f"warning: {w}")
    for e in errs:
        print(f"error: {e}")
    print(f"{len(errs)} error(s), {len(warns)} warning(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
