"""Name normalisation for linking: spelling variants collapse, versions and sizes stay distinct."""
from __future__ import annotations

import re
import unicodedata

_DASHES = re.compile(r"[\u2010-\u2015\u2212_]")
_SEP = re.compile(r"[\s\-/]+")
_PUNCT = re.compile(r"[^\w\s+#.@%]")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z]{2,})")
_TRAILING = re.compile(
    r"(?:\s(?:dataset|datasets|benchmark|benchmarks|corpus|corpora|model|models|method|"
    r"methods|framework|metric|score|test set))+$"
)
_LEADING = re.compile(r"^(?:the|a|an)\s")
_NO_SINGULAR = ("ss", "us", "is", "ics", "sis", "ous", "ness", "less")


def singular(word: str) -> str:
    """A light English singular for the last word of a name ("networks" -> "network", "GNNs" -> "GNN").

    >>> [singular(w) for w in ["networks", "queries", "gnns", "class", "analysis", "series", "boxes"]]
    ['network', 'query', 'gnn', 'class', 'analysis', 'series', 'box']
    """
    w = word
    if len(w) <= 3 or not w.endswith("s") or w.endswith(_NO_SINGULAR) or w == "series":
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("xes", "ches", "shes", "sses")):
        return w[:-2]
    return w[:-1]


def norm_name(name: str) -> str:
    """Normalised words of a name: case, dashes, spacing, plurals, leading "the", trailing type words.

    Digits stay separate tokens, so "ResNet50" and "ResNet-50" agree but differ from "ResNet-101".

    >>> norm_name("The ImageNet-1K dataset"), norm_name("ImageNet 1k"), norm_name("ResNet50")
    ('imagenet 1k', 'imagenet 1k', 'resnet 50')
    >>> norm_name("Graph Neural Networks")
    'graph neural network'
    """
    s = unicodedata.normalize("NFKC", name).lower().strip()
    s = _DASHES.sub("-", s)
    s = _PUNCT.sub(" ", s)
    s = _SEP.sub(" ", s)
    s = _LETTER_DIGIT.sub(" ", s)
    s = re.sub(r"\s+", " ", s).strip(" .")
    s = _LEADING.sub("", s)
    t = _TRAILING.sub("", s)
    if t:
        s = t
    words = s.split(" ")
    if words and words[-1]:
        words[-1] = singular(words[-1])
    return " ".join(words)


def compact_key(name: str) -> str:
    """The exact-match key: normalised words joined without spaces ("pre-trained" == "pretrained"),
    with digit groups kept apart by a marker so "ResNet-50" and "ResNet-501" never collide.

    >>> compact_key("Pre-trained Language Models") == compact_key("pretrained language model")
    True
    >>> compact_key("BERT-base") == compact_key("BERT")
    False
    """
    words = norm_name(name).split(" ")
    out = []
    for w in words:
        out.append(f"<{w}>" if w[:1].isdigit() else w)
    return "".join(out)


def numbers_of(key: str) -> tuple[str, ...]:
    """The number tokens of a key: two names with different numbers are never the same thing."""
    return tuple(re.findall(r"<([^>]*)>", key)) + tuple(re.findall(r"\d+(?:\.\d+)?", re.sub(r"<[^>]*>", "", key)))


def url_key(url: str) -> str:
    """The identity of a code URL: host without www, path without ".git"/trailing slash; for code hosts
    only ``owner/repo``.

    >>> url_key("https://www.GitHub.com/Owner/Repo.git/tree/main")
    'github.com/owner/repo'
    """
    u = re.sub(r"^[a-z]+://", "", url.strip(), flags=re.I)
    u = re.sub(r"^www\.", "", u, flags=re.I)
    u = u.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    host, _, path = u.partition("/")
    host = host.lower()
    parts = [p for p in path.split("/") if p]
    if host in ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org") and len(parts) >= 2:
        parts = parts[:2]
    if host in ("huggingface.co", "hf.co") and parts:
        host = "huggingface.co"
        parts = parts[:3] if parts[0] in ("datasets", "spaces") else parts[:2]
    if parts:
        parts[-1] = re.sub(r"\.git$", "", parts[-1])
    return "/".join([host, *parts]).lower()
