"""Tab-separated files (jirga/export/table.py)."""
import datetime as dt

import pytest

from jirga.export.table import cell, day, line, write_tsv


def test_table_cell_keeps_every_line_in_its_columns():
    assert cell("a\tb\nc\rd") == "a b c d"
    assert (cell(None), cell(True), cell(False), cell(2.5), cell(-3)) == ("", "1", "0", "2.5", "-3")


def test_table_writes_a_header_unless_told_not_to(tmp_path):
    assert write_tsv(tmp_path / "a.tsv", ["x", "y"], [[1, None], ["p\tq", 2]]) == 2
    assert (tmp_path / "a.tsv").read_text() == "x\ty\n1\t\np q\t2\n"
    write_tsv(tmp_path / "b.tsv", ["x", "y"], [[1, 2]], header=False)
    assert (tmp_path / "b.tsv").read_text() == line([1, 2]) == "1\t2\n"


def test_table_refuses_a_row_of_the_wrong_width(tmp_path):
    with pytest.raises(AssertionError):
        write_tsv(tmp_path / "a.tsv", ["x", "y"], [[1]])


def test_table_day():
    assert day(dt.date(2024, 2, 1)) == "2024-02-01" and day(None) is None
