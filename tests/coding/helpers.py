from jirga.coding import code_document, is_factual


def code(parse, res, text):
    return code_document(parse(text), res)


def factual(events, typ=None):
    return [e for e in events if is_factual(e) and (typ is None or e.event_type == typ)]


def texts(refs):
    return [r.text for r in refs]
