"""Deterministic node ids: ``<type>:<slug>``. The same name always gives the same id."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from kg.name_marks import LOST_LETTER, MINUS_END, TIMES_SIGN
from kg.vocab import EntityType

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_NON_SLUG = re.compile(r"[^a-z0-9+#.]+")
MAX_SLUG = 80
#: A Greek letter of a name, spelt out in the slug ("π-GAN" is ``pi-gan``, not ``gan``, the id of GAN).
_GREEK = re.compile(r"[\u0370-\u03ff]")


def _spelt_greek(m: re.Match) -> str:
    """The letter's name, read from the Unicode database ("GREEK SMALL LETTER PI" gives ``pi``, "... ALPHA
    WITH TONOS" ``alpha``); a Greek sign that is no letter gives nothing, as before."""
    words = unicodedata.name(m.group(), "").split()
    return words[words.index("LETTER") + 1].lower() if "LETTER" in words[:-1] else ""


def slugify(name: str) -> str:
    """A readable, stable slug: lower case ASCII, words joined by ``-``; ``+``, ``#`` and ``.`` kept
    (so "C++" and "C#" and "GPT-3.5" stay distinct); Greek letters are spelt out. Long names end in a short
    hash.

    >>> slugify("ResNet-50"), slugify("ImageNet 1K"), slugify("GPT-3.5"), slugify("β-VAE")
    ('resnet-50', 'imagenet-1k', 'gpt-3.5', 'beta-vae')
    """
    s = _GREEK.sub(_spelt_greek, unicodedata.normalize("NFKC", name))
    s = unicodedata.normalize("NFKD", TIMES_SIGN.sub("x", s))
    s = _DASHES.sub("-", s)
    s = s.encode("ascii", "ignore").decode("ascii").lower()
    s = _NON_SLUG.sub("-", s).strip("-.")
    if not s:
        s = hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
    if len(s) > MAX_SLUG:
        s = s[: MAX_SLUG - 9].rstrip("-") + "-" + hashlib.sha1(s.encode()).hexdigest()[:8]
    return s


def node_id(etype: EntityType | str, key: str) -> str:
    """``node_id(EntityType.METHOD, "ResNet-50") == "method:resnet-50"``; papers keep their own id; a minus sign
    ending a name or a lost letter opening it make a variant's id.

    >>> node_id(EntityType.METHOD, "QUOKS-"), node_id(EntityType.METHOD, "?-QUOKS")
    ('method:quoks-minus', 'method:qmark-quoks')
    """
    t = EntityType(etype) if not isinstance(etype, EntityType) else etype
    if t is EntityType.PAPER:
        return f"paper:{key}"
    if t is not EntityType.REPOSITORY:  # a variant's marks the slug would drop (as kg.link.normalize keys them)
        key = LOST_LETTER.sub("qmark ", MINUS_END.sub(" minus", key))
    return f"{t.prefix}:{slugify(key)}"


def free_id(base: str, taken: set[str], tried: dict[str, int] | None = None) -> str:
    """``base``, else the first of ``base-2``, ``base-3`` ... not in ``taken``; added to ``taken``. ``tried``: the
    suffix each base was last given from this ``taken`` (which only grows), so that thousands of entities of one
    name are not each counted up from 2.

    >>> taken, tried = {"m:a"}, {}
    >>> free_id("m:a", taken, tried), free_id("m:a", taken, tried), free_id("m:b", taken, tried)
    ('m:a-2', 'm:a-3', 'm:b')
    """
    new, k = base, (tried or {}).get(base, 2)
    while new in taken:
        new = f"{base}-{k}"
        k += 1
    taken.add(new)
    if tried is not None:
        tried[base] = k
    return new


def type_of(node: str) -> EntityType:
    """The type encoded in a node id."""
    prefix = node.split(":", 1)[0]
    for t in EntityType:
        if t.prefix == prefix:
            return t
    raise ValueError(f"not a kg node id: {node!r}")
