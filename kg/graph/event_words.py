"""The words both readings of a contest share (:mod:`kg.graph.events`, :mod:`kg.graph.event_uses`): one list of
the verbs of competing, of the data words that make a contest's name its data, of editions, so that the two
readings never disagree on what "ranked first", "training" or "X 2016" say.
"""
from __future__ import annotations

import re

#: The words of a contest: "challenge", "competition", "contest", "shared task".
EVENT = r"(?:(?:sub-)?challenges?|competitions?|contests?|shared\s+tasks?)"
#: An edition after the name: "NTIRE 2018", "HANDS 2017", "X'19".
YEAR = r"(?:[\s\-]?(?:(?:19|20)\d\d|'\d\d))?"
#: Data words: after a contest's word they make it its data ("the X challenge data", "the X Challenge 4 dataset"), in
#: a task phrase they make it no event's part ("the X 2016 test task").
DATA_WORDS = frozenset({"data", "dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "set", "sets",
                        "test", "training", "validation", "dev", "images", "videos", "leaderboard", "leaderboards"})
_DATA_ALTERNATION = "|".join(sorted(DATA_WORDS, key=len, reverse=True))
#: No data word after the event's word, past a number or a letter of its part ("... challenge data", "the X Challenge 4
#: dataset", "the X shared task corpus" is data).
NO_DATA_AFTER = r"(?!(?:[\s\-]+(?:\d+[a-z]?|[A-Z]))?\s+(?:" + _DATA_ALTERNATION + r")\b)"
#: A data word right after a name: "the X Challenge benchmark", "the X 2016 shared task data".
DATA_AFTER = re.compile(r"(?:[\s\-]+(?:\d+[a-z]?|[A-Z]))?\s+(?:" + _DATA_ALTERNATION + r")\b", re.I)
#: The ordinal words up to ten: an edition ("the third X") or a rank ("placed fourth").
ORDINAL_WORDS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
#: A rank in a contest: "1st", "1 st", "No.1", "fourth".
_RANK = r"\d+\s?(?:st|nd|rd|th)|no\.\s?\d+|top|" + ORDINAL_WORDS
#: A verb or noun of competing before the name in its clause: "won the 1st place on the X Challenge", "placed third ...
#: in the X Challenge", "our winning entry at the X Challenge", "submitted to the X", "we took part in X 2016"; a
#: ranking verb only with its rank ("passage ranking", "our ranking model" are research words).
COMPETED = re.compile(r"\b(?:won|wins?|winning|winners?|participat\w*|competed|took\s+part|submissions?|submitted"
                      r"|entry|entries|runner-up|finalists?|(?:rank(?:ed|s|ing)|plac(?:ed|es|ing))\s+(?:\w+\s+)?"
                      r"(?:" + _RANK + r")|(?:" + _RANK + r")\s+(?:place|prize|position))\b"
                      r"(?:[^.;!?]|\.(?=\d)){0,80}$", re.I)
#: An edition in the name: a year ("X 2018", "X'19", "X2020"); two digits glued to capitals are a name's number
#: (CIFAR10, HMDB51, NTU60), not an edition.
EDITION = re.compile(r"(?:19|20)\d\d\b|'\d\d\b")


def competed_before(text: str, start: int) -> bool:
    """Whether a verb or noun of competing (:data:`COMPETED`) stands before ``start`` in its clause.

    >>> t = "Our team ranks first in the EMU Challenge; the EMU Challenge is hard."
    >>> competed_before(t, t.index("EMU")), competed_before(t, t.rindex("EMU"))
    (True, False)
    """
    return COMPETED.search(text, max(0, start - 90), start) is not None
