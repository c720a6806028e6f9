"""Raw records (before ids and cleaning) and the mapping of common field names."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.arxiv import arxiv_id


@dataclass(slots=True)
class RawRecord:
    title: str
    abstract: str
    where: str
    id: str | None = None
    url: str | None = None
    year: int | None = None
    categories: tuple[str, ...] = field(default_factory=tuple)


def _first(d: dict[str, Any], *keys: str) -> Any:
    for k in keys:
        v = d.get(k)
        if v not in (None, ""):
            return v
    return None


def openalex_abstract(inv: dict[str, list[int]]) -> str:
    """Rebuild an abstract from OpenAlex's ``abstract_inverted_index`` ({word: [positions]}).

    >>> openalex_abstract({"Deep": [0], "nets": [1, 3], "learn": [2]})
    'Deep nets learn nets'

    Raises ``ValueError`` unless every value is a list of whole numbers.
    """
    pos: dict[int, str] = {}
    for word, where in inv.items():
        if not isinstance(where, list) or not all(isinstance(p, int) and not isinstance(p, bool) for p in where):
            raise ValueError("abstract_inverted_index is not {word: [positions]}")
        for p in where:
            pos[p] = word
    return " ".join(pos[k] for k in sorted(pos))


def record_from_mapping(d: dict[str, Any], where: str) -> RawRecord:
    """Map one JSON/CSV object onto a :class:`RawRecord`.

    Understands plain ``{id, title, abstract}``, the arXiv metadata snapshot (``categories``,
    ``update_date``, ``versions``) and OpenAlex works (``display_name``, ``abstract_inverted_index``,
    ``publication_year``). Raises ``ValueError`` with a reason for an unusable record.
    """
    if not isinstance(d, dict):
        raise ValueError("record is not an object")
    title = _first(d, "title", "display_name", "Title", "name")
    abstract = _first(d, "abstract", "summary", "Abstract", "paperAbstract")
    if abstract is None and isinstance(d.get("abstract_inverted_index"), dict):
        abstract = openalex_abstract(d["abstract_inverted_index"])
    if title is not None and not isinstance(title, str):
        raise ValueError("title is not text")
    if abstract is not None and not isinstance(abstract, str):
        raise ValueError("abstract is not text")
    if not (title or "").strip() and not (abstract or "").strip():
        raise ValueError("no title and no abstract")
    if not (title or "").strip():
        raise ValueError("no title")
    rid = _first(d, "id", "paper_id", "arxiv_id", "doi", "ID")
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, (str, int))):
        raise ValueError("id is not text or a whole number")
    url = _first(d, "url", "link", "doi_url")
    url = url if isinstance(url, str) else None
    year = None
    ystr = _first(d, "year", "publication_year", "update_date", "published", "date")
    if ystr is not None:
        try:
            year = int(str(ystr)[:4])
        except ValueError:
            year = None
    cats = d.get("categories")
    if isinstance(cats, str):
        categories = tuple(cats.split())
    elif isinstance(cats, list):
        categories = tuple(c for c in cats if isinstance(c, str))
    else:
        categories = ()
    rid_s = str(rid).strip() if rid is not None else None
    if year is None and rid_s:
        ax = arxiv_id(rid_s)  # an arXiv id tells the month the paper first appeared
        year = ax[1] if ax else None
    if rid_s and rid_s.startswith("https://openalex.org/"):
        url = url or rid_s
        rid_s = rid_s.rsplit("/", 1)[-1]
    elif rid_s and "categories" in d and url is None and not rid_s.startswith("http"):
        url = f"https://arxiv.org/abs/{rid_s}"
    return RawRecord(
        title=title or "",
        abstract=abstract or "",
        where=where,
        id=rid_s or None,
        url=str(url) if url else None,
        year=year,
        categories=categories,
    )
