"""Linking and the graph per partition (what ``kg build --engine dask`` runs on its workers), without a
cluster: summaries of partitions merged in input order, one table, per-partition graph files read back
as records give exactly the single-process graph's records, on the real seed abstracts."""
from __future__ import annotations

import json
from dataclasses import fields

import pytest

from kg.graph import build_graph_stream
from kg.graph.common_proposals import demote_common_proposals
from kg.graph.partition import PartitionedRecords, write_partition
from kg.graph.prune import WeakEvidence, not_entity_ids, prune
from kg.graph.records import GraphRecords
from kg.link import Resolver
from kg.link.summary import LinkSummary


def _nodes(records) -> list[tuple]:
    return sorted((n.id, n.label, json.dumps(dict(n.props), sort_keys=True)) for n in records.nodes())


def _edges(records) -> list[tuple]:
    return sorted((e.src, e.dst, e.type, e.src_label, e.dst_label, json.dumps(dict(e.props), sort_keys=True))
                  for e in records.edges())


def _single_graph(exs, some_pruned: bool = True):
    """The single-process graph as ``kg build`` makes it: papers linked and built one at a time, weak guesses and
    names of kinds of data or fields (:func:`~kg.graph.not_entities.not_entity_ids`) pruned, common proposals
    demoted."""
    plan = Resolver().plan(exs)
    weak = WeakEvidence(plan.entities)

    def linked():
        for lk in plan.linked(exs):
            weak.add(lk)
            yield lk

    g = build_graph_stream(plan.entities, linked(), unlinked=weak.unlinked)
    assert (prune(g, weak.weak_ids() | not_entity_ids(plan.entities)) > 0) or not some_pruned
    demote_common_proposals(g)
    return g


def _partitioned(exs, size, tmp_path) -> PartitionedRecords:
    res = Resolver()
    parts = [exs[i:i + size] for i in range(0, len(exs), size)]
    table, _ = res.cluster(LinkSummary.merge(res.summarise(p) for p in parts))
    prefixes = [str(tmp_path / f"part-{i}") for i in range(len(parts))]
    for p, prefix in zip(parts, prefixes):
        write_partition(table, p, prefix)
    return PartitionedRecords(prefixes, table.entities, {"papers": len(exs)})


@pytest.fixture(scope="module")
def expected(seed_extractions):
    """The single-process graph's records of the seeds, and their nodes and edges (read only)."""
    records = GraphRecords(_single_graph(seed_extractions))
    return records, _nodes(records), _edges(records)


@pytest.mark.parametrize("size", [37, 100])
def test_partitioned_records_equal_the_single_process_records(seed_extractions, expected, size, tmp_path):
    expected, nodes, edges = expected
    got = _partitioned(seed_extractions, size, tmp_path)
    assert got.stats()["weak_nodes_dropped"] > 0
    assert _nodes(got) == nodes and len(nodes) > 2500
    assert _edges(got) == edges and len(edges) > 4500
    assert got.node_count() == expected.node_count() and got.edge_count() == expected.edge_count()
    # an entity named by many papers: its aggregated properties came from several partitions
    top = max(got.entity_nodes(), key=lambda d: d["paper_count"])
    assert top["paper_count"] > size and len(top["evidence"]) == 20


def test_summaries_merged_in_order_equal_the_whole_summary(seed_extractions):
    res = Resolver()
    whole = res.summarise(seed_extractions)
    parts = LinkSummary.merge(res.summarise(seed_extractions[i:i + 50]) for i in range(0, len(seed_extractions), 50))
    # every count of the summary (a new one, such as graded_df or lower_df, is compared without a list to update)
    names = [f.name for f in fields(LinkSummary) if f.name != "votes"]  # votes: compared below
    assert {"papers", "forms", "graded_df", "lower_df"} <= set(names)
    for f in names:
        a, b = getattr(whole, f), getattr(parts, f)
        assert a == b, f
        if f in ("forms", "lex", "long_forms", "defs", "acronyms", "used"):
            assert list(a) == list(b), f"{f}: first-seen order"
    assert whole.votes.votes == parts.votes.votes and whole.votes.papers == parts.votes.papers
    assert list(whole.votes.votes) == list(parts.votes.votes)


def test_the_table_holds_names_not_papers(seed_extractions):
    table, stats = Resolver().cluster(Resolver().summarise(seed_extractions))
    assert stats.papers == len(seed_extractions)
    assert len(table.node_eid) <= stats.keys and len(table.index_eid) <= stats.keys
    assert all(not e.papers and not e.evidence for e in table.entities.values())  # filled in by apply only


def test_build_export_option_is_checked_before_any_work(tmp_path):
    from click.testing import CliRunner  # noqa: PLC0415

    from kg.cli import main  # noqa: PLC0415

    res = CliRunner().invoke(main, ["build", "--out", str(tmp_path / "o"), "-q", "--export", "xml=x"])
    assert res.exit_code != 0 and "--export 'xml=x': expected FORMAT=PATH" in res.output
    assert not (tmp_path / "o").exists()


def test_build_exports_beside_its_outputs(tmp_path):
    from kg.pipeline import build  # noqa: PLC0415

    report = build(None, tmp_path / "o", html=False, store=False, exports=[("neo4j-admin", tmp_path / "admin")])
    files = report.exports["neo4j-admin"]
    assert str(tmp_path / "admin" / "import.sh") in files and (tmp_path / "admin" / "nodes_Paper.csv").is_file()
    assert "exports" in json.loads((tmp_path / "o" / "build_report.json").read_text())


def test_a_paper_with_no_evidence_of_a_node_is_unlinked_from_it_in_its_partition_as_in_one_process(tmp_path):
    """A paper whose every mention of a node another partition keeps is no evidence (:mod:`kg.graph.weak_evidence`) is
    left out of the node's papers and edges by its own partition, as the single-process build leaves it out."""
    from kg.extract import build_nlp, extract_papers
    from kg.models import Paper

    papers = [Paper("w1", "Routing Parcels", "We propose a Fusion Module (FM) that merges the two views of a parcel."),
              Paper("w2", "Sorting Letters", "In our sorter a fusion module joins the two readers of the stamps."),
              Paper("w3", "Counting Stamps", "We train a separation module on the stamps of old letters.")]
    exs = list(extract_papers(papers, build_nlp()))
    expected = GraphRecords(_single_graph(exs))
    got = _partitioned(exs, 1, tmp_path)
    assert _nodes(got) == _nodes(expected) and _edges(got) == _edges(expected)
    fusion = [json.loads(n[2]) for n in _nodes(got) if n[0] == "method:fusion-module"]
    assert [f["papers"] for f in fusion] == [["paper:w1"]]
    assert not [e for e in _edges(got) if e[0] == "paper:w2" and e[1] == "method:fusion-module"]


def _extracted(rows):
    from kg.extract import build_nlp, extract_papers  # noqa: PLC0415
    from kg.models import Paper  # noqa: PLC0415

    return list(extract_papers([Paper(i, t, a) for i, t, a in rows], build_nlp()))


def test_a_name_written_only_before_other_nouns_is_left_out_by_both_engines(tmp_path):
    """A coined token two papers write only before a lower-case noun ("QUOX strings",
    :func:`kg.graph.method_kinds.modifier_kind`) is left out of the partitioned graph as of the single-process one: the
    papers that write it so are counted in its type votes, which both engines share (the link table's entities have
    no papers)."""
    rows = [("q1", "Molecules as text", "We encode QUOX strings of each molecule with a recurrent encoder, and QUOX "
                                        "strings of the test molecules are decoded with a beam search."),
            ("q3", "Kernels for burrows", "We extract WOMBAT descriptors from each burrow image. WOMBAT outperforms "
                                          "learned features, and we combine WOMBAT with colour histograms."),
            ("q2", "Better molecules", "Our decoder writes valid QUOX codes for drug candidates; we then rank QUOX "
                                       "codes by solubility."),
            ("q4", "Burrow matching", "Matching with WOMBAT descriptors is robust, and WOMBAT features help retrieval.")]
    exs = _extracted(rows)
    expected = GraphRecords(_single_graph(exs, some_pruned=False))
    got = _partitioned(exs, 2, tmp_path)  # q1 and q2 in two partitions
    assert _nodes(got) == _nodes(expected) and _edges(got) == _edges(expected)
    names = {json.loads(n[2]).get("name") for n in _nodes(got) if n[1] == "Method"}
    assert "WOMBAT" in names and "QUOX" not in names, names


def test_a_node_shows_the_evidence_of_its_linked_papers_only_in_both_engines(tmp_path):
    """Twelve papers write "a fusion module" (a generic compound: no evidence, not linked to the node), one proposes
    its Fusion Module and one uses "the Fusion Module of" another paper. The node's evidence is its two linked papers'
    clearest items, in one process as in partitions of one paper: the unlinked papers' many items, which would fill
    the node's twenty before any cut, leave no gap."""
    rows = [("z1", "Routing Parcels", "We propose a Fusion Module (FM) that merges the scale view and the label view "
                                      "of each parcel; the FM beats a plain sum of the two views.")]
    rows += [(f"y{i:02d}", f"Sorting Letters {i}", "In our sorter a fusion module joins the two readers, and a second "
                                                  "fusion module joins the stamps.") for i in range(12)]
    rows += [("z2", "Routing Letters", "We extend the Fusion Module of parcel routers to letters of any size.")]
    exs = _extracted(rows)
    expected = GraphRecords(_single_graph(exs, some_pruned=False))
    got = _partitioned(exs, 1, tmp_path)
    assert _nodes(got) == _nodes(expected) and _edges(got) == _edges(expected)
    node = next(json.loads(n[2]) for n in _nodes(got) if n[0] == "method:fusion-module")
    assert node["papers"] == ["paper:z1", "paper:z2"]
    assert {e["paper"] for e in node["evidence"]} == {"paper:z1", "paper:z2"}


def test_a_node_is_named_by_its_linked_papers_in_both_engines(tmp_path):
    """Two papers write "a gating module" (unlinked from the node: no evidence of it; a third would make "gating" an
    everyday word, which :mod:`kg.link.cased` keeps apart from the capitals), one proposes GATING, joined to the same
    node: each partition reports its papers' forms, linked or not, and the merge names the node by the linked paper's
    form, as one process does."""
    rows = [("g1", "Routing Parcels", "To read both views of a parcel, we propose a modular network (GATING) that "
                                      "joins the scale view and the label view.")]
    rows += [(f"h{i}", f"Sorting Letters {i}", "In our sorter a gating module joins the two readers of the stamps.")
             for i in range(2)]
    exs = _extracted(rows)
    expected = GraphRecords(_single_graph(exs, some_pruned=False))
    got = _partitioned(exs, 1, tmp_path)
    assert _nodes(got) == _nodes(expected) and _edges(got) == _edges(expected)
    node = next(json.loads(n[2]) for n in _nodes(got) if n[0] == "method:gating-module")
    assert node["name"] == "GATING" and node["papers"] == ["paper:g1"] and node["aliases"] == []
    assert got.graph.nodes["method:gating-module"]["linked_name"] == "gating module"  # the linker's, for an append
