"""A title and a surname several people share (``jirga/actors/titled.py``), on the shipped
registry: the office and the date pick the person."""
import pytest

from jirga.actors.registry import Registry
from jirga.actors.titled import titled_given, titled_surname


@pytest.fixture(scope="module")
def reg():
    return Registry.load()


@pytest.mark.parametrize("text, day, name", [
    ("President Rajapaksa", "2012-01-10", "Mahinda Rajapaksa"),       # in office that day
    ("President Rajapaksa", "2021-01-10", "Gotabaya Rajapaksa"),
    ("former President Rajapaksa", "2020-01-10", "Mahinda Rajapaksa"),  # held it before, not then
    ("former Prime Minister Sharif", "2020-01-10", "Nawaz Sharif"),
    ("Prime Minister Sharif", "2023-01-10", "Shehbaz Sharif"),
])
def test_titled_surname_the_office_and_the_date_pick_the_person(reg, text, day, name):
    assert titled_surname(reg, text, day).name == name


def test_titled_surname_leaves_what_it_cannot_tell(reg):
    assert titled_surname(reg, "former President Rajapaksa", "2023-06-01") is None   # both had been
    assert titled_surname(reg, "Minister Rajapaksa", "2012-01-10") is None           # no such office held
    assert titled_surname(reg, "Rajapaksa", "2012-01-10") is None                    # no title
    assert titled_surname(reg, "President Rajapaksa", None) is None                  # no date


@pytest.mark.parametrize("text, day, name", [
    ("Sheikh Mohammed", "2018-03-31", "Mohammed bin Rashid Al Maktoum"),  # the Sheikh, not King Mohammed VI
    ("Sheikh Sabah", "2018-01-10", "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
    ("Sheikh Hamad", "2005-01-10", "Hamad bin Khalifa Al Thani"),
])
def test_titled_given_a_rulers_title_and_given_name_is_the_office_holder(reg, text, day, name):
    assert titled_given(reg, text, day).name == name


def test_titled_given_leaves_what_it_cannot_tell(reg):
    assert titled_given(reg, "Mohammed", "2018-03-31") is None                # no title
    assert titled_given(reg, "Sheikh Mohammed", None) is None                 # no date
    assert titled_given(reg, "Sheikh Mohammed bin Zayed", "2018-03-31") is None   # more than a given name
    # in 2023 Dubai's ruler and Qatar's prime minister are both Sheikh Mohammed: the story's country
    assert titled_given(reg, "Sheikh Mohammed", "2023-06-01") is None
    assert titled_given(reg, "Sheikh Mohammed", "2023-06-01", lambda: ["ARE"]).name == "Mohammed bin Rashid Al Maktoum"
    assert titled_given(reg, "Sheikh Mohammed", "2023-06-01", lambda: ["QAT"]).name == \
        "Mohammed bin Abdulrahman Al Thani"
