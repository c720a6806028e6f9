"""Dataset candidates results read where a value is evaluated: names a sentence opens on, names after a value's "on".

Names a sentence opens on ("On DSTC2, ...": :func:`on_datasets`, rule "on-name"), a name after a value and "on"
("89.0% on DukeMTMC-ReID", "on ImageNet-64 (3.43 vs 3.44 bits/dim)": :func:`after_value_datasets`, rule "on-value")
and the items of a list "V on D, V on X" (:func:`parallel_datasets`). :data:`SPEED` tells hardware a time ran on from
data. They serve results only: they are not entities of the paper.
"""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.results.title import verb_words
from kg.extract.results.task_objects import task_object
from kg.extract.rules import CLOSING_GLUE, opens_clause
from kg.vocab import EntityType as T


#: "On NTU RGB-D, ...", "On the DSTC2 test set, ...": a sentence that opens on a name it evaluates on
_ON_NAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*On (?:the )?([A-Z][\w.+/'-]*(?: [A-Z0-9][\w.+/'-]*){0,3})"
                      r"(?: (?:dataset|benchmark|corpus|test set|val(?:idation)? set|test-dev))?\s*(?:\[\d+\]\s*)?,")


def on_datasets(text: str, ents: list) -> list[Candidate]:
    """Names a sentence opens on ("On DSTC2, our model obtains 74.5%") that no entity covers, as Dataset
    candidates for results only (rule "on-name").

    >>> [text[c.start:c.end] for text in ["We test it. On DSTC2, it gets 74.5%."] for c in on_datasets(text, [])]
    ['DSTC2']
    """
    out = []
    for m in _ON_NAME.finditer(text):
        s, e = m.span(1)
        covering = [c for c in ents if c[0] < e and s < c[1]]
        if text[s:e].lower() in _NOT_ON_NAMES or any(c[2] is not T.METHOD or c[4] != "name" for c in covering):
            continue
        # a bare name the finder typed Method by default ("DSTC2") is what the sentence is on
        for c in covering or [Candidate(s, e, T.DATASET, 0, "on-name", None)]:
            out.append(Candidate(c[0], c[1], T.DATASET, 0, "on-name", None))
    return out


_NOT_ON_NAMES = frozenset(("average", "top", "this", "these", "that", "such", "both", "all", "each", "their", "our"))


#: "89.0% on DukeMTMC-ReID", "86.8% on the ShapeNetPart segmentation task": a value, then "on" and a name
#: written as one (a capital or digit inside, or joined by hyphens), or capitalised words before a data word
#: or a split ("on Wall Street Journal dataset", "on Librispeech test-clean")
_ON_NAME_AFTER = (r"(?:[A-Z][\w.+']*(?:-[\w.+']+)+|[A-Za-z][a-z]*[A-Z0-9][\w.+'-]*|\d+[A-Z][A-Za-z][\w.+'-]*|"
                  r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?=\s+(?:dataset|"
                  r"benchmark|corpus|test set|data set|segmentation task|classification task|(?:test|dev)-[a-z]+)\b))")
_ON_AFTER_VALUE = re.compile(r"\d(?:[\d.]*\d)?\s?%?\)?\s+(?:[\w@-]+\s+){0,3}?(?:on|in)\s+(?:the\s+)?"
                             rf"({_ON_NAME_AFTER}(?:(?:,\s*(?:and\s+)?|\s+and\s+){_ON_NAME_AFTER})*)")


#: "on ImageNet-64 (3.43 vs 3.44 bits/dim)": a name after "on", then its figures in a parenthesis
_ON_BEFORE_VALUE = re.compile(rf"\b(?:on|in)\s+(?:the\s+)?({_ON_NAME_AFTER})\s*\(\s*\d")


#: words of time and speed between a value and "on": what follows is the hardware it ran on
SPEED = re.compile(r"\b(?:ms|fps|seconds?|hours?|faster|slower|speed|latency|inference|runtime|time)\b", re.I)


def after_value_datasets(text: str, ents: list) -> list[Candidate]:
    """Names right after a value and "on" that no entity covers ("89.0% on DukeMTMC-ReID", "87.1% mAP on
    the Veri benchmark"), or after "on" right before a parenthesis of figures ("on ImageNet-64 (3.43 vs
    3.44 bits/dim)"), as Dataset candidates for results only (rule "on-value"): what a value is
    measured on, even when no lexicon knows it.

    >>> text = "It reaches 94.7% on Market-1501 and 89.0% on DukeMTMC-ReID."
    >>> [text[c.start:c.end] for c in after_value_datasets(text, [Candidate(20, 31, T.DATASET, 0, "x")])]
    ['DukeMTMC-ReID']
    """
    out = [c for m in _ON_BEFORE_VALUE.finditer(text) for c in _on_value_name(text, ents, m.start(1), m.end(1))]
    for m in _ON_AFTER_VALUE.finditer(text):
        if SPEED.search(text, m.start(), m.start(1)):
            continue  # "35 ms inference times on the NVIDIA Xavier", "80% faster on GPUs": hardware, not data
        out.extend(_on_value_list(text, ents, m.start(1), m.end(1)))
    return out


def _on_value_list(text: str, ents: list, s: int, e: int) -> list[Candidate]:
    """The candidates of :func:`after_value_datasets` for the names of one list after a value and "on" ("on A, B
    and C": each of them), up to a name that opens a clause of its own ("75.9% on A, Foo-B meets 75.5%":
    :func:`kg.extract.rules.opens_clause`)."""
    out, last, closed = [], None, False
    for part in re.finditer(_ON_NAME_AFTER, text[s:e + 40]):
        if part.start() >= e - s:
            break  # (read on past the list: "on Foo dataset" looks ahead)
        a, b = s + part.start(), s + part.end()
        if last is not None:
            joins = CLOSING_GLUE.search(text, last, a) is not None
            if opens_clause(text, b, joins, closed, verb_words()):
                break
            closed = closed or joins
        out.extend(_on_value_name(text, ents, a, b))
        last = b
    return out


#: a value and "on" right before a dataset: the first item of a list "V on D, V on X"
_ITEM_BEFORE = re.compile(r"\d(?:[\d.]*\d)?\s?%?\s+(?:[\w@-]+\s+){0,2}?(?:on|in)\s+(?:the\s+)?$")
#: the next item, "V on X", written as the one before it: X a capitalised name, however plain ("and 96.2%
#: on Shelf", "and 41.1% on Moments in Time", "and 1.3% on WSJ"), ending where the item ends
_NEXT_ITEM = re.compile(r"\s*(?:datasets?|benchmarks?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d(?:[\d.]*\d)?\s?%?\s+"
                        r"(?:(?!on\b|in\b)[\w@-]+\s+){0,2}?(?:on|in)\s+(?:the\s+)?"
                        r"(?P<name>[A-Z][\w+'-]*(?:\.\w+)*(?:\s(?:in\s|of\s)?[A-Z0-9][\w+'-]*(?:\.\w+)*){0,3})"
                        r"(?=\s*(?:[,;)]|\.(?:\s|$)|$|and\b|datasets?\b|benchmarks?\b|respectively\b))")


def parallel_datasets(text: str, ents: list) -> list[Candidate]:
    """Names in the slot of a list item whose earlier item is a value on a dataset ("95.1% on Campus and
    96.2% on Shelf", "82.1% on Kinetics-400 and 41.1% on Moments in Time"), as Dataset candidates for results
    only (rule "on-item"): the list's structure says what the name is, however plain it is written.

    >>> text = "It reaches 95.1% on Campus and 96.2% on Shelf."
    >>> [text[c.start:c.end] for c in parallel_datasets(text, [Candidate(20, 26, T.DATASET, 0, "x")])]
    ['Shelf']
    """
    out: list[Candidate] = []
    todo = [c for c in ents if c[2] is T.DATASET and _ITEM_BEFORE.search(text, max(0, c[0] - 40), c[0])]
    while todo:
        c = todo.pop()
        m = _NEXT_ITEM.match(text, c[1])
        if m is None or m.group("name").lower() in _NOT_ON_NAMES or SPEED.search(text, c[1], m.start("name")):
            continue  # ("40 FPS on Jetson": the hardware it ran on)
        s, e = m.span("name")
        e -= len(m.group("name")) - len(m.group("name").rstrip("'"))
        if any(d[0] < e and s < d[1] and (d[2] is T.DATASET or d[2] is T.METRIC) for d in ents + out):
            continue  # (already data, which the binding reads; or a metric: "0.572 on CIDEr, 0.297 on METEOR")
        out.append(Candidate(s, e, T.DATASET, 0, "on-item", None))
        todo.append(out[-1])  # "on A, V on X, and V on Y": each in turn
    return out


#: one more word of a name written after "on": a capital or a digit first
_NAME_TAIL = re.compile(r" (?:[A-Z0-9][\w.+'-]*[\w+])")


def _on_value_name(text: str, ents: list, s: int, e: int) -> list[Candidate]:
    """The candidate of :func:`after_value_datasets` for one name at ``text[s:e]``, if any."""
    while text[e - 1] in ".'":
        e -= 1  # "... on FooSet." ends the sentence
    while (nxt := _NAME_TAIL.match(text, e)) is not None:
        e = nxt.end()  # "on the NIST 2000 Switchboard task": the longer name, whose parts kg may know
    name = text[s:e]
    if name.rstrip("s").isupper() and not any(ch.isdigit() for ch in name):
        return []  # "on NER" ("on TAC 2010" is data): an acronym in capitals may name a task as well as data
    if task_object(text, s, e):
        return []  # "on Quokka-Wombat Interaction recognition": the task's object, no data
    covering = [c for c in ents if c[0] < e and s < c[1]]
    if name.lower() in _NOT_ON_NAMES or re.fullmatch(r"[Vv]\d+(?:\.\d+)?", name) \
            or any(c[2] is T.DATASET or (c[0] <= s and e <= c[1] and (c[2] is not T.METHOD or c[4] != "name"))
                   for c in covering):
        return []  # (a name typed Method only by its shape is what the value is on)
    inside = [c for c in covering if s < c[0] or c[1] < e]  # "ReID" of "DukeMTMC-ReID": the whole name is data
    return [Candidate(c[0], c[1], T.DATASET, 0, "on-value", None) for c in (covering if not inside else [])
            or [(s, e)]]
