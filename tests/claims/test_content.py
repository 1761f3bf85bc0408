"""What an accusation claims (``jirga/claims/content.py``), on parses built by hand."""
from jirga.claims.content import claim_span
from jirga.model import Event, Sentence, Span
from tests.handmade import hand_doc

ACCUSED_OF = hand_doc("""
    0 Pakistan    PROPN NNP nsubj 1 Pakistan B-GPE
    1 accused     VERB  VBD ROOT  1 accuse
    2 Kabul       PROPN NNP dobj  1 Kabul B-GPE
    3 of          ADP   IN  prep  1 of
    4 sheltering  VERB  VBG pcomp 3 shelter
    5 militants   NOUN  NNS dobj  4 militant
    6 .           PUNCT .   punct 1 .
""")

ALLEGES_THAT = hand_doc("""
    0 Islamabad   PROPN NNP nsubj 1 Islamabad B-GPE
    1 alleges     VERB  VBZ ROOT  1 allege
    2 that        SCONJ IN  mark  4 that
    3 militants   NOUN  NNS nsubj 4 militant
    4 hide        VERB  VBP ccomp 1 hide
    5 in          ADP   IN  prep  4 in
    6 Afghanistan PROPN NNP pobj  5 Afghanistan B-GPE
    7 .           PUNCT .   punct 1 .
""")

DENIED_ALLEGATIONS = hand_doc("""
    0 Kabul       PROPN NNP nsubj 1 Kabul B-GPE
    1 denied      VERB  VBD ROOT  1 deny
    2 allegations NOUN  NNS dobj  1 allegation
    3 that        SCONJ IN  mark  5 that
    4 it          PRON  PRP nsubj 5 it
    5 hosts       VERB  VBZ acl   2 host
    6 militants   NOUN  NNS dobj  5 militant
    7 .           PUNCT .   punct 1 .
""")


def _event(doc, typ, trigger):
    i = doc.text.index(trigger)
    return Event("d", "e", typ, Sentence(0, 0, len(doc.text), doc.text), Span(i, i + len(trigger), trigger))


def test_claim_of_an_accusation_is_its_of_phrase():
    assert claim_span(ACCUSED_OF, _event(ACCUSED_OF, "ACCUSE", "accused")).text == "sheltering militants"


def test_claim_of_an_allegation_is_its_clause_without_that():
    span = claim_span(ALLEGES_THAT, _event(ALLEGES_THAT, "ACCUSE", "alleges"))
    assert span.text == "militants hide in Afghanistan"
    assert ALLEGES_THAT.text[span.start:span.end] == span.text


def test_claim_of_a_denial_is_what_the_denied_allegations_say():
    assert claim_span(DENIED_ALLEGATIONS, _event(DENIED_ALLEGATIONS, "REJECT", "denied")).text == "it hosts militants"


def test_a_denial_naming_no_allegation_has_no_claim():
    assert claim_span(ACCUSED_OF, _event(ACCUSED_OF, "REJECT", "accused")) is None
