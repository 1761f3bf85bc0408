from jirga.coding import find_events, is_factual


def code(parse, res, text):
    return find_events(parse(text), res)


def factual(events, typ=None):
    return [e for e in events if is_factual(e) and (typ is None or e.event_type == typ)]


def texts(refs):
    return [r.text for r in refs]


def one(events, typ):
    """The first factual event of type ``typ`` (the test fails when there is none)."""
    found = factual(events, typ)
    assert found, f"no factual {typ} in {[(e.event_type, e.trigger.text) for e in events]}"
    return found[0]


def types(events):
    return sorted(e.event_type for e in factual(events))


def actors_of(events, typ):
    return [texts(e.actor) for e in events if e.event_type == typ]
