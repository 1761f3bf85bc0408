"""Code tables of the field's formats (jirga/export/codes.py)."""
from jirga.export import codes


def test_codes_cow_numbers_of_states_and_none_for_the_rest():
    assert (codes.cow("PAK"), codes.cow("AFG"), codes.cow("USA"), codes.cow("IND")) == (770, 700, 2, 750)
    assert codes.cow("IGO") is None and codes.cow(None) is None and codes.cow("PSE") is None


def test_codes_cow_table_has_one_distinct_number_per_state():
    table = codes._cow()
    assert len(table) > 190 and len(set(table.values())) == len(table)
    assert all(len(iso) == 3 and iso.isupper() for iso in table)


def test_codes_sectors_as_words_and_as_cameo_types():
    assert (codes.sector_label("COP"), codes.sector_label("REB"), codes.sector_label("XYZ")) == ("Police", "Rebels", "XYZ")
    # CAMEO's MED is the media and HLH health; PLOVER says JRN and MED
    assert (codes.cameo_type("JRN"), codes.cameo_type("MED"), codes.cameo_type("GOV")) == ("MED", "HLH", "GOV")
    assert codes.cameo_type("PTY") == "" and codes.cameo_type(None) == ""


def test_codes_country_names_and_fips_codes():
    assert (codes.country_name("PAK"), codes.country_name("UNO"), codes.country_name(None)) == ("Pakistan", "United Nations", None)
    assert codes.country_name("IRN") == "Iran"          # the common name, not "Iran, Islamic Republic of"
    assert (codes.fips("PAK"), codes.fips("AFG"), codes.fips("GBR"), codes.fips("CHN"), codes.fips("IGO")) == ("PK", "AF", "UK", "CH", "")
    assert codes.international("UNO") and not codes.international("PAK")


def test_codes_cameo_labels():
    assert codes.cameo_label("042") == "Make a visit" and codes.cameo_label("999") is None
