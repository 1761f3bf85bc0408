"""The actor registry: who is who, and when.

Shipped YAML files under ``jirga/data/actors/`` (see the README there) are loaded first;
user YAML/CSV files are merged on top: an entry with the name of a shipped actor adds its
aliases and, if it gives roles, replaces the roles. Every actor has dated roles
``{country, sector, start, end, office}``; ``Actor.role_at(date)`` picks the one in force.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import yaml

from jirga import data
from jirga import errors
from jirga.actors.cached import key_of, load_or_build
from jirga.actors.text import ANY_CASE, CAPITALISED, CAPITALS, alias_case, is_acronym, norm, skeleton
from jirga.errors import DataFileError
from jirga.settings import DEFAULTS

SHIPPED = ("states.yaml", "igos.yaml", "groups.yaml", "leaders.yaml", "pak_afg.yaml",
           "leaders_europe.yaml", "leaders_americas.yaml", "leaders_africa.yaml",
           "leaders_middle_east.yaml", "leaders_asia.yaml", "institutions_security.yaml",
           "institutions_state.yaml", "parties_groups.yaml", "media_business.yaml", "people.yaml",
           "central_banks.yaml", "regions.yaml")
LEXICON = "actors/agents.yaml"
NONSTATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
SECTORS = set("COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED "
              "REF OPP PRE REL SOC".split())
KINDS = {"state", "territory", "capital", "region", "person", "org", "party", "armed_group",
         "igo", "ngo", "government", "media", "office", "group"}
# Kinds that stand for a state's government unless a role says otherwise.
STATE_KINDS = {"state", "territory", "capital", "region", "government"}
ROLE_KEYS = {"country", "sector", "start", "end", "office"}
ACTOR_KEYS = {"name", "kind", "aliases", "proper", "wikidata", "roles", "demonyms", "plurals",
              "country", "sector", "start", "end", "office"}


@dataclass(frozen=True, slots=True)
class Role:
    country: str
    sector: Optional[str] = None
    start: Optional[str] = None   # ISO date, inclusive; None = always
    end: Optional[str] = None     # ISO date, inclusive; None = still
    office: Optional[str] = None  # e.g. foreign_minister, for title lookups

    def active(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(slots=True)
class Actor:
    name: str
    kind: str = "org"
    aliases: list = field(default_factory=list)
    wikidata: Optional[str] = None
    roles: list = field(default_factory=list)
    demonyms: list = field(default_factory=list)
    plurals: list = field(default_factory=list)
    proper: list = field(default_factory=list)  # aliases that are everyday words: matched capitalised only
    source: str = ""  # file:line it came from

    def role_at(self, date: Optional[str]) -> Optional[Role]:
        """The role in force on ``date``: the active one with the latest start.

        A person out of every office after holding one is a former official (ELI); an
        organisation out of its dates keeps the nearest role. With no date (an undated
        story), the latest role: news of an official is most likely news from their time in
        office, and nothing says the story was written today (``role_now``).
        """
        if not self.roles:
            return None
        if date is None:
            return max((r.start or "", -i, r) for i, r in enumerate(self.roles))[2]
        day = date
        active = [(r.start or "", -i, r) for i, r in enumerate(self.roles) if r.active(day)]
        if active:
            return max(active)[2]
        past = [r for r in self.roles if r.end is not None and r.end < day]
        if past:
            last = max(past, key=lambda r: r.end)
            return Role(last.country, "ELI") if self.kind == "person" else last
        first = min(self.roles, key=lambda r: r.start or "")
        return Role(first.country, None) if self.kind == "person" else first

    def role_now(self) -> Optional[Role]:
        """The role in force today."""
        return self.role_at(_dt.date.today().isoformat())

    def to_dict(self) -> dict:
        d = {"name": self.name, "kind": self.kind, "aliases": list(self.aliases)}
        if self.proper:
            d["proper"] = list(self.proper)
        if self.wikidata:
            d["wikidata"] = self.wikidata
        if self.demonyms:
            d["demonyms"] = list(self.demonyms)
        d["roles"] = [{k: getattr(r, k) for k in ("country", "sector", "start", "end", "office")
                       if getattr(r, k) is not None} for r in self.roles]
        return d


def _title_word(alias: str) -> bool:
    """One word, a capital and then small letters only ('Nato', 'Farc')."""
    return alias.isalpha() and alias[:1].isupper() and alias[1:].islower()



# Plurals whose singular names something else ('force' is might, 'sanction' an approval) or
# modifies a party as an adjective or a title does ('national police', 'local officials',
# 'minority parties', 'deputy minister')
NO_SINGULAR = frozenset({"forces", "sanctions", "arms", "news", "affairs", "headquarters", "means", "sens",
                         "nationals", "locals", "minorities", "utilities", "households", "deputies",
                         "recruits", "exiles", "levies", "consumers", "thousands", "hundreds", "dozens",
                         "millions"})


def singular(plural: str) -> Optional[str]:
    """The singular of an agent word's last word ('protesters', 'drug traffickers', 'militias',
    'gunmen'), or None when it has no regular one."""
    head, _, last = plural.rpartition(" ")
    if last.endswith("ies") and len(last) > 4:
        one = last[:-3] + "y"
    elif last.endswith("men") and len(last) > 4:
        one = last[:-3] + "man"
    elif last.endswith(("ches", "shes", "xes")):
        one = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is", "ics", "ves")) and len(last) > 4:
        one = last[:-1]
    else:
        return None
    return f"{head} {one}" if head else one

class Registry:
    """Actors with indexes for the resolver. Build with ``Registry.load``."""

    def __init__(self, actors: list[Actor], lexicon: dict):
        self.actors = actors
        self.aliases: dict[str, list[tuple[Actor, str]]] = {}  # key -> [(actor, case rule: text.alias_case)]
        self.skeletons: dict[str, list[Actor]] = {}
        self.demonyms: dict[str, Actor] = {}   # "pakistani" -> Pakistan
        self.plurals: dict[str, Actor] = {}    # "afghans" -> Afghanistan
        self.states: dict[str, Actor] = {}     # "PAK" -> Pakistan
        self.offices: dict[tuple[str, str], list[tuple[Actor, Role]]] = {}
        self.surnames: dict[str, list[tuple[str, Actor]]] = {}  # last token -> [(alias key, person)]
        self.given: dict[str, list[tuple[str, Actor]]] = {}     # first token -> [(alias key, person)]
        self.cache: dict = {}                  # memo for the resolver
        # thresholds from the settings; get_registry sets the run's own
        self.fuzzy_strict, self.fuzzy_loose = DEFAULTS["fuzzy_strict"], DEFAULTS["fuzzy_loose"]
        self.read_back = DEFAULTS["read_back"]
        for actor in actors:
            self._index(actor)
        self._lexicon(lexicon)
        self.countries = set(self.states) | NONSTATE

    # -- building -----------------------------------------------------------------------
    def _index(self, actor: Actor) -> None:
        proper = set(actor.proper)
        for alias in [actor.name, *actor.aliases, *actor.proper]:
            key = norm(alias)
            if not key:
                continue
            rule = alias_case(alias, alias in proper)
            entry = (actor, rule)
            bucket = self.aliases.setdefault(key, [])
            if all(a is not actor for a, _ in bucket):
                bucket.append(entry)
            elif _title_word(alias):
                # 'Nato', 'Isis' beside 'NATO', 'ISIS': an acronym read as a word, which some
                # papers write capitalised; it must still be capitalised
                bucket[:] = [(a, CAPITALISED if a is actor and r == CAPITALS else r) for a, r in bucket]
            if rule != ANY_CASE:
                continue  # an acronym or an everyday word: no spelling variants
            if actor.kind not in ("state", "territory", "capital") and len(skeleton(key)) >= 6:
                sk = self.skeletons.setdefault(skeleton(key), [])
                if actor not in sk:
                    sk.append(actor)
            if actor.kind == "person" and " " in key:
                self.surnames.setdefault(key.rsplit(" ", 1)[1], []).append((key, actor))
                self.given.setdefault(key.split(" ", 1)[0], []).append((key, actor))
        for d in actor.demonyms:
            if not is_acronym(d):  # "US" is an alias, matched only in capitals
                self.demonyms.setdefault(norm(d), actor)
        for p in actor.plurals:
            self.plurals.setdefault(norm(p), actor)
        if actor.kind == "state":
            self.states.setdefault(actor.roles[0].country, actor)
        for role in actor.roles:
            if role.office:
                self.offices.setdefault((role.country, role.office), []).append((actor, role))

    def _lexicon(self, lex: dict) -> None:
        self.agents = {norm(w): sector for sector, words in lex["agents"].items() for w in words}
        # 'a protester', 'the victim': one of the people a plural names is of its sector too
        # (not words that name things: 'strikes', 'homes')
        things = {norm(w) for w in lex.get("things") or ()} | NO_SINGULAR
        self.one_person: set[str] = set()     # 'protester': a word for one person of a plural
        for w, sector in list(self.agents.items()):
            one = singular(w) if w not in things else None
            if one and one not in self.agents:
                self.agents[one] = sector
            if one and " " not in one:
                self.one_person.add(one)
        self.titles = {norm(w): (t["office"], t["sector"]) for t in lex["titles"] for w in t["words"]}
        self.honorifics = {norm(w) for w in lex["honorifics"]}
        self.former = {norm(w) for w in lex["former"]}
        self.peoples = {norm(w) for w in lex.get("peoples") or ()}
        self.rulers = {norm(w) for w in lex.get("rulers") or ()}
        self.title_surnames = {norm(w) for w in lex.get("title_surnames") or ()}
        self.parts = {norm(w) for w in lex.get("parts") or ()}
        self.regions = {norm(w) for w in lex.get("regions") or ()}
        keys = [*self.aliases, *self.agents, *self.titles, *self.demonyms, *self.plurals, *self.peoples,
                *self.regions]
        self.max_ngram = max(len(k.split()) for k in keys)
        # first word -> the most words a key starting with it has: tagging a mention tries
        # only the n-grams that can match (most words start no key; few keys are long)
        self.reach: dict[str, int] = {}
        for k in [*keys, *self.former]:
            words = k.split()
            if words and len(words) > self.reach.get(words[0], 0):
                self.reach[words[0]] = len(words)

    @classmethod
    def load(cls, user_files: Iterable[str] = (), cache_dir=None) -> "Registry":
        """Shipped files, then each user file (YAML or CSV) merged on top, in order. With a
        ``cache_dir``, the built registry is kept there and read back while its inputs are
        unchanged (``jirga.actors.cached``)."""
        files = tuple(str(f) for f in user_files or ())
        return load_or_build(cache_dir, "registry", lambda: _cache_key(files), lambda: cls._build(files))

    @classmethod
    def _build(cls, user_files: tuple) -> "Registry":
        actors: list[Actor] = []
        by_name: dict[str, Actor] = {}
        for name in SHIPPED:
            entries = data.load(f"actors/{name}")
            for actor in _parse_entries(entries, f"jirga/data/actors/{name}",
                                        lambda: data.read_text(f"actors/{name}")):
                _merge(actor, actors, by_name)
        known = _state_codes() | NONSTATE
        for path in user_files or ():
            for actor in read_user_file(path, known):
                _merge(actor, actors, by_name, user=True)
        return cls(actors, data.load(LEXICON))

    # -- queries ------------------------------------------------------------------------
    def candidates(self, key: str) -> list[Actor]:
        return [a for a, _ in self.aliases.get(key, ())]

    def lookup(self, name: str) -> Optional[Actor]:
        """The actor a name, alias or spelling variant stands for, or None."""
        key = norm(name)
        found = self.candidates(key)
        if not found and len(skeleton(key)) >= 6:
            found = self.skeletons.get(skeleton(key), [])
        return found[0] if found else None

    def office_holder(self, country: str, office: str, date: Optional[str]) -> Optional[Actor]:
        day = date or _dt.date.today().isoformat()
        for actor, role in self.offices.get((country, office), ()):
            if role.active(day):
                return actor
        return None

    def show(self, name: str) -> dict:
        """Everything known about an actor, with the role in force today; {} if unknown."""
        actor = self.lookup(name)
        if actor is None:
            return {}
        d = actor.to_dict()
        now = actor.role_now()
        d["now"] = {"country": now.country, "sector": now.sector} if now else None
        d["source"] = actor.source
        return d


def _cache_key(user_files: tuple) -> Optional[str]:
    """What the built registry depends on: the data files, the user files, the code of the
    actors package (the build reads helpers beside this module)."""
    parts = [data.read_text(f"actors/{n}").encode() for n in (*SHIPPED, LEXICON.split("/", 1)[1])]
    # every module of the package: a build helper changed elsewhere must not leave a stale registry
    parts += [p.read_bytes() for p in sorted(Path(__file__).parent.glob("*.py"))]
    try:
        parts += [f"{f}\0".encode() + Path(f).read_bytes() for f in user_files]
    except OSError:
        return None            # the build reports the unreadable file
    return key_of(parts)


def _merge(actor: Actor, actors: list, by_name: dict, user: bool = False) -> None:
    key = norm(actor.name)
    old = by_name.get(key)
    if old is None:
        by_name[key] = actor
        if user:
            actors.insert(0, actor)  # user actors win ties on shared aliases
        else:
            actors.append(actor)
        return
    old.aliases = list(dict.fromkeys([*old.aliases, *actor.aliases]))
    old.proper = list(dict.fromkeys([*old.proper, *actor.proper]))
    if actor.roles:
        old.roles = actor.roles
    old.wikidata = actor.wikidata or old.wikidata
    old.kind = actor.kind if user and actor.kind else old.kind
    old.source = actor.source
    if user:
        actors.remove(old)
        actors.insert(0, old)


# -- parsing and validation ---------------------------------------------------------------
def _date(value, where: str) -> Optional[str]:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    try:
        return _dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise DataFileError(f"{where}: date {value!r} is not YYYY-MM-DD", errors.BAD_ACTOR_ENTRY) from None


def _role(d: dict, where: str, countries: Optional[set]) -> Role:
    if not isinstance(d, dict):
        raise DataFileError(f"{where}: a role must be a mapping with country and sector", errors.BAD_ACTOR_ENTRY)
    extra = set(d) - ROLE_KEYS
    if extra:
        raise DataFileError(f"{where}: unknown role field(s) {sorted(extra)}", errors.BAD_ACTOR_ENTRY)
    country = str(d.get("country") or "").strip().upper()
    sector = d.get("sector")
    sector = str(sector).strip().upper() if sector else None
    if not country or len(country) != 3 or not country.isalpha():
        raise DataFileError(f"{where}: country {d.get('country')!r} is not an ISO alpha-3 "
                            "or PLOVER code (IGO, UNO, EUR, NGO, ISM, IMG, MNC)", errors.BAD_ACTOR_ENTRY)
    if countries is not None and country not in countries:
        raise DataFileError(f"{where}: unknown country code {country}", errors.BAD_ACTOR_ENTRY)
    if sector and sector not in SECTORS:
        raise DataFileError(f"{where}: unknown PLOVER sector {sector} "
                            f"(one of {', '.join(sorted(SECTORS))})", errors.BAD_ACTOR_ENTRY)
    start, end = _date(d.get("start"), where), _date(d.get("end"), where)
    if start and end and end < start:
        raise DataFileError(f"{where}: role ends ({end}) before it starts ({start})", errors.BAD_ACTOR_ENTRY)
    return Role(country, sector, start, end, d.get("office") or None)


def _names(value, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.replace(";", "|").split("|") if v.strip()]
    if isinstance(value, list) and all(isinstance(v, (str, int)) for v in value):
        return [str(v) for v in value]
    raise DataFileError(f"{where}: expected a list of names", errors.BAD_ACTOR_ENTRY)


def _actor(d, where: str, countries: Optional[set] = None) -> Actor:
    if not isinstance(d, dict) or not d.get("name"):
        raise DataFileError(f"{where}: each actor needs a name", errors.BAD_ACTOR_ENTRY)
    extra = set(d) - ACTOR_KEYS
    if extra:
        raise DataFileError(f"{where}: unknown field(s) {sorted(extra)}", errors.BAD_ACTOR_ENTRY)
    kind = str(d.get("kind") or "org")
    if kind not in KINDS:
        raise DataFileError(f"{where}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}", errors.BAD_ACTOR_ENTRY)
    roles_in = d.get("roles") or []
    if not isinstance(roles_in, list):
        raise DataFileError(f"{where}: roles must be a list", errors.BAD_ACTOR_ENTRY)
    if d.get("country"):  # short form: one role given inline
        roles_in = [*roles_in, {k: d[k] for k in ("country", "sector", "start", "end", "office") if k in d}]
    roles = [_role(r, where, countries) for r in roles_in]
    wd = d.get("wikidata")
    if wd and not (str(wd)[0] == "Q" and str(wd)[1:].isdigit()):
        raise DataFileError(f"{where}: wikidata id {wd!r} should look like Q42418", errors.BAD_ACTOR_ENTRY)
    return Actor(name=str(d["name"]), kind=kind, aliases=_names(d.get("aliases"), where),
                 proper=_names(d.get("proper"), where),
                 wikidata=str(wd) if wd else None, roles=roles,
                 demonyms=_names(d.get("demonyms"), where), plurals=_names(d.get("plurals"), where),
                 source=where)


def _item_lines(text: str) -> list[int]:
    """1-based line of each top-level list item in a YAML text."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    items = node.value if node is not None and isinstance(node, yaml.SequenceNode) else []
    return [n.start_mark.line + 1 for n in items]


def _parse_entries(entries, fname: str, get_text, countries: Optional[set] = None) -> list[Actor]:
    if entries is None:
        return []
    if isinstance(entries, dict) and "actors" in entries:
        entries = entries["actors"]
    if not isinstance(entries, list):
        raise DataFileError(f"{fname}:1: expected a list of actors", errors.BAD_ACTOR_ENTRY)
    out, lines = [], None
    for i, d in enumerate(entries):
        try:
            out.append(_actor(d, fname, countries))
        except DataFileError as exc:
            lines = lines if lines is not None else _item_lines(get_text())
            line = lines[i] if i < len(lines) else 1
            msg = str(exc.args[0]).replace(f"{fname}:", f"{fname}:{line}:", 1)
            raise DataFileError(msg, exc.code) from None
        out[-1].source = fname
    return out


class _UserLoader(yaml.SafeLoader):
    """Safe YAML with dates left as text, so a bad date is reported with its line."""


_UserLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def read_user_file(path, countries: Optional[set] = None) -> list[Actor]:
    """Actors from a user YAML (same format as the shipped files) or CSV file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"{p}: cannot read actor file ({exc.strerror})", errors.ACTOR_FILE_UNREADABLE) from None
    if p.suffix.lower() in (".csv", ".tsv"):
        return _read_csv(text, str(p), "\t" if p.suffix.lower() == ".tsv" else ",", countries)
    if p.suffix.lower() not in (".yaml", ".yml"):
        raise DataFileError(f"{p}: actor files are .yaml, .yml, .csv or .tsv", errors.ACTOR_FILE_UNREADABLE)
    try:
        entries = yaml.load(text, Loader=_UserLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{p}:{mark.line + 1}" if mark else str(p)
        raise DataFileError(f"{where}: invalid YAML ({getattr(exc, 'problem', exc)})", errors.BAD_ACTOR_ENTRY) from None
    actors = _parse_entries(entries, str(p), lambda: text, countries)
    lines = _item_lines(text)
    for i, a in enumerate(actors):
        a.source = f"{p}:{lines[i]}" if i < len(lines) else str(p)
    return actors


def _read_csv(text: str, fname: str, delim: str, countries: Optional[set] = None) -> list[Actor]:
    """CSV columns: name,country,sector[,kind,aliases,wikidata,start,end,office]; aliases
    separated by '|' or ';'. Several rows with one name give one actor with several roles."""
    rows = [ln for ln in text.splitlines()]
    reader = csv.DictReader(io.StringIO("\n".join(rows)), delimiter=delim)
    missing = {"name", "country"} - set(reader.fieldnames or ())
    if missing:
        raise DataFileError(f"{fname}:1: missing column(s) {sorted(missing)}", errors.BAD_ACTOR_ENTRY)
    by_name: dict[str, Actor] = {}
    for row in reader:
        line = reader.line_num
        if not (row.get("name") or "").strip() or row["name"].lstrip().startswith("#"):
            continue
        d = {k: (v.strip() if isinstance(v, str) else v) for k, v in row.items() if k and v}
        actor = _actor(d, f"{fname}:{line}", countries)
        old = by_name.get(actor.name)
        if old:
            old.roles.extend(actor.roles)
            old.aliases = list(dict.fromkeys([*old.aliases, *actor.aliases]))
        else:
            by_name[actor.name] = actor
    return list(by_name.values())


def add_actor(user_file, name: str, country: str, sector: str, aliases=(), wikidata=None,
              start=None, end=None, kind: str = "org", office: Optional[str] = None) -> dict:
    """Append an actor to a user YAML file (created if missing) and return its record.

    The entry is validated first, so a bad code never reaches the file.
    """
    role = {"country": country, "sector": sector}
    role.update({k: v for k, v in (("start", start), ("end", end), ("office", office)) if v})
    entry = {"name": name, "kind": kind, "aliases": list(aliases), "roles": [role]}
    if wikidata:
        entry["wikidata"] = wikidata
    p = Path(user_file)
    actor = _actor(entry, f"{p} (new entry)", _state_codes() | NONSTATE)
    if p.suffix.lower() not in (".yaml", ".yml"):
        raise DataFileError(f"{p}: add_actor writes YAML files (.yaml)", errors.ACTOR_FILE_UNREADABLE)
    if p.exists():
        read_user_file(p)  # refuse to append to a broken file
    p.parent.mkdir(parents=True, exist_ok=True)
    rec = actor.to_dict()
    with p.open("a", encoding="utf-8") as fh:
        fh.write(yaml.safe_dump([rec], sort_keys=False, allow_unicode=True, default_flow_style=None))
    return rec


def _state_codes() -> set:
    """Country codes of the shipped states (to validate user files)."""
    return {r["country"] for d in data.load("actors/states.yaml") if d.get("kind") == "state"
            for r in d["roles"]}


def user_files(settings: dict) -> tuple[str, ...]:
    """The user's registry file (``user_actors``, when it exists), then ``actor_files``."""
    own = settings.get("user_actors")
    files = [own] if own and Path(own).is_file() else []
    return tuple(files + [str(f) for f in settings.get("actor_files") or ()])


def get_registry(res) -> Registry:
    """The registry for these Resources, loaded once: shipped files, then the user's."""
    return res.get("actors.registry", lambda r: _with_settings(
        Registry.load(user_files(r.settings), r.settings.get("cache_dir")), r.settings))


def _with_settings(reg: Registry, settings: dict) -> Registry:
    reg.fuzzy_strict, reg.fuzzy_loose = settings["fuzzy_strict"], settings["fuzzy_loose"]
    reg.read_back = settings["read_back"]
    return reg
