"""Issue 18: a known name with a paper's acronym before it is the paper's variant, not the known name (texts written
for these tests)."""
from __future__ import annotations

from tests.helpers import found_mentions


# -- a known name with a paper's acronym before it (kg.extract.prefixed_names) ------------------------------
def test_an_acronym_before_a_known_coined_name_makes_the_papers_variant():
    found = found_mentions("We build a Quokka Wombat Fast R-CNN (QWF R-CNN) for herds. The proposed QWF R-CNN "
                           "counts wombats, and our QZ3 ResNet beats ResNet.")
    assert ("Method", "QWF R-CNN") in found and ("Method", "QZ3 ResNet") in found
    assert ("Method", "R-CNN") not in found and ("Method", "QWF") not in found


def test_a_known_acronym_a_plain_known_word_or_a_title_in_capitals_is_no_prefix():
    found = found_mentions("We stack a LSTM ResNet and train a QZRU language model. Unlike QZV ResNet, ours is small.")
    assert ("Method", "QZV ResNet") not in found  # a variant the paper does not write as its own
    assert ("Method", "ResNet") in found and ("Method", "LSTM ResNet") not in found
    assert ("Method", "QZRU language model") not in found
    found = found_mentions("We count wombats.", title="COUNTING R-CNN: WOMBATS IN HERDS")
    assert ("Method", "COUNTING R-CNN") not in found
