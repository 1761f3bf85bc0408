import pytest

from jirga.actors.registry import Registry, add_actor, get_registry, singular
from jirga.resources import Resources
from jirga.errors import DataFileError


@pytest.fixture(scope="module")
def reg():
    return Registry.load()


def test_lookup_and_show(reg):
    assert reg.lookup("Tahreek-e-Taliban Pakistan").name == "Tehrik-i-Taliban Pakistan"
    d = reg.show("Muttaqi")
    assert d["name"] == "Amir Khan Muttaqi" and d["now"] == {"country": "AFG", "sector": "GOV"}
    assert any(r.get("office") == "foreign_minister" for r in d["roles"])
    assert reg.show("nobody at all") == {}


def test_role_at(reg):
    t = reg.lookup("Taliban")
    assert t.role_at("2021-08-14").sector == "REB" and t.role_at("2021-08-15").sector == "GOV"
    assert reg.lookup("Shehbaz Sharif").role_at("2023-10-01").sector == "PTY"
    assert reg.lookup("Shehbaz Sharif").role_at("2024-05-01").sector == "GOV"


def test_with_no_date_a_person_has_the_latest_role_not_a_former_officials(reg):
    pruitt = reg.lookup("Scott Pruitt")          # in office 2017-02-17 .. 2018-07-06
    assert pruitt.role_at("2018-03-01").sector == "GOV" and pruitt.role_at("2019-07-01").sector == "ELI"
    # an undated story may be from his time in office: nothing says it was written today
    assert pruitt.role_at(None).sector == "GOV"
    assert pruitt.role_now().sector == "ELI" and reg.show("Scott Pruitt")["now"]["sector"] == "ELI"


def test_office_holders(reg):
    assert reg.office_holder("AFG", "supreme_leader", "2024-01-01").name == "Hibatullah Akhundzada"
    assert reg.office_holder("PAK", "head_of_state", "2024-05-01").name == "Asif Ali Zardari"
    assert reg.office_holder("PAK", "head_of_state", "2020-05-01").name == "Arif Alvi"
    assert reg.office_holder("PAK", "intelligence_chief", "2023-01-01").name == "Nadeem Anjum"


def test_user_yaml_merges_on_top(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("- name: Taliban\n  aliases: [Talib movement]\n"
                 "- name: Noor Wali Mehsud\n  kind: person\n  aliases: [Mufti Noor Wali]\n"
                 "  roles: [{country: PAK, sector: REB}]\n", encoding="utf-8")
    reg = Registry.load([f])
    assert reg.lookup("Talib movement").name == "Taliban"
    assert len(reg.lookup("Taliban").roles) == 4  # aliases added, roles kept
    assert reg.lookup("Noor Wali Mehsud").role_at("2024-01-01").sector == "REB"
    assert "mine.yaml:3" in reg.show("Noor Wali Mehsud")["source"]


def test_user_roles_replace_shipped(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("- {name: Asif Durrani, kind: person, country: PAK, sector: ELI}\n", encoding="utf-8")
    assert Registry.load([f]).lookup("Asif Durrani").role_at("2024-01-01").sector == "ELI"


def test_user_csv(tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text("name,country,sector,aliases,start,end,kind\n"
                 "Jane Doe,PAK,GOV,J. Doe|Doe,2020-01-01,2022-12-31,person\n"
                 "Jane Doe,PAK,PTY,,2023-01-01,,person\n", encoding="utf-8")
    a = Registry.load([f]).lookup("J. Doe")
    assert a.name == "Jane Doe" and a.role_at("2021-01-01").sector == "GOV" and a.role_at("2024-01-01").sector == "PTY"


@pytest.mark.parametrize("body,line,what", [
    ("- name: A\n  roles: [{country: PAK, sector: GOV}]\n- name: B\n  roles: [{country: XXX, sector: GOV}]\n", 3, "XXX"),
    ("- name: A\n  roles: [{country: PAK, sector: BOSS}]\n", 1, "BOSS"),
    ("- name: A\n  roles: [{country: PAK, sector: GOV, start: 2020-13-01}]\n", 1, "date"),
    ("- name: A\n  roles: [{country: PAK, sector: GOV, start: 2022-01-01, end: 2021-01-01}]\n", 1, "before"),
    ("- name: A\n  colour: red\n", 1, "colour"),
    ("- roles: []\n", 1, "name"),
])
def test_validation_names_file_and_line(tmp_path, body, line, what):
    f = tmp_path / "bad.yaml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(DataFileError) as e:
        Registry.load([f])
    assert f"bad.yaml:{line}:" in str(e.value) and what in str(e.value)
    assert e.value.code == "E303"


def test_bad_csv_row_names_line(tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text("name,country,sector\nA,PAK,GOV\nB,PAK,NOPE\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad.csv:3:") as e:
        Registry.load([f])
    assert e.value.code == "E303"


def test_bad_yaml_is_an_entry_error_and_bad_files_are_unreadable(tmp_path):
    from jirga.actors.registry import read_user_file
    f = tmp_path / "broken.yaml"
    f.write_text("- name: A\n  roles: [{country: PAK\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="invalid YAML") as e:
        read_user_file(f)
    assert e.value.code == "E303"
    with pytest.raises(DataFileError) as e:
        read_user_file(tmp_path / "absent.yaml")
    assert e.value.code == "E302"
    other = tmp_path / "actors.txt"
    other.write_text("A\n", encoding="utf-8")
    with pytest.raises(DataFileError) as e:
        read_user_file(other)
    assert e.value.code == "E302"


def test_add_actor_appends_and_loads(tmp_path):
    f = tmp_path / "user" / "actors.yaml"
    add_actor(f, "Noor Wali Mehsud", "PAK", "REB", aliases=["Mufti Noor Wali Mehsud"], kind="person")
    add_actor(f, "Some Envoy", "PAK", "GOV", start="2024-01-01", end="2024-12-31", wikidata="Q1")
    reg = Registry.load([f])
    assert reg.lookup("Mufti Noor Wali Mehsud").role_at(None).sector == "REB"
    assert reg.lookup("Some Envoy").role_at("2025-06-01").country == "PAK"
    with pytest.raises(DataFileError):
        add_actor(f, "Bad", "ZZZ", "GOV")
    with pytest.raises(DataFileError):
        add_actor(f, "Bad", "PAK", "XXX")
    assert "Bad" not in f.read_text()


def test_settings_actor_files(tmp_path):
    from jirga.actors.registry import get_registry
    from jirga.resources import Resources
    f = tmp_path / "a.yaml"
    f.write_text("- {name: Test Militia, country: AFG, sector: PRM}\n", encoding="utf-8")
    res = Resources(actor_files=[str(f)])
    assert get_registry(res).lookup("Test Militia").roles[0].sector == "PRM"
    assert get_registry(res) is get_registry(res)


@pytest.mark.parametrize("plural,one", [("protesters", "protester"), ("drug traffickers", "drug trafficker"),
                                        ("militias", "militia"), ("gunmen", "gunman"), ("witches", "witch"),
                                        ("press", None), ("thieves", None)])
def test_singular_of_an_agent_word(plural, one):
    assert singular(plural) == one


def test_one_of_the_people_a_plural_agent_word_names_has_its_sector():
    reg = get_registry(Resources())
    assert reg.agents["protester"] == reg.agents["protesters"] == "CVL"
    assert reg.agents["peacekeeper"] == "MIL" and reg.agents["kidnapper"] == "CRM"
    # not a word that names a thing or modifies a party: 'national police', 'local officials'
    assert "national" not in reg.agents and "local" not in reg.agents and "force" not in reg.agents
