"""The words the method readers share (:mod:`.method`, :mod:`.named_subjects`, :mod:`.not_subject`,
:mod:`.our_means`, :mod:`.method_name`): a dataset's slot before a name ("on the"), the kinds of a system ("model",
"network"), the verb that states a figure, the paper speaking ("we", "our model"), what a figure is obtained with
("using"), and the capitalised words that open a clause without naming a method. They decide nothing alone.
"""
from __future__ import annotations

import re


ON_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?(?:\d[\d,.]*\s+)?$", re.I)  # "on 1458 MoE layers"
#: the kind nouns of a system, not followed by what it is of: "method", "the network" (not "the method of")
SYSTEM_KIND = (r"(?:model|method|approach|framework|network|system|architecture|detector|algorithm|technique)s?\b"
                r"(?!\s+(?:of|in|from|by)\b)")
#: the words of a name written as one: capitalised, or with a capital inside ("Sparse RCNN", "kMaX-DeepLab")
NAME_WORDS = r"((?:[A-Z][\w+-]*[\w+]|[a-z]+[A-Z][\w+-]*)(?:\s[A-Z][\w+-]*[\w+])?)"
#: a verb that states a value: "achieves", "also reaches", "sets", "outperforms"
STATES_VERB = (r"(?:(?:also|further|still|even|can|could|now)\s+)?(?:achiev|obtain|reach|attain|yield|sets?\b|"
                r"records?\b|gets?\b|scores?\b|runs?\b|meets?\b|hits?\b|deliver|improv|outperform|surpass)\w*")


#: capitalised words that open a clause without naming a method
NOT_SUBJECT = frozenset(("it", "this", "that", "these", "those", "they", "we", "our", "its", "their", "such", "the", "a",
                          "an", "each", "both", "all", "which", "experiments", "results", "extensive", "empirical",
                          "experimental", "evaluation", "evaluations", "overall", "finally", "moreover", "furthermore",
                          "specifically", "additionally", "notably", "consequently", "thus", "hence", "besides", "also",
                          "code", "in", "on", "for", "with", "as", "using", "compared", "ours", "training", "testing",
                          "table", "tables", "figure", "fig", "section", "appendix", "there", "here", "now", "then"))
#: a name a figure is obtained with: "... 46.8 AP using ResNet50-FPN", "28.6 AP for VGG16"
WITH_BEFORE = re.compile(r"\b(?:using|with|based on|on top of|for)\s+(?:an?\s+|the\s+)?$", re.I)
WE = re.compile(r"\bwe\b", re.I)


#: "our SGANet": a name the paper writes as its own
OUR_BEFORE = re.compile(r"\bour\s+(?:[\w-]+\s+){0,1}?$", re.I)


#: a subject between a name and a value that is not the name: "X ..., with which we achieve", "on Y, it achieves"
PRONOUN = re.compile(r"\b(?:our|we|they)\b|\bit\s+(?:also\s+)?\w+s\b", re.I)
#: the paper speaking as the subject ("we", "our method", "this approach")
SUBJECT_OURS = re.compile(r"\b(?:we|our (?:[\w-]+ ){0,2}?(?:model|method|approach|framework|network|system|detector)s?|"
                           r"this (?:model|method|approach|framework|network|system))\b", re.I)
