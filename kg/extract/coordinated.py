"""Two or more names coordinated in one span: "two models, named FooNet-S and Bar RCNN-L", a title's
"QuuxGAN and Quux-Flow: ...", a list's "(ABC & XY-Net)". A naming rule or a list rule reads the whole
coordination as one name; :func:`coordinated_names` gives one candidate per name, each with its own span.

A span is split only when every conjunct is a name on its own: its last word has a name's shape (a capital
after a word's first letter, "RANet", "GHM-C", "Temporal-Inception"; or a digit with letters, "ResNet50"), or it
is a Title Case phrase ending on a head word ("Parallel Aggregation and Hierarchical Aggregation"), or it is a
curated lexicon name ("QuuxAug & Mixup"), so
no head noun is shared ("Graph and Temporal Convolutional Networks") and no conjunct is a plain word
("Self-Critique and Adapt", "Light and Fast Face Detector", "Listen, Attend and Spell"), and no acronym follows
that the whole span defines ("Foo-Net and Bar-Net (FBN)"). A process noun ending a Title Case conjunct before
a last one on a head of another kind modifies that head too, which they share ("Feature Extraction and Fusion
Module" is one module; :func:`_shared_head`).
"""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.words import NAME_HEADS, TASK_NOUN_ENDS
from kg.vocab import EntityType as T

#: The rules that read a name where the paper gives it ("called X", a title's "X: ..."), not where it uses it.
NAMING_RULES = frozenset({"named", "title-name"})
#: Rules that take a span as one written name or list member, whatever words it holds.
_SPLIT_RULES = NAMING_RULES | {"list"}
#: What joins two names written together, separating the conjuncts: "FooNet-S and BarNet-L", "FooNet & BarNet",
#: a comma (with or without a following "and").
JOINED_NAMES = re.compile(r",?\s+(?:and|&)\s+|,\s+")
_JOINED = re.compile(r" (?:and|&) ")
#: A capital after a letter or hyphen inside a word ("RANet", "F-BGRU", "XnODR"), not a word's first capital.
_INNER_CAPITAL = re.compile(r"[A-Za-z\-][A-Z]")
#: An acronym in parentheses right after the span: the whole coordination is one name's long form.
_ACRONYM_AFTER = re.compile(r"\s*\(\s*[A-Z][A-Za-z0-9\-]*\s*\)")


def name_word(word: str) -> bool:
    """Whether a word has a name's shape by itself: an inner capital, or a digit with at least two letters.

    >>> [name_word(w) for w in ("RANet", "GHM-C", "Temporal-Inception", "ResNet50", "C3D", "2D", "Networks", "Adapt")]
    [True, True, True, True, True, False, False, False]
    """
    if _INNER_CAPITAL.search(word):
        return True
    return any(ch.isdigit() for ch in word) and sum(ch.isalpha() for ch in word) >= 2


def headed_name(words: list[str]) -> bool:
    """Whether a conjunct's words are a Title Case phrase of its own: a modifier or more, then a technique's or
    task's head word ("Parallel Aggregation", "Slot Attention"), so it shares no head with the conjunct after it.

    >>> [headed_name(w.split()) for w in ("Parallel Aggregation", "Aggregation", "User", "Slot Filling", "Fast Net")]
    [True, False, False, False, False]
    """
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower() in NAME_HEADS


def _conjuncts(written: str, known: frozenset[tuple[int, int]] = frozenset()) -> list[tuple[int, int]] | None:
    """The offsets of the names a span coordinates, or None when some conjunct is not a name on its own (by its
    shape, :func:`name_word`, :func:`headed_name`, or a curated lexicon name at its offsets in ``known``).

    >>> w = "RetinaNet-RS and Cascade RCNN-RS"
    >>> [w[a:b] for a, b in _conjuncts(w)]
    ['RetinaNet-RS', 'Cascade RCNN-RS']
    >>> _conjuncts("Residual Learning and Convolutional Sparse Coding"), _conjuncts("2D and 3D CNNs")
    (None, None)
    >>> _conjuncts("Feature Extraction and Fusion Module"), _conjuncts("Joint Detection and Embedding Network")
    (None, None)
    """
    if not _JOINED.search(written):
        return None
    out, start, phrase_heads = [], 0, []
    for sep in [*JOINED_NAMES.finditer(written), None]:
        end = sep.start() if sep else len(written)
        words = written[start:end].split()
        if not words or not (name_word(words[-1]) or headed_name(words) or (start, end) in known):
            return None
        if not name_word(words[-1]) and (start, end) not in known:
            phrase_heads.append(words[-1].lower())
        out.append((start, end))
        start = sep.end() if sep else end
    return None if _shared_head(phrase_heads) else out


def _shared_head(heads: list[str]) -> bool:
    """Whether Title Case conjuncts' heads (in order) share the last one: a process noun ("Extraction", "Detection")
    before a last head of another kind ("Module", "Network") modifies it, "Feature Extraction and Fusion Module";
    heads of one kind stand apart ("Parallel Aggregation and Hierarchical Aggregation").

    >>> _shared_head(["extraction", "module"]), _shared_head(["aggregation", "aggregation"]), _shared_head(["module"])
    (True, False, False)
    """
    if len(heads) < 2:
        return False
    return not heads[-1].endswith(TASK_NOUN_ENDS) and any(h.endswith(TASK_NOUN_ENDS) for h in heads[:-1])


def coordinated_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with each span that coordinates names ("called F-BLSTM and F-BGRU") cut into one
    candidate per name; a Metric's span ("top-1 and top-5 errors") is left to the metric rules.

    >>> t = "We propose two detectors, named RetinaNet-RS and Cascade RCNN-RS. Squeeze and Excitation helps."
    >>> a, b = t.index("RetinaNet"), t.index("Squeeze")
    >>> cs = [Candidate(a, a + 32, T.METHOD, 90, "named"), Candidate(b, b + 22, T.METHOD, 90, "named")]
    >>> [t[c.start:c.end] for c in coordinated_names(t, cs)]
    ['RetinaNet-RS', 'Cascade RCNN-RS', 'Squeeze and Excitation']
    >>> t = "QuuxAug & Mixup: two ways"
    >>> cs = [Candidate(0, 15, T.METHOD, 90, "title-name"), Candidate(10, 15, T.METHOD, 90, "lexicon", "mixup")]
    >>> [t[c.start:c.end] for c in coordinated_names(t, cs)]
    ['QuuxAug', 'Mixup']
    """
    out: list[Candidate] = []
    for c in cands:
        parts, known = None, frozenset()
        if c.rule in _SPLIT_RULES and c.type is not T.METRIC and not _ACRONYM_AFTER.match(text, c.end):
            known = frozenset((x.start - c.start, x.end - c.start) for x in cands
                              if x.rule == "lexicon" and c.start <= x.start and x.end <= c.end)
            parts = _conjuncts(text[c.start:c.end], known)
        if parts is None:
            out.append(c)
        else:
            # a lexicon name among them stands as the lexicon found it (no naming rule's: "& Mixup" is not coined)
            out.extend(c._replace(start=c.start + a, end=c.start + b, canonical=None) for a, b in parts
                       if (a, b) not in known)
    return out
