"""A dataset name that ends in the acronym of a task the paper defines ("the ELI5 LFQA dataset", where the paper
wrote "long-form question answering (LFQA)"): the acronym names the task the data is used for, not a part of the
data set's name, so the name ends before it. The signal is the paper's own definition and the type of its long
form, not a list of names."""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.doc_context import Span
from kg.extract.figure_lists import DATA_NOUNS
from kg.vocab import EntityType as T


def task_acronym_tails(text: str, cands: list[Candidate], acronyms: dict[str, Span]) -> list[Candidate]:
    """Dataset candidates (none the lexicon names whole) cut before a last space-separated word that is an
    acronym the paper defines for a Task: a Task candidate covers its long form.

    >>> t = "long-form question answering (LFQA) on the ELI5 LFQA dataset and the Foo BAR set"
    >>> at = lambda w, k, r="name": Candidate(t.index(w), t.index(w) + len(w), k, 50, r)
    >>> cs = [at("long-form question answering", T.TASK), at("ELI5 LFQA", T.DATASET), at("Foo BAR", T.DATASET)]
    >>> acr = {"LFQA": (0, 28), "BAR": (0, 9)}
    >>> [t[c.start:c.end] for c in task_acronym_tails(t, cs, acr)]
    ['long-form question answering', 'ELI5', 'Foo BAR']
    """
    if not acronyms:
        return cands
    tasks = {(c.start, c.end) for c in cands if c.type is T.TASK}
    out = []
    for c in cands:
        name = text[c.start:c.end]
        if _before_task_data(text, c, acronyms, tasks):
            c = c._replace(type=T.DATASET, rule="dataset-context")
        elif c.type is T.DATASET and not c.rule.startswith("lexicon") and " " in name \
                and not _TITLE_WORD_AFTER.match(text, c.end):  # "... SLR Challenge": the acronym inside a name
            head, last = name.rsplit(" ", 1)
            span = acronyms.get(last)
            if span is not None and span in tasks and head.strip():
                c = c._replace(end=c.start + len(head.rstrip()), canonical=None)
        out.append(c)
    return out


#: A capitalised word right after a name: the name runs on in Title Case past the acronym ("... SLR Challenge").
_TITLE_WORD_AFTER = re.compile(r" [A-Z][a-z]")
#: After a name, a space, an acronym, then a data noun: " GET datasets" of "the Quokka GET and WBT GET datasets".
_ACRONYM_DATA_AFTER = re.compile(rf"\s+(\S+)\s+{DATA_NOUNS}\b")


def _before_task_data(text: str, c: Candidate, acronyms: dict[str, Span], tasks: set[tuple[int, int]]) -> bool:
    """Whether a bare name (rule "name", a Method by default) stands before a defined task's acronym and a data
    noun ("WBT" of "the Quokka GET and WBT GET datasets"): the name the cut leaves is a Dataset, as the whole
    "WBT GET" before the data noun would have been."""
    if c.rule != "name" or c.type is not T.METHOD:
        return False
    m = _ACRONYM_DATA_AFTER.match(text, c.end)
    return m is not None and acronyms.get(m.group(1)) in tasks
