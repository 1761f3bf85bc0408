"""Parsing (``jirga/nlp.py``). Paragraph and dateline breaks are tested on a blank English
pipeline, ``parse`` and ``parse_one`` on a rule-based sentencizer: no trained model needed
except where marked."""
from types import SimpleNamespace

import pytest
import spacy

from jirga import errors, nlp
from jirga.errors import JirgaError
from jirga.model import Document, Reject, Sentence
from tests.handmade import hand_doc


@pytest.fixture(scope="module")
def paragraphs():
    """A blank English pipeline with only the paragraph component ``load_model`` adds."""
    p = spacy.blank("en")
    p.add_pipe("jirga_paragraphs")
    return p


@pytest.fixture(scope="module")
def sentencizer():
    p = spacy.blank("en")
    p.add_pipe("sentencizer")
    return p


def _starts(doc):
    return [t.text for t in doc if t.is_sent_start]


def test_paragraphs_blank_line_starts_a_sentence(paragraphs):
    doc = paragraphs("Border reopens\n\nTrucks crossed the border on Monday.")
    assert doc[0].is_sent_start and doc[3].text == "Trucks" and doc[3].is_sent_start
    assert not doc[4].is_sent_start


def test_paragraphs_single_newline_is_no_break(paragraphs):
    doc = paragraphs("Trucks crossed\nthe border on Monday.")
    assert [t.is_sent_start for t in doc[1:]] == [None] * (len(doc) - 1)


def test_paragraphs_dateline_is_kept_apart_from_the_first_sentence(paragraphs):
    doc = paragraphs("KABUL, AFGHANISTAN – Talks resumed on Monday.")
    assert _starts(doc) == ["KABUL", "Talks"]
    assert doc[1].is_sent_start is False and doc[3].is_sent_start is False


def test_paragraphs_capitalised_words_without_a_dash_are_no_dateline(paragraphs):
    doc = paragraphs("NATO AND UN officials met on Monday.")
    assert _starts(doc) == ["NATO"] and doc[3].is_sent_start is None


def test_check_model_unknown_model_is_a_user_error():
    with pytest.raises(JirgaError) as exc:
        nlp.check_model("no_such_spacy_model_xyz")
    assert exc.value.code == errors.MODEL_MISSING and "setup.sh" in str(exc.value)


@pytest.mark.model
def test_check_model_installed_models_pass():
    nlp.check_model("en_core_web_md")
    nlp.check_model("md")


def test_load_model_unknown_model_is_a_user_error():
    with pytest.raises(JirgaError) as exc:
        nlp.load_model("no_such_spacy_model_xyz")
    assert exc.value.code == errors.MODEL_MISSING


def test_workers_at_most_two_by_default_and_never_more_than_the_cores(monkeypatch):
    monkeypatch.setattr(nlp.os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    assert nlp.workers(0) == nlp.workers(-1) == 2
    assert nlp.workers(1) == 1 and nlp.workers(3) == 3 and nlp.workers(16) == 4
    monkeypatch.setattr(nlp.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert nlp.workers(0) == 1 and nlp.workers(2) == 1


def test_sentences_of_numbers_sentences_with_document_offsets():
    doc = hand_doc("""
        0 Talks VERB VBD ROOT  0 talk
        1 .     PUNCT .  punct 0 .
        2 Kabul PROPN NNP nsubj 3 Kabul
        3 said VERB VBD ROOT  3 say
        4 .     PUNCT .  punct 3 .
    """)
    assert nlp.sentences_of(doc) == [Sentence(0, 0, 6, "Talks."), Sentence(1, 7, 18, "Kabul said.")]


def _res(pipeline, **settings):
    return SimpleNamespace(nlp=pipeline, settings={"batch_size": 2, **settings})


def test_parse_keeps_order_and_lets_rejected_documents_through(sentencizer):
    bad = Document(id="b", text="", rejects=[Reject("b", "b.txt", "ingest", errors.EMPTY, "empty")])
    docs = [Document(id="a", text="One. Two."), bad, Document(id="c", text="Three.")]
    out = list(nlp.parse(docs, _res(sentencizer)))
    assert [d.id for d in out] == ["a", "b", "c"]
    assert [s.text for s in out[0].sentences] == ["One.", "Two."] and out[0].parsed is not None
    assert out[1].parsed is None and out[1].sentences == []


def test_parse_a_text_longer_than_the_parser_limit_is_parsed_in_pieces(sentencizer):
    text = "Troops clashed near Torkham. Officials said so.\n\n" * 40 + "The end."
    long = Document(id="l", text=text, origin="big.txt")
    short = Document(id="s", text="Short text.")
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.max_length = 100
    out = list(nlp.parse([long, short], _res(pipeline)))
    assert not out[0].rejected and out[0].parsed.text == text
    assert all(text[s.start:s.end] == s.text for s in out[0].sentences)
    assert [s.text for s in out[0].sentences[:2]] == ["Troops clashed near Torkham.", "Officials said so."]
    assert out[0].notes == [f"text of {len(text):,} characters parsed in {len(nlp.pieces(text, 100))} pieces"]
    assert out[1].sentences[0].text == "Short text." and out[1].notes == []


def test_parse_one_a_long_text_is_parsed_in_pieces_joined_with_its_own_offsets(sentencizer):
    text = " Kabul said so.\n\n\tTalks  resumed\u00a0today. " * 30
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.max_length = 90
    doc = nlp.parse_one(Document(id="a", text=text), _res(pipeline))
    whole = spacy.blank("en")(text)
    assert doc.parsed.text == text and len(nlp.pieces(text, 90)) > 10
    assert [(t.text, t.idx) for t in doc.parsed] == [(t.text, t.idx) for t in whole]


def test_pieces_cut_after_a_blank_line_then_a_sentence_end_then_white_space():
    assert nlp.pieces("One two.\n\nThree four five six", 16) == [(0, 10), (10, 26), (26, 29)]
    assert nlp.pieces("One two. Three four five six", 16) == [(0, 9), (9, 25), (25, 28)]
    assert nlp.pieces("One two three four five six", 16) == [(0, 14), (14, 27)]
    assert nlp.pieces("x" * 20, 8) == [(0, 8), (8, 16), (16, 20)]   # no white space: at the limit
    assert nlp.pieces("short", 8) == [(0, 5)] and nlp.pieces("", 8) == [(0, 0)]


def test_pieces_only_in_the_second_half_of_the_window_and_never_inside_white_space():
    # the blank line at 3 is too early: the sentence end in the second half wins
    assert nlp.pieces("Hi.\n\nOne two three. Four five six seven", 24) == [(0, 20), (20, 39)]
    # a run of spaces crossing the limit is not cut inside
    assert nlp.pieces("aaaa bbbb cc" + " " * 8 + "dd", 16) == [(0, 10), (10, 22)]


@pytest.mark.parametrize("seed", range(5))
def test_pieces_cover_the_text_end_to_end_and_keep_its_tokens(seed):
    import random
    rnd = random.Random(seed)
    words = ["Kabul", "said", "so.", "talks", "resumed!", "\n\n", "\n", " ", "  ", "\t", "(Reuters)", "“quoted”"]
    text = " ".join(rnd.choice(words) for _ in range(400))
    spans = nlp.pieces(text, 60)
    assert "".join(text[a:b] for a, b in spans) == text and all(0 < b - a <= 60 for a, b in spans)
    blank = spacy.blank("en")
    joined = nlp.join([blank(text[a:b]) for a, b in spans], spans)
    assert joined.text == text
    assert [(t.text, t.whitespace_) for t in joined] == [(t.text, t.whitespace_) for t in blank(text)]


def test_batches_hold_at_most_size_texts_and_batch_chars(monkeypatch):
    monkeypatch.setattr(nlp, "BATCH_CHARS", 10)
    items = [("a" * n, i) for i, n in enumerate([4, 4, 4, 12, 1, 1, 1, 1])]
    assert [[i for _, i in b] for b in nlp._batches(items, 3)] == [[0, 1], [2], [3], [4, 5, 6], [7]]


def _cutter():
    p = spacy.blank("en")
    p.add_pipe("sentencizer")
    p.add_pipe("jirga_cut_long")
    p.add_pipe("jirga_flag_long")
    return p


def test_cut_long_a_stretch_without_a_sentence_end_is_cut_and_flagged(monkeypatch):
    monkeypatch.setattr(nlp, "LONG_SENTENCE", 10)
    text = "Talks resumed. " + "troops clashed with guards " * 6 + "today. Kabul said so."
    doc = _cutter()(text)
    sents = list(doc.sents)
    assert [len(s) for s in sents] == [3, 10, 10, 6, 4]
    assert doc.user_data[nlp.LONG_SENTENCES] == {s.start_char for s in sents[1:4]}
    assert doc.text == text


def test_cut_long_a_line_break_or_a_sentence_end_ends_a_stretch(monkeypatch):
    monkeypatch.setattr(nlp, "LONG_SENTENCE", 10)
    cutter = spacy.blank("en")
    cutter.add_pipe("jirga_cut_long")
    doc = cutter("one two three four five six\nseven eight nine ten eleven. twelve thirteen")
    assert nlp._CUT not in doc.user_data and [t.i for t in doc if t.is_sent_start] == [0]
    doc = cutter("one two three four five six seven eight nine ten eleven. twelve")
    assert doc.user_data[nlp._CUT] == [(0, 56)] and [t.i for t in doc if t.is_sent_start] == [0, 10]


def test_flag_long_a_sentence_longer_than_the_bound_is_flagged_even_uncut(monkeypatch):
    monkeypatch.setattr(nlp, "LONG_SENTENCE", 10)
    text = "The U.S. envoy met the U.S. team and the U.S. side in Kabul today. Talks resumed."
    doc = _cutter()(text)     # 'U.S.' ends no sentence for the sentencizer, but ends a stretch
    first, second = doc.sents
    assert len(first) > 10 and doc.user_data[nlp.LONG_SENTENCES] == {0}


def test_parse_notes_the_flagged_sentences(monkeypatch):
    monkeypatch.setattr(nlp, "LONG_SENTENCE", 10)
    [doc] = nlp.parse([Document(id="a", text="word " * 25 + ". Done.")], _res(_cutter()))
    assert doc.notes == ["3 sentence(s) without a sentence end for more than 10 tokens cut and not coded"]


def test_join_shifts_the_flagged_sentences_to_the_whole_text(monkeypatch):
    monkeypatch.setattr(nlp, "LONG_SENTENCE", 10)
    text = "Talks resumed.\n\n" + "word " * 30 + "\n\nDone."
    pipeline = _cutter()
    pipeline.max_length = 100
    doc = nlp.parse_one(Document(id="a", text=text), _res(pipeline))
    assert doc.parsed.text == text and len(nlp.pieces(text, 100)) == 2
    flagged = doc.parsed.user_data[nlp.LONG_SENTENCES]
    assert {s.start for s in doc.sentences if s.start in flagged} == flagged
    assert {s.text.split()[0] for s in doc.sentences if s.start in flagged} == {"word"}
    assert len(flagged) == 4 and doc.events == []    # two pieces, each cut in two


def test_join_a_cut_with_no_sentence_end_before_it_flags_both_sides(monkeypatch):
    monkeypatch.setattr(nlp, "LONG_SENTENCE", 10)
    text = "Talks resumed. " + "word " * 9 + "end. Done."     # 9 + 1 words: no stretch over 10
    pipeline = _cutter()
    pipeline.max_length = 40
    doc = nlp.parse_one(Document(id="a", text=text), _res(pipeline))
    spans = nlp.pieces(text, 40)
    assert not text[:spans[1][0]].rstrip().endswith(".")       # cut between two words
    flagged = sorted(doc.parsed.user_data[nlp.LONG_SENTENCES])
    assert flagged == [15, spans[1][0]] and doc.parsed.text == text


def test_parse_one_sets_the_parse_and_sentences(sentencizer):
    doc = nlp.parse_one(Document(id="a", text="One. Two."), _res(sentencizer))
    assert len(doc.sentences) == 2 and doc.parsed.text == "One. Two." and not doc.rejects


def test_parse_one_parser_failure_becomes_the_reject():
    class Refuse:
        max_length = 1_000_000

        def __call__(self, text):
            raise ValueError("[E088] text too long")
    doc = nlp.parse_one(Document(id="a", text="x"), _res(Refuse()))
    assert doc.rejected and doc.rejects[0].code == errors.NLP_FAILED
    assert doc.rejects[0].reason == "cannot parse: [E088] text too long" and doc.parsed is None


def test_parse_with_the_model_splits_a_dateline(res):
    [doc] = nlp.parse([Document(id="d", text="ISLAMABAD: The envoy left for Kabul on Monday.")], res)
    assert [s.text for s in doc.sentences] == ["ISLAMABAD:", "The envoy left for Kabul on Monday."]


def test_load_model_adds_the_long_sentence_components(nlp):
    names = nlp.pipe_names
    assert names.index("jirga_cut_long") < names.index("parser") < names.index("jirga_flag_long")
    assert names[-4:] == ["jirga_negations", "jirga_clitics", "jirga_perfects", "jirga_date_tails"]
    assert names.index("jirga_silent_e") == names.index("lemmatizer") + 1


@pytest.mark.parametrize("text,verb,lemma", [("Teachers staged a protest.", "staged", "stage"),
                                             ("They are staging a strike.", "staging", "stage"),
                                             ("The Taliban waged war.", "waged", "wage"),
                                             ("He hoped for talks.", "hoped", "hope"),
                                             ("They hopped on a bus.", "hopped", "hop"),
                                             ("Police visited the site.", "visited", "visit"),
                                             ("They banned it.", "banned", "ban")])
def test_a_one_syllable_verb_with_a_single_consonant_before_ed_keeps_its_silent_e(nlp, text, verb, lemma):
    assert next(t for t in nlp(text) if t.text == verb).lemma_ == lemma


def test_a_clitic_before_a_participle_with_an_object_is_has(nlp):
    doc = nlp("She\u2019s visited Kabul twice. He's condemned the attack. He's charged with murder.")
    visited, condemned, charged = (next(t for t in doc if t.text == w) for w in ("visited", "condemned", "charged"))
    for v in (visited, condemned):          # an object: active, the clitic is 'has'
        assert [(c.dep_, c.lemma_) for c in v.children if c.i < v.i and c.dep_ != "advmod"][1] == ("aux", "have")
        assert [c.dep_ for c in v.children if c.lower_ in ("she", "he")] == ["nsubj"]
    assert [c.dep_ for c in charged.children if c.lower_ == "he"] == ["nsubjpass"]   # no object: a passive


def test_a_clitic_with_a_typographic_apostrophe_reads_as_its_straight_form(nlp):
    doc = nlp("\u201cIt\u2019s unfair for them to close the border,\u201d he said. Kabul\u2019s envoy won\u2019t go.")
    clitics = [t for t in doc if t.text == "\u2019s"]
    assert clitics[0].lemma_ == "be"                     # 'It\u2019s unfair'
    assert clitics[1].lemma_ != "be"                     # the possessive keeps its own
    assert [t.lemma_ for t in doc if t.text == "n\u2019t"] == ["not"]


def test_parse_with_the_model_a_cut_stretch_stays_cut(res):
    text = "Talks resumed on Monday. " + "troops clashed with border guards near the crossing " * 80 + "\n\nDone."
    [doc] = nlp.parse([Document(id="d", text=text)], res)
    flagged = doc.parsed.user_data[nlp.LONG_SENTENCES]
    inside = [s for s in doc.parsed.sents if 24 < s.start_char < len(text) - 10]
    assert inside and all(len(s) <= nlp.LONG_SENTENCE and s.start_char in flagged for s in inside)
    assert doc.sentences[0].start not in flagged and len(doc.sentences) == len(list(doc.parsed.sents))


def test_paragraphs_a_headline_line_stands_apart_from_its_text(paragraphs):
    doc = paragraphs("Pakistan closes border crossing\nPakistan closed the Torkham crossing on Monday.")
    assert _starts(doc) == ["Pakistan", "Pakistan"]


def test_paragraphs_a_caption_and_a_line_that_ends_a_sentence_stand_apart(paragraphs):
    doc = paragraphs("Trucks crossed on Monday.\nPhoto: trucks at Torkham\nThe army said five died.")
    assert _starts(doc) == ["Trucks", "Photo", "The"]


def test_paragraphs_hard_wrapped_text_breaks_only_at_blank_lines(paragraphs):
    text = ("Pakistani officials said on Monday that the\ncrossing at Torkham would stay shut until\n"
            "Kabul stopped building the post, and that\ntraders should wait.\n\nTalks resumed.")
    assert nlp.hard_wrapped(text)
    assert _starts(paragraphs(text)) == ["Pakistani", "Talks"]
    assert not nlp.hard_wrapped("Border reopens\nTrucks crossed the border on Monday.")


def test_paragraphs_a_short_heading_stands_apart_in_wrapped_text(paragraphs):
    # a text wrapped at a fixed width, with a heading line: only the short line stands apart
    text = ("Pakistani officials said on Monday that the\ncrossing at Torkham would stay shut until\n"
            "Kabul stopped building the post, and that\ntraders should wait for the talks.\n"
            "Talks in Kabul\nThe two delegations met on Tuesday in\nKabul and agreed to reopen it.")
    assert nlp.hard_wrapped(text)
    assert _starts(paragraphs(text)) == ["Pakistani", "Talks", "The"]


def test_paragraphs_a_dateline_with_a_date_and_an_agency(paragraphs):
    doc = paragraphs("Border shut\nPESHAWAR, Jan 8 (Wire) - Pakistan closed the crossing.")
    assert _starts(doc) == ["Border", "PESHAWAR", "Pakistan"]


def test_paragraphs_an_acronym_before_a_dash_clause_is_no_dateline(paragraphs):
    doc = paragraphs("TTP - the Pakistani Taliban - attacked a post.")
    assert _starts(doc) == ["TTP"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Lawmakers traditionally don\u2019t meet on Fridays during legislative sessions.",
    "Lawmakers traditionally don't meet on Fridays during legislative sessions.",
])
def test_a_not_the_parser_takes_for_a_subject_negates_its_verb(parse, text):
    doc = parse(text)
    meet = next(t for t in doc.parsed if t.lemma_ == "meet")
    assert any(c.dep_ == "neg" for c in meet.children)
    assert [t.text for t in meet.children if t.dep_ == "nsubj"] == ["Lawmakers"]


@pytest.mark.model
def test_other_words_keep_their_labels(parse):
    doc = parse("Not all lawmakers met the envoy on Friday.")
    assert not any(t.dep_ == "neg" and t.head.lemma_ == "meet" for t in doc.parsed)


def test_a_date_run_on_into_the_subjects_name_ends_before_it(res):
    [doc] = nlp.parse([Document(id="d", text="On 1 February Macron criticised NATO.")], res)
    ents = [(e.text, e.label_) for e in doc.parsed.ents]
    assert ("1 February", "DATE") in ents and not any("Macron" in t for t, _ in ents)
    [doc] = nlp.parse([Document(id="d", text="On 3 March Sunday prayers were held.")], res)
    assert [e.text for e in doc.parsed.ents if e.label_ == "DATE"] == ["3 March Sunday"]   # no name in it
