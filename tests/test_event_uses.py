"""Readings of a contest's edition (kg.graph.event_uses, kg.graph.events): a contest one takes part in is no data set,
but a contest whose data a sentence describes or uses is (issue 18)."""
import time

from kg.graph import event_uses
from kg.graph.event_uses import event_use
from kg.graph.events import competition_event
from kg.models import Mention
from kg.vocab import EntityType as T


def _use(text, name, nth=0, **kw):
    """event_use of the ``nth`` occurrence of ``name`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return event_use(Mention(T.DATASET, name, start, start + len(name), **kw), text)


def test_a_challenge_that_provides_data_is_its_data():
    assert not _use("The QUOKKA 2018 challenge provides 2,594 shelf photos with box masks.", "QUOKKA 2018")
    assert not _use("The WOMBAT 2017 challenge contains 131 shelf scans of four stores.", "WOMBAT 2017")
    assert _use("The best counter from the QUOKKA 2018 challenge fails on crowded shelves.", "QUOKKA 2018")


def test_a_challenge_s_numbered_dataset_is_data():
    assert not _use("We train our counter with the KIWI 2015 Challenge 4 dataset of shelf photos.", "KIWI 2015")


def test_a_shared_task_s_data_one_trains_on_is_data():
    t = "Our submitted system is trained only on the EMU 2016 shared task data and counts boxes."
    assert not _use(t, "EMU 2016")
    assert _use("We participated in the EMU 2016 shared box counting task.", "EMU 2016")


def test_a_titled_challenge_s_benchmark_is_data():
    t = "On the Quokka Challenge benchmark, our tracker ranks first among online counters."
    assert not _use(t, "Quokka Challenge")
    assert _use("In the Quokka Challenge, our tracker ranks first among online counters.", "Quokka Challenge")


def test_a_claim_of_the_best_results_on_an_edition_s_task_is_data():
    t = "For the detection task of KIWI 2017, our backbone achieves state-of-the-art box counts."
    assert not _use(t, "KIWI 2017")
    assert _use("We describe our system for the hypernym task at EMU 2018.", "EMU 2018")


def test_entries_of_a_resource_are_no_team_s_entry():
    assert not _use("We link box mentions to QuokkaPedia 2016 resource entries.", "QuokkaPedia 2016")
    assert _use("This formed our EMU 2017 classification submission.", "EMU 2017")


def test_a_part_of_an_event_is_named_many_ways():
    for part in ("Subtask A of", "Track II of", "Task 1a at", "Task-3 of"):
        assert _use(f"We describe our counter for {part} EMU 2019 and its error analysis.", "EMU 2019"), part
    assert _use("We participated in the EMU 2016 news translation task with two counters.", "EMU 2016")


def test_a_measured_part_of_a_titled_challenge_with_its_acronym_is_data():
    t = "Track 1 of the Quokka Counting Challenge (QCC) holds 9,000 photos, and our counter reaches 81% accuracy."
    s = t.index("Quokka")
    m = Mention(T.DATASET, "Quokka Counting Challenge", s, s + 25, aliases=("QCC",), rule="acronym")
    assert not competition_event(m, t)
    t = "Track 1 of the Quokka Counting Challenge (QCC) asks teams to count boxes on shelves."
    assert competition_event(m, t)


def test_measured_reads_each_sentence_end_once_per_text():
    text = "We count boxes on the EMU 2018 shelves with a quick counter. " * 3000
    starts = [i for i in range(0, len(text), 61)][:9000]
    t0 = time.perf_counter()
    for s in starts:
        event_uses.measured(Mention(T.DATASET, "EMU 2018", s + 22, s + 30), text)
    assert time.perf_counter() - t0 < 3.0


def test_ranking_as_a_research_word_is_no_contest():
    """Ranking is what retrieval papers do: "passage ranking", "our ranking model" enter no contest."""
    assert not _use("We improve passage ranking on the QUOKKA 2019 Deep Burrow Track.", "QUOKKA 2019 Deep Burrow Track")
    assert not _use("Our ranking model is evaluated against the QUOKKA 2019 Deep Burrow Track.",
                    "QUOKKA 2019 Deep Burrow Track")
    assert _use("Our team ranked first in the QUOKKA 2019 Deep Burrow Track.", "QUOKKA 2019 Deep Burrow Track")


def test_digits_glued_to_capitals_are_no_edition():
    """CIFAR10, HMDB51, NTU60 are names with a number, not editions of a contest."""
    assert not _use("We report the ranking of methods on the QUOKKA10 classification task.", "QUOKKA10")


def test_a_rank_written_many_ways_enters_a_contest():
    for said in ("got the fourth place in the segmentation track of", "ranking 1st in the", "ranks No.1 in the"):
        t = f"Our counter {said} QUOKKA 2019 Burrow Challenge."
        assert _use(t, "QUOKKA 2019 Burrow Challenge"), said
