"""What a format declares (jirga/export/base.py)."""
import dataclasses

import pytest

from jirga.export.base import Writer


def test_writer_is_a_frozen_declaration():
    w = Writer("x", (".x",), lambda rows, out: 0)
    assert (w.name, w.suffixes, w.write([], None)) == ("x", (".x",), 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        w.name = "y"
