"""Tasks and acronyms around the names results read: the task a dataset serves, acronyms that name no data.

The task a dataset serves, named right after it, and a figure's task after it ("the X corpus for named entity
recognition (NER)", "91.2% F1 for NER": :func:`task_datasets`, :func:`task_dataset`), acronyms kg types Dataset that
the text defines for a phrase in lower case ("arterial blood pressure (BP)": :func:`concept_acronyms`) and where a
name stands as a whole word (:func:`whole_word_at`).
"""
from __future__ import annotations

import re

from kg.vocab import EntityType as T


_FUNCTION_WORDS = frozenset(("of", "the", "and", "in", "for", "on", "a", "an", "to"))


def _abbreviates(words: list[str], acronym: str) -> bool:
    """``acronym``'s letters run through ``words`` in order, its first the first word's first letter
    ("blood pressure" of "BP", "electrocardiography" of "ECG")."""
    letters = "".join(w for w in words if w.lower() not in _FUNCTION_WORDS).lower()
    if not letters or letters[0] != acronym[0]:
        return False
    at = 0
    for ch in acronym[1:]:
        at = letters.find(ch, at + 1)
        if at < 0:
            return False
    return True


def concept_acronyms(text: str, ents: list) -> set[str]:
    """Acronyms (lower case) kg types Dataset only from "X dataset" that name no data: the text defines them for
    a phrase in lower case ("arterial blood pressure (BP)", "Electrocardiography (ECG) signals": a quantity or a
    signal, its "BP dataset" unnamed data). (Not the initials of the paper's Task: "VQA", "GQA" name data too.)

    >>> t = "Arterial blood pressure (BP) matters. We test on a static BP dataset and the PTB dataset."
    >>> ents = [(t.index("BP dataset"), t.index("BP dataset") + 2, T.DATASET, 0.9, "dataset-context"),
    ...         (t.index("PTB"), t.index("PTB") + 3, T.DATASET, 0.9, "dataset-context")]
    >>> sorted(concept_acronyms(t, ents))
    ['bp']
    """
    rules: dict[str, set] = {}
    for c in ents:
        if c[2] is T.DATASET:
            rules.setdefault(text[c[0]:c[1]], set()).add(c[4])
    out = set()
    for name, kinds in rules.items():
        if kinds != {"dataset-context"} or not re.fullmatch(r"[A-Z]{2,5}", name):
            continue
        if any(_defined_plain(text, m, name.lower()) for m in re.finditer(rf"(?:[\w-]+\s+){{0,4}}[\w-]+(?=\s*\(\s*{name}\s*\))", text)):
            out.add(name.lower())
    return out


def _defined_plain(text: str, m: re.Match, acronym: str) -> bool:
    """The last words of ``m`` (before "(ACRONYM)") spell ``acronym`` and are in lower case (the first may open
    its sentence): "arterial blood pressure (BP)", "Electrocardiography (ECG)"."""
    words = list(re.finditer(r"[\w-]+", m.group(0)))
    for k in range(1, len(words) + 1):
        part = words[-k:]
        before = text[:m.start() + part[0].start()].rstrip(" ")
        opens = not before or before[-1] in ".:;\n"
        if all(w.group(0).islower() for w in part[1:]) and (part[0].group(0).islower() or opens) \
                and _abbreviates([p for w in part for p in w.group(0).split("-")], acronym):
            return True
    return False


def whole_word_at(text: str, name: str, start: int = 0) -> int:
    """Where ``name`` first stands in ``text`` from ``start`` with no letter or digit joined to it, else -1
    ("CUB" is not in "cube").

    >>> whole_word_at("a cube on CUB", "CUB"), whole_word_at("a cube", "cub")
    (10, -1)
    """
    at = text.find(name, start) if name else -1
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return at
        at = text.find(name, at + 1)
    return -1


#: the task a dataset serves, named right after it: "the X corpus for named entity recognition (NER)", "Y for
#: part-of-speech (POS) tagging" (group "task": up to five words, one acronym in a parenthesis among them)
_DATA_FOR = re.compile(r"\s+(?:(?:corpus|corpora|datasets?|data\s+sets?|benchmarks?|treebanks?|sets?)\s+)?for\s+(?:the\s+)?"
                       r"(?P<task>[A-Za-z][\w-]*(?:\s+(?:\([A-Z][\w-]{1,10}\)|[A-Za-z][\w-]*)){0,4}?)"
                       r"(?=\s*(?:[,.;:)]|\s(?:and|or|with|while|where|which)\b|$))")
#: a figure's task after it: "91.2% F1 for NER", "97.5% accuracy for POS tagging" (a metric word or two between)
_VALUE_FOR = re.compile(r"\s*%?\s*(?:[\w@-]+\s+){0,2}?for\s+(?:the\s+)?(?P<task>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)"
                        r"(?=\s*(?:[,.;:)]|\s(?:and|or|with|while|on|in)\b|$))")
_TASK_ACRONYM = re.compile(r"\s*\(([A-Z][\w-]{1,10})\)\s*")


def task_datasets(text: str, ents: list, data: set[int]) -> dict[str, int]:
    """The dataset the paper pairs with each task it names ("... on two data sets: the A corpus for
    part-of-speech (POS) tagging and the B corpus for named entity recognition (NER)"), by the task's words
    in lower case, its long form and its acronym ("named entity recognition", "ner", "pos tagging"); a task
    two datasets serve is no key."""
    seen: dict[str, set[int]] = {}
    for i in data:
        m = _DATA_FOR.match(text, ents[i][1])
        if m is None:
            continue
        task = m.group("task")
        acro = _TASK_ACRONYM.search(task)
        keys = {" ".join(_TASK_ACRONYM.sub(" ", task).lower().split())}
        if acro is not None:
            keys.add(" ".join((acro.group(1) + " " + task[acro.end():]).lower().split()))
        for k in keys:
            seen.setdefault(k, set()).add(i)
    return {k: min(ids) for k, ids in seen.items() if len(ids) == 1}


def task_dataset(text: str, end: int, tasks: dict[str, int]) -> int | None:
    """The dataset of a figure that names its task after it ("91.2% F1 for NER"), by :func:`task_datasets`."""
    m = _VALUE_FOR.match(text, end) if tasks else None
    return tasks.get(" ".join(m.group("task").lower().split())) if m else None
