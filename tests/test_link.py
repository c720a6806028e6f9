"""The linker on crafted mentions with known same/different groups."""
import random

from kg.link import compact_key, link, norm_name, url_key
from kg.link.resolver import Resolver
from kg.models import Entity, Extraction, Mention, Paper, RepoMention
from kg.vocab import EntityType as T


def paper(pid, *mentions, proposed=(), repos=()):
    text = " ".join(m[1] for m in mentions) or "x"
    out, pos = [], 0
    for t, s, *rest in mentions:
        i = text.index(s, pos)
        canonical = rest[0] if rest and rest[0] else None
        aliases = tuple(rest[1]) if len(rest) > 1 else ()
        rule = rest[2] if len(rest) > 2 else ("lexicon" if canonical else "name")
        out.append(Mention(t, s, i, i + len(s), "abstract", canonical, aliases, rule))
        pos = i + len(s)
    rs = tuple(RepoMention(u, 0, 1) for u in repos)
    return Extraction(Paper(pid, f"Title {pid}", text), tuple(out), rs, tuple(proposed))


def groups(linking):
    return {eid: e for eid, e in linking.entities.items()}


def test_normalisation_keeps_versions():
    assert compact_key("ImageNet-1K") == compact_key("ImageNet 1k") == compact_key("imagenet1K")
    assert compact_key("ResNet-50") != compact_key("ResNet-101")
    assert compact_key("BERT-base") != compact_key("BERT")
    assert norm_name("The COCO dataset") == "coco"
    assert compact_key("Graph Neural Networks") == compact_key("graph neural network")
    assert url_key("https://github.com/A/B.git/") == url_key("http://www.github.com/a/b/tree/main") == "github.com/a/b"


def test_crafted_corpus():
    corpus = [
        paper("p1", (T.METHOD, "Vision Transformer", None, ["ViT"], "acronym"), (T.METHOD, "ResNet-50"),
              (T.DATASET, "ImageNet-1K")),
        paper("p2", (T.METHOD, "ViT"), (T.METHOD, "ResNet-101"), (T.DATASET, "ImageNet 1k")),
        paper("p3", (T.METHOD, "vision transformers"), (T.METHOD, "ResNet50"), (T.METHOD, "Mixture of Experts", None, ["MoE"], "acronym")),
        paper("p4", (T.METHOD, "MoE"), (T.METHOD, "mixture-of-experts")),
        # an acronym defined two ways stays split
        paper("p5", (T.METHOD, "Sparse Attention Module", None, ["SAM"], "acronym")),
        paper("p6", (T.METHOD, "Segment Anything Model", None, ["SAM"], "acronym")),
        paper("p7", (T.METHOD, "SAM")),
        # same text, different type: different nodes
        paper("p8", (T.DATASET, "MHP"), (T.TASK, "multi-human parsing"), (T.TASK, "Multi-Human Parsing")),
        paper("p9", (T.METHOD, "BERT-base"), (T.METHOD, "BERT")),
    ]
    lk = link(corpus)
    by = lambda pid, i: lk.papers[int(pid[1:]) - 1].mention_ids[i]  # noqa: E731
    assert by("p1", 0) == by("p2", 0) == by("p3", 0)  # Vision Transformer == ViT == vision transformers
    assert by("p1", 1) == by("p3", 1) != by("p2", 1)  # ResNet-50 == ResNet50 != ResNet-101
    assert by("p1", 2) == by("p2", 2)  # ImageNet-1K == ImageNet 1k
    assert by("p3", 2) == by("p4", 0) == by("p4", 1)  # MoE across papers
    assert by("p5", 0) != by("p6", 0)
    assert by("p7", 0) not in (by("p5", 0), by("p6", 0))
    assert by("p8", 1) == by("p8", 2)
    assert by("p9", 0) != by("p9", 1)
    vit = lk.entities[by("p1", 0)]
    assert vit.name == "Vision Transformer" and {"ViT", "vision transformers"} <= vit.aliases
    assert vit.papers == {"p1", "p2", "p3"} and vit.mention_count == 3
    assert by("p1", 0) == "method:vision-transformer"


def test_deterministic_and_order_independent():
    corpus = [paper(f"p{i}", (T.METHOD, n)) for i, n in enumerate(
        ["contrastive learning", "Contrastive Learning", "contrastive-learning", "knowledge distillation",
         "Knowledge Distillation", "GPT-4", "GPT-4o", "GPT-3.5"])]
    a = link(corpus)
    shuffled = corpus[:]
    random.Random(3).shuffle(shuffled)
    b = link(shuffled)
    assert sorted(a.entities) == sorted(b.entities)
    assert len([e for e in a.entities.values() if e.type is T.METHOD]) == 5


def test_fuzzy_merges_spelling_but_not_numbers():
    corpus = [paper("a", (T.METHOD, "pseudo-labelling strategy")), paper("b", (T.METHOD, "pseudo-labeling strategy")),
              paper("c", (T.DATASET, "ImageNet-C")), paper("d", (T.DATASET, "ImageNet")),
              paper("e", (T.METHOD, "DDRNet-23")), paper("f", (T.METHOD, "DDRNet-39"))]
    lk = link(corpus)
    ids = [p.mention_ids[0] for p in lk.papers]
    assert ids[0] == ids[1]
    assert ids[2] != ids[3] and ids[4] != ids[5]


def test_blocking_keeps_comparisons_near_linear():
    def corpus(n):
        rng = random.Random(n)
        words = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "theta"]
        return [paper(f"p{i}", (T.METHOD, f"{rng.choice(words)}{rng.choice(words)} net {i}")) for i in range(n)]

    small, big = Resolver(), Resolver()
    small.link(corpus(500))
    big.link(corpus(5000))
    # different numbers never share a block, so comparisons stay far below all pairs
    assert big.stats.comparisons <= 10 * max(small.stats.comparisons, 1) + 5000
    assert big.stats.comparisons < 5000 * 4999 / 2 / 100


def test_existing_entities_keep_their_ids():
    existing = {"method:vision-transformer": Entity("method:vision-transformer", T.METHOD, "Vision Transformer", {"ViT"})}
    lk = link([paper("n1", (T.METHOD, "ViT")), paper("n2", (T.METHOD, "vision transformers"))], existing=existing)
    assert lk.papers[0].mention_ids[0] == "method:vision-transformer"
    assert lk.papers[1].mention_ids[0] == "method:vision-transformer"


def test_repos_and_proposals_resolve():
    ex = paper("r1", (T.METHOD, "FooNet"), proposed=["FooNet"],
               repos=["https://github.com/Org/FooNet", "https://github.com/org/foonet.git"])
    lk = link([ex])
    assert lk.papers[0].proposed_ids == ("method:foonet",)
    assert len(set(lk.papers[0].repo_ids)) == 1
