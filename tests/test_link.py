"""The linker on crafted mentions and abstracts with known same/different groups."""
from __future__ import annotations

import random

import pytest

from kg.errors import LinkError
from kg.link import clean_url, compact_key, link, norm_name, url_key
from kg.link.checks import duplicate_groups, version_merges
from kg.link.normalize import key_numbers, singular
from kg.link.resolver import MAX_BLOCK, Resolver
from kg.models import Entity, Extraction, Mention, Paper, RepoMention, Result
from kg.vocab import EntityType as T

M, D, MET, TASK = T.METHOD, T.DATASET, T.METRIC, T.TASK


def paper(pid, text, *spans, proposed=(), results=(), repos=()):
    """An extraction of ``text``; each span is ``(type, surface)`` or ``(type, surface, options)``,
    found left to right in the text (options: aliases, canonical, rule)."""
    mentions, pos = [], 0
    for t, surface, *opt in spans:
        kw = opt[0] if opt else {}
        i = text.index(surface, pos)
        mentions.append(Mention(t, surface, i, i + len(surface), "abstract", kw.get("canonical"),
                                tuple(kw.get("aliases", ())), kw.get("rule", "name")))
        pos = i + len(surface)
    rs = []
    for u in repos:
        i = text.index(u)
        rs.append(RepoMention(u, i, i + len(u)))
    return Extraction(Paper(pid, f"Paper {pid}", text), tuple(mentions), tuple(rs), tuple(proposed), tuple(results))


def bare(pid, *spans):
    """A paper whose text is just its mentions, separated by "; "."""
    text = "; ".join(s[1] for s in spans)
    return paper(pid, text, *spans)


def ids(lk, pid):
    return next(p.mention_ids for p in lk.papers if p.extraction.paper.id == pid)


# -- normalisation ------------------------------------------------------------------------------------
SAME = [
    ("ImageNet-1K", "ImageNet-1k"), ("ImageNet-1K", "ImageNet 1K"), ("ImageNet-1K", "imagenet1k"),
    ("ImageNet-1K", "The ImageNet-1K dataset"), ("ResNet-50", "ResNet50"), ("ResNet-50", "ResNet\u201150"),
    ("ResNet-50", "ResNet\u201350"), ("ResNet-50", "ResNet\u221250"), ("Graph Neural Networks", "graph neural network"),
    ("GNNs", "GNN"), ("pre-trained language models", "Pretrained Language Model"), ("YOLOv5", "YOLO v5"),
    ("BLEU score", "BLEU"), ("COCO benchmark", "the COCO dataset"), ("Mixture-of-Experts layer", "mixture of experts"),
    ("Transformer-based", "Transformer"), ("Vision-and-Language Pre-training", "vision language pre-training"),
    ("Cohen's kappa", "Cohens kappa"), ("ＲｅｓＮｅｔ-50", "ResNet-50"), ("Llama-2 7B", "LLaMA 2-7B"),
    ("WombatNetV2s", "WombatNetV2"), ("the QuokkaNet50s models", "QuokkaNet-50"),  # a numbered model's plural
    # an acronym in brackets inside a name is no part of it, with a spaced footnote mark or power too
    ("quokka shelf (QS) sampling", "quokka shelf sampling"), ("quokka shelf (QS 2 ) sampling", "quokka shelf sampling"),
    ("quokka shelf (QSh 1 ) sampling", "quokka shelf sampling"),
]
DIFFERENT = [
    ("ResNet-50", "ResNet-101"), ("ResNet-50", "ResNet"), ("BERT-base", "BERT"), ("BERT-base", "BERT-large"),
    ("GPT-4", "GPT-4o"), ("GPT-3.5", "GPT-3"), ("GPT-3.5", "GPT-35"), ("ImageNet-1K", "ImageNet-21K"),
    ("ImageNet", "ImageNet-1K"), ("CIFAR-10", "CIFAR-100"), ("YOLOv5", "YOLOv8"), ("MOTS", "MOT"),
    ("ImageNet-C", "ImageNet"), ("Llama-2 7B", "Llama-2 13B"), ("wav2vec", "wav2vec 2.0"),
    ("WombatSpeech 2s", "WombatSpeech 2"), ("QFN-8s", "QFN-8"),  # "2s", "8s": a name's own number
    ("quokka shelf reader (QSR 2) sampling", "quokka shelf reader sampling"),  # "QSR 2": a written version, kept
]


@pytest.mark.parametrize("a,b", SAME)
def test_same_key(a, b):
    assert compact_key(a) == compact_key(b)


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_different_key(a, b):
    assert compact_key(a) != compact_key(b)


def test_number_tokens_and_plurals():
    assert key_numbers(compact_key("Llama-2-7B")) == ("2", "7b")
    assert key_numbers(compact_key("ResNet-50")) != key_numbers(compact_key("ResNet-101"))
    assert [singular(w) for w in ["CNNs", "MOTS", "queries", "boxes", "analysis", "corpus"]] == \
        ["CNN", "MOTS", "query", "box", "analysis", "corpus"]
    assert norm_name("the Segment Anything Model") == "segment anything"
    assert compact_key("—") == ""  # punctuation only: the linker falls back to the text itself
    a = link([bare("a", (M, "—"), (M, "-"), (M, "—"))]).papers[0].mention_ids[:3]
    assert a[0] == a[2] != a[1]


def test_urls():
    assert url_key("https://github.com/A/B.git/") == url_key("http://www.github.com/a/b/tree/main") == "github.com/a/b"
    assert url_key("https://huggingface.co/datasets/org/set/blob/x") == "huggingface.co/datasets/org/set"
    assert clean_url("http://www.GitHub.com/Org/FooNet.git/") == "https://github.com/Org/FooNet"
    assert url_key("https://example.org/Project/") == "example.org/project"


# -- a crafted linking test set: groups that must be one entity, all groups distinct --------------------
GOLD = [
    (M, ["Graph Attention Network", "graph attention networks", "Graph-Attention Network", "GRAPH ATTENTION NETWORK"]),
    (M, ["ResNet-50", "ResNet50", "resnet 50", "ResNet\u201350"]),
    (M, ["ResNet-101", "ResNet101"]),
    (M, ["ResNet"]),
    (D, ["ImageNet-1K", "ImageNet-1k", "ImageNet 1K"]),
    (D, ["ImageNet-21K"]),
    (D, ["ImageNet-C"]),
    (D, ["ImageNet", "the ImageNet dataset"]),
    (M, ["BERT-base", "BERT base"]),
    (M, ["BERT"]),
    (M, ["BERT-large"]),
    (M, ["GPT-3.5"]),
    (M, ["GPT-4", "GPT 4"]),
    (M, ["GPT-4o"]),
    (M, ["YOLOv5", "YOLO v5", "YOLO-v5"]),
    (M, ["YOLOv8"]),
    (D, ["CIFAR-10", "CIFAR10"]),
    (D, ["CIFAR-100"]),
    (M, ["pseudo-labelling", "pseudo-labeling", "pseudo labeling", "Pseudo-Labelling"]),
    (M, ["stochastic gradient descent", "stochastic gradient decent", "Stochastic Gradient Descent"]),
    (M, ["k-nearest neighbour", "k-nearest neighbor", "K-Nearest Neighbours"]),
    (M, ["graph convolution network", "graph convolutional networks"]),
    (TASK, ["text localisation", "text localization"]),
    (TASK, ["dialog state tracking", "dialogue state tracking"]),
    (M, ["low-rank adaptation"]),
    (M, ["low-rank adaption"]),  # two letters more: a candidate, but not one spelling change
    (M, ["graph reconstruction"]),
    (M, ["graph construction"]),
    (M, ["context attention"]),
    (M, ["content attention"]),
    (M, ["DenseNet"]),
    (M, ["DenseUNet"]),
    (M, ["LayoutLM"]),
    (M, ["LayoutXLM"]),
    (M, ["Graph R-CNN"]),
    (M, ["GraphCNN"]),
    (M, ["vision encoder", "vision encoders"]),
    (M, ["vision decoder"]),
    (M, ["Retrieval-Augmented Learning"]),
    (M, ["Retrieval-Augmented Meta Learning"]),
    (M, ["EfficientNet"]),
    (M, ["EfficientDet"]),
    (M, ["Transformer-XL"]),
    (M, ["Transformer", "transformers", "the Transformer model"]),
    (M, ["Vision-and-Language Pre-training", "vision language pretraining"]),
    (D, ["MOTS"]),
    (D, ["MOT"]),
    (MET, ["BLEU", "BLEU score"]),
    (MET, ["F1 score", "F1-score", "F1"]),
    (TASK, ["semantic segmentation", "Semantic Segmentation"]),
    (TASK, ["instance segmentation"]),
    (M, ["contrastive learning", "Contrastive Learning", "contrastive-learning"]),
]


def gold_corpus(seed: int = 0, per_paper: int = 4) -> tuple[list[Extraction], dict[tuple[str, int], int]]:
    """Every surface form of :data:`GOLD` twice, shuffled into papers; returns the papers and the gold
    group of each (paper id, mention index)."""
    rng = random.Random(seed)
    items = [(g, t, s) for g, (t, forms) in enumerate(GOLD) for s in forms for _ in range(2)]
    rng.shuffle(items)
    exs, gold = [], {}
    for p in range(0, len(items), per_paper):
        chunk = items[p:p + per_paper]
        pid = f"g{p // per_paper}"
        exs.append(bare(pid, *[(t, s) for _, t, s in chunk]))
        for i, (g, _, _) in enumerate(chunk):
            gold[(pid, i)] = g
    return exs, gold


def pair_scores(lk, gold) -> tuple[float, float]:
    pred = {(p.extraction.paper.id, i): eid for p in lk.papers for i, eid in enumerate(p.mention_ids)}
    keys = sorted(gold)
    tp = fp = fn = 0
    for a in range(len(keys)):
        for b in range(a + 1, len(keys)):
            same_gold = gold[keys[a]] == gold[keys[b]]
            same_pred = pred[keys[a]] == pred[keys[b]]
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def test_crafted_test_set_is_linked_exactly():
    exs, gold = gold_corpus()
    lk = link(exs)
    precision, recall = pair_scores(lk, gold)
    assert (precision, recall) == (1.0, 1.0)
    assert len([e for e in lk.entities.values()]) == len(GOLD)
    assert version_merges(lk.entities.values()) == []
    assert duplicate_groups(lk.entities.values()) == []


# -- acronyms -----------------------------------------------------------------------------------------
def test_acronym_inside_one_paper():
    text = "We present Sparse Token Mixer (STM), a mixer. STM is fast and STMs scale."
    ex = paper("a", text, (M, "Sparse Token Mixer", {"aliases": ["STM"]}), (M, "STM"), (M, "STMs"))
    lk = link([ex])
    assert ids(lk, "a") == ("method:sparse-token-mixer",) * 3
    ent = lk.entities["method:sparse-token-mixer"]
    assert ent.name == "Sparse Token Mixer" and {"STM", "STMs"} <= ent.aliases and ent.mention_count == 3


def test_acronym_across_the_corpus():
    exs = [
        paper("p1", "The Vision Transformer (ViT) splits images.", (M, "Vision Transformer", {"aliases": ["ViT"]})),
        bare("p2", (M, "ViT")),
        bare("p3", (M, "ViTs"), (M, "vision transformers")),
    ]
    lk = link(exs)
    vit = "method:vision-transformer"
    assert ids(lk, "p1") == (vit,) and ids(lk, "p2") == (vit,) and ids(lk, "p3") == (vit, vit)
    e = lk.entities[vit]
    assert e.name == "Vision Transformer" and {"ViT", "ViTs", "vision transformers"} <= e.aliases
    assert e.papers == {"p1", "p2", "p3"}


def test_acronym_defined_two_ways_stays_split():
    exs = [
        paper("a", "Segment Anything Model (SAM) is big. SAM segments.",
              (M, "Segment Anything Model", {"aliases": ["SAM"]}), (M, "SAM")),
        paper("b", "A Sparse Attention Module (SAM) is small. SAM is cheap.",
              (M, "Sparse Attention Module", {"aliases": ["SAM"]}), (M, "SAM")),
        bare("c", (M, "SAM")),
    ]
    res = Resolver().plan(exs)
    lk = res.linking(exs)
    a, b, c = ids(lk, "a"), ids(lk, "b"), ids(lk, "c")
    assert a[0] == a[1] == "method:segment-anything-model"
    assert b[0] == b[1] == "method:sparse-attention-module"
    assert c[0] not in (a[0], b[0]) and lk.entities[c[0]].name == "SAM"
    assert res.stats.ambiguous_acronyms == ["Method:SAM"]
    assert "SAM" in lk.entities[a[0]].aliases and "SAM" in lk.entities[b[0]].aliases


def test_dominant_definition_takes_bare_uses():
    def defining(pid, long):
        return paper(pid, f"{long} (MAE) here.", (M, long, {"aliases": ["MAE"]}))

    four = [defining(f"m{i}", "Masked Autoencoder") for i in range(3)] + [defining("x", "Multi-Agent Environment")]
    lk = link([*four, bare("u", (M, "MAE"))])
    assert ids(lk, "u") == ("method:masked-autoencoder",)
    assert ids(lk, "x") == ("method:multi-agent-environment",)
    # 2 against 1 is not dominant enough (below 3 of 4): the bare acronym keeps its own node
    three = [defining("m0", "Masked Autoencoder"), defining("m1", "Masked Autoencoder"),
             defining("x", "Multi-Agent Environment")]
    lk = link([*three, bare("u", (M, "MAE"))])
    assert ids(lk, "u") == ("method:mae",)
    assert ids(link([*three, bare("u", (M, "MAE"))], acronym_majority=0.6), "u") == ("method:masked-autoencoder",)


def test_acronyms_are_scoped_by_type():
    exs = [
        paper("a", "mean absolute error (MAE) drops", (MET, "mean absolute error", {"aliases": ["MAE"]})),
        paper("b", "a Masked Autoencoder (MAE) helps", (M, "Masked Autoencoder", {"aliases": ["MAE"]})),
        bare("c", (MET, "MAE"), (M, "MAE")),
    ]
    lk = link(exs)
    assert ids(lk, "c") == ("metric:mean-absolute-error", "method:masked-autoencoder")


def test_acronym_of_a_lexicon_name_is_not_re_pointed():
    clip = {"canonical": "CLIP", "rule": "lexicon"}
    exs = [
        paper("a", "We use CLIP and Contrastive Language-Image Pre-training.", (M, "CLIP", clip),
              (M, "Contrastive Language-Image Pre-training", clip)),
        paper("b", "Our Cross-Lingual Intent Parser (CLIP) parses. CLIP is new.",
              (M, "Cross-Lingual Intent Parser", {"aliases": ["CLIP"]}), (M, "CLIP")),
        bare("c", (M, "CLIP")),
    ]
    lk = link(exs)
    assert ids(lk, "a") == ("method:clip", "method:clip")
    assert ids(lk, "b") == ("method:cross-lingual-intent-parser",) * 2
    assert ids(lk, "c") == ("method:clip",)


def test_long_form_joins_a_lexicon_entity_only_when_evidently_the_same():
    squad = {"canonical": "SQuAD", "rule": "lexicon"}
    dice = {"canonical": "Dice", "rule": "lexicon"}
    sam = {"canonical": "Segment Anything Model", "rule": "lexicon"}
    def defining(pid, t, long, short):
        return paper(pid, f"We use the {long} ({short}).", (t, long, {"aliases": [short]}))

    exs = [
        bare("l", (D, "SQuAD", squad), (MET, "DSC", dice), (M, "SAM", sam)),
        # the lexicon names SQuAD by its acronym and two papers spell it out alike: the same dataset
        defining("a", D, "Stanford Question Answering Dataset", "SQuAD"),
        defining("b", D, "Stanford Question Answering Dataset", "SQuAD"),
        # the long form begins with the lexicon's name: the same metric
        defining("c", MET, "Dice similarity coefficient", "DSC"),
        # another thing with the lexicon's acronym: kept apart, however many papers say so
        *[defining(f"s{i}", M, "Sharpness-Aware Minimization", "SAM") for i in range(3)],
    ]
    res = Resolver().plan(exs)
    lk = res.linking(exs)
    assert ids(lk, "a") == ids(lk, "b") == (ids(lk, "l")[0],) == ("dataset:squad",)
    assert ids(lk, "c") == ("metric:dice",)
    assert ids(lk, "s0") == ("method:sharpness-aware-minimization",)
    assert ids(lk, "l")[2] == "method:segment-anything-model"
    assert res.stats.conflicting_acronyms == ["Method:SAM"]


def test_coined_names_are_never_fuzzy_matched():
    exs = [bare("a", (M, "DenseNet"), (M, "DenseUNet"), (M, "ResNeXt-50"), (M, "ResNet-50"), (M, "ResNeSt-50"),
                (M, "densenet"))]
    a = ids(link(exs), "a")
    assert len(set(a[:5])) == 5 and a[5] == a[0]


def test_names_are_tidy_and_acronym_plurals_join():
    exs = [bare("a", (M, "Abstract Meaning\n\nRepresentation")),
           paper("b", "knowledge graphs (KGs)", (M, "knowledge graphs", {"aliases": ["KGs"]})),
           paper("b2", "knowledge graphs (KGs) again", (M, "knowledge graphs", {"aliases": ["KGs"]})),
           bare("c", (M, "KG"), (M, "KGs"))]
    lk = link(exs)
    assert lk.entities[ids(lk, "a")[0]].name == "Abstract Meaning Representation"
    assert ids(lk, "c") == (ids(lk, "b")[0],) * 2 == ("method:knowledge-graphs",) * 2  # names are forms seen


def test_version_check_knows_two_digit_years():
    ok = Entity("dataset:conll-2003", D, "CoNLL-2003", {"CoNLL03", "CoNLL 2003"})
    bad = Entity("method:resnet", M, "ResNet", {"ResNet-50", "ResNet-101"})
    assert version_merges([ok, bad]) == [bad]


def test_acronym_with_another_version_number_is_not_joined():
    exs = [paper("a", "Foo Net 2 (FN3) is here; FN3 again.", (M, "Foo Net 2", {"aliases": ["FN3"]}), (M, "FN3")),
           bare("b", (M, "FN3"))]
    lk = link(exs)
    assert ids(lk, "a")[0] != ids(lk, "a")[1] and ids(lk, "b")[0] == ids(lk, "a")[1]
    assert version_merges(lk.entities.values()) == []


def test_an_acronym_whose_digit_stands_for_a_word_of_its_long_form_is_that_long_form():
    # "Q2Q" writes "to" as a digit: no version number, so the paper's long form and its letters are one entity,
    # the lexicon's Q2Q that paper b matches, and paper c's bare long form joins it too
    ref = {"rule": "acronym-ref", "canonical": "Quokka-to-Quokka"}
    a = paper("a", "We build the Quokka-to-Quokka (Q2Q) benchmark. Q2Q is hard.",
              (D, "Quokka-to-Quokka", {"aliases": ["Q2Q"], "rule": "acronym"}), (D, "Q2Q", ref), (D, "Q2Q", ref))
    b = paper("b", "Our agent leads on Q2Q.", (D, "Q2Q", {"rule": "lexicon", "canonical": "Q2Q"}))
    c = paper("c", "Results on Quokka-to-Quokka are reported.", (D, "Quokka-to-Quokka"))
    d = paper("d", "The Nets for Wombats (N4W) model. N4W is small.",
              (M, "Nets for Wombats", {"aliases": ["N4W"], "rule": "acronym"}),
              (M, "N4W", {"rule": "acronym-ref", "canonical": "Nets for Wombats"}))
    lk = link([a, b, c, d])
    assert len({*ids(lk, "a"), *ids(lk, "b"), *ids(lk, "c")}) == 1
    assert len(set(ids(lk, "d"))) == 1
    assert version_merges(lk.entities.values()) == []


def test_an_acronym_whose_last_s_spells_the_plural_of_its_long_form_is_that_long_form():
    # "woDens" spells "wombat dens" as written, its "s" the plural's: the paper's long form, its letters and
    # another paper's lexicon woDens are one entity
    ref = {"rule": "acronym-ref", "canonical": "wombat dens"}
    a = paper("a", "We release wombat dens (woDens), a dataset of burrows. woDens is large.",
              (D, "wombat dens", {"aliases": ["woDens"], "rule": "acronym"}), (D, "woDens", ref))
    b = paper("b", "Our detector leads on woDens.", (D, "woDens", {"rule": "lexicon", "canonical": "woDens"}))
    lk = link([a, b])
    assert len({*ids(lk, "a"), *ids(lk, "b")}) == 1


def test_a_lower_case_acronym_with_letters_its_long_form_lacks_is_no_definition():
    ref = {"rule": "acronym-ref", "canonical": "wombat dens"}
    a = paper("a", "We release wombat dens (woDenz), a dataset of burrows. woDenz is large.",
              (D, "wombat dens", {"aliases": ["woDenz"], "rule": "acronym"}), (D, "woDenz", ref))
    assert len(set(ids(link([a]), "a"))) == 2


def test_a_digit_ending_an_acronym_stays_its_version_though_the_long_form_says_to():
    ref = {"rule": "acronym-ref", "canonical": "Quokka to Zebra"}
    a = paper("a", "The Quokka to Zebra (QZ2) mapper. QZ2 is fast.",
              (M, "Quokka to Zebra", {"aliases": ["QZ2"], "rule": "acronym"}), (M, "QZ2", ref))
    assert len(set(ids(link([a]), "a"))) == 2


def test_acronym_reference_from_the_extractor():
    # the extractor marks a later bare acronym as "acronym-ref" with the long form as canonical
    text = "Dual Path Mixer (DPM) mixes. Then DPM wins."
    ex = paper("a", text, (M, "Dual Path Mixer"), (M, "DPM", {"rule": "acronym-ref", "canonical": "Dual Path Mixer"}))
    lk = link([ex])
    assert ids(lk, "a") == ("method:dual-path-mixer",) * 2


# -- canonical names ----------------------------------------------------------------------------------
def test_canonical_name_rules():
    lex = {"canonical": "Transformer", "rule": "lexicon"}
    exs = [bare("a", (M, "transformers", lex), (M, "Transformer models")),
           bare("b", (M, "ViT"), (M, "ViT"), (M, "ViT")),
           paper("c", "Vision Transformer (ViT)", (M, "Vision Transformer", {"aliases": ["ViT"]})),
           bare("d", (M, "Contrastive Learning"), (M, "contrastive learning"), (M, "contrastive learning")),
           bare("e", (M, "graph networks"), (M, "graph networks"), (M, "graph network")),
           bare("f", (D, "Cityscapes"), (D, "Cityscapes"), (D, "Cityscape"))]
    names = {e.name for e in link(exs).entities.values()}
    assert names == {"Transformer", "Vision Transformer", "contrastive learning", "graph network", "Cityscapes"}


def test_lexicon_name_written_as_is_names_its_cluster():
    # "FooBERT" is matched by the lexicon exactly as the lexicon writes it (so the mention has no separate
    # canonical), and a long form defines it: the lexicon's name still wins over the long form
    lex = {"rule": "lexicon"}
    exs = [paper("a", "Foo Bidirectional Encoders (FooBERT)",
                 (M, "Foo Bidirectional Encoders", {"aliases": ["FooBERT"]})),
           bare("b", (M, "FooBERT", lex)), bare("c", (M, "FooBERT", lex), (M, "FooBERT", lex))]
    (entity,) = link(exs).entities.values()
    assert entity.name == "FooBERT"
    assert {"Foo Bidirectional Encoders", "FooBERT"} <= set(entity.aliases)


def test_singular_name_is_a_spelling_of_the_most_used_form():
    # the singular of the most used form wins; a rarer, different singular form in the cluster does not
    exs = [paper("a", "Deep Sparse Encoder Stacks (DSES)", (M, "Deep Sparse Encoder Stacks", {"aliases": ["DSES"]})),
           paper("b", "Deep Sparse Encoder Stacks (DSES)", (M, "Deep Sparse Encoder Stacks", {"aliases": ["DSES"]})),
           paper("c", "Deep Sparse Encoders Stack (DSES)", (M, "Deep Sparse Encoders Stack", {"aliases": ["DSES"]}))]
    names = {e.name for e in link(exs).entities.values()}
    assert names == {"Deep Sparse Encoder Stacks"}


def test_task_named_mostly_in_titles_takes_the_running_text_spelling():
    exs = [bare("a", (TASK, "Scene Graph Parsing")), bare("b", (TASK, "Scene Graph Parsing")),
           bare("c", (TASK, "scene graph parsing")),
           bare("d", (M, "Sparse Routing Network")), bare("e", (M, "Sparse Routing Network")),
           bare("f", (M, "sparse routing network"))]
    names = {e.type: e.name for e in link(exs).entities.values()}
    assert names[TASK] == "scene graph parsing"
    assert names[M] == "Sparse Routing Network"  # method names are often proper names: the count decides


def test_canonical_name_ties_are_deterministic():
    a = bare("a", (M, "knowledge distillation"))
    b = bare("b", (M, "Knowledge Distillation"))
    assert link([a, b]).entities["method:knowledge-distillation"].name == "Knowledge Distillation"
    assert link([b, a]).entities["method:knowledge-distillation"].name == "Knowledge Distillation"


# -- blocking -----------------------------------------------------------------------------------------
def prefix_heavy_corpus(n: int, seed: int = 1) -> list[Extraction]:
    """n distinct method names that mostly share the prefix "graph" (the worst case for blocking)."""
    rng = random.Random(seed)
    syl = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "sa", "do", "fu"]
    names = set()
    while len(names) < n:
        names.add("graph " + "".join(rng.choice(syl) for _ in range(5)) + " " + rng.choice(["net", "former", "gnn"]))
    names = sorted(names)
    return [bare(f"p{i}", *[(M, nm) for nm in names[i:i + 10]]) for i in range(0, n, 10)]


def test_blocking_keeps_comparisons_near_linear():
    counts = {}
    for n in (1000, 4000):
        res = Resolver().plan(prefix_heavy_corpus(n))
        counts[n] = res.stats.comparisons
        assert max(len(b) for b in res.blocks()) <= MAX_BLOCK
        assert counts[n] <= n * MAX_BLOCK / 2  # at most max_block comparisons per key
        assert counts[n] < n * (n - 1) / 2 / 5  # far below all pairs
    assert counts[4000] <= 4 * counts[1000] * 1.5  # 4x the names, about 4x the comparisons


def test_blocks_never_mix_types_or_numbers():
    # each type with context evidence in two papers: the name is two things (see test_types.py)
    ctx, dctx = {"rule": "head"}, {"rule": "dataset-context"}
    exs = [bare("a", (M, "Foobar Neighbour-50", ctx), (M, "Foobar Neighbour-51"), (D, "Foobar Neighbour-50", dctx),
                (M, "foobar neighbor-50")),
           bare("b", (M, "Foobar Neighbour-50", ctx), (D, "Foobar Neighbour-50", dctx))]
    res = Resolver().plan(exs)
    lk = res.linking(exs)
    for block in res.blocks():
        assert len({(res.run._nodes[i][0], key_numbers(res.run._nodes[i][1])) for i in block}) == 1
    a = ids(lk, "a")
    assert a[0] == a[3] and len({a[0], a[1], a[2]}) == 3


# -- determinism --------------------------------------------------------------------------------------
def snapshot(lk):
    ents = {eid: (e.name, sorted(e.aliases), sorted(e.papers), e.mention_count) for eid, e in lk.entities.items()}
    per_paper = {p.extraction.paper.id: p.mention_ids for p in lk.papers}
    return ents, per_paper


def test_same_input_same_ids_and_shuffled_input_same_clusters():
    exs, _ = gold_corpus(seed=5)
    extra = [paper("s1", "Segment Anything Model (SAM)", (M, "Segment Anything Model", {"aliases": ["SAM"]})),
             paper("s2", "Sparse Attention Module (SAM)", (M, "Sparse Attention Module", {"aliases": ["SAM"]})),
             bare("s3", (M, "SAM")),
             paper("v1", "Vision Transformer (ViT)", (M, "Vision Transformer", {"aliases": ["ViT"]})),
             bare("v2", (M, "ViT"), (M, "vision transformer"))]
    corpus = exs + extra
    first = snapshot(link(corpus))
    assert snapshot(link(corpus)) == first
    for seed in range(3):
        shuffled = corpus[:]
        random.Random(seed).shuffle(shuffled)
        ents, per_paper = snapshot(link(shuffled))
        assert per_paper == first[1]
        assert {k: v[:3] for k, v in ents.items()} == {k: v[:3] for k, v in first[0].items()}


# -- append: existing entities ------------------------------------------------------------------------
def test_new_mentions_join_existing_entities_and_keep_their_ids():
    existing = {
        "method:vision-transformer": Entity("method:vision-transformer", M, "Vision Transformer", {"ViT", "ViTs"}),
        "dataset:imagenet-1k": Entity("dataset:imagenet-1k", D, "ImageNet-1K", {"ImageNet-1k"}),
    }
    lk = link([bare("n1", (M, "ViT"), (D, "ImageNet 1K")), bare("n2", (M, "vision transformers"))], existing=existing)
    assert ids(lk, "n1") == ("method:vision-transformer", "dataset:imagenet-1k")
    assert ids(lk, "n2") == ("method:vision-transformer",)
    assert lk.entities["method:vision-transformer"].name == "Vision Transformer"


def test_existing_entities_are_never_merged():
    existing = {"method:foo-bar-net": Entity("method:foo-bar-net", M, "Foo Bar Net"),
                "method:fbn": Entity("method:fbn", M, "FBN")}
    new = [paper("n", "Foo Bar Net (FBN) works.", (M, "Foo Bar Net", {"aliases": ["FBN"]})),
           paper("m", "FBN outperforms it.", (M, "FBN"))]
    lk = link(new, existing=existing)
    assert ids(lk, "n") == ("method:foo-bar-net",) and ids(lk, "m") == ("method:fbn",)
    # without the old table the acronym joins them
    assert ids(link(new), "m") == ("method:foo-bar-net",)


def test_relinking_with_own_output_is_stable():
    exs, _ = gold_corpus(seed=2)
    first = link(exs)
    again = link(exs, existing=first.entities)
    assert snapshot(again)[1] == snapshot(first)[1]
    more = link([*exs, bare("new", (M, "Graph attention networks"), (M, "Brand New Net"))], existing=first.entities)
    assert set(first.entities) <= set(more.entities)
    assert ids(more, "new")[0] == "method:graph-attention-network"


def test_existing_ids_are_not_reused_for_new_entities():
    existing = {"method:tiny-net": Entity("method:tiny-net", M, "Renamed Thing")}
    lk = link([bare("a", (M, "Tiny Net"))], existing=existing)
    assert ids(lk, "a") == ("method:tiny-net-2",)


def test_corrupt_existing_table_is_a_link_error():
    with pytest.raises(LinkError, match="corrupt"):
        link([bare("a", (M, "X"))], existing={"dataset:x": Entity("dataset:x", M, "X")})
    with pytest.raises(LinkError, match="not an Entity"):
        link([bare("a", (M, "X"))], existing={"method:x": {"name": "X"}})


# -- repositories, proposals, results, evidence ---------------------------------------------------------
def test_repositories_link_by_normalised_url():
    text = "Code: https://github.com/Org/FooNet and http://www.github.com/org/foonet.git/"
    ex = paper("r", text, repos=["https://github.com/Org/FooNet", "http://www.github.com/org/foonet.git/"])
    other = paper("s", "see https://github.com/ORG/FooNet/tree/main", repos=["https://github.com/ORG/FooNet/tree/main"])
    lk = link([ex, other])
    rid = "repository:github.com-org-foonet"
    assert lk.papers[0].repo_ids == (rid, rid) and lk.papers[1].repo_ids == (rid,)
    repo = lk.entities[rid]
    assert repo.type is T.REPOSITORY and repo.name == "https://github.com/Org/FooNet"
    assert repo.papers == {"r", "s"} and repo.mention_count == 3


def test_proposals_and_results_resolve_to_entities():
    text = "We propose Dual Path Mixer (DPM). DPM reaches 81.2 mIoU on Cityscapes."
    ex = paper("a", text, (M, "Dual Path Mixer", {"aliases": ["DPM"]}), (M, "DPM"), (MET, "mIoU"), (D, "Cityscapes"),
               proposed=["DPM"],
               results=[Result("81.2", method="DPM", dataset="Cityscapes", metric="mIoU"),
                        Result("3", method=None, dataset="KITTI", metric="mIoU")])
    other = bare("b", (D, "KITTI"))
    lk = link([ex, other])
    la = lk.papers[0]
    assert la.proposed_ids == ("method:dual-path-mixer",)
    assert la.result_ids == (("method:dual-path-mixer", "dataset:cityscapes", "metric:miou"),
                             (None, "dataset:kitti", "metric:miou"))
    # a name nothing mentions resolves to None, never to an invented id
    lone = paper("c", "We propose Nothingburger.", proposed=["Nothingburger"],
                 results=[Result("1", method="Nothingburger", dataset=None, metric=None)])
    lc = link([lone]).papers[0]
    assert lc.proposed_ids == () and lc.result_ids == ((None, None, None),)


def test_a_results_dataset_with_a_version_no_entity_has_resolves_to_its_series():
    # "the Zorb-Commands dataset V2": the result reads Zorb-Commands V2; no mention has that name, the series does
    text = "We reach 96.1% accuracy on the Zorb-Commands dataset V2."
    ex = paper("v", text, (MET, "accuracy"), (D, "Zorb-Commands"),
               results=[Result("96.1%", method=None, dataset="Zorb-Commands V2", metric="accuracy"),
                        Result("3", method=None, dataset="Quux V2", metric="accuracy")])
    assert link([ex]).papers[0].result_ids == ((None, "dataset:zorb-commands", "metric:accuracy"),
                                               (None, None, "metric:accuracy"))


def test_evidence_points_at_the_text():
    exs, _ = gold_corpus(seed=3)
    lk = link(exs)
    texts = {ex.paper.id: ex.paper.abstract for ex in exs}
    n = 0
    for e in lk.entities.values():
        for ev in e.evidence:
            assert texts[ev.paper][ev.start:ev.end] == ev.text and ev.field == "abstract"
            assert ev.text in e.aliases and ev.paper in e.papers
            n += 1
    assert n == sum(len(ex.mentions) for ex in exs)
    for p in lk.papers:
        assert len(p.mention_ids) == len(p.extraction.mentions)
        assert all(eid in lk.entities for eid in p.mention_ids)


# -- errors -------------------------------------------------------------------------------------------
def test_bad_options_and_inputs_are_link_errors():
    with pytest.raises(LinkError, match="unknown linking option"):
        link([], fuzzy=3)
    with pytest.raises(LinkError, match="fuzzy_threshold"):
        link([], fuzzy_threshold=150)
    with pytest.raises(LinkError, match="expects Extraction"):
        link([{"id": "x"}])
    with pytest.raises(LinkError, match="cannot be linked"):
        link([bare("a", (T.PAPER, "Some Paper"))])
    assert link([]).entities == {} and link([]).papers == []


# -- one resolver, many plans (issue 14) --------------------------------------------------------------
def test_a_second_plan_leaves_the_first_intact():
    res = Resolver()
    first = [paper("a", "We propose Dual Path Mixer (DPM). DPM reaches 81.2 mIoU on Cityscapes.",
                   (M, "Dual Path Mixer", {"aliases": ["DPM"]}), (M, "DPM"), (MET, "mIoU"), (D, "Cityscapes"),
                   proposed=["DPM"], results=[Result("81.2", method="DPM", dataset="Cityscapes", metric="mIoU")])]
    second = [bare("b", (D, "KITTI"), (M, "Gated Shape Net"))]
    p1 = res.plan(first)
    p2 = res.plan(second)
    lk1 = p1.linking(first)  # the first plan's tables were not reset by the second plan
    assert lk1.papers[0].result_ids == (("method:dual-path-mixer", "dataset:cityscapes", "metric:miou"),)
    assert lk1.papers[0].proposed_ids == ("method:dual-path-mixer",)
    assert p1.stats.papers == 1 and p1.stats.mentions == 4 and p2.stats.mentions == 2
    assert sorted(p2.linking(second).entities) == ["dataset:kitti", "method:gated-shape-net"]
    with pytest.raises(Exception):  # the configuration is frozen
        res.fuzzy_threshold = 50
