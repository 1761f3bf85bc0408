"""Coding tasks get consecutive months and about as many documents each."""
from __future__ import annotations

from collections import Counter

from jirga.spark import plan


def _months(n_months: int, per_month: int) -> list[tuple[int, str]]:
    """(seq, month) of ``per_month`` documents in each of ``n_months`` months, read in an
    order unrelated to their months, as an archive is."""
    months = [f"{2015 + m // 12}-{1 + m % 12:02d}" for m in range(n_months)]
    docs = [(i, months[(i * 7) % n_months]) for i in range(n_months * per_month)]
    return docs


def test_plan_balances_tasks_and_keeps_a_months_documents_together():
    docs = _months(120, 7)
    p = plan.plan(Counter(m for _, m in docs), 8)
    assert (p.tasks, p.total) == (8, 840)
    by_task = Counter(plan.task_of(p, seq, m) for seq, m in docs)
    assert set(by_task) == set(range(8))
    assert max(by_task.values()) <= 1.3 * 840 / 8
    tasks_of_month: dict = {}
    for seq, m in docs:
        tasks_of_month.setdefault(m, set()).add(plan.task_of(p, seq, m))
    assert all(len(t) <= 2 for t in tasks_of_month.values())       # a month shared by two at most
    files = sum(len(t) for t in tasks_of_month.values())
    assert files <= 120 + 8                                        # not 8 tasks x 120 months
    # consecutive months: the tasks of the months in order never go back
    firsts = [min(tasks_of_month[m]) for m in sorted(tasks_of_month)]
    assert firsts == sorted(firsts)


def test_plan_splits_one_large_month_over_several_tasks():
    docs = [(i, "2024-01") for i in range(400)] + [(400 + i, "2024-02") for i in range(10)]
    p = plan.plan(Counter(m for _, m in docs), 4)
    by_task = Counter(plan.task_of(p, seq, m) for seq, m in docs)
    assert len(by_task) == 4 and max(by_task.values()) < 1.4 * 410 / 4


def test_plan_sends_a_month_it_does_not_know_by_sequence_and_is_the_same_each_time():
    p = plan.plan({"2024-01": 3}, 4)
    assert all(0 <= plan.task_of(p, seq, "undated") < 4 for seq in range(50))
    assert len({plan.task_of(p, seq, "undated") for seq in range(50)}) == 4
    assert [plan.task_of(p, s, "2024-01") for s in range(9)] == [plan.task_of(p, s, "2024-01") for s in range(9)]
    empty = plan.plan({}, 0)
    assert empty.tasks == 1 and plan.task_of(empty, 5, "2024-01") == 0


def test_plan_weighs_months_by_their_text_so_tasks_take_as_long():
    # one month of long articles, eleven of short ones: the long month gets tasks of its own
    sizes = {"2024-01": 12_000, **{f"2023-{m:02d}": 1_000 for m in range(1, 12)}}
    p = plan.plan(sizes, 4)
    long_tasks = {plan.task_of(p, seq, "2024-01") for seq in range(200)}
    short_tasks = {plan.task_of(p, seq, f"2023-{m:02d}") for m in range(1, 12) for seq in range(20)}
    assert len(long_tasks) >= 2 and len(short_tasks) <= 3
    assert plan.plan({"2024-01": 0, "2024-02": 5}, 2).months.keys() == {"2024-02"}
