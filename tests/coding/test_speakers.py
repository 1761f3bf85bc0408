"""Speaker and pronoun resolution (coding/pronouns.py) and intentions coded as future (modality)."""
from jirga.coding import lexicon, modality as mod
from tests.coding.helpers import code, factual, texts


def actors_of(events, typ):
    return [texts(e.actor) for e in events if e.event_type == typ]


def _mod(parse, res, text, trigger):
    d = parse(text).parsed
    tok = next(t for t in d if t.lower_ == trigger)
    return mod.modality(tok, lexicon.get(res).cues)


# --- pronouns -------------------------------------------------------------------------

def test_it_said_is_the_previous_subject_not_the_object(parse, res):
    ev = code(parse, res, "The foreign office in Islamabad summoned Afghanistan's charge d'affaires "
                          "Ahmad Khan to lodge a protest. It said the Taliban government must arrest "
                          "the attackers.")
    demands = [a for a in actors_of(ev, "REQUEST") if a]
    assert demands and all("Khan" not in " ".join(a) for a in demands)


def test_he_after_plain_sentence_is_previous_subject_not_apposition(parse, res):
    ev = code(parse, res, "Maulana Fazlur Rehman met the Taliban's deputy prime minister, Mullah Abdul "
                          "Ghani Baradar, in Kabul on Tuesday. Reports said he urged the Taliban to act "
                          "against the TTP.")
    urged = actors_of(ev, "REQUEST")
    assert urged and any("Rehman" in " ".join(a) for a in urged)
    assert not any("Baradar" in " ".join(a) for a in urged)


def test_his_prefers_own_sentence_subject(parse, res):
    ev = code(parse, res, "Maulana Fazlur Rehman met the Taliban's supreme leader, Mullah Haibatullah "
                          "Akhundzada, during his visit to Afghanistan.")
    consult = [a for e in ev if e.event_type == "CONSULT" for a in texts(e.actor)]
    assert any("Rehman" in a for a in consult)
    assert not any("Akhundzada" in a for a in consult)


def test_they_is_plural_subject_of_previous_sentence(parse, res):
    ev = code(parse, res, "The Taliban have repeatedly denied sheltering the TTP. They have also called "
                          "on Islamabad to stop deporting Afghans.")
    req = [a for e in ev if e.event_type == "REQUEST" for a in texts(e.actor)]
    assert req and "Taliban" in " ".join(req) and not any(a == "Islamabad" for a in req)


def test_pronoun_in_relative_clause_is_not_its_head(parse, res):
    ev = code(parse, res, "Pakistan accuses the Taliban of sheltering the TTP, which it blames for a "
                          "wave of attacks.")
    acc = [a for e in ev if e.event_type == "ACCUSE" and e.trigger.text == "blames" for a in texts(e.actor)]
    assert acc == [] or "TTP" not in acc


def test_same_sentence_governor_still_wins(parse, res):
    ev = code(parse, res, "Islamabad has said it will not recognise the Taliban government unilaterally.")
    assert all("Taliban" not in " ".join(texts(e.actor)) for e in ev)


def test_pronoun_module_resolves_he_to_previous_main_subject(parse, res):
    from jirga.coding.pronouns import DocIndex, resolve
    doc = parse("Interior Minister Sarfraz Bugti announced the deadline after a meeting chaired by "
                "Prime Minister Kakar and attended by army chief General Asim Munir. He said "
                "police would expel those who stayed.").parsed
    he = next(t for t in doc if t.text == "He")
    r = resolve(he, DocIndex(doc, lexicon.get(res).cues))
    assert "Bugti" in (r.text if hasattr(r, "text") else str(r))


# --- intentions -------------------------------------------------------------------------

def test_hopes_to_meet_is_future(parse, res):
    m = _mod(parse, res, "Rehman has said he also hopes to meet the Taliban's supreme leader.", "meet")
    assert m.future


def test_hoped_to_meet_is_future(parse, res):
    assert _mod(parse, res, "He hoped to meet Khan in Kabul.", "meet").future


def test_is_expected_to_is_future_not_request(parse, res):
    m = _mod(parse, res, "Border officials from both sides were expected to meet on Friday.", "meet")
    assert m.future and m.frame == "intent"


def test_expects_to_sign_is_future(parse, res):
    assert _mod(parse, res, "Pakistan expects to sign the trade deal.", "sign").future


def test_expects_someone_else_stays_request(parse, res):
    m = _mod(parse, res, "Pakistan expects Kabul to act against the TTP.", "act")
    assert not m.future and m.hypothetical


def test_plans_intends_aims_wants_are_future(parse, res):
    for verb in ("plans", "intends", "aims", "wants"):
        m = _mod(parse, res, f"Pakistan {verb} to visit Kabul next month.", "visit")
        assert m.future, verb


def test_would_work_together_under_speech_is_future(parse, res):
    m = _mod(parse, res, "Sadiq said both sides would work together to strengthen cooperation.", "work")
    assert m.future and not m.hypothetical


def test_hopes_to_meet_is_not_a_factual_consult(parse, res):
    ev = code(parse, res, "Rehman has said he also hopes to meet the Taliban's supreme leader.")
    assert not factual(ev, "CONSULT") or all(e.future for e in factual(ev, "CONSULT"))
    assert not [e for e in ev if e.event_type == "CONSULT" and not (e.future or e.hypothetical)]
