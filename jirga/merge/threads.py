"""Claim threads: accusations by one accuser against one accused about one matter, and the
denials that answer them, share one ``claim_id`` across documents."""
from __future__ import annotations


def _accused(key: str) -> str:
    return key.split("|")[1]


def _thread(key: str, threads: list[tuple[str, str]]) -> str | None:
    """The thread a claim key joins among an accuser's threads about its matter, earliest
    first: the same accused, else one that does not name the accused ('?'), or any when
    this claim does not name it."""
    accused = _accused(key)
    for k, cid in threads:
        if k == key:
            return cid
    for k, cid in threads:
        if "?" in (accused, _accused(k)):
            return cid
    return None


def thread_new(store) -> int:
    """Give every accusation and answer not yet threaded a ``claim_id``: accusations by one
    accuser against one accused about one matter share the id of the first of them, across
    documents; a denial joins the thread of what it answers, and a denial whose accusation
    is in another document answers that thread's first accusation. Only the threads of the
    new claims' accusers and matters are read from the store. Returns the events threaded."""
    new = store.unthreaded_claims()
    if not new:
        return 0
    threads: dict[tuple[str, str], list[tuple[str, str]]] = {}
    given: dict[str, str] = {}
    rows = []
    for eid, typ, _date, key, answers in sorted(new, key=lambda n: (n[1] == "REJECT", n[2] or "", n[0])):
        accuser, _, matter = key.split("|", 2)
        known = threads.get((accuser, matter))
        if known is None:
            known = threads[accuser, matter] = [(k, c) for k, c, _ in store.threads_of(accuser, matter)]
        cid = given.get(answers[0]) if answers else None
        cid = cid or _thread(key, known)
        if cid is None:
            cid = eid                       # the first accusation of a new thread
            known.append((key, cid))
        given[eid] = cid
        reply = [cid] if typ == "REJECT" and not answers and cid != eid else None
        rows.append((eid, cid, reply))
    store.set_claims(rows)
    return len(rows)
