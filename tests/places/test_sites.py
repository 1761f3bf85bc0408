"""Named sites the gazetteer lacks (``jirga/places/sites.py``), on hand-built parses."""
from jirga.model import Place
from jirga.places.sites import site_mentions, with_container
from tests.handmade import hand_doc

VILLAGE = hand_doc("""
    0 Gunmen   NOUN  NNS nsubj 1 gunman
    1 attacked VERB  VBD ROOT  1 attack
    2 the      DET   DT  det   3 the
    3 village  NOUN  NN  dobj  1 village
    4 of       ADP   IN  prep  3 of
    5 Tamthil  PROPN NNP pobj  4 Tamthil
    6 in       ADP   IN  prep  1 in
    7 Aleppo   PROPN NNP pobj  6 Aleppo B-GPE
    8 .        PUNCT .   punct 1 .
""")

QUARTER = hand_doc("""
    0  Clashes       NOUN  NNS nsubj    1 clash
    1  erupted       VERB  VBD ROOT     1 erupt
    2  in            ADP   IN  prep     1 in
    3  al            PROPN NNP compound 6 al B-ORG
    4  -             PROPN NNP punct    6 - I-ORG
    5  Tijara        PROPN NNP compound 6 Tijara I-ORG
    6  neighbourhood NOUN  NN  pobj     2 neighbourhood
    7  in            ADP   IN  prep     6 in
    8  central       ADJ   JJ  amod     9 central
    9  Damascus      PROPN NNP pobj     7 Damascus B-GPE
    10 .             PUNCT .   punct    1 .
""")

TOWN = hand_doc("""
    0 Fighting NOUN  NN  nsubj 1 fighting
    1 raged    VERB  VBD ROOT  1 rage
    2 in       ADP   IN  prep  1 in
    3 Taji     PROPN NNP pobj  2 Taji B-GPE
    4 ,        PUNCT ,   punct 3 ,
    5 north    NOUN  NN  appos 3 north
    6 of       ADP   IN  prep  5 of
    7 Baghdad  PROPN NNP pobj  6 Baghdad B-GPE
    8 .        PUNCT .   punct 1 .
""")

PERSON = hand_doc("""
    0 Ahmed     PROPN NNP compound 1 Ahmed B-PERSON
    1 Khan      PROPN NNP nsubj    2 Khan I-PERSON
    2 met       VERB  VBD ROOT     2 meet
    3 officials NOUN  NNS dobj     2 official
    4 in        ADP   IN  prep     2 in
    5 Kabul     PROPN NNP pobj     4 Kabul B-GPE
    6 .         PUNCT .   punct    2 .
""")


def _resolved(doc, word, name, lat, lon, country):
    i = doc.text.index(word)
    return Place(word, i, i + len(word), name, lat, lon, 1, country, "PPLA", None)


def _sites(doc, places=()):
    return [(p.text, p.start, p.end, p.name, p.lat) for p in site_mentions(doc, 0, len(doc.text), list(places))]


def test_site_mentions_the_village_of_x():
    aleppo = _resolved(VILLAGE, "Aleppo", "Aleppo", 36.2, 37.2, "SYR")
    assert _sites(VILLAGE, [aleppo]) == [("Tamthil", 31, 38, None, None)]


def test_site_mentions_a_name_compounded_with_a_site_noun_keeps_its_particle():
    damascus = _resolved(QUARTER, "Damascus", "Damascus", 33.5, 36.3, "SYR")
    assert _sites(QUARTER, [damascus]) == [("al-Tijara", 19, 28, None, None)]


def test_site_mentions_after_a_strong_preposition():
    baghdad = _resolved(TOWN, "Baghdad", "Baghdad", 33.3, 44.4, "IRQ")
    assert [s[0] for s in _sites(TOWN, [baghdad])] == ["Taji"]


def test_site_mentions_never_people_or_resolved_places():
    kabul = _resolved(PERSON, "Kabul", "Kabul", 34.5, 69.2, "AFG")
    assert _sites(PERSON, [kabul]) == []
    assert [s[0] for s in _sites(PERSON)] == ["Kabul"]       # unresolved, it is a site


def test_site_mentions_only_inside_the_span():
    aleppo = _resolved(VILLAGE, "Aleppo", "Aleppo", 36.2, 37.2, "SYR")
    assert site_mentions(VILLAGE, 0, VILLAGE.text.index("Tamthil"), [aleppo]) == []


def test_with_container_place_below_the_site_phrase():
    damascus = _resolved(QUARTER, "Damascus", "Damascus", 33.5, 36.3, "SYR")
    site = site_mentions(QUARTER, 0, len(QUARTER.text), [damascus])[0]
    got = with_container(site, [damascus], QUARTER)
    assert (got.text, got.start, got.end) == ("al-Tijara", site.start, site.end)
    assert (got.name, got.lat, got.lon, got.country) == ("Damascus", 33.5, 36.3, "SYR")


def test_with_container_place_right_after_the_site():
    for doc, word, name in ((TOWN, "Baghdad", "Baghdad"), (VILLAGE, "Aleppo", "Aleppo")):
        resolved = _resolved(doc, word, name, 1.0, 2.0, "XXX")
        site = site_mentions(doc, 0, len(doc.text), [resolved])[0]
        assert with_container(site, [resolved], doc).name == name


def test_with_container_nothing_resolved_gives_none():
    site = site_mentions(TOWN, 0, len(TOWN.text), [])[0]
    assert with_container(site, [], TOWN) is None
    far = Place("Fighting", 0, 8, "Elsewhere", 1.0, 1.0, 1, "XXX", "PPL", None)   # before the site, not its container
    assert with_container(site, [far], TOWN) is None


# -- classes of sites added for event places on real news ------------------------------------

COMPASS_PERSON = hand_doc("""
    0 Shelling NOUN  NN  nsubj 1 shelling
    1 hit      VERB  VBD ROOT  1 hit
    2 homes    NOUN  NNS dobj  1 home
    3 in       ADP   IN  prep  2 in
    4 eastern  ADJ   JJ  amod  5 eastern
    5 Zabadani PROPN NNP pobj  3 Zabadani B-PERSON
    6 .        PUNCT .   punct 1 .
""")

PERSON_IN = hand_doc("""
    0 Police   NOUN  NNS nsubj 1 police
    1 arrested VERB  VBD ROOT  1 arrest
    2 a        DET   DT  det   3 a
    3 man      NOUN  NN  dobj  1 man
    4 in       ADP   IN  prep  1 in
    5 Zabadani PROPN NNP pobj  4 Zabadani B-PERSON
    6 .        PUNCT .   punct 1 .
""")


def test_a_compass_word_makes_a_place_of_a_name_tagged_as_a_person():
    assert [s[0] for s in _sites(COMPASS_PERSON)] == ["Zabadani"]
    assert _sites(PERSON_IN) == []          # without it, the tagger's person stands


TWO_SIDES = hand_doc("""
    0  Troops   NOUN  NNS nsubj  1 troop
    1  massed   VERB  VBD ROOT   1 mass
    2  along    ADP   IN  prep   1 along
    3  the      DET   DT  det    7 the
    4  Omani    ADJ   JJ  amod   6 omani
    5  -        PUNCT HYPH punct 6 -
    6  Yemeni   ADJ   JJ  amod   7 yemeni
    7  border   NOUN  NN  pobj   2 border
    8  .        PUNCT .   punct  1 .
""")

ONE_SIDE = hand_doc("""
    0 Troops NOUN  NNS nsubj 1 troop
    1 massed VERB  VBD ROOT  1 mass
    2 on     ADP   IN  prep  1 on
    3 the    DET   DT  det   5 the
    4 Yemeni ADJ   JJ  amod  5 yemeni
    5 border NOUN  NN  pobj  2 border
    6 .      PUNCT .   punct 1 .
""")


def test_a_border_named_by_its_two_sides_is_a_site_and_an_adjective_never_is():
    assert [s[0] for s in _sites(TWO_SIDES)] == ["Omani-Yemeni border"]
    assert _sites(ONE_SIDE) == []           # 'Yemeni' is no name, 'the Yemeni border' no stretch


FIRED_ON = hand_doc("""
    0 Artillery NOUN  NN  nsubj 1 artillery
    1 fired     VERB  VBD ROOT  1 fire
    2 on        ADP   IN  prep  1 on
    3 Tal       PROPN NNP compound 4 Tal
    4 Abyad     PROPN NNP pobj  2 Abyad
    5 on        ADP   IN  prep  1 on
    6 Sunday    PROPN NNP pobj  5 Sunday B-DATE
    7 .         PUNCT .   punct 1 .
""")

AGREED_ON = hand_doc("""
    0 They     PRON  PRP nsubj 1 they
    1 agreed   VERB  VBD ROOT  1 agree
    2 on       ADP   IN  prep  1 on
    3 Tal      PROPN NNP compound 4 Tal
    4 Abyad    PROPN NNP pobj  2 Abyad
    5 .        PUNCT .   punct 1 .
""")


def test_the_target_of_fire_is_a_site_other_ons_are_not():
    assert [s[0] for s in _sites(FIRED_ON)] == ["Tal Abyad"]
    assert _sites(AGREED_ON) == []


WHERE = hand_doc("""
    0  He        PRON  PRP nsubj  1 he
    1  flew      VERB  VBD ROOT   1 fly
    2  home      ADV   RB  advmod 1 home
    3  from      ADP   IN  prep   1 from
    4  Zaranj    PROPN NNP pobj   3 Zaranj B-GPE
    5  ,         PUNCT ,   punct  4 ,
    6  where     SCONJ WRB advmod 8 where
    7  officials NOUN  NNS nsubj  8 official
    8  thanked   VERB  VBD relcl  4 thank
    9  him       PRON  PRP dobj   8 he
    10 .         PUNCT .   punct  1 .
""")


def test_the_head_of_a_where_clause_is_a_site():
    assert [s[0] for s in _sites(WHERE)] == ["Zaranj"]


ORG_IN = hand_doc("""
    0  They       PRON  PRP nsubj    1 they
    1  discussed  VERB  VBD ROOT     1 discuss
    2  threats    NOUN  NNS dobj     1 threat
    3  in         ADP   IN  prep     2 in
    4  the        DET   DT  det      5 the
    5  region     NOUN  NN  pobj     3 region
    6  ,          PUNCT ,   punct    5 ,
    7  especially ADV   RB  advmod   9 especially
    8  Lashkar    PROPN NNP compound 9 Lashkar B-ORG
    9  Tayyaba    PROPN NNP appos    5 Tayyaba I-ORG
    10 .          PUNCT .   punct    1 .
""")


def test_an_organisation_in_a_place_slot_is_no_site():
    assert _sites(ORG_IN) == []
    # with a site noun it is one ('al-Tijara neighbourhood' above is tagged ORG too)
    assert _sites(QUARTER, [_resolved(QUARTER, "Damascus", "Damascus", 33.5, 36.3, "SYR")])[0][0] == "al-Tijara"


# a place read from the first word of a two-word name: the whole name is still a site, and the
# part is no container of it
PART_READ = hand_doc("""
    0 Gunmen  NOUN  NNS nsubj    1 gunman
    1 shot    VERB  VBD ROOT     1 shoot
    2 a       DET   DT  det      3 a
    3 guard   NOUN  NN  dobj     1 guard
    4 in      ADP   IN  prep     1 in
    5 the     DET   DT  det      8 the
    6 Kotli   PROPN NNP compound 7 Kotli B-GPE
    7 Sattian PROPN NNP compound 8 Sattian
    8 area    NOUN  NN  pobj     4 area
    9 .       PUNCT .   punct    1 .
""")


def test_a_place_read_from_part_of_a_name_leaves_the_whole_name_a_site():
    part = _resolved(PART_READ, "Kotli", "Kotli", 33.5, 73.9, "PAK")
    assert [s[0] for s in _sites(PART_READ, [part])] == ["Kotli Sattian"]
    site = site_mentions(PART_READ, 0, len(PART_READ.text), [part])[0]
    assert with_container(site, [part], PART_READ) is None
    # a place that is the whole name is no site again
    whole = Place("Kotli Sattian", site.start, site.end, "Kotli Sattian", 33.8, 73.5, 2, "PAK", "PPL", None)
    assert _sites(PART_READ, [whole]) == []


CAPITAL = hand_doc("""
    0 A        DET   DT  det      1 a
    1 bomb     NOUN  NN  nsubj    2 bomb
    2 exploded VERB  VBD ROOT     2 explode
    3 in       ADP   IN  prep     2 in
    4 the      DET   DT  det      6 the
    5 Afghan   ADJ   JJ  amod     6 Afghan B-NORP
    6 capital  NOUN  NN  pobj     3 capital
    7 .        PUNCT .   punct    2 .
""")

CAPITAL_NAMED = hand_doc("""
    0 A        DET   DT  det      1 a
    1 bomb     NOUN  NN  nsubj    2 bomb
    2 exploded VERB  VBD ROOT     2 explode
    3 in       ADP   IN  prep     2 in
    4 the      DET   DT  det      6 the
    5 Afghan   ADJ   JJ  amod     6 Afghan B-NORP
    6 capital  NOUN  NN  pobj     3 capital
    7 Kabul    PROPN NNP appos    6 Kabul B-GPE
    8 .        PUNCT .   punct    2 .
""")


def test_a_capital_named_by_its_peoples_adjective_is_a_site():
    assert [s[0] for s in _sites(CAPITAL)] == ["Afghan capital"]
    # with its own name the name is the place
    kabul = _resolved(CAPITAL_NAMED, "Kabul", "Kabul", 34.5, 69.2, "AFG")
    assert _sites(CAPITAL_NAMED, [kabul]) == []
