"""Dataset boundaries: a dataset keeps the year or version the text gives ("ICDAR 2015", "PRID 2011") and the
numbered task ("SemEval 2017 Task 8"), so a series name does not stand for its editions; a footnote mark is cut
off, a lexicon name the text goes on writing ("MORPH Album 2", "COCO-Stuff", "ImageNet 64×64") takes the rest, and
data the text calls internal is no public dataset.

Plain functions over candidates, called by :func:`kg.extract.selection.entity_hood`; the words they share with the
other boundary rules are in :mod:`kg.extract.boundaries`.
"""
from __future__ import annotations

import re

from kg.extract.boundaries import LANGUAGE_PAIR, SPLIT_WORDS, _without_pieces, grown_rule
from kg.extract.candidates import Candidate
from kg.extract.doc_context import WordName
from kg.extract.lexicon_data import name_key
from kg.extract.ordinary_words import generic
from kg.vocab import EntityType as T


# --- datasets: the edition the text gives ---------------------------------------------------------------------


#: A two-digit year written after a space where it can be no figure: after an apostrophe ("IWSLT '15", not a
#: quoted "'15'"), or a year of 1990-2029 before a campaign's task ("WMT 15 translation tasks", "WMT 12 shared
#: task", "IWSLT 15 task"; not the plural "bAbI 20 tasks", a count), a language pair ("IWSLT 16 English-Arabic")
#: or the sentence's end ("DAVIS 16 ."); "WMT 24 language pairs", "DAVIS 20 times", "COCO 80 classes" stay figures.
_SPACED_YEAR = (rf" (?:['’]\d\d(?!['’])|(?:[0-2]\d|9\d)(?=\s+(?:(?:shared\s+)?task\b|translation\b|{LANGUAGE_PAIR})"
                r"|\s*\.(?!\d)|\s*$))(?![\w%]|\.\d)")
#: A year or version right after a dataset's name ("ICDAR 2015", "DOTA-v1.5", "SemEval 2010", "Hub5'00"), not a figure.
#: A bare number is an edition only where the name ends (a list, a data noun: "NTU RGB+D 120 and", "ChestX-Ray 14
#: benchmark", "Challenge 2 data"); a lone "1" or a digit before ")" is a footnote mark ("Wikidata5M 1 ,", "Atari 3 )").
_EDITION = re.compile(r"[ \-](?:(?:19|20)\d\d|v\d+(?:\.\d+)?)(?![\w%]|\.\d)|['’]\d\d(?![\w%]|\.\d)"
                      r"| (?:\d\.\d|[1-9]\d{1,2}|[2-9](?!\s*\)))(?=\s*[,;)]|\.(?!\d)|\s+(?:and|or|datasets?|benchmarks?|corpus|test|dev|"
                      rf"sets?|splits?|challenge|data)\b)|{_SPACED_YEAR}")


#: A numbered task of an evaluation campaign written after its name ("SemEval 2017 Task 8", "SemEval task 8",
#: "SemEval 2016 Shared Task 8", "SemEval Task4"), not a figure ("task 2.5"). Spaces on one line only (a line break
#: ends a title; any space, a no-break space too), and ASCII digits only.
_TASK_NUMBER = re.compile(r"[^\S\n]+(?:[Ss]hared[^\S\n]+)?[Tt]ask(?:[^\S\n]|-)?[0-9]{1,2}(?![\w%]|[.,][0-9])")


#: Data a paper describes as its own and unpublished: "an internal generalized VA dataset" names no dataset.
_UNPUBLISHED_BEFORE = re.compile(r"\b(?:internal|in-house|proprietary|private|confidential)\s+(?:[\w\-]+\s+){0,2}$",
                                 re.I)


_DATA_NOUN_AFTER = re.compile(r"\s+(?:datasets?|data|corpus|corpora|database|collection)\b", re.I)


def unpublished_data(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop names found before a data noun ("the X dataset") that the text calls internal or proprietary
    data: a description of data nobody else can use, not a dataset's name (a lexicon name stays).

    >>> t = "gains on a complex internal generalized VA dataset and on the KITTI dataset"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 50, "dataset-context")
    >>> [t[x.start:x.end] for x in unpublished_data(t, [at("VA"), at("KITTI")])]
    ['KITTI']
    """
    return [c for c in cands if c.rule.startswith("lexicon") or not (
        _DATA_NOUN_AFTER.match(text, c.end) and _UNPUBLISHED_BEFORE.search(text, max(0, c.start - 50), c.start))]


#: A footnote mark a PDF converter left after a name: a digit, then a space before the punctuation that
#: follows the name ("a novel tracker called SiamVGG 1 .", "Kernel Point Convolution 1 (KPConv)").
_FOOTNOTE_END = re.compile(r"\s\d$")
#: the punctuation a PDF converter spaced off after a footnote mark ("FooNet 1 , a ..."; not "FooNet 2, a")
AFTER_FOOTNOTE = re.compile(r"\s[,.;:)(]")
_ACRONYM_NEXT = re.compile(r"\s\(([^()\s]{1,15})\)")


def footnote_marks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Cut a footnote mark off the end of a Method or Dataset name a rule found ("RSNet 1 , to model" ->
    "RSNet"). A version the text writes is no mark: it is followed by the punctuation with no space
    ("FastSpeech 2, which"), or by a word; a name the lexicon knows keeps its span ("Tacotron 2 )").

    >>> t = "a framework, RSNet 1 , to model; we propose FastSpeech 2, which"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 50, "named")
    >>> [t[x.start:x.end] for x in footnote_marks(t, [at("RSNet 1"), at("FastSpeech 2")])]
    ['RSNet', 'FastSpeech 2']
    >>> t = "the Dialog Challenges 7 (DSTC7) aims"
    >>> [t[x.start:x.end] for x in footnote_marks(t, [at("Dialog Challenges 7")])]
    ['Dialog Challenges 7']
    """
    return [c._replace(end=c.end - 2) if _footnote_marked(text, c) else c for c in cands]


def _footnote_marked(text: str, c: Candidate) -> bool:
    """A name a rule found ending in a spaced digit the text writes nowhere else with it, and not in the
    acronym that follows ("Technology Challenges 7 (DSTC7)", "WSOD 2 ) ... the proposed WSOD 2 can")."""
    if c.type not in (T.METHOD, T.DATASET) or c.rule.startswith("lexicon") or c.end - c.start <= 3 \
            or not _FOOTNOTE_END.search(text, c.start, c.end) or not AFTER_FOOTNOTE.match(text, c.end):
        return False
    digit = text[c.end - 1]
    acronym = _ACRONYM_NEXT.match(text, c.end)
    return text.count(text[c.start:c.end]) == 1 and not (acronym and acronym.group(1).endswith(digit))


def joined_datasets(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Two dataset names one space apart are one name when the second is one word found before a data word or in
    a list ("the DAVIS 2017 Unsupervised dataset", "KITTI VO", "WMT'14 English-German"), or when the lexicon's
    name for the second begins with the first ("PASCAL VOC-2012": the lexicon knows "VOC-2012" as PASCAL VOC 2012;
    "PAS-CAL VOC", "ImageNet ILSVRC2012"): the first is then the start of the name, not a series of its own.

    >>> t = "on the DAVIS 2017 Unsupervised dataset and KITTI VO, MVS, PASCAL VOC-2012 and KITTI Flickr8k"
    >>> at = lambda w, r, n=None: Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 50, r, n)
    >>> cs = [at("DAVIS 2017", "grown"), at("Unsupervised", "dataset-context"), at("KITTI", "lexicon"),
    ...       at("VO", "list"), at("MVS", "list"), at("PASCAL", "lexicon-gen", "PASCAL"),
    ...       at("VOC-2012", "lexicon", "PASCAL VOC 2012"), at("Flickr8k", "lexicon")]
    >>> [(t[c.start:c.end], c.canonical) for c in joined_datasets(t, cs)][:4]
    [('DAVIS 2017 Unsupervised', None), ('KITTI VO', None), ('MVS', None), ('PASCAL VOC-2012', 'PASCAL VOC 2012')]
    """
    ends = {c.end: c for c in cands if c.type is T.DATASET}
    absorbed: set[int] = set()  # id() of the first names, now inside a joined one
    out = []
    for c in cands:
        a = ends.get(c.start - 1) if c.type is T.DATASET else None
        if a is not None and text[a.end] == " ":
            if _continues(text, a, c):
                absorbed.add(id(a))
                c = c._replace(start=a.start)
            elif c.rule in _JOINING_RULES and " " not in text[c.start:c.end]:  # ("Named Entity Recognition" stays)
                absorbed.add(id(a))
                c = c._replace(start=a.start, canonical=None)
        out.append(c)
    return [c for c in out if id(c) not in absorbed]


#: an acronym and a year written right before a dataset's name: "NIST 2000 Switchboard", "DARPA 1998 ..."
_ACRONYM_YEAR_BEFORE = re.compile(r"\b([A-Z]{2,}) (?:19|20)\d\d $")


def dated_datasets(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A dataset name after an acronym and a year ("the NIST 2000 Switchboard task") starts at the acronym: the
    body and the year that dated the evaluation are part of the name. The acronym, typed a Method by its shape
    only, is no model of its own there (a lexicon Method stays a Method, and so does "BERT 2019" before no data).

    >>> t = "on the NIST 2000 Switchboard task, and GPT 2019 alone"
    >>> at = lambda w, k, r: Candidate(t.index(w), t.index(w) + len(w), k, 50, r)
    >>> cs = [at("NIST", T.METHOD, "name"), at("Switchboard", T.DATASET, "lexicon"), at("GPT", T.METHOD, "name")]
    >>> [(t[c.start:c.end], c.type.value) for c in dated_datasets(t, cs)]
    [('NIST 2000 Switchboard', 'Dataset'), ('GPT', 'Method')]
    """
    shaped = {(c.start, c.end): c for c in cands if c.type is T.METHOD and c.rule == "name"}
    if not shaped:
        return cands
    for c in cands:  # a name another rule or the lexicon found too ("BERT") is a name of its own
        if c.rule != "name" and (c.start, c.end) in shaped:
            del shaped[(c.start, c.end)]
    absorbed: set[int] = set()
    out = []
    for c in cands:
        m = _ACRONYM_YEAR_BEFORE.search(text, max(0, c.start - 12), c.start) if c.type is T.DATASET else None
        a = shaped.get(m.span(1)) if m else None
        if a is not None:
            absorbed.add(id(a))
            c = c._replace(start=a.start, canonical=None, rule=grown_rule(c.rule))
        out.append(c)
    return [c for c in out if id(c) not in absorbed] if absorbed else out


def _continues(text: str, first: Candidate, second: Candidate) -> bool:
    """Whether the lexicon's name for ``second`` begins with ``first`` and goes on (hyphens, spaces, case aside)."""
    if second.canonical is None:
        return False
    whole, head = name_key(second.canonical), name_key(first.canonical or text[first.start:first.end])
    return len(whole) > len(head) and whole.startswith(head)


#: A word that may go on a dataset's name: capitalised, a number or version, an edition after an apostrophe
#: ("Album", "2", "V2", "English-German", "'14"); a lower-case word ("depth", "task") is the text's own.
_NAME_WORD = re.compile(r" ((?:[A-Z0-9]|['’]\d)[^\s,;:()\[\]]*?)(?=[.]?(?:[\s,;:()\[\]]|$))")


def lexicon_continuations(text: str, cands: list[Candidate], keys: dict[str, WordName]) -> list[Candidate]:
    """A dataset name the text goes on writing, up to three capitalised or numbered words, when the longer span
    is a Dataset name of the lexicon written with other spaces or hyphens ("MORPH Album 2" for MORPH Album2,
    "SemEval-2010 Task 8", "PAS-CAL Context", "ScanNet V2"): the lexicon's name, not the series word.
    A name typed Method by its shape alone ("NYU" of "NYU Depth-V2", rule "name") grows so too, and is that Dataset.
    ``keys``: the lexicon's Dataset names by :func:`~kg.extract.lexicon_data.name_key`.

    >>> t = "on MORPH Album 2, KITTI depth and ScanNet V2 scans, COCO Panoptic Segmentation"
    >>> keys = {"morphalbum2": (T.DATASET, "MORPH Album2", True), "kittidepth": (T.DATASET, "KITTI-Depth", False),
    ...         "scannetv2": (T.DATASET, "ScanNetV2", False), "cocopanoptic": (T.DATASET, "COCO panoptic", False)}
    >>> at = lambda w, k=T.DATASET: Candidate(t.index(w), t.index(w) + len(w), k, 60, "lexicon")
    >>> cs = [at("MORPH"), at("KITTI"), at("ScanNet"), at("COCO"), at("Panoptic Segmentation", T.TASK)]
    >>> [(t[c.start:c.end], c.canonical) for c in lexicon_continuations(t, cs, keys)][:4]
    [('MORPH Album 2', 'MORPH Album2'), ('KITTI', None), ('ScanNet V2', 'ScanNetV2'), ('COCO', None)]
    """
    if not keys:
        return cands
    out = []
    for c in cands:
        if c.type is T.DATASET or (c.type is T.METHOD and c.rule == "name"):  # a shape's guess: "Foo Depth-V2"
            pos, best = c.end, None
            for _ in range(3):
                m = _NAME_WORD.match(text, pos)
                if not m:
                    break
                pos = m.end(1)
                hit = keys.get(name_key(text[c.start:pos]))
                if hit is not None and not _cuts(cands, c.end, pos):
                    best = (pos, hit)
            if best is not None:
                # (a generated entry found so is no "lexicon-gen" match: own_systems would read "presents X" as a system)
                c = _named_by(c, best[1], end=best[0], type=T.DATASET)
        out.append(c)
    return out


#: The rest of a token after a name's last letter ("-stuff" of "COCO-stuff,"), a full stop after it aside.
_TOKEN_REST = re.compile(r"-[^\s,;:()\[\]]*?(?=\.?(?:[\s,;:()\[\]]|$))")
#: A hyphen piece that names a split of a data set, not a data set ("-test", "-val", "-train"; cf. NAMED_SPLIT)
_SPLIT_PIECE = re.compile(rf"-(?:{SPLIT_WORDS}|testing|valid|validation|train|training|trainval|minival)(?=-|$)",
                          re.I)
#: A hyphen piece that starts in lower case ("-stuff", "-patch")
_LOWER_PIECE = re.compile(r"-[a-z]")


def lexicon_hyphen_pieces(text: str, cands: list[Candidate], keys: dict,
                          lone: frozenset[str] = frozenset()) -> list[Candidate]:
    """A dataset name the text goes on writing after a hyphen, in any case, when the longer span is a Dataset name
    of the lexicon ("COCO-stuff" for COCO-Stuff, "EMNIST-digits"): the lexicon's name, not the shorter one it
    begins with; the longest such span up to a hyphen of the token is taken. A piece no lexicon name goes on
    with ("ImageNet-trained", "COCO-like") stays outside, and so does one that reads as an adjective
    (:func:`~kg.extract.ordinary_words.generic`: "EMNIST-balanced", which the entity-hood filters would drop whole),
    a split's word ("CelebA-test" is CelebA's test split: :data:`_SPLIT_PIECE`), and a lower-case piece that makes
    a name of ``lone`` (generated names one name list alone gives: "ImageNet-patch attacks" are no data set).
    ``keys``: as for :func:`lexicon_continuations`.

    >>> t = "on COCO-stuff, COCO-like scenes and EMNIST-digits-v2, CelebA-test and ImageNet-patch attacks"
    >>> keys = {"cocostuff": (T.DATASET, "COCO-Stuff", True), "emnistdigits": (T.DATASET, "EMNIST-Digits", False),
    ...         "celebatest": (T.DATASET, "CelebA-Test", False), "imagenetpatch": (T.DATASET, "ImageNet-Patch", False)}
    >>> at = lambda w, n=0: Candidate(t.index(w, n), t.index(w, n) + len(w), T.DATASET, 60, "lexicon")
    >>> cs = lexicon_hyphen_pieces(t, [at("COCO"), at("COCO", 10), at("EMNIST"), at("CelebA"), at("ImageNet")],
    ...                            keys, frozenset({"imagenetpatch"}))
    >>> [(t[c.start:c.end], c.canonical, c.rule) for c in cs]  # doctest: +NORMALIZE_WHITESPACE
    [('COCO-stuff', 'COCO-Stuff', 'lexicon'), ('COCO', None, 'lexicon'), ('EMNIST-digits', 'EMNIST-Digits', 'grown'),
     ('CelebA', None, 'lexicon'), ('ImageNet', None, 'lexicon')]
    """
    out = []
    for c in cands:
        m = _TOKEN_REST.match(text, c.end) if keys and c.type is T.DATASET else None
        rest = m.group() if m else ""  # each piece's end, the whole token's last: "-stuff", "-digits-v2"
        ends = [c.end + i for i, ch in enumerate(rest) if ch == "-" and i] + ([c.end + len(rest)] if rest else [])
        for end in reversed(ends):
            hit = keys.get(name_key(text[c.start:end]))
            if hit is not None and _makes_the_name(text, cands, c, end, hit, lone):
                c = c._replace(end=end, canonical=hit[1], rule="lexicon" if hit[2] else "grown")
                break
        out.append(c)
    return out


def _makes_the_name(text: str, cands: list[Candidate], c: Candidate, end: int, hit: tuple,
                    lone: frozenset[str]) -> bool:
    """Whether the pieces ``text[c.end:end]`` written after ``c`` make the lexicon's Dataset ``hit`` (see
    :func:`lexicon_hyphen_pieces`): no candidate cut, no adjective, no split's word, no lower-case piece making a
    name only one list gives."""
    if hit[0] is not T.DATASET or _cuts(cands, c.end, end) or generic(text[c.start:end]):
        return False
    return not split_or_lone_piece(text[c.end:end], name_key(text[c.start:end]), lone)


def split_or_lone_piece(pieces: str, key: str, lone: frozenset[str]) -> bool:
    """Whether the hyphen pieces ``pieces`` written after a data set's name ("-test", "-patch") make no Dataset
    name of their own: a split's word (:data:`_SPLIT_PIECE`), or a lower-case piece when the whole name (its
    :func:`~kg.extract.lexicon_data.name_key` ``key``) is one of ``lone``, the names one imported list alone gives.

    >>> split_or_lone_piece("-test", "celebatest", frozenset()), split_or_lone_piece("-patch", "imagenetpatch",
    ...     frozenset({"imagenetpatch"})), split_or_lone_piece("-stuff", "cocostuff", frozenset())
    (True, True, False)
    """
    return bool(_SPLIT_PIECE.search(pieces)) or bool(_LOWER_PIECE.search(pieces) and key in lone)


#: A capitalised token and the slash or space that joins it to the name written after it ("ETH/", "Penn ").
_PREFIX_BEFORE = re.compile(r"(?<![\w\-/.])([A-Z][\w\-]*)[/ ]$")


def lexicon_prefixes(text: str, cands: list[Candidate], keys: dict[str, WordName]) -> list[Candidate]:
    """A dataset name written after a capitalised token and a slash or space that, with it, is a Dataset name of
    the lexicon written in another case or spacing ("ETH/Ucy" for ETH/UCY): the lexicon's name, not its second
    half, and a candidate inside it ("ETH") goes. ``keys``: the lexicon's Dataset names by
    :func:`~kg.extract.lexicon_data.name_key`.

    >>> t = "on the ETH/Ucy and the Foo/Ucy sets"
    >>> keys = {"eth/ucy": (T.DATASET, "ETH/UCY", False)}
    >>> at = lambda w, i=0: Candidate(t.index(w, i), t.index(w, i) + len(w), T.DATASET, 60, "dataset-context")
    >>> [(t[c.start:c.end], c.canonical) for c in lexicon_prefixes(t, [at("ETH"), at("Ucy"), at("Ucy", 20)], keys)]
    [('ETH/Ucy', 'ETH/UCY'), ('Ucy', None)]
    """
    if not keys:
        return cands
    out, grown = [], []
    for c in cands:
        m = _PREFIX_BEFORE.search(text, max(0, c.start - 20), c.start) if c.type is T.DATASET else None
        hit = keys.get(name_key(text[m.start(1):c.end])) if m else None
        if hit is not None:
            c = _named_by(c, hit, start=m.start(1))
            grown.append((c.start, c.end))
        out.append(c)
    return _without_pieces(out, grown)


#: A lone lower-case letter after a name ending in a number: a superscript the PDF spaced off ("COCO-20 i" for
#: COCO-20^i, "PASCAL-5 i, and ...").
_SPACED_SUPERSCRIPT = re.compile(r" ([a-z])(?=[\s,.;:)]|$)")


def spaced_superscripts(text: str, cands: list[Candidate], keys: dict) -> list[Candidate]:
    """A name ending in a number with a lone letter after it that, written together, is a Dataset name of the
    lexicon ("COCO-20 i", "PASCAL-5 i" for COCO-20i, PASCAL-5i): the lexicon's Dataset, not a series cut
    before its superscript (a shape guess makes "COCO-20" a Method).
    ``keys``: the lexicon's Dataset names by :func:`~kg.extract.lexicon_data.name_key`.

    >>> t = "on PASCAL-5 i and COCO-20 i splits"
    >>> keys = {"pascal5i": (T.DATASET, "PASCAL-5i", True), "coco20i": (T.DATASET, "COCO-20i", True)}
    >>> cs = [Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 40, "acronym") for w in ("PASCAL-5", "COCO-20")]
    >>> [(t[c.start:c.end], c.type.value, c.canonical) for c in spaced_superscripts(t, cs, keys)]
    [('PASCAL-5 i', 'Dataset', 'PASCAL-5i'), ('COCO-20 i', 'Dataset', 'COCO-20i')]
    """
    out = []
    for c in cands:
        m = _SPACED_SUPERSCRIPT.match(text, c.end) if c.end and text[c.end - 1].isdigit() else None
        hit = keys.get(name_key(text[c.start:c.end] + m.group(1))) if m else None
        if hit is not None and hit[0] is T.DATASET:
            c = c._replace(end=m.end(1), type=T.DATASET, canonical=hit[1], rule="lexicon" if hit[2] else "grown")
        out.append(c)
    return out


#: An image size written after a name ("ImageNet 64×64", "CelebA 64 x 64"): the two sides of the resolution.
_RESOLUTION = re.compile(r" (\d{2,4}) ?[x×] ?(\d{2,4})(?![\w%]|\.\d)")


def dataset_resolutions(text: str, cands: list[Candidate], keys: dict) -> list[Candidate]:
    """A dataset name followed by an image size that the lexicon knows as a benchmark of its own ("ImageNet
    64×64", "CelebA 64 x 64": generative models report each resolution apart) takes the size, however the
    text writes the "×"; its canonical is the lexicon's name. A size the lexicon has no benchmark for ("COCO
    at 640×640") stays outside. ``keys``: as for :func:`lexicon_continuations`.

    >>> t = "on ImageNet 32 × 32, ImageNet 64×64 and COCO 640x640"
    >>> keys = {"imagenet32x32": (T.DATASET, "ImageNet 32x32", False), "imagenet64x64": (T.DATASET, "ImageNet 64x64", False)}
    >>> at = lambda w, n=0: Candidate(t.index(w, n), t.index(w, n) + len(w), T.DATASET, 60, "lexicon")
    >>> [(t[c.start:c.end], c.canonical) for c in dataset_resolutions(t, [at("ImageNet"), at("ImageNet", 20), at("COCO")], keys)]
    [('ImageNet 32 × 32', 'ImageNet 32x32'), ('ImageNet 64×64', 'ImageNet 64x64'), ('COCO', None)]
    """
    if not keys:
        return cands
    out, grown = [], {}
    for c in cands:
        m = _RESOLUTION.match(text, c.end) if c.type is T.DATASET else None
        hit = keys.get(name_key(f"{text[c.start:c.end]}{m.group(1)}x{m.group(2)}")) if m else None
        if hit is not None and hit[0] is T.DATASET and not _cuts(cands, c.end, m.end()):
            c = c._replace(end=m.end(), canonical=hit[1], rule="lexicon" if hit[2] else "grown")
            grown[c.start] = c.end
        out.append(c)
    # the lexicon's shorter reading of the same words ("ImageNet 32" of "ImageNet 32 × 32") is that name cut
    return [c for c in out if not (c.type is T.DATASET and c.end < grown.get(c.start, 0))] if grown else out


#: Between two coordinated names: a comma, "and", "or", a slash.
_COORD_NAMES = re.compile(r"(?:,\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+|/)$")
_CAPITALS, _SMALL, _DIGITS = re.compile(r"[A-Z]+"), re.compile(r"[a-z]+"), re.compile(r"\d+")


def _shape(word: str) -> str:
    """A word's shape: runs of capitals, small letters and digits as "A", "a", "0" ("English-to-German" ->
    "Aa-a-Aa", "V2-35" -> "A0-0")."""
    return _CAPITALS.sub("A", _SMALL.sub("a", _DIGITS.sub("0", word)))


def elided_dataset_heads(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A one-token dataset name with a hyphen coordinated right after a longer dataset name whose last word has
    its shape ("WMT'14 English-to-French and English-to-German", "Speech Commands V2-12 and V2-35") is the other
    part of that name, its head left out: its canonical is the head with it (rule "version", read for this
    mention only, as :func:`kg.extract.results.name_lists.version_lists` reads "DAVIS 2016/2017").

    >>> t = "on WMT'14 English-to-French and English-to-German, on Speech Commands V2-12 and V2-35 and on KITTI VO, MVS-2"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 60, "list")
    >>> cs = [at("WMT'14 English-to-French"), at("English-to-German"), at("Speech Commands V2-12"), at("V2-35"),
    ...       at("KITTI VO"), at("MVS-2")]
    >>> [c.canonical for c in elided_dataset_heads(t, cs)]
    [None, "WMT'14 English-to-German", None, 'Speech Commands V2-35', None, None]
    """
    by_end = {c.end: c for c in cands if c.type is T.DATASET and " " in text[c.start:c.end]}
    if not by_end:
        return cands
    out = []
    for c in cands:
        name = text[c.start:c.end]
        if c.type is T.DATASET and "-" in name and " " not in name:
            m = _COORD_NAMES.search(text, max(0, c.start - 9), c.start)
            first = by_end.get(m.start()) if m else None
            if first is not None:
                head, last = text[first.start:first.end].rsplit(" ", 1)
                if _shape(last) == _shape(name) and last != name:
                    c = c._replace(canonical=f"{head} {name}", rule="version")
        out.append(c)
    return out


def spaced_dataset_parts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A dataset name found by its shape alone (rule "name") written right after another dataset name, one space
    between them and no comma or "and", is the rest of that name, not a second dataset: "COCO MVal", "KITTI VO",
    "NTU RGB-D-60" each name one benchmark (a subset or a track of the first), so the two are one name (rule
    "grown") and the pieces go. A name another rule found ("AFHQ CelebA-HQ" in a figure's labels) stays apart.

    >>> t = "on COCO MVal, KITTI VO, AFHQ CelebA-HQ and COCO, MVal"
    >>> at = lambda w, r, n=0: Candidate(t.index(w, n), t.index(w, n) + len(w), T.DATASET, 60, r)
    >>> cs = [at("COCO", "lexicon"), at("MVal", "name"), at("KITTI", "lexicon"), at("VO", "name"),
    ...       at("AFHQ", "lexicon"), at("CelebA-HQ", "lexicon"), at("COCO", "lexicon", 40), at("MVal", "name", 40)]
    >>> [t[c.start:c.end] for c in spaced_dataset_parts(t, cs)]
    ['COCO MVal', 'KITTI VO', 'AFHQ', 'CelebA-HQ', 'COCO', 'MVal']
    """
    by_end = {c.end: c for c in cands if c.type is T.DATASET}
    out, grown = [], []
    for c in cands:
        first = by_end.get(c.start - 1) if c.type is T.DATASET and c.rule == "name" else None
        if first is not None and text[c.start - 1] == " " and first.start < c.start:
            merged = c._replace(start=first.start, canonical=None, rule="grown")
            grown.append((merged.start, merged.end))
            out.append(merged)
        else:
            out.append(c)
    return _without_pieces(out, grown) if grown else out


def _cuts(cands: list[Candidate], start: int, end: int) -> bool:
    """Whether a span from ``start`` to ``end`` would cut a candidate that begins inside it and goes on past it
    ("COCO Panoptic Segmentation": "COCO Panoptic" would cut the task)."""
    return any(start < o.start < end < o.end for o in cands)


#: Rules that find a dataset's last word by the words around it (a data word after, a list).
_JOINING_RULES = frozenset({"dataset-context", "list", "name"})


def dataset_editions(text: str, cands: list[Candidate], keys: dict[str, WordName]) -> list[Candidate]:
    """Dataset candidates with the year or version written right after them ("ICDAR 2015", "PRID 2011",
    "VQA v2"): an edition is a dataset of its own, the series name alone is not the one used. (An acronym
    typed by its shape only is left alone: with a year it is as often a challenge or a venue, "NTIRE 2021".)
    An edition that is a Dataset name of the lexicon written with other spaces ("WMT 16" for WMT16) is that
    name, as :func:`lexicon_continuations` would make it. ``keys``: as for :func:`lexicon_continuations`.

    >>> t = "on ICDAR 2015 and PRID 2011, and CIFAR-10 2019 runs, WMT 16 English-Romanian"
    >>> c = [Candidate(3, 8, T.DATASET, 60, "lexicon-gen", "ICDAR"), Candidate(18, 22, T.DATASET, 50, "name"),
    ...      Candidate(33, 41, T.DATASET, 60, "lexicon"), Candidate(53, 56, T.DATASET, 60, "lexicon", "WMT")]
    >>> keys = {"wmt16": (T.DATASET, "WMT16", True)}
    >>> [(t[x.start:x.end], x.canonical, x.rule) for x in dataset_editions(t, c, keys)]  # doctest: +NORMALIZE_WHITESPACE
    [('ICDAR 2015', None, 'grown'), ('PRID 2011', None, 'name'), ('CIFAR-10', None, 'lexicon'),
     ('WMT 16', 'WMT16', 'lexicon')]
    """
    out = []
    spans = {(c.start, c.end) for c in cands if c.type is T.DATASET}
    for c in cands:
        if c.type is T.DATASET and (not text[c.end - 1:c.end].isdigit() or text[c.end:c.end + 1] in "'’"):
            m = _EDITION.match(text, c.end)  # ("Hub5'00": a year after an apostrophe, whatever the name ends in)
            if m and (c.start, m.end()) not in spans:  # (a lexicon entry with it keeps its canonical)
                c = _edition(c, m.end(), keys.get(name_key(text[c.start:m.end()])))
        out.append(c)
    return out


def _edition(c: Candidate, end: int, hit: WordName | None) -> Candidate:
    """``c`` grown to ``end``: the lexicon's name ``hit`` if the longer span is one, else a name of its own."""
    if hit is None:
        return c._replace(end=end, canonical=None, rule=grown_rule(c.rule))
    return _named_by(c, hit, end=end)


def _named_by(c: Candidate, hit: WordName, **span: object) -> Candidate:
    """``c`` with the fields ``span`` (its new start, end or type), named by the lexicon's entry ``hit`` (type,
    canonical, curated): its canonical, rule "lexicon" for a curated entry, "grown" for a generated one."""
    _, canonical, curated = hit
    return c._replace(canonical=canonical, rule="lexicon" if curated else "grown", **span)


def numbered_tasks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Dataset candidates with the numbered task written right after them ("SemEval 2017 Task 8"): each task of
    a campaign has data of its own, as an edition does, and the campaign's name alone is not the one used; a
    candidate inside the grown name ("Task4", typed by its shape) goes.

    >>> t = "on SemEval 2017 Task 8 and SemEval Task4, not SemEval task 2.5"
    >>> at = lambda i, n, k=T.DATASET: Candidate(i, i + n, k, 60, "lexicon-gen", t[i:i + n])
    >>> cs = [at(3, 12), at(27, 7), at(35, 5, T.METHOD), at(46, 7)]
    >>> [(t[x.start:x.end], x.canonical, x.rule) for x in numbered_tasks(t, cs)]
    [('SemEval 2017 Task 8', None, 'grown'), ('SemEval Task4', None, 'grown'), ('SemEval', 'SemEval', 'lexicon-gen')]
    """
    out, grown = [], []
    for c in cands:
        m = _TASK_NUMBER.match(text, c.end) if c.type is T.DATASET else None
        if m:
            c = _edition(c, m.end(), None)
            grown.append((c.start, c.end))
        out.append(c)
    return _without_pieces(out, grown) if grown else out
