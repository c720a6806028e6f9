"""Small hand-built records for tests of the graph and sink stages (no extractor needed)."""
from __future__ import annotations

from kg.graph.ids import node_id
from kg.models import Entity, Evidence, Extraction, Linked, Linking, Mention, Paper, RepoMention, Result
from kg.vocab import EntityType as T

ABSTRACT_A = ("We propose SparseNet, a routing network for semantic segmentation. "
              "SparseNet reaches 80.1% mIoU on Cityscapes with a ResNet-50 backbone. "
              "Code: https://github.com/example/sparsenet")
ABSTRACT_B = "We evaluate ResNet-50 on Cityscapes and report mIoU for semantic segmentation."


def _m(text: str, abstract: str, t: T, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = abstract.index(text, start + 1)
    return Mention(t, text, start, start + len(text), "abstract")


def small_linking() -> Linking:
    """Two papers sharing ResNet-50, Cityscapes, mIoU and semantic segmentation; one proposes SparseNet."""
    pa = Paper("a1", "Sparse routing for segmentation <script>alert(1)</script>", ABSTRACT_A, url="https://example.org/a1", year=2024)
    pb = Paper("b2", "A \"quoted\" study of backbones", ABSTRACT_B)
    ma = [_m("SparseNet", ABSTRACT_A, T.METHOD), _m("semantic segmentation", ABSTRACT_A, T.TASK),
          _m("SparseNet", ABSTRACT_A, T.METHOD, 1), _m("mIoU", ABSTRACT_A, T.METRIC),
          _m("Cityscapes", ABSTRACT_A, T.DATASET), _m("ResNet-50", ABSTRACT_A, T.METHOD)]
    mb = [_m("ResNet-50", ABSTRACT_B, T.METHOD), _m("Cityscapes", ABSTRACT_B, T.DATASET),
          _m("mIoU", ABSTRACT_B, T.METRIC), _m("semantic segmentation", ABSTRACT_B, T.TASK)]
    url = "https://github.com/example/sparsenet"
    s = ABSTRACT_A.index(url)
    ra = (RepoMention(url, s, s + len(url)),)
    res = (Result("80.1%", "SparseNet", "Cityscapes", "mIoU", ABSTRACT_A.index("80.1%"), ABSTRACT_A.index("80.1%") + 5),)
    ea = Extraction(pa, tuple(ma), ra, ("SparseNet",), res)
    eb = Extraction(pb, tuple(mb))
    entities: dict[str, Entity] = {}

    def eid(m: Mention) -> str:
        i = node_id(m.type, m.text)
        entities.setdefault(i, Entity(i, m.type, m.text))
        return i

    linked = []
    for ex in (ea, eb):
        ids = []
        for m in ex.mentions:
            i = eid(m)
            entities[i].add(m.text, Evidence(ex.paper.id, m.field, m.start, m.end, m.text))
            ids.append(i)
        repo_ids = []
        for r in ex.repos:
            i = node_id(T.REPOSITORY, "github.com/example/sparsenet")
            entities.setdefault(i, Entity(i, T.REPOSITORY, "github.com/example/sparsenet"))
            entities[i].add(r.url, Evidence(ex.paper.id, r.field, r.start, r.end, r.url))
            repo_ids.append(i)
        prop = tuple(node_id(T.METHOD, n) for n in ex.proposed)
        rids = tuple((node_id(T.METHOD, r.method), node_id(T.DATASET, r.dataset), node_id(T.METRIC, r.metric)) for r in ex.results)
        linked.append(Linked(ex, tuple(ids), tuple(repo_ids), prop, rids))
    return Linking(entities, linked)


def pruned_graph(papers: list[Paper], existing=None):
    """Extract, link and build ``papers``, then drop the weak entity nodes as ``kg build`` does:
    ``(graph, WeakEvidence, nodes dropped)`` (linked at once, so an unlinked paper's evidence is dropped after the
    clearest are chosen, :func:`~kg.graph.build_graph`); ``existing``: an earlier build's entity table
    (:func:`kg.build_state.existing_entities`, as ``kg build --append`` links)."""
    from kg.extract import build_nlp, extract_papers  # noqa: PLC0415
    from kg.graph import build_graph  # noqa: PLC0415
    from kg.graph.prune import WeakEvidence, prune  # noqa: PLC0415
    from kg.link import link  # noqa: PLC0415

    linking = link(list(extract_papers(papers, build_nlp())), existing=existing)
    weak = WeakEvidence(linking.entities)
    for lk in linking.papers:
        weak.add(lk)
    g = build_graph(linking, unlinked=weak.unlinked)
    return g, weak, prune(g, weak.weak_ids())


def results_of(nlp, abstract: str, title: str = "A study") -> list[tuple]:
    """The results kg extracts from one abstract: ``(value, metric, dataset, method, kind, baseline)``."""
    from kg.extract import extract_papers  # noqa: PLC0415

    (ex,) = extract_papers([Paper("t", title, abstract)], nlp=nlp)
    return [(r.value, r.metric, r.dataset, r.method, r.kind, r.baseline) for r in ex.results]


def found_mentions(abstract: str, title: str = "A Title") -> set[tuple[str, str]]:
    """The mentions kg extracts from one abstract as ``(type, text)`` pairs, with the process's shared pipeline
    (``build_nlp`` is built once per test process: tests/conftest.py)."""
    from kg.extract import build_nlp, extract_one  # noqa: PLC0415

    ex = extract_one(Paper("p", title, abstract), nlp=build_nlp())
    return {(m.type.value, m.text) for m in ex.mentions}


# --- comparing two builds (the Dask tests) -------------------------------------------------------------
def _differences():
    import importlib.util  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    path = Path(__file__).resolve().parent.parent / "scripts" / "compare_graphs.py"
    spec = importlib.util.spec_from_file_location("compare_graphs", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.differences


def same_build(a, b) -> None:
    """The two build folders hold the same graph (node for node, edge for edge) and the same extractions."""
    from kg.graph import load_graph  # noqa: PLC0415

    diffs = _differences()(load_graph(a), load_graph(b))
    assert diffs == [], diffs
    assert (a / "extractions.jsonl").read_bytes() == (b / "extractions.jsonl").read_bytes()


def store_dump(out) -> tuple[list, list]:
    """Every node and relationship of a build's embedded store with all properties (the engine's
    internal ids left out: they follow the load order)."""
    import json  # noqa: PLC0415

    from kg.sinks.embedded import run_cypher  # noqa: PLC0415

    def props(d: dict) -> str:
        return json.dumps({k: v for k, v in d.items() if not k.startswith("_")}, sort_keys=True, default=str)

    _, nodes = run_cypher(out, "MATCH (n) RETURN label(n), n")
    _, rels = run_cypher(out, "MATCH (a)-[r]->(b) RETURN a.id, b.id, label(r), r")
    return sorted((lab, props(n)) for lab, n in nodes), sorted((a, b, t, props(r)) for a, b, t, r in rels)


def task_node_names(papers: list[Paper]) -> set[str]:
    """The lower-cased names of the Task nodes :func:`pruned_graph` keeps for ``papers``."""
    g, _, _ = pruned_graph(papers)
    return {d.get("name").lower() for _, d in g.nodes(data=True) if d.get("type") == "Task"}
