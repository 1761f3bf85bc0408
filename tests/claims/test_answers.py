"""Which earlier event a denial, refusal or rebuttal answers (``jirga/claims/answers.py``)."""
from jirga.claims.answers import answered, party
from jirga.model import ActorRef, Event, Sentence, Span


def ref(text, country=None, sector=None, name=None):
    return ActorRef(text, 0, len(text), name, country, sector, resolved=bool(country or name))


def ev(eid, typ, si, actor=(), recipient=(), negated=False):
    return Event("d", eid, typ, Sentence(si, si * 100, si * 100 + 50, "x"), Span(si * 100, si * 100 + 1, "x"),
                 actor=list(actor), recipient=list(recipient), negated=negated)


PAK, AFG, USA = ref("Islamabad", "PAK", "GOV"), ref("Kabul", "AFG", "GOV"), ref("Washington", "USA", "GOV")


def test_party_is_codes_else_name():
    assert party([ref("Pakistan", "PAK", "GOV")]) == "PAK GOV"
    assert party([ref("the JUI chief", name="Fazlur Rehman")]) == "Fazlur Rehman"
    assert party([ref("someone")]) is None


def test_denial_answers_the_accusation_against_the_denier():
    accuse = ev("a", "ACCUSE", 1, [PAK], [AFG])
    other = ev("b", "ACCUSE", 2, [USA], [ref("Moscow", "RUS", "GOV")])
    deny = ev("c", "REJECT", 3, [AFG], [])
    assert answered(deny, [accuse, other], None) is accuse


def test_denial_aimed_at_the_accuser_answers_its_accusation():
    accuse = ev("a", "ACCUSE", 1, [PAK], [])
    deny = ev("c", "REJECT", 2, [ref("Taliban officials")], [PAK])
    assert answered(deny, [accuse], None) is accuse


def test_denial_answers_nothing_when_no_party_fits_or_it_is_too_far():
    accuse = ev("a", "ACCUSE", 1, [USA], [ref("Moscow", "RUS", "GOV")])
    assert answered(ev("c", "REJECT", 2, [AFG], []), [accuse], None) is None
    far = ev("a", "ACCUSE", 1, [PAK], [AFG])
    assert answered(ev("c", "REJECT", 40, [AFG], []), [far], None) is None


def test_a_negated_accusation_is_not_answered():
    assert answered(ev("c", "REJECT", 2, [AFG], []), [ev("a", "ACCUSE", 1, [PAK], [AFG], negated=True)], None) is None


def test_a_denial_naming_no_one_is_addressed_to_the_accuser_it_answers():
    from jirga.claims import _address_accuser
    accuse = ev("a", "ACCUSE", 1, [PAK], [AFG])
    deny = ev("c", "REJECT", 9, [AFG], [])
    _address_accuser(deny, accuse)
    (to,) = deny.recipient
    assert (to.text, to.country, to.sector, to.start, to.end) == ("", "PAK", "GOV", deny.trigger.start, deny.trigger.start)
    # one named already, or an accuser of its own side, or several accusers: left as it is
    named = ev("d", "REJECT", 9, [AFG], [USA])
    _address_accuser(named, accuse)
    assert named.recipient == [USA]
    own = ev("e", "REJECT", 9, [PAK], [])
    _address_accuser(own, accuse)
    assert own.recipient == []
    both = ev("f", "REJECT", 9, [AFG], [])
    _address_accuser(both, ev("g", "ACCUSE", 1, [PAK, USA], [AFG]))
    assert both.recipient == []


def test_a_denial_paragraphs_after_the_accusation_is_addressed_to_the_accuser(res):
    from jirga.pipeline import Pipeline
    from jirga.model import Document
    text = ("Pakistan accuses the Taliban of sheltering TTP militants. Trade fell by half last year. "
            "Exports of fruit were hit hardest. The de facto Afghan government maintains it does not "
            "support the TTP or any other foreign militant group.")
    doc = next(iter(Pipeline(db=None, res=res).documents([Document(id="t", text=text, published="2024-01-10")])))
    deny = next(e for e in doc.events if e.event_type == "REJECT")
    assert [(r.country, r.sector) for r in deny.recipient] == [("PAK", "GOV")]


def test_a_denial_repeated_by_the_same_party_answers_the_same_accusation():
    # the accusation is against the militants, not the denier: only the first denial names it
    accuse = ev("a", "ACCUSE", 1, [PAK], [ref("the TTP", "PAK", "REB")])
    first = ev("b", "REJECT", 2, [AFG], [])
    first.answers = ["a"]
    again = ev("c", "REJECT", 3, [ref("the de facto Afghan government", "AFG", "GOV")], [])
    assert answered(again, [accuse, first], None) is accuse
    # another party's denial is no repetition
    assert answered(ev("d", "REJECT", 3, [USA], []), [accuse, first], None) is None
