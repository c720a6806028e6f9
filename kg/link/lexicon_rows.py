"""Checks of lexicon rows: an alias or canonical that would make the linker join different things.

The shipped lexicons (``kg/data/lexicons``) are priors of the linker: every name of a row joins the
row's canonical entity. A bad row therefore merges things all over a corpus. ``scripts/build_lexicons.py``
drops what these checks flag from the generated files, and the tests hold the curated files to them:

- **function words**: an alias that is the canonical plus function words ("ImageNet with a" of
  "ImageNet-A" when hyphens and spaces are set aside): prose around a name, not a name;
- **version**: an alias of the same base name as the canonical with other version or size numbers
  ("DAVIS 2017" of "DAVIS", "CUB-200" of "CUB-200-2011"): versions are entries of their own;
- **version-less**: an alias without numbers of a numbered canonical whose base name another entry
  of the lexicon carries with other numbers ("DAVIS" of "DAVIS 2017" beside "DAVIS 2016"): the alias
  could be either;
- **ordinary word**: a short alias in capitals that is a common English word ("USE", "ALL") in a
  row matched in any case, or a licence name (:data:`LICENCE_WORDS`: "BSD" of "Beam-Splitter Deblurring" matches "BSD license");
- **modifier**: a Metric canonical that is a scope modifier and another entry's name ("Trainable
  Parameters" beside "parameters", :data:`SCOPE_MODIFIERS`): a duplicate, left to the other entry;
- **variant**: in a Method or Dataset row, an alias that is the canonical with a qualifying modifier before it
  whose own acronym the row holds ("restricted Boltzmann machine" and "RBM" of "Boltzmann machine"): letters
  spelling the modifier too name the variant as a thing of its own (:func:`variant_problem`); a Task or Metric
  narrowed so ("automatic speech recognition (ASR)") is still the task;
- **sentence**: a canonical that reads as a clause (a pronoun or demonstrative, or more than
  :data:`MAX_WORDS` words: "comprehensively evaluate this method on several benchmarks").
"""
from __future__ import annotations

import re
from typing import Iterable

from kg.extract.acronym_letters import initials
from kg.extract.ordinary_words import load_words
from kg.extract.words import BAD_MODIFIERS
from kg.link.coinages import singular_letters
from kg.link.normalize import FUNCTION_WORDS

#: Longest canonical name, in words.
MAX_WORDS = 8
#: Words that make a phrase a clause, not a name.
CLAUSE_WORDS = frozenset("this these those we our us it its their they he she his her you your".split())
#: Modifiers that make a measure no other measure ("Trainable Parameters" are parameters, "Final Accuracy"
#: is accuracy); "mean" and "average" are left alone ("Average Recall", "mean AP" are measures of their own).
SCOPE_MODIFIERS = ("trainable", "learnable", "total", "number of", "final", "global")
#: Software licence names (a name followed by "license" in papers names a licence, not a thing studied).
LICENCE_WORDS = frozenset("bsd mit gpl lgpl agpl apache mpl cc epl".split())

_WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_BASE = re.compile(r"[^\W\d_]+")


def common_words() -> frozenset[str]:
    """The shipped list of common lower-case English words (``common_english.txt``), read once per process by
    :func:`kg.extract.ordinary_words.load_words`."""
    return load_words()


def verb_words() -> frozenset[str]:
    """The shipped list of words abstracts mostly use as verbs (``verb_words.txt``; :func:`common_words`)."""
    return load_words("verb_words.txt")


def words(name: str) -> list[str]:
    """The lower-case words of a name, hyphens and spaces set aside ("ImageNet-A" -> imagenet, a)."""
    return [w.lower() for w in _WORD.findall(name)]


def _number(n: str) -> str:
    """A number as versions are compared: a year by its last two digits, "2.0" as "2", "0.5" as "50"."""
    if "." in n:
        x = float(n)
        return str(round(x * 100)) if x < 1 else (str(int(x)) if x == int(x) else n)
    if len(n) == 4 and n[:2] in ("19", "20"):
        n = n[2:]
    return n.lstrip("0") or "0"


def numbers(name: str) -> tuple[str, ...]:
    """The numbers written in a name, as versions are compared ("CUB-200-2011" -> 200, 11; "SQuAD v1.1" -> 1.1;
    "WMT 2014" and "WMT14" -> 14)."""
    return tuple(_number(n) for n in _NUMBER.findall(name))


def base(name: str) -> str:
    """The letters of a name before its first number, lower case: what its versions share ("DAVIS 2017",
    "DAVIS-2016" -> davis; "Oxford Flowers-102" -> oxfordflowers)."""
    m = re.match(r"[^\d]*", name)
    b = "".join(_BASE.findall(m.group(0))).lower() if m else ""
    return b[:-1] if len(b) > 2 and b.endswith("v") and m.group(0).rstrip(" -").endswith(("v", "V")) else b


def _versioned(name: str) -> bool:
    """A name that is a base name and numbers only ("DAVIS 2017", "ResNet-50", "SQuAD v1.1", "WebVid-10M";
    not "Atari 2600 Name This Game")."""
    m = re.match(r"[^\d]*", name)
    rest = name[m.end():] if m else name
    return bool(rest) and all(len(w) <= 2 for w in _BASE.findall(rest))


def alias_problem(canonical: str, alias: str, versions: dict[str, set[tuple[str, ...]]] | None = None,
                  any_case: bool = True) -> str | None:
    """Why ``alias`` must not be a name of the entry ``canonical`` (None when it may).

    ``versions``: base name -> the number tuples the lexicon's canonicals carry with it; ``any_case``:
    the row matches in any case (a capitalised common word then matches prose).

    >>> alias_problem("ImageNet-A", "ImageNet with a"), alias_problem("DAVIS", "DAVIS 2017")
    ('function words', 'version')
    >>> alias_problem("Beam-Splitter Deblurring", "BSD"), alias_problem("ImageNet-1K", "ILSVRC-2012")
    ('ordinary word', None)
    """
    cw, aw = words(canonical), words(alias)
    extra = [w for w in aw if w in FUNCTION_WORDS]
    if extra and [w for w in aw if w not in FUNCTION_WORDS] == [w for w in cw if w not in FUNCTION_WORDS] \
            and len(extra) > sum(w in FUNCTION_WORDS for w in cw):
        return "function words"
    same_base = base(alias) == base(canonical) and bool(base(alias))
    na, nc = numbers(alias), numbers(canonical)
    if same_base and na and na != nc:
        return "version"
    if same_base and nc and not na and len((versions or {}).get(base(canonical), ())) > 1:
        return "version-less"
    low = alias.lower()
    if alias.isupper() and alias.isalpha() and len(alias) <= 5 and \
            (low in LICENCE_WORDS or (any_case and len(alias) >= 3 and low in common_words())):
        return "ordinary word"
    return None


#: The types whose rows a prefixed variant with letters of its own leaves (:func:`variant_problem`).
VARIANT_TYPES = frozenset({"Method", "Dataset"})


def _prefixed(canonical: str, alias: str) -> list[str] | None:
    """The words ``alias`` puts before ``canonical``'s (a plural of the last word aside: "restricted Boltzmann
    machines"), None when it is not the canonical with words before it."""
    cw, aw = words(canonical), words(alias)
    if cw and len(aw) > len(cw) and aw[-1] == cw[-1] + "s":
        aw = aw[:-1] + [cw[-1]]
    if not cw or len(aw) <= len(cw) or aw[-len(cw):] != cw:
        return None
    return aw[:-len(cw)]


def _letters(alias: str) -> str | None:
    """An alias's letters when it is an acronym (one word, two capitals or more, a plural "s" aside), lower case."""
    core = singular_letters(alias)
    if " " in core or sum(c.isupper() for c in core) < 2:
        return None
    return "".join(words(core))


def variant_letters(canonical: str, alias: str, aliases: Iterable[str]) -> set[str]:
    """The row's ``aliases`` that are acronyms of ``alias`` as a variant of its own beside ``canonical``: the
    canonical's words with words before them that do not just grade it (a prior of the extractor's,
    :data:`~kg.extract.words.BAD_MODIFIERS`: "deep", "standard"), acronyms spelling the alias's words' initials
    and not the canonical's; none when the row also lists the canonical's own letters ("CNN" beside "DCNN")."""
    extra = _prefixed(canonical, alias)
    if not extra or all(w in BAD_MODIFIERS for w in extra):
        return set()
    own, base = initials(alias.split()), initials(canonical.split())
    letters = {a: _letters(a) for a in aliases}
    if base in letters.values():
        return set()
    return {a for a, got in letters.items() if got == own and got != base}


def variant_problem(canonical: str, alias: str, aliases: Iterable[str]) -> str | None:
    """Why ``alias`` names a variant of its own beside ``canonical`` (:func:`variant_letters`): the variant's long
    form, or the acronym of one (None when it is neither).

    >>> variant_problem("quokka machine", "restricted quokka machine", ["RQM"])
    'variant'
    >>> variant_problem("quokka machine", "RQM", ["restricted quokka machine", "RQM"])
    'variant'
    >>> variant_problem("quokka machine", "restricted quokka machine", ["QM"])
    >>> variant_problem("QuokSet", "MS QuokSet", ["MSQuokSet"])
    """
    aliases = list(aliases)
    if variant_letters(canonical, alias, aliases):
        return "variant"
    if any(alias in variant_letters(canonical, a, aliases) for a in aliases if a != alias):
        return "variant"
    return None


def canonical_problem(canonical: str) -> str | None:
    """Why a canonical name is no name (None when it is one).

    >>> canonical_problem("comprehensively evaluate this method on several benchmarks"), canonical_problem("DAVIS 2017")
    ('sentence', None)
    """
    lower = [w for w in _WORD.findall(canonical) if w.islower()]
    if len(canonical.split()) > MAX_WORDS or (len(canonical.split()) >= 3 and any(w in CLAUSE_WORDS for w in lower)):
        return "sentence"
    return None


def version_table(rows: Iterable[tuple[str, Iterable[str]]]) -> dict[str, set[tuple[str, ...]]]:
    """Base name -> the number tuples of the canonicals carrying it (``rows``: canonical, aliases)."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for canonical, _ in rows:
        b = base(canonical)
        if b and (_versioned(canonical) or not numbers(canonical)):
            out.setdefault(b, set()).add(numbers(canonical))
    return out


def row_problems(rows: list[tuple], kind: str = "") -> list[tuple[str, str, str]]:
    """Every problem of some rows (canonical, aliases[, any_case]) of the type ``kind``: ``(canonical, alias or "",
    why)``."""
    versions = version_table((r[0], r[1]) for r in rows)
    out = []
    for canonical, aliases, *case in rows:
        why = canonical_problem(canonical)
        if why:
            out.append((canonical, "", why))
        for a in aliases:
            why = alias_problem(canonical, a, versions, case[0] if case else True) \
                or (variant_problem(canonical, a, aliases) if kind in VARIANT_TYPES else None)
            if why:
                out.append((canonical, a, why))
    return out


def modified_name(canonical: str, names: set[str]) -> str | None:
    """The name (a :func:`words` key, space-joined) that ``canonical`` is with a scope modifier before it,
    if ``names`` holds it.

    >>> modified_name("Trainable Parameters", {"parameters"}), modified_name("Average Recall", {"recall"})
    ('parameters', None)
    """
    low = " ".join(words(canonical))
    for m in SCOPE_MODIFIERS:
        if low.startswith(m + " ") and low[len(m) + 1:] in names:
            return low[len(m) + 1:]
    return None
