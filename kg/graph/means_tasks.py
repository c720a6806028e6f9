"""A title's Task phrase led by a word that opens method names: the title says how, not which task (issue 18).

A task phrase guessed in a title from its task word takes the Title Case words before that word. When the first of
them is a word the lexicon's method names open with, and no task name opens with it or holds it right before its
task word ("Multitask", "Siamese", "Convolutional", "Contrastive": "multitask learning", "siamese network"), the
phrase names the paper's means on a task ("Multitask Parsing Across ...", "Fully Convolutional Line Parsing",
"Scale Equivariance Improves Siamese Tracking"), not a problem others work on: the task is the rest, which the
lexicon or another paper names. A word that opens task names too ("Weakly", "Unsupervised", "Multi-Object") is a
setting of the task, and one a task name holds before its task word what the task is about ("behavior" of "human
behavior forecasting", though "behavior cloning" is a method): either keeps the phrase. The lexicon is the prior
here, read by which words lead technique names and task names, not by names listed; an ordinary word that opens
method names too (a noun heading other names: "Gradient Estimation") leads a problem. A guess of one paper only
when it links to a Task (:mod:`kg.graph.weak_evidence`): a second paper keeps the node, and a phrase the linker
makes a Method ("Evolutionary Stroke Search for GANs", the paper's means on a model) is that means' name.

>>> from kg.models import Mention
>>> t = "Multitask Ledger Parsing"
>>> method_led_task(Mention(EntityType.TASK, t, 0, len(t), field="title", rule="head"))
True
>>> t = "Unsupervised Ledger Parsing"
>>> method_led_task(Mention(EntityType.TASK, t, 0, len(t), field="title", rule="head"))
False
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.head_phrases import lexicon_method_openers
from kg.extract.task_bounds import opens_other_methods
from kg.extract.words import TASK_GUESS_RULES
from kg.models import Mention
from kg.vocab import EntityType


@lru_cache(maxsize=1)
def _lead_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words Task names hold right before their task word ("behavior" of "human behavior forecasting"): what a
    task is about; and the nouns heading lexicon names of any type that are no name alone ("gradient" of "policy
    gradient"): a thing a task works on when they open its phrase ("Gradient Estimation"), no means."""
    from kg.extract.lexicon_data import entry_names  # noqa: PLC0415

    task_names = entry_names([EntityType.TASK])
    about = frozenset(n.lower().split()[-2] for n in task_names if len(n.split()) > 1)
    names = [n.lower().split() for n in entry_names([EntityType.METHOD, EntityType.DATASET, EntityType.METRIC,
                                                     EntityType.TASK])]
    alone = {w[0] for w in names if len(w) == 1}
    return about, frozenset(w[-1] for w in names if len(w) > 1 and w[-1] not in alone)


def _ordinary_lead(word: str) -> bool:
    """Whether a phrase's first word is an ordinary one, no technique's: what a task is about, or a noun heading other
    names (:func:`_lead_words`; "Gradient Estimation"), unless an "-ing" form, which a title uses as its verb
    ("Learning Multimodal Violence Detection")."""
    about, nouns = _lead_words()
    return word in about or (word in nouns and not word.endswith("ing"))


def method_led_task(m: Mention) -> bool:
    """Whether a Task phrase of two words or more guessed in a title (no alias) opens on a word that opens Method
    names of the lexicon and no Task name, none of those Method names ending on the phrase's last word (a technique
    of that family is other rules' to weigh: :func:`kg.extract.task_bounds.method_led_tasks`), and that is no
    ordinary word (:func:`_ordinary_lead`): the paper's means on its task, named by the title's words."""
    if m.type is not EntityType.TASK or m.field != "title" or m.aliases or m.rule not in TASK_GUESS_RULES:
        return False
    words = m.text.lower().split()
    return len(words) >= 2 and opens_other_methods(words[0], words[-1], lexicon_method_openers()) \
        and not _ordinary_lead(words[0])
