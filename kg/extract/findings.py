"""A doc's findings (:class:`DocFindings`) and the steps from candidate spans to them: overlap resolution,
list members retyped, acronym links. Plain functions over character offsets; :func:`kg.extract.selection.select`
calls them in order, then :func:`kg.extract.proposals.proposed` and :func:`kg.extract.results.results`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import itemgetter

from kg.extract.acronym_letters import spells
from kg.extract.candidates import Candidate
from kg.extract.figure_lists import DATA_NOUNS, figure_lists
from kg.extract.rules import CLOSING_GLUE
from kg.extract.text_spans import CITATION_BRACKET
from kg.extract.words import KIND_HEADS
from kg.models import Result
from kg.vocab import EntityType as T

Span = tuple[int, int]


@dataclass
class DocFindings:
    """What ``kg_entities`` found in one doc (character offsets into the doc's text)."""

    entities: list[Candidate] = field(default_factory=list)
    aliases: dict[int, tuple[str, ...]] = field(default_factory=dict)  # entity index -> acronyms
    canonical: dict[int, str] = field(default_factory=dict)  # entity index -> canonical name
    proposed: list[str] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    urls: list[tuple[str, int, int]] = field(default_factory=list)

    def name(self, text: str, i: int) -> str:
        """The name entity ``i`` stands for: its long form or lexicon name, else the text."""
        c = self.entities[i]
        return self.canonical.get(i) or c.canonical or text[c.start:c.end]


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates: higher priority first, then longer, then earlier.

    >>> a, b = Candidate(0, 9, T.METHOD, 50, "name"), Candidate(0, 5, T.METHOD, 60, "lexicon")
    >>> [c.rule for c in resolve([a, b])]
    ['lexicon']
    """
    # Candidates are read as tuples (c[0] = start, c[1] = end): faster than the field names. Sorted by start,
    # they fall into runs that overlap nothing outside the run; a run of one (most candidates) is kept
    # as it is, and each longer run is resolved on its own, which is what resolving them all together does.
    live = [c for c in cands if c[1] > c[0]]  # an empty span is never kept
    live.sort(key=_START)
    kept: list[Candidate] = []
    n = len(live)
    i = 0
    while i < n:
        c = live[i]
        end = c[1]
        j = i + 1
        while j < n and live[j][0] < end:
            if live[j][1] > end:
                end = live[j][1]
            j += 1
        if j == i + 1:
            kept.append(c)
        elif j == i + 2:
            # two that overlap (often one span found by two rules): the one first in _resolve_order, which
            # for b starting no earlier than c is b only if b has a higher priority, or the same and is longer
            b = live[i + 1]
            kept.append(b if b[3] > c[3] or (b[3] == c[3] and b[1] - b[0] > c[1] - c[0]) else c)
        else:
            kept.extend(_resolve_run(live[i:j]))
        i = j
    return kept


def _resolve_run(run: list[Candidate]) -> list[Candidate]:
    """:func:`resolve` for a few candidates (in input order where they start together), by start."""
    kept: list[Candidate] = []
    for c in sorted(run, key=_resolve_order):
        s, e = c[0], c[1]
        for k in kept:
            if k[0] < e and s < k[1]:
                break
        else:
            kept.append(c)
    kept.sort(key=_START)
    return kept


def _resolve_order(c: Candidate) -> tuple[int, int, int]:
    return -c.priority, c.start - c.end, c.start


_START = itemgetter(0)  # Candidate.start


#: What a list member may carry after its name before the next separator: its year ("PRID 2011, iLIDS-VID and
#: MARS": the bare name found is "PRID", and the year joins it once a Dataset), a citation ("CVC-Clinic DB [5],")
#: or a short parenthetical ("CoNLL (YAGO), TAC KBP").
_MEMBER_TAIL = r"(?:[ \-](?:19|20)\d\d(?![\w%]|\.\d)|\s*\[[^\[\]\n]{1,30}\]|\s*\([^()\n]{1,40}\))?"
_LIST_GLUE = re.compile(_MEMBER_TAIL + r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)\s*")


#: A parenthesis right after a name that ends in a kind of technique: the name's gloss ("QRFN (query ranking fusion
#: network)"), which says what the name is whatever its neighbours in a list are.
_TECHNIQUE_GLOSS = re.compile(r"\s*\([^()\n]{0,80}?\b(?:" + "|".join(sorted(KIND_HEADS)) + r")\)", re.I)


def glossed_technique(text: str, c: Candidate) -> bool:
    """Whether a parenthesis right after candidate ``c`` glosses it as a technique ("QRFN (query ranking fusion
    network)", "GlyphBank (a retrieval method)"), so a list or a pair of Datasets does not make it one.

    >>> t = "GlyphBank (glyph ranking network) and ShelfSet (shelf photos)"
    >>> [glossed_technique(t, Candidate(s, s + 9, T.METHOD, 50, "name")) for s in (0, t.index("Shelf"))]
    [True, False]
    """
    return _TECHNIQUE_GLOSS.match(text, c.end) is not None


def retype_list_members(text: str, kept: list[Candidate]) -> list[Candidate]:
    """Bare names (rule "name", typed Method by default) in a list whose other members all have one other
    type take that type: in "on Cityscapes, ADE20K, LIP and COCO-Stuff" LIP becomes a Dataset. A list is
    three or more entities joined by commas and "and"/"or".

    >>> t = "on Cityscapes, LIP, and COCO"
    >>> k = [Candidate(3, 13, T.DATASET, 60, "lexicon"), Candidate(15, 18, T.METHOD, 50, "name"),
    ...      Candidate(24, 28, T.DATASET, 60, "lexicon")]
    >>> [c.type.value for c in retype_list_members(t, k)]
    ['Dataset', 'Dataset', 'Dataset']
    """
    out = list(kept)
    n = len(out)
    glue = _LIST_GLUE.fullmatch
    # gap k lies between out[k] and out[k + 1]; a list needs two glued gaps in a row, and of any two in a
    # row one is odd: with no odd gap glued (most docs) there is no list, for half the regex calls
    for k in range(1, n - 1, 2):
        if glue(text, out[k][1], out[k + 1][0]):  # end, start
            break
    else:
        return out
    i = 0
    while i < n:
        j = i
        while j + 1 < n and glue(text, out[j].end, out[j + 1].start):
            j += 1
            if CLOSING_GLUE.search(text, out[j - 1].end, out[j].start):  # "A, B and C, D": the "and" closed the list
                break
        if j - i >= 2:  # three or more members
            others = {c.type for c in out[i:j + 1] if c.rule != "name" and not glossed_technique(text, c)}
            if len(others) == 1:
                etype = others.pop()
                for k in range(i, j + 1):
                    c = out[k]
                    if c.rule == "name" and c.type is not etype and not glossed_technique(text, c):
                        out[k] = c._replace(type=etype)
        i = j + 1
    return out


_PAIR_GLUE = re.compile(_MEMBER_TAIL + r",?\s+(?:and|or)\s+")


def retype_dataset_pairs(text: str, kept: list[Candidate]) -> list[Candidate]:
    """A bare name (rule "name", typed Method by default) joined by "and"/"or" to a Dataset that a rule other
    than the shape typed is a Dataset too: "counting on the CARPK and PUCPR+", "on PUCPR+ and CARPK" (two
    names side by side are two of a kind; :func:`retype_list_members` does this for three or more); so is
    one of a pair that fills a parenthesis, "(WebQA, Natural Questions)".

    >>> t = "tests on the CARPK and PUCPR+ sets"
    >>> k = [Candidate(13, 18, T.DATASET, 60, "lexicon"), Candidate(23, 29, T.METHOD, 50, "name")]
    >>> [c.type.value for c in retype_dataset_pairs(t, k)]
    ['Dataset', 'Dataset']
    """
    out = list(kept)
    for k, c in enumerate(out):
        if c.rule != "name" or c.type is not T.METHOD or glossed_technique(text, c):
            continue
        for j in (k - 1, k + 1):
            if not 0 <= j < len(out) or out[j].rule == "name" or out[j].type is not T.DATASET \
                    or glossed_technique(text, out[j]):
                continue
            a, b = (out[j], c) if j < k else (c, out[j])
            if _PAIR_GLUE.fullmatch(text, a.end, b.start) or _bracketed_pair(text, a, b):
                out[k] = c._replace(type=T.DATASET)
                break
    return out


#: A measure noun a pair of names shares after the second ("ICER and IRER errors", "UAS and LAS scores"); its
#: plural says the noun is shared (a singular after the second name may be that name's own: "BLEU and ROUGE score").
_SHARED_MEASURE = re.compile(r"\s+(?:errors|rates|scores|metrics|measures|accuracies)\b")


#: a lone digit after a name and before a word: a formula's subscript the PDF spaced off ("CO 2 emission")
_SPACED_SUBSCRIPT = re.compile(r" \d [a-z]")


def retype_metric_pairs(text: str, kept: list[Candidate]) -> list[Candidate]:
    """A bare name (rule "name", typed Method by default) joined by "and"/"or" to a Metric is a Metric too:
    "accuracy and MF1 increased", "in SARI and FKGL", "ICER and IRER errors" (two names side by side are two of
    a kind; :func:`retype_list_members` does this for three or more). The Metric is typed by evidence: a rule
    other than the shape, or a measure noun the pair shares after it.

    >>> t = "accuracy and MF1 rose; ICER and IRER errors fell; BarNet and CRF"
    >>> k = [Candidate(0, 8, T.METRIC, 60, "lexicon"), Candidate(13, 16, T.METHOD, 50, "name"),
    ...      Candidate(23, 27, T.METHOD, 50, "name"), Candidate(32, 36, T.METRIC, 50, "name"),
    ...      Candidate(50, 56, T.METHOD, 50, "name"), Candidate(61, 64, T.METHOD, 60, "lexicon")]
    >>> [c.type.value for c in retype_metric_pairs(t, k)]
    ['Metric', 'Metric', 'Metric', 'Metric', 'Method', 'Method']
    """
    out = list(kept)
    for k, c in enumerate(out):
        if c.rule != "name" or c.type is not T.METHOD or _SPACED_SUBSCRIPT.match(text, c.end):
            continue  # "energy use and CO 2 emission": a formula with a spaced subscript, not a measure's name
        for j in (k - 1, k + 1):
            if not 0 <= j < len(out) or out[j].type is not T.METRIC:
                continue
            a, b = (out[j], c) if j < k else (c, out[j])
            if _PAIR_GLUE.fullmatch(text, a.end, b.start) and \
                    (out[j].rule != "name" or _SHARED_MEASURE.match(text, b.end)):
                out[k] = c._replace(type=T.METRIC)
                break
    return out


def _bracketed_pair(text: str, a: Candidate, b: Candidate) -> bool:
    """Whether two names are the whole of a parenthesis, split by a comma: "question answering (WebQA, Natural
    Questions)", "images (300W, AFLW)" (a pair written as a list).

    >>> t = "answering (FooQA, Natural Questions), on X, Y"
    >>> _bracketed_pair(t, Candidate(11, 16, T.METHOD, 50, "name"), Candidate(18, 35, T.DATASET, 60, "lexicon"))
    True
    """
    return text[a.start - 1:a.start] == "(" and text[b.end:b.end + 1] == ")" \
        and _COMMA.fullmatch(text, a.end, b.start) is not None


_COMMA = re.compile(r",\s*")


#: One or two lower-case words, then a data noun: "YOGA-82 [pose dataset]", "EmotiW-17 [emotion recognition
#: benchmarks]"; a bare name right before them names the data.
#: A citation bracket may stand between the name and them, a quoted word among them: "LSMDC-X [7,8] movie
#: dataset", 'the QUUX cursive "AND" dataset' (a bracket alone before the noun does too: "Foo [3] benchmark").
#: (no grammar word: "TIRG [23] on three benchmark datasets", "X on several datasets" name no data)
_DATA_WORD = (r"(?:(?!(?:on|in|of|for|to|from|with|by|at|as|over|across|and|or|than|the|a|an|these|those|its|their|our|"
              r"several|many|multiple|various|all|both|each|two|three|four|five|six|seven|eight|nine|ten)\b)[a-z][a-z\-]+|"
              r"\"[^\"\s]{1,20}\"|“[^”\s]{1,20}”)")
_DATA_AFTER = re.compile(rf"(?:\s*{CITATION_BRACKET}\s+(?:{_DATA_WORD}\s+){{0,2}}|\s+(?:{_DATA_WORD}\s+){{1,2}})"
                         rf"{DATA_NOUNS}\b"
                         # or its edition's year, then up to two such words: "the TAC 2010 dataset", "NTIRE 2018
                         # homogeneous haze dataset" (the year joins the name once it is a Dataset)
                         r"|[ \-](?:19|20)\d\d\s+(?:[a-z][a-z\-]+\s+){0,2}" + DATA_NOUNS + r"\b")


def retype_before_data_noun(text: str, kept: list[Candidate]) -> list[Candidate]:
    """A bare name (rule "name", typed Method by default) before one or two lower-case words and a data noun
    is a Dataset: "the YOGA-82 pose dataset" (the linker's cue "the X dataset" reads the name right before
    the noun only); so is one before a year and a data noun, "the TAC 2010 dataset" (an edition).

    >>> t = "on the YOGA-82 pose dataset with PoseNet features"
    >>> k = [Candidate(7, 14, T.METHOD, 50, "name"), Candidate(33, 40, T.METHOD, 50, "name")]
    >>> [c.type.value for c in retype_before_data_noun(t, k)]
    ['Dataset', 'Method']
    """
    return [c._replace(type=T.DATASET) if c.rule == "name" and c.type is T.METHOD and _DATA_AFTER.match(text, c.end)
            else c for c in kept]


#: A name right before an opening parenthesis, up to the end of the text read: "QGP (" of "QGP (Quokka Glyph ...)".
_NAME_OPENS = re.compile(r"(\S+)\s*\(\s*$")
#: The rules that type a Task by its words only (a task head, Title Case), not by a lexicon or a definition.
_GUESSED_TASK_RULES = frozenset({"head", "titlecase"})


def retype_spelt_long_forms(text: str, kept: list[Candidate]) -> list[Candidate]:
    """A Task guessed from its words (:data:`_GUESSED_TASK_RULES`) in parentheses right after a Dataset or Method
    name whose letters spell it (:func:`~kg.extract.acronym_letters.spells`) is that name written out, of its type:
    "a corpus called QGP (Quokka Glyph Parsing)", "our model, HGPL (Hyperbolic Glyph Parsing Learning), ...". The task
    word ends the long form of a data set's or a model's name, as in "Quokka Glyph Parsing (QGP)" read the other way.

    >>> t = "We release QGP (Quokka Glyph Parsing), a corpus, for glyph parsing (GP)."
    >>> k = [Candidate(11, 14, T.DATASET, 50, "named"), Candidate(16, 36, T.TASK, 50, "titlecase"),
    ...      Candidate(53, 66, T.TASK, 50, "head")]
    >>> [c.type.value for c in retype_spelt_long_forms(t, k)]
    ['Dataset', 'Dataset', 'Task']
    """
    names = {c.end: c for c in kept if c.type is T.DATASET or c.type is T.METHOD}
    if not names:
        return kept
    out = []
    for c in kept:
        if c.type is T.TASK and c.rule in _GUESSED_TASK_RULES and text.startswith(")", c.end):
            m = _NAME_OPENS.search(text, max(0, c.start - 40), c.start)
            short = names.get(m.end(1)) if m else None
            if short is not None and short.start == m.start(1) and spells(m.group(1), text[c.start:c.end]):
                c = c._replace(type=short.type)
        out.append(c)
    return out


def retype_figure_lists(text: str, kept: list[Candidate]) -> list[Candidate]:
    """A bare name (rule "name", typed Method by default) that is a member of a list of data with figures
    (:func:`~kg.extract.figure_lists.figure_lists`) is a Dataset: "the FOOCD (F1: 0.91) and the BAR (F1: 0.88)
    datasets" (the data noun after a parenthesis is out of :func:`retype_before_data_noun`'s reach).

    >>> t = "on the FOOCD (F1: 0.91) and the BAR (F1: 0.88) datasets with BazNet"
    >>> k = [Candidate(7, 12, T.METHOD, 50, "name"), Candidate(32, 35, T.METHOD, 50, "name"),
    ...      Candidate(61, 67, T.METHOD, 50, "name")]
    >>> [c.type.value for c in retype_figure_lists(t, k)]
    ['Dataset', 'Dataset', 'Method']
    """
    members = [span for run in figure_lists(text, kept) for span in run]
    if not members:
        return kept
    return [c._replace(type=T.DATASET) if c.rule == "name" and c.type is T.METHOD
            and any(s <= c.start and c.end <= e for s, e in members) else c for c in kept]


def link_acronyms(text: str, kept: list[Candidate], acronyms: dict[str, Span], found: DocFindings) -> list[Candidate]:
    """Record each defined acronym as an alias of its long form, and retype bare uses of the acronym
    ("DBRN", "DBRNs") as references to the long form (same type, canonical = long form)."""
    if not acronyms:
        return list(kept)
    # one pass: the long forms by span, and by text the entities that may be uses (as long as an acronym
    # or one character longer); candidates read as tuples: c[0] = start, c[1] = end, c[4] = rule
    lengths = {len(short) for short in acronyms}
    lengths.update([n + 1 for n in lengths])
    long_index: dict[Span, int] = {}
    by_surface: dict[str, list[int]] = {}
    for j, c in enumerate(kept):
        s, e = c[0], c[1]
        if c[4] == "acronym":
            long_index[(s, e)] = j
        if e - s in lengths:
            by_surface.setdefault(text[s:e], []).append(j)
    out = list(kept)
    for short, span in acronyms.items():
        i = long_index.get(span)
        if i is None:
            continue
        found.aliases[i] = found.aliases.get(i, ()) + (short,)
        for j in by_surface.get(short, []) + by_surface.get(short + "s", []):
            if j != i:
                c = out[j]
                out[j] = Candidate(c.start, c.end, out[i].type, c.priority, "acronym-ref", None)
                found.canonical[j] = out[i].canonical or text[span[0]:span[1]]
    return out
