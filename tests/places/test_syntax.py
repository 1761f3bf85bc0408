"""The tree tests ``jirga.places.locate`` scores places with (moved from test_locate.py)."""
from jirga.model import Event, Place, Span


def test_a_country_closing_an_organisations_name_is_no_place(parse, res):
    from jirga.places.syntax import name_tail
    doc = parse("Supporters of Tehreek-e-Labbaik Pakistan met in the region.")
    i = doc.text.index("Pakistan")
    land = Place("Pakistan", i, i + 8, "Pakistan", 30.0, 70.0, 1, "PAK", "PCLI")
    tok = doc.parsed.char_span(i, i + 8).root
    assert name_tail(tok, land)
    doc = parse("The militia captured Western Afghanistan in 1995.")
    i = doc.text.index("Afghanistan")
    land = Place("Afghanistan", i, i + 11, "Afghanistan", 33.0, 65.0, 1, "AFG", "PCLI")
    assert not name_tail(doc.parsed.char_span(i, i + 11).root, land)


def _place(doc, name, code="PPL"):
    i = doc.text.index(name)
    return Place(name, i, i + len(name), name, 0.0, 0.0, 1, "PAK", code)


def test_syntax_said_where_tells_a_place_from_a_doer(parse, res):
    from jirga.places.syntax import governing_prep_is_locative, said_where, token_of
    doc = parse("Quetta rejected the plan after talks in Peshawar.")
    quetta, peshawar = _place(doc, "Quetta"), _place(doc, "Peshawar")
    assert said_where(doc.parsed, peshawar) and not said_where(doc.parsed, quetta)
    assert governing_prep_is_locative(token_of(doc.parsed, peshawar))
    doc = parse("The envoy visited Kabul on Monday.")
    assert said_where(doc.parsed, _place(doc, "Kabul"))          # where a movement goes
    site = Place("Zarqonai", 0, 8)                                 # a named site (no name read)
    assert said_where(parse("Zarqonai was calm.").parsed, site)


def test_syntax_trigger_token_prefers_a_content_word(parse, res):
    from jirga.places.syntax import score_down, token_of, trigger_token
    doc = parse("Militants did attack a checkpoint in Bannu.")
    i = doc.text.index("did attack")
    ev = Event(doc_id=doc.id, event_id="e", event_type="ASSAULT", sentence=doc.sentences[0],
               trigger=Span(i, i + 10, "did attack"))
    trig = trigger_token(doc.parsed, ev)
    assert trig.text == "attack"
    bannu = token_of(doc.parsed, _place(doc, "Bannu"))
    militants = doc.parsed[0]
    assert score_down(trig, bannu) > 3              # 'attack ... in Bannu': under a locative preposition
    assert score_down(trig, militants) is None      # the subject is not below the act
