"""The data model (``jirga/model.py``): dict round trips, the transient parse, rejected
documents and content ids."""
import re

from jirga.model import (ActorRef, Document, DocumentMeta, Dyad, Event, HeadKey, Place, Reject, Sentence,
                         Size, Span, Timex, actor_key, content_id)


def _event():
    return Event(doc_id="d", event_id="d-0-6", event_type="ACCUSE", sentence=Sentence(0, 0, 30, "Kabul accused Islamabad."),
                 trigger=Span(6, 13, "accused"), mode="allege", contexts=["border"], cameo="112", quad=3,
                 actor=[ActorRef("Kabul", 0, 5, "Afghanistan", "AFG", "GOV", "Q889", True)],
                 recipient=[ActorRef("Islamabad", 14, 23)],
                 location=Place("Kabul", 0, 5, "Kabul", 34.5, 69.2, 1138958, "AFG", "PPLC", "Kabul"),
                 size=Size(dead=3, at_least=True), date="2024-01-09", date_precision="day")


def test_record_to_dict_nests_records_as_plain_dicts():
    d = _event().to_dict()
    assert d["trigger"] == {"start": 6, "end": 13, "text": "accused"}
    assert d["actor"][0]["country"] == "AFG" and d["recipient"][0]["name"] is None
    assert d["size"] == {"dead": 3, "injured": None, "arrested": None, "at_least": True}
    assert d["location"]["geonameid"] == 1138958


def test_record_from_dict_round_trips_an_event():
    ev = _event()
    back = Event.from_dict(ev.to_dict())
    assert back == ev
    assert isinstance(back.actor[0], ActorRef) and isinstance(back.location, Place)
    assert isinstance(back.sentence, Sentence) and isinstance(back.size, Size)


def test_record_from_dict_fills_defaults_for_missing_keys():
    ev = Event.from_dict({"doc_id": "d", "event_id": "e", "event_type": "AID",
                          "sentence": {"index": 0, "start": 0, "end": 1}, "trigger": {"start": 0, "end": 1, "text": "x"}})
    assert ev.actor == [] and ev.location is None and ev.size == Size() and ev.confidence == 0.0


def test_document_parse_is_transient():
    doc = Document(id="d", text="Kabul.", parsed=object(), timex=[Timex("today", 0, 5, "DATE", "2024-01-09")])
    d = doc.to_dict()
    assert "parsed" not in d and d["timex"][0]["value"] == "2024-01-09"
    back = Document.from_dict(dict(d, parsed="ignored"))
    assert back.parsed is None and back.timex[0] == doc.timex[0]


def test_document_rejected_only_for_unread_stages():
    doc = Document(id="d", text="x")
    assert not doc.rejected
    doc.rejects.append(Reject("d", "x.txt", "coding", "E202", "coding failed"))
    assert not doc.rejected          # later stages still stored the document
    doc.rejects.append(Reject("d", "x.txt", "nlp", "E201", "parsing failed"))
    assert doc.rejected


def test_content_id_ignores_whitespace_and_is_16_hex():
    a = content_id("Kabul and\n Islamabad  talk.")
    assert a == content_id(" Kabul and Islamabad talk. ")
    assert re.fullmatch(r"[0-9a-f]{16}", a)
    assert a != content_id("Kabul and Islamabad talk!")


# -- the records the store returns

def test_dyad_unpacks_as_the_tuple_it_replaces():
    src, tgt, n = Dyad("PAK GOV", "AFG GOV", 3)
    assert (src, tgt, n) == ("PAK GOV", "AFG GOV", 3)


def test_document_meta_to_dict_keeps_the_export_keys_in_order():
    assert list(DocumentMeta("d", url="u").to_dict().items()) == [
        ("doc_id", "d"), ("url", "u"), ("title", None), ("published", None), ("source", None),
        ("ext_id", None)]


def test_actor_key_is_codes_else_name_else_text():
    assert actor_key("PAK", "GOV", "Shehbaz Sharif", "PM") == "PAK GOV"
    assert actor_key("PAK", None, "Shehbaz Sharif", "PM") == "Shehbaz Sharif"
    assert actor_key(None, None, None, "The Zorblat Front") == "the zorblat front"
    assert actor_key(None, None, None, None) == ""


def test_head_key_names_its_fields():
    assert HeadKey("ASSAULT", "actor", "PAK REB", None)._fields == ("event_type", "role", "actor_key", "date", "prefix")
