"""Token predicates shared by the coder and the actor stage (``jirga/tokens.py``), on
hand-built parses: no trained model needed."""
import pytest

from jirga.tokens import clause_marks, described, is_actorish, is_reciprocal, kids, lemmas, pobjs, self_actor, span_root
from tests.handmade import hand_doc, tok

REJECTED = hand_doc("""
    0 Pakistan PROPN NNP nsubj 1 Pakistan B-GPE
    1 rejected VERB  VBD ROOT  1 reject
    2 the      DET   DT  det   4 the
    3 Indian   ADJ   JJ  amod  4 indian B-NORP
    4 proposal NOUN  NN  dobj  1 proposal
    5 on       ADP   IN  prep  1 on
    6 Monday   PROPN NNP pobj  5 Monday B-DATE
    7 .        PUNCT .   punct 1 .
""")

APPOSED = hand_doc("""
    0  Qureshi  PROPN NNP nsubj 8 Qureshi B-PERSON
    1  ,        PUNCT ,   punct 0 ,
    2  the      DET   DT  det   4 the
    3  first    ADJ   JJ  amod  4 first B-ORDINAL
    4  minister NOUN  NN  appos 0 minister
    5  to       PART  TO  aux   6 to
    6  visit    VERB  VB  relcl 4 visit
    7  ,        PUNCT ,   punct 0 ,
    8  met      VERB  VBD ROOT  8 meet
    9  him      PRON  PRP dobj  8 he
    10 .        PUNCT .   punct 8 .
""")

COPULA = hand_doc("""
    0 She      PRON  PRP nsubj 1 she
    1 was      AUX   VBD ROOT  1 be
    2 the      DET   DT  det   4 the
    3 first    ADJ   JJ  amod  4 first B-ORDINAL
    4 minister NOUN  NN  attr  1 minister
    5 to       PART  TO  aux   6 to
    6 visit    VERB  VB  relcl 4 visit
    7 Kabul    PROPN NNP dobj  6 Kabul B-GPE
    8 .        PUNCT .   punct 1 .
""")

SECURITY = hand_doc("""
    0 Food      NOUN NN  compound 1 food
    1 security  NOUN NN  nsubj    2 security
    2 threatens VERB VBZ ROOT     2 threaten
    3 stability NOUN NN  dobj     2 stability
    4 .         PUNCT .  punct    2 .
""")


@pytest.mark.parametrize("text", ["the two sides", "both countries", "The Two  Rival Armies",
                                  "all three delegations", "two neighbouring states"])
def test_is_reciprocal_two_parties(text):
    assert is_reciprocal(text)


@pytest.mark.parametrize("text", ["two soldiers", "the sides", "both sides of the border", "Pakistan"])
def test_is_reciprocal_not_other_phrases(text):
    assert not is_reciprocal(text)


def test_is_actorish_entities_pronouns_and_agent_nouns(cues):
    assert is_actorish(tok(REJECTED, "Pakistan"), cues)               # GPE entity
    assert is_actorish(tok(APPOSED, "him"), cues)                     # person pronoun
    assert is_actorish(tok(APPOSED, "minister"), cues)                # agent noun
    assert not is_actorish(tok(REJECTED, "Monday"), cues)             # a proper noun that is a date
    assert not is_actorish(tok(SECURITY, "stability"), cues)


def test_is_actorish_through_a_modifier_but_self_actor_not(cues):
    proposal = tok(REJECTED, "proposal")
    assert is_actorish(proposal, cues)        # 'the Indian proposal': India acts through it
    assert not self_actor(proposal, cues)


def test_self_actor_abstract_nouns_are_not_actors(cues):
    assert not self_actor(tok(SECURITY, "security"), cues)
    assert self_actor(tok(REJECTED, "Pakistan"), cues)
    assert self_actor(tok(APPOSED, "minister"), cues)


def test_kids_keeps_children_with_the_given_deps():
    verb = tok(REJECTED, "rejected")
    assert [t.text for t in kids(verb, ("nsubj", "dobj"))] == ["Pakistan", "proposal"]
    assert kids(verb, ("iobj",)) == []


def test_described_apposition_is_said_of_its_head():
    assert described(tok(APPOSED, "minister")).text == "Qureshi"


def test_described_copula_attribute_is_said_of_the_subject():
    assert described(tok(COPULA, "minister")).text == "She"


def test_described_other_nouns_are_themselves():
    assert described(tok(REJECTED, "proposal")).text == "proposal"


# Guards were killed when gunmen fired.
WHEN = hand_doc("""
    0 Guards NOUN  NNS nsubjpass 2 guard
    1 were   AUX   VBD auxpass   2 be
    2 killed VERB  VBN ROOT      2 kill
    3 when   ADV   WRB advmod    5 when
    4 gunmen NOUN  NNS nsubj     5 gunman
    5 fired  VERB  VBD advcl     2 fire
    6 .      PUNCT .   punct     2 .
""")


def test_clause_marks_are_the_words_that_open_a_clause():
    assert clause_marks(tok(WHEN, "fired")) == {"when"}
    assert clause_marks(tok(WHEN, "killed")) == set()


def test_span_root_is_the_head_of_the_characters_widened_to_tokens():
    start = WHEN.text.index("were killed")
    assert span_root(WHEN, start, start + len("were killed")).text == "killed"
    assert span_root(WHEN, start + 1, start + 3).text == "were"     # part of a word: the word
    assert span_root(WHEN, len(WHEN.text), len(WHEN.text)) is None


SUMMONED = hand_doc("""
    0 Khan     PROPN NNP nsubjpass 2 Khan B-PERSON
    1 was      AUX   VBD auxpass   2 be
    2 summoned VERB  VBN ROOT      2 summon
    3 by       ADP   IN  agent     2 by
    4 judges   NOUN  NNS pobj      3 judge
    5 on       ADP   IN  prep      2 on
    6 Monday   PROPN NNP pobj      5 Monday B-DATE
    7 .        PUNCT .   punct     2 .
""")


def test_pobjs_reads_the_objects_of_the_prepositions_asked_for():
    v = tok(SUMMONED, "summoned")
    assert [t.text for t in pobjs(v, {"on"})] == ["Monday"]
    assert pobjs(v, {"by"}) == []                      # a passive's agent, only when asked for
    assert [t.text for t in pobjs(v, {"by"}, ("prep", "agent"))] == ["judges"]
    assert lemmas(pobjs(v, {"by", "on"}, ("prep", "agent"))) == {"judge", "Monday".lower()}
