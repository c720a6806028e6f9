"""A bare name the corpus writes mostly as the first part of longer dataset names is a series, not one dataset.

"QuokEval" opens "QuokEval-2015 Task 3", "QuokEval 2017" and "QuokEval Twitter", and papers write the bare name
for whichever of them they use: the workshop, an edition, one task's data. Linking every bare use to one node
makes a Dataset of many things. Corpus statistics tell a series prefix (:func:`series_members`): many distinct
longer Dataset names start with it (a separator or a digit after it), and the papers writing those outnumber the
papers writing it bare (a name used bare in its own right, "KITTI" beside "KITTI 2015", is written bare more).
In a paper that also names exactly one dataset of the series, the bare mentions are that dataset
(:func:`paper_series`), unless a count before a bare use says it names several ("three QuokEval languages") or
a sentence names both (two things side by side); elsewhere the bare name stays its own node, and it is never an alias of one edition.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from kg.extract.words import COUNT_WORDS
from kg.models import Entity, Extraction, Mention
from kg.vocab import EntityType

#: fewest distinct longer Dataset names opening with a name for it to be a series prefix
SERIES_MIN = 5
#: the papers writing the longer names outnumber those writing the bare name this many times
SERIES_SHARE = 3
#: what may follow a series prefix inside a longer name: a separator, an apostrophe or a digit
_CONTINUES = re.compile(r"[\s\-_'\u2019\d]")


def series_members(entities: dict[str, Entity], index_eid: dict, name_df: Counter) -> dict[str, frozenset[str]]:
    """Each series prefix's entity -> the Dataset entities of its longer names (see the module docstring);
    ``index_eid``: (type, key) -> entity, ``name_df``: papers writing each name key.

    >>> D = EntityType.DATASET
    >>> ents = {f"d:{n}": Entity(f"d:{n}", D, n) for n in ("Quok", "Quok-1", "Quok 2", "Quok3", "Quok'04", "Quok V",
    ...                                                     "Quokka", "Wom", "Wom-1")}
    >>> index = {(D, e.name.lower()): e.id for e in ents.values()}
    >>> df = Counter({k: 9 if k == "wom" else 2 for _, k in index})
    >>> {k: sorted(v) for k, v in series_members(ents, index, df).items()}
    {'d:Quok': ['d:Quok 2', 'd:Quok V', "d:Quok'04", 'd:Quok-1', 'd:Quok3']}
    """
    papers: Counter = Counter()
    for (t, k), eid in index_eid.items():
        if t is EntityType.DATASET:
            papers[eid] = max(papers[eid], name_df[k])
    forms = sorted({(f.lower(), eid) for eid, e in entities.items() if e.type is EntityType.DATASET
                    for f in (e.name, *e.aliases)})
    keys = [f for f, _ in forms]
    out: dict[str, frozenset[str]] = {}
    for eid, e in entities.items():
        if e.type is not EntityType.DATASET or " " in e.name or not e.name[:1].isalpha():
            continue
        bare = e.name.lower()
        members = set()
        for i in range(bisect_left(keys, bare), len(keys)):
            if not keys[i].startswith(bare):
                break
            if forms[i][1] != eid and _CONTINUES.match(keys[i], len(bare)):
                members.add(forms[i][1])
        if len(members) >= SERIES_MIN and papers[eid] * SERIES_SHARE <= sum(papers[m] for m in members):
            out[eid] = frozenset(members)
    return out


#: a count or quantifier right before a bare series name: it names several datasets of the series ("on three
#: QuokEval languages", "two QuokMT language pairs", "multiple QuokMT directions"); a year is no count ("In 2015
#: QuokEval was run")
_SEVERAL_BEFORE = re.compile(rf"(?:\b(?:(?!(?:1[89]|20)\d\d\b)\d+|{COUNT_WORDS}|all|both)\s+)$", re.I)
#: what a derived copy of a dataset adds to its name: a hyphen and one or two capitals ("QuokEval-C" corrupted,
#: "-A" adversarial, "-LT" long-tailed); its base is a dataset of its own, not a series prefix
_VARIANT_TAIL = re.compile(r"-[A-Z]{1,2}")
#: the end of the sentence before a position, and the end of the one a position is in
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9\"'(\[])")


def paper_series(series: dict[str, frozenset[str]], ex: Extraction, mentions: list[Mention],
                 eids: list[str | None]) -> dict[str, str]:
    """Each series prefix the paper writes bare -> the one dataset of its series the paper names (``eids``: each
    mention's entity). None when the paper names several, writes a bare use with a count before it ("three
    QuokEval languages": the series) or names the dataset in a sentence with a bare use (two things side by
    side: "on QuokEval and QuokEval3D+"), or names a variant the bare name is the base of ("QuokEval-C")."""
    out: dict[str, str] = {}
    for eid in {e for e in eids if e in series}:
        named = {e for e in eids if e in series[eid]}
        if len(named) != 1:
            continue
        member = next(iter(named))
        bare = [m for m, e in zip(mentions, eids) if e == eid]
        own = [m for m, e in zip(mentions, eids) if e == member]
        if any(_VARIANT_TAIL.fullmatch(o.text, len(m.text)) and o.text.lower().startswith(m.text.lower())
               for m in bare for o in own):
            continue  # "Quokeval" beside "Quokeval-C": the base of a variant
        text = {f: getattr(ex.paper, f) or "" for f in {m.field for m in bare + own}}
        if any(_SEVERAL_BEFORE.search(text[m.field], max(0, m.start - 20), m.start) for m in bare):
            continue
        if any(_sentence(text[m.field], m.start) == _sentence(text[o.field], o.start) and m.field == o.field
               for m in bare for o in own):
            continue
        out[eid] = member
    return out


def _sentence(text: str, at: int) -> int:
    """The start of the sentence ``text`` has at ``at`` (after the last sentence end before it)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, at):
        start = m.end()
    return start
