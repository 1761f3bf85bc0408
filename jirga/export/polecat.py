"""POLECAT: the tab-separated event files of the POLECAT dataset (PLOVER-coded, the
successor of ICEWS), one row per event with POLECAT's 40 columns in their order.

Values follow POLECAT's files: PLOVER type and mode names, the quad class in words
("VERBAL CONFLICT"), countries as ISO alpha-3 codes with their Correlates of War numbers,
several actors on one side joined with "; ". Jirga adds one last column, ``Story ID``
(a column some POLECAT releases carry too): the document's own id from the input
(``ext_id``), else Jirga's document id. Columns Jirga has nothing for (titles, the story's
people, organisations and places) are empty.
"""
from __future__ import annotations

from pathlib import Path

import jirga
from jirga.export import codes
from jirga.export.base import Rows, Writer
from jirga.export.flat import joined
from jirga.export.table import day, write_tsv
from jirga.periods import first_day

# The columns of POLECAT's event files, in order, as its weekly and yearly releases on the
# Harvard Dataverse name them (the POLECAT codebook; older files say "Intensity" where
# newer ones say "Event Intensity").
POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code",
    "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
    "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name",
    "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
    "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename",
    "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
    "Story Locations", "Language", "Version",
]
COLUMNS = POLECAT_COLUMNS + ["Story ID"]

QUADS = {1: "VERBAL COOPERATION", 2: "MATERIAL COOPERATION", 3: "VERBAL CONFLICT", 4: "MATERIAL CONFLICT"}


def side(refs) -> list:
    """Name, country, COW, primary sector, sectors, title, raw text, Wikidata id of one side."""
    names = "; ".join(r.name or r.text for r in refs)
    cows = "; ".join(str(codes.cow(r.country) or "") for r in refs if r.country)
    sectors = [r.sector for r in refs if r.sector]
    return [names, joined(refs, "country"), cows, sectors[0] if sectors else None,
            "; ".join(dict.fromkeys(sectors)), None, joined(refs, "text"), joined(refs, "wikidata")]


def place(loc) -> list:
    """Placename, City, District, Province, Country, Latitude, Longitude, GeoNames ID, Raw
    Placename, Feature Type of the event's place."""
    if loc is None:
        return [None] * 10
    code = loc.feature_code or ""
    city = loc.name if code.startswith("PPL") else None
    district = loc.name if code.startswith("ADM2") else None
    province = loc.name if code.startswith("ADM1") else loc.admin1
    return [loc.name, city, district, province, loc.country, loc.lat, loc.lon, loc.geonameid,
            loc.text, loc.feature_code]


def polecat_row(ev, meta) -> list:
    """One event as the values of ``COLUMNS``."""
    return [ev.event_id, day(first_day(ev.date)), ev.event_type, ev.mode, ev.intensity,
            QUADS.get(ev.quad), "; ".join(ev.contexts), *side(ev.actor), *side(ev.recipient),
            *place(ev.location), meta.source if meta else None, meta.published if meta else None,
            None, None, None, "en", f"jirga-{jirga.__version__}",
            (meta.ext_id or meta.doc_id) if meta else ev.doc_id]


def write(rows: Rows, out: Path) -> int:
    return write_tsv(out, COLUMNS, (polecat_row(ev, meta) for ev, meta in rows))


WRITER = Writer("polecat", (".polecat.tsv",), write)
