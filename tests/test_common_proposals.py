"""Corpus-level proposals (kg.graph.common_proposals): a lower-case phrase many other papers write without
proposing it is no paper's contribution. The abstracts are sentences written for these tests."""
import doctest

import pytest

from kg.graph import common_proposals as cp_mod
from kg.graph.common_proposals import demote_common_proposals, phrase_key
from kg.models import Paper

from helpers import pruned_graph

USERS = [  # papers that write "glyph loss" (or "glyph-loss") without proposing it, as a term ("with a glyph
    # loss", "the glyph loss"; not "a glyph loss that ...", one of a paper's own: phrase_guesses.own_description)
    Paper("u1", "Reading Forms", "Our form reader is trained with a glyph loss on the field borders.", year=2016),
    Paper("u2", "Counting Letters", "The glyph loss on every stage helps the letter counter.", year=2017),
    Paper("u3", "Routing Mail", "A glyph-loss term keeps the mail router stable.", year=2018),
]
PROPOSERS = [
    Paper("p1", "Sorting Parcels", "We introduce a glyph loss to supervise the parcel sorter at each step. "
                                   "We also introduce a stamp pooling layer for the stamps.", year=2020),
    Paper("p2", "Stamping Envelopes", "We introduce a glyph loss that aligns the stamp detector with the "
                                      "envelope edges, and a stamp pooling layer.", year=2021),
]


def _rels(g, paper, name):
    eid = next(n for n, d in g.nodes(data=True) if d.get("type") == "Method" and d.get("name").lower() == name)
    return {k for u, _, k in g.in_edges(eid, keys=True) if u == f"paper:{paper}"}


@pytest.fixture(scope="module")
def built():
    g, _, _ = pruned_graph(USERS + PROPOSERS)
    before = {(u, v) for u, v, k in g.edges(keys=True) if k == "PROPOSES"}
    return g, before, demote_common_proposals(g)


def test_docstring_examples():
    assert doctest.testmod(cp_mod).failed == 0


def test_a_phrase_other_papers_write_without_proposing_it_is_used_not_proposed(built):
    g, before, turned = built
    assert ("paper:p1", "method:glyph-loss") in before  # what the extractor found
    assert turned == 2
    assert _rels(g, "p1", "glyph loss") == {"USES"} and _rels(g, "p2", "glyph loss") == {"USES"}
    data = g.get_edge_data("paper:p1", "method:glyph-loss", key="USES")
    assert data["count"] >= 1 and data["evidence"]  # the mention and its evidence stay


def test_proposers_describing_their_own_and_one_user_keep_no_node():
    # as USERS once read: u2 wrote "Glyph losses" only at a sentence start, so u1 alone uses the phrase as a term;
    # the proposers' "a glyph loss that/to ..." are their own losses and no evidence of a technique
    first_u2 = Paper("u2", "Counting Letters", "Glyph losses on every stage help the letter counter.", year=2017)
    g, _, _ = pruned_graph([USERS[0], first_u2, USERS[2], *PROPOSERS])
    assert "glyph loss" not in {d.get("name") for _, d in g.nodes(data=True) if d.get("type") == "Method"}
    assert "stamp pooling" in {d.get("name") for _, d in g.nodes(data=True) if d.get("type") == "Method"}


def test_a_phrase_only_its_proposers_write_stays_proposed(built):
    g, _, _ = built
    assert _rels(g, "p1", "stamp pooling") == {"PROPOSES"}


def test_the_first_paper_to_write_a_phrase_others_take_up_keeps_its_proposal():
    first = Paper("p0", "Sorting Parcels", "We introduce a glyph loss to supervise the parcel sorter at each "
                                           "step.", year=2015)
    g, _, _ = pruned_graph([first, PROPOSERS[1], *USERS])
    demote_common_proposals(g)
    assert _rels(g, "p0", "glyph loss") == {"PROPOSES"}
    assert _rels(g, "p2", "glyph loss") == {"USES"}


def test_a_capitalised_or_digit_name_is_never_demoted():
    g, _, _ = pruned_graph(USERS + PROPOSERS)
    for u, v, k in list(g.edges(keys=True)):  # every proposal now written in capitals in its paper
        if k == "PROPOSES":
            p = g.nodes[u]
            f, s, e = g.get_edge_data(u, v, key=k)["evidence"][0]
            p[f] = p[f][:s] + p[f][s:e].title() + p[f][e:]
    assert demote_common_proposals(g) == 0
    assert not cp_mod.lower_phrase("wav2vec") and cp_mod.lower_phrase("end-to-end network")


def test_phrase_key_ignores_hyphens_case_and_a_plural():
    assert phrase_key("Glyph-Losses") == phrase_key("glyph loss") == ("glyph", "loss")


def test_partitioned_records_demote_as_the_single_process_graph(tmp_path):
    """What ``kg build --engine dask`` reads: per-partition files, papers in partitions of two."""
    from kg.extract import build_nlp, extract_papers
    from kg.graph.partition import PartitionedRecords, write_partition
    from kg.link import Resolver
    from kg.link.summary import LinkSummary

    exs = list(extract_papers(USERS + PROPOSERS, build_nlp()))
    res = Resolver()
    parts = [exs[i:i + 2] for i in range(0, len(exs), 2)]
    table, _ = res.cluster(LinkSummary.merge(res.summarise(p) for p in parts))
    prefixes = [str(tmp_path / f"part-{i}") for i in range(len(parts))]
    for p, prefix in zip(parts, prefixes):
        write_partition(table, p, prefix)
    got = PartitionedRecords(prefixes, table.entities, {"papers": len(exs)})
    rels = {(e.src, e.dst): e.type for e in got.edges()}
    assert rels[("paper:p1", "method:glyph-loss")] == rels[("paper:p2", "method:glyph-loss")] == "USES"
    assert rels[("paper:p1", "method:stamp-pooling")] == "PROPOSES"
    assert got.stats()["common_proposals_demoted"] == 2
    g, _, _ = pruned_graph(USERS + PROPOSERS)
    demote_common_proposals(g)
    assert rels == {(u, v): k for u, v, k in g.edges(keys=True)}
