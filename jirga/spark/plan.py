"""Which coding task gets which document: a month's documents together, tasks of one size.

Each task writes a Parquet file per table and month it holds (``write``). Documents dealt
out at random put nearly every month in every task: 800 articles over ten years in 8
tasks make about 8 × 100 files per table, a cost that grows with the number of tasks, not
of documents. Here the months, in order, are laid end to end by their amount of text (what
coding time follows) and cut into ``n`` runs of equal length: a task holds a run of
consecutive months (a month astride two runs is shared by both, its documents spread at
random between them), so a table gets about ``months + n`` files however many tasks, and
the tasks take about as long as each other, so no core waits for a long last one.
Where a document goes decides only who codes and writes it, never what is written.
"""
from __future__ import annotations

from dataclasses import dataclass, field

_MIX = 0x9E3779B97F4A7C15       # spreads consecutive sequence numbers over a month's run


@dataclass(frozen=True)
class Plan:
    tasks: int
    total: int = 0
    months: dict = field(default_factory=dict)     # month -> (first place on the line, length)


def plan(month_sizes: dict[str, int], tasks: int) -> Plan:
    """The line of all documents, months in order, each as long as its ``month_sizes``
    (characters of text, or documents), to be cut into ``tasks`` runs."""
    months, start = {}, 0
    for month in sorted(month_sizes):
        if month_sizes[month] > 0:
            months[month] = (start, month_sizes[month])
            start += month_sizes[month]
    return Plan(max(1, tasks), start, months)


def task_of(p: Plan, seq: int, month: str) -> int:
    """The task of the document ``seq`` published in ``month``; a month the plan does not
    know (rejected items, counted apart) goes by ``seq`` alone."""
    found = p.months.get(month)
    mixed = (seq * _MIX) % (1 << 64) >> 16
    if found is None or p.total == 0:
        return mixed % p.tasks
    start, length = found
    place = start + mixed % length
    return min(place * p.tasks // p.total, p.tasks - 1)
