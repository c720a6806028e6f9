"""Acronym definitions "Long Form (LF)" (Schwartz-Hearst alignment plus our validity checks)."""
import pytest

from kg.extract.abbreviations import _spells_kind, find_abbreviations, find_or_named, find_short_first
from kg.extract.acronym_letters import spelt_inside
from kg.extract.named_acronyms import find_colon_first, find_named_after


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
        # a superscript the text spaced off as a lone digit: the power repeats its letter ("QA 3 N" is QA³N)
        ("We propose the Quiet Attentive Adversarial Alignment Network (QA 3 N), which aligns.",
         [("Quiet Attentive Adversarial Alignment Network", "QA 3 N")]),
        ("a Stacked Sparse Fusion Network (S 2 FNet) reads", [("Stacked Sparse Fusion Network", "S 2 FNet")]),
        ("in the Foo Bar Challenge (FBC 8) track", []),
        # a footnote mark the text spaced off after the acronym in its bracket is no part of it
        ("we argue for Glyph-aware Reading (GlaRe 1 ) to read more", [("Glyph-aware Reading", "GlaRe")]),
        ("We build Shelf-Aware Quokka Networks (SAQ-Nets 1 ), which sort.", [("Shelf-Aware Quokka Networks", "SAQ-Nets")]),
        # a power after the acronym's last letter repeats it, as one between its letters does (QCR², R³ of three words)
        ("by the rule of Quiet Coding Rate Reduction (QCR 2 ), a measure", [("Quiet Coding Rate Reduction", "QCR 2")]),
        # a digit right before the closing bracket is a version's number, no spaced-off mark or power
        ("We prompt the Large Language Model Meta AI (LLaMA 2) with hints.", []),
        ("We query the Glyph Parsing Toolkit (GPT 1) and a Generative Pre-trained Transformer (GPT 4).", []),
        # a word or a lone letter before a spaced digit is no acronym: a figure, a formula's square
        ("we draw a Flat Glyph Reader (Figure 1) and cost O(N 2 ) steps", []),
        # a capital inside the first word marks the acronym's letter
        ("We study eXtreme Multi-label Text Classification (XMTC) at scale.",
         [("eXtreme Multi-label Text Classification", "XMTC")]),
        # an object after the verb is still found; "it" can be the object of a naming verb
        ("We propose simple Path Gated Nets (PGN) for tracking.", [("Path Gated Nets", "PGN")]),
        ("We call it Lattice Memory Units (LMU) here.", [("Lattice Memory Units", "LMU")]),
        # a long form that opens with the sentence's verb: the name is what follows the verb, when it marks the
        # acronym's capitals itself
        ("We propose multiPart Guided Network (PGN) for tracking.", [("multiPart Guided Network", "PGN")]),
        # the nearest letters cut a name whose words repeat an initial: the capitalised words before it that
        # give the capitals left out belong to it
        ("We build the Sparse Scene Assimilation Network (SSAN) for maps.",
         [("Sparse Scene Assimilation Network", "SSAN")]),
        ("a model called Time Triplet Fusion Module (TT-FM) reads", [("Time Triplet Fusion Module", "TT-FM")]),
        # a name in capitals whose initials give every capital may be longer than its acronym
        ("We add the Cheap Low Bit Mixed Width Quantizer (CMQ) to it.",
         [("Cheap Low Bit Mixed Width Quantizer", "CMQ")]),
        # a long form in double quotes is the words inside them
        ('We train a "Quokka Hop Network" (QHN) on maps.', [("Quokka Hop Network", "QHN")]),
        ("the so-called \u201cwide trunk pooling\u201d(WTP) layer", [("wide trunk pooling", "WTP")]),
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
        # a long form of many words in lower case, or with a function word, stays too long for its acronym
        "We add the cheap low bit mixed width quantizer (CMQ) to it.",
        "We add Cheap Sensors for Low Bit Mixed Width Quantizers (CMQ) to it.",
        # a quote closed before another word: the long form is no name of its own
        'a "sparse routing" loss (SR) helps',
    ],
)
def test_non_definitions(text):
    assert pairs(text) == []


def test_capitalised_words_before_a_cut_long_form_join_it_only_when_they_give_its_capitals():
    # a stop word opens no name; a capitalised word that does not give the capital left out is not taken
    assert pairs("We use the Segments Routing Network (SSRN) here.") == [("Segments Routing Network", "SSRN")]
    assert pairs("In Paris Segments Routing Network (SSRN) works.") == [("Segments Routing Network", "SSRN")]
    assert pairs("In Sunny Segments Routing Network (SSRN) works.") == [
        ("Sunny Segments Routing Network", "SSRN")]


def test_offsets_point_into_the_text():
    text = "First sentence. Then Contrastive Language-Image Pre-training (CLIP) is used."
    (ls, le, ss, se), = find_abbreviations(text)
    assert text[ls:le] == "Contrastive Language-Image Pre-training" and text[ss:se] == "CLIP"
    assert le < ss


@pytest.mark.parametrize("short,long,coined", [
    ("FUTE", "FUzzy-disTillEd", True),  # capitals marked inside the words
    ("MORAL", "MOrph-gRAted Layers", True),
    ("GQR", "Gradual Quokka Routing", False),  # initials
    ("XQR", "eXtended Quokka Routing", False),  # a marked first letter, then initials
    ("QN", "QuokkaNet", False),  # a CamelCase name's parts
    ("QAGANs", "Quokka Aware GANs", False),  # an acronym's plural is no marking
    ("FUTE", "fuzzy-distilled", False),
])
def test_spelt_inside(short, long, coined):
    assert spelt_inside(short, long) is coined


@pytest.mark.parametrize("text, expected", [
    # past a comma that opens an apposition, the long form is sought after the comma: the nearest letters before
    # it ("T2G," gives the 2) belong to another name
    ("We release QuokkaKit T2G, a plugin for text-to-graph (T2G) tasks.", [("text-to-graph", "T2G")]),
    # a comma before a naming verb or an article: no long form crosses it
    ("We train a new random search agent, called Reactor (Random-Actor), which explores.", []),
    ("Following earlier steps in the pooling, the spreading (ST-Spread) restores the map.", []),
    # a list its words coordinate runs on past its commas
    ("We present a Hop, Skip and Jump (HSJ) module.", [("Hop, Skip and Jump", "HSJ")]),
    ("We study Paint, Render, and Copy (PRC) networks.", [("Paint, Render, and Copy", "PRC")]),
])
def test_long_forms_across_a_comma(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the nearest letters take the first D from inside a later word: the initials keep the first word
        ("We train a Deep Domain-Adversarial Image Generation (DDAIG) model.",
         [("Deep Domain-Adversarial Image Generation", "DDAIG")]),
        ("We add Dense Dilated Attention (DDA) blocks.", [("Dense Dilated Attention", "DDA")]),
        ("we rely on proximal policy optimization (PPO) for control.",
         [("proximal policy optimization", "PPO")]),
        ("a hyphen gives two initials: Deep Dual-Attention Fusion (DDAF).",
         [("Deep Dual-Attention Fusion", "DDAF")]),
    ],
)
def test_long_form_whose_initials_spell_the_acronym(text, expected):
    assert pairs(text) == expected


def test_initials_do_not_reach_past_a_comma_or_a_stop_word():
    # no earlier word completes the initials: the alignment's own long form (or none) stands
    assert pairs("For policy, we tune policy optimization (PPO) here.") == []
    assert pairs("the policy optimization (PO) step") == [("policy optimization", "PO")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an acronym written first, then a cue that it abbreviates the words after it, up to the clause's end; its
        # lower-case first letter is the first word's initial
        ("Our net, termed qLiMN for quokka Linear Mixing Networks. It wins.",
         [("quokka Linear Mixing Networks", "qLiMN")]),
        ("We propose QUAV-Net (short for Quokka Unit Attention Vision Net), a reader.",
         [("Quokka Unit Attention Vision Net", "QUAV-Net")]),
        ("We release WOLF, standing for wide orbit lattice fusion for shelves. It is fast.",
         [("wide orbit lattice fusion for shelves", "WOLF")]),
        ("a small model (WOLF, for Wide Orbit Lattice Fusion) is fast", [("Wide Orbit Lattice Fusion", "WOLF")]),
        # a sentence's end ends a long form: the next sentence's acronym is read on its own
        ("A net termed QuN for Quokka Net. We add CoDe, short for Cone Decoder.",
         [("Quokka Net", "QuN"), ("Cone Decoder", "CoDe")]),
        # a plain "for" after no naming verb says what a thing is for; so do words that do not spell the acronym
        ("We tag NP for noun phrase and VP for verb phrase.", []),
        ("We propose QuoNet, for quokka nets.", []),
        ("a model termed QuoNet for shelf reading, which wins", []),
        # the long form ends at the clause's end: words that spell it and run on are no definition
        ("a model called QUNR for Quokka Unit Net Reading of shelves and their many boxes, which wins", []),
        # "which stands for" and "as shorthand for" are cues too; the long form runs over its inner preposition
        ("We build a shelf model called GLINT, which stands for Glyph Lattice Inference Networks from Trees.",
         [("Glyph Lattice Inference Networks from Trees", "GLINT")]),
        ("we propose HiQU (as shorthand for HIerarchical QUokka units) for shelves",
         [("HIerarchical QUokka units", "HiQU")]),
        # the long form alone in brackets right after its acronym, read to the bracket's end
        ("Lately a new reader, QuERT (Quokka Encoder Representations from Trees), maps shelves.",
         [("Quokka Encoder Representations from Trees", "QuERT")]),
        ("Our GaMoE (Gated Mixture of Experts) layer routes.", [("Gated Mixture of Experts", "GaMoE")]),
        # ... but no further than its letters need: a last prepositional phrase that spells none is a description
        ("We count with RoLaN (Rotated Lattice Networks for fruit in orchards).", [("Rotated Lattice Networks", "RoLaN")]),
        # with no cue, a bracket whose initials miss a capital defines nothing; nor one that has the acronym as a word
        # (a word that merely holds its letters is no matter: "PT" in "Prompt", "RE" in "Relation")
        ("QRTS (Quokka Reader Tool Matrix) loses.", []),
        ("QuNet (QuNet-small) loses.", []),
        ("We tune PT (Prompt Tuning), DA (Domain Adaptation) and RE (Relation Extraction).",
         [("Prompt Tuning", "PT"), ("Domain Adaptation", "DA"), ("Relation Extraction", "RE")]),
        # an acronym of one capital is no acronym to spell out
        ("Mq (Model for Quokkas) too.", []),
        # a gloss in lower case is no name written out; nor are brackets of fewer letters than two a capital
        ("Our RePo (representative points) net reads.", []),
        ("QR-CNN (QR 3 -CNN) is a power of it.", []),
        # ... nor a bracket all in capitals: another acronym, or a template's placeholder ("Journal XX (XXXX)")
        ("Journal QX (QXQX) 1.", []),
        # a cue in the bracket is the cue's ("short for"): read once
        ("We build QSB (short for Quokka Shelf Boosting).", [("Quokka Shelf Boosting", "QSB")]),
        # an appositive spells an acronym out too: its long form from where the letters align, on a capital, to the
        # kind noun, which is the name's only when a letter spells it
        ("We build QVOD, a novel Quokka View Object Detection network, for shelves.",
         [("Quokka View Object Detection", "QVOD")]),
        ("Lately QUSS, a Quokka Unsupervised Shelf Sorting system, was released.",
         [("Quokka Unsupervised Shelf Sorting", "QUSS")]),
        ("We train QGN, a Quokka Graph Network for shelves.", [("Quokka Graph Network", "QGN")]),
        # ... and lower-case words after the last one the acronym spells are no part of the long form
        ("We train an LSTM, a Long Short-Term Memory recurrent network, on shelves.",
         [("Long Short-Term Memory", "LSTM")]),
        ("We use SGD, a Stochastic Gradient Descent variant of the model, to fit it.",
         [("Stochastic Gradient Descent", "SGD")]),
        ("We train QGC, a Quokka Graph Convolutional network, on shelves.", [("Quokka Graph Convolutional", "QGC")]),
        # ... but words that do not spell the acronym, the acronym as a word, a lower-case gloss, an acronym of one
        # capital or no kind noun define nothing
        ("We tune QERT, a pre-trained model, on shelves.", []),
        ("GAP, a gap between the Quokka Shelf Sorting methods, remains.", []),
        ("We use QSS, a quokka shelf sorting model.", []),
        ("We use Quss, a Quokka Unsupervised Shelf Sorting model.", []),
        ("We use QSS, a Quokka Shelf Sorting on trees.", []),
    ],
)
def test_short_form_first(text, expected):
    assert [(text[a:b], text[c:d]) for a, b, c, d in find_short_first(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a generic kind noun that no letter of the acronym spells says what the thing is, not its name
        ("We propose a comprehensive glyph aggregation approach (CompGlyph) for shelves.",
         [("comprehensive glyph aggregation", "CompGlyph")]),
        ("We design a multi-shelf BOX framework (msBOX) here.", [("multi-shelf BOX", "msBOX")]),
        ("a Quokka Token Contrast module (QTC) sharpens maps", [("Quokka Token Contrast", "QTC")]),
        ("we try glyph shelf pooling schemes (GSP) first", [("glyph shelf pooling", "GSP")]),
        ("We run the Deep Glyph-Net algorithm (DGN) on it.", [("Deep Glyph-Net", "DGN")]),
        # the kind noun's initial is in the acronym, but as another word's initial: "Matching"'s, "Mapping"'s
        ("the Glyph Matching method (GM) reads", [("Glyph Matching", "GM")]),
        ("a Shelf Glyph Mapping model (SGM) reads", [("Shelf Glyph Mapping", "SGM")]),
    ],
)
def test_a_kind_noun_no_letter_spells_ends_no_long_form(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "short, kind, rest, spelt",
    [
        ("GM", "method", ["Graph", "Matching"], False),
        ("Adam", "method", ["Adaptive", "Moment", "Estimation"], False),
        ("DM", "model", ["Deep", "Metric"], False),
        ("SGM", "model", ["Shelf", "Glyph", "Mapping"], False),
        ("GMM", "Method", ["Graph", "Matching"], True),
        ("SGMM", "Method", ["Shelf", "Graph", "Matching"], True),
        ("VLMO", "Model", ["Vision-Language", "pretrained"], True),
        ("QuSys", "system", ["quokka", "shelf"], True),
    ],
)
def test_a_kind_noun_is_spelt_only_by_letters_the_other_words_leave(short, kind, rest, spelt):
    assert _spells_kind(short, kind, rest) is spelt


def test_a_long_form_after_its_acronym_is_one_name_not_a_head_phrase_cut_at_its_preposition():
    from kg.extract import build_nlp, extract_one
    from kg.models import Paper
    text = "Lately a new reader, QuERT (Quokka Encoder Representations from Trees), maps shelves. We tune QuERT."
    ex = extract_one(Paper(id="q", title="Shelf reading", abstract=text), build_nlp())
    found = {(m.text, m.type.value, m.rule) for m in ex.mentions}
    assert ("Quokka Encoder Representations from Trees", "Method", "acronym") in found
    assert not any(t == "Quokka Encoder Representations" for t, _, _ in found)
    assert {m.canonical for m in ex.mentions if m.text == "QuERT"} == {"Quokka Encoder Representations from Trees"}


def _types(text):
    from kg.extract import build_nlp, extract_one
    from kg.models import Paper
    ex = extract_one(Paper(id="q", title="Shelf reading", abstract=text), build_nlp())
    return {m.text: m.type.value for m in ex.mentions}


@pytest.mark.parametrize(
    "text, long_form, etype",
    [
        # the kind word after the bracket that closes a long form written after its acronym types it
        ("We evaluate on the QSD (Quokka Shelf Detection) dataset.", "Quokka Shelf Detection", "Dataset"),
        ("We report the QSM (Quokka Shelf Matching) score.", "Quokka Shelf Matching", "Metric"),
        # so does the kind noun an appositive's long form stops before: a technique's noun makes it a Method
        ("We release QSD, a Quokka Shelf Detection dataset, for shelves.", "Quokka Shelf Detection", "Dataset"),
        ("Results of QVOD, a Quokka View Object Detection network, are good.", "Quokka View Object Detection",
         "Method"),
        # a task head there makes the bracket the task's object, no name of its own (the acronym is read as before)
        ("We study HOI (Human-Object Interaction) detection.", "Human-Object Interaction", None),
    ],
)
def test_the_word_after_a_long_form_written_after_its_acronym_types_it(text, long_form, etype):
    assert _types(text).get(long_form) == etype


def test_the_word_after_a_footnote_marked_acronym_types_its_long_form():
    # a footnote mark between the acronym and its closing bracket: the long form is read, and the word after the
    # bracket types it as it does "(QSD) dataset"
    types = _types("We evaluate on the Quokka Shelf Detection (QSD 1 ) dataset. QSD has 40 shelves.")
    assert types.get("Quokka Shelf Detection") == "Dataset"


@pytest.mark.parametrize(
    "text, long_form",
    [
        # an acronym written first coins nothing by itself: a task by its head, gerund or statement stays a task
        ("We tackle GLT (Glyph Layout Tracking) in scans.", "Glyph Layout Tracking"),
        ("RGE (Recognizing Glyph Entailment) is hard.", "Recognizing Glyph Entailment"),
        ("We study TSSR (Table Structure Shelf Recognition), a challenging task.", "Table Structure Shelf Recognition"),
        ("We study QGB (Quokka Glyph Boxes), a challenging task.", "Quokka Glyph Boxes"),
    ],
)
def test_an_acronym_written_before_a_task_long_form_keeps_it_a_task(text, long_form):
    assert _types(text)[long_form] == "Task"


def test_an_acronym_proposed_or_named_before_its_long_form_names_no_task():
    from kg.extract import build_nlp, extract_one
    from kg.models import Paper
    text = ("We present QuTD (Quokka Tracking by Deblurring), which follows fast shelves. QuTD wins. Our other "
            "method, called TbQ (Tracking by Quokkas), reads shelves. We also build a joint training framework QuRE "
            "(Quokka Relation Extraction) for this task.")
    ex = extract_one(Paper(id="q", title="Shelf reading", abstract=text), build_nlp())
    types = {m.text: m.type.value for m in ex.mentions}
    assert types["Quokka Tracking by Deblurring"] == "Method" and types["QuTD"] == "Method"
    assert types["Tracking by Quokkas"] == "Method" and types["TbQ"] == "Method"
    assert types["Quokka Relation Extraction"] == "Method"


def test_an_acronym_written_first_leaves_out_a_kind_noun_too():
    t = "We release QSB (short for quokka shelf boosting method), a tool."
    assert [(t[a:b], t[c:d]) for a, b, c, d in find_short_first(t)] == [("quokka shelf boosting", "QSB")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a letter spells the kind noun: it is part of the name
        ("We propose a Shelf Graph Matching Method (SGMM) here.", [("Shelf Graph Matching Method", "SGMM")]),
        ("the Glyph-Shelf MOdel (GSMO) reads", [("Glyph-Shelf MOdel", "GSMO")]),
        ("a quokka shelf system (QuSys) reads", [("quokka shelf system", "QuSys")]),
        # after a preposition the kind noun is an object; after a describing word it is the noun described; after
        # a head that names no entity ("noise") it is what makes the long form a model
        ("a glyph descent approach to shelf systems (GDShelf) reads", [("glyph descent approach to shelf systems", "GDShelf")]),
        ("the Shelf-controlled Adversarial framework (SCA) reads", [("Shelf-controlled Adversarial framework", "SCA")]),
        ("a glyph-shelf pre-trained model (GSP) reads", [("glyph-shelf pre-trained model", "GSP")]),
        ("a Latent Shelf-Conditional Noise model (LSCN) reads", [("Latent Shelf-Conditional Noise model", "LSCN")]),
        # without the kind noun the words would no longer define the acronym
        ("the shelf-based GAN architecture (ShelfGAN) reads", [("shelf-based GAN architecture", "ShelfGAN")]),
        # after a task head the kind noun is what the acronym names: the task alone is no long form of it
        ("a quokka call recognition system (QCR) reads", [("quokka call recognition system", "QCR")]),
    ],
)
def test_a_kind_noun_the_acronym_spells_or_needs_stays(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Deep Warping Networks [12](DWNs) first aligned the frames.", [("Deep Warping Networks", "DWNs")]),
        ("Later, Energy Shaped Flows [7, 9] (ESFs) were proposed.", [("Energy Shaped Flows", "ESFs")]),
        # two markers in a row: both cite the long form
        ("Later, Quokka Shaped Flows [7] [9] (QSFs) were proposed.", [("Quokka Shaped Flows", "QSFs")]),
    ],
)
def test_a_citation_marker_before_the_acronym_is_no_part_of_the_long_form(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the mark cites the work the words before it name: the long form starts after it, or there is none
        ("we add the Gated Excitation block[4] to Pooled Sum of the Layers (GE-PSL) for fusion.", []),
        ("we pair Gated Excitation [4] with Pooled Sum of Layer Outputs (PSLO) for fusion.",
         [("Pooled Sum of Layer Outputs", "PSLO")]),
        ("we pair the Gated Excitation[4] Pooled Sum Network (GE-PSN) for fusion.", []),
        ("we pair the Gated Excitation [4-6] Pooled Sum Network (GEPSN) for fusion.", []),
        # a bracket that cites nothing (no number) is no mark
        ("the Gated [sparse] Excitation Network (GEN) fuses.", [("Gated [sparse] Excitation Network", "GEN")]),
    ],
)
def test_no_long_form_runs_across_a_citation_marker(text, expected):
    assert pairs(text) == expected


def test_a_citation_marker_right_before_the_acronym_leaves_its_long_form_s_capitals_marked():
    # "[12]" cites the long form itself: the words before it still spell the acronym, "QUick" is capitalised for it
    from kg.extract.acronym_letters import marks_acronym_letters  # noqa: PLC0415

    for t in ("We train a Tiny QUick eXtractor [12] (TQUX) on glyphs.",
              "We train a Tiny QUick eXtractor [3, 4] [12] (TQUX) on glyphs."):
        assert marks_acronym_letters(t, t.index("QUick"), t.index("QUick") + 5), t


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We present Quokka Glyph Reader or QGR, which reads shelves.", [("Quokka Glyph Reader", "QGR")]),
        ("Our method, Shelf-Sort and Stack or SSS, stacks.", [("Shelf-Sort and Stack", "SSS")]),
        ("a new net (Quokka Lattice Nets or QL-Nets) sorts", [("Quokka Lattice Nets", "QL-Nets")]),
        ("We train a Suffix Glyph LSTM or SuGLSTM on shelves.", [("Suffix Glyph LSTM", "SuGLSTM")]),
        # letters the phrase before "or" does not spell, a phrase in lower case, a clause break or a compound: none
        ("We compare Recurrent Quokka Nets or CNNs on shelves.", []),
        ("We compare quokka glyph readers or QGRs on shelves.", []),
        ("We use Quokka Glyph Reader, or QGR-based nets.", []),
        ("Quokka Glyph Reader. Or QGR beats it.", []),
        # one word before "or" is another name, even when its capital parts would spell the letters
        ("We build on QuokNet-50 or QuokNext for shelves.", []),
        ("We add Shelf-Attention or SA to the reader.", [("Shelf-Attention", "SA")]),
    ],
)
def test_long_form_or_acronym(text, expected):
    assert [(text[a:b], text[c:d]) for a, b, c, d in find_or_named(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a naming cue after the words, past a kind noun no letter spells: every word gives a letter
        ("We design a self-attentive glyph embedding method called SAGE, which reads shelves.",
         [("self-attentive glyph embedding", "SAGE")]),
        ("Here a single-stage multi-shelf glyph regression, termed SMGR, is shown.",
         [("single-stage multi-shelf glyph regression", "SMGR")]),
        ("We build a quokka shelf pyramid network, dubbed QSPNet, for shelves.",
         [("quokka shelf pyramid network", "QSPNet")]),
        ("We first use Shelf Sorting and then Glyph Reading, which is called SSGR, on scans.",
         [("Shelf Sorting and then Glyph Reading", "SSGR")]),
        # a capital part inside a word spells a letter, though it reads as a function word ("A" of "ARchitecture")
        ("We build a novel Quokka ARchitecture Reader, dubbed QARR, for shelves.",
         [("Quokka ARchitecture Reader", "QARR")]),
        # a colon between the long form and its acronym
        ("We propose a novel Quokka-Pose Network: QPN. Its two parts are simple.", [("Quokka-Pose Network", "QPN")]),
        # a gloss between them: "i.e." or "namely", after a comma or in brackets that close on the acronym
        ("Quokka Shelf ARchitecture Reading, i.e., QSARR, is costly.", [("Quokka Shelf ARchitecture Reading", "QSARR")]),
        ("We use glyph pyramid pooling (i.e. GPP) on scans.", [("glyph pyramid pooling", "GPP")]),
        ("We derive a Quokka Glyph Free Reader Network, namely QGFRNet, from it.",
         [("Quokka Glyph Free Reader Network", "QGFRNet")]),
        ("We read shelves with glyph pyramid pooling (i.e., GPP and more).", []),
        ("We compare two shelf readers, i.e., QSR and GSR.", []),
        # words that leave letters unspelt or spell none, a name no acronym, an object of a preposition: none
        ("We train a knowledge-aware glyph network module named KA on shelves.", []),
        ("We propose a quokka shelf reader called ShelfReader for scans.", []),
        ("We build a new benchmark for quokka glyph reading, called QGR, with scans.", []),
        ("We compare two shelf readers: QSR and GSR.", []),
    ],
)
def test_long_form_named_or_colon_then_acronym(text, expected):
    assert [(text[a:b], text[c:d]) for a, b, c, d in find_named_after(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an acronym, a colon, the fewest words after it that spell it (camel-case parts count as words)
        ("In this work we propose QPN: Quokka-Pose Network for shelf reading, which is fast.",
         [("Quokka-Pose Network", "QPN")]),
        ("Our reader, which we dub GrQ: Glyph-regularized Quokka, reads scans.", [("Glyph-regularized Quokka", "GrQ")]),
        ("We build SHELF: Sparse Hierarchical Embedding Learning Framework.",
         [("Sparse Hierarchical Embedding Learning Framework", "SHELF")]),
        # words that do not spell the acronym, a name no acronym, a title or a line opened by the acronym: none
        ("We test two settings. QSR: we read shelves with quokkas.", []),
        ("We test a Reader: Quokka Edition on shelves.", []),
        ("QPN: Quokka-Pose Network for Shelf Reading\n\nWe read shelves.", []),
        ("  QPN: Quokka-Pose Network for Shelf Reading\n\nWe read shelves.", []),  # spaces before the title
        # an acronym opening the abstract's line after the title is read like one after a word
        ("Shelf Reading\n\nQPN: Quokka-Pose Network reads shelves.", [("Quokka-Pose Network", "QPN")]),
    ],
)
def test_acronym_colon_then_long_form(text, expected):
    assert [(text[a:b], text[c:d]) for a, b, c, d in find_colon_first(text)] == expected


def test_a_long_form_a_gloss_or_colon_sets_beside_its_acronym_defines_it():
    from kg.extract import build_nlp, extract_one
    from kg.models import Paper
    text = ("Glyph ARchiTecture Search, i.e., GARTS, is costly. We propose QPN: Quokka-Pose Network for shelf "
            "reading. QPN beats GARTS on scans.")
    ex = extract_one(Paper(id="q", title="Shelf reading", abstract=text), build_nlp())
    found = {(m.text, m.aliases) for m in ex.mentions if m.rule == "acronym"}
    assert found == {("Quokka-Pose Network", ("QPN",)), ("Glyph ARchiTecture Search", ("GARTS",))}


def test_the_kind_nouns_before_a_naming_cue_are_tried_longest_first_in_a_fixed_order():
    from kg.extract.named_acronyms import _KINDS
    assert _KINDS == sorted(set(_KINDS), key=lambda w: (-len(w), w))


def test_a_long_form_a_naming_cue_puts_before_its_acronym_defines_it():
    from kg.extract import build_nlp, extract_one
    from kg.models import Paper
    text = "To read shelves, we propose a self-attentive glyph embedding method called SAGE. SAGE beats baselines."
    ex = extract_one(Paper(id="q", title="Shelf reading", abstract=text), build_nlp())
    found = {(m.text, m.rule, m.aliases, m.canonical) for m in ex.mentions}
    assert ("self-attentive glyph embedding", "acronym", ("SAGE",), None) in found
    assert {m.canonical for m in ex.mentions if m.text == "SAGE"} == {"self-attentive glyph embedding"}


def test_a_parenthesis_repeating_the_long_forms_first_word_defines_nothing():
    # a citation of the series after one of its editions ("QuokEval 2015 (QuokEval, 2016)") is no acronym of it
    assert pairs("Our tagger leads on QuokEval 2015 (QuokEval, 2016) and on the Wombat Glyph Set (WGS).") == \
        [("Wombat Glyph Set", "WGS")]
    assert pairs("span-based (QuokEval 2015(QuokEval , 2016) benchmarks") == []


def _mentions(text):
    from kg.extract import build_nlp, extract_one
    from kg.models import Paper
    ex = extract_one(Paper(id="q", title="Glyph tagging", abstract=text), build_nlp())
    return {(m.text, m.aliases) for m in ex.mentions}


def test_an_edition_before_a_citation_of_its_series_stays_a_name_without_the_alias():
    # the edition is still named; only the series in the citation is no acronym of it
    found = _mentions("Our tagger leads on QuokEval 2015 (QuokEval, 2016) and on the Wombat Glyph Set (WGS).")
    assert ("QuokEval 2015", ()) in found
    assert not any("QuokEval" in aliases for _, aliases in found)


def test_an_edition_joined_by_a_hyphen_or_an_apostrophe_cites_its_series_too():
    assert pairs("Our tagger leads on QuokEval-2015 (QuokEval, 2016) and on the Wombat Glyph Set (WGS).") == \
        [("Wombat Glyph Set", "WGS")]
    assert pairs("Our tagger leads on QuokEval'15 (QuokEval, 2016) and on the Wombat Glyph Set (WGS).") == \
        [("Wombat Glyph Set", "WGS")]
    found = _mentions("Our tagger leads on QuokEval-2015 (QuokEval, 2016) for glyph tagging.")
    assert not any("QuokEval" in aliases for _, aliases in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a digit glued after a letter raises it: three Q's the words begin or mark with a capital
        ("We test on a new set of street crossings, QuoQuo Quay Detection (Q3D), and on another.",
         [("QuoQuo Quay Detection", "Q3D")]),
        ("Our double decoder generative nets (D2GN) sort glyphs.", [("double decoder generative nets", "D2GN")]),
        ("We train a Wombat-Wise Walker Network (W3N) on shelves.", [("Wombat-Wise Walker Network", "W3N")]),
        # a digit ending the acronym is its version, no power
        ("We tune the Quokka Pre-trained Transformer (QPT2) on glyphs.", []),
        # too few words for the power, or the digit is a lost "to" glued to the word before: no definition
        ("We study Quokka Quay Detection (Q3D) here.", []),
        ("a model called glyphto-shelf (Gly2Shelf) is", []),
    ],
)
def test_a_glued_digit_is_the_power_of_the_letter_before_it(text, expected):
    assert pairs(text) == expected


def test_a_glued_power_long_form_keeps_its_first_word_in_the_name():
    found = _mentions("We test on a new set of street crossings, QuoQuo Quay Detection (Q3D), and on another.")
    assert ("QuoQuo Quay Detection", ("Q3D",)) in found
    assert not any(text == "QuoQuo" for text, _ in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the capitalised word before the nearest letters opens the name with the acronym's first letter
        # ... when the paper writes that word before the name elsewhere too (its title, another mention)
        ("Glazed Glyph Routing for Shelves\nThen we build the Glazed Glyph Routing Network (GRNet), which sorts.",
         [("Glazed Glyph Routing Network", "GRNet")]),
        ("Anisotropic Separable Shelf Abstraction\nWe add a novel Separable Shelf Abstraction (SA) layer.",
         [("Separable Shelf Abstraction", "SA")]),
        ("Glazed Glyph Routing Module sorts.\nWe build the Glazed Glyph Routing Network (GRNet).",
         [("Glazed Glyph Routing Network", "GRNet")]),
        # another first letter, a word opening the sentence, a run of capitals before it: the long form as aligned
        ("Then we build the Braided Glyph Routing Network (GRNet), which sorts.", [("Glyph Routing Network", "GRNet")]),
        ("Glazed Glyph Routing Network (GRNet) sorts.", [("Glyph Routing Network", "GRNet")]),
        ("We use the Quokka Glazed Glyph Routing Network (GRNet).", [("Glyph Routing Network", "GRNet")]),
    ],
)
def test_a_capitalised_word_before_the_long_form_with_its_first_letter_opens_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalised word with the acronym's first letter that the paper never writes before the name elsewhere:
        # a language, an author, a data set, a firm: no part of the long form
        ("We report results for Quokkish Query Answering (QA) on shelves.", [("Query Answering", "QA")]),
        ("We compare to Glimmer Glyph Neural Networks (GNNs) on shelves.", [("Glyph Neural Networks", "GNNs")]),
        ("We follow the model of Vasquez Vision Transformer (ViT) here.", [("Vision Transformer", "ViT")]),
        ("We test on Cityshelves Crowd Counting (CC) again.", [("Crowd Counting", "CC")]),
        # ... written again in the abstract only: a language the abstract repeats, not the title's name
        ("Shelf sorting\nWe report scores for Quokkish Query Answering (QA). Quokkish Query Answering is hard.",
         [("Query Answering", "QA")]),
        ("We train with Sparse Self-Attention (SA) layers.", [("Self-Attention", "SA")]),
        # the look-back stays on the long form's line: a title's last word is no word of the abstract's name
        ("Learning to sort glyphs in the dark\nPale Pose Estimation (PE) is a core task.",
         [("Pose Estimation", "PE")]),
    ],
)
def test_a_capitalised_word_before_the_long_form_needs_the_longer_name_written_elsewhere(text, expected):
    assert pairs(text) == expected


def test_a_title_case_hyphen_word_before_the_long_form_opens_it_too():
    text = "Self-Supervised Shelf Ranking for Glyphs\nwe train a Self-Supervised Shelf Ranking (SR) model."
    assert pairs(text) == [("Self-Supervised Shelf Ranking", "SR")]


@pytest.mark.parametrize(
    "text",
    [
        # a power counts the initials of content words, and lower-case words around a function word are a clause
        "We study glyph sorting on shelf stack data (S2S) here.",
        "Our sorter relies on a dense depth map as input (D2MI) alone.",
        "We release an algorithm and a dataset (A3D) for shelves.",
    ],
)
def test_a_power_reads_no_clause_as_a_long_form(text):
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # "to" inside another word ("Photo", "Auto-", "proto-") is no homophone of the 2
        ("We train a Dual-Domain Photo Enhancement network (D2PE) on shelves.",
         [("Dual-Domain Photo Enhancement network", "D2PE")]),
        ("We train a Deep Denoising Auto-Encoder (D2AE) on shelves.", [("Deep Denoising Auto-Encoder", "D2AE")]),
        ("We train double decoder proto-networks (D2PN) on shelves.", [("double decoder proto-networks", "D2PN")]),
        # glued to a part that starts as the acronym's piece before the digit, it still is one: a lost space
        ("We use a memoryto-shelf model (Mem2Shelf) here.", []),
    ],
)
def test_a_power_is_cancelled_only_by_a_whole_or_glued_homophone_word(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "and"/"or" join the modifiers of a lower-case long form; they open no clause as "on"/"as"/"a" do
        ("We build a cross-view and cross-glyph contrastive learning (C3L) model for shelves.",
         [("cross-view and cross-glyph contrastive learning", "C3L")]),
        ("Our quokka or quail query network (Q3N) sorts.", [("quokka or quail query network", "Q3N")]),
    ],
)
def test_a_power_reads_a_lower_case_long_form_with_a_coordinator(text, expected):
    assert pairs(text) == expected


def test_a_word_before_the_long_form_the_power_needs_opens_it_without_a_second_writing():
    # A3Net spells AAANet: "Alignment" and "Aggregation" give two A's, the word before gives the third
    assert pairs("We build the Anchor Aggregation and Alignment Network (A3Net) for shelves.") == \
        [("Anchor Aggregation and Alignment Network", "A3Net")]


def test_an_of_phrase_data_noun_does_not_type_subjects_joined_by_and():
    text = "On a shelf of six quokkas, Glyph Entity Sorting (GES) and Glyph Role Sorting (GRS) improve by 3 points."
    types = _types(text)
    assert types.get("Glyph Entity Sorting") != "Dataset" and types.get("GES") != "Dataset"
    text = "On a benchmark of six quokkas, Glyph Entity Sorting (GES) and Glyph Role Sorting (GRS) improve by 3 points."
    types = _types(text)
    assert types.get("Glyph Entity Sorting") != "Dataset" and types.get("GES") != "Dataset"
