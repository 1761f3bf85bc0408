"""Reading gold files (``jirga/eval/gold.py``)."""
import json

import pytest

from jirga.eval.gold import gold_records


@pytest.fixture
def gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": 1}\n\n  \n{"id": 2, "text": "Kabul — کابل"}\n{"id": 3}\n', encoding="utf-8")
    return path


def test_gold_records_one_dict_a_line_skipping_blank_lines(gold):
    recs = list(gold_records(gold))
    assert [r["id"] for r in recs] == [1, 2, 3] and recs[1]["text"] == "Kabul — کابل"


def test_gold_records_limit(gold):
    assert [r["id"] for r in gold_records(gold, 2)] == [1, 2]
    assert list(gold_records(gold, 0)) == []


def test_gold_records_bad_line_raises(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1}\n{oops\n')
    records = gold_records(path)
    assert next(records) == {"id": 1}
    with pytest.raises(json.JSONDecodeError):
        next(records)
