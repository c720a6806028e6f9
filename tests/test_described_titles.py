"""A title's Title Case phrase of plain words that describes the method the abstract names otherwise is no node
(issue 18; kg.graph.described_titles). The titles and abstracts are sentences written for these tests."""
import doctest

from kg.graph import described_titles
from kg.graph.described_titles import blends, described_title, plain_vocabulary, title_lead_name
from kg.models import Mention, Paper
from kg.vocab import EntityType

from helpers import pruned_graph


def _methods(papers):
    g, _, _ = pruned_graph(papers)
    return {d.get("name", "").lower() for _, d in g.nodes(data=True) if d.get("type") == "Method"}


def test_docstring_examples():
    assert doctest.testmod(described_titles).failed == 0


def test_a_title_phrase_describing_the_method_the_abstract_names_is_no_node():
    names = _methods([
        Paper("d1", "Layered Sentence Embeddings for Receipt Sorting",
              "Receipts are hard to sort. We propose QuokSort, a model that sorts shop receipts by their totals."),
        Paper("d2", "Selective Attention Networks for Ledger Reading",
              "So does our Wombat Ledger Reader (WoLeR) architecture, which reads ledgers line by line."),
    ])
    assert not {"layered sentence embeddings", "selective attention networks"} & names
    assert "quoksort" in names


def test_a_title_phrase_stays_when_named_spelt_coined_or_the_only_name():
    names = _methods([
        # the paper's name is built from the phrase's words: the phrase is its long form
        Paper("k1", "Densely Layered Networks for Receipt Sorting",
              "We propose DenseLayNet, which sorts shop receipts by their totals."),
        # an acronym spells it
        Paper("k2", "Selective Ledger Embeddings for Form Reading",
              "We propose SLE, which reads forms line by line, and QuokSort."),
        # the abstract writes it with its capitals
        Paper("k3", "Gated Token Embeddings for Mail Sorting",
              "We propose QuokMail: its Gated Token Embeddings sort letters by their stamps."),
        # a coined word in the phrase
        Paper("k4", "Wombat Attention Networks for Parcel Sorting",
              "We propose ParcNet, which sorts parcels by weight."),
        # the paper gives no other name
        Paper("k5", "Stacked Receipt Embeddings for Bill Reading", "We read shop bills with stacked embeddings."),
        # the whole title: the work is named by it
        Paper("k6", "Sparse Ledger Attention", "We propose LedgerFormer, which reads ledgers line by line."),
        # the abstract defines it, its hyphen lost at a line end
        Paper("k7", "Self-Gated Bill Embeddings for Bill Sorting",
              "We propose selfgated bill embeddings (QuoBE), which sort bills; QuoBE is fast."),
        # the name is a word before an acronym the abstract defines: "Noisy" + "Ledger Attention Search (LAS)"
        Paper("k8", "Noisy Ledger Attention Search for Form Reading",
              "Ledger Attention Search (LAS) reads forms. We propose NoisyLAS, which adds noise to LAS."),
    ])
    assert {"densely layered networks", "selective ledger embeddings", "gated token embeddings",
            "wombat attention networks", "stacked receipt embeddings", "sparse ledger attention",
            "noisy ledger attention search"} <= names
    assert any(n.startswith("self-gated bill embedding") or n.startswith("selfgated bill embedding") for n in names)


def test_the_words_and_the_names_the_rule_reads():
    t = "Layered Sentence Embeddings for Receipt Sorting"
    m = Mention(EntityType.METHOD, "Layered Sentence Embeddings", 0, 27, field="title", rule="title-name")
    assert described_title(m, t, "We propose QuokSort.", ("QuokSort",))
    assert not described_title(m, t, "We propose QuokSort.", ())  # no name of its own
    assert not described_title(m, t.upper(), "We propose QuokSort.", ("QuokSort",))  # a title set in capitals
    lexicon = Mention(EntityType.METHOD, "Layered Sentence Embeddings", 0, 27, field="title", rule="lexicon")
    assert not described_title(lexicon, t, "We propose QuokSort.", ("QuokSort",))
    assert blends("LaSEm", "Layered Sentence Embeddings") and not blends("QuokSort", "Layered Sentence Embeddings")
    assert plain_vocabulary("Sentence-Level") and not plain_vocabulary("Wombat")


def test_a_short_name_sharing_only_the_last_word_s_initial_is_no_blend():
    # one letter of one word and a tail as long as it is no name built from the phrase
    assert not blends("NOVA", "Selective Attention Networks")
    assert not blends("LOGO", "Graph Contrastive Learning")
    assert not blends("SELF", "Deep Sentence Embeddings")
    assert blends("SAN", "Selective Attention Networks") and blends("SelANet", "Selective Attention Networks")
    assert blends("SANs", "Selective Attention Networks")  # a plural's "s" is no tail


def test_a_word_ending_in_s_before_the_last_is_no_plural():
    from kg.graph.described_titles import _defined_in

    assert _defined_in("Class Attention Networks", "We use a class attention network (ClaNet) for receipts.")
    assert _defined_in("Cross Process Embeddings", "A cross process embedding (CPE) helps.")


def test_a_dash_ends_the_title_s_lead_as_a_colon_does():
    t = "Layered Sentence Embeddings - Sorting Receipts Fast"
    m = Mention(EntityType.METHOD, "Layered Sentence Embeddings", 0, 27, field="title", rule="title-name")
    for title in (t, t.replace(" - ", " \u2014 "), t.replace(" - ", ": ")):
        assert not described_title(m, title, "We propose QuokSort, which sorts receipts.", ("QuokSort",))


def test_a_hyphenated_coined_name_is_the_paper_s_own_name():
    from kg.graph.described_titles import own_names

    a = "We propose Quok-Sort, which sorts receipts, and apply a Deep-Learning pass."
    ms = [Mention(EntityType.METHOD, "Quok-Sort", a.index("Quok-Sort"), a.index("Quok-Sort") + 9, rule="named"),
          Mention(EntityType.METHOD, "Deep-Learning", a.index("Deep"), a.index("Deep") + 13, rule="named")]
    assert own_names(ms, ["method:quok-sort", "method:deep-learning"], {"method:quok-sort", "method:deep-learning"},
                     a) == ("Quok-Sort",)


def test_a_name_blending_the_title_from_the_phrase_on_keeps_the_phrase():
    # "LaSEmQuiSo" is built from the whole title after its colon: the phrase is part of its long form
    t = "LaSEmQuiSo: Layered Sentence Embeddings for Quick Sorting"
    m = Mention(EntityType.METHOD, "Layered Sentence Embeddings", 12, 39, field="title", rule="head")
    assert not described_title(m, t, "We propose LaSEmQuiSo, which sorts receipts.", ("LaSEmQuiSo",))
    t2 = "Layered Sentence Embeddings for Quick Sorting"
    m2 = Mention(EntityType.METHOD, "Layered Sentence Embeddings", 0, 27, field="title", rule="head")
    assert described_title(m2, t2, "We propose NOVA, which sorts receipts.", ("NOVA",))


# a title's coined lead is the paper's own name (described_titles.title_lead_name): a plain Title Case phrase after
# it describes that method
def test_a_plain_phrase_after_a_coined_title_lead_is_no_node_alone():
    names = _methods([
        Paper("t1", "QuokSort: Bill Sorting via Stacked Order Networks",
              "Shop bills arrive out of order. We sort them by their totals and dates, and beat two baselines."),
    ])
    assert "quoksort" in names and "stacked order networks" not in names


def test_a_phrase_after_a_title_lead_built_from_its_words_stays():
    names = _methods([
        Paper("t2", "SoNet: Ticket Reading via Stacked Order Networks",
              "Tickets are hard to read. We group their lines before reading them, which helps a lot."),
    ])
    assert "stacked order networks" in names


def test_the_title_lead_read_as_the_paper_s_name():
    def lead(title, rule="title-name", name=None):
        name = name or title.split(":")[0]
        return title_lead_name([Mention(EntityType.METHOD, name, 0, len(name), field="title", rule=rule)],
                               ["method:x"], title)
    assert lead("QuokSort: Bill Sorting via Stacked Order Networks") == "QuokSort"
    assert lead("Quok-Sort: Bill Sorting via Stacked Order Networks") == "Quok-Sort"  # coined hyphen parts
    assert lead("Sorting: Bill Sorting via Stacked Order Networks") is None  # a plain word
    assert lead("BERT: Bill Sorting via Stacked Order Networks", "lexicon") is None  # a lexicon's name: another work
    assert lead("QuokSort for Bill Sorting via Stacked Order Networks", name="QuokSort") is None  # no colon after it


# a phrase the title makes its object ("Revisiting X", "Attacks for X") names what the work studies, maybe another
# work's technique, not the paper's own method described
def test_a_phrase_the_title_makes_its_object_stays_after_a_coined_lead():
    names = _methods([
        Paper("o1", "QuokSort: Revisiting Stacked Order Networks",
              "We sort shop bills by their totals and dates, and beat two baselines."),
        Paper("o2", "WombFix: Rethinking Layered Ledger Networks",
              "We mend ledger readers that fail on old books, and beat two baselines."),
    ])
    assert {"stacked order networks", "layered ledger networks"} <= names, names


def test_the_word_before_a_phrase_that_makes_it_the_title_s_object():
    abstract = "We sort shop bills by their totals and beat two baselines."
    for title in ("QuokSort: Revisiting Stacked Order Networks", "QuokSort: Beyond Stacked Order Networks",
                  "QuokSort: Attacks for Stacked Order Networks"):
        m = Mention(EntityType.METHOD, "Stacked Order Networks", title.index("Stacked"), len(title), field="title",
                    rule="title-name")
        assert not described_title(m, title, abstract, ("QuokSort",)), title
    for title in ("QuokSort: a Hybrid of Stacked Order Networks", "QuokSort: Bill Sorting via Stacked Order Networks",
                  "QuokSort: Rethinking Stacked Order Design"):  # the own method's part; a means; a generic kind
        phrase = title[title.index("Stacked"):]
        m = Mention(EntityType.METHOD, phrase, title.index("Stacked"), len(title), field="title", rule="title-name")
        assert described_title(m, title, abstract, ("QuokSort",)), title
    title = "QuokSort: Bill Sorting via Stacked Order Networks"
    m = Mention(EntityType.METHOD, "Stacked Order Networks", title.index("Stacked"), len(title), field="title",
                rule="title-name")
    assert described_title(m, title, abstract, ("QuokSort",))
