"""Method nodes need evidence of a name (issue 18; kg.graph.namehood, kg.graph.phrase_guesses, kg.graph.prune,
kg.extract.entityhood).

A Method seen in one paper only, whose mentions there look like a name only by typesetting (a title's
catchphrase, a phrase whose only capital is its first word, a title set in capitals, a defective shape, a
figure's words), is no node; a second paper, a definition or a naming phrase keeps it. The titles and
abstracts are sentences written for these tests.
"""
import doctest

import pytest

from kg.extract import build_nlp, extract_papers
from kg.graph import namehood, phrase_guesses
from kg.graph.namehood import title_catchphrase
from kg.models import Mention, Paper
from kg.vocab import EntityType

from helpers import pruned_graph


def _methods(papers):
    g, _, _ = pruned_graph(papers)
    return {d.get("name", "").lower() for _, d in g.nodes(data=True) if d.get("type") == "Method"}


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _found(nlp, abstract, title="Reading Receipts"):
    (ex,) = list(extract_papers([Paper("t", title, abstract)], nlp=nlp))
    return {m.text for m in ex.mentions}


def test_docstring_examples():
    assert doctest.testmod(namehood).failed == 0


# --- a title's head ------------------------------------------------------------------------------------------

def test_a_title_catchphrase_is_no_node():
    names = _methods([Paper("c1", "Over the Hills: Parsing Receipts with Layout Graphs",
                            "We read shop receipts with BERT and a layout graph.")])
    assert "over the hills" not in names
    assert "bert" in names


def test_a_title_name_with_a_technique_word_or_repeated_in_the_abstract_stays():
    names = _methods([Paper("c2", "Receipt Layout Network: Parsing Receipts", "We read shop receipts with BERT."),
                      Paper("c3", "Paper Trail: Tracing Forms", "Paper Trail links each form to its sender.")])
    assert "receipt layout network" in names
    assert "paper trail" in names


def test_a_catchphrase_the_abstract_uses_as_an_everyday_phrase_is_no_node():
    # ordinary words the abstract repeats in lower case only (or capitalised at a sentence's start only) are the
    # phrase in its everyday use, not the name of the paper's work; a coined word or a capital inside a sentence
    # keeps the repeat a name's
    names = _methods([Paper("c14", "Light at the End: Sorting Receipts with Layout Graphs",
                            "Sorting receipts by hand is slow. We see light at the end of the queue with BERT."),
                      Paper("c15", "Every Form Counts: Reading Receipts by Layout",
                            "Every form counts in a tax office. We read receipts with BERT."),
                      Paper("c16", "Quokka Trail: Tracing Forms", "We follow the quokka trail of each form."),
                      Paper("c17", "Open Door: Sorting Mail", "We sort mail with the Open Door sorter.")])
    assert "light at the end" not in names
    assert "every form counts" not in names
    assert "bert" in names
    assert {"quokka trail", "open door"} <= names
    m = Mention(EntityType.METHOD, "Light at the End", 0, 16, field="title", rule="title-name")
    title = "Light at the End: Sorting Receipts"
    assert title_catchphrase(m, title, "We see light at the end of the queue.")
    assert not title_catchphrase(m, title, "Our Light at the End sorter reads receipts.")


def test_a_catchphrase_in_two_papers_stays():
    names = _methods([Paper("c1", "Over the Hills: Parsing Receipts", "We read shop receipts."),
                      Paper("c4", "Over the Hills: Sorting Forms", "We sort forms with a layout model.")])
    assert "over the hills" in names


def test_two_words_grading_a_plain_technique_word_are_a_catchphrase():
    names = _methods([Paper("c5", "Improved Embeddings for Receipt Parsing", "We parse receipts with BERT.")])
    assert "improved embeddings" not in names


def test_words_listed_with_commas_in_a_title_are_a_catchphrase_even_before_a_technique_word():
    names = _methods([Paper("c9", "Sparse, Single-shot, Regression of Shop Receipts", "We read receipts with BERT.")])
    assert "sparse, single-shot, regression" not in names
    assert "bert" in names
    title = "Stamp, Sort and Route Networks: Mail Handling"
    m = Mention(EntityType.METHOD, "Stamp, Sort and Route Networks", 0, 30, field="title", rule="title-name")
    assert title_catchphrase(m, title, "We sort mail with BERT.")
    assert not title_catchphrase(m, title, "We present SSRN, a mail sorter.")  # the abstract's acronym spells it


def test_a_title_phrase_is_judged_by_its_head_before_of_not_by_its_last_word():
    # "edge" heads the phrase: "Attention" after "of" does not make it a technique, and the paper's proposal and
    # result, which name its own model, do not make the title's phrase a name
    names = _methods([Paper("c12", "The Edge of Attention: Sorting Receipts with Layout Graphs",
                            "We introduce LayoutSort, a receipt sorter built on BERT. "
                            "Our method reaches 91.2% accuracy on ReceiptBank."),
                      Paper("c13", "Networks of Stamps: Sorting Mail by Layout", "We sort mail with BERT.")])
    assert "the edge of attention" not in names
    assert "layoutsort" in names
    assert "networks of stamps" in names  # a technique word before "of" heads a name
    m = Mention(EntityType.METHOD, "The Edge of Attention", 0, 21, field="title", rule="title-name")
    assert title_catchphrase(m, "The Edge of Attention: Sorting Receipts", "We sort receipts.")


def test_a_title_opening_on_a_verb_is_no_node():
    names = _methods([Paper("c6", "Boost Receipt Labeling with Layout Graphs", "We label shop receipts with BERT.")])
    assert "boost receipt labeling" not in names
    assert "bert" in names


def test_describing_words_before_a_kind_of_model_in_a_title_are_no_node():
    names = _methods([Paper("c7", "Layout-Enriched Deep Learning Model for Receipt Parsing",
                            "We parse shop receipts with BERT."),
                      Paper("c8", "Receipt Layout Network for Form Sorting", "We sort forms with BERT.")])
    assert "layout-enriched deep learning model" not in names
    assert "receipt layout network" in names  # a word before the kind that is not only describing: a name


def test_a_described_title_model_the_abstract_spells_or_repeats_stays():
    names = _methods([Paper("c9", "Layout-Aware Neural Networks for Receipt Parsing",
                            "Our Layout-Aware Neural Networks (LANN) parse shop receipts."),
                      Paper("c10", "Sharpen Networks for Form Sorting", "Sharpen Networks sort forms by layout.")])
    assert {"layout-aware neural networks", "sharpen networks"} <= names


def test_plain_words_before_a_vague_head_in_a_title_are_no_node():
    # the title's subject says what kind of process the work is ("aggregation", "adaptation", "kernels"); the method
    # is the means after "via" or what the abstract names
    names = _methods([Paper("v1", "Signal Aggregation via Slot Routing for Ledger Parsing",
                            "We parse shop ledgers. Our slot routing sends each line to its slot and beats BERT."),
                      Paper("v2", "Gradual Adaptation of Receipt Readers to New Shops",
                            "We adapt receipt readers to unseen shops with BERT."),
                      Paper("v3", "Lower Dimensional Kernels for Receipt Readers",
                            "We read shop receipts with thin kernels and BERT.")])
    assert not {"signal aggregation", "gradual adaptation", "lower dimensional kernels"} & names
    assert "bert" in names


def test_a_vague_title_phrase_the_abstract_names_or_a_coined_or_noun_phrase_stays():
    names = _methods([Paper("v4", "Cross Slot Fusion for Ledger Parsing",
                            "We add a cross-slot fusion scheme to BERT to parse shop ledgers."),
                      Paper("v5", "Wombat Aggregation for Ledger Parsing", "We parse shop ledgers with BERT."),
                      Paper("v6", "Receipt Token Propagation for Ledger Parsing", "We parse shop ledgers with BERT."),
                      Paper("v7", "Signal Aggregation for Form Sorting",
                            "We propose Signal Aggregation Routing (SAR), which sorts forms.")])
    assert {"cross slot fusion", "wombat aggregation", "receipt token propagation"} <= names
    assert any(n.startswith("signal aggregation") for n in names)


def test_a_vague_title_phrase_is_a_guess_by_its_words_and_the_abstract():
    from kg.graph.vague_titles import vague_title_phrase, written_again  # noqa: PLC0415

    title = "Online Adaptation of Receipt Readers"
    m = Mention(EntityType.METHOD, "Online Adaptation", 0, 17, field="title", rule="title-name")
    assert vague_title_phrase(m, title, "We adapt readers while they read.")
    assert not vague_title_phrase(m, title, "Our online-adaptation step helps.")  # written again, hyphen aside
    assert not vague_title_phrase(m, title, "We call it OA, and it helps.")  # an acronym spells it
    assert not vague_title_phrase(Mention(EntityType.METHOD, "Online Adaptation", 0, 17, field="title",
                                          rule="head"), title, "We adapt readers.")  # not the title-name rule
    assert written_again("Flow-Guided Fusion", "we present flowguided fusions")
    assert not written_again("Flow-Guided Fusion", "we guide the flow of fusion")


def test_one_adjective_before_a_technique_head_in_a_title_is_a_guess_of_one_paper():
    # the title's capitals are its style: "an Adaptive Network", "via Hierarchical Sampling" say what the paper's own
    # network or step is like, and an abstract that never writes the phrase does not use it as a technique's name
    names = _methods([Paper("j1", "Ledger Parsing with an Adaptive Network", "We parse shop ledgers with BERT."),
                      Paper("j2", "Receipt Sorting via Hierarchical Sampling", "We sort shop receipts with BERT.")])
    assert not {"adaptive network", "hierarchical sampling"} & names
    assert "bert" in names


def test_an_adjective_title_phrase_the_abstract_writes_or_spells_or_a_coined_one_stays():
    names = _methods([Paper("j3", "Ledger Parsing with Selective Attention",
                            "Our selective attention weighs each ledger line."),
                      Paper("j4", "Receipt Sorting with Gradual Sampling", "Gradual Sampling (GS) sorts receipts."),
                      Paper("j5", "Form Reading with Wombat Attention", "We read forms with BERT."),
                      Paper("j6", "Form Reading with Adaptive Separable Convolution", "We read forms with BERT.")])
    assert {"selective attention", "wombat attention", "adaptive separable convolution"} <= names
    assert any(n.startswith("gradual sampling") for n in names)


def test_an_adjective_title_phrase_in_two_papers_stays():
    names = _methods([Paper("j7", "Ledger Parsing with an Adaptive Network", "We parse shop ledgers with BERT."),
                      Paper("j8", "Receipt Sorting with an Adaptive Network", "We sort shop receipts with BERT.")])
    assert "adaptive network" in names


def test_a_title_span_holding_a_verb_is_no_node():
    # the title is a question: the span the head rule read runs over its verb and is no noun phrase
    names = _methods([Paper("f1", "Can Sparse Memory Replace Attention?", "We sort shop receipts with BERT.")])
    assert "sparse memory replace attention" not in names
    assert "bert" in names


def test_a_piece_of_a_longer_title_noun_phrase_is_no_node():
    # the title's noun phrase goes on past the span: with the technique word it ends on, or with "of" and a name
    names = _methods([Paper("f2", "A Wombat-driven Ensemble Framework for Receipt Sorting",
                            "We sort shop receipts with BERT."),
                      Paper("f3", "Ledger Parsing using a 2D Greedily-grown Ensemble of Decision Trees",
                            "We parse shop ledgers with BERT.")])
    assert not {"wombat-driven ensemble", "greedily-grown ensemble"} & names
    assert {"bert", "decision tree"} <= names


def test_a_title_span_that_ends_its_noun_phrase_or_that_the_abstract_writes_stays():
    # a process before "of" is the name, its object what it is done to; a piece the abstract writes again is a name
    names = _methods([Paper("f4", "Cloze-driven Pretraining of Receipt Readers", "We read shop receipts with BERT."),
                      Paper("f5", "A Wombat-driven Ensemble Framework for Receipt Sorting",
                            "Our Wombat-driven Ensemble sorts shop receipts better than BERT.")])
    assert {"cloze-driven pretraining", "wombat-driven ensemble"} <= names


def test_a_title_fragment_is_judged_by_its_words_the_title_and_the_abstract():
    from kg.graph.title_fragments import holds_verb, title_fragment  # noqa: PLC0415

    title = "Can Sparse Memory Replace Attention?"
    m = Mention(EntityType.METHOD, "Sparse Memory Replace Attention", 4, 35, field="title", rule="head")
    assert title_fragment(m, title, "We read receipts.")
    assert not title_fragment(m, title, "Can sparse memory replace attention? We show it can.")  # written again
    assert not title_fragment(m._replace(rule="acronym"), title)  # a defined name is no span a rule guessed
    assert not title_fragment(m._replace(field="abstract"), title)
    assert not holds_verb(["Field", "Transforms", "Net"])  # a technique word is the name's noun, no verb
    title = "A Wombat-driven Ensemble Framework for Receipt Sorting"
    m = Mention(EntityType.METHOD, "Wombat-driven Ensemble", 2, 24, field="title", rule="head")
    assert title_fragment(m, title, "We sort receipts.")
    assert not title_fragment(m, title, "We sort receipts with WE, our ensemble.")  # an acronym spells it
    title = "A Wombat2 Ensemble Framework for Receipt Sorting"
    assert not title_fragment(m._replace(text="Wombat2 Ensemble", end=18), title)  # a name's shape


def test_an_adverb_or_a_noun_of_the_verb_list_makes_no_title_a_clause():
    # "Progressively", "Dynamically" (adverbs), "Trellis", "Focus", "Match" (nouns) are in verb_words.txt: a name
    # holding them is no clause; a base form is a verb after an opening modal or a plural subject, a third person's
    # "-s" form always
    from kg.graph.title_fragments import title_fragment  # noqa: PLC0415

    for title in ("Deep Progressively Refined Networks", "Graph Dynamically Weighted Attention",
                  "Neural Trellis Decoding Network", "Multi Focus Image Fusion", "Cross Domain Match Network"):
        m = Mention(EntityType.METHOD, title, 0, len(title), field="title", rule="titlecase")
        assert not title_fragment(m, title, "We read receipts."), title
    for title, span in (("Can Active Memory Replace Attention?", "Active Memory Replace Attention"),
                        ("Feature Quantization Improves GAN Training", "Feature Quantization Improves GAN Training"),
                        ("Quokka Operator Connects Slow-Fast Networks", "Quokka Operator Connects Slow-Fast Networks"),
                        ("Long-Context LLMs Meet Glyphs: A Study", "Long-Context LLMs Meet Glyphs")):
        m = Mention(EntityType.METHOD, span, title.index(span), title.index(span) + len(span), field="title",
                    rule="head")
        assert title_fragment(m, title, "We read receipts."), title


def test_the_description_an_article_opens_after_a_title_name_is_no_node():
    # "Name: A(n) ...": the article says what kind of thing the name is; the name stays, its description goes, also
    # when the abstract describes it so again in lower case
    names = _methods([Paper("c30", "QuokNet: A Lightweight Receipt Layout Network for Ledger Parsing",
                            "We parse shop ledgers with BERT."),
                      Paper("c31", "SortNet: an Envelope Stamp Reading Network", "We present SortNet, an envelope "
                            "stamp reading network that sorts mail with BERT.")])
    assert "receipt layout network" not in names and "envelope stamp reading network" not in names
    assert {"quoknet", "sortnet", "bert"} <= names


def test_the_description_after_a_title_name_with_a_capital_outside_ascii_is_no_node():
    # "Ökonet": its one capital is no ASCII letter, a name still
    names = _methods([Paper("c40", "Ökonet: A Lightweight Receipt Layout Network for Ledger Parsing",
                            "We parse shop ledgers with BERT.")])
    assert "receipt layout network" not in names


def test_a_dash_ends_the_articles_noun_phrase_after_a_title_name():
    from kg.models import Mention
    from kg.vocab import EntityType
    for dash in ("\u2013", "\u2014"):
        t = f"SortNet: An Envelope Stamp Reading Network {dash} Sorting Mail Fast"
        m = Mention(EntityType.METHOD, "Envelope Stamp Reading Network", t.index("Envelope"), t.index(f" {dash}"),
                    field="title", rule="head")
        assert namehood.title_apposition(m, t, "We sort mail with BERT.")


def test_a_title_description_the_abstract_names_defines_or_the_name_spells_stays():
    names = _methods([Paper("c32", "QuokNet: A Wombat Ledger Network for Receipts",
                            "Our Wombat Ledger Network parses shop receipts."),
                      Paper("c33", "PouchNet: A Marsupial Layout Network for Forms",
                            "We propose a marsupial layout network (MLN) that sorts forms."),
                      Paper("c34", "RLNet: A Receipt Layout Network for Forms", "We sort forms with BERT.")])
    assert {"wombat ledger network", "marsupial layout network", "receipt layout network"} <= names  # RLNet's initials


def test_a_title_phrase_that_does_not_end_the_articles_noun_phrase_or_follows_no_name_stays():
    # "a Wombat Ledger Network based Approach": the phrase is no head; "Learning to Sort Ledgers" is no name
    names = _methods([Paper("c35", "QuokNet: A Wombat Ledger Network based Approach for Receipts",
                            "We parse shop receipts with BERT."),
                      Paper("c36", "Learning to Sort Ledgers: A Wombat Receipt Network",
                            "We parse shop receipts with BERT.")])
    assert {"wombat ledger network", "wombat receipt network"} <= names
    # a short capitalised lead is a name still: its apposition is the description
    names = _methods([Paper("c38", "Wombat Miner: A Deep Receipt Ledger Network", "We parse receipts with BERT.")])
    assert "receipt ledger network" not in names and "deep receipt ledger network" not in names


def test_a_parenthesis_with_no_acronym_defines_no_title_description():
    names = _methods([Paper("c37", "PouchNet: A Marsupial Form Network for Receipts",
                            "We propose a marsupial form network (see Fig. 2) that sorts receipts with BERT.")])
    assert "marsupial form network" not in names and "pouchnet" in names


def test_one_plain_word_before_a_kind_noun_after_a_title_name_with_no_article_is_no_node():
    # "Name: Marsupial Network for ...": with no article, one plain word before a kind noun (describing words aside)
    # says what kind of thing the name is; the name stays, its description goes
    names = _methods([Paper("c41", "QuokNet: Marsupial Network with Pouch Loss for Ledger Parsing",
                            "We parse shop ledgers with BERT."),
                      Paper("c42", "WombatBox: Lightweight Nocturnal Classifier for Receipts",
                            "We sort shop receipts with BERT."),
                      Paper("c43", "Ledger Miner: Pouch-enhanced Marsupial Network for Receipts",
                            "We mine ledgers with BERT.")])
    assert not names & {"marsupial network", "nocturnal classifier", "lightweight nocturnal classifier",
                        "pouch-enhanced marsupial network"}
    assert {"quoknet", "wombatbox", "bert"} <= names


def test_a_bare_title_apposition_that_may_coin_a_name_or_that_the_abstract_names_stays():
    # two plain words, a hyphenated or name-shaped word may coin a name; the abstract's capitals or the name's
    # initials make the phrase a name
    names = _methods([Paper("c44", "QuokNet: Marsupial Ledger Network for Receipts", "We parse receipts with BERT."),
                      Paper("c45", "PouchNet: Multi-pouch Network for Receipts", "We parse receipts with BERT."),
                      Paper("c46", "WombatBox: Nocturnal Classifier for Receipts",
                            "Our Nocturnal Classifier sorts receipts with BERT."),
                      Paper("c47", "NC: Nocturnal Classifier for Receipts", "We sort receipts with BERT.")])
    assert {"marsupial ledger network", "multi-pouch network", "nocturnal classifier"} <= names


def test_a_title_phrase_after_for_is_the_goal_not_a_method():
    names = _methods([Paper("c11", "Layered Receipt Encoders for Hierarchical Ledger Pre-training",
                            "We pre-train on shop ledgers with BERT.")])
    assert "hierarchical ledger pre-training" not in names


# --- capitals of typesetting -----------------------------------------------------------------------------------

def test_a_phrase_capitalised_only_at_its_first_word_is_no_node():
    names = _methods([Paper("d1", "Reading Receipts",
                            "We train with a robust Charbonnier loss and use CPU decoding. Textual "
                            "relation embedding helps. The Anchor Refinement Network aligns boxes.")])
    assert not names & {"cpu decoding", "textual relation embedding"}
    assert "anchor refinement network" in names  # Title Case in running text: a name
    assert "charbonnier loss" in names  # a proper name's capital inside a sentence


def test_a_path_after_a_link_cue_is_no_name_but_alternatives_are():
    names = _methods([Paper("d5", "Reading Receipts",
                            "We compare ReceiptNet/FormNet backbones. Code is available at: ShopLab/Receipt-Net2.")])
    assert not names & {"shoplab", "receipt-net2"}
    assert {"receiptnet", "formnet"} <= names


def test_a_title_phrase_opening_on_a_verb_is_no_node_but_a_conjunct_is():
    names = _methods([Paper("d3", "Folding and Sampling Network for Receipt Parsing", "We parse receipts."),
                      Paper("d4", "Exploring Layout-Guided Spatial Attention for Receipt Parsing", "We parse forms.")])
    assert "folding and sampling network" in names
    assert "exploring layout-guided spatial attention" not in names


def test_a_phrase_of_a_title_in_capitals_is_no_node():
    names = _methods([Paper("d2", "RECEIPT SORTING WITH HIERARCHICAL ATTENTION NETWORKS", "We sort receipts.")])
    assert not names & {"receipt sorting", "hierarchical attention networks"}


def test_a_phrase_rule_guess_set_in_capitals_for_emphasis_is_no_node():
    # capitals over a whole phrase in a lower-case sentence are the writer's emphasis: read in lower case, the
    # phrase rules' guesses are those of any sentence
    names = _methods([Paper("d7", "Reading Receipts",
                            "Sentence-level receipt parsing (RP) aims at reading receipts. In this paper, we revisit "
                            "two problems that affect the performance of existing RP models, namely STAMP "
                            "REPRESENTATION and NOISY OR ILL-DEFINED LABELS. Our reader uses BERT.")])
    assert not names & {"stamp representation", "noisy or ill-defined labels"}
    assert "bert" in names


def test_capitals_over_words_the_paper_writes_plain_are_emphasis_but_a_name_in_capitals_stays():
    names = _methods([Paper("d8", "Reading Receipts",
                            "We study two weak points of receipt readers, namely STAMP REPRESENTATION and LEDGER "
                            "ATTENTION, and fix them with BERT; our reader weighs each ledger line with attention."),
                      Paper("d9", "Reading Receipts", "Our proposed model, QUOKKA REASONER, beats BERT on receipts.")])
    assert "ledger attention" not in names
    assert "quokka reasoner" in names  # its words are written nowhere plain: a name set in capitals


def test_emphasis_capitals_reads_the_rule_the_words_and_the_text():
    from kg.graph import emphasis
    from kg.graph.emphasis import emphasis_capitals

    assert doctest.testmod(emphasis).failed == 0
    a = "We fix LEDGER ATTENTION and Ledger Attention; ledger rows need attention."
    s = a.index("LEDGER ATTENTION")

    def look(text, rule="name", start=s, name="LEDGER ATTENTION"):
        return emphasis_capitals(Mention(EntityType.METHOD, name, start, start + len(name), rule=rule), text, text)

    assert look(a)
    assert look(a.replace("ledger rows", "rows"), rule="list")  # a phrase rule's guess: whatever the paper writes
    assert not look(a.replace("ledger rows", "rows"))  # found by its shape, "ledger" written nowhere plain
    assert not look(a, rule="lexicon")
    assert not look(a, name="Ledger Attention", start=a.index("Ledger Attention"))
    assert not look(a.upper())  # a text set in capitals is typeset_phrase's


# --- defective shapes ------------------------------------------------------------------------------------------

def test_mnemonic_capitals_an_acronym_plural_and_a_path_are_no_nodes():
    names = _methods([Paper("e1", "Reading Receipts",
                            "Our method is named APAC: the Augmented PAttern Classification. We predict TF-masks "
                            "too. Code: ShopLab/Receipt-Net2.")])
    assert not names & {"pattern", "tf-masks", "shoplab", "receipt-net2"}
    assert "apac" in names


def test_words_of_a_figure_are_no_nodes():
    names = _methods([Paper("e2", "Reading Receipts",
                            "We read receipts with BERT. 1 2 FC output Dynamic RConv layer Context Network-2 "
                            "RConv-3 RConv-n")])
    assert not names & {"rconv", "rconv-3", "rconv-n"}
    assert "bert" in names


def test_adjectives_made_from_names_are_no_candidates(nlp):
    found = _found(nlp, "Such NASbased models and PAF-only refinement beat LiDAR-centric baselines.")
    assert not found & {"NASbased", "PAF-only", "LiDAR-centric"}


def test_data_set_is_no_entity(nlp):
    assert "data set" not in _found(nlp, "We release a new data set, compiled from shop receipts.")


def test_a_word_in_capitals_broken_at_a_line_end_starts_no_name(nlp):
    found = _found(nlp, "We sort receipts.", title="DEEP CONVOLU- TIONAL NETWORKS FOR RECEIPTS")
    assert "TIONAL NETWORKS" not in found
    assert "BLEU" in _found(nlp, "We score receipts with -LRB- BLEU , NIST -RRB- .")  # a bracket token


# --- long forms typed by their head --------------------------------------------------------------------------

def test_a_long_form_ending_in_measure_or_a_numbered_challenge_is_no_method(nlp):
    (ex,) = list(extract_papers([Paper("t", "Reading Receipts",
                                       "We score parses with the receipt structure similarity measure (RSSM) and "
                                       "take part in the Receipt Reading Challenges 3 (RRC3).")], nlp=nlp))
    types = {m.text: m.type.value for m in ex.mentions}
    assert types["receipt structure similarity measure"] == "Metric"
    assert types["Receipt Reading Challenges 3"] == "Dataset"


def test_a_bare_name_beside_a_dataset_is_a_dataset(nlp):
    (ex,) = list(extract_papers([Paper("t", "Counting Cars",
                                       "Counting tests on the CARPK and PUCPR+ show gains over BERT.")], nlp=nlp))
    types = {m.text: m.type.value for m in ex.mentions}
    assert types["PUCPR+"] == "Dataset"
    assert types["BERT"] == "Method"


def test_a_bare_name_before_a_described_data_noun_is_a_dataset(nlp):
    (ex,) = list(extract_papers([Paper("t", "Counting Cars", "Features help on the PARK-82 parking dataset.")],
                                nlp=nlp))
    assert {m.text: m.type.value for m in ex.mentions}["PARK-82"] == "Dataset"


def test_a_participle_after_a_hyphen_makes_an_adjective(nlp):
    found = _found(nlp, "Given GPS-aligned pairs of receipts and ROI-structured scans, we match them.")
    assert not found & {"GPS-aligned", "ROI-structured"}


def test_identifiers_and_url_debris_are_no_nodes():
    names = _methods([Paper("f1", "Reading Receipts",
                            "Relations such as StoreOf and IsPaidBy link receipts. Our code is at httpsReceipts "
                            "and uses ReceiptNet.")])
    assert not names & {"storeof", "ispaidby", "httpsreceipts"}
    assert "receiptnet" in names


def test_a_stated_result_does_not_make_a_catchphrase_a_name():
    names = _methods([Paper("g1", "Fewer Stamps More Letters: Sorting Mail with Layout Graphs",
                            "Our method reaches 91.2% accuracy on the MailSort benchmark, beating BERT.")])
    assert "fewer stamps more letters" not in names
    assert "bert" in names


def test_a_title_question_is_no_name():
    names = _methods([Paper("g2", '"RNN -LN = ?": Reading Receipts Without Layout', "We read receipts with BERT.")])
    assert not any("?" in n for n in names)
    assert "bert" in names


def test_capitals_that_spell_a_nearby_acronym_are_no_name():
    names = _methods([Paper("h1", "Reading Receipts",
                            "We call it DRESS (as shorthand for Deep REinforcement Sentence Simplification).")])
    assert "reinforcement" not in names


def test_an_out_of_phrase_is_no_entity(nlp):
    assert "out-of-receipt" not in _found(nlp, "Each out-of-receipt (OOR) token is masked.")


def _lower_guess(text):
    return Mention(EntityType.METHOD, text, 0, len(text), rule="head")


def test_a_regime_word_before_a_loss_is_generic_and_any_spacing_reads_alike():
    # a line break or two spaces inside the phrase read as one space: the lexicon's "contrastive loss" stays a name
    assert phrase_guesses.generic_compound(_lower_guess("supervised\nloss"))
    assert not phrase_guesses.generic_compound(_lower_guess("contrastive  loss"))
    assert not phrase_guesses.generic_compound(_lower_guess("contrastive\nlosses"))


def test_a_regime_word_before_a_module_is_not_judged_as_a_loss():
    # the training-regime reading is of a loss only: which data trains a model says nothing of a module's form
    assert not phrase_guesses.generic_compound(_lower_guess("contrastive module"))
    assert not phrase_guesses.generic_compound(_lower_guess("supervised function"))
    assert phrase_guesses.generic_compound(_lower_guess("supervised losses"))


def test_a_loss_named_by_its_role_is_no_node_in_any_number_of_papers():
    # "the auxiliary loss" of three papers is each paper's own extra objective: no node; a paper that names its form
    # ("the focal loss") keeps that one, and a paper that defines the role-named loss with an acronym keeps it
    papers = [Paper("r1", "Reading Quills", "The auxiliary loss speeds up the training of the quill reader."),
              Paper("r2", "Inking Pages", "We find that auxiliary loss helps the page model converge."),
              Paper("r3", "Glyph Paths", "The glyph tracer is trained with the focal loss; the auxiliary loss weights "
                    "its strokes."),
              # a title's capitals are its style where the abstract writes the phrase in lower case
              Paper("r5", "Quill Readers with Auxiliary Loss", "We train quill readers with an auxiliary loss term.")]
    names = _methods(papers)
    assert "auxiliary loss" not in names
    assert "focal loss" in names
    kept = _methods(papers + [Paper("r4", "Stroke Readers", "Our extra objective, the auxiliary loss (AL), ties "
                                    "strokes to glyphs; AL helps the quill reader.")])
    assert "auxiliary loss" in kept


def test_a_role_word_before_a_loss_is_generic_but_not_before_another_part():
    assert phrase_guesses.generic_compound(_lower_guess("auxiliary loss"))
    assert phrase_guesses.generic_compound(_lower_guess("output losses"))
    assert not phrase_guesses.generic_compound(_lower_guess("auxiliary module"))
    assert not phrase_guesses.generic_compound(Mention(EntityType.METHOD, "Auxiliary Loss", 0, 14, rule="head"))


# --- a description before the name a paper gives --------------------------------------------------------------

def test_a_description_before_its_given_name_is_no_node():
    # two papers describe their own models alike before naming them: the description names neither model; a lexicon
    # class before a name stays, and so does a phrase two more papers propose as a term (bare or with "the": "a glyph
    # aggregation network that ..." would be one of a paper's own, phrase_guesses.own_description)
    papers = [Paper("n1", "Reading Glyphs", "We propose a novel glyph aggregation network, called FooNet, which reads "
                    "scanned pages."),
              Paper("n2", "Faster Glyphs", "We present a glyph aggregation network, dubbed BarNet, that runs in real "
                    "time."),
              Paper("n3", "Reading Graphs", "We propose a graph convolutional network named QuxGCN for node "
                    "classification.")]
    names = _methods(papers)
    assert "glyph aggregation network" not in names
    assert {"foonet", "barnet", "graph convolutional network", "quxgcn"} <= names
    kept = _methods(papers + [Paper("n4", "Glyph Pages", "We propose the glyph aggregation network for reading scanned "
                                    "pages."),
                              Paper("n5", "Glyph Reading", "We introduce glyph aggregation networks that read "
                                    "glyphs.")])
    assert "glyph aggregation network" in kept
    # two more papers that only propose "a glyph aggregation network ..." of their own keep no node
    own = _methods(papers + [Paper("n6", "Glyph Pages", "We propose a glyph aggregation network for reading scanned "
                                   "pages."),
                             Paper("n7", "Glyph Reading", "We introduce a glyph aggregation network that reads "
                                   "glyphs.")])
    assert "glyph aggregation network" not in own


# --- one of a paper's own ------------------------------------------------------------------------------------

def _own(text, phrase, before=""):
    """own_description of ``phrase`` where it stands right after ``before`` + phrase's first occurrence there."""
    i = text.index(before + phrase) + len(before)
    return phrase_guesses.own_description(Mention(EntityType.METHOD, phrase, i, i + len(phrase), rule="head"), text)


def test_an_indefinite_or_possessive_noun_phrase_is_the_papers_own():
    t = "We add a novel and simple tile loss that ties pages, and our glyph network. This tile loss is cheap."
    assert _own(t, "tile loss", "simple ")
    assert _own(t, "glyph network", "our ")
    assert _own(t, "tile loss", "This ")


def test_a_bare_known_or_longer_noun_phrase_is_no_description():
    # bare, with "the", after a word that says the technique is known, before a noun that the determiner belongs to,
    # ending in a process noun ("a pooling" is one application of a technique) or not in lower case: no description
    # of the paper's own
    t = ("Trained with tile loss, the glyph layer, a widely used tile loss, a tile loss function and, via a "
         "glyph pooling on maps, A Tile Loss.")
    assert not _own(t, "tile loss", "with ")
    assert not _own(t, "glyph layer", "the ")
    assert not _own(t, "tile loss", "used ")
    assert not _own(t, "tile loss", "a ")  # "a tile loss function"
    assert not _own(t, "glyph pooling", "a ")
    assert not _own(t, "Tile Loss", "A ")
    # after a preposition of means "a" is a use, unless the paper calls the thing new or describes it right after
    t = "Trained with a tile loss. Trained with a new tile loss. Trained with a tile loss that ties pages."
    assert not _own(t, "tile loss", "with a ")
    assert _own(t, "tile loss", "new ")
    assert _own(t, "tile loss", "new tile loss. Trained with a ")  # "... a tile loss that ties pages"


def test_a_phrase_ending_in_a_type_word_is_judged_as_written():
    # the type word the linker drops from a key is the phrase's own head: "a novel glyph-aware tile architecture" is
    # the paper's own; one ending in a process noun and a type word is one application of a technique
    t = "We add a novel glyph-aware tile architecture, our glyph tile model and a glyph pooling layer."
    assert _own(t, "glyph-aware tile architecture", "novel ")
    assert _own(t, "glyph tile model", "our ")
    assert not _own(t, "glyph pooling layer", "a ")


def test_a_process_noun_before_several_or_hyphened_type_words_is_no_description():
    # the head is the word before all the type words the linker drops, however joined: "pooling", not "glyph" or
    # "module"
    t = "We add a glyph pooling-layer and a glyph pooling module layers stack."
    assert not _own(t, "glyph pooling-layer", "a ")
    assert not _own(t, "glyph pooling module layers", "a ")


def test_a_to_clause_after_a_use_is_the_verbs_purpose():
    # "to" after the phrase says what the training is for, not what the loss does: still a use after "with"
    t = "We fit the reader with a tile loss to align pages. We add a tile loss to align pages."
    assert not _own(t, "tile loss", "with a ")
    assert _own(t, "tile loss", "add a ")  # no preposition of means: the paper's own, "to" or not


@pytest.mark.parametrize("verb", ["use", "uses", "used", "using", "adopt", "employ", "apply", "leverage", "utilize"])
def test_a_after_a_verb_of_use_is_a_use(verb):
    t = f"We {verb} a tile loss on the pages."
    assert not _own(t, "tile loss", "a ")
    # unless the paper calls it new or describes it right after
    assert _own(f"We {verb} a new tile loss on the pages.", "tile loss", "new ")
    assert _own(f"We {verb} a tile loss that ties the pages.", "tile loss", "a ")


def test_their_points_at_others_work():
    t = "Prior work trains readers with their tile loss. We keep our tile loss."
    assert not _own(t, "tile loss", "their ")
    assert _own(t, "tile loss", "our ")


def test_only_describing_words_stand_between_the_determiner_and_the_phrase():
    # describing adjectives ("novel", "simple", "effective", "deep") belong to the paper's own thing; a numeral, a
    # pronoun, "same"/"similar"/"related" or a noun ("a machine tile loss") stops the reading
    t = "We add a simple yet effective tile loss, a novel tile loss that ties pages, and a deep tile loss."
    assert _own(t, "tile loss", "effective ") and _own(t, "tile loss", "novel ") and _own(t, "tile loss", "deep ")
    for word in ("two", "one", "same", "similar", "related", "machine", "his", "first"):
        assert not _own(f"We add a {word} tile loss that ties pages.", "tile loss", f"{word} "), word


def test_a_phrase_two_papers_write_only_as_their_own_is_no_node():
    # each paper describes its own loss ("a tile loss that ..."): two such papers name no technique; two papers writing
    # it bare or with "the" do
    own = [Paper("o1", "Reading Tiles", "We train the reader with a novel tile loss that ties pages together."),
           Paper("o2", "Tiles Again", "We propose a tile loss, which aligns the pages of a scan.")]
    assert "tile loss" not in _methods(own)
    used = [Paper("o3", "Reading Tiles", "We train the reader with tile loss and BERT."),
            Paper("o4", "Tiles Again", "The tile loss aligns the pages of a scan.")]
    assert "tile loss" in _methods(used)
    assert "tile loss" in _methods(own + used)


def test_a_title_lead_naming_the_problem_before_its_means_is_a_task_not_a_proposal(nlp):
    (ex,) = list(extract_papers([Paper("t", "Glyph Act Sequence Labeling via Stacked Encoders",
                                       "We study the problem on scanned pages. Stacked encoders label glyph acts.")],
                                nlp=nlp))
    typed = {m.text: m.type for m in ex.mentions}
    assert typed["Glyph Act Sequence Labeling"] is EntityType.TASK
    assert "Glyph Act Sequence Labeling" not in ex.proposed


def test_a_title_topic_of_learning_read_as_a_problem_adds_no_task(nlp):
    # the title's topic phrase the abstract never repeats was no Method; read as a problem it is no Task either
    (ex,) = list(extract_papers([Paper("t", "Robust Glyph Feature Learning with Stacked Priors",
                                       "We study scanned pages. Stacked priors help.")], nlp=nlp))
    assert not any(m.text == "Robust Glyph Feature Learning" for m in ex.mentions)


def test_emphasis_capitals_needs_letters_and_reads_a_plural_in_capitals_against_a_singular():
    from kg.graph.emphasis import emphasis_capitals

    def look(text, name):
        s = text.index(name)
        return emphasis_capitals(Mention(EntityType.METHOD, name, s, s + len(name), rule="name"), text, text)

    assert not look("We weigh α β for wombats.", "α β")  # no letter runs: nothing in capitals at all
    assert look("We fix NOISY LABELS: each noisy label hurts.", "NOISY LABELS")
    assert look("We fix NOISY BOXES: each noisy box hurts.", "NOISY BOXES")
    assert not look("We fix NOISY LABELS: each label hurts.", "NOISY LABELS")  # "noisy" written nowhere plain
