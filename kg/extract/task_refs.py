"""A Task a rule found by its head word that is the tail of a longer Task the same paper writes ("the state tracking"
beside "dialogue state tracking", "table detection and structure recognition" beside "table structure recognition"):
the paper names its task short, with the modifier it wrote once left out, and the cut name alone says another thing
or nothing ("structure recognition", "point detection" of "vanishing point detection"). The mention reads as the
longer name (its canonical, the paper's own reading: :mod:`kg.link.nodes` ``CORPUS_CANONICAL`` leaves it to that
mention), so a cut form joins no other paper's task through words both left out.
"""
from __future__ import annotations

import re

from kg.extract.findings import DocFindings
from kg.extract.task_bounds import MEANS_KEYS
from kg.extract.words import BAD_MODIFIERS, DATASET_HEADS, EVALUATIVE, NON_MODIFIERS, PRAISE, TASK_HEADS, ing_verb
from kg.vocab import EntityType as T

#: Rules whose Task is a name as the lexicon or a definition gives it: a name of its own, never a cut one.
_NAMED_RULES = frozenset({"lexicon", "lexicon-gen", "acronym", "acronym-ref"})
#: Words that join the longer name's modifiers to the short one as a conjunct ("age group and gender estimation"):
#: then the short one is a task of its own.
_CONJUNCTIONS = frozenset({"and", "or", "&", "/"})
#: Grades and means: a longer name whose extra words are only these (or verbs) is the short task graded, or said how
#: it is solved ("efficient glyph parsing", "automatic glyph parsing"), no other task.
_NO_NAME_WORDS = frozenset(BAD_MODIFIERS | NON_MODIFIERS | PRAISE | EVALUATIVE)
_SPLIT = re.compile(r"\s+")


def _words(name: str) -> list[str]:
    """The lower-case words of a name split at spaces ("3D Dense Face Alignment" -> 4 words)."""
    return [w for w in _SPLIT.split(name.lower()) if w]


def _names_more(extra: list[str], verbs: frozenset[str]) -> bool:
    """Whether the words a longer name has before the short one add to what it names: no conjunction ends them, no
    verb's "-ing" form opens them (a clause: "learning road glyph detection"), and one of them at least is no grade
    and no verb."""
    if not extra or extra[-1] in _CONJUNCTIONS or ing_verb(extra[0], verbs) or any(w in DATASET_HEADS for w in extra):
        return False  # (a data word: "benchmark glyph tagging data" names data)
    return any(w not in _NO_NAME_WORDS and w.replace("-", "") not in MEANS_KEYS and w not in verbs
               and not ing_verb(w, verbs) for w in extra)


def longer_task(short: str, names: set[str], verbs: frozenset[str] = frozenset()) -> str | None:
    """The one longer name of ``names`` (a paper's Task names, lower case) that ends in the words of ``short`` (two
    words or more) with words of its own before them (:func:`_names_more`); when several do, the shortest if every
    other ends in it ("3d human pose estimation" of "multi-person 3d human pose estimation"), else none.

    >>> longer_task("state tracking", {"dialogue state tracking", "state tracking"})
    'dialogue state tracking'
    >>> longer_task("text recognition", {"scene text recognition", "handwritten text recognition"}) is None
    True
    >>> longer_task("gender estimation", {"age and gender estimation"}) is None
    True
    >>> longer_task("glyph estimation", {"automatic glyph estimation"}) is None
    True
    """
    words = _words(short)
    n = len(words)
    if n < 2:
        return None
    found = []
    for name in names:
        other = _words(name)
        if len(other) > n and other[-n:] == words and _names_more(other[:-n], verbs):
            found.append(name)
    if not found:
        return None
    best = min(found, key=len)
    return best if all(f == best or f.endswith(" " + best) for f in found) else None


#: Where a task's name is cut short: after "the" ("the state tracking": the one named before), or after a
#: task its modifier is shared with ("table detection and structure recognition"). A name opening a sentence or
#: after "for" may be the wider task the paper's own is a kind of ("Topic segmentation is critical for ..."); one
#: after "our", "this", "their" or "its" is as often set against the longer one ("Unlike X, our Y ...").
_DEFINITE_BEFORE = re.compile(r"(?<![\w\-])the\s+$", re.I)
#: A word setting what follows it in its sentence against what came before: the short name there is another task
#: than the longer one ("Prior work studies road glyph detection; in contrast, the glyph detection here ...").
_CONTRAST = re.compile(r"\b(?:unlike|in\s+contrast|by\s+contrast|contrary\s+to|whereas|instead|rather\s+than|"
                       r"as\s+opposed\s+to|different\s+from|differs?\s+from)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s")
#: A task head and "and" (or "&", maybe after a comma) before a name, the head's modifier right before it:
#: "table detection and ", "table detection, and ".
_HEAD_AND_BEFORE = re.compile(r"\s+([A-Za-z]+),?\s+(?:and|&)\s+$")


def cut_here(text: str, start: int, extra: list[str]) -> bool:
    """Whether the Task starting at ``start`` is written cut from a longer name whose words before it are ``extra``:
    right after those words (the span was cut from the name as written; not inside a word: "suitable column parsing"),
    after "the" (unless its sentence sets it against the longer name: :func:`_contrasted`), or as the second conjunct of a
    task those words modify, whose modifier it shares ("table detection and column parsing" of "table column
    parsing"; not "text detection and text recognition" of "scene text recognition").

    >>> t = "We use table detection and column parsing, then the column parsing; column parsing is old."
    >>> [cut_here(t, i, ["table"]) for i in (t.index("column"), t.index("column", 40), t.rindex("column"))]
    [True, True, False]
    >>> t = "We use text detection and column parsing."
    >>> cut_here(t, t.index("column"), ["table"])
    False
    """
    before = text[max(0, start - 80):start]
    low = before.lower()
    lead = " ".join(extra)
    if low.endswith(lead + " ") and not _glued(low[:-len(lead) - 1]):
        return True
    if _DEFINITE_BEFORE.search(before):
        return not _contrasted(text, start, lead)
    m = _HEAD_AND_BEFORE.search(before)
    return m is not None and m.group(1).lower() in TASK_HEADS and low[:m.start()].endswith(lead) \
        and not _glued(low[:m.start() - len(lead)])


def _glued(before: str) -> bool:
    """Whether the text ``before`` a name's words ends inside a word: "suitable " ends in "table " but writes no
    "table"."""
    return before[-1:].isalnum() or before[-1:] == "-"


def _contrasted(text: str, start: int, lead: str) -> bool:
    """Whether the sentence of ``start`` sets the name there against the longer one: a contrast word
    (:data:`_CONTRAST`) and the longer name's own words ``lead`` stand before it ("Unlike road glyph detection, the
    glyph detection ..."); a contrast of two methods leaves a task they share alone ("unlike ours, their models do not
    optimise the glyph detection task")."""
    opens = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    return _CONTRAST.search(text, opens, start) is not None and lead in text[opens:start].lower()


def read_cut_tasks(text: str, found: DocFindings, verbs: frozenset[str] = frozenset()) -> None:
    """Give each Task a rule found by its words (not a lexicon name nor an acronym's) that is the tail of one longer
    Task name of the same doc (:func:`longer_task`), written where a name is cut (:func:`cut_here`), that longer name
    as its canonical, in ``found.canonical``."""
    ents = found.entities
    named = {}
    for i, c in enumerate(ents):
        if c.type is T.TASK:
            named.setdefault(found.name(text, i).lower(), i)
    if len(named) < 2:
        return
    for i, c in enumerate(ents):
        if c.type is not T.TASK or c.rule in _NAMED_RULES or i in found.canonical or c.canonical:
            continue
        short = text[c.start:c.end]
        longer = longer_task(short, set(named), verbs)
        if longer is not None and cut_here(text, c.start, _words(longer)[:-len(_words(short))]):
            found.canonical[i] = found.name(text, named[longer])
