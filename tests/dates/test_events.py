"""Which time expression dates each event (``jirga.dates.events``)."""
import pytest

from jirga.dates import NO_DCT_NOTE, date_events, precision_of
from jirga.model import Document, Event, Sentence, Span
from tests.handmade import hand_doc


def test_precision():
    assert precision_of("2024-01-08") == ("2024-01-08", "day")
    assert precision_of("2024-W02") == ("2024-W02", "week")
    assert precision_of("2023-12") == ("2023-12", "month")
    assert precision_of("2024") == ("2024", "year")
    assert precision_of("P2W") is None


@pytest.mark.model
def test_date_events(parse, res):
    from jirga.dates import date_events, timex_document
    from jirga.model import Event, Span
    # a present perfect is not told in the time the sentence before set: the publication day
    text = "The January 8 meeting involved Rehman. The minister has spoken to reporters."
    doc = parse(text, "2024-01-09")
    s0, s1 = doc.sentences[0], doc.sentences[1]
    i, j = text.index("meeting"), text.index("spoke")
    doc.events = [Event(doc.id, "a", "CONSULT", s0, Span(i, i + 7, "meeting")),
                  Event(doc.id, "b", "CONSULT", s1, Span(j, j + 5, "spoke"))]
    timex_document(doc, res)
    date_events(doc, res)
    assert (doc.events[0].date, doc.events[0].date_precision) == ("2024-01-08", "day")
    assert (doc.events[1].date, doc.events[1].date_precision) == ("2024-01-09", "day")
    assert doc.notes == []


@pytest.mark.model
def test_no_publication_date_noted(parse, res):
    from jirga.dates import date_events
    from jirga.model import Event, Span
    text = "The minister spoke to reporters."
    doc = parse(text, None)
    j = text.index("spoke")
    doc.events = [Event(doc.id, "b", "CONSULT", doc.sentences[0], Span(j, j + 5, "spoke"))]
    date_events(doc, res)
    assert doc.events[0].date is None
    assert doc.notes == [NO_DCT_NOTE]


def _dated(parse, res, text, dct, triggers):
    """Date hand-built events, one per trigger word (first occurrence, or (word, nth))."""
    from jirga.dates import date_events, timex_document
    from jirga.model import Event, Span
    doc = parse(text, dct)
    evs = []
    for k, w in enumerate(triggers):
        i = text.index(w)
        sent = next(s for s in doc.sentences if s.start <= i < s.end)
        evs.append(Event(doc.id, f"e{k}", "CONSULT", sent, Span(i, i + len(w), w)))
    doc.events = evs
    timex_document(doc, res)
    date_events(doc, res)
    return {w: (e.date, e.date_precision) for w, e in zip(triggers, evs)}


@pytest.mark.model
@pytest.mark.parametrize("text,dct,expected", [
    # apposition: the date inside the appositive describes someone, not the meeting
    ("Rana, the first envoy to travel there since the coup in March, met the governor.",
     "2023-06-10", {"met": ("2023-06-10", "day")}),
    # relative clause: 'in May' dates the signing, not the talks
    ("The mayor, who signed the accord in May, held talks with elders.",
     "2023-06-10", {"signed": ("2023-05", "month"), "talks": ("2023-06-10", "day")}),
    # 'since' anchor: a bound, not the date
    ("Officials have detained the journalist since February.",
     "2023-06-10", {"detained": ("2023-06-10", "day")}),
    # 'after' anchor on a nominal, the event of the anchor keeps its own date
    ("The ministers met after the border clash on Sunday.",
     "2023-06-07", {"met": ("2023-06-07", "day"), "clash": ("2023-06-04", "day")}),
    # nominal trigger with a date compound
    ("Reporters described the January 8 meeting as tense.",
     "2023-02-01", {"meeting": ("2023-01-08", "day"), "described": ("2023-02-01", "day")}),
    # possessive date on a noun: the attack is Monday's, the condemnation is not
    ("The council condemned Monday's attack on the convoy.",
     "2023-06-10", {"attack": ("2023-06-05", "day"), "condemned": ("2023-06-10", "day")}),
    # a verb dated by an 'in' adjunct whose noun carries the date
    ("Four guards died in Monday's attack.", "2023-06-10", {"died": ("2023-06-05", "day")}),
    # reported speech: the statement is Tuesday, the assault last week
    ("The governor said on Tuesday that gunmen attacked the checkpoint last week.",
     "2023-06-08", {"said": ("2023-06-06", "day"), "attacked": ("2023-W22", "week")}),
    # shared adjunct across a subjectless verb conjunction
    ("Rebels stormed the town on Friday and burned the market.",
     "2023-06-10", {"stormed": ("2023-06-09", "day"), "burned": ("2023-06-09", "day")}),
    # a support verb carries the nominal's date
    ("The two delegations held talks in Doha on Thursday.",
     "2023-06-10", {"talks": ("2023-06-08", "day")}),
    ("The talks held in Doha last month ended without a deal.",
     "2023-06-10", {"talks": ("2023-05", "month")}),
    # a 'when' clause tells when the main clause happened; its own time words come first
    ("Six guards were killed when gunmen stormed the depot on Monday.",
     "2023-06-08", {"killed": ("2023-06-05", "day")}),
    ("Six guards were killed on Sunday when gunmen stormed the depot on Monday.",
     "2023-06-08", {"killed": ("2023-06-04", "day")}),
    # 'after' is another act: its time does not date the main clause
    ("Six guards were killed after gunmen stormed the depot on Monday.",
     "2023-06-08", {"killed": ("2023-06-08", "day")}),
    # ... while the act of an 'after' clause takes the clause's own time
    ("It was the second attack in a week, after a bombing at a seminary on Friday killed a cleric.",
     "2025-03-05", {"killed": ("2025-02-28", "day")}),
    ("Talks resumed on Monday after militants attacked a convoy on Friday.",
     "2025-03-05", {"resumed": ("2025-03-03", "day"), "attacked": ("2025-02-28", "day")}),
    # but 'before dawn' only tells the time of day
    ("Commandos raided the compound before dawn on Monday.", "2023-06-08", {"raided": ("2023-06-05", "day")}),
    ("Jets struck the ridge shortly after sunset on Tuesday.", "2023-06-08", {"struck": ("2023-06-06", "day")}),
])
def test_event_date_attribution(parse, res, text, dct, expected):
    assert _dated(parse, res, text, dct, list(expected)) == expected


@pytest.mark.model
def test_relative_clause_date_stays_in_its_clause(parse, res):
    got = _dated(parse, res, "The envoy, who arrived on Tuesday, met the elders.", "2023-06-10",
                 ["met", "arrived"])
    assert got == {"met": ("2023-06-10", "day"), "arrived": ("2023-06-06", "day")}
    # without a publication date nothing can be dated: 'Tuesday' has no calendar value
    assert _dated(parse, res, "The envoy, who arrived on Tuesday, met the elders.", None,
                  ["met", "arrived"]) == {"met": (None, None), "arrived": (None, None)}


@pytest.mark.model
@pytest.mark.parametrize("text,dct,expected", [
    # the event noun a verb describes: its subject or the relative clause on it
    ("The March 26 attack struck a convoy of engineers.", "2023-06-10", {"struck": ("2023-03-26", "day")}),
    ("Police blamed Saturday's bombing, which killed four people, on the group.",
     "2023-06-14", {"killed": ("2023-06-10", "day"), "blamed": ("2023-06-14", "day")}),
    # a fronted time adjunct covers a coordinated clause with its own subject
    ("On Monday the two armies exchanged fire, and a soldier was wounded.",
     "2023-06-10", {"wounded": ("2023-06-05", "day")}),
    # but a date in the second conjunct does not reach back to the first
    ("Rebels seized the pass, and on Monday the army attacked them.",
     "2023-06-10", {"seized": ("2023-06-10", "day"), "attacked": ("2023-06-05", "day")}),
    # 'reported on' an event is not dated by it
    ("The broadcaster reported on Monday's raid.", "2023-06-10", {"reported": ("2023-06-10", "day")}),
    # a relative clause hung on the place of an event noun tells of that event
    ("Troops searched the valley after Friday's ambush on a convoy near Tal, which killed nine guards.",
     "2023-06-14", {"killed": ("2023-06-09", "day"), "searched": ("2023-06-14", "day")}),
    # but a clause on a place that is no event's stays undated by the noun's words
    ("Monday's convoy reached the village, which gunmen attacked last week.",
     "2023-06-14", {"attacked": ("2023-W23", "week")}),
    # the object of 'since' holds its own relative clause, dated by the object's words
    ("Miners went back to the pit for the first time since the May explosion that killed six of them.",
     "2023-06-14", {"killed": ("2023-05", "month"), "went": ("2023-06-14", "day")}),
])
def test_event_nouns_and_conjuncts(parse, res, text, dct, expected):
    assert _dated(parse, res, text, dct, list(expected)) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,dct,expected", [
    ("Militants raided the post on Sunday, killing three guards.", "2023-06-14", {"killing": ("2023-06-11", "day")}),
    ("Two men died on Sunday when troops fired on the crowd.", "2023-06-14", {"fired": ("2023-06-11", "day")}),
    # an 'after' clause's act came on or before the day of the act it anchors (a bound, as
    # the publication day is, but nearer); that day does not date the anchored act itself
    ("The crossing reopened on Tuesday after Kabul agreed to the terms.", "2023-06-15",
     {"agreed": ("2023-06-13", "day"), "reopened": ("2023-06-13", "day")}),
    ("Pakistan closed the crossing on Friday following clashes with Afghan forces.", "2023-06-15",
     {"closed": ("2023-06-09", "day"), "clashes": ("2023-06-09", "day")}),
    # how long before, when the anchor says it
    ("Officials reopened the gate on Monday, two days after Pakistan closed it.", "2023-06-15",
     {"reopened": ("2023-06-12", "day"), "closed": ("2023-06-10", "day")}),
    ("Officials reopened the gate on Monday, a week after Pakistan closed it.", "2023-06-15",
     {"reopened": ("2023-06-12", "day"), "closed": ("2023-06-05", "day")}),
    # counted back from the day a clause of no act names ('stayed shut on Thursday')
    ("The crossing stayed shut on Thursday, a day after Pakistan closed it.", "2023-06-15",
     {"closed": ("2023-06-14", "day")}),
    # not before a plan, nor before a month: the publication day stays the bound
    ("Pakistan will close the crossing next week after clashes with Afghan forces.", "2023-06-15",
     {"close": ("2023-W25", "week"), "clashes": ("2023-06-15", "day")}),
    ("Pakistan closed the crossing in May after clashes with Afghan forces.", "2023-06-15",
     {"closed": ("2023-05", "month"), "clashes": ("2023-06-15", "day")}),
    # a past verb with no subject nor mark is a conjunct the parser hung as a clause: the list's time
    ("In 2017 the CST supported the State Inauguration, the Mayor's Charity Ball, worked with Boston Police "
     "at every home game, and answered many calls.", None, {"worked": ("2017", "year")}),
])
def test_adverbial_clauses(parse, res, text, dct, expected):
    assert _dated(parse, res, text, dct, list(expected)) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,dct,expected", [
    # the time of what is claimed is not the time of the claim
    ("The senator claimed that thousands of people voted illegally in Ohio in 2016.", "2018-04-05",
     {"claimed": ("2018-04-05", "day")}),
    # a clause the parser hangs on a verb that says nothing keeps the sentence's time
    ("Militants attacked a security forces compound in Daraban on Tuesday, killing 23 troops.", "2023-12-13",
     {"attacked": ("2023-12-12", "day")}),
])
def test_a_claims_content_keeps_its_time(parse, res, text, dct, expected):
    assert _dated(parse, res, text, dct, list(expected)) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,dct,expected", [
    # a 'that' clause of a dated report verb: on or before the report, marked as its date
    ("Officials said on Tuesday that militants had attacked a checkpoint.", "2023-06-09",
     {"attacked": ("2023-06-06", "day"), "said": ("2023-06-06", "day")}),
    ("The army told reporters on Monday that troops had seized the pass.", "2023-06-08",
     {"seized": ("2023-06-05", "day"), "told": ("2023-06-05", "day")}),
    # fronted content, report verb after it
    ("The two sides agreed to expand trade, his office said on Saturday.", "2023-06-12",
     {"agreed": ("2023-06-10", "day"), "said": ("2023-06-10", "day")}),
    ("Gunmen killed four policemen, the ministry said in a statement on Sunday.", "2023-06-13",
     {"killed": ("2023-06-11", "day")}),
    # an event noun inside the content
    ("Police confirmed on Sunday that the talks had collapsed.", "2023-06-13",
     {"talks": ("2023-06-11", "day")}),
    # the report's precision carries over
    ("The envoy announced last week that the two governments had reopened the crossing.",
     "2023-06-13", {"reopened": ("2023-W23", "week")}),
    # the content's own date still wins over the report's
    ("The governor said on Friday that gunmen had raided the post in May.", "2023-06-13",
     {"raided": ("2023-05", "month")}),
    # a report without a date of its own: the publication date, as before
    ("Militants attacked a checkpoint, officials said.", "2023-06-13",
     {"attacked": ("2023-06-13", "day")}),
    # nested reports: the nearest dated one
    ("The minister said on Thursday that the governor had told him troops killed five.",
     "2023-06-13", {"killed": ("2023-06-08", "day")}),
    # 'according to X on Tuesday' is in the event's own clause
    ("Militants attacked a checkpoint in Khyber, according to police on Tuesday.", "2023-06-09",
     {"attacked": ("2023-06-06", "day")}),
    # claimed responsibility for an event: the claim bounds it
    ("The group claimed responsibility on Monday for a bombing that killed 20 people.",
     "2023-06-07", {"killed": ("2023-06-05", "day"), "bombing": ("2023-06-05", "day")}),
])
def test_reported_events_take_the_report_date(parse, res, text, dct, expected):
    assert _dated(parse, res, text, dct, list(expected)) == expected


@pytest.mark.model
def test_a_dated_report_does_not_reach_events_outside_its_content(parse, res):
    # the attack is not what was said; 'said' is a conjunct, not a report of 'attacked'
    got = _dated(parse, res, "Militants attacked a checkpoint last month. The governor said on "
                 "Tuesday that the province was calm.", "2023-06-09", ["attacked", "calm"])
    assert got["attacked"] == ("2023-05", "month")
    # condemning is not reporting: the condemned event keeps the publication date
    got = _dated(parse, res, "The council condemned on Tuesday the attack that killed five.",
                 "2023-06-09", ["killed"])
    assert got == {"killed": ("2023-06-09", "day")}


@pytest.mark.model
@pytest.mark.parametrize("text,dct,expected", [
    # the time hangs off the last clause: the sentence's only event takes it
    ("Six sailors were killed when marines stormed the tanker as it sailed to Aden in June 2019.",
     "2024-02-10", {"killed": ("2019-06", "month")}),
    # a noun event nearest the date takes it, the event farther away does not
    ("The talks followed heavy fighting between the rival militias on Saturday.",
     "2024-02-08", {"fighting": ("2024-02-03", "day"), "talks": ("2024-02-08", "day")}),
    # an anchor between the two: the date is the anchor's event's
    ("This is the envoy's first trip to the capital after the fall of the regime in May 2020.",
     "2024-02-10", {"trip": ("2024-02-10", "day")}),
    # a date after the publication is no past event's
    ("Ten protesters were arrested when police cleared a square where a rally is planned for next week.",
     "2024-02-10", {"arrested": ("2024-02-10", "day")}),
])
def test_a_past_date_elsewhere_in_the_sentence_dates_the_event_nearest_it(parse, res, text, dct, expected):
    assert _dated(parse, res, text, dct, list(expected)) == expected


# -- without the model: hand-built parses, or no parse at all ----------------------------------------

RELATIVE = hand_doc("""
    0  The     DET   DT  det   1  the
    1  envoy   NOUN  NN  nsubj 8  envoy
    2  ,       PUNCT ,   punct 1  ,
    3  who     PRON  WP  nsubj 4  who
    4  arrived VERB  VBD relcl 1  arrive
    5  on      ADP   IN  prep  4  on
    6  Tuesday PROPN NNP pobj  5  Tuesday B-DATE
    7  ,       PUNCT ,   punct 1  ,
    8  met     VERB  VBD ROOT  8  meet
    9  the     DET   DT  det   10 the
    10 elders  NOUN  NNS dobj  8  elder
    11 .       PUNCT .   punct 8  .
""")

REPORTED = hand_doc("""
    0 Officials  NOUN  NNS nsubj 1 official
    1 said       VERB  VBD ROOT  1 say
    2 on         ADP   IN  prep  1 on
    3 Tuesday    PROPN NNP pobj  2 Tuesday B-DATE
    4 that       SCONJ IN  mark  6 that
    5 militants  NOUN  NNS nsubj 6 militant
    6 attacked   VERB  VBD ccomp 1 attack
    7 a          DET   DT  det   8 a
    8 checkpoint NOUN  NN  dobj  6 checkpoint
    9 .          PUNCT .   punct 1 .
""")


def _doc(text, parsed, published, words):
    sent = Sentence(0, 0, len(text), text)
    events = []
    for w in words:
        i = text.index(w)
        events.append(Event("d", w, "CONSULT", sent, Span(i, i + len(w), w)))
    return Document(id="d", text=text, published=published, parsed=parsed, events=events)


def _dates(doc):
    date_events(doc)
    return {e.event_id: (e.date, e.date_precision) for e in doc.events}


def test_date_events_a_relative_clause_date_stays_in_its_clause():
    doc = _doc(RELATIVE.text, RELATIVE, "2023-06-10", ["met", "arrived"])
    assert _dates(doc) == {"met": ("2023-06-10", "day"), "arrived": ("2023-06-06", "day")}
    assert doc.notes == []


def test_date_events_the_content_of_a_dated_report_takes_its_date():
    doc = _doc(REPORTED.text, REPORTED, "2023-06-09", ["attacked", "said"])
    assert _dates(doc) == {"attacked": ("2023-06-06", "day"), "said": ("2023-06-06", "day")}


def test_date_events_without_a_parse_the_nearest_time_in_the_sentence():
    text = "Talks began in May. On Tuesday the envoy met elders."
    doc = _doc(text, None, "2023-06-10", ["met"])
    doc.events[0].sentence = Sentence(1, 20, len(text), text[20:])
    assert _dates(doc) == {"met": ("2023-06-06", "day")}


def test_date_events_without_any_date_a_note():
    doc = _doc(RELATIVE.text, RELATIVE, None, ["met", "arrived"])
    assert _dates(doc) == {"met": (None, None), "arrived": (None, None)}
    date_events(doc)
    assert doc.notes == [NO_DCT_NOTE]          # noted once


def test_date_events_durations_date_nothing():
    text = "Troops killed 12 militants in the past 24 hours."
    doc = _doc(text, None, "2023-12-20", ["killed"])
    assert _dates(doc) == {"killed": ("2023-12-20", "day")}


@pytest.mark.parametrize("value,expected", [
    ("2024-01-08T15:00", ("2024-01-08", "day")), ("2024-01-08TNI", ("2024-01-08", "day")),
    ("2024-W02-WE", ("2024-W02", "week")), ("2024-Q1", ("2024", "year")), ("2022-SU", ("2022", "year")),
    ("2024-H2", ("2024", "year")), ("PRESENT_REF", None), ("XXXX-12-16", None), ("199", None), ("P1D", None),
])
def test_precision_of_more_values(value, expected):
    assert precision_of(value) == expected


def test_date_events_say_where_each_date_comes_from():
    doc = _doc(REPORTED.text, REPORTED, "2023-06-09", ["attacked", "said"])
    date_events(doc)
    assert {e.event_id: e.date_basis for e in doc.events} == {"attacked": "report", "said": "text"}
    doc = _doc(RELATIVE.text, RELATIVE, "2023-06-10", ["met", "arrived"])
    date_events(doc)
    assert {e.event_id: e.date_basis for e in doc.events} == {"met": "published", "arrived": "text"}
    doc = _doc(RELATIVE.text, RELATIVE, None, ["met"])
    date_events(doc)
    assert doc.events[0].date_basis is None


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, expected", [
    # 'be to': the verb under it is the clause of the event noun
    ("A summit is to be held next month in Doha.", "summit", ("2024-02", "month", True)),
    ("Pakistan and Afghanistan are to hold talks next week.", "talks", ("2024-W03", "week", True)),
    # the clause's own date after the publication day: not happened yet, whatever the tense
    ("Delegations meet in Doha next month.", "meet", ("2024-02", "month", True)),
    # on or before the publication day: an event
    ("The envoy arrived in Kabul on Monday.", "arrived", ("2024-01-08", "day", False)),
    ("Talks were held this month in Doha.", "Talks", ("2024-01", "month", False)),
])
def test_date_events_a_date_after_publication_marks_the_event_future(parse, res, text, trigger, expected):
    from jirga.dates import date_events, timex_document
    doc = parse(text, "2024-01-09")
    i = text.index(trigger)
    doc.events = [Event(doc.id, "e", "CONSULT", doc.sentences[0], Span(i, i + len(trigger), trigger))]
    timex_document(doc, res)
    date_events(doc, res)
    ev = doc.events[0]
    assert (ev.date, ev.date_precision, ev.future) == expected


@pytest.mark.model
def test_date_events_a_promise_of_a_later_act_is_dated_when_made(parse, res):
    from jirga.dates import date_events, timex_document
    text = "The two sides agreed to meet in Doha next month."
    doc = parse(text, "2024-01-09")
    i = text.index("meet")
    doc.events = [Event(doc.id, "e", "AGREE", doc.sentences[0], Span(i, i + 4, "meet"))]
    timex_document(doc, res)
    date_events(doc, res)
    ev = doc.events[0]
    assert (ev.date, ev.date_basis, ev.future) == ("2024-01-09", "published", False)


# -- classes seen on real news: a story's own past time ----------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text,dct,expected", [
    # an event beyond the date that does not hold it is no nearer claimant; a noun that only
    # modifies another ('aid supplies') is no event
    ("Four crew members were killed aboard the cargo vessel when soldiers stopped it while it carried "
     "aid supplies to Tripoli in April 2011 in defiance of a naval embargo.", "2015-06-10",
     {"killed": ("2011-04", "month"), "embargo": ("2015-06-10", "day")}),
    # a noun beyond the date that is its clause's subject shares the date
    ("In June 2019, fierce clashes erupted along the border despite a truce.", "2023-02-10",
     {"clashes": ("2019-06", "month"), "truce": ("2023-02-10", "day")}),
    # an object of the clause the date hangs off is the nearer claimant, beyond it or not
    ("The group, which carried out an attack last year, claimed the bombing.", "2024-03-20",
     {"attack": ("2023", "year"), "bombing": ("2024-03-20", "day")}),
    # a span of time of the event's own clause frames it: the sentence's date is another's
    ("In recent weeks, the authorities have moved to deport thousands of migrants under a decree "
     "issued in March.", "2024-06-10", {"deport": ("2024-06-10", "day")}),
])
def test_a_past_date_of_the_sentence_and_its_claimants(parse, res, text, dct, expected):
    assert _dated(parse, res, text, dct, list(expected)) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,dct,expected", [
    # a past tense right after a sentence dated in the past goes on in its time, also when
    # a past verb reports it
    ("The March 3 summit brought together the two foreign ministers. The host minister "
     "reiterated that his government wants calm borders.", "2024-03-04",
     {"summit": ("2024-03-03", "day"), "wants": ("2024-03-03", "day")}),
    # a past perfect passes it on; a simple past does not take a date so passed
    ("Eleven workers died in the fire at the depot in August 2016. Investigators found that the "
     "guards had locked the gates. The guards had fled before the blaze.", "2019-01-10",
     {"died": ("2016-08", "month"), "found": ("2016-08", "month"),
      "fled": ("2016-08", "month")}),
    ("Officials met on Sunday to review the truce. The May 2 talks ended without a deal. Both "
     "delegations left the hall. The envoy blamed the hosts.", "2024-05-06",
     {"met": ("2024-05-05", "day"), "talks": ("2024-05-02", "day"), "left": ("2024-05-02", "day"),
      "blamed": ("2024-05-06", "day")}),
    # not after a sentence with acts on two days, nor with a time of its own, nor in the
    # present perfect
    ("Rebels shelled the airport on Monday and ambushed a convoy on Tuesday. The army blamed "
     "foreign fighters.", "2024-05-08", {"blamed": ("2024-05-08", "day")}),
    ("The May 2 talks ended without a deal. The envoy left on Friday. The hosts have blamed him.",
     "2024-05-06", {"left": ("2024-05-03", "day"), "blamed": ("2024-05-06", "day")}),
    # an undated act in the present perfect: the sentence's past date is not its only time
    ("The premier has apologised for the 1998 shelling of the port. He also agreed to pay "
     "compensation.", "2024-03-22", {"apologised": ("2024-03-22", "day"), "shelling": ("1998", "year"),
                                     "agreed": ("2024-03-22", "day")}),
    # an act that anchors another ('after X invited him last month') sets no time
    ("The envoy is visiting the capital after the rulers invited him last month. Before leaving, "
     "he met officials at home.", "2024-01-09", {"invited": ("2023-12", "month"), "met": ("2024-01-09", "day")}),
])
def test_a_story_goes_on_in_the_past_time_it_set(parse, res, text, dct, expected):
    assert _dated(parse, res, text, dct, list(expected)) == expected


@pytest.mark.model
def test_at_the_time_points_back_at_the_time_just_named(parse, res):
    got = _dated(parse, res, "Fighting broke out along the border in June 2019, reports said. At the "
                 "time, the army chief flew to the capital.", "2023-02-10", ["flew"])
    assert got == {"flew": ("2019-06", "month")}
    # no time named before, or two: the publication day
    got = _dated(parse, res, "At the time, the army chief flew to the capital.", "2023-02-10", ["flew"])
    assert got == {"flew": ("2023-02-10", "day")}
    got = _dated(parse, res, "Fighting broke out in June 2019 and again in May 2020. At the time, the "
                 "army chief flew to the capital.", "2023-02-10", ["flew"])
    assert got == {"flew": ("2023-02-10", "day")}


@pytest.mark.model
@pytest.mark.parametrize("text,dct,expected", [
    # the event noun of an anchor phrase is dated by it; the anchored event is not
    ("Police detained 12 protesters after Friday's march.", "2024-03-20",
     {"march": ("2024-03-15", "day"), "detained": ("2024-03-20", "day")}),
    # days or weeks before or after a dated anchor move its day
    ("Troops pulled out of the town a week after the March 3 ceasefire.", "2024-03-20",
     {"pulled": ("2024-03-10", "day"), "ceasefire": ("2024-03-03", "day")}),
    ("The rebels freed the hostages two days before the truce took effect on March 3.", "2024-03-20",
     {"freed": ("2024-03-01", "day")}),
    # not into the future: the publication day
    ("Troops pulled out of the town a week after the March 18 ceasefire.", "2024-03-20",
     {"pulled": ("2024-03-20", "day")}),
    # counted back from a clause that codes no act: the day its subject names, the day the
    # story last told for what 'the' noun takes up, else the day of writing as a bound
    ("The clash on Wednesday came four days after fighting along the border left 30 dead.", "2024-03-22",
     {"fighting": ("2024-03-16", "day")}),
    ("Militants raided a checkpoint in Zhob on Tuesday. The raid came a day after gunmen shot "
     "two policemen in Quetta.", "2024-03-20", {"raided": ("2024-03-19", "day"), "shot": ("2024-03-18", "day")}),
    ("Protests spread across the province. They came a week after police killed two students.",
     "2024-03-20", {"killed": ("2024-03-13", "day")}),
    # a time word right before the act noun names its time, however the parser hangs it
    ("Shells landed on the villages during the weekend fighting between the two armies.", "2024-03-20",
     {"fighting": ("2024-W11", "week")}),
])
def test_anchors_and_spans_from_them(parse, res, text, dct, expected):
    assert _dated(parse, res, text, dct, list(expected)) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("For several days beginning on July 9, 2015, dozens of lawyers were detained.", "2015-07-09"),
    ("A week of talks starting on 3 March 2021 ended in a truce.", "2021-03-03"),
    ("- Crackdown - For several days beginning on July 9, 2015, dozens of lawyers were detained.",
     "2015-07-09"),
])
def test_a_span_dates_its_acts_by_the_day_it_starts(parse, res, text, expected):
    w = "detained" if "detained" in text else "talks"
    assert _dated(parse, res, text, None, [w])[w][0] == expected


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("The governor was detained in June 2019 soon after he was removed from office.",
     {"detained": "2019-06", "removed": "2019-06"}),
    ("The mayor was jailed in 2015 shortly after the council expelled him.",
     {"jailed": "2015", "expelled": "2015"}),
    # 'after' alone says nothing of how long after
    ("The governor was detained in June 2019 after he was removed from office.",
     {"detained": "2019-06", "removed": None}),
    # a day only when the anchor says the acts were that close
    ("The governor was detained on 4 June 2019 soon after he was removed from office.",
     {"detained": "2019-06-04", "removed": None}),
])
def test_an_act_close_to_an_anchor_shares_its_period(parse, res, text, expected):
    got = _dated(parse, res, text, None, list(expected))
    assert {w: d for w, (d, _) in got.items()} == expected


@pytest.mark.model
def test_a_past_date_of_a_long_sentence_dates_its_act_without_a_publication_date(res):
    from jirga.model import Document
    from jirga.pipeline import Pipeline
    text = ("Nine people were killed when Israeli commandos boarded the Turkish ship while it sailed "
            "to Gaza in May 2010, the activists said.")
    for published in ("2013-03-22", None):     # nothing to tell past from future: the date is still closer than none
        doc = next(iter(Pipeline(db=None, res=res).documents([Document(id="t", text=text, published=published)])))
        killed = next(e for e in doc.events if e.trigger.text == "killed")
        assert (killed.date, killed.date_basis) == ("2010-05", "sentence")


@pytest.mark.model
@pytest.mark.parametrize("text,word,expected", [
    # a deadline for an act not yet done bounds that act; it does not date the order
    ("Islamabad has ordered all undocumented Afghans to leave the country by November 1.", "ordered",
     ("2024-01-10", "day")),
    # a clock time after 'by' of an act done dates it
    ("By 9.30 PM on Monday the Speaker moved the House for a vote.", "moved", ("2024-01-08", "day")),
])
def test_a_deadline_bounds_an_act_not_yet_done(parse, res, text, word, expected):
    assert _dated(parse, res, text, "2024-01-10", [word]) == {word: expected}
