"""The built registry kept in the cache folder (``jirga/actors/cached.py``): read back while its
inputs are unchanged, rebuilt when one changes, the same registry either way."""
import pickle

import pytest

from jirga.actors.cached import key_of, load_or_build
from jirga.actors.registry import Registry
from jirga.errors import DataFileError


def test_key_of_is_stable_and_framed():
    assert key_of([b"ab", b"c"]) == key_of([b"ab", b"c"])
    assert key_of([b"ab", b"c"]) != key_of([b"a", b"bc"])
    assert len(key_of([])) == 16


def test_load_or_build_builds_once_then_reads_the_file(tmp_path):
    calls = []

    def build():
        calls.append(1)
        return {"built": len(calls)}
    assert load_or_build(tmp_path, "x", lambda: "k1", build) == {"built": 1}
    assert load_or_build(tmp_path, "x", lambda: "k1", build) == {"built": 1}
    assert len(calls) == 1 and (tmp_path / "x-k1.pickle").is_file()
    assert load_or_build(tmp_path, "x", lambda: "k2", build) == {"built": 2}     # another key: rebuilt
    assert load_or_build(None, "x", lambda: "k1", build) == {"built": 3}         # no folder: no cache
    assert load_or_build(tmp_path, "x", lambda: None, build) == {"built": 4}     # no key: no cache


def test_load_or_build_rebuilds_an_unreadable_file(tmp_path):
    (tmp_path / "x-k.pickle").write_bytes(b"not a pickle")
    assert load_or_build(tmp_path, "x", lambda: "k", lambda: [1]) == [1]
    assert pickle.loads((tmp_path / "x-k.pickle").read_bytes()) == [1]


def test_load_or_build_an_unwritable_folder_still_builds(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert load_or_build(blocker / "sub", "x", lambda: "k", lambda: 7) == 7


def _summary(reg: Registry):
    return (len(reg.actors), len(reg.aliases), len(reg.surnames), len(reg.given), reg.max_ngram,
            reg.lookup("Erdogan").name, reg.office_holder("PAK", "foreign_minister", "2024-06-01").name)


@pytest.fixture(scope="module")
def built():
    return Registry.load()


def test_registry_from_the_cache_is_the_built_registry(tmp_path, built):
    first = Registry.load((), tmp_path)
    again = Registry.load((), tmp_path)
    assert len(list(tmp_path.glob("registry-*.pickle"))) == 1
    assert _summary(first) == _summary(again) == _summary(built)
    assert again.cache == {}


def test_registry_cache_follows_the_user_files(tmp_path, built):
    mine = tmp_path / "mine.yaml"
    mine.write_text("- {name: Khyber Traders Union, kind: org, aliases: [KTU], country: PAK, sector: BUS}\n")
    assert Registry.load([mine], tmp_path / "c").lookup("KTU").name == "Khyber Traders Union"
    mine.write_text("- {name: Khyber Traders Union, kind: org, aliases: [KTU], country: AFG, sector: BUS}\n")
    reg = Registry.load([mine], tmp_path / "c")           # changed file: rebuilt, not the old one
    assert reg.lookup("KTU").role_at(None).country == "AFG"
    assert len(list((tmp_path / "c").glob("registry-*.pickle"))) == 2
    mine.write_text("- {name: Broken, country: XX}\n")
    with pytest.raises(DataFileError):
        Registry.load([mine], tmp_path / "c")
    with pytest.raises(DataFileError):                    # unreadable: the build says so
        Registry.load([tmp_path / "missing.yaml"], tmp_path / "c")
