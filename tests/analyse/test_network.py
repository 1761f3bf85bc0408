"""The actor network and its GraphML/GEXF export (jirga/analyse/network.py)."""
import networkx as nx
import pytest

import jirga.analyse as ja
from jirga import errors
from jirga.analyse.network import as_json, network, write
from jirga.errors import JirgaError


def test_network_nodes_and_weighted_edges(hand):
    g = network(hand)
    assert set(g.nodes) == {"PAK GOV", "AFG GOV", "PAK REB"}
    assert g.edges["PAK GOV", "AFG GOV"] == {"events": 2, "coop": 0, "conflict": 2}
    assert g.nodes["PAK GOV"]["events"] == 4 and g.nodes["PAK GOV"]["country"] == "PAK"
    j = as_json(g)
    assert j["nodes"][0]["id"] == "PAK GOV" and j["edges"][0] == {"source": "PAK GOV", "target": "AFG GOV",
                                                                  "events": 2, "coop": 0, "conflict": 2}


@pytest.mark.parametrize("suffix, read", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_network_written_and_read_back(hand, tmp_path, suffix, read):
    path = write(network(hand, by="entity"), tmp_path / f"actors{suffix}")
    back = read(path)
    assert set(back.nodes) == {"Pakistan", "Afghanistan", "Tehrik-i-Taliban Pakistan"}
    assert int(back.edges["Pakistan", "Afghanistan"]["events"]) == 2


def test_network_refuses_another_format(hand, tmp_path):
    with pytest.raises(JirgaError) as exc:
        write(network(hand), tmp_path / "actors.png")
    assert exc.value.code == errors.UNKNOWN_FORMAT


def test_network_of_the_example_corpus(corpus):
    g = ja.network(corpus, start="2024-01-01")
    assert g.number_of_nodes() > 5 and g.has_edge("PAK GOV", "AFG GOV")
