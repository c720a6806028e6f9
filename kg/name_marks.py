"""Marks in a name that make another thing or another spelling of one, read alike by the link keys
(:mod:`kg.link.normalize`) and the graph ids (:mod:`kg.graph.ids`). A leaf module: both import it, neither imports
the other.
"""
from __future__ import annotations

import re

#: A question mark opening a name before a hyphen or a space: a Greek letter an encoding lost ("?-DARTS" of
#: "β-DARTS"), which makes a variant of the name after it, no punctuation to drop.
LOST_LETTER = re.compile(r"^\?+(?=[\-\s]*[^\W\d_])")
#: A hyphen ending a name right after a letter or a digit: a minus sign naming a variant ("DARTS-" is not "DARTS",
#: as "DARTS+" is not).
MINUS_END = re.compile(r"(?<=[A-Za-z0-9])-$")
#: A times sign between two digits, a size's ("512×512", "512 × 512"): written "x" as "512x512" is, not dropped.
TIMES_SIGN = re.compile(r"(?<=\d)\s*\u00d7\s*(?=\d)")
