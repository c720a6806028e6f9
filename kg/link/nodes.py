"""The node table of one linking run: one node per (type, compact key), the key cache and the sort
order every phase uses (the phases are the mixins of :class:`kg.link.run.LinkRun`)."""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from kg.link.normalize import digits_spelt, is_proper_name, key_and_words, key_numbers, trailing_kind
from kg.link.tables import LinkStats
from kg.link.types import KIND_SEP, kind_key
from kg.vocab import EntityType

if TYPE_CHECKING:
    from kg.link.resolver import Resolver

Node = tuple[EntityType, str]
NAME_TYPES = (EntityType.METHOD, EntityType.DATASET, EntityType.TASK, EntityType.METRIC)

#: Mention rules that mean "matched a lexicon entry" (a mention's ``canonical`` is left empty when the
#: text is the entry's name itself).
LEXICON_RULES = frozenset({"lexicon", "lexicon-gen"})
#: Rules whose canonical names the same thing in every paper (a lexicon entry; a long form's acronym):
#: the mention's name joins the canonical corpus-wide. Any other rule's canonical is the paper's own
#: reading of one mention ("error" as "mean error", "accuracy" as "detection accuracy"): that mention only.
CORPUS_CANONICAL = LEXICON_RULES | {"acronym"}


def numbers_agree(acro: Node, long: Node, texts: tuple[str, str] | None = None) -> bool:
    """An acronym's version/size numbers are its long form's (or it has none); given the two as written
    (``texts``), a long form without numbers of its own also agrees with an acronym whose digits stand for its
    words or numbers (:func:`~kg.link.normalize.digits_spelt`: "R2R" of "Room-to-Room")."""
    na, nl = key_numbers(acro[1]), key_numbers(long[1])
    return not na or na == nl or (texts is not None and not nl and digits_spelt(*texts))


def _key_words(name: str) -> tuple[str, tuple[str, ...]]:
    """The compact key of a name, with its kind (:func:`~kg.link.types.kind_key`), and its words."""
    k, words = key_and_words(name)
    k = kind_key(k, trailing_kind(name))
    return k or " ".join(name.lower().split()) or name, words


class NodeTable:
    """The tables of one linking run (one :meth:`Resolver.plan`): the node table, caches and stats."""

    def __init__(self, cfg: Resolver) -> None:
        self.cfg = cfg
        self.stats = LinkStats()
        self._key_cache: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._index: dict[Node, int] = {}
        self._nodes: list[Node] = []
        self._order: list[tuple[str, str]] = []  # (type name, key) of each node: the sort order
        self._words: list[tuple[str, ...]] = []  # the words of the first name of each node
        self._proper: list[bool] = []  # some name of the node is written like a coined name
        self._dead: set[int] = set()  # nodes whose name took another type (redirected; no mentions)
        self._moved: dict[int, int] = {}  # each redirected node -> the node it was redirected to
        self._reports: set[int] = set()  # Metric names joined to the measure they report ("average PSNR")

    # -- node table ---------------------------------------------------------------------------------
    def _key_words(self, name: str) -> tuple[str, tuple[str, ...]]:
        """The compact key of a name and its words (cached for the run: names repeat)."""
        kw = self._key_cache.get(name)
        if kw is None:
            kw = self._key_cache[name] = _key_words(name)
        return kw

    def key(self, name: str) -> str:
        """The compact key of a name (:func:`~kg.link.normalize.compact_key`)."""
        return self._key_words(name)[0]

    def lookup_key(self, name: str) -> str:
        """:meth:`key` of a phrase looked up once (words of a text, most of them no name): not kept in the cache."""
        kw = self._key_cache.get(name)
        return (kw or _key_words(name))[0]

    def _node(self, etype: EntityType, name: str) -> int:
        """The node of a name (``forms`` caches it per surface form, so this runs once per form)."""
        k, words = self._key_words(name)
        i = self._index.get((etype, k))
        if i is None:
            i = self._add_node(etype, k, words)
        if not self._proper[i] and len(k) >= self.cfg.fuzzy_min_len and is_proper_name(name):
            self._proper[i] = True
        return i

    def _add_node(self, etype: EntityType, k: str, words: tuple[str, ...]) -> int:
        i = self._index[(etype, k)] = len(self._nodes)
        self._nodes.append((etype, k))
        self._order.append((etype.value, k))
        self._words.append(words)
        self._proper.append(False)
        return i

    def _sort_key(self, i: int) -> tuple[str, str]:
        return self._order[i]

    def _live(self, etype: EntityType, k: str) -> int | None:
        """The live node of key ``k`` that has type ``etype``, if any: not redirected (:attr:`_dead`), and still of
        that type (a retype may point the entry at a node of another type)."""
        j = self._index.get((etype, k))
        return j if j is not None and j not in self._dead and self._nodes[j][0] is etype else None

    def _tagged_kinds(self) -> tuple[dict[str, set[str]], list[tuple[int, str]]]:
        """The kinds of type word each bare name is written with, and the live nodes that carry one."""
        kinds: dict[str, set[str]] = defaultdict(set)
        tagged: list[tuple[int, str]] = []
        for i, (_, k) in enumerate(self._nodes):
            base, sep, kind = k.partition(KIND_SEP)
            if sep and i not in self._dead:
                kinds[base].add(kind)
                tagged.append((i, base))
        return kinds, tagged
