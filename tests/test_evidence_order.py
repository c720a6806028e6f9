"""Best-first evidence (issue 18): a node shows first the mentions that show it clearly as its type, from
different papers first; both engines keep and order the same items. Sentences written for these tests."""
from __future__ import annotations

from kg.graph import build_graph
from kg.graph.build import best_first
from kg.graph.partition import entity_attrs
from kg.link import link
from kg.link.clarity import clarity
from kg.models import MAX_EVIDENCE, Entity, Evidence, Extraction, Mention, Paper, Result, evidence_key
from kg.vocab import EntityType as T


def _m(text: str, abstract: str, t: T, rule: str = "lexicon", canonical: str | None = None, field: str = "abstract",
       nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = abstract.index(text, start + 1)
    return Mention(t, text, start, start + len(text), field, canonical, (), rule)


def _shown(exs: list[Extraction], eid: str) -> list[str]:
    g = build_graph(link(exs))
    return [e["paper"] for e in g.nodes[eid]["evidence"]]


def test_a_metric_with_its_value_comes_before_a_matching_threshold():
    a = "Proposals are matched to objects with an IoU threshold of the detector. We train it end to end."
    b = "Our segmenter reaches 71.4 IoU on the street scenes. It runs fast."
    exs = [Extraction(Paper("a1", "Matching boxes", a), (_m("IoU", a, T.METRIC),)),
           Extraction(Paper("b2", "Street segmentation", b), (_m("IoU", b, T.METRIC),),
                      results=(Result("71.4", None, None, "IoU", b.index("71.4"), b.index("71.4") + 4),))]
    assert _shown(exs, "metric:iou") == ["paper:b2", "paper:a1"]  # the old order (by paper id) showed a1 first


def test_a_task_in_its_role_comes_before_a_task_modifying_a_loss():
    a = "We add a re-identification loss to the tracker and train it on video."
    b = "We study person re-identification across cameras. The model is small."
    exs = [Extraction(Paper("a1", "A tracker", a), (_m("re-identification", a, T.TASK),)),
           Extraction(Paper("b2", "Cameras", b), (_m("re-identification", b, T.TASK),))]
    assert _shown(exs, "task:re-identification") == ["paper:b2", "paper:a1"]


def test_the_abstract_comes_before_a_title_fragment():
    a = "A short note on crowded scenes, with no task named in it."
    b = "We propose a sampler for pose estimation in crowded scenes."
    exs = [Extraction(Paper("a1", "Pose estimation", a), (_m("Pose estimation", "Pose estimation", T.TASK, field="title"),)),
           Extraction(Paper("b2", "A sampler", b), (_m("pose estimation", b, T.TASK),))]
    assert _shown(exs, "task:pose-estimation") == ["paper:b2", "paper:a1"]


def test_clarity_prefers_the_extractors_type_and_the_nodes_name_written_out():
    s = "We use a convolutional neural network (CNN) as the encoder."
    cnn = _m("CNN", s, T.METHOD, rule="acronym-ref", canonical="convolutional neural network")
    long = _m("convolutional neural network", s, T.METHOD)
    name = "convolutional neural network"
    assert clarity(s, long, T.METHOD, name) > clarity(s, cnn, T.METHOD, name)
    as_task = long._replace(type=T.TASK)  # typed otherwise at extraction, retyped by the corpus's vote
    assert clarity(s, long, T.METHOD, name) > clarity(s, as_task, T.METHOD, name)
    d = "We collect a new dataset of ferry reviews, called HarbourRev. Our tagger also runs on HarbourRev."
    named = _m("HarbourRev", d, T.METHOD, rule="named")  # a Method by the rule's default, a Dataset by the corpus
    used = _m("HarbourRev", d, T.DATASET, rule="name", nth=1)
    assert clarity(d, named, T.DATASET, "HarbourRev") >= clarity(d, used, T.DATASET, "HarbourRev")


def test_best_first_shows_different_papers_first_then_keeps_the_order():
    items = [(evidence_key(9, "p1", "abstract", s), f"p1-{s}") for s in (5, 1, 3)]
    items.append((evidence_key(2, "p2", "abstract", 0), "p2-0"))
    assert best_first(items) == ["p1-1", "p2-0", "p1-3", "p1-5"]


def test_an_entity_keeps_its_clearest_evidence_whatever_the_input_order():
    evs = [Evidence(f"p{i:02d}", "abstract", i, i + 3, "IoU", rank=i % 7) for i in range(3 * MAX_EVIDENCE)]
    kept = []
    for order in (evs, evs[::-1]):
        ent = Entity("metric:iou", T.METRIC, "IoU")
        for e in order:
            ent.add("IoU", e)
        kept.append(sorted(ent.evidence, key=lambda e: evidence_key(e.rank, e.paper, e.field, e.start))[:MAX_EVIDENCE])
        # the last paper's item waits beside the clearest until another paper's come (Entity.forget)
        assert ent.mention_count == len(evs) and len(ent.evidence) == MAX_EVIDENCE + 1
    assert kept[0] == kept[1]
    assert min(e.rank for e in kept[0]) >= max(e.rank for e in evs if e not in kept[0])


def test_a_forgotten_paper_leaves_no_gap_in_the_clearest_evidence():
    """A paper's items dropped before the next paper's come (a paper the graph does not link to the entity) never
    push out another paper's: the entity keeps the clearest items of the papers it keeps, as if the dropped paper
    had never been read."""
    def ev(paper, start, rank):
        return Evidence(paper, "abstract", start, start + 3, "Fox", rank=rank)

    ent, clean = Entity("method:fox", T.METHOD, "Fox"), Entity("method:fox", T.METHOD, "Fox")
    for p in range(5):
        for e in [ev(f"k{p}", s, 1) for s in range(5)]:  # 25 plain items of five kept papers
            ent.add("Fox", e)
            clean.add("Fox", e)
        for e in [ev(f"x{p}", s, 9) for s in range(MAX_EVIDENCE)]:  # 20 clearer items of a dropped paper each time
            ent.add("Fox", e)
        ent.forget(f"x{p}")

    def best(e):
        return sorted(e.evidence, key=lambda x: evidence_key(x.rank, x.paper, x.field, x.start))[:MAX_EVIDENCE]

    assert best(ent) == best(clean) and len(best(ent)) == MAX_EVIDENCE
    assert {e.paper for e in best(ent)} == {"k0", "k1", "k2", "k3"}


def test_partition_shares_merge_to_the_single_process_order():
    ent = Entity("metric:iou", T.METRIC, "IoU")
    evs = [Evidence(f"p{i:02d}", "abstract", 0, 3, "IoU", rank=i % 5) for i in range(2 * MAX_EVIDENCE + 3)]
    for e in evs:
        ent.add("IoU", e)

    def share(part):  # what a partition writes: its own clearest items
        own = Entity(ent.id, ent.type, ent.name)
        for e in part:
            own.add("IoU", e)
        return {"name": "IoU", "aliases": ["IoU"], "mentions": len(part), "papers": [],
                "evidence": [[e.rank, e.paper, e.field, e.start, {"paper": e.paper}] for e in own.evidence]}

    half = len(evs) // 2
    merged = entity_attrs(ent.id, [share(evs[:half]), share(evs[half:])], {ent.id: ent})
    single = best_first([(evidence_key(e.rank, e.paper, e.field, e.start), {"paper": e.paper}) for e in ent.evidence])
    assert single == best_first([(evidence_key(e.rank, e.paper, e.field, e.start), {"paper": e.paper})
                                 for e in ent.evidence[::-1]])
    assert merged["evidence"] == single and len(single) == MAX_EVIDENCE


def test_a_sentence_shown_once_waits_behind_other_sentences():
    s = "We test the tagger on the Harbour Reviews corpus and report accuracy."
    other = "The Harbour Reviews corpus holds ferry reviews written by travellers."
    exs = [Extraction(Paper(p, "A tagger", s), (_m("Harbour Reviews", s, T.DATASET, rule="name"),)) for p in ("a1v1", "a1v2")]
    exs.append(Extraction(Paper("b2", "Reviews", other), (_m("Harbour Reviews", other, T.DATASET, rule="name"),)))
    shown = _shown(exs, "dataset:harbour-reviews")
    assert shown[1] == "paper:b2" and len(shown) == 3  # the second version of the same sentence comes last
    one = "Scores " + ", ".join(f"Model{i} {i}.5 AP" for i in range(60)) + " on the Harbour Reviews corpus."
    two = "Rows " + ", ".join(f"Net{i} {i}.1 F1" for i in range(60)) + " and Harbour Reviews samples."
    text = one + " " + two  # two run-on sentences, in two versions of one paper
    exs = [Extraction(Paper(p, "Tables", text), (_m("Harbour Reviews", text, T.DATASET, rule="name"),
                                                 _m("Harbour Reviews", text, T.DATASET, rule="name", nth=1)))
           for p in ("a1v1", "a1v2")]
    shown = [(e["paper"], e["start"]) for e in build_graph(link(exs)).nodes["dataset:harbour-reviews"]["evidence"]]
    assert [p for p, _ in shown[:2]] == ["paper:a1v1", "paper:a1v1"]  # its two sentences before their copies


def test_a_run_on_sentence_waits_behind_a_plain_one():
    run_on = "Scores " + ", ".join(f"Model{i} {i}.5 AP" for i in range(60)) + " on the Harbour Reviews set."
    plain = "The Harbour Reviews set holds ferry reviews written by travellers."
    exs = [Extraction(Paper("a1", "Tables", run_on), (_m("Harbour Reviews", run_on, T.DATASET, rule="name"),)),
           Extraction(Paper("b2", "Reviews", plain), (_m("Harbour Reviews", plain, T.DATASET, rule="name"),))]
    assert _shown(exs, "dataset:harbour-reviews") == ["paper:b2", "paper:a1"]


def test_the_paper_introducing_a_dataset_comes_before_a_use_of_it():
    a = "Our parser beats the baseline on Harbour Reviews and on two news sets."
    b = "We present Harbour Reviews, a large collection of ferry reviews written by travellers."
    exs = [Extraction(Paper("a1", "A parser", a), (_m("Harbour Reviews", a, T.DATASET, rule="name"),)),
           Extraction(Paper("b2", "Reviews", b), (_m("Harbour Reviews", b, T.DATASET, rule="name"),),
                      proposed=("Harbour Reviews",))]
    assert _shown(exs, "dataset:harbour-reviews") == ["paper:b2", "paper:a1"]
