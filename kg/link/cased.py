"""An everyday word is not the acronym written with its letters: papers that write a word in ordinary case are
not papers that write it in capitals as a name.

Keys fold case, so "POSE" (one paper's acronym of "polypharmacy side effects"), "Pose" and "pose module" (other
papers' words) share a node, and "FUSION" (one paper's network) is the "Fusion" that opens another paper's title.
Letters set in capitals in a text that is not itself in capitals are a name (an acronym, a coinage); the same
letters in lower case, or with a capital of style only (a title's, a sentence's first letter), are the word, when
the word is an everyday one: an ordinary English word (the shipped ``common_english.txt``) or one the corpus writes
in lower case in running text in :data:`EVERYDAY_PAPERS` papers or more ("pose", "fusion", "mask"). That count is
absolute, not scaled by the size of the corpus: a coinage three papers happen to write in lower case ("adam",
"electra") passes as an everyday word too, more often the larger the corpus (a lexicon entity, below, keeps every
case all the same). In an entity of a type papers coin names for (Method, Dataset) that no lexicon entry names, the
papers writing its letters only as such a word are one entity and the papers writing them in capitals another: the side
the entity is named by keeps it, the other gets an entity of its own (:func:`~kg.link.coinages.own_entity`). A
paper that writes the capitals itself ties them ("POSE" and "pose module" in one paper) and stays with the capitals;
a capital inside a sentence marks a name, which may be the one in capitals ("the Occlusion dataset", "OCCLUSION").
A lexicon entity keeps every case ("Adam"/"ADAM", "Lasso"/"LASSO", "Dropout"/"DROPOUT"), and so does a title set
in capitals ("DENOISING ..."), whose capitals say nothing.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Sequence

from kg.link.coinages import COINED_TYPES, own_entity
from kg.link.lexicon_rows import common_words
from kg.link.nodes import LEXICON_RULES
from kg.link.summary import LinkTable, NodeKey
from kg.link.types import KIND_SEP
from kg.models import FIELDS, Extraction, Mention

#: Fewest papers writing a word in lower case in running text for the word to be an everyday one.
EVERYDAY_PAPERS = 3
#: Fewest letters of a word whose capitals make a name.
CASED_LETTERS = 3

#: A word in lower case in running text: not part of a hyphenated word, an address or a file name ("gatech.edu").
_LOWER_WORD = re.compile(r"(?<![\w./@-])[a-z]{3,}(?![\w/@-]|\.\w)")

#: How a paper writes a node's letters (:func:`cased_form`): in capitals, or as a word in ordinary case.
CAPS, WORD = "caps", "word"


def lower_words(*texts: str) -> frozenset[str]:
    """The words written in lower case in running text (three letters or more).

    >>> sorted(lower_words("We fuse pose and RGB-D data at cc.gatech.edu with post-hoc masks."))
    ['and', 'data', 'fuse', 'masks', 'pose', 'with']
    """
    return frozenset(w for t in texts for w in _LOWER_WORD.findall(t))


def set_in_capitals(text: str) -> bool:
    """Whether a text is set in capitals (most of its letters are): a title "PARALLEL RESIDUAL BI-FUSION ..."."""
    letters = "".join(filter(str.isalpha, text))
    return bool(letters) and 2 * sum(map(str.isupper, letters)) > len(letters)


def cased_form(text: str, kinded: bool) -> str | None:
    """How a mention writes its letters: :data:`CAPS` ("POSE"), :data:`WORD` (one word in lower case or with only its
    first letter a capital, alone or before a type word, ``kinded``: "Pose", "pose module", "Star algorithm"), else
    None ("PoSE", "pose estimation network", "GRIDs").

    >>> [cased_form(t, k) for t, k in (("POSE", False), ("Pose", False), ("pose module", True), ("PoSE", False),
    ...                                ("pose estimation", False), ("AR", False))]
    ['caps', 'word', 'word', None, None, None]
    """
    words = text.split()
    first = words[0] if words else ""
    if not first.isalpha() or len(first) < CASED_LETTERS or (len(words) > 1 and not (kinded and len(words) == 2)):
        return None
    if len(words) == 1 and first.isupper():
        return CAPS
    return WORD if _word_case(first) else None


def _word_case(word: str) -> bool:
    """Whether a word is written in ordinary case: in lower case, or with only its first letter a capital."""
    return word.islower() or word[1:].islower()


def style_capital(text: str, start: int, field: str) -> bool:
    """Whether a capital at ``start`` is one of style: in a title, or opening a sentence.

    >>> [style_capital(t, t.index("Star"), "abstract") for t in ("Star ranks nodes.", "Done. Star ranks.", "The Star net")]
    [True, True, False]
    """
    before = text[:start].rstrip()
    return field == "title" or not before or before[-1] in ".!?:"


def everyday(word: str, lower_df: Counter) -> bool:
    """Whether a word is an everyday one: an ordinary English word, or one the corpus writes in lower case in
    :data:`EVERYDAY_PAPERS` papers or more."""
    return word in common_words() or lower_df.get(word, 0) >= EVERYDAY_PAPERS


#: How one paper writes a node's letters: (:data:`CAPS` or :data:`WORD`, the text as written).
Cased = tuple[str, str]
#: Entity id -> letters -> paper id -> the text it writes them as.
_Users = dict[str, dict[str, dict[str, str]]]


def mention_cased(m: Mention, text: str, capitals: bool, kinded: bool) -> Cased | None:
    """How a mention writes its letters in its field's ``text`` (``capitals``: the text is set in capitals;
    ``kinded``: the mention ends in a type word): in capitals (it, or an acronym it defines, outside a text set in
    capitals), as a word (:func:`cased_form`; a capital only of style: :func:`style_capital`), else None.

    >>> from kg.vocab import EntityType as T
    >>> t = "We use the Star net. Star nets (STAR) rank."
    >>> [mention_cased(Mention(T.METHOD, w, t.index(w, i), t.index(w, i) + len(w), "abstract", None, al, "name"), t,
    ...                False, False) for w, i, al in (("Star", 0, ()), ("Star nets", 20, ("STAR",)), ("Star", 20, ()))]
    [None, ('caps', 'STAR'), ('word', 'Star')]
    """
    caps = next((a for a in (m.text, *m.aliases) if not capitals and cased_form(a, False) == CAPS), None)
    if caps is not None:
        return CAPS, caps
    if cased_form(m.text, kinded) != WORD or (m.text[0].isupper() and not style_capital(text, m.start, m.field)):
        return None  # a capital inside a sentence marks a name ("the Occlusion dataset"), not the word
    return WORD, m.text


def paper_cased(ex: Extraction, mentions: Sequence[Mention], out: Sequence[NodeKey | None], key) -> dict[NodeKey, Cased]:
    """How one paper writes the letters of each node it links a mention to (``out``; ``key``: a name's linker key):
    in capitals when one of its mentions does, else as a word when every mention of the node does
    (:func:`mention_cased`). A lexicon's match is no evidence either way."""
    seen: dict[NodeKey, Cased | None] = {}
    fields: dict[str, tuple[str, bool]] = {}  # field -> its text, and whether it is set in capitals
    for m, n in zip(mentions, out):
        if n is None or m.rule in LEXICON_RULES:
            continue
        if m.field not in fields:
            text = ex.paper.text(m.field) if m.field in FIELDS else ""
            fields[m.field] = text, set_in_capitals(text)
        got = mention_cased(m, *fields[m.field], KIND_SEP in key(m.text))
        prev = seen.get(n, (WORD, ""))  # (a first mention of the node)
        if got is not None and got[0] == CAPS:
            seen[n] = got if prev is None or prev[0] != CAPS else prev
        elif prev is not None and prev[0] == WORD:  # (capitals stay, and so does another form)
            seen[n] = (WORD, prev[1] or got[1]) if got is not None else None
    return {n: c for n, c in seen.items() if c}


def _cased_users(table: LinkTable, cased_by: dict[NodeKey, dict[str, Cased]]) -> tuple[_Users, _Users]:
    """The papers writing each entity's letters in capitals, and those writing them as a word (by entity)."""
    caps: _Users = defaultdict(lambda: defaultdict(dict))
    words: _Users = defaultdict(lambda: defaultdict(dict))
    for n, papers in cased_by.items():
        eid = table.node_eid.get(n)
        if eid is None:
            continue
        for pid, (kind, text) in papers.items():
            (caps if kind == CAPS else words)[eid][text.split()[0].lower()].setdefault(pid, text)
    return caps, words


def _word_named(name: str, letters: str) -> bool:
    """Whether an entity's name is its letters written as a word ("fusion module" for "fusion"; not "FUSION", "STaR")."""
    first = name.split()[0] if name.split() else ""
    return first.lower() == letters and _word_case(first)


def _most_written(texts: dict[str, str]) -> str:
    """The text most papers write (then one in lower case, then the first in order)."""
    counts = Counter(texts.values())
    return min(counts, key=lambda t: (-counts[t], not t.islower(), t))


def split_word_uses(table: LinkTable, cased_by: dict[NodeKey, dict[str, Cased]], lower_df: Counter,
                    taken=(), known: frozenset[str] = frozenset()) -> list[str]:
    """Give the papers writing an entity's letters as an everyday word, and those writing them in capitals, one
    entity each (the module docstring): ``cased_by`` maps a node to how each paper writes it (:data:`Cased`);
    ``lower_df``: the papers writing each word in lower case; ``table.own`` gets (entity id, paper id) -> the
    paper's entity; ``known``: the lexicon's entities; an entity split already is left as it is. Returns the
    names split ("type:name")."""
    caps, words = _cased_users(table, cased_by)
    used = set(table.entities) | set(taken)
    already = {eid for eid, _ in table.own}
    split: list[str] = []
    for eid in sorted(words):
        ent = table.entities.get(eid)
        if ent is None or ent.type not in COINED_TYPES or eid in known or eid in already or eid not in caps:
            continue
        tied = {pid for by in caps[eid].values() for pid in by}  # a paper writing capitals ties its words to them
        for letters in sorted(words[eid]):
            capital = caps[eid].get(letters)
            plain = {pid: t for pid, t in words[eid][letters].items() if pid not in tied}
            if not capital or not plain or not everyday(letters, lower_df):
                continue
            keep, move = (plain, capital) if _word_named(ent.name, letters) else (capital, plain)
            own_entity(table, eid, ent, _most_written(move), move, used)
            ent.aliases -= set(move.values()) - set(keep.values())  # (Apply adds them to the paper's entity)
            split.append(f"{ent.type.value}:{ent.name}")
    return split
