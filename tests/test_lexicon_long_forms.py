"""A curated acronym's standard long form (an alias of its row in kg/data/lexicons/curated_*.tsv): papers that spell
the name out ("Deep Convolutional Generative Adversarial Networks (DCGANs)", in any case) and papers that write the
acronym alone give one node, the lexicon's. The abstracts are sentences written for these tests."""
from kg.extract.lexicon_data import load_lexicon
from kg.models import Paper
from kg.vocab import EntityType as T

from helpers import pruned_graph

DEFINING = [
    Paper("a1", "Drawing Wombats", "We introduce a class of networks called deep convolutional generative adversarial "
                                   "networks (DCGANs) that draw wombats from noise.", year=2016),
    Paper("a2", "Sharper Quokkas", "To steady the training of DCGAN (Deep Convolutional Generative Adversarial Networks) "
                                   "we propose a layered quokka generator.", year=2018),
    Paper("a3", "Fast Koalas", "Deep Convolutional GANs (DCGANs) first drew koalas; we draw them faster.", year=2017),
]
WRITING = [
    Paper("b1", "Painting Quokkas", "A DCGAN paints quokkas, and we score its samples by hand.", year=2020),
    Paper("b2", "Counting Emus", "Our emu counter beats DCGAN on the emu images.", year=2021),
    Paper("b3", "Scoring Emus", "The new rule improves learning for DCGANs on emu photographs.", year=2021),
]


def test_papers_spelling_out_a_lexicon_acronym_and_papers_writing_it_give_one_node():
    g, _, _ = pruned_graph(DEFINING + WRITING)
    methods = {n: {u for u, _ in g.in_edges(n)} for n, d in g.nodes(data=True) if d.get("type") == "Method"}
    assert methods.get("method:dcgan") == {f"paper:{p.id}" for p in DEFINING + WRITING}, methods
    assert not any("deep-convolutional" in n for n in methods), sorted(methods)  # before: 3 nodes


def test_a_case_sensitive_acronym_rows_long_form_is_written_in_small_letters():
    # a phrase alias of a row matched as written (case_sensitive=1) matches in any case when written in small
    # letters but for its acronyms (kg.extract.components._match_as_written): "Deep Convolutional ..." and
    # "deep convolutional ..." both match
    rows = {e.canonical: e for e in load_lexicon([T.METHOD])}
    assert rows["DCGAN"].case_sensitive
    assert "deep convolutional generative adversarial network" in rows["DCGAN"].aliases
