"""A dataset named after a company or a service ("Quokflix" ratings) is no dataset where the text writes the company:
"companies such as Quokflix", "as in the case of Quokflix" where the sentence speaks of firms or services,
"Quokflix's recommendation engine". The lexicon types the
bare name a Dataset wherever it is written; in such a context it names the firm or its product, not data."""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.vocab import EntityType as T

#: a noun of firms or services, in any case ("Companies such as Quokflix")
_FIRMS = (r"(?i:\b(?:compan(?:y|ies)|firms?|corporations?|enterprises?|platforms?|services?|providers?|retailers?"
          r"|websites?|apps?|shops?|stores?|customers?)\b)")
#: Before the name: a noun of firms or services and a listing word, earlier members of the list allowed
#: ("platforms such as Quokbook, Wombtube and").
_COMPANY_BEFORE = re.compile(
    rf"{_FIRMS}\s+(?i:such\s+as|like|including)\s+(?:[A-Z][\w\-]*\s*(?:,\s*|\band\s+|,\s*and\s+))*$")
#: "as in the case of" before the name: a company only where the sentence has a noun of firms or services too
#: (any name follows these words: "size-normalised, as in the case of QuokDigits")
_CASE_OF = re.compile(r"(?i:\bas\s+in\s+the\s+case\s+of)\s+$")
_FIRM_WORD = re.compile(_FIRMS)
#: After the name: its possessive and a noun of what a firm runs ("Quokflix's recommendation engine"); not "'s
#: users": a dataset of ratings has users too
_COMPANY_AFTER = re.compile(
    r"['\u2019]s\s+(?:\w+\s+)?(?:recommend\w*|search\s+engine|platforms?|services?|websites?|apps?|customers"
    r"|employees|engineers|products?|stores?)\b")


def not_companies(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates but the one-word Dataset names the words around write as a company or a service.

    >>> t = "Unlike Quokflix's recommendation engine or firms such as Wombazon, we test on Quokflix and QuokSet."
    >>> at = lambda w, n=0: Candidate(t.index(w, n), t.index(w, n) + len(w), T.DATASET, 60, "lexicon")
    >>> [t[c.start:c.end] for c in not_companies(t, [at("Quokflix"), at("Wombazon"), at("Quokflix", 20), at("QuokSet")])]
    ['Quokflix', 'QuokSet']
    """
    firms = {(c.start, c.end) for c in cands if c.type is T.DATASET and _company(text, c)}
    return [c for c in cands if (c.start, c.end) not in firms]  # no mention: no other rule reads it instead


def _company(text: str, c: Candidate) -> bool:
    """Whether a one-word capitalised name stands where the text writes a company or a service."""
    name = text[c.start:c.end]
    if " " in name or not name[:1].isupper():
        return False
    lo = max(0, c.start - 120)
    if _COMPANY_BEFORE.search(text, lo, c.start) or _COMPANY_AFTER.match(text, c.end):
        return True
    return bool(_CASE_OF.search(text, lo, c.start) and _FIRM_WORD.search(_sentence_of(text, c.start, c.end)))


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around a span (from the full stop before it to the one after it)."""
    s = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    e = text.find(". ", end)
    return text[s + 1 if s >= 0 else 0:e if e >= 0 else len(text)]
