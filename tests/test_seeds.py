"""The five seed articles (real news, read from ../shared/seeds) through `jirga run`."""
import json

import pytest

from conftest import SEED_DATES, SEEDS, seed_texts
from jirga import Pipeline

pytestmark = [pytest.mark.model,
              pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")]


@pytest.fixture(scope="module")
def seed_events(tmp_path_factory, res):
    """Run the seeds, with the publication dates a reader gives them, into a fresh store."""
    folder = tmp_path_factory.mktemp("seeds")
    src = folder / "seeds.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for name, text in seed_texts().items():
            fh.write(json.dumps({"id": name, "text": text, "published": SEED_DATES[name]}) + "\n")
    db = folder / "seeds.duckdb"
    summary = Pipeline(db=db, res=res).run([str(src)])
    assert summary.documents == 5 and not summary.rejects
    from jirga.store import open_store
    from store.util import rows
    ids = dict(rows(db, "SELECT id, ext_id FROM documents"))
    with open_store(db, read_only=True) as store:
        events = list(store.events())
    by_doc: dict = {}
    for ev in events:
        by_doc.setdefault(ids[ev.doc_id], []).append(ev)
    return by_doc


def _find(events, typ, in_sentence):
    return [e for e in events if e.event_type == typ and in_sentence in e.sentence.text]


def test_seeds_each_yield_several_events(seed_events):
    assert set(seed_events) == set(SEED_DATES)
    assert all(len(evs) >= 3 for evs in seed_events.values())


def test_seed_jui_leader_meets_taliban_in_kabul(seed_events):
    evs = [e for e in seed_events["000_41011f801ff8ec69"] if e.event_type == "CONSULT"
           and e.location and e.location.name == "Kabul" and not (e.negated or e.hypothetical)]
    assert evs, "no CONSULT in Kabul"
    assert any(a.country == "PAK" for e in evs for a in e.actor + e.recipient)
    assert any(a.country == "AFG" for e in evs for a in e.actor + e.recipient)


def test_seed_pakistan_accuses_kabul_of_sheltering_ttp(seed_events):
    evs = _find(seed_events["000_41011f801ff8ec69"], "ACCUSE", "giving shelter")
    assert evs
    e = evs[0]
    assert e.trigger.text == "accused"
    assert [(a.country, a.sector) for a in e.actor] == [("PAK", "GOV")]
    assert ("AFG", "GOV") in [(r.country, r.sector) for r in e.recipient]


def test_seed_kabul_denies_the_accusations(seed_events):
    evs = _find(seed_events["000_41011f801ff8ec69"], "REJECT", "Kabul denies the accusations")
    assert evs and evs[0].actor[0].country == "AFG"
    assert not _find(seed_events["000_41011f801ff8ec69"], "ACCUSE", "Kabul denies the accusations")


def test_seed_bajaur_attack_on_police(seed_events):
    evs = _find(seed_events["000_41011f801ff8ec69"], "ASSAULT", "Bajaur")
    assert evs
    e = evs[0]
    assert (e.size.dead, e.size.injured) == (5, 22) and e.size.at_least
    assert e.location and e.location.name.startswith("Bajaur")
    assert abs(e.location.lat - 34.7) < 0.5 and abs(e.location.lon - 71.5) < 0.5


def test_seed_threatened_strike_is_not_coded_as_an_attack(seed_events):
    evs = [e for e in seed_events["002_7b95e75acbf49bc2"] if "could carry out cross-border attacks" in e.sentence.text]
    assert not [e for e in evs if e.event_type == "ASSAULT" and not (e.hypothetical or e.negated)]


def test_seed_doha_meeting_located_in_doha(seed_events):
    evs = [e for e in seed_events["002_7b95e75acbf49bc2"] if e.event_type == "CONSULT" and e.location
           and e.location.name == "Doha"]
    assert evs


def test_seed_events_carry_dates_from_text_or_publication(seed_events):
    for name, evs in seed_events.items():
        assert all(e.date for e in evs), name
    # "The January 8 meeting ... and the ongoing expulsion": the date is the meeting's only.
    jan8 = [e for e in seed_events["000_41011f801ff8ec69"] if "January 8 meeting" in e.sentence.text]
    assert [e.date for e in jan8 if e.trigger.text == "meeting"] == ["2024-01-08"]
    assert all(e.date == "2024-01-09" for e in jan8 if e.trigger.text != "meeting")


def test_seed_headline_is_its_own_sentence(seed_events):
    assert all("\n\n" not in e.sentence.text.strip() for evs in seed_events.values() for e in evs)


def test_seed_places_of_the_visit_the_closure_and_the_mosque_attack(seed_events):
    visit = [e for e in seed_events["000_41011f801ff8ec69"] if e.event_type == "CONSULT"
             and e.location and e.location.name == "Peshawar"]
    assert visit and visit[0].date == "2023-12-16"
    closure = [e for e in seed_events["003_d58c016a82158e16"] if e.event_type == "COERCE"
               and e.location and e.location.name == "Torkham" and not e.negated]
    assert closure and closure[0].actor[0].country == "AFG"
    mosque = [e for e in seed_events["003_d58c016a82158e16"] if e.event_type == "ASSAULT"
              and e.location and e.location.name == "Peshawar" and not (e.negated or e.hypothetical)]
    assert mosque and mosque[0].date == "2023-01-30"


def test_seed_denials_answer_the_accusations_they_deny(seed_events):
    """'Kabul denies the accusations' (000), 'have consistently denied allegations' (001),
    'Kabul has denied the allegations' (002), 'has denied these accusations' (003)."""
    for name, sentence in [("000_41011f801ff8ec69", "Kabul denies the accusations"),
                           ("001_a76334a16812bac6", "consistently denied allegations"),
                           ("002_7b95e75acbf49bc2", "Kabul has denied the allegations"),
                           ("003_d58c016a82158e16", "has denied these accusations")]:
        events = {e.event_id: e for e in seed_events[name]}
        denial, = _find(seed_events[name], "REJECT", sentence)
        assert denial.answers, (name, sentence)
        said = events[denial.answers[0]]
        assert said.event_type == "ACCUSE" and any(a.country == "PAK" for a in said.actor), (name, said.sentence.text)


def test_seed_accusations_that_kabul_shelters_the_ttp_form_one_claim_thread(seed_events):
    threads = set()
    for name in ("000_41011f801ff8ec69", "002_7b95e75acbf49bc2", "003_d58c016a82158e16", "004_95322db71f88a246"):
        shelter = [e for e in seed_events[name] if e.event_type == "ACCUSE" and e.claim_key
                   and e.claim_key.startswith("PAK GOV|") and e.claim_key.endswith("|shelter")]
        assert shelter, name
        assert all(e.claim and e.claim.text in e.sentence.text for e in shelter)
        threads |= {e.claim_id for e in shelter}
    assert len(threads) == 1 and None not in threads
    (claim_id,) = threads
    denials = [e for evs in seed_events.values() for e in evs if e.event_type == "REJECT" and e.claim_id == claim_id]
    assert len({e.doc_id for e in denials}) >= 4


def test_seed_rehman_visit_is_one_event_across_articles_and_haq_visit_another(seed_events):
    """Fazlur Rehman's January 2024 visit to Kabul (000, and its mention in 004) shares one
    cluster; Hamidul Haq's separate visit in 004 does not."""
    def visits(name, who):
        return [e for e in seed_events[name] if e.event_type == "CONSULT" and not e.hypothetical
                and any(a.name == who for a in e.actor) and e.location and e.location.name == "Kabul"]
    rehman = visits("000_41011f801ff8ec69", "Fazlur Rehman") + visits("004_95322db71f88a246", "Fazlur Rehman")
    haq = [e for e in seed_events["004_95322db71f88a246"] if e.event_type == "CONSULT"
           and any(a.name and "Hamidul" in a.name for a in e.actor)]
    assert {e.doc_id for e in rehman} >= {rehman[0].doc_id} and len({e.doc_id for e in rehman}) == 2
    assert len({e.cluster_id for e in rehman}) == 1
    assert haq and not {e.cluster_id for e in haq} & {e.cluster_id for e in rehman}


def test_seed_004_claim_and_insistence_join_the_shelter_thread(seed_events):
    seed = seed_events["004_95322db71f88a246"]
    accuse, = _find(seed, "ACCUSE", "Pakistan claims that the Taliban is providing shelter")
    deny, = _find(seed, "REJECT", "the Taliban insists that they do not provide support")
    assert accuse.claim_key == "PAK GOV|AFG GOV|shelter" and deny.answers == [accuse.event_id]
    others = {e.claim_id for e in seed_events["000_41011f801ff8ec69"] if e.event_type == "ACCUSE" and e.claim_id}
    assert accuse.claim_id in others and deny.claim_id == accuse.claim_id
