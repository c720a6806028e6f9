"""Code and project URLs in abstracts, repaired from the broken forms text dumps produce."""
from __future__ import annotations

import re

from kg.extract.text_spans import matches_at

#: Hosts whose links are code, models or data cards.
CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "huggingface.co", "hf.co", "codeberg.org",
              "sourceforge.net", "paperswithcode.com", "zenodo.org", "kaggle.com", "colab.research.google.com")
#: Code hosts whose links' second path part is a repository's name ("github.com/owner/repo").
REPO_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org")

# A URL as written, tolerating a space after "https:" or after a dot ("github. com"), or no scheme.
_URL = re.compile(
    r"(?:(?:https?|ftp)\s?:\s?//\s?|www\.)"  # a scheme (maybe broken by spaces) or www.
    # the host: labels joined by dots, a space allowed after a dot when a short lower-case label and a "."
    # or "/" follow ("github. com/", "isrc.iscas. ac.cn/"), never before a new sentence ("x.org. We")
    r"[A-Za-z0-9\-_~%]+(?:\.(?:\s(?=(?-i:[a-z]{2,6})[./]))?[A-Za-z0-9\-_~%]+)*\.?(?:/[^\s<>\"'(){}\[\]]*)*"
    r"|\b(?:" + "|".join(re.escape(h).replace(r"\.", r"\.\s?") for h in CODE_HOSTS) + r")/[^\s<>\"'(){}\[\]]+",
    re.I,
)
#: Where a match of ``_URL`` can begin: a scheme, "www." or (at a word start) a code host's first label.
_SCHEME_STARTS = ("http", "ftp", "www.")
_HOST_STARTS = tuple(sorted({h.split(".")[0] + "." for h in CODE_HOSTS}))
#: How far after its start a match's first "/" can be, unless it starts with "www.": after "https :"
#: (spaced) or after a host written with a space after each dot.
_SLASH_REACH = max(len("https : "), *(len(h) + h.count(".") for h in CODE_HOSTS))
_TRAILING = ".,;:!?)]}>'\""
#: Link shorteners: a link there is nothing without its path ("https://aka.ms/ name" broken by a space).
SHORT_LINK_HOSTS = ("aka.ms", "bit.ly", "goo.gl", "tinyurl.com", "t.co", "rb.gy")
#: Hosts of videos and talks: links there are not code, models or data.
MEDIA_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "bilibili.com", "slideslive.com", "twitch.tv")
#: Words just before a link that say it is a video or slides, not code ("a demo video can be found at ...").
_MEDIA_CUE = re.compile(r"\b(?:videos?|slides|talk|recording|poster|screencast)\b[^.;]{0,40}$", re.I)
_MEDIA_SUFFIXES = tuple("." + h for h in MEDIA_HOSTS)
_CODE_SUFFIXES = tuple("." + h for h in CODE_HOSTS)
_SPACES = re.compile(r"\s+")
_HAS_SCHEME = re.compile(r"(?:https?|ftp)://", re.I)
SCHEME = re.compile(r"^[a-z]+://", re.I)
#: The characters before a "/" in a match of ``_URL``: the "/" of "//", or a code host's last letter (in
#: either case: ``re.I`` matches no other character for these letters).
_BEFORE_SLASH = frozenset("/" + "".join(h[-1] for h in CODE_HOSTS).lower() + "".join(h[-1] for h in CODE_HOSTS).upper())


def repair_url(raw: str) -> str:
    """A clean URL from a written one: spaces inside removed, scheme added, trailing punctuation cut.

    >>> repair_url("https: //github.com/a/b.")
    'https://github.com/a/b'
    >>> repair_url("github. com/a/b),")
    'https://github.com/a/b'
    """
    u = _SPACES.sub("", raw)
    while u and u[-1] in _TRAILING:
        if u[-1] == ")" and u.count("(") >= u.count(")"):
            break
        u = u[:-1]
    if not _HAS_SCHEME.match(u):
        u = "https://" + u.lstrip("/")
    return u


def is_media_link(host: str, before: str) -> bool:
    """A link to a video or slides: a media host, or a non-code host that the words before it call a
    video ("A demo video can be found at https://...").

    >>> is_media_link("rb.gy", "A demo video is at "), is_media_link("github.com", "A demo video and code: ")
    (True, False)
    """
    host = host.lower().removeprefix("www.")
    if host in MEDIA_HOSTS or host.endswith(_MEDIA_SUFFIXES):
        return True
    if host in CODE_HOSTS or host.endswith(_CODE_SUFFIXES):
        return False
    return bool(_MEDIA_CUE.search(before))


def _anchors(text: str) -> list[int] | None:
    """Offsets where a match of ``_URL`` may begin, found with ``str.find`` (most abstracts have none);
    None when lower-casing changes the text's length (then the caller scans the whole text)."""
    if not _may_hold_url(text):
        return []  # most abstracts have no URL
    low = text.lower()
    if len(low) != len(text):
        return None
    out = []
    # "www." may begin a match anywhere, a scheme or a host only where a "/" follows within _SLASH_REACH
    # characters: only the stretch from just before the first "/" to the last is searched for them
    first = text.find("/")
    lo, hi = (max(0, first - _SLASH_REACH), text.rfind("/")) if first >= 0 else (0, 0)
    for word in _SCHEME_STARTS + _HOST_STARTS:
        a, b = (0, len(low)) if word == "www." else (lo, hi)
        i = low.find(word, a, b)
        while i >= 0:
            if word in _SCHEME_STARTS or i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_"):
                out.append(i)
            i = low.find(word, i + 1, b)
    return sorted(out)


def _may_hold_url(text: str) -> bool:
    """False when no match of ``_URL`` can be in ``text``: every match holds "//" (after a scheme), "www." in
    any case, or a code host's last letter and "/". Found with ``str.find`` (fast for one character).
    """
    i = text.find("/", 1)
    while i > 0:
        if text[i - 1] in _BEFORE_SLASH:
            return True
        i = text.find("/", i + 1)
    # no character but "w" and "W" lower-cases to a "w", none but "." to a ".": without a "W" the text
    # need not be lower-cased
    return "www." in (text.lower() if "W" in text else text)


def _url_matches(text: str):
    """The matches of ``_URL.finditer(text)``, tried only where a URL can begin."""
    return matches_at(_URL, text, _anchors(text))


#: A path part after a "/" and a space or line break ("https://github.com/ owner/ repo"): one written token.
_NEXT_PART = re.compile(r"[ \t]{0,2}\n?[ \t]{0,2}(?<=\s)([A-Za-z0-9_~%][^\s<>\"'(){}\[\]]*)")
#: Words that end a sentence's link rather than continue its path ("at https://x.org/ and the data").
_NOT_PATH = frozenset("a an and are as at by for from in is of on or our the this to was we which will with".split())


def _path_parts(url: str) -> tuple[str, int]:
    """The host of a repaired URL (lower case, no "www.") and the number of parts in its path."""
    host, _, path = SCHEME.sub("", url).partition("/")
    return host.lower().removeprefix("www."), sum(1 for p in path.split("/") if p)


def _needs_more(host: str, parts: int) -> bool:
    """A code host with less than an owner and a repository, or a short-link host with no path: the path
    must go on."""
    if host in SHORT_LINK_HOSTS:
        return parts < 1
    return (host in CODE_HOSTS or host.endswith(_CODE_SUFFIXES)) and parts < 2


def join_broken(text: str, start: int, end: int) -> int:
    """The end of the link written at ``text[start:end]`` once the path parts that text dumps split off
    with a space after a "/" or a "_" are joined back: "https://github.com/ owner/ repo", "tree/ master/src",
    "my_ repo".

    After a "/", a part is joined when the link is a code host without owner and repository yet (and the
    part is not a function word such as "and"), or when the part goes on as a path itself (holds a "/");
    after a "_" (no name ends with one), unless it is a function word.

    >>> t = "Code: https://github.com/ owner/ my-repo. Data: https://x.org/ and more."
    >>> t[6:join_broken(t, 6, 25)], t[48:join_broken(t, 48, 62)]
    ('https://github.com/ owner/ my-repo.', 'https://x.org/')
    """
    while end < len(text) and text[end - 1] in "/_":
        m = _NEXT_PART.match(text, end)
        if m is None:
            break
        part = m.group(1)
        if text[end - 1] == "_":  # no name ends with "_": "sngan_ projection"
            if part.lower() in _NOT_PATH:
                break
        elif "/" not in part.rstrip("/"):
            host, parts = _path_parts(repair_url(text[start:end]))
            if not _needs_more(host, parts) or part.lower() in _NOT_PATH:
                break
        end = m.end()
    return end


def find_urls(text: str) -> list[tuple[str, int, int]]:
    """``(repaired_url, start, end)`` for each URL in ``text``; ``text[start:end]`` is the written form
    without trailing punctuation. Path parts split off by spaces are joined back (:func:`join_broken`);
    a code host with no path (``https://github.com``) names no repository and is left out."""
    out: list[tuple[str, int, int]] = []
    for m in _url_matches(text):
        end = join_broken(text, m.start(), m.end())
        while end > m.start() and text[end - 1] in _TRAILING:
            if text[end - 1] == ")" and text[m.start():end].count("(") >= text[m.start():end].count(")"):
                break
            end -= 1
        raw = text[m.start():end]
        url = repair_url(raw)
        host, parts = _path_parts(url)
        if "." not in host or len(url) < 12 or (parts == 0 and _needs_more(host, parts)):
            continue
        if is_media_link(host, text[max(0, m.start() - 80):m.start()]):
            continue
        out.append((url, m.start(), end))
    return out
