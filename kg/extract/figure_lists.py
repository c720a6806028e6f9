"""Lists of names each with its figures in a parenthesis: "on Foo-10 (91.2%), Bar (88.0%), and two other
datasets", "the BAZCD (F1: 0.81) and the QUX (F1: 0.90) benchmarks". Such a list, ending in a data noun or
after "on" with a Dataset among its members, is a list of datasets, and each figure belongs to the name before
it: :func:`figure_lists` finds the members; :func:`kg.extract.findings.retype_figure_lists` types bare names
among them Dataset, :func:`kg.extract.results.name_lists.figure_list_members` adds the ones kg found nothing for.
"""
from __future__ import annotations

import re

from kg.extract.words import COUNT_WORDS
from kg.vocab import EntityType as T

Span = tuple[int, int]

#: a word of a name: a capital or a digit in it ("Foo-10", "iBar", "Baz"); not a capitalised grammar word
_NAME_WORD = r"(?!(?:On|In|The|For|With|And|Or|Of|We|Our|Its|Their|This|These)\b)[a-z]*[A-Z0-9](?:[\w+/-]|[.'](?=\w))*"
#: a name of up to three words, then a parenthesis with a figure in it: "Oxford Foo (98.8%)", "BAZ (F1: 0.81)"
_ITEM = re.compile(rf"(?<![\w-])({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})\s*\((?=[^()]*\d)[^()]{{1,60}}\)")
#: the glue between two members: "A (1), B (2)", "A (1) and the B (2)", "A (1), and B (2)"
_GLUE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
#: a lower-case word that may describe data before its noun ("transfer datasets"), no grammar word or numeral
_DATA_WORD = (r"(?!(?:on|in|of|for|to|from|with|by|at|as|over|across|and|or|than|the|a|an|our|its|their|these|those|"
              r"several|many|multiple|various|all|both|each|other|more)\b)[a-z][a-z\-]+")
_COUNT = rf"(?:\d+|{COUNT_WORDS}|some)"
#: a noun that says a name is data: "the Foo dataset", "the Bar benchmarks", "a Baz corpus"
DATA_NOUNS = r"(?:datasets?|benchmarks?|corpus|corpora)"
#: what ends a list of data: a data noun, maybe after "and N other" ("and 3 other transfer datasets")
_TAIL = re.compile(rf"(?:,?\s+(?:and|or)\s+(?:{_COUNT}\s+)?(?:other|more|additional|further))?"
                   rf"\s+(?:{_DATA_WORD}\s+){{0,2}}{DATA_NOUNS}\b")
#: what opens a list of data after "on": "on the A (1) and B (2)"
_ON = re.compile(r"\bon\s+(?:the\s+)?$")


def _runs(text: str) -> list[list[re.Match]]:
    """The runs of named figures a list's glue joins, in text order."""
    runs: list[list[re.Match]] = []
    for m in _ITEM.finditer(text):
        if runs and _GLUE.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def figure_lists(text: str, ents: list) -> list[list[Span]]:
    """The members of each list of names with their figures that is a list of data: it ends in a data noun, or
    it follows "on" with a Dataset of ``ents`` among two members or more, or half of its three members or more
    are Datasets (:func:`_data_list`); none is an entity of another type than Dataset or a bare name (rule
    "name") typed Method.

    >>> t = "It gets 91% on Foo-10 (91.2%), Oxford Bar (88.0%), and two other datasets."
    >>> [[t[s:e] for s, e in run] for run in figure_lists(t, [])]
    [['Foo-10', 'Oxford Bar']]
    >>> figure_lists("We beat FooNet (91.2%) and BarNet (88.0%) by far.", [])
    []
    >>> t = "It beats others, i.e., Foo-10 (91.2%), Bar (88.0%), Baz-7 (71.3%)."
    >>> [[t[s:e] for s, e in run] for run in figure_lists(t, [(23, 29, T.DATASET), (52, 57, T.DATASET)])]
    [['Foo-10', 'Bar', 'Baz-7']]
    """
    out = []
    for run in _runs(text):
        spans = [m.span(1) for m in run]
        covered = [c for c in ents if any(c[0] < e and s < c[1] for s, e in spans)]
        if any(c[2] is not T.DATASET and not (c[2] is T.METHOD and c[4] == "name") for c in covered):
            continue  # a list of other things: "FooNet (91.2%) and the ResNet (88.0%) models"
        data = sum(any(c[2] is T.DATASET and c[0] < e and s < c[1] for c in covered) for s, e in spans)
        if _TAIL.match(text, run[-1].end()) or _data_list(text, spans, data):
            out.append(spans)
    return out


def _data_list(text: str, spans: list[Span], data: int) -> bool:
    """Whether a run of named figures with ``data`` members typed Dataset is a list of data without a data noun:
    it follows "on" with one Dataset among two members or more, or half of three members or more are Datasets."""
    if len(spans) < 2 or not data:
        return False
    start = spans[0][0]
    return (len(spans) >= 3 and 2 * data >= len(spans)) or _ON.search(text, max(0, start - 8), start) is not None
