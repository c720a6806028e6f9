"""Owners and sites read as names: an organisation that owns data or runs a service is no data set.

A Dataset mention is evidence of data where a paper uses it as data ("on X", "the X dataset"); two readings of
the sentence say it names who owns or runs something instead (issue 18, read on random samples of the arXiv build):

- **an owner** (:func:`owner_of_name`): the name in the possessive before another name ("evaluated on
  WOMBAT's KoalaSet and ..."): an institute, an agency or an archive whose data set is the name after it;
- **a deployment site** (:func:`deployment_site`): the name after a verb of deploying in its clause ("deployed
  in production at X", "deployed online at X"): a company or a platform where a system runs.

Such a mention is no evidence in any number of papers (:mod:`kg.graph.prune`); another paper's "X dataset", a
stated result or any other use keeps the node. A lexicon name is no exception: the sentence says what the
name stands for here.

>>> from kg.models import Mention
>>> from kg.vocab import EntityType as T
>>> t = "We test on WOMBAT's KoalaSet. PouchRec is deployed in production at Marsupia."
>>> [owner_or_site(Mention(T.DATASET, w, t.index(w), t.index(w) + len(w)), t) for w in ("WOMBAT", "KoalaSet", "Marsupia")]
[True, False, True]
"""
from __future__ import annotations

import re

from kg.models import Mention
from kg.vocab import EntityType

#: A possessive, then a name (a capital or a digit first): "X's KoalaSet", "X's IJB-A", not "X's test set".
_POSSESSIVE_NAME = re.compile(r"['\u2019]s\s+[A-Z0-9]")
#: A verb of deploying, then up to 60 characters of its clause (no comma: "deployed on phones, trained on X") and
#: "at", "onto" or "platform of" right before the name: "deployed in production at X", "deployed online at X",
#: "deployed onto the serving platform of X" ("deployed on phones and tested on X" names no site).
_DEPLOYED = re.compile(r"\bdeploy(?:s|ed|ing|ment)?\b[^.;:!?,]{0,60}?(?:\b(?:at|onto)|\bplatforms?\s+of)\s+(?:the\s+)?$",
                       re.I)


def owner_of_name(text: str, start: int, end: int) -> bool:
    """Whether the span stands in the possessive before a name: it owns that name ("WOMBAT's KoalaSet").

    >>> t = "on WOMBAT's KoalaSet and on KoalaSet's test split"
    >>> owner_of_name(t, 3, 9), owner_of_name(t, t.rindex("KoalaSet"), t.rindex("KoalaSet") + 8)
    (True, False)
    """
    return _POSSESSIVE_NAME.match(text, end) is not None


def deployment_site(text: str, start: int, end: int) -> bool:
    """Whether the span follows a verb of deploying in its clause and a preposition of place: where a system
    runs ("deployed in production at Marsupia"), not data it was trained on.

    >>> t = "PouchRec, trained on KoalaSet, is deployed online at Marsupia. We deploy it. Tests on KoalaSet follow."
    >>> [deployment_site(t, t.index(w), t.index(w) + len(w)) for w in ("KoalaSet", "Marsupia")]
    [False, True]
    >>> deployment_site(t, t.rindex("KoalaSet"), t.rindex("KoalaSet") + 8)
    False
    >>> t = "It is deployed on phones and tested on KoalaSet; deployed onto the serving platform of Marsupia Store."
    >>> [deployment_site(t, t.index(w), t.index(w) + len(w)) for w in ("KoalaSet", "Marsupia Store")]
    [False, True]
    """
    return _DEPLOYED.search(text, max(0, start - 90), start) is not None


def owner_or_site(m: Mention, text: str) -> bool:
    """Whether a Dataset mention names an owner (:func:`owner_of_name`) or a deployment site
    (:func:`deployment_site`) rather than data."""
    if m.type is not EntityType.DATASET or m.field not in ("abstract", "title"):
        return False
    return owner_of_name(text, m.start, m.end) or deployment_site(text, m.start, m.end)
