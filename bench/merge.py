"""Cost of merging a batch of new documents, and of threading their claims, into stores of
growing size.

    .venv/bin/python bench/merge.py [--sizes 1000 10000 100000] [--docs 20] [--repeat 7]
                                    [--postgres postgresql://user@host/db] [--cpu]

For each size, builds a store of that many synthetic events (varied types, dyads,
places, dates and modalities, some of them re-reports of an earlier event) through
``Store.write_batch``, merges it once, then times ``merge_new`` for a fresh batch of
``--docs`` new documents (about four events each, half of them re-reporting events
of the archive's last days), ``--repeat`` times. The stores are all built first and
their batches timed in turns, one size after another in each round, so that a machine
busy with other work slows every size alike. Prints the median seconds per new
document at each size and the ratio largest/smallest: merging should cost the same
whatever the archive holds.

The archive grows as a news archive does, at a constant number of events per day
(``PER_DAY``): a bigger store covers more days, not more events on each day. The
clusters a new report can join are those of its own days, so their number stays
the same; what must not grow is the work around them. (Two kinds of report do
compare with more as the archive grows, by the merge rules: a year-dated one with
the year-dated clusters of its year, an undated one with every undated cluster of
its type and actors. The corpus has a few of each, as news has. And a store of 1,000
events covers 20 days, less than the month a month-dated report is compared across.)
The column "compared/report" counts the stored reports the store handed to merging per
new report, so that growth the rules call for can be told from growth they do not.

The merge this replaced re-clustered the whole store and updated every event: 11.5 s
for 20 new documents into 10,000 stored ones.

Attacks: half the attacks placed in a town carry a death toll, and three reports in a hundred
recall one of the archive's attacks by its town and toll, dated only by their publication,
as later reports do ("the bombing in Quetta that killed nine"): merging looks such an attack up
across the archive (``Store.recall_candidates``).

Claims: every accusation (ACCUSE) carries a claim key, accuser|accused|matter, over a few
matters, so that the archive holds long threads (one accuser repeating one accusation for
years, as Islamabad does of Kabul); ``thread_new`` is timed after ``merge_new`` on the same
batches and should stay flat too.

With ``--postgres URL`` the same runs on PostgreSQL too, in a scratch database per
size created (and dropped) through that URL, whose user must be allowed to create
databases; the tables are analysed after the bulk load, as autovacuum would do.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack, contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jirga.merge import merge_new, thread_new  # noqa: E402
from jirga.model import ActorRef, Document, Event, Place, Sentence, Span  # noqa: E402
from jirga.store import open_store  # noqa: E402

PER_DAY = 50            # events per day in the archive
PER_DOC = 4             # events per document
END = dt.date(2024, 12, 31)
TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "DEMAND")
CODES = [(c, s) for c in ("PAK", "AFG", "IND", "IRN", "CHN", "USA") for s in ("GOV", "MIL", "REB", "COP")]
MATTERS = ("shelter", "cross-border attacks", "fencing", "refugees", "trade")
PLACES = ("Kabul", "Islamabad", "Peshawar", "Quetta", "Kandahar", "Bajaur", "Khyber", "Torkham",
          "Chaman", "Jalalabad", "Lahore", "Karachi", "Herat", "Kunar", "Waziristan")


class Corpus:
    """Synthetic documents; ``recent`` remembers the last events, to be reported again."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.seed = seed
        self.recent: list[Event] = []
        self.tolls: list[Event] = []      # attacks with a town and death toll, to be recalled later
        self.n = 0

    def _date(self, day: dt.date) -> str | None:
        x = self.rng.random()
        if x < 0.85:
            return day.isoformat()
        if x < 0.93:
            return day.isoformat()[:7]
        if x < 0.97:
            return f"{day.isocalendar().year}-W{day.isocalendar().week:02d}"
        return None if x < 0.99 else str(day.year)

    def _fresh(self, doc_id: str, eid: str, day: dt.date) -> Event:
        rng = self.rng
        actor = [self._ref(rng.choice(CODES))] if rng.random() < 0.95 else []
        target = [self._ref(rng.choice(CODES))] if rng.random() < 0.9 else []
        if rng.random() < 0.05:  # an actor the registry does not know
            target = [ActorRef(f"group {rng.randrange(500)}", 0, 5)]
        place = rng.choice(PLACES) if rng.random() < 0.7 else None
        x = rng.random()
        ev = self._event(doc_id, eid, rng.choice(TYPES), self._date(day), actor, target, place,
                         negated=x < 0.05, hypothetical=0.05 <= x < 0.1)
        if ev.event_type == "ASSAULT" and place and rng.random() < 0.5:   # a town and a toll
            ev.location.country, ev.location.feature_code = "PAK", "PPL"
            ev.size.dead = rng.randint(1, 30)
            self.tolls.append(ev)
            del self.tolls[:-2000]
        return ev

    def _recall(self, doc_id: str, eid: str, day: dt.date) -> Event:
        """A later report recalling an attack of the archive by its town and toll, dated only
        by the publication ("the bombing in Quetta that killed nine")."""
        old = self.rng.choice(self.tolls)
        ev = self._event(doc_id, eid, "ASSAULT", day.isoformat(), [], old.recipient, old.location.name)
        ev.location.country, ev.location.feature_code = "PAK", "PPL"
        ev.size.dead, ev.date_basis = old.size.dead, "published"
        return ev

    def _again(self, doc_id: str, eid: str, day: dt.date) -> Event:
        """Another report of a recent event: same type, dyad and place, a day or so apart."""
        old = self.rng.choice(self.recent)
        date = old.date
        if date and len(date) == 10:
            date = (dt.date.fromisoformat(date) + dt.timedelta(days=self.rng.choice((-1, 0, 0, 1)))).isoformat()
        place = old.location.name if old.location else None
        return self._event(doc_id, eid, old.event_type, date, old.actor, old.recipient, place,
                           negated=old.negated, hypothetical=old.hypothetical)

    @staticmethod
    def _ref(code):
        return ActorRef(f"{code[0]} {code[1]}", 0, 7, None, code[0], code[1], resolved=True)

    def _event(self, doc_id, eid, typ, date, actor, target, place, negated=False, hypothetical=False) -> Event:
        ev = Event(doc_id=doc_id, event_id=eid, event_type=typ, date=date,
                   date_precision=None, sentence=Sentence(0, 0, 40, "Synthetic sentence of a report."),
                   trigger=Span(10, 18, "reported"), actor=list(actor), recipient=list(target),
                   location=Place(place, 0, len(place), place) if place else None,
                   negated=negated, hypothetical=hypothetical)
        if typ == "ACCUSE" and actor:
            accused = target[0].country if target and target[0].country else "?"
            ev.claim_key = f"{actor[0].country}|{accused}|{self.rng.choice(MATTERS)}"
        return ev

    def document(self, day: dt.date, again: float) -> Document:
        self.n += 1
        doc_id = hashlib.sha256(f"{self.seed}/{self.n}".encode()).hexdigest()[:16]  # as content_id
        events = []
        for i in range(PER_DOC):
            eid = f"{doc_id}-{i}-{10 * i}"
            x = self.rng.random()
            ev = (self._again(doc_id, eid, day) if self.recent and x < again
                  else self._recall(doc_id, eid, day) if self.tolls and x > 0.97
                  else self._fresh(doc_id, eid, day))
            events.append(ev)
            self.recent.append(ev)
        del self.recent[:-4 * PER_DAY]
        return Document(id=doc_id, text="Synthetic text.", published=day.isoformat(), events=events)


def build(store, size: int, corpus: Corpus, clock=time.perf_counter) -> float:
    """Fill ``store`` with ``size`` events ending on END, merged; returns seconds."""
    start = clock()
    days = max(1, size // PER_DAY)
    batch = []
    for k in range(size // PER_DOC):
        day = END - dt.timedelta(days=days - 1 - (k * PER_DOC) // PER_DAY)
        batch.append(corpus.document(day, again=0.15))
        if len(batch) == 500:
            store.write_batch(batch, "archive")
            batch = []
    store.write_batch(batch, "archive")
    merge_new(store)
    thread_new(store)
    return clock() - start


class Counted:
    """The store, counting the stored reports ``cluster_candidates`` hands to merging: how
    many a new report is compared with, which the merge rules let grow for undated and
    year-dated reports only."""

    def __init__(self, store):
        self.store, self.candidates = store, 0

    def __getattr__(self, name):
        return getattr(self.store, name)

    def cluster_candidates(self, probes):
        found = self.store.cluster_candidates(probes)
        self.candidates += len(found)
        return found

    def recall_candidates(self, probes):
        found = self.store.recall_candidates(probes)
        self.candidates += len(found)
        return found


def timed_batch(store, corpus: Corpus, docs: int, run_id: str, clock=time.perf_counter) -> tuple[float, float, int]:
    """Seconds per document of merge_new, and of thread_new, for a fresh batch of ``docs``
    documents; and the stored reports merging compared them with."""
    batch = [corpus.document(END - dt.timedelta(days=corpus.rng.randrange(3)), again=0.5) for _ in range(docs)]
    store.write_batch(batch, run_id)
    counted = Counted(store)
    start = clock()
    merged = merge_new(counted)
    merging = (clock() - start) / docs
    assert merged == docs * PER_DOC, merged
    start = clock()
    thread_new(store)
    return merging, (clock() - start) / docs, counted.candidates


@contextmanager
def duckdb_store(size: int):
    """(store, settle): settle() runs after the archive is built, before the timings."""
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(Path(tmp) / f"bench-{size}.duckdb") as store:
            yield store, lambda: None


@contextmanager
def postgres_store(url: str, size: int):
    import psycopg
    from urllib.parse import urlsplit, urlunsplit
    name = f"jirga_bench_{size}_{uuid.uuid4().hex[:6]}"
    parts = urlsplit(url)
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            url_db = urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, ""))

            def settle():  # table statistics, as autovacuum gathers them within a minute of a bulk load
                with psycopg.connect(url_db, autocommit=True) as con:
                    con.execute("ANALYZE")
            with open_store(url_db) as store:
                yield store, settle
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(backend: str, opener, sizes, docs: int, repeat: int, clock=time.perf_counter) -> None:
    """Builds every size's store first, then times their batches in turns (a batch at each
    size, ``repeat`` rounds): a machine shared with other work slows all sizes alike, and the
    ratio compares like with like."""
    print(f"\n{backend}: merge_new of {docs} new documents ({docs * PER_DOC} events), "
          f"median of {repeat}, sizes in turns; archive of {PER_DAY} events/day"
          + ("; CPU time of this process" if clock is time.process_time else ""))
    with ExitStack() as stack:
        stores, corpora, built = {}, {}, {}
        for size in sizes:
            stores[size], settle = stack.enter_context(opener(size))
            corpora[size] = Corpus(seed=size)
            built[size] = build(stores[size], size, corpora[size], clock)
            settle()
        timings: dict[int, list[tuple[float, float, int]]] = {size: [] for size in sizes}
        for r in range(repeat):
            for size in sizes:
                timings[size].append(timed_batch(stores[size], corpora[size], docs, f"new{r}", clock))
        claims = {size: sum(1 for e in stores[size].events() if e.claim_key) for size in sizes}
    print(f"{'stored events':>14} {'build+merge s':>14} {'s per new doc':>14} {'ms per batch':>13}"
          f" {'threads s/doc':>14} {'stored claims':>14} {'compared/report':>16}")
    medians, threads = {}, {}
    for size in sizes:
        medians[size] = statistics.median(t[0] for t in timings[size])
        threads[size] = statistics.median(t[1] for t in timings[size])
        compared = statistics.median(t[2] for t in timings[size]) / (docs * PER_DOC)
        print(f"{size:>14,} {built[size]:>14.1f} {medians[size]:>14.5f} {medians[size] * docs * 1000:>13.1f}"
              f" {threads[size]:>14.5f} {claims[size]:>14,} {compared:>16.1f}", flush=True)
    lo, hi = min(sizes), max(sizes)
    print(f"ratio {hi:,}/{lo:,}: merging {medians[hi] / medians[lo]:.2f}, threading {threads[hi] / threads[lo]:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--postgres", metavar="URL", help="also run on PostgreSQL, in scratch databases")
    ap.add_argument("--cpu", action="store_true",
                    help="time the CPU this process spends (all its threads) instead of the wall clock: "
                         "steadier on a machine shared with other work (PostgreSQL's server is not counted)")
    args = ap.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    run("DuckDB", duckdb_store, args.sizes, args.docs, args.repeat, clock)
    if args.postgres:
        run("PostgreSQL", lambda size: postgres_store(args.postgres, size), args.sizes, args.docs, args.repeat, clock)


if __name__ == "__main__":
    main()
