"""Place names and distances: the key every gazetteer lookup uses, and the
great-circle distance. A leaf module shared by the gazetteer, its build and the scorers."""
from __future__ import annotations

import math
import re
import unicodedata


# Words by which a place is named as a part of an area: 'the Isham area of North Waziristan',
# 'Spera district of Khost', 'Datta Khel town in North Waziristan'.
PART_WORDS = ("area", "district", "region", "province", "valley", "tehsil", "county", "village", "town")

# apostrophes and the letters transliterations use for 'ayn and hamza: "‘Afrīn" is Afrin
_QUOTES = re.compile("[\u2018\u2019'`\u00b4\u02bb\u02bc\u02be\u02bf]")


def place_key(s: str) -> str:
    """Lower-case, accents and punctuation folded, spaces collapsed; 'the' dropped."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _QUOTES.sub("", s.lower())
    s = re.sub(r"[-./,&()]+", " ", s)
    s = " ".join(s.split())
    if s.startswith("the "):
        s = s[4:]
    return s


def skeleton(s: str) -> str:
    """A name's consonants, folded and without doubled letters: transliterations of one
    name share it ("Jenin", "Janīn"; "Qandahar", "Kandahar" do not: q is not k)."""
    out = re.sub(r"[^a-z]|[aeiouy]", "", place_key(s).replace("kh", "x"))
    return re.sub(r"(.)\1+", r"\1", out)


def is_latin(s: str) -> bool:
    return all(ord(c) < 0x250 for c in s)


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))
