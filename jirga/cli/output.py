"""Rendering shared by commands: progress bars and the run summary."""
from __future__ import annotations

import contextlib
import time

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

console = Console(stderr=True)


@contextlib.contextmanager
def run_progress(label: str = "coding"):
    """Yields a callback taking a RunSummary-like object; draws docs, docs/s, events, rejects."""
    columns = (SpinnerColumn(), TextColumn(f"[bold]{label}"), TextColumn("{task.fields[docs]} docs"),
               TextColumn("{task.fields[rate]:.1f} docs/s"), TextColumn("{task.fields[events]} events"),
               TextColumn("{task.fields[rejects]} rejects"), TimeElapsedColumn())
    start = time.perf_counter()
    with Progress(*columns, console=console, transient=False, disable=not console.is_terminal) as prog:
        task = prog.add_task(label, docs=0, rate=0.0, events=0, rejects=0)

        def update(s):
            done = s.documents + s.skipped + s.copies + len(s.rejects)
            prog.update(task, docs=done, rate=done / max(time.perf_counter() - start, 1e-6),
                        events=s.events, rejects=len(s.rejects))
        yield update


def print_summary(s) -> None:
    out = Console()
    out.print(f"[bold]Run {s.run_id}[/] finished in {s.seconds:.1f} s")
    if s.copies:
        out.print(f"copies of a story already read (listed with it, not coded again): {s.copies}")
    out.print(f"documents coded: {s.documents}   already stored (skipped): {s.skipped}   "
              f"sentences: {s.sentences}")
    out.print(f"events: {s.events} ({s.factual} factual)   rejects: {len(s.rejects)}")
    if s.undated:
        out.print(f"{s.undated} document(s) have no publication date: their events are dated "
                  "only where the text gives a full date")
    if s.events_by_type:
        t = Table(title="Factual events by type")
        t.add_column("type")
        t.add_column("events", justify="right")
        for typ, n in sorted(s.events_by_type.items(), key=lambda kv: (-kv[1], kv[0])):
            t.add_row(typ, str(n))
        out.print(t)
    if s.top_dyads:
        t = Table(title="Top dyads (all runs, factual events)")
        for c in ("source", "target", "events"):
            t.add_column(c, justify="right" if c == "events" else "left")
        for src, tgt, n in s.top_dyads:
            t.add_row(str(src), str(tgt), str(n))
        out.print(t)
    if s.rejects:
        t = Table(title="Rejected inputs")
        for c in ("input", "code", "reason"):
            t.add_column(c)
        for r in s.rejects[:50]:
            t.add_row(r.source, r.code, r.reason)
        out.print(t)
        if len(s.rejects) > 50:
            out.print(f"... and {len(s.rejects) - 50} more in the rejects table")
    out.print(f"database: [bold]{s.database}[/]")


def counting(items, label: str, count_key: str | None = None):
    """Wrap an iterator of output dicts with a progress line: items done, items/s."""
    columns = (SpinnerColumn(), TextColumn(f"[bold]{label}"), TextColumn("{task.completed} done"),
               TextColumn("{task.fields[rate]:.1f}/s"), TimeElapsedColumn())
    start = time.perf_counter()
    with Progress(*columns, console=console, disable=not console.is_terminal) as prog:
        task = prog.add_task(label, rate=0.0)
        for n, item in enumerate(items, 1):
            prog.update(task, completed=n, rate=n / max(time.perf_counter() - start, 1e-6))
            yield item
