"""Phase 3 of linking, per record: each mention's entity, the paper's repositories, proposals and
results, from the :class:`~kg.link.summary.LinkTable` of the corpus."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

from kg.extract.boundaries import LANGUAGE_PAIR, RESULT_SPLIT
from kg.extract.text_spans import abbreviation_stop
from kg.extract.words import LIST_NOUNS, OWN_HEADS
from kg.graph.ids import node_id
from kg.link.clarity import clarity
from kg.link.naming import unbroken
from kg.link.collect import Collect
from kg.link.nodes import CORPUS_CANONICAL, LEXICON_RULES, NAME_TYPES
from kg.link.normalize import FUNCTION_WORDS, clean_url, singular, url_key
from kg.link.series import paper_series
from kg.link.summary import LinkTable
from kg.link.titles import title_definition, title_tails, written_tails
from kg.link.typos import LOST_LETTER
from kg.link.types import KIND_SEP, lexicon_entries
from kg.link.tokens import fuller_measures, whole_mentions
from kg.models import Entity, Evidence, Extraction, Linked, Mention
from kg.vocab import EntityType


def _pieces(ex: Extraction, mentions: tuple[Mention, ...]) -> dict[int, object]:
    """The mentions linked as a longer name of their paper, whose text is no name of its entity: "top-1" as the
    paper's "top-1 error", a piece of the title's or of a written-out long form (:mod:`kg.link.titles`)."""
    shortened: dict[int, object] = dict(fuller_measures(mentions))
    shortened.update(dict.fromkeys(title_tails(ex, mentions, title_definition(ex, mentions))))
    shortened.update(dict.fromkeys(written_tails(ex, mentions)))
    return shortened


#: a version, a split or a language pair written last in a name: "Foo V2", "Foo v1.1", "Foo test-dev", "Foo val",
#: "Foo 2014 English-to-German"
_TRAILING_VERSION = re.compile(rf"\s+(?:[vV]\d+(?:\.\d+)?|{RESULT_SPLIT}|{LANGUAGE_PAIR})$")

#: a word of a name written before a task's word ("dialog", "multi-object", "RGB-T")
_NAME_WORD = re.compile(r"[^\W_](?:[\w-]*\w)?")
#: how far before a mention :func:`words_before` reads
_BEFORE_CHARS = 60


def words_before(text: str, start: int, most: int = 3) -> list[str]:
    """The words written right before ``start``, one space apart (at most ``most``, in order), up to a function
    word, a mark or a line break; a word that ends in a function word ("image-and sentence-retrieval") ends them too.

    >>> words_before("to track the dialog state tracking", 26), words_before("classification, detection", 16)
    (['dialog', 'state'], [])
    """
    if start < 2 or text[start - 1] != " ":
        return []
    lo = max(0, start - _BEFORE_CHARS)
    words = text[lo:start - 1].split(" ")[1 if lo else 0:]  # (not a word cut at lo)
    out: list[str] = []
    for w in reversed(words[-most:]):
        if not _NAME_WORD.fullmatch(w) or w.lower().rsplit("-", 1)[-1] in FUNCTION_WORDS:  # ("semantic-and")
            break
        out.append(w)
    return out[::-1]


#: how far after a mention :func:`words_after` reads
_AFTER_CHARS = 60
#: the marks a word ends on that end the words after a mention too ("graph convolution networks, which")
_MARKS_AFTER = re.compile(r"[,.;:!?)]+$")


def words_after(text: str, end: int, most: int = 2) -> list[str]:
    """The words written right after ``end``, one space apart (at most ``most``, in order), up to a function word, a
    line break or a mark inside a word; a word a mark ends ("networks," "networks.") is the last.

    >>> t = "on graph convolution networks, which of the WMT 15 news task (x"
    >>> [words_after(t, t.index(w) + len(w)) for w in ("convolution", "networks", "WMT", "task")]
    [['networks'], [], ['15', 'news'], []]
    """
    if end >= len(text) or text[end] != " ":
        return []
    words = text[end + 1:end + 1 + _AFTER_CHARS].split(" ")
    if end + 1 + _AFTER_CHARS < len(text):
        words.pop()  # (not a word cut at the end of the slice)
    out: list[str] = []
    for w in words[:most]:
        word = _MARKS_AFTER.sub("", w)
        if not _NAME_WORD.fullmatch(word) or word.lower().split("-", 1)[0] in FUNCTION_WORDS:  # ("and-")
            break
        out.append(word)
        if word != w:
            break
    return out


#: the plurals :func:`~kg.link.normalize.singular` leaves as they are ("-ics" is a field's: "physics"; Latin plurals)
#: among the words of kind
_IRREGULAR = {"corpora": "corpus", "criteria": "criterion", "metrics": "metric"}


def _kind_word(word: str) -> str:
    """A word's lower-case singular, as the words of kind are written.

    >>> [_kind_word(w) for w in ("Corpora", "corpus", "metrics", "criteria", "networks")]
    ['corpus', 'corpus', 'metric', 'criterion', 'network']
    """
    low = singular(word.lower())
    return _IRREGULAR.get(low, low)


#: the words of kind of each type, singular: a name of that type may end before one ("the Atari games task")
_TYPE_KIND_WORDS = {t: frozenset(_kind_word(w) for w in words | (OWN_HEADS if t is EntityType.METHOD else set()))
                    for t, words in LIST_NOUNS.items()}
#: the nouns that say what kind of thing a name is or which part of it, not which thing ("Transformer network",
#: "BERT embeddings", "ResNet backbone", "GAN generator", "the Foo task": the thing itself named by its kind),
#: singular (:func:`_kind_word`): the words of kind of every type
_KIND_WORDS = frozenset().union(*_TYPE_KIND_WORDS.values())
#: a closing quote or bracket, which may follow a sentence's end ('"Fast." Swift Q-Net', "(see below.) Swift Q-Net")
_CLOSERS = "\"')]\u201d\u2019"


def _opens_sentence(text: str, start: int, lead: list[str]) -> bool:
    """Whether the words ``lead``, written one space apart right before ``start``, begin their sentence: nothing but
    a full stop (no abbreviation's: "e.g."), a question or exclamation mark, a colon or a semicolon before them,
    perhaps closed by a quote or a bracket.

    >>> t = 'We use Fast R-CNN. Fast R-CNN works: Fast R-CNN, e.g. Fast R-CNN. "Fast." Fast R-CNN'
    >>> [_opens_sentence(t, i, ["Fast"]) for i in (12, 24, 42, 59, 79)]
    [False, True, True, False, True]
    """
    i = start - len(" ".join(lead)) - 1  # (the lead's first letter)
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i > 1 and text[i - 1] in _CLOSERS and text[i - 2] in ".!?":
        return True
    if i > 0 and text[i - 1] == ".":
        return not abbreviation_stop(text, i)
    return i <= 0 or text[i - 1] in ".!?:;"


def _capital_before(text: str, start: int) -> bool:
    """Whether the word written one space before ``start`` begins with a capital (a cheap test before
    :func:`words_before`).

    >>> [_capital_before("the Fast R-CNN", 9), _capital_before("a fast R-CNN", 7), _capital_before("R-CNN", 0)]
    [True, False, False]
    """
    return start >= 2 and text[start - 1] == " " and text[text.rfind(" ", 0, start - 1) + 1:start][:1].isupper()


#: the types a longer name is looked up in, the mention's own first
_TYPE_ORDER = {t: tuple(sorted(NAME_TYPES, key=lambda o: o is not t)) for t in EntityType}


def _in_mention(ex: Extraction, m: Mention, lead_start: int, etype: EntityType) -> bool:
    """Whether a mention of ``m``'s paper and field holds a word written from ``lead_start`` to ``m`` and is of
    another type than ``m`` both as the extraction typed ``m`` and as the corpus types its entity (``etype``): the
    words before ``m`` are a name of their own ("on MVTec [[anomaly detection]]" with "MVTec" a Dataset mention and
    anomaly detection a Task: the data set, then the task on it). A mention of the same type by either reading is a
    piece of one name the extraction split: "Swin" before "[[transformer]]", both Methods; "In-Shop" (a Dataset)
    before "[[Clothes Retrieval]]", a Task mention whose entity the corpus types a Dataset."""
    return any(n.field == m.field and n.start < m.start - 1 and n.end > lead_start and n.type is not m.type
               and n.type is not etype for n in ex.mentions)


class Apply(Collect):
    """Phase 3 (it links a mention with :meth:`Collect._paper_nodes`, as phase 1 did)."""

    def apply(self, table: LinkTable, ex: Extraction, entities: dict[str, Entity]) -> Linked:
        """Phase 3, per record: each mention's entity, the paper's repositories, proposals and results.

        ``entities`` gets the evidence, paper and surface form of every mention (the table's own
        entities in one process; a partition's own records of them on a Dask worker).
        """
        pid = ex.paper.id
        mentions = whole_mentions(ex)
        ids = self._mention_ids(table, ex, mentions, entities)
        repo_ids = tuple(self._repo(r.url, Evidence(pid, r.field, r.start, r.end, r.url), entities, table.repo_names)
                         for r in ex.repos)
        whole = () if mentions is ex.mentions else tuple(mentions)
        if not ex.proposed and not ex.results:
            return Linked(ex, tuple(ids), repo_ids, whole=whole)
        return Linked(ex, tuple(ids), repo_ids, *self._named(table, ex, mentions, ids, entities), whole=whole)

    def _mention_ids(self, table: LinkTable, ex: Extraction, mentions: list[Mention],
                     entities: dict[str, Entity]) -> list[str]:
        """The entity of each mention of ``ex``; each entity gets the mention's evidence and surface form."""
        pid = ex.paper.id
        ids: list[str] = []
        shortened = _pieces(ex, mentions)
        rank = self._ranker(ex)
        texts: dict[str, str] = {}
        nodes = list(self._paper_nodes(ex, mentions, None))
        # "QuokEval" in a paper naming one dataset of the series is that dataset there, no name of it
        series = paper_series(table.series, ex, mentions, [table.node_eid[n] if n is not None else None
                                                            for n in nodes]) if table.series else {}
        for k, (m, n) in enumerate(zip(mentions, nodes)):
            if n is None:
                eid = self._repo(m.text, Evidence(pid, m.field, m.start, m.end, m.text), entities, table.repo_names)
            else:
                eid = table.node_eid[n]
                # "tracking" written after "burrow entrance": the corpus's "burrow entrance tracking" (no name of it)
                # "efficient object detection" is object detection: the corpus grades "efficient" (kg.link.grades)
                # "R-CNN" written after "Fast": the corpus's "Fast R-CNN" (a capitalised word inside a sentence)
                # "graph convolution" written before "networks": the corpus's "graph convolutional network"
                longer = (self._longer_task(table, ex, m, texts, eid) or self._ungraded_task(table, m, eid)
                          if m.type is EntityType.TASK else None) \
                    or self._capital_lead(table, ex, m, texts, eid, entities) \
                    or self._name_after(table, ex, m, texts, eid)
                eid = longer or eid
                if table.own:  # a paper's own coinage of a name another paper coined first (kg.link.coinages)
                    eid = table.own.get((eid, pid), eid)
                if eid in series:
                    longer, eid = longer or series[eid], series[eid]
                ev = Evidence(pid, m.field, m.start, m.end, m.text, rank(m, entities[eid]))
                # a paper's reading of one mention ("sparsity" as its "activation sparsity") is no name of it
                read = longer is not None or k in shortened or ("?" in m.text and LOST_LETTER.search(m.text)) or (m.canonical and m.rule not in CORPUS_CANONICAL and m.rule != "acronym-ref"
                                          and self.key(m.canonical) != self.key(m.text))
                # a line-break hyphen ("neu-ral") is no alias: the evidence keeps the text as written
                entities[eid].add("" if read else unbroken(m.text), ev)
            ids.append(eid)
        return ids

    def _longer_task(self, table: LinkTable, ex: Extraction, m: Mention, texts: dict[str, str], eid: str) -> str | None:
        """The Task a one-word Task mention (of entity ``eid``) is the last word of, when the words written before it
        make with it another Task of the corpus, the longest such ("dialog state tracking", "face verification"),
        else None: the extraction left out its modifier, which other papers write as part of the task's name."""
        if " " in m.text:
            return None
        text = self._field_text(ex, m.field, texts)
        words = words_before(text, m.start) if m.end <= len(text) else []
        for i in range(len(words)):
            longer = table.index_eid.get((EntityType.TASK, self.lookup_key(" ".join((*words[i:], m.text)))))
            if longer is not None:
                return longer if longer != eid else None
        return None

    def _capital_lead(self, table: LinkTable, ex: Extraction, m: Mention, texts: dict[str, str], eid: str,
                      entities: dict[str, Entity]) -> str | None:
        """The entity a mention (of entity ``eid``) is the last part of, when the words written right before it inside a
        sentence of the abstract, each with a capital, make with it a name of the corpus (of any type, the mention's
        first) whose entity is named with a capital too, the longest such ("Fast R-CNN", "Swin transformer", "MVTec
        anomaly detection"), else None: a capitalised word inside a sentence is a word of a name, and the mention is a
        piece of it. A name the corpus writes in lower case ("deep convolutional neural network") is led by a
        describing word, which a heading or a spelled-out acronym may capitalise. A letter alone is a label ("the
        T PS features" are no "TPS"), and the mention's own text before it a list ("CNN CNN")."""
        text = self._field_text(ex, m.field, texts)
        if m.field == "title" or m.end > len(text) or not _capital_before(text, m.start):
            return None  # (every lead ends on the word right before the mention, which needs a capital)
        words = words_before(text, m.start, 2)
        for i in range(len(words)):
            lead = words[i:]
            if not all(w[:1].isupper() and len(w) > 1 and w != m.text for w in lead) \
                    or _opens_sentence(text, m.start, lead):  # "T PS" is no "TPS", "CNN CNN" a list
                continue
            if _in_mention(ex, m, m.start - 1 - len(" ".join(lead)), entities[eid].type):  # a dataset, its task
                continue
            key = self.lookup_key(" ".join((*lead, m.text)))
            for t in _TYPE_ORDER[m.type]:
                longer = table.index_eid.get((t, key))
                named = entities.get(longer) if longer is not None and longer != eid else None  # (no new record)
                if named is not None and named.name[:1].isupper():
                    return longer
        return None

    def _name_after(self, table: LinkTable, ex: Extraction, m: Mention, texts: dict[str, str], eid: str) -> str | None:
        """The entity a mention (of entity ``eid``) is the first part of, when the one or two words written right after
        it make with it a name of the corpus (of any type, the mention's first) the mention's own key begins, the
        longest such ("graph convolution networks" of the graph convolutional network, "NYU Depth", "AP 50"), else
        None: the extraction cut the name short. The name is one the lexicon gives that entity, or the entity is one of
        whose names two papers or more write (not necessarily this one) and more than a word of kind follows the
        mention: "Transformer network", "BERT embeddings" are the mention's own thing named by its kind, a one-paper
        node at most. A letter alone after it is a label ("AP r"), the mention's own text a list ("CNN CNN"). A name of
        another type than the mention's is no name the phrase goes on from to a word of another type's kind
        (:data:`_TYPE_KIND_WORDS`): "Atari game suite" is a data set, no "Atari Games" task ("Atari game playing",
        "NYU Depth data", "CTR estimation field" still join)."""
        own = self.key(m.text).partition(KIND_SEP)[0]
        if not self._extended(table, own):
            return None  # (no name of the corpus goes on from the mention's: no phrase to look up)
        text = self._field_text(ex, m.field, texts)
        words = words_after(text, m.end, 3) if m.end <= len(text) else []  # (the third: the word after a two-word rest)
        for i in range(min(len(words), 2), 0, -1):
            after = words[:i]
            if any((len(w) == 1 and w.isalpha()) or w == m.text for w in after):
                continue
            key = self.lookup_key(" ".join((m.text, *after)))
            name = key.partition(KIND_SEP)[0]  # ("EM framework" is EM: a kind's word is no word of the name)
            # ("SR methods" is SR; "KITTI test" + "set" makes KITTI's own key "kitti|data", which "kittitest" does
            # not begin: no longer name)
            if name == own or not name.startswith(own):
                continue
            kinds = {u for u, ws in _TYPE_KIND_WORDS.items() if i < len(words) and _kind_word(words[i]) in ws}
            for t in _TYPE_ORDER[m.type]:
                if t is not m.type and kinds and t not in kinds:
                    continue  # ("Atari game suite": the phrase goes on to a word of a Dataset's kind)
                longer = table.index_eid.get((t, key))
                if longer is not None and longer != eid and self._known_name(table, t, longer, after):
                    return longer
        return None

    def _extended(self, table: LinkTable, own: str) -> bool:
        """Whether a key of the corpus's index begins with the name key ``own`` and names more than it: only such a
        key is a longer name :meth:`_name_after` can find (a cheap test before it keys the words after a mention).
        The index's keys are sorted once per table (:attr:`LinkTable.index_keys`)."""
        keys = table.index_keys
        for i in range(bisect_left(keys, own), len(keys)):
            if not keys[i].startswith(own):
                return False
            if keys[i].partition(KIND_SEP)[0] != own:
                return True
        return False

    def _known_name(self, table: LinkTable, etype: EntityType, eid: str, after: list[str]) -> bool:
        """Whether entity ``eid`` (of type ``etype``) is named by the lexicon, or has a name two papers or more write
        (:attr:`LinkTable.shared`) and the words ``after`` a mention are not all words of kind (:data:`_KIND_WORDS`)."""
        if any(t is etype for t, _ in lexicon_entries(self.key(table.entities[eid].name), prior=False)):
            return True
        return eid in table.shared and not all(_kind_word(w) in _KIND_WORDS for w in after)

    def _ungraded_task(self, table: LinkTable, m: Mention, eid: str) -> str | None:
        """The Task a Task mention (of entity ``eid``) names without its first word, when the corpus grades that word
        (:attr:`LinkTable.grades`: "efficient object detection") and the rest, of two words or more, names a Task of
        the corpus ("object detection"), else None: the grade says how well the task is done. A one-word rest is no
        task the grade only qualifies ("robust regression", "stable matching" are problems of their own), and a
        mention the lexicon names as a Task whole ("Robust Speech Recognition") or gives a canonical keeps its name:
        the shipped lexicon outranks the corpus's grades."""
        words = m.text.split(None, 1)
        if len(words) < 2 or words[0].lower() not in table.grades or len(words[1].split()) < 2:
            return None
        if (m.canonical and m.rule in LEXICON_RULES) or any(
                t is EntityType.TASK for t, _ in lexicon_entries(self.key(m.text), prior=False)):
            return None
        rest = table.index_eid.get((EntityType.TASK, self.key(words[1])))
        return rest if rest != eid else None

    def _named(self, table: LinkTable, ex: Extraction, mentions: list[Mention], ids: list[str],
               entities: dict[str, Entity]) -> tuple[tuple[str, ...], tuple]:
        """The entities of the paper's proposed names and of each result's method, dataset and metric: the
        paper's own mention of the name first, else the corpus's entity of it."""
        by_name: dict[tuple, str] = {}  # (type, key) and key -> the entity of a mention of this paper
        for m, eid in zip(mentions, ids):
            et = entities[eid].type  # the corpus's type of the name, which may not be the mention's
            for nm in (m.text, m.canonical, *m.aliases):
                if nm:
                    k = self.key(nm)
                    by_name.setdefault((et, k), eid)
                    by_name.setdefault(k, eid)

        def resolve(name: str | None, types: tuple[EntityType, ...]) -> str | None:
            if not name:
                return None
            k = self.key(name)
            for t in types:
                eid = by_name.get((t, k))
                if eid:
                    return eid
            for t in types:  # not among the paper's mentions: the corpus's entity of that name
                eid = table.index_eid.get((t, k))
                if eid:
                    return eid
            return None

        def dataset(name: str | None) -> str | None:
            # a dataset's name with a version, a split or a language pair no entity has ("Foo V2", the result's
            # reading of "the Foo dataset V2"; "Foo test-dev") resolves as the name without it (the series the
            # paper's mention is)
            eid = resolve(name, (EntityType.DATASET,))
            while eid is None and name and (v := _TRAILING_VERSION.search(name)) is not None:
                name = name[:v.start()]
                eid = resolve(name, (EntityType.DATASET,))
            return eid

        proposed: list[str] = []
        for nm in ex.proposed:
            eid = resolve(nm, NAME_TYPES) or by_name.get(self.key(nm))
            if eid and eid not in proposed:
                proposed.append(eid)
        results = tuple(
            (resolve(r.method, (EntityType.METHOD,)), dataset(r.dataset), resolve(r.metric, (EntityType.METRIC,)))
            for r in ex.results)
        return tuple(proposed), results

    def _ranker(self, ex: Extraction) -> Callable[[Mention, Entity], int]:
        """How clearly a mention of ``ex`` shows its entity (:func:`kg.link.clarity.clarity`)."""
        proposed = {self.key(p) for p in ex.proposed}
        texts: dict[str, str] = {}

        def rank(m: Mention, ent: Entity) -> int:
            text = self._field_text(ex, m.field, texts)
            is_proposed = bool(proposed) and any(self.key(x) in proposed for x in (m.text, m.canonical, ent.name) if x)
            return clarity(text, m, ent.type, ent.name, ex.results, is_proposed)
        return rank

    @staticmethod
    def _repo(url: str, ev: Evidence, entities: dict[str, Entity], old_names: dict[str, str]) -> str:
        eid = node_id(EntityType.REPOSITORY, url_key(url))
        ent = entities.get(eid)
        if ent is None:
            name = old_names.get(eid)
            ent = entities[eid] = Entity(eid, EntityType.REPOSITORY, clean_url(url) if name is None else name)
        ent.add(url, ev)
        return eid
