"""Date normalisation and Document construction."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from jirga.ingest.record import FEED_MAX_BYTES_FACTOR, NO_DATE, byte_limits, make_doc, norm_date, one_line
from jirga.model import content_id


@pytest.mark.parametrize("value,expected", [
    ("2024-03-05", "2024-03-05"),
    ("2024-03-05T22:10:00+05:00", "2024-03-05"),
    ("2024-03-05T22:10:00Z", "2024-03-05"),
    ("2024-03-05 08:00", "2024-03-05"),
    ("Tue, 05 Mar 2024 10:00:00 +0500", "2024-03-05"),
    ("5 March 2024", "2024-03-05"),
    ("March 5th, 2024", "2024-03-05"),
    ("2024/03/05", "2024-03-05"),
    (dt.date(2024, 3, 5), "2024-03-05"),
    (dt.datetime(2024, 3, 5, 23, 59), "2024-03-05"),
    (time.strptime("2024-03-05", "%Y-%m-%d"), "2024-03-05"),
    ("2024-02-30", None),
    ("last Tuesday", None),
    ("", None),
    (None, None),
])
def test_norm_date(value, expected):
    assert norm_date(value) == expected


def test_make_doc_ids_and_notes():
    doc = make_doc("Kabul  and\nIslamabad talk.", "x.txt", ext_id=17, published="2024-01-02T10:00:00Z")
    assert doc.id == content_id("Kabul and Islamabad talk.")
    assert doc.ext_id == "17" and doc.published == "2024-01-02" and doc.notes == []
    doc = make_doc("text", "x.txt")
    assert doc.published is None and doc.notes == [NO_DATE]
    doc = make_doc("text", "x.txt", published="sometime soon")
    assert doc.published is None and doc.notes[0] == NO_DATE and "not understood" in doc.notes[1]


def test_one_line():
    assert one_line("a\nb\t c") == "a b c"
    assert len(one_line("x" * 1000)) == 300


def test_byte_limits_give_feeds_a_larger_cap():
    assert byte_limits({"max_bytes": 1000}) == (1000, 1000 * FEED_MAX_BYTES_FACTOR)
    assert byte_limits({}) == (5_000_000, 5_000_000 * FEED_MAX_BYTES_FACTOR)
