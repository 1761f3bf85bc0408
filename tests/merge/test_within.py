"""The re-mentions stage (``jirga/merge/within.py``)."""


def test_share_within_a_re_mention_takes_the_day_and_place_of_the_report_that_tells_them():
    from jirga.merge import share_within
    from jirga.model import ActorRef, Document, Event, Place, Sentence, Span
    text = "Pakistani envoys met Taliban leaders in Kabul on Monday. Pakistani envoys met Taliban leaders again."
    s1, s2 = Sentence(0, 0, 55, text[:55]), Sentence(1, 56, len(text), text[56:])

    def ev(eid, sent, date, basis, place=None):
        return Event(doc_id="d", event_id=eid, event_type="CONSULT", sentence=sent,
                     trigger=Span(sent.start + 17, sent.start + 20, "met"), date=date, date_precision="day",
                     date_basis=basis, actor=[ActorRef("envoys", 0, 1, None, "PAK", "GOV", resolved=True)],
                     recipient=[ActorRef("Taliban", 0, 1, None, "AFG", "GOV", resolved=True)],
                     location=place)
    kabul = Place("Kabul", 40, 45, "Kabul", 34.5, 69.2, 1138958, "AFG", "PPLC")
    told = ev("e1", s1, "2024-01-08", "text", kabul)
    again = ev("e2", s2, "2024-01-09", "published")
    doc = Document(id="d", text=text, published="2024-01-09", events=[told, again], places=[kabul])
    share_within(doc)
    assert (again.date, again.date_basis, again.location) == ("2024-01-08", "remention", kabul)
    # a sentence with a time or place of its own keeps its own: another day, another event
    from jirga.model import Timex
    again2 = ev("e2", s2, "2024-01-09", "published")
    doc = Document(id="d", text=text, published="2024-01-09", events=[ev("e1", s1, "2024-01-08", "text", kabul), again2],
                   places=[kabul, Place("Herat", 60, 65, "Herat", 34.3, 62.2, 1139715, "AFG", "PPLA")],
                   timex=[Timex("Tuesday", 70, 77, "DATE", "2024-01-09")])
    share_within(doc)
    assert (again2.date_basis, again2.location) == ("published", None)


def test_share_within_a_re_mention_takes_the_counts_it_does_not_tell():
    from jirga.merge import share_within
    from jirga.model import ActorRef, Document, Event, Sentence, Size, Span
    text = "Police shot dead a man in Quetta on Monday. Four officers fired ten rounds at the man."
    s1, s2 = Sentence(0, 0, 43, text[:43]), Sentence(1, 44, len(text), text[44:])

    def ev(eid, sent, size):
        return Event(doc_id="d", event_id=eid, event_type="ASSAULT", sentence=sent,
                     trigger=Span(sent.start + 7, sent.start + 11, "shot"), date="2024-01-08",
                     date_precision="day", date_basis="text", size=size,
                     actor=[ActorRef("police", 0, 1, None, "PAK", "COP", resolved=True)],
                     recipient=[ActorRef("man", 0, 1, None, "PAK", "CVL", resolved=True)])
    told, again = ev("e1", s1, Size(dead=1)), ev("e2", s2, Size())
    share_within(Document(id="d", text=text, published="2024-01-09", events=[told, again]))
    assert (again.size.dead, again.size.injured) == (1, None)
    # a count of its own is kept
    told, again = ev("e1", s1, Size(dead=1)), ev("e2", s2, Size(dead=2))
    share_within(Document(id="d", text=text, published="2024-01-09", events=[told, again]))
    assert again.size.dead == 2


def _coded(res, text, published="2023-02-23"):
    from jirga import Pipeline
    from jirga.model import Document
    doc = next(iter(Pipeline(db=None, res=res).documents([Document(id="t", text=text, published=published)])))
    return [(e.event_type, e.trigger.text) for e in doc.events]


def test_a_noun_that_only_points_back_at_a_told_act_is_no_new_event(res):
    told = "Pakistan's defence minister Khawaja Asif visited Kabul on Wednesday and met Taliban leaders. "
    # 'the minister's trip', 'the visit': the visit already told, and nothing new about it
    for again in ("The minister's trip to Kabul was driven by another issue.",
                  "The visit of the minister to Kabul comes days after clashes on the border."):
        coded = _coded(res, told + again)
        assert ("CONSULT", "visited") in coded
        assert [t for ty, t in coded if ty == "CONSULT" and t in ("trip", "visit")] == [], (again, coded)


def test_a_pointing_noun_that_brings_a_date_count_or_party_of_its_own_is_kept(res):
    told = "Pakistan's defence minister Khawaja Asif visited Kabul on Wednesday. "
    # a party the first report does not name
    assert ("CONSULT", "trip") in _coded(res, told + "The minister's trip with Chinese envoys was driven by trade.")
    # a day of its own: another visit
    assert ("CONSULT", "visit") in _coded(res, told + "The minister's visit to Kabul on 3 January was his first.")
    # the first telling of an act is kept however it is worded
    assert ("CONSULT", "visit") in _coded(res, "The minister's visit to Kabul was driven by another issue.")
    # an accusation pointed back at stays: denials answer it
    coded = _coded(res, "Pakistan accused Kabul of sheltering the TTP on Monday. Kabul rejected the accusation "
                        "and said Pakistan's accusation was baseless.")
    assert [ty for ty, _ in coded].count("ACCUSE") >= 1 and "REJECT" in [ty for ty, _ in coded]
