"""A title's Task phrase led by a word that opens only method names ("Multitask Parsing", "Siamese Tracking") is
the paper's means on its task, a guess a second paper must confirm (issue 18; kg.graph.means_tasks). Sentences
written for these tests."""
from __future__ import annotations

import doctest

from kg.graph import means_tasks
from kg.graph.means_tasks import method_led_task
from kg.models import Mention, Paper
from kg.vocab import EntityType
from tests.helpers import task_node_names
from tests.test_task_steps import tasks

PLAIN = "We read carved stones and report gains over prior work."


def test_the_title_rules_read_these_phrases_as_tasks():
    assert "Multitask Rune Parsing" in tasks("Multitask Rune Parsing Across Stone Styles", PLAIN)
    assert "Siamese Moss Tracking" in tasks("Siamese Moss Tracking with Scale Priors", PLAIN)


def test_one_paper_naming_its_means_before_a_task_word_makes_no_task_node():
    for title, name in (("Multitask Rune Parsing Across Stone Styles", "multitask rune parsing"),
                        ("Siamese Moss Tracking with Scale Priors", "siamese moss tracking")):
        names = task_node_names([Paper("a", title, PLAIN)])
        assert name not in names, (title, names)


def test_a_setting_or_an_object_of_task_names_or_a_second_paper_keeps_the_task():
    # "unsupervised" opens task names: a setting of the task
    assert "unsupervised rune parsing" in task_node_names([Paper("a", "Unsupervised Rune Parsing Across Stones",
                                                                 PLAIN)])
    names = task_node_names([Paper("a", "Multitask Rune Parsing Across Stone Styles", PLAIN),
                             Paper("b", "Rune Lattices for Multitask Rune Parsing", PLAIN)])
    assert "multitask rune parsing" in names, names


def test_method_led_task_reads_the_first_word_the_last_word_and_the_rule():
    assert doctest.testmod(means_tasks).failed == 0

    def led(text, rule="head", field="title"):
        return method_led_task(Mention(EntityType.TASK, text, 0, len(text), field=field, rule=rule))

    assert led("Siamese Moss Tracking") and led("Convolutional Rune Parsing", "title-task")
    assert not led("Contrastive Rune Learning")  # "contrastive learning": a technique of that family, weighed elsewhere
    assert not led("Behavior Rune Parsing")  # "human behavior forecasting": what a task is about
    assert not led("Siamese Moss Tracking", rule="lexicon") and not led("Siamese Moss Tracking", field="abstract")
    assert not led("Tracking")


def test_a_noun_heading_other_names_opens_a_problem_not_a_means():
    # "gradient" heads names ("policy gradient"): a noun, what the task works on; an "-ing" form ("Learning ...") is
    # the title's verb, and a technical adjective still leads the means
    def led(text):
        return method_led_task(Mention(EntityType.TASK, text, 0, len(text), field="title", rule="head"))

    for text in ("Gradient Estimation", "Gradient Inversion"):
        assert not led(text), text
    assert led("Fully Convolutional Rune Parsing") and led("Siamese Moss Tracking")
    names = task_node_names([Paper("a", "Gradient Estimation with Stochastic Rune Tricks", PLAIN)])
    assert "gradient estimation" in names, names
