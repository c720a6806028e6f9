"""One entity per cluster: its id, its name (lexicon name, long form, most frequent surface form) and
aliases, and the table of decisions by name that phase 3 applies."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Callable, Iterable

from kg.extract.lexicon_data import lexicon_names
from kg.graph.ids import free_id, node_id
from kg.link.lexicon_rows import common_words
from kg.link.normalize import FUNCTION_WORDS, INLINE_ACRONYM, singular
from kg.link.nodes import Node, NodeTable
from kg.link.summary import LinkTable
from kg.link.tables import Clusters, RunTables
from kg.models import Entity
from kg.vocab import EntityType

_SINGULAR_NAMES = (EntityType.METHOD, EntityType.TASK)


def _plural_last(name: str) -> bool:
    last = name.rsplit(" ", 1)[-1]
    return singular(last) != last


def _title_cased(name: str) -> bool:
    """Two or more words, each word that starts with a letter capitalised ("Image Recognition",
    "3D Object Detection"), not all capitals."""
    words = [w for w in name.split() if w[:1].isalpha()]
    return len(name.split()) >= 2 and bool(words) and all(w[0].isupper() for w in words) \
        and any(w[1:].islower() for w in words)


#: A line-break hyphen PDF conversion kept inside a capitalised word: "Shang-haiTech", "Lib-riSpeech" (a
#: capitalised part, a hyphen, lower-case letters run straight into a capital). Real names hyphenate
#: whole words ("Dogs-in-the-Wild", "Mask-RCNN"), never a lower-case piece glued to the next capital.
#: The piece after the hyphen is read to the end of its letters: when both sides are known words the hyphen
#: joins two words and the capital is an acronym's letter ("Edge-aTtention", "Target-driveN").
_BROKEN_WORD = re.compile(r"\b([A-Z][a-z]+)-([a-z]+)(?=([A-Z][A-Za-z]*))")
_LETTERS = re.compile(r"[A-Za-z]{3,}")
#: English bound prefixes, written with or without a hyphen: a hyphen after one is the writer's choice.
_PREFIXES = frozenset("a ante anti auto bi co counter cross de dis extra hyper in inter intra macro micro mid "
                      "mis mono multi non over poly post pre pro pseudo re self semi sub super trans tri ultra "
                      "un under uni".split())


#: Two letter runs of one case pattern joined by a hyphen ("Gen-eral", "PAS-CAL", "hy-pernyms").
_HYPHENED = re.compile(r"(?<![\w-])([A-Z]?[a-z]+|[A-Z]{3,})-([a-z]+|[A-Z]{3,})(?!\w)")


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Lower-case words kg knows to be whole: the common English words and every word of three or more
    letters in a shipped lexicon name ("pascal" of PASCAL VOC, "general" of ordinary English)."""
    known = set(common_words())
    for name in lexicon_names():
        known.update(w.lower() for w in _LETTERS.findall(name))
    return frozenset(known)


def _rejoined(m: re.Match) -> str:
    """One hyphened pair joined when the whole is a known word and neither part a common one."""
    a, b = m.group(1), m.group(2)
    if a.isupper() != b.isupper() and not (a[0].isupper() and a[1:].islower() and b.islower()):
        return m.group(0)  # "Mask-RCNN", "Re-ID": parts of other shapes are words of a name
    # parts in capitals must be no word of any name ("MSR-VTT", "EUR-LEX" are two names' words); others
    # no common word and no bound prefix English writes with a hyphen ("Auto-encoder", "Bi-directional")
    stop = known_words() if a.isupper() else common_words() | _PREFIXES
    if (a + b).lower() in known_words() and a.lower() not in stop and b.lower() not in stop:
        return a + b
    return m.group(0)


def unbroken(name: str) -> str:
    """A name without the line-break hyphens PDF conversion left inside its words.

    A capitalised part glued to the next capital ("Shang-haiTech"), or two parts that are no words
    while the whole is one ("Gen-eral-Purpose", "PAS-CAL"); hyphened words stay ("Dogs-in-the-Wild",
    "Semi-Supervised", "Pre-training").

    >>> unbroken("Shang-haiTech Part B"), unbroken("Dogs-in-the-Wild"), unbroken("Lib-riSpeech")
    ('ShanghaiTech Part B', 'Dogs-in-the-Wild', 'LibriSpeech')
    >>> unbroken("Gen-eral-Purpose Hypernym Discovery"), unbroken("Pre-training"), unbroken("Edge-aTtention")
    ('General-Purpose Hypernym Discovery', 'Pre-training', 'Edge-aTtention')
    """
    if "-" not in name:
        return name
    return _HYPHENED.sub(_rejoined, _BROKEN_WORD.sub(_glued_back, name))


def _glued_back(m: re.Match) -> str:
    """A capitalised part and the lower-case piece after its hyphen joined, unless both sides are known words
    (the capital then marks an acronym's letter: "Edge-aTtention" of ET, "Transformer-iN-Transformer")."""
    known = known_words()
    if m.group(1).lower() in known and (m.group(2) + m.group(3)).lower() in known:
        return m.group(0)
    return m.group(1) + m.group(2)


#: A word of letters, possibly hyphened ("self-training", "squeeze-and-excitation").
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
#: How often the corpus must write a word with a hyphen ("self-training") before one written without it
#: ("selftraining", a line-break hyphen the PDF conversion dropped) takes the hyphen in a name: in at
#: least ``HYPHEN_MIN`` papers, and ``HYPHEN_RATIO`` times as many as write it joined.
HYPHEN_MIN = 2
HYPHEN_RATIO = 3


def hyphen_spellings(counts: Iterable[tuple[str, int]]) -> dict[str, str]:
    """The corpus's hyphened spelling of words its names write joined only by mistake: ``joined ->
    "a-b"`` when the texts of ``counts`` (text, papers or mentions) write "a-b" (parts of two and three
    letters or more, alone or in a longer chain: "squeeze-and-excitation") at least :data:`HYPHEN_MIN`
    times and :data:`HYPHEN_RATIO` times as often as "ab".

    >>> hyphen_spellings([("self-training", 5), ("deep self-training", 2), ("selftraining", 1)])
    {'selftraining': 'self-training'}
    """
    hyphened: dict[str, Counter] = defaultdict(Counter)
    plain: Counter = Counter()
    for s, c in counts:
        for w in _WORD.findall(s):
            lw = w.lower()
            if "-" not in lw:
                plain[lw] += c
                continue
            parts = lw.split("-")
            for a, b in zip(parts, parts[1:]):
                if len(a) >= 2 and len(b) >= 3:
                    hyphened[a + b][f"{a}-{b}"] += c
    out = {}
    for joined, forms in sorted(hyphened.items()):
        n = sum(forms.values())
        if n >= HYPHEN_MIN and n >= HYPHEN_RATIO * max(plain[joined], 1):
            out[joined] = min(forms, key=lambda f: (-forms[f], f))
    for joined, spelling in _participle_joins(hyphened, plain).items():
        out.setdefault(joined, spelling)
    return out


#: How many different words the corpus must write before a participle with a hyphen ("attention-based",
#: "graph-based", ...) for the participle to be a compound's tail a line break can glue on ("Cellbased").
TAIL_HEADS = 5


def _participle_joins(hyphened: dict[str, Counter], plain: Counter) -> dict[str, str]:
    """Joined words ("stackaugmented") that are a word the corpus writes alone and a participle it writes
    after a hyphen behind :data:`TAIL_HEADS` different words ("-augmented", "-based"), the whole no known
    word and the head no bound prefix ("Multiscaled", "Unsupervised" stay): ``joined -> "head-tail"``.
    English hyphenates such a noun-participle compound, so the joined spelling is a line break's loss."""
    heads: dict[str, set[str]] = defaultdict(set)
    for forms in hyphened.values():
        for form in forms:
            head, _, tail = form.rpartition("-")
            if tail.endswith("ed"):
                heads[tail].add(head)
    tails = {t for t, hs in heads.items() if len(hs) >= TAIL_HEADS}
    out = {}
    for w in plain:
        if not w.endswith("ed") or w in known_words():
            continue
        for i in range(3, len(w) - 3):
            if w[i:] in tails and plain[w[:i]] >= HYPHEN_MIN and w[:i] not in _PREFIXES:
                out[w] = f"{w[:i]}-{w[i:]}"
                break
    return out


def _no_coinage(spelling: str) -> bool:
    """Whether a hyphened spelling is no author's coinage when written joined and capitalised: the hyphen
    sets off a function word ("Squeezeand-Excitation") or a participle after a word no bound prefix
    ("Stackaugmented" for "Stack-augmented"; "Multiscaled" may be coined)."""
    parts = spelling.split("-")
    return any(p in FUNCTION_WORDS for p in parts) or (
        len(parts) == 2 and parts[1].endswith("ed") and parts[0] not in _PREFIXES)


def rehyphened(name: str, spellings: dict[str, str]) -> str:
    """``name`` with each lower-case word the corpus writes hyphened (:func:`hyphen_spellings`) given
    its hyphen ("class-balanced selftraining" -> "class-balanced self-training"). A capitalised word
    may be the author's coinage ("Crossview Fork", "Multiscale Vision Transformers") and stays, unless
    it is none (:func:`_no_coinage`: "Squeezeand-Excitation", "Stackaugmented"); words of other shapes
    ("MultiNLI") are names and stay.

    >>> rehyphened("Selftraining with selftraining", {"selftraining": "self-training"})
    'Selftraining with self-training'
    >>> rehyphened("Visionand-Language", {"visionand": "vision-and"})
    'Vision-and-Language'
    """
    def fix(m: re.Match) -> str:
        w = m.group(0)
        h = spellings.get(w.lower())
        if h is None or not (w.islower() or (w[0].isupper() and w[1:].islower() and _no_coinage(h))):
            return w
        return h[0].upper() + h[1:] if w[0].isupper() else h

    return re.sub(r"(?<!\w)[A-Za-z]+(?!\w)", fix, name) if spellings else name


#: A lower-case letter followed by a capital inside a word ("VoxLingua", "mAP", "CvT").
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def _letters_of(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def _headline(caps: str, other: str) -> bool:
    """Whether ``caps`` is a phrase of ordinary words set in capitals ("RESIDUAL LEARNING": two words of
    three letters or more, every word with letters all letters) that ``other`` writes with no word
    in capitals ("residual learning"; not "PASCAL VOC 2007" against "Pascal VOC 2007")."""
    words = [w for w in re.split(r"[\s\-]+", caps) if any(c.isalpha() for c in w)]
    return len(words) >= 2 and all(w.isalpha() and len(w) >= 3 for w in words) \
        and not any(sum(c.isupper() for c in w) >= 2 for w in re.split(r"[\s\-]+", other))


def written_case(best: str, pool: dict[str, int]) -> str:
    """A name in capitals (a title set in capitals) gives way to a spelling of the same letters the
    corpus writes with lower-case letters, at least half as often, when that spelling has a capital
    inside a word ("VoxLingua107" for "VOXLINGUA107", "mAP") or the capitals are a headline of
    ordinary words (:func:`_headline`). Acronyms stay ("BERT" over "Bert", "CIFAR-10" over "Cifar-10").

    >>> written_case("VOXLINGUA107", {"VOXLINGUA107": 1, "VoxLingua107": 1}), written_case("BERT", {"BERT": 3, "Bert": 3})
    ('VoxLingua107', 'BERT')
    """
    if not best.isupper():
        return best
    want = _letters_of(best)
    alts = [s for s in pool if not s.isupper() and _letters_of(s) == want and 2 * pool[s] >= pool[best]
            and (_INNER_CAPITAL.search(s) or _headline(best, s))]
    return min(alts, key=lambda s: (-pool[s], s)) if alts else best


def task_out_of_capitals(name: str) -> str:
    """A Task the corpus writes only in capitals (a title set in capitals) named as running text names a task:
    its words in lower case, but a word a shipped lexicon name writes in capitals ("RGB", "QA") or that is no
    short word kg does not know (an acronym: "KBQA") stays, and so does a single letter ("3D").

    >>> task_out_of_capitals("LONG-RANGE SEQUENCE MODELLING"), task_out_of_capitals("RGB-D SALIENCY DETECTION")
    ('long-range sequence modelling', 'RGB-D saliency detection')
    >>> task_out_of_capitals("3D HUMAN POSE ESTIMATION"), task_out_of_capitals("VQA"), task_out_of_capitals("Video QA")
    ('3D human pose estimation', 'VQA', 'Video QA')
    """
    if not name.isupper() or len(name.split()) < 2:
        return name
    caps, known = capital_words(), known_words()

    def word(m: re.Match) -> str:
        w = m.group()
        return w if len(w) == 1 or w in caps or (len(w) <= 4 and w.lower() not in known) else w.lower()
    return re.sub(r"[^\W\d_]+", word, name)


@lru_cache(maxsize=1)
def capital_words() -> frozenset[str]:
    """Words of two letters or more that a shipped lexicon name with lower-case letters writes in capitals ("RGB" of
    "RGB-D Salient Object Detection", "QA" of "Video QA")."""
    return frozenset(w for name in lexicon_names() if not name.isupper()  # a name in capitals is a headline
                     for w in re.findall(r"[A-Za-z]{2,}", name) if w.isupper())


#: A word glued from a lower-case letter and a capital with no space ("DeepCNNs", "ResNet", "mAP").
_GLUED_WORD = re.compile(r"[^\W_]*[a-z][A-Z][^\W_]*")
_PLAIN_WORD = re.compile(r"[^\W_]+")


def _drop_unwritten_glued(pool: dict[str, int], group: list[int], surf: dict[int, dict[str, int]]) -> None:
    """Take out of ``pool`` (lexicon names) a spelling with a glued word ("DeepCNNs", a generated row) that no
    mention of the cluster writes as one word: the papers write "Deep CNNs", so a written name names it
    ("MovieLens-1M" stays for papers writing "MovieLens 1M")."""
    names = [n for n in pool if _GLUED_WORD.search(n)]
    if not names:
        return
    written = {w.lower() for i in group for s in surf.get(i, {}) for w in _PLAIN_WORD.findall(s)}
    for name in names:
        if any(w.lower() not in written for w in _GLUED_WORD.findall(name)):
            del pool[name]


#: Generic kind words a coined name may be written with or without ("the Foo architecture"): when other
#: mentions write the name without one, or its acronym does not spell it, the name drops it. Not "network",
#: "model", "system" ("Dual Network", "Dense Model" name the thing itself).
_KIND_WORDS = frozenset("algorithm approach architecture framework mechanism method module scheme strategy "
                        "technique".split())
_INITIALS = re.compile(r"(?<![^\s\-])[A-Za-z]")


def _kind_dropped(best: str, written: Iterable[str], acronyms: Iterable[str]) -> str:
    """``best`` without a trailing kind word (:data:`_KIND_WORDS`) when the rest is a name (a capitalised
    word in it, or two words or more; its last word no adjective: "Differentiable architecture" stays) and
    either a mention of the cluster writes the rest alone ("Zeta Pooling" beside "Zeta Pooling architecture")
    or an acronym of the cluster spells the rest's initials and not the kind word's ("ZP" of "Zeta Pooling
    Module"; "ZPM" keeps it).

    >>> _kind_dropped("Zeta Pooling architecture", ["Zeta Pooling"], []), _kind_dropped("Zeta Pooling Module", [], ["ZPM"])
    ('Zeta Pooling', 'Zeta Pooling Module')
    """
    from kg.extract.sources import adjective_only  # noqa: PLC0415 (sources imports the link package: no cycle here)

    head, _, last = best.rpartition(" ")
    if last.lower() not in _KIND_WORDS or not head or "(" in head:
        return best
    words = head.split()
    if not (any(w[:1].isupper() for w in words) or len(words) >= 2) or adjective_only(words[-1].lower()):
        return best
    if head.lower() in {w.lower() for w in written}:
        return head
    initials = "".join(_INITIALS.findall(head)).upper()
    for a in acronyms:
        letters = "".join(c for c in a if c.isalpha()).upper()
        if letters == initials:
            return head
    return best


def _singular_key(name: str) -> str:
    """A name compared without case, runs of space and a plural last word."""
    words = name.split()
    if words:
        words[-1] = singular(words[-1])
    return " ".join(words).lower()


class Naming(NodeTable):
    """Entities out of clusters."""

    def _entities(self, cl: Clusters, mapped: set[int], surf: dict[int, dict[str, int]],
                  lex_names: dict[int, Counter], tb: RunTables, existing: dict[str, Entity], words: Counter | None = None,
                  coined: frozenset[int] = frozenset()):
        """One entity per cluster with mentions; returns them and each node's entity id (or None).
        ``words``: papers per word of the corpus's texts (the summary's ``topic_df``), whose hyphened
        spellings repair names (:func:`hyphen_spellings`; the surface forms when not given). ``coined``: the nodes
        of one paper's coined "LONG (ACRO)", named LONG as the corpus's node of those words may be: theirs is the
        free id after that node's (the words' node keeps its id however few papers coin the name)."""
        members: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self._nodes)):
            members[cl.find(i)].append(i)
        live = [r for r, g in members.items() if any(i in mapped for i in g)]
        # anchored clusters first (their ids are fixed), coinages last, then by (type, smallest key)
        order = sorted(live, key=lambda r: (r not in cl.anchor, any(i in coined for i in members[r]),
                                            min(self._sort_key(i) for i in members[r])))
        taken: set[str] = set(existing)
        spellings = hyphen_spellings(words.items() if words else
                                     ((f, c) for forms in surf.values() for f, c in forms.items()))
        entities: dict[str, Entity] = {}
        eid_of: list[str | None] = [None] * len(self._nodes)
        split = self._split_keys(members[r] for r in live)
        for r in order:
            group = members[r]
            etype = self._nodes[r][0]
            eid = cl.anchor.get(r)
            if eid is not None:
                name = existing[eid].name
            else:
                name = self.canonical(etype, group, surf, lex_names, tb.long_forms, spellings, tb.acronyms)
                eid = free_id(node_id(etype, name), taken)
            keys = {self._nodes[i][1] for i in group}
            ent = Entity(id=eid, type=etype, name=name, type_votes=tb.votes.of(keys, {
                k: frozenset(split[k] - {etype}) for k in keys if k in split}))
            for i in group:
                ent.aliases.update(map(unbroken, surf.get(i, ())))  # not "neu-ral attention" (as in Apply.apply)
                ent.aliases.update(tb.acronyms.get(i, ()))
                eid_of[i] = eid
            entities[eid] = ent
        return entities, eid_of

    def _split_keys(self, groups: Iterable[list[int]]) -> dict[str, set[EntityType]]:
        """The names whose nodes of several types are entities (the type decisions kept them apart: "MAE" the
        Metric and "MAE" the Method, :meth:`~kg.link.types.TypeVotes.decide`) -> those types: each entity records
        its own type's votes of the name."""
        types: dict[str, set[EntityType]] = defaultdict(set)
        for group in groups:
            for i in group:
                if i not in self._dead:
                    t, k = self._nodes[i]
                    types[k].add(t)
        return {k: ts for k, ts in types.items() if len(ts) > 1}

    def canonical(self, etype: EntityType, group: list[int], surf: dict[int, dict[str, int]],
                  lex_names: dict[int, Counter], long_forms: set[int], spellings: dict[str, str] | None = None,
                  acronyms: dict[int, set[str]] | None = None) -> str:
        """The name of a cluster: lexicon name, else long form, else the most frequent surface form
        (whitespace runs in it made single spaces; a headline in capitals in the spelling of the body
        text, :func:`written_case`; a word that lost its hyphen given the corpus's, :func:`rehyphened`; a Method
        without a trailing kind word its other mentions or acronym leave out, :func:`_kind_dropped`). A Metric
        name joined to the measure it reports ("average PSNR" to PSNR) names no cluster that has the measure's
        own name."""
        pool: dict[str, int] = {}
        group = [i for i in group if i not in self._reports] or group

        def add(counts: dict[str, int], seen_only: bool = True) -> None:
            for s, c in counts.items():
                if c or not seen_only:
                    pool[s] = pool.get(s, 0) + c

        for i in group:
            if i in lex_names:
                add(lex_names[i])
        if pool:
            _drop_unwritten_glued(pool, group, surf)
        if pool:
            return " ".join(min(pool, key=lambda s: (-pool[s], s)).split())
        for i in group:
            if i in long_forms:
                add(surf[i])
        if not pool:
            for i in group:
                add(surf.get(i, {}))
        if not pool:
            for i in group:
                add(surf.get(i, {}), seen_only=False)
        if not pool:  # every linked node has a surface form; the smallest key is a last resort
            return min(self._nodes[i][1] for i in group)
        rank = form_rank(pool)
        return _final_form(etype, min(pool, key=rank), pool, rank,
                           (s for i in group for s in surf.get(i, ())),
                           (a for i in group for a in (acronyms or {}).get(i, ())), spellings)

    def _table(self, entities: dict[str, Entity], eid_of: list[str | None], pre: dict[Node, int],
               existing: dict[str, Entity]) -> LinkTable:
        """The decisions by name: each mention key's entity (its node followed through the type
        redirects) and each (type, key)'s entity of that type."""
        def follow(n: int) -> int:
            while n in self._moved:
                n = self._moved[n]
            return n

        node_eid = {k: eid for k, n in pre.items() if (eid := eid_of[follow(n)]) is not None}
        index_eid = {k: eid for k, n in self._index.items()
                     if (eid := eid_of[n]) is not None and entities[eid].type is k[0]}
        repos = {eid: e.name for eid, e in existing.items() if e.type is EntityType.REPOSITORY}
        return LinkTable(entities, node_eid, index_eid, repos)


def name_of_forms(etype: EntityType, pool: dict[str, int]) -> str:
    """The name :meth:`Naming.canonical` gives a cluster of no lexicon name whose forms (its long forms, when it has
    any) are ``pool`` (form -> mentions): the most used, made a name by :func:`_final_form` (no corpus spellings).

    >>> name_of_forms(EntityType.METHOD, {"Zeta Pools": 1, "zeta pool": 1, "Zeta Pool": 1})
    'Zeta Pool'
    """
    rank = form_rank(pool)
    return _final_form(etype, min(pool, key=rank), pool, rank, pool, (), None)


def form_rank(pool: dict[str, int]) -> Callable[[str], tuple]:
    """The order a cluster's forms name it in (the least first): the most used, then one with a capital, the
    shortest, then by text (:meth:`Naming.canonical`, :func:`name_of_forms`).

    >>> sorted(["Zeta Pool", "zeta pool", "ZP", "Zeta Pools"], key=form_rank({"Zeta Pool": 1, "zeta pool": 1,
    ...                                                                        "ZP": 1, "Zeta Pools": 2}))
    ['Zeta Pools', 'ZP', 'Zeta Pool', 'zeta pool']
    """
    return lambda s: (-pool[s], s.islower(), len(s), s)


def _final_form(etype: EntityType, best: str, pool: dict[str, int], rank, surfaces, acronym_names,
                spellings: dict[str, str] | None) -> str:
    """The cluster's most used form ``best`` made its name (:meth:`Naming.canonical`): singular when the
    cluster writes it so, a Task in running-text case and out of capitals, an inline acronym out, a Method
    without a kind word its ``surfaces`` or ``acronym_names`` leave out, whitespace and hyphens mended."""
    if etype in _SINGULAR_NAMES:
        # a singular spelling of the most used form, when the cluster has one ("graph neural network"
        # for "graph neural networks"); never a rarer, different name that happens to be singular
        # ("Bidirectional Encoder Representation from Transformer" for "... Representations from Transformers")
        want = _singular_key(best)
        singulars = [s for s in pool if _singular_key(s) == want and not _plural_last(s)]
        if singulars:
            best = min(singulars, key=rank)
    if etype is EntityType.TASK and _title_cased(best):
        # titles are written in title case, so a task named in many titles has "Image Recognition" as
        # its most used form; a task is a common noun phrase: take the running-text spelling if seen
        want, plural = _singular_key(best), _plural_last(best)
        plain = [s for s in pool if not _title_cased(s) and _singular_key(s) == want and _plural_last(s) == plural]
        if plain:
            best = min(plain, key=rank)
    best = written_case(best, pool)
    if etype is EntityType.TASK:
        best = task_out_of_capitals(best)
    if "(" in best:
        best = INLINE_ACRONYM.sub("", best)  # "knowledge graph (KG) reasoning": the acronym is an alias
    if etype is EntityType.METHOD:
        best = _kind_dropped(best, surfaces, acronym_names)
    return rehyphened(unbroken(" ".join(best.split())), spellings or {})
