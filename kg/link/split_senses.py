"""One acronym, two things the papers spell out differently: a name whose papers fall into two fields, each
saying what the letters stand for in words the other field never writes, is two entities.

The linker puts every use of a name in one node, and a lexicon entity keeps every paper that writes its letters:
"QZV" the video benchmark of spatio-temporal "Quokka Zone Videos (QZV)" and "QZV" the "wombat photo rating benchmark
(QZV)" are one node, though the papers using each write about other things (other data sets and tasks) and spell the
letters out in other words. Here the papers using an acronym-shaped name are grouped by the company the name keeps
in them (:func:`related`: a rare Dataset or Task name they both write, or rare topic words they share); a group of
two papers or more is a *field* of the name. Two fields are two things only when each spells the name out
(:func:`gloss`: a long form it defines, or the words it writes before the name in parentheses) and no paper of one
writes a rare word of the other's spelling (:func:`disagree`): a data set used for two tasks is spelt out alike or
only once, and stays one entity. The field that spells the name out as the entity's name or long form keeps the
entity (else the largest field); each other field that disagrees with it gets its own entity, named by the name and
its spelling ("QZV (wombat photo rating benchmark)"), as :mod:`kg.link.coinages` does for a name coined twice.
Papers in no field stay with the entity. Only a proper name with a name or alias written like an acronym
(:func:`proper_name`: a term of the field in lower case is one technique, however spelt out), and only in a corpus
large enough that rare words mean something (:data:`~kg.link.bare.MIN_CORPUS` papers).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterator, NamedTuple

from kg.link.context import acronym_shaped, rare_idf, topic_words
from kg.extract.acronym_letters import spells
from kg.extract.words import DATASET_HEADS, TECHNIQUE_HEADS
from kg.link.normalize import FUNCTION_WORDS
from kg.link.summary import LinkTable, NodeKey
from kg.link.unionfind import keyed_groups
from kg.vocab import EntityType

#: The types of the names a paper keeps company with: the data sets and tasks it writes about.
COMPANY_TYPES = frozenset({EntityType.DATASET, EntityType.TASK})
#: The types of the things one name may name twice (a Task's name describes it).
HOMONYM_TYPES = frozenset({EntityType.DATASET, EntityType.METHOD})
#: A company name written by fewer than this share of the papers is rare (one field's data set or task).
RARE_NAME = 0.05
#: A topic word written by fewer than this share of the papers is one field's word ("aesthetics", not "upon").
RARE_WORD = 0.01
#: Summed inverse document frequency of the rare topic words two papers share from which they are one field.
SAME_FIELD = 10.0
#: Fewest papers of a field: one paper alone is no evidence of a second thing.
FIELD_PAPERS = 2
#: Most words of a spelling read before a name in parentheses ("the large wombat photo rating benchmark (QZV)").
GLOSS_WORDS = 4

_WORD = re.compile(r"[A-Za-z][\w-]*")


class Use(NamedTuple):
    """What one paper writing a name records: its topic words, the keys of its Dataset and Task names, and the
    words it spells the name out with (:func:`gloss`)."""
    topics: frozenset[str]
    company: frozenset[str]
    glosses: tuple[str, ...]


def gloss(text: str, start: int, end: int) -> str:
    """The words a text writes right before a name set in parentheses, up to :data:`GLOSS_WORDS` and back to a
    function word, punctuation, a verb or an adverb (a clause's words, no name's: "we introduce ...",
    "spatio-temporally localized ...", :func:`_clause_word`), less a participle opening what is left ("on the
    wombat photo rating benchmark (QZV) we ..." -> "wombat photo rating benchmark"); "" when the name is not in
    parentheses.

    >>> t = "Results on the large wombat photo rating benchmark (QZV) improve."
    >>> gloss(t, t.index("QZV"), t.index("QZV") + 3)
    'wombat photo rating benchmark'
    >>> gloss("We use QZV here.", 7, 10)
    ''
    """
    if start < 2 or text[start - 1] != "(" or text[end:end + 1] != ")":
        return ""
    before = text[max(0, start - 120):start - 1].rstrip()
    words: list[str] = []
    for w in reversed(before.split()):
        core = w.strip("\"'")
        if not _WORD.fullmatch(core) or core.lower() in FUNCTION_WORDS or _clause_word(core):
            break
        words.append(core)
        if len(words) >= GLOSS_WORDS:
            break
    while words and words[-1].islower() and words[-1].endswith("ed"):
        words.pop()  # "localized Atomic Visual Actions": the participle describes what the name names
    return " ".join(reversed(words))


def _clause_word(word: str) -> bool:
    """Whether a lower-case word is a verb abstracts use (``verb_words.txt``, its -s form) or an adverb in -ly: it
    belongs to the clause around a name, not to the name's spelling."""
    from kg.extract.ordinary_words import load_words  # noqa: PLC0415
    from kg.extract.words import verbish  # noqa: PLC0415

    low = word.lower()
    return word.islower() and (low.endswith("ly") or (not low.endswith(("ed", "ing")) and verbish(low, load_words(
        "verb_words.txt"))))


def spelling(etype: EntityType, acronym: str, words: str) -> bool:
    """Whether the words a text writes before an acronym in parentheses (:func:`gloss`) spell out what it names:
    they end in a head word of its type, written in one word or two ("wombat photo rating benchmark (QZV)", "a
    pouch routing network (QZV)", "wombat photo data set (QZV)") or define its letters ("Quokka Zone Videos (QZV)"); not a task a result is stated for with the data in
    parentheses ("1.5% on marsupial entailment (QZV)").

    >>> D = EntityType.DATASET
    >>> [spelling(D, "QZV", w) for w in ("wombat photo rating benchmark", "Quokka Zone Videos", "marsupial entailment")]
    [True, True, False]
    >>> spelling(D, "QZV", "wombat photo rating data set")
    True
    """
    heads = DATASET_HEADS if etype is EntityType.DATASET else TECHNIQUE_HEADS
    ws = words.lower().split()
    if ws and (ws[-1] in heads or "".join(ws[-2:]) in heads):
        return True
    return any(spells(acronym, " ".join(words.split()[i:])) for i in range(len(ws)))


def paper_uses(text_of, mentions, out, words: frozenset[str]) -> dict[NodeKey, Use]:
    """The :class:`Use` of each node of a Method or Dataset name one paper writes like an acronym, or defines an
    acronym with (``out``: the node of each mention; ``text_of(m)``: the text of a mention's field)."""
    company = frozenset(n[1] for n in out if n is not None and n[0] in COMPANY_TYPES)
    found: dict[NodeKey, list[str]] = {}
    for m, n in zip(mentions, out):
        if n is None or n[0] not in HOMONYM_TYPES or not (acronym_shaped(m.text) or m.aliases):
            continue
        spelt = found.setdefault(n, [])
        if m.aliases:
            spelt.append(m.text)  # the long form of an acronym it defines
        elif (g := gloss(text_of(m), m.start, m.end)) and spelling(n[0], m.text, g):
            spelt.append(g)
    return {n: Use(words, company - {n[1]}, tuple(spelt)) for n, spelt in found.items()}


def proper_name(name: str) -> bool:
    """Whether a name is a proper name, which two groups may give two things: it opens with a capital or a digit
    ("QZV", "Quokka Street Journal"); a term of the field in lower case ("bidirectional LSTM", "variational
    autoencoder") names one technique however its papers spell it out.

    >>> [proper_name(n) for n in ("QZV", "Quokka Street Journal", "3DQ", "bidirectional LSTM", "qzv")]
    [True, True, True, False, False]
    """
    return bool(name) and not name[0].islower() and any(c.isupper() or c.isdigit() for c in name)


def related(a: Use, b: Use, df: tuple[Counter, Counter], papers: int, own: frozenset[str]) -> bool:
    """Whether two papers writing a name are one field: they write a rare Dataset or Task name both (``df[1]``:
    papers by name key), or share rare topic words (``df[0]``) worth :data:`SAME_FIELD`; the name's own words and
    keys (``own``) aside."""
    if any(rare_idf(k, df[1], papers, RARE_NAME) for k in a.company & b.company if k not in own):
        return True
    return sum(rare_idf(w, df[0], papers, RARE_WORD) for w in a.topics & b.topics if w not in own) >= SAME_FIELD


def fields(uses: dict[str, Use], df: tuple[Counter, Counter], papers: int, own: frozenset[str],
           names: frozenset[str] = frozenset()) -> list[list[str]]:
    """The fields of a name: its papers (paper id -> :class:`Use`) joined by :func:`related` (asked only of two
    papers sharing a rare name or word, :func:`~kg.link.unionfind.keyed_groups`), the groups of
    :data:`FIELD_PAPERS` papers or more: first the one spelling the name out as one of the entity's ``names``
    (lower case: the lexicon's or the corpus's long form; the entity is what its name says, however few papers
    write it so), then the largest, then the one with the first id."""
    def rare(pid: str) -> Iterator[tuple[int, str]]:
        """The rare names and topic words of a paper, one of which two related papers share."""
        use = uses[pid]
        yield from ((0, k) for k in use.company if k not in own and rare_idf(k, df[1], papers, RARE_NAME))
        yield from ((1, w) for w in use.topics if w not in own and rare_idf(w, df[0], papers, RARE_WORD))

    groups = [g for g in keyed_groups(uses, rare, lambda a, b: related(uses[a], uses[b], df, papers, own))
              if len(g) >= FIELD_PAPERS]
    return sorted(groups, key=lambda g: (not any(s.lower() in names for p in g for s in uses[p].glosses),
                                         -len(g), g[0]))


def spelling_words(group: list[str], uses: dict[str, Use], df: Counter, papers: int,
                   own: frozenset[str]) -> frozenset[str]:
    """The words a field spells its name out with that are rare in the corpus (the name's own words aside)."""
    return frozenset(w for p in group for g in uses[p].glosses for w in topic_words(g)
                     if w not in own and rare_idf(w, df, papers, RARE_NAME))


def disagree(a: list[str], b: list[str], uses: dict[str, Use], df: Counter, papers: int, own: frozenset[str]) -> bool:
    """Whether two fields spell the name out as two things: each spells it out in rare words, and no paper of one
    writes a word of the other's spelling."""
    sa, sb = (spelling_words(g, uses, df, papers, own) for g in (a, b))
    if not sa or not sb:
        return False
    return not any(sa & uses[p].topics for p in b) and not any(sb & uses[p].topics for p in a)


def _name(ent_name: str, group: list[str], uses: dict[str, Use]) -> str:
    """The name of a field's own entity: the name's letters and the spelling its papers write most ("QZV (wombat
    photo rating benchmark)"); a spelling that is the whole name already, as written."""
    counts = Counter(g for p in group for g in uses[p].glosses)
    best = min(counts, key=lambda g: (-counts[g], g))
    return best if best.lower() == ent_name.lower() else f"{ent_name} ({best})"


def _field_entity(table: LinkTable, eid: str, ent, name: str, group: list[str], used: set[str],
                  earlier: frozenset[str]) -> None:
    """The entity of a field (:func:`~kg.link.coinages.own_entity`); an earlier build's entity of that name keeps
    its id (an appended build splits the name again the same way)."""
    from kg.graph.ids import node_id  # noqa: PLC0415
    from kg.link.coinages import own_entity  # noqa: PLC0415 (kg.link.coinages imports the linker's tables)

    base = node_id(ent.type, name)
    if base in earlier and base not in table.entities:
        used.discard(base)  # free again: the earlier build's entity of this field
    own_entity(table, eid, ent, name, group, used)


def _with_glosses(had: Use, use: Use) -> Use:
    """One paper's :class:`Use` of two nodes of one entity: the spellings of both."""
    return had._replace(glosses=had.glosses + use.glosses)


def split_homonyms(table: LinkTable, homonym_by: dict[NodeKey, dict[str, Use]], df: tuple[Counter, Counter],
                   papers: int, taken=()) -> list[str]:
    """Give each field of a name that spells it out otherwise than its largest field an entity of its own
    (:func:`fields`, :func:`disagree`): ``table.own`` gets (entity id, paper id) -> the field's entity; ``df``: the
    papers writing each topic word and each name key; the name's letters are no evidence (its long forms are: they
    are what the fields spell out). An entity split already (:mod:`kg.link.coinages`,
    :mod:`kg.link.bare`) is left as it is. Returns the names of the new entities ("type:name")."""
    from kg.link.bare import MIN_CORPUS, entity_users  # noqa: PLC0415 (kg.link.bare imports the linker's coinages)

    if papers < MIN_CORPUS:
        return []
    used = set(table.entities) | set(taken)
    already = {eid for eid, _ in table.own}
    split: list[str] = []
    for eid, (uses, keys) in sorted(entity_users(table, homonym_by, _with_glosses).items()):
        ent = table.entities.get(eid)
        if ent is None or ent.type not in HOMONYM_TYPES or eid in already or len(uses) < 2 * FIELD_PAPERS \
                or not proper_name(ent.name):
            continue
        letters = [n for n in (ent.name, *sorted(ent.aliases)) if acronym_shaped(n)]
        if not letters:
            continue  # no name of it is written like an acronym: a capitalised term, one thing however spelt out
        own = topic_words(*letters) | frozenset(keys)
        groups = fields(uses, df, papers, own, frozenset(n.lower() for n in (ent.name, *ent.aliases)))
        for group in groups[1:]:
            if disagree(groups[0], group, uses, df[0], papers, own):
                name = _name(letters[0], group, uses)
                _field_entity(table, eid, ent, name, group, used, frozenset(taken))
                split.append(f"{ent.type.value}:{name}")
    return split
