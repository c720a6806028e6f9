"""A dataset named after a company or a service ("Quokflix" ratings) is no dataset where the text writes the company:
"companies such as Quokflix", "as in the case of Quokflix", "Quokflix's recommendation engine". The lexicon types the
bare name a Dataset wherever it is written; in such a context it names the firm or its product, not data."""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.vocab import EntityType as T

#: Before the name: a noun of firms or services and a listing word, earlier members of the list allowed
#: ("platforms such as Quokbook, Wombtube and"), or "as in the case of".
_COMPANY_BEFORE = re.compile(
    r"(?:\b(?:compan(?:y|ies)|firms?|corporations?|enterprises?|platforms?|services?|providers?|retailers?"
    r"|websites?|apps?)\s+(?:such\s+as|like|including)\s+(?:[A-Z][\w\-]*\s*(?:,\s*|\band\s+|,\s*and\s+))*"
    r"|\bas\s+in\s+the\s+case\s+of\s+)$")
#: After the name: its possessive and a noun of what a firm runs ("Quokflix's recommendation engine", "'s users").
_COMPANY_AFTER = re.compile(
    r"['\u2019]s\s+(?:\w+\s+)?(?:recommend\w*|search\s+engine|platform|services?|website|app|users|customers"
    r"|employees|engineers|products?|stores?)\b")


def not_companies(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates but the one-word Dataset names the words around write as a company or a service.

    >>> t = "Unlike Quokflix's recommendation engine or firms such as Wombazon, we test on Quokflix and QuokSet."
    >>> at = lambda w, n=0: Candidate(t.index(w, n), t.index(w, n) + len(w), T.DATASET, 60, "lexicon")
    >>> [t[c.start:c.end] for c in not_companies(t, [at("Quokflix"), at("Wombazon"), at("Quokflix", 20), at("QuokSet")])]
    ['Quokflix', 'QuokSet']
    """
    return [c for c in cands if not (c.type is T.DATASET and _company(text, c))]


def _company(text: str, c: Candidate) -> bool:
    """Whether a one-word capitalised name stands where the text writes a company or a service."""
    name = text[c.start:c.end]
    if " " in name or not name[:1].isupper():
        return False
    return bool(_COMPANY_BEFORE.search(text, max(0, c.start - 120), c.start) or _COMPANY_AFTER.match(text, c.end))
