"""ICEWS: the tab-separated files of the ICEWS Coded Event Data, one row per event with
ICEWS's 20 columns in their order.

Values follow ICEWS's files: countries and sectors in words ("Pakistan", "Police"), an actor
with no name of its own as "Sector (Country)" ("Police (Pakistan)"), the CAMEO code as text
with its leading zero ("042") and CAMEO's label as the Event Text, the intensity on the
-10..+10 scale. ``Story ID`` is the document's own id from the input (``ext_id``), else
Jirga's document id; ``Sentence Number`` counts from 1.
"""
from __future__ import annotations

from pathlib import Path

from jirga.export import codes
from jirga.export.base import Rows, Writer
from jirga.export.polecat import place
from jirga.export.table import day, write_tsv
from jirga.periods import first_day

# The columns of the ICEWS Coded Event Data files, in order (the ICEWS event data
# documentation on the Harvard Dataverse, doi:10.7910/DVN/28075).
COLUMNS = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
]


def actor_name(ref) -> str:
    """The canonical name, else "Sector (Country)", else the words of the mention."""
    if ref.name:
        return ref.name
    if ref.sector and ref.country:
        return f"{codes.sector_label(ref.sector)} ({codes.country_name(ref.country)})"
    return ref.text


def side(refs) -> list:
    """Name, sectors and country of one side, several actors joined with "; "."""
    sectors = dict.fromkeys(codes.sector_label(r.sector) for r in refs if r.sector)
    countries = dict.fromkeys(codes.country_name(r.country) for r in refs if r.country)
    return ["; ".join(actor_name(r) for r in refs) or None, ",".join(sectors) or None,
            "; ".join(countries) or None]


def icews_row(ev, meta) -> list:
    """One event as the values of ``COLUMNS``."""
    name, city, district, province, country, lat, lon, *_ = place(ev.location)
    return [ev.event_id, day(first_day(ev.date)), *side(ev.actor), codes.cameo_label(ev.cameo),
            ev.cameo, ev.intensity, *side(ev.recipient),
            (meta.ext_id or meta.doc_id) if meta else ev.doc_id, ev.sentence.index + 1,
            meta.source if meta else None, city, district, province, codes.country_name(country),
            lat, lon]


def write(rows: Rows, out: Path) -> int:
    return write_tsv(out, COLUMNS, (icews_row(ev, meta) for ev, meta in rows))


WRITER = Writer("icews", (".icews.tsv",), write)
