"""The name a paper's code link gives its system, for results whose method the abstract leaves unnamed.

Many abstracts say only "our network achieves ..." and name the system nowhere but in the link to its code:
"Code is available at https://github.com/owner/FooNet". A repository's name is the system's name when it is
written as one: one word with a capital or a digit after its first letter ("FooNet", "E2Foo", "jFOO"), or two
such words joined by a hyphen ("FOO-BAR"). Not words joined into a phrase ("Fast-Lane-Detection",
"strong-baseline", "foo_regression", three capitalised words run together: "FooBarBazTraining"), an ordinary
word, a kind of model ("CNN"), data ("FooQA-explorer" of the paper's FooQA dataset, a link the sentence calls
data's), nor a repository the link goes into a folder of ("github.com/org/ToolKit/tree/master/configs/foonet":
a toolkit of many projects).
"""
from __future__ import annotations

import re

from kg.extract.proposals import shaped
from kg.extract.results.title import common_word, generic
from kg.extract.urls import REPO_HOSTS, SCHEME
from kg.extract.words import DATA_WORDS

#: a repository's name: one word, or two joined by a hyphen (a ".git" ending dropped)
_REPO_NAME = re.compile(r"([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)?)(?:\.git)?")
#: a capitalised word inside a repository's name: "Foo" and "Net" of "FooNet"
_HUMP = re.compile(r"[A-Z][a-z]+")
#: the sentence giving the link speaks of data ("Our dataset is available at ..."), or of code
_DATA_LINK = re.compile(rf"\b(?:{DATA_WORDS}|annotations?)\b", re.I)
_CODE_LINK = re.compile(r"\b(?:codes?|implementations?|source|models?)\b", re.I)


def repo_name(url: str) -> str | None:
    """The name of the repository a code host's link points to, when it is written as a system's name (see the
    module docstring).

    >>> [repo_name(u) for u in ("https://github.com/someone/FooNet", "https://gitlab.com/a/E2Bar.git",
    ...  "https://github.com/a/FOO-BAR/tree/master", "https://github.com/a/Fast-Lane-Detection", "https://github.com/a/foo_regression",
    ...  "https://github.com/a/strong-baseline", "https://github.com/a/ShapeBiasTraining",
    ...  "https://github.com/org/ToolKit/tree/master/configs/foonet", "https://github.com/a/FooQA-explorer", "https://x.org/a/FooNet")]
    ['FooNet', 'E2Bar', 'FOO-BAR', None, None, None, None, None, None, None]
    """
    parts = [p for p in SCHEME.sub("", url).split("/") if p]
    if len(parts) < 3 or parts[0].lower().removeprefix("www.") not in REPO_HOSTS or len(parts) > 5:
        return None  # (a folder inside the repository, "/tree/master/projects/foo": a repository of many projects)
    m = _REPO_NAME.fullmatch(parts[2])
    if m is None or not all(shaped(w[1:]) for w in m.group(1).split("-")):  # (after its first letter)
        return None
    name = m.group(1)
    if len(_HUMP.findall(name)) >= 3:
        return None  # "ShapeTextureDebiasedTraining", "PatchVisionTransformer": a phrase written without spaces
    return None if generic(name) or common_word(name) else name


def code_name(text: str, urls, not_methods: set[str] | frozenset[str]) -> str | None:
    """The one system name the code links in ``text`` give (:func:`repo_name`); not one of ``not_methods`` (lower
    case: data and names of other types), nor a link the sentence calls data's and not code's ("our dataset is at
    ..."; not "we release our code and the processed data at ..."). Links naming two different systems name none.

    >>> t = "Our network wins. Code: https://github.com/someone/FooNet."
    >>> code_name(t, [("https://github.com/someone/FooNet", 24, 56)], set())
    'FooNet'
    >>> t = "Our dataset is at https://github.com/someone/FooSet."
    >>> code_name(t, [("https://github.com/someone/FooSet", 18, 50)], set()) is None
    True
    >>> t = "We release our code and dataset at https://github.com/someone/FooNet."
    >>> code_name(t, [("https://github.com/someone/FooNet", 35, 68)], set())
    'FooNet'
    """
    names = set()
    for url, start, _ in urls:
        name = repo_name(url)
        if name is None or name.lower() in not_methods:
            continue
        said = text[text.rfind(".", 0, start) + 1:start]
        if _DATA_LINK.search(said) and not _CODE_LINK.search(said):
            return None
        names.add(name)
    return names.pop() if len(names) == 1 else None
