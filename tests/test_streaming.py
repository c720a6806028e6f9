"""The two-pass linking and streamed graph that `kg build` uses, and the chunked store load: they give
exactly what the in-memory path gives, on the real seed abstracts."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from kg.errors import LinkError
from kg.graph import build_graph, build_graph_stream
from kg.link import Resolver, link
from kg.sinks import embedded
from kg.sinks.embedded import run_cypher, write_store
from kg.sinks.html import most_connected



@pytest.fixture(scope="module")
def seed_extractions(seed_extractions):
    """The first 150 seed papers' extractions (of the run's shared seed build)."""
    return seed_extractions[:150]


def _canon(g: nx.MultiDiGraph) -> tuple:
    nodes = sorted((n, json.dumps({k: v for k, v in d.items()}, sort_keys=True, default=list))
                   for n, d in g.nodes(data=True))
    edges = sorted((a, b, k, json.dumps(d, sort_keys=True, default=list)) for a, b, k, d in g.edges(keys=True, data=True))
    return nodes, edges


def test_two_pass_linking_gives_the_in_memory_graph(seed_extractions):
    expected = build_graph(link(seed_extractions))
    plan = Resolver().plan(iter(seed_extractions))
    # the plan keeps a table by distinct name and the paper ids, not the records
    assert not hasattr(plan, "mention_nodes") and len(plan.paper_ids) == len(seed_extractions)
    g = build_graph_stream(plan.entities, plan.linked(iter(seed_extractions)))
    assert g.number_of_nodes() == expected.number_of_nodes() > 150
    assert g.number_of_edges() == expected.number_of_edges()
    g.graph.pop("built_at"), expected.graph.pop("built_at")
    assert _canon(g) == _canon(expected)
    assert g.graph == expected.graph


def test_records_that_change_between_passes_are_refused(seed_extractions):
    plan = Resolver().plan(seed_extractions[:10])
    with pytest.raises(LinkError, match="changed between the two linking passes"):
        list(plan.linked(seed_extractions[1:11]))
    plan = Resolver().plan(seed_extractions[:10])
    with pytest.raises(LinkError, match="9 records, not 10"):
        list(plan.linked(seed_extractions[:9]))


def test_store_loaded_in_small_chunks_holds_every_row(tmp_path, seed_extractions, monkeypatch):
    g = build_graph(link(seed_extractions[:60]))  # 60 papers: still several files for every label and type
    monkeypatch.setattr(embedded._ChunkedCSV.__init__, "__defaults__", (200, 6_000))
    seen: list[int] = []
    monkeypatch.setattr(embedded._ChunkedCSV, "_next", _counting(embedded._ChunkedCSV._next, seen))
    counts = write_store(g, tmp_path)
    assert counts == {"nodes": g.number_of_nodes(), "relationships": g.number_of_edges()}
    _, rows = run_cypher(tmp_path, "MATCH (p:Paper) RETURN count(p)")
    assert rows == [[60]] and len(seen) > 20, len(seen)
    _, rows = run_cypher(tmp_path, "MATCH ()-[r]->() RETURN count(r)")
    assert rows == [[g.number_of_edges()]]
    # one abstract, read back whole from a store written 2,000 characters a file
    pid, d = next((n, d) for n, d in g.nodes(data=True) if d["type"] == "Paper")
    _, rows = run_cypher(tmp_path, "MATCH (p:Paper {id: $id}) RETURN p.abstract", {"id": pid})
    assert rows == [[d["abstract"]]]
    assert not list(tmp_path.glob(".kg-store-*"))  # the bulk files are gone


def _counting(method, seen: list[int]):
    """``_ChunkedCSV._next`` that also counts the files it starts."""
    def wrapped(self, *args, **kwargs):
        seen.append(1)
        return method(self, *args, **kwargs)
    return wrapped


def test_store_buffer_setting_is_checked(tmp_path, monkeypatch):
    from kg.errors import InputError

    monkeypatch.setenv("KG_STORE_BUFFER_MB", "lots")
    with pytest.raises(InputError, match="KG_STORE_BUFFER_MB"):
        embedded._buffer_pool_bytes()
    monkeypatch.setenv("KG_STORE_BUFFER_MB", "300")
    assert embedded._buffer_pool_bytes() == 300 * 1024 * 1024


def _most_connected_reference(h, max_nodes, start=None):
    """The selection as first written (every neighbour queued again for each kept node)."""
    import heapq

    und = h.to_undirected(as_view=True)
    rank = lambda n: (-len(und[n]), -int(h.nodes[n].get("paper_count") or 0), str(n))  # noqa: E731
    kept, order, heap = set(), iter(sorted(h, key=rank)), []
    if start is not None and start in h:
        heap.append((rank(start), start))
    while len(kept) < max_nodes:
        if not heap:
            nxt = next((n for n in order if n not in kept), None)
            if nxt is None:
                break
            heap.append((rank(nxt), nxt))
        _, n = heapq.heappop(heap)
        if n in kept:
            continue
        kept.add(n)
        for m in und[n]:
            if m not in kept:
                heapq.heappush(heap, (rank(m), m))
    return kept


@pytest.mark.parametrize("max_nodes", [1, 25, 200, 10_000])
def test_most_connected_queues_each_node_once_with_the_same_result(seed_extractions, max_nodes):
    g = build_graph(link(seed_extractions))
    assert most_connected(g, max_nodes) == _most_connected_reference(g, max_nodes)
    start = next(n for n, d in g.nodes(data=True) if d["type"] == "Dataset")
    assert most_connected(g, max_nodes, start) == _most_connected_reference(g, max_nodes, start)


def test_a_build_that_fails_in_the_store_leaves_the_previous_outputs(tmp_path, monkeypatch):
    """The store is loaded last, after the graph is freed: a failure there must still leave the
    previous build whole and no staging or bulk files behind."""
    from kg.errors import SinkError
    from kg.pipeline import PARTIAL_FILE, build

    out = tmp_path / "ex"
    build(None, out)
    before = {f.name: f.read_bytes() for f in out.iterdir() if f.is_file()}

    def broken(self):
        self.discard()
        raise SinkError("embedded store: disk full (simulated)")

    monkeypatch.setattr(embedded.StagedStore, "load", broken)
    with pytest.raises(SinkError, match="simulated"):
        build(None, out)
    after = {f.name: f.read_bytes() for f in out.iterdir() if f.is_file() and f.name != PARTIAL_FILE}
    assert after == before
    # only the extraction checkpoint stays (so `--append` can finish the work without extracting again)
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [PARTIAL_FILE, ".kg"]
    # and, in kg's own folder, the lock and the one current generation (the failed one is gone)
    assert sorted(p.name for p in (out / ".kg").iterdir() if not p.name.startswith("gen-")) == ["current", "lock"]
    assert len([p for p in (out / ".kg").iterdir() if p.name.startswith("gen-")]) == 1
