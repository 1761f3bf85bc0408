"""A title and a surname several people share (``jirga/actors/titled.py``), on the shipped
registry: the office and the date pick the person."""
import pytest

from jirga.actors.registry import Registry
from jirga.actors.titled import titled_surname


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
