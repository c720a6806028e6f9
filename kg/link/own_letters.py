"""A paper whose own words spell an acronym: its bare acronym is its own thing, not another paper's long form.

The linker joins a bare acronym to the long form other papers define it as ("Dynamic Shifting Network (DS-Net)"
in one paper, "DS-Net" bare in others). A paper that writes the acronym without defining it, while its own title or
abstract holds a capitalised phrase whose initials spell the acronym (:func:`~kg.link.titles.initials_of`, a
trailing word after a hyphen aside: "Dual Supervision" for "DS-Net", "Self-Critique and Adapt" for "SCA"), means
that phrase's thing by it: a definition the extractor did not read as one, or the paper's own name beside a title
that spells it. When no such phrase shares a word with any name of the entity the acronym joined
(:func:`foreign`; "Feature-aligned Pyramid Network" is still a feature pyramid network), the paper's mentions of
it go to an entity of their own (named as the papers write the acronym; another id), as :mod:`kg.link.coinages`
does for a name coined twice. Only an entity holding a long form (an acronym no paper defines is left to
:mod:`kg.link.bare`), and only letters no other paper links to: the papers' entity, named by the letters, would
take those uses in a build appended to this one (``kg build --append``: an old entity's name holds its node).

A paper that coins the letters by a naming cue ("a planner called Q-HN", a title "Q-HN: ...") without spelling them
names its own thing likewise when the letters had been defined as a long form it never writes before it was written,
and it writes them otherwise than each such definer, beyond case and a plural (:func:`coined_uses`: "an asymmetrical
bidirectional network called U-RNN" beside an earlier paper's "Unitary recurrent neural networks (uRNNs)"); a later
definer may spell out the coined name its own way ("SR-GAN" for a coinage "SRGAN"), and letters written alike name
one thing far more often than two. In a build appended to another, an old entity's names written like an acronym
stand for its definers' forms, written before. Papers a later coinage of the letters gave an entity of their own
already (:mod:`kg.link.coinages`) count as the letters' own papers.

:meth:`kg.link.collect.Collect._topics` finds the papers (an acronym written like one, matched by no lexicon,
defined nowhere in the paper). They still count among the bare uses the acronym's join is decided on
(:mod:`kg.link.context`): left out, an acronym only they use would join the long form, its alias on that entity.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Iterable

from kg.link.acronyms import _one_word_two_ways
from kg.link.coinages import own_entity
from kg.link.context import acronym_shaped
from kg.link.dates import written_before
from kg.link.normalize import FUNCTION_WORDS
from kg.link.summary import CoinedLetters, LinkTable, NodeKey, OwnLetters
from kg.link.titles import initials_of

#: A word of running text, its hyphen and slash parts kept together ("Self-Critique", "Compressed/DeCompressed").
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*")
#: Most words a phrase spelling an acronym runs over (function words included).
MAX_WORDS = 8
#: The parts of a phrase's words that may share a word with a name (letters only, lower case).
_PARTS = re.compile(r"[a-z]+")



def _cores(acro: str) -> tuple[str, ...]:
    """The acronym, and its letters before a trailing word after a hyphen ("DS" of "DS-Net"): the word is no
    initial ("Dual Supervision" spells "DS-Net").

    >>> _cores("DS-Net"), _cores("VPN"), _cores("R-CNN")
    (('DS-Net', 'DS'), ('VPN',), ('R-CNN',))
    """
    head, sep, tail = acro.rpartition("-")
    if sep and head and tail[:1].isupper() and tail[1:].isalpha() and tail[1:].islower():
        return acro, head
    return (acro,)


def _phrase_word(w: str) -> bool:
    """Whether a word may stand in a capitalised phrase: a capital first (no function word: a title's "Using" is
    none of a name's), or a function word in lower case."""
    if w.lower() in FUNCTION_WORDS:
        return w.islower()
    return w[:1].isupper() and not acronym_shaped(w)


@functools.lru_cache(maxsize=64)
def _text_words(text: str) -> tuple[tuple[re.Match, ...], dict[str, tuple[int, ...]]]:
    """The words of ``text`` and, by first letter, where they stand (read once per text: a paper asks for each
    acronym it writes bare); none for a text written in capitals (:func:`spelling_phrases`)."""
    if 2 * sum(map(str.isupper, text)) > sum(map(str.isalpha, text)):
        return (), {}
    words = tuple(_WORD.finditer(text))
    starts: dict[str, list[int]] = {}
    for i, m in enumerate(words):
        starts.setdefault(m.group(0)[:1], []).append(i)
    return words, {k: tuple(v) for k, v in starts.items()}


def spelling_phrases(acro: str, text: str) -> list[str]:
    """The capitalised phrases of ``text`` whose initials spell ``acro`` (:func:`~kg.link.titles.initials_of`):
    words in a row with only spaces between, a capital first in each but a function word, two words or more, none
    written like an acronym. Nothing in a text written in capitals (any phrase of it looks a name).

    >>> spelling_phrases("SCA", "We propose Self-Critique and Adapt or SCA, which adapts.")
    ['Self-Critique and Adapt']
    >>> spelling_phrases("DS", "Dual Supervision Framework for Relation Extraction")
    ['Dual Supervision']
    >>> spelling_phrases("RE", "relation extraction (Relation-Extraction) and the RE Model")
    []
    """
    words, starts = _text_words(text)
    found = []
    for i in starts.get(acro[:1].upper(), ()):
        first = words[i]
        if not _phrase_word(first.group(0)):
            continue
        for j in range(i + 1, min(len(words), i + MAX_WORDS)):
            if text[words[j - 1].end():words[j].start()] != " " or not _phrase_word(words[j].group(0)):
                break
            phrase = text[first.start():words[j].end()]
            if not words[j].group(0).islower() and initials_of(acro, phrase):
                found.append(phrase)
    return found


def own_phrases(acro: str, *texts: str) -> tuple[str, ...]:
    """The phrases of a paper's ``texts`` (title, abstract) that spell the acronym it writes bare
    (:func:`spelling_phrases`, of the acronym or its letters before a trailing word: :func:`_cores`)."""
    return tuple(dict.fromkeys(p for core in _cores(acro) for t in texts for p in spelling_phrases(core, t)))


def _words(name: str) -> set[str]:
    return {w for w in _PARTS.findall(name.lower()) if w not in FUNCTION_WORDS}


def foreign(phrases: Iterable[str], names: Iterable[str]) -> bool:
    """Whether no phrase shares a word with a name (one word written two ways counts:
    :func:`~kg.link.acronyms._one_word_two_ways`, "Modeling" / "model").

    >>> foreign(["Dual Supervision"], ["Dynamic Shifting Network", "DS-Net"])
    True
    >>> foreign(["Language Modeling"], ["language model", "LM"])
    False
    """
    theirs = set().union(*(_words(n) for n in names))
    return not any(_one_word_two_ways(a, b) for p in phrases for a in _words(p) for b in theirs)


def _long_form(names: Iterable[str]) -> bool:
    """Whether an entity's names hold a long form (a name of two words or more)."""
    return any(len(n.split()) >= 2 for n in names)


def _own_uses(table: LinkTable, own_by: dict[NodeKey, dict[str, OwnLetters]]) -> list[tuple[str, str, str, str]]:
    """(entity id, paper id, acronym as written, its key) of each paper writing an acronym with letters of its own
    (``own_by``: node -> paper id -> :data:`OwnLetters`) that joined an entity holding a long form, its phrases
    :func:`foreign` to the entity's names, the entity named no other way in the paper (the letters as another type
    aside), the paper not split from it already."""
    out = []
    for n, papers in own_by.items():
        eid = table.node_eid.get(n)
        ent = table.entities.get(eid) if eid is not None else None
        names = (ent.name, *ent.aliases) if ent is not None else ()
        if ent is None or not _long_form(names):
            continue
        out += [(eid, pid, text, n[1]) for pid, (text, phrases, others) in sorted(papers.items())
                if (eid, pid) not in table.own and foreign(phrases, names)
                and not any(table.node_eid.get(o) == eid for o in others)]
    return out


def _folded(acro: str) -> str:
    """An acronym as written, in lower case, without a plural "s" ("uRNNs" -> "urnn"; "U-RNN" -> "u-rnn")."""
    core = acro[:-1] if len(acro) > 2 and acro.endswith("s") and not acro[-2].islower() else acro
    return core.lower()


def _definers(table: LinkTable, acronyms: dict[NodeKey, set[str]], def_months: dict[NodeKey, int],
               earlier: dict) -> dict[str, list[tuple[str, int | None]]]:
    """Entity id -> the acronyms its definers write, with the month the first was written (``acronyms``,
    ``def_months``; :func:`coined_uses`); an entity of a build this one is appended to (``earlier``) adds its names
    written like an acronym, of no month: written before any paper of this build."""
    defined: dict[str, list[tuple[str, int | None]]] = {}
    for ln, forms in acronyms.items():
        eid = table.node_eid.get(ln)
        if eid is not None:
            defined.setdefault(eid, []).extend((f, def_months.get(ln, 0)) for f in forms)
    for eid, ent in earlier.items():
        olds = sorted(a for a in {ent.name, *ent.aliases} if acronym_shaped(a))
        if olds:
            defined.setdefault(eid, []).extend((a, None) for a in olds)
    return defined


def coined_uses(table: LinkTable, coined_by: dict[NodeKey, dict[str, CoinedLetters]],
                acronyms: dict[NodeKey, set[str]], def_months: dict[NodeKey, int],
                key, earlier: dict | None = None) -> list[tuple[str, str, str, str]]:
    """(entity id, paper id, acronym as written, its key) of each paper coining an acronym it uses bare by a naming
    cue (``coined_by``: node -> paper id -> :data:`CoinedLetters`) that joined an entity through other papers'
    definitions of its letters (``acronyms``: long-form node -> the acronyms written for it; ``def_months``: the
    month its first definer was written; ``earlier``: the entities of a build this one is appended to, whose names
    written like an acronym count as definers' forms written before: :func:`_definers`), where the paper names its
    own thing: it writes the letters otherwise than
    every definer beyond case and a plural ("U-RNN" where they write "uRNNs"), was written after each of those
    long forms got its letters (:func:`~kg.link.dates.written_before`: a definer later than the coinage may spell
    the coined name out its own way), and names the entity no other way (its long form unwritten)."""
    defined = _definers(table, acronyms, def_months, earlier or {})
    out = []
    for n, papers in coined_by.items():
        eid = table.node_eid.get(n)
        theirs = [(f, m) for f, m in defined.get(eid, ()) if key(f) == n[1]] if eid is not None else []
        if not theirs:
            continue
        for pid, (text, month, others) in sorted(papers.items()):
            if (eid, pid) in table.own or any(table.node_eid.get(o) == eid for o in others):
                continue
            if all(_folded(f) != _folded(text) and (m is None or written_before(m, month)) for f, m in theirs):
                out.append((eid, pid, text, n[1]))
    return out


def _split_already(table: LinkTable, *by: dict[NodeKey, dict]) -> dict[str, set[str]]:
    """Key -> the papers writing its letters bare (``by``: node -> paper id -> ...) that have an entity of their own
    in place of the one the letters joined already (``table.own``: a later coinage of them, :mod:`kg.link.coinages`)."""
    done: dict[str, set[str]] = {}
    for papers_by in by:
        for n, papers in papers_by.items():
            eid = table.node_eid.get(n)
            done.setdefault(n[1], set()).update(pid for pid in papers if (eid, pid) in table.own)
    return done


def split_own_letters(table: LinkTable, own_by: dict[NodeKey, dict[str, OwnLetters]], letters_df: Counter,
                      taken=(), coined: Iterable[tuple[str, str, str, str]] = (),
                      coined_by: dict[NodeKey, dict[str, CoinedLetters]] | None = None) -> list[str]:
    """Give the papers writing an acronym with letters of their own (:func:`_own_uses`), or coining it in a form of
    their own (``coined``: :func:`coined_uses`), an entity of their own in
    place of the entity holding a long form the acronym joined: ``table.own`` gets (entity id, paper id) -> the
    papers' entity (one per entity). Only where every paper whose mentions link to the letters (``letters_df``:
    the papers of each key, after their own definitions) is such a paper, or has an entity of its own already (a later
    coinage of the letters among ``coined_by``, :func:`_split_already`): the papers' entity, named by the letters,
    would take the others' mentions in a build appended to this one; a coined form, which no definer writes, is no
    name of the entity left. Returns the names split ("type:name")."""
    coined = list(coined)
    uses = list(dict.fromkeys([*_own_uses(table, own_by), *coined]))
    own = _split_already(table, own_by, coined_by or {})
    for _, pid, _, k in uses:
        own.setdefault(k, set()).add(pid)
    groups: dict[str, list[tuple[str, str]]] = {}  # entity -> (paper, acronym as written)
    for eid, pid, text, k in uses:
        if len(own[k]) >= letters_df.get(k, 0):
            groups.setdefault(eid, []).append((pid, text))
    used = set(table.entities) | set(taken)
    split: list[str] = []
    for eid, group in sorted(groups.items()):
        ent = table.entities[eid]
        counts = Counter(text for _, text in group)
        name = min(counts, key=lambda t: (-counts[t], t))
        own_entity(table, eid, ent, name, sorted({pid for pid, _ in group}), used)
        ent.aliases -= {text for e, pid, text, _ in coined if e == eid and (pid, text) in group}
        split.append(f"{ent.type.value}:{name}")
    return split
