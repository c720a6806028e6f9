"""Acronym definitions "Long Form (LF)" (Schwartz-Hearst alignment plus our validity checks)."""
import pytest

from kg.extract.abbreviations import find_abbreviations


def pairs(text):
    return [(text[a:b], text[c:d]) for a, b, c, d in find_abbreviations(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We use a mixture of experts (MoE) layer.", [("mixture of experts", "MoE")]),
        ("Our Dual-Branch Routing Network (DBRN) is fast.", [("Dual-Branch Routing Network", "DBRN")]),
        ("Long Short-Term Memory (LSTM; see below) cells", [("Long Short-Term Memory", "LSTM")]),
        ("the probability-of-rare-class (PRC) approach", [("probability-of-rare-class", "PRC")]),
        ("We call it Temporal-Considered LLaVA (TC-LLaVA).", [("Temporal-Considered LLaVA", "TC-LLaVA")]),
        ("trained with reinforcement learning from human feedback (RLHF)",
         [("reinforcement learning from human feedback", "RLHF")]),
        ("We train Graph Neural Networks (GNNs) and Vision Transformers (ViTs).",
         [("Graph Neural Networks", "GNNs"), ("Vision Transformers", "ViTs")]),
        # a digit between letters stands for a word of the long form
        ("They map one photo style to another by image-to-image (I2I) translation.", [("image-to-image", "I2I")]),
        ("Our Speech-to-Gesture (S2G) model moves.", [("Speech-to-Gesture", "S2G")]),
        ("a Look-for-Parts Network (L4PN) reads", [("Look-for-Parts Network", "L4PN")]),
        # a capital inside the first word marks the acronym's letter
        ("We study eXtreme Multi-label Text Classification (XMTC) at scale.",
         [("eXtreme Multi-label Text Classification", "XMTC")]),
        # an object after the verb is still found; "it" can be the object of a naming verb
        ("We propose simple Path Gated Nets (PGN) for tracking.", [("Path Gated Nets", "PGN")]),
        ("We call it Lattice Memory Units (LMU) here.", [("Lattice Memory Units", "LMU")]),
        # a long form that opens with the sentence's verb: the name is what follows the verb, when it marks the
        # acronym's capitals itself
        ("We propose multiPart Guided Network (PGN) for tracking.", [("multiPart Guided Network", "PGN")]),
    ],
)
def test_definitions(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "results (see Table 2) are good",
        "a model (ours) wins",
        "a new benchmark (XYZ) is released",
        "a network where a model merges with a Graph (SinLG).",  # letters scattered over unrelated words
        "accuracy rises (from 71.2 to 74.5)",
        "We study extreme multi-label text classification (XMTC) at scale.",  # no marked capital: the x is inside a word
        "a tiny network used the ResNet (R50) trunk",  # a size digit is no word
        # a long form right after a subject pronoun is the sentence's verb phrase, never a name
        "We carefully analyse the learnt codes (CALC) of the model.",
        "They carefully analyse the learnt codes (CALC) of the model.",
    ],
)
def test_non_definitions(text):
    assert pairs(text) == []


def test_offsets_point_into_the_text():
    text = "First sentence. Then Contrastive Language-Image Pre-training (CLIP) is used."
    (ls, le, ss, se), = find_abbreviations(text)
    assert text[ls:le] == "Contrastive Language-Image Pre-training" and text[ss:se] == "CLIP"
    assert le < ss
