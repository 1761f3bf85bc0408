"""Hand-built parses shared by the tests of roles, phrases and referents (no model)."""
from tests.handmade import hand_doc

MILITANTS = hand_doc("""
    0 The       DET   DT  det      2 the
    1 TTP       PROPN NNP compound 2 TTP B-ORG
    2 militants NOUN  NNS nsubj    7 militant
    3 of        ADP   IN  prep     2 of
    4 the       DET   DT  det      6 the
    5 Swat      PROPN NNP compound 6 Swat B-LOC
    6 valley    NOUN  NN  pobj     3 valley
    7 attacked  VERB  VBD ROOT     7 attack
    8 .         PUNCT .   punct    7 .
""")

TTP = hand_doc("""
    0 Tehrik PROPN NNP compound 3 Tehrik B-ORG
    1 -      PUNCT HYPH punct   3 - I-ORG
    2 Taliban PROPN NNP compound 3 Taliban I-ORG
    3 Pakistan PROPN NNP nsubj  4 Pakistan I-ORG
    4 attacked VERB VBD ROOT    4 attack
    5 .       PUNCT .   punct   4 .
""")

MET = hand_doc("""
    0 Pakistan    PROPN NNP nsubj 3 Pakistan B-GPE
    1 and         CCONJ CC  cc    0 and
    2 Afghanistan PROPN NNP conj  0 Afghanistan B-GPE
    3 met         VERB  VBD ROOT  3 meet
    4 .           PUNCT .   punct 3 .
""")

NO_COUNTRY = hand_doc("""
    0 No       DET   DT  det   1 no
    1 country  NOUN  NN  nsubj 3 country
    2 has      AUX   VBZ aux   3 have
    3 attacked VERB  VBN ROOT  3 attack
    4 Pakistan PROPN NNP dobj  3 Pakistan B-GPE
    5 .        PUNCT .   punct 3 .
""")

ROUTE = hand_doc("""
    0 Traders NOUN  NNS nsubj 1 trader
    1 blocked VERB  VBD ROOT  1 block
    2 the     DET   DT  det   3 the
    3 road    NOUN  NN  dobj  1 road
    4 from    ADP   IN  prep  3 from
    5 Wagah   PROPN NNP pobj  4 Wagah B-GPE
    6 to      ADP   IN  prep  3 to
    7 Torkham PROPN NNP pobj  6 Torkham B-GPE
    8 .       PUNCT .   punct 1 .
""")

# the model's reading: one ORG entity 'Wagah to Torkham'
ROUTE_ENT = hand_doc("""
    0 Traders NOUN  NNS nsubj 1 trader
    1 blocked VERB  VBD ROOT  1 block
    2 the     DET   DT  det   3 the
    3 road    NOUN  NN  dobj  1 road
    4 from    ADP   IN  prep  3 from
    5 Wagah   PROPN NNP pobj  4 Wagah B-ORG
    6 to      ADP   IN  prep  1 to I-ORG
    7 Torkham PROPN NNP pobj  6 Torkham I-ORG
    8 .       PUNCT .   punct 1 .
""")

ARRESTED = hand_doc("""
    0 Khan     PROPN NNP nsubjpass 2 Khan B-PERSON
    1 was      AUX   VBD auxpass   2 be
    2 arrested VERB  VBN ROOT      2 arrest
    3 by       ADP   IN  agent     2 by
    4 police   NOUN  NNS pobj      3 police
    5 .        PUNCT .   punct     2 .
""")

URGED = hand_doc("""
    0 Pakistan PROPN NNP nsubj 1 Pakistan B-GPE
    1 urged    VERB  VBD ROOT  1 urge
    2 Kabul    PROPN NNP dobj  1 Kabul B-GPE
    3 to       PART  TO  aux   4 to
    4 act      VERB  VB  xcomp 1 act
    5 .        PUNCT .   punct 1 .
""")

READY = hand_doc("""
    0 Pakistan PROPN NNP nsubj 1 Pakistan B-GPE
    1 is       AUX   VBZ ROOT  1 be
    2 ready    ADJ   JJ  acomp 1 ready
    3 to       PART  TO  aux   4 to
    4 hold     VERB  VB  xcomp 2 hold
    5 talks    NOUN  NNS dobj  4 talk
    6 .        PUNCT .   punct 1 .
""")

ACCUSED = hand_doc("""
    0 Pakistan    PROPN NNP nsubj 1 Pakistan B-GPE
    1 accused     VERB  VBD ROOT  1 accuse
    2 Afghanistan PROPN NNP dobj  1 Afghanistan B-GPE
    3 of          ADP   IN  prep  1 of
    4 sheltering  VERB  VBG pcomp 3 shelter
    5 militants   NOUN  NNS dobj  4 militant
    6 .           PUNCT .   punct 1 .
""")

HOSTED = hand_doc("""
    0 Kabul      PROPN NNP nsubj 1 Kabul B-GPE
    1 hosted     VERB  VBD ROOT  1 host
    2 the        DET   DT  det   4 the
    3 Pakistani  ADJ   JJ  amod  4 pakistani B-NORP
    4 delegation NOUN  NN  dobj  1 delegation
    5 .          PUNCT .   punct 1 .
""")

CLASHED = hand_doc("""
    0 Pakistan    PROPN NNP nsubj 1 Pakistan B-GPE
    1 clashed     VERB  VBD ROOT  1 clash
    2 with        ADP   IN  prep  1 with
    3 Afghanistan PROPN NNP pobj  2 Afghanistan B-GPE
    4 .           PUNCT .   punct 1 .
""")

ATTACK = hand_doc("""
    0 The    DET   DT  det      2 the
    1 TTP    PROPN NNP compound 2 TTP B-ORG
    2 attack NOUN  NN  nsubj    6 attack
    3 on     ADP   IN  prep     2 on
    4 the    DET   DT  det      5 the
    5 convoy NOUN  NN  pobj     3 convoy
    6 failed VERB  VBD ROOT     6 fail
    7 .      PUNCT .   punct    6 .
""")

BETWEEN = hand_doc("""
    0 Talks    NOUN  NNS nsubj 5 talk
    1 between  ADP   IN  prep  0 between
    2 Pakistan PROPN NNP pobj  1 Pakistan B-GPE
    3 and      CCONJ CC  cc    2 and
    4 India    PROPN NNP conj  2 India B-GPE
    5 resumed  VERB  VBD ROOT  5 resume
    6 .        PUNCT .   punct 5 .
""")

CRITICISM = hand_doc("""
    0 Pakistan  PROPN NNP nsubj 1 Pakistan B-GPE
    1 drew      VERB  VBD ROOT  1 draw
    2 criticism NOUN  NN  dobj  1 criticism
    3 from      ADP   IN  prep  2 from
    4 the       DET   DT  det   5 the
    5 UN        PROPN NNP pobj  3 UN B-ORG
    6 .         PUNCT .   punct 1 .
""")
