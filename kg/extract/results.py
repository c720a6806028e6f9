"""Stated results: each number an abstract reports, bound to its metric, dataset and method, with its kind.

Plain functions over character offsets; :func:`results` is what the entity finder calls. Per sentence:

1. values: the numbers (:func:`kg.extract.rules.number_spans`, units such as "mm", "times", "-fold" added),
   not inside a name, not a citation ("[44]") or a year;
2. lists: values joined by "/", ",", ";", "and", "or" (with only datasets and prepositions between
   them) share what one member finds ("58.7/58.9 box AP", "94.4% on A and 97.8% on B");
3. kind: ``ratio`` ("2.5x", "3 times"), ``delta`` ("by 2.6%", "+2.7", "7.7 points", "50% fewer"),
   else ``score``; "from A to B" is the score B with baseline A; values after "compared to", "versus",
   "than" are other methods' figures: the baseline of the value before them, never results of their own;
4. metric: a unit that is a metric ("101 FPS"), else the nearest one right after ("80.4% mIoU"), else
   right before ("mIoU of 80.4", "FID (A: 3.6; B: 4.1)"), else the list's; a list of metrics
   ("rank1/mAP 91.0%/83.3%") pairs with a list of as many values by position;
5. dataset: "V on D" right after, else the nearest before in the value's own stretch ("D: V",
   "D accuracy to V"), else the list's, else n values paired with the sentence's n datasets
   ("on A and B ... 63.6% and 64.0%"), else the first after in the clause, else the nearest before;
6. method: the nearest before in the clause (not one the value is compared with; the subject of "X
   outperforms Y by V"; the first name of an opening "Using X, we ..."), else the paper's own method
   (:func:`paper_method`, once per paper) when the sentence says "our"/"we" or names it, else the
   sentence's first method.

Counts, shares, budgets, thresholds, cited figures and footnote marks are not scores (:func:`_not_a_score`).

A value needs a metric, or (when it is a percentage or a decimal) a dataset right beside it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple
from functools import lru_cache

from kg.extract import rules
from kg.metrics import MetricKnowledge, norm_metric
from kg.extract.proposals import main_method
from kg.extract.rules import Candidate
from kg.models import Result
from kg.vocab import EntityType as T

_EXTRA_VALUE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:\s?(?:\+-|±|\+/-)\s?\d+(?:\.\d+)?%?|"
                          r"(?:times)?(?:-{1,2}|–)\d+(?:\.\d+)?times|times\b|"
                          r"\s?(?:GB|MB|TB|ms|mm|cm|GPU hours|[MBKG])(?![\w-]))")
_UNIT = re.compile(r"\s?(?:mm|cm|GB|MB|dB|times|-fold|fold|billion|million)\b", re.I)
_CITATION = re.compile(r"\[[\d,\s–-]*$")
_RATIO = re.compile(r"(?:x|×|times|fold)$", re.I)
_RATIO_AFTER = re.compile(r"\s*(?:times|-?fold)\b", re.I)
_DELTA_BEFORE = re.compile(r"(?:\b(?:improvements?|gains?|boosts?|increases?|reductions?|drops?|decreases?|"
                           r"degradations?)\s*\(|\bby(?:\s+an?)?(?:\s+as much as)?(?:\s+average(?:\s+of)?)?(?:\s+absolute|\s+relative)?|\bmargin\s*\(|\bmargins? of|\b(?:improvements?|gains?|boosts?|increases?|reductions?|drops?|"
                           r"decreases?|degradations?|losses) of)\s*(?:an average of\s+|about\s+|around\s+|only\s+|over\s+|more than\s+|~|∼|\?)?"
                           r"(?:up to\s+)?$", re.I)
_DELTA_AFTER = re.compile(r"\s*(?:%|\))?\s*(?:absolute\s+|relative\s+|[\w@-]+\s+|\([\w@-]+\)\s+){0,3}?(?:improvements?|gains?|increases?|boosts?|"
                          r"reductions?|drops?|decreases?|higher|lower|better|worse|more|less|fewer|faster|slower|"
                          r"smaller|larger|points?|pp|margin|extra|additional|up|relatively)\b", re.I)
#: a change verb right before the value ("reduces 37% FLOPs", "an improvement, of up to 21%")
_CHANGE_BEFORE = re.compile(r"\b(?:reduc\w*|cut\w*|sav\w*|decreas\w*|increas\w*|improv\w*|boost\w*|gain\w*|lower\w*)"
                            r"[\s,:]+(?:(?!to\b|of\b|from\b)[\w-]+\s+){0,3}?(?:of:?\s+|by\s+)?"
                            r"(?:up to\s+|about\s+|around\s+|over\s+|~|∼)?$", re.I)
#: someone else's figure: human performance, a version ("ERNIE-ViLG 2.0"), an image size ("640×480")
#: "improvements for both tagging (up to 1.9%) and parsing (up to 1% F1)": bounds of a change
_CHANGE_TO = re.compile(r"\b(?:reduc|cut|lower|decreas|increas|rais|limit)\w*\s+(?:[\w-]+\s+){0,4}?to\s*$", re.I)
_UP_TO = re.compile(r"\bup to\s*$", re.I)
_CHANGE_NOUN = re.compile(r"\b(?:improv\w*|gains?|boost\w*|increas\w*|reduc\w*|outperform\w*|speed-?ups?)\b(?:[^.;]|\.\d)*$", re.I)
#: a count or a setting, not a score: "3 different model sizes", "9 benchmarks", "in 8.5 hours", "44,400 every day"
_COUNTED = re.compile(r"\s+(?:different|distinct|various|separate|other|additional|more|new|every)\b|"
                      r"\s+(?:hours?|days?|minutes?|seconds?|weeks?|months?|years?|GPUs?|TPUs?|epochs?|steps?|"
                      r"iterations?|samples?|examples?|images?|layers?|languages?|people|persons?|users?)\b", re.I)
_HUMAN = re.compile(r"\bhuman(?:[- ]level)?(?: performance)?\b(?:[^.;,]{0,25}|\s*\([^()]{0,60})$", re.I)
_SIZE = re.compile(r"\s?[×x*?]\s?\d")
_NOT_A_FIGURE = re.compile(r"\s*orders? of magnitude", re.I)
_POINTS = re.compile(r"(?:points?|pp)$", re.I)
_FROM_TO = re.compile(r"^\s*(?:%\s*)?(?:[A-Za-z][\w@-]{0,11}\s+)?(?:\([^)]{0,30}\)\s*)?(?:(?:down |up )?to|->|→)\s*$", re.I)
_FROM = re.compile(r"\bfrom\s*$", re.I)
_ARROW = re.compile(r"\s*%?\s*(?:->|→|=>)\s*")
_RANGE = re.compile(r"\brang\w*\s+from\s*$|\bbetween\s*$", re.I)
_OTHERS = re.compile(r"(?:\bcompared (?:to|with)|\bversus|\bvs\.?|\bthan|\bover|\bon par with|\bcomparable to|"
                     r"\bclose to|\bsimilar to)\s*(?:the\s+)?$|\bbaselines?(?:'s)?(?: scores?| results?)?\s*\(\s*$|"
                     r"\b(?:previous(?:ly)?|prior|compared (?:to|with)(?: the)?)\s+(?:[\w-]+\s+){0,3}(?:of\s+|is\s+|was\s+|at\s+)?$|"
                     r"\b(?:baselines?|previous|prior|existing)\b[^,;()]{0,40}?\bsuch as\s+[^,;()]{1,30}?\s+with\s+(?:an?\s+)?"
                     r"(?:[\w-]+\s+){0,2}(?:of\s+)?$", re.I)
#: "(ours reach 18.7%,) outperforming the attention-based counterpart with the CER of 22.0%": after a figure of
#: the paper's own, the beaten method's figure ("our method outperforms others with F1 of 79.6%" is the paper's)
_OTHERS_WITH = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*)\s+(?:[\w-]+\s+){1,4}with\s+(?:an?\s+|the\s+|its\s+)?"
                          r"(?:[\w@-]+\s+){0,2}(?:of\s+)?$", re.I)
_BY_OVER = re.compile(r"\bby\s+over\s*$", re.I)  # "exceeding the state of the art by over 5%": a change
_OTHERS_NEXT = re.compile(r"\s*%?\s*(?:compared|versus|vs\b|than|over)", re.I)
_OTHERS_AFTER = re.compile(r"\s*%?\s*\((?:the )?(?:current |previous |prior )?(?:SOTA|state[- ]of[- ]the[- ]art|baseline)\)|"
                           r"\s*%?\s*(?:[\w-]+\s+){0,2}(?:achieved|obtained|reported) by (?!our|us|the proposed)", re.I)
#: a bound rather than a figure ("models that exceed 80%", "up to 95% of layers"): not a score
_BOUND = re.compile(r"\b(?:exceed\w*|above|below|under|more than|less than|at least|at most|greater than|fewer than|"
                    r"higher than|lower than)\s*$|\bthresholds?\s*(?:of\s+|from\s+|at\s+|=\s*|>\s*)?$", re.I)
_LIST_GAP = re.compile(r"^(?:\s|[,;/:()=]|%|\band\b|\bor\b|\bon\b|\bin\b|\bfor\b|\bthe\b|\brespectively\b|\bD\b|\bM\b|"
                       r"\b(?:dev|test|val|validation|minival)(?:-\w+)?\b|\b(?:sets?|splits?|subsets?)\b|"
                       r"(?-i:[A-Z][\w-]*)(?=\s*:))*$", re.I)
_METRIC_AFTER = re.compile(r"(?:\s|%|\)|\bin terms of\b|\bthe\b|\bin\b|\bof\b|\bscore\b|\bon average\b)*"
                           r"(?:(?!and\b|or\b|but\b|while\b|whereas\b|at\b|with\b)(?-i:[a-z][a-z0-9-]{0,9})\s+(?:in\s+|of\s+)?){0,2}", re.I)
_METRIC_BEFORE = re.compile(r"\)?\s*(?:scores?\s+)?(?:\(\s*)?(?:of|by|at|:|=|is|was|are|were|reaches|reached|to|from|"
                            r"(?:improves?|increases?|decreases?|drops?|rises?|goes|went|falls?) (?:from|to)|"
                            r"(?:is|are|was|were|has been|have been) (?:\w+ly )?(?:improved|increased|reduced|decreased|"
                            r"boosted|raised|lowered|pushed) (?:from|to)|"
                            r"achieves?|gets?|equal to|equals?)?\s*(?:an average of|averaged|average)?\s*(?:up to\s+|about\s+|around\s+|~|\(\s*)?$", re.I)
_ON_D = re.compile(r"\s*(?:on|in|for)\s+(?:the\s+)?D(?:\s*(?:,|and|/|,\s*and)\s*D)*\s*(?:datasets?\s+|benchmarks?\s+)?(?=\S)",
                  re.I)
_COMPARATIVE = re.compile(r"\s*(?:faster|slower|smaller|larger|fewer|less|more|higher|lower|cheaper)\b", re.I)
_ON_DATASET = re.compile(r"^\s*%?\)?\s*(?:\S+\s+){0,5}?(?:on|in|for|over|at|of|from|across)\s+(?:the\s+)?$", re.I)
_DECIMAL = re.compile(r"\d[.,]\d")
_BEFORE_DATASET = re.compile(r"^\s*(?:[:=(]|\(\s*\w+\s*[:=]?)?\s*$")
_DATASET_THEN_VALUE = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:[:=(]|of|to|is|was|reaches|reached)\s*(?:\(\s*)?", re.I)
#: between two datasets of one list: glue, and names kg did not type ("MS MARCO, TREC-DL and FooQA")
_DLIST_GAP = re.compile(r"(?:-[\w.]+)?[\s,/&]*(?:(?:and|or)\s+)?(?:[A-Z][\w.-]*[\s,]+(?:(?:and|or)\s+)?)*")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
#: "to 51.1 and 44.3 respectively, and ... on A and B": the values' datasets came before them
_RESP_AFTER = re.compile(r"[^,;.()]{0,25}?\brespectively\b", re.I)
_ON_NEXT = re.compile(r",?\s*(?:on|in|for)\b", re.I)  # "99.9% and 99.8% respectively, on A and B"
_CLAUSE = re.compile(r"[;]|,\s*(?:while|whereas|but|which)\b")
_COMPARE = re.compile(r"\b(?:outperform\w*|than|over|compared|versus|vs\.?|surpass\w*|beat\w*|exceed\w*)\b", re.I)
_COMPARED_BEFORE = re.compile(r"\b(?:outperform\w*|than|over|compared (?:to|with)|versus|vs\.?|surpass\w*|beat\w*|"
                              r"exceed\w*|such as|including|like|comparable (?:\w+ )?to|other|match\w*|against|without)\b[^,;.]*$", re.I)
_HAS_VALUE = re.compile(r"\d(?:[.,]\d+)?\s?(?:%|x\b|×|points?\b)")
_SUBJECT_GAP = re.compile(r"\b(?:achiev\w*|gets?|got|reach\w*|obtain\w*|yield\w*|attain\w*|improv\w*|enhanc\w*|"
                          r"boost\w*|sets?|scor\w*|records?|has|have|had|with|at|is|was|are|were|reduc\w*|"
                          r"increas\w*|runs?|lowers?|perform\w*|outperform\w*|surpass\w*)\b|[:=(]", re.I)
#: names the finder may type Method that never say whose result it is
_COMPONENT = re.compile(r"\s*(?:backbones?|encoders?|feature extractors?|as (?:the )?backbone)\b", re.I)
_NOT_METHODS = frozenset(("sota", "state-of-the-art", "state of the art", "baseline", "baselines"))
_ON_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?(?:\d[\d,.]*\s+)?$", re.I)  # "on 1458 MoE layers"
_BY = re.compile(r"\s*by\s*(?:about\s+|up to\s+|over\s+)?", re.I)
_WE_OURS = re.compile(r"\b(?:our|we|proposed|it|this (?:model|method|approach|framework|network|system))\b", re.I)


@dataclass
class _Value:
    start: int
    end: int
    text: str
    kind: str = "score"
    baseline: str | None = None
    dropped: bool = False
    group: int = -1
    metric: int | None = None
    dataset: int | None = None
    base: "_Value | None" = None  # the "from A to B" value A of B
    other: "_Value | None" = None  # the figure B this value is compared with ("A compared to B")
    size: bool = False  # a dimension ("640×480"), not a figure at all
    listed: bool = False  # paired with a dataset of a list by position ("A and B ... on X and Y, respectively")


def values(text: str, s0: int, s1: int, spans: list[tuple[int, int]]) -> list[_Value]:
    """The sentence's candidate values: numbers outside names and citations, with their units.

    >>> [v.text for v in values("It gets 26mm and 1.42 times [12] on X-50.", 0, 41, [(36, 40)])]
    ['26mm', '1.42 times']
    """
    found = [(m.start(), m.end(), m.group(0)) for m in _EXTRA_VALUE.finditer(text, s0, s1)]
    for n in rules.number_spans(text, s0, s1):  # "98+-2%", "6--10times": forms the general scanner cuts short
        if not any(a <= n[0] < b or n[0] <= a < n[1] for a, b, _ in found):
            found.append(n)
    found.sort()
    out = []
    for vs, ve, v in found:
        if any(a <= vs < b for a, b in spans) or _CITATION.search(text, max(s0, vs - 12), vs):
            continue
        glued = text[ve:ve + 1].isalpha() and any(a == ve for a, _ in spans)  # "54.3AP"
        if text[ve:ve + 1] == "]" or (text[ve:ve + 1].isalnum() and not glued) \
                or (text[ve:ve + 1] == "." and text[ve + 1:ve + 2].isdigit()):
            continue  # a citation, or a number cut short ("25" of "25.8GB")
        m = _UNIT.match(text, ve, s1)
        if m and not v[-1:].isalpha():
            ve, v = m.end(), text[vs:m.end()]
        out.append(_Value(vs, ve, v))
    return out


def _name_part(text: str, v: _Value, s0: int, spans: list[tuple[int, int]]) -> bool:
    """A number that is part of a name: "Top-2 accuracy" (a setting, not a score of 2), "AMR 2.0 (" (a
    version right after a name, with no unit or metric after it)."""
    if re.search(r"(?<![A-Za-z])[A-Za-z]{1,4}-$", text[max(s0, v.start - 6):v.start]) and v.text.isdigit():
        return True
    return bool(re.fullmatch(r"\d{1,2}\.\d", v.text) and text[v.start - 1:v.start] == " "
                and any(b == v.start - 1 for _, b in spans) and not re.match(r"\s?(?:%|[A-Za-z])", text[v.end:v.end + 2]))


def _kinds(text: str, vals: list[_Value], s0: int, spans: list[tuple[int, int]]) -> None:
    """Kind, baseline and "someone else's figure" for each value, in place."""
    for k, v in enumerate(vals):
        before = text[max(s0, v.start - 60):v.start]
        if _name_part(text, v, s0, spans):
            v.dropped = True
            continue
        if _NOT_A_FIGURE.match(text, v.end) or (re.fullmatch(r"\d", v.text) and re.match(r"\s*[.)]", text[v.end:])) \
                or (re.fullmatch(r"\d\d", v.text) and re.search(r"\b(?:m?AP|AP_|R@|Hits@|P@)\s?$", before)):
            v.dropped = True  # "2-3 orders of magnitude", "2) the memory", a footnote "parameters 1 .", "AP 50"
            continue
        if _RATIO.search(v.text) or _RATIO_AFTER.match(text, v.end):
            v.kind = "ratio"
        elif v.text[:1] in "+" or _POINTS.search(v.text) or _DELTA_BEFORE.search(before) \
                or _DELTA_AFTER.match(text, v.end) or _CHANGE_BEFORE.search(before) \
                or (_UP_TO.search(before) and re.search(r"[%.]", v.text)
                    and _CHANGE_NOUN.search(text, max(s0, v.start - 90), v.start)):
            v.kind = "delta"
        gap = text[vals[k - 1].end:v.start] if k else ""
        if k and _FROM_TO.match(gap) and (_ARROW.fullmatch(gap) or _FROM.search(text, max(s0, vals[k - 1].start - 12),
                                                                                 vals[k - 1].start)) \
                and not _RANGE.search(text, max(s0, vals[k - 1].start - 25), vals[k - 1].start):
            vals[k - 1].dropped = True  # "from A to B": B is the score, A its baseline
            v.baseline = vals[k - 1].text
            v.base = vals[k - 1]
            v.kind = "score" if v.kind == "delta" and not v.text.startswith("+") else v.kind
        if v.kind == "score" and _SHARE.match(text, v.end):
            v.kind = "ratio"  # "only 40% of the computational cost": a share of something, not a score
        bound = _BOUND.search(text, max(s0, v.base.start - 30), v.base.start) if v.base else None  # "thresholds from A to B"
        if v.kind == "score" and (bound or _BOUND.search(before) or _HUMAN.search(before) or _COUNTED.match(text, v.end)
                                  or _not_a_score(text, v, s0)):
            v.dropped = True
        elif _SIZE.match(text, v.end) or re.search(r"\d\s?[×x*?]\s?$", before):
            v.dropped = v.size = True  # "640×480 inputs"
        elif _OTHERS_AFTER.match(text, v.end) and v.baseline is None:
            v.dropped = True  # "85% (current SOTA)"
        elif (_OTHERS.search(before) or (k and _OTHERS_WITH.search(text, max(s0, v.start - 100), v.start))) \
                and not (k and vals[k - 1].dropped) and not _BY_OVER.search(before):
            v.dropped = True
            if k and vals[k - 1].baseline is None and v.kind == "score" and _unit(v.text) == _unit(vals[k - 1].text):
                vals[k - 1].baseline = v.text  # (not "1.6M parameters ... over 62 FPS", nor a relative reduction)
                vals[k - 1].other = v


#: a share: "40% of the cost", "25% of its parameters" (not "80% of the time"-like scores kg cannot tell apart)
_SHARE = re.compile(r"\s*%?\s*of\s+(?:(?:the|its|their|our|all|a)\s+)?(?!\d)(?:[\w-]+\s+){0,2}?"
                    r"(?:cost|costs|computation|compute|computational|FLOPs|MACs|parameters|params|memory|time|data|budget|"
                    r"size|labels?|annotations?|energy|storage|dataset|training (?:set|data|examples))\b", re.I)
#: a count of things: "1.7 million articles", "100 sentence pairs" (a plural noun that is no metric kg knows)
_COUNT_NOUN = re.compile(r"\s+(?:[a-z]+[\s-])?([a-z]{3,}s)\b(?![/-])")
#: a number that may count things: a whole number, or one with a magnitude ("1.7 million", "25K")
_COUNT = re.compile(r"\d[\d,]*|\d+(?:\.\d+)?\s?(?:thousand|million|billion|[KMB])", re.I)
_MAGNITUDE = re.compile(r"(?:thousand|million|billion|\d[KMB])$", re.I)
#: a cost the result is measured at: "at around 500M MACs", "under 300M FLOPs"
_BUDGET = re.compile(r"\b(?:at|under|within|below)\s+(?:around\s+|about\s+|approximately\s+|only\s+|~\s*)?$", re.I)
_BUDGET_UNIT = re.compile(r"\s*(?:[MGBK]\s*)?(?:MACs|FLOPs|Mult-Adds|multiply-adds)\b", re.I)
#: figures of other papers: "11 BLEU ... reported in Xu et al.", "(e.g., A and B have 11 billion and 175 billion ...)"
_CITED_AFTER = re.compile(r"\)?[^.;()]{0,60}?(?:\b(?:reported|achieved|obtained)\s+(?:in|by)\s+(?!our|us\b|the proposed|this)|"
                          r"\bet al\.)", re.I)
_EXAMPLE_PAREN = re.compile(r"\((?:e\.g\.|i\.e\.|for example|for instance)[^()]*$", re.I)


def _unit(value: str) -> str:
    """What a value is written in: "%", a unit ("FPS", "M"), or nothing."""
    return re.sub(r"[\d.,+\-\s]", "", value).lower()


def _not_a_score(text: str, v: _Value, s0: int) -> bool:
    """A number that is no score of the paper's: a count ("1.7 million articles"), one of two alternatives
    ("(1 or 0)"), a compute budget ("at around 500M MACs"), another paper's figure ("reported in Xu et
    al.", inside "(e.g., ...)"), or a footnote mark opening a sentence ("1 11 BLEU ...")."""
    m = _COUNT_NOUN.match(text, v.end)
    if m and _COUNT.fullmatch(v.text) and not _known_metric(m.group(1)) and not _known_metric(m.group(0).strip()) \
            and not re.match(r"\s+per\b", text[m.end():]):
        return True
    if re.fullmatch(r"\d+", v.text) and (re.match(r"\s+or\s+\d", text[v.end:]) or re.search(r"\d\s+or\s+$", text[s0:v.start])):
        return True
    if (_BUDGET.search(text, max(s0, v.start - 30), v.start) and _BUDGET_UNIT.match(text, v.end)) \
            or _CITED_AFTER.match(text, v.end) or (_EXAMPLE_PAREN.search(text, s0, v.start) and _MAGNITUDE.search(v.text)):
        return True
    if _CONDITION.search(text, max(s0, v.start - 50), v.start) or _EXAMPLE_AFTER.match(text, v.end):
        return True  # "when the true positive rate is 95%": a condition of the result, not one
    return bool(re.fullmatch(r"\d{1,2}", v.text) and re.fullmatch(r"\s*(?:\d{1,2}\s+)?", text[s0:v.start]))


_EXAMPLE_AFTER = re.compile(r"[^.;,()]{0,40}?\bas an example\b", re.I)  # "a transformer with 26M parameters as an example"
_CONDITION = re.compile(r"\b(?:when|if|where)\s+(?:the\s+)?[\w\s-]{1,30}?\s(?:is|are|equals?|set to|fixed (?:at|to))\s*$",
                        re.I)


def _known_metric(word: str) -> bool:
    """A word kg's curated metric table knows, singular or plural ("bits", "parameters")."""
    curated = MetricKnowledge.load().curated
    return norm_metric(word) in curated or (word.endswith("s") and norm_metric(word[:-1]) in curated)


_DELTA_LIST_GAP = re.compile(r"\s*%?\s*(?:(?:on|in|for)\s+[^,;()]{1,40}?|(?:[\w@%-]+\s+){1,2}?(?=and))?\s*"
                             r"(?:,|,?\s*\band|/)\s*[~∼]?|\s*%?\s*(?:to|-|–|−|~|∼)\s*|"
                             r"\s*%?\s*[A-Za-z][\w@-]{0,11},?\s+(?:and\s+)?")  # "by 13 mAP 25 MOTA and 6 mAP 3 MOTA"  # a list, or a range ("by 9% to 13%")


def _delta_lists(text: str, vals: list[_Value]) -> None:
    """A list goes on as it began: "improvements of: 4.3% on CIFAR-10, and 7.2% on SVHN" are both deltas."""
    for u, v in zip(vals, vals[1:]):
        if u.kind == "delta" and v.kind == "score" and not v.dropped and _DELTA_LIST_GAP.fullmatch(text, u.end, v.start) \
                and ("%" in u.text) == ("%" in v.text):
            v.kind = "delta"


def _groups(text: str, vals: list[_Value], ents: list, metrics: tuple) -> None:
    """Number the lists values form (``group``): runs of one kind whose gaps hold only list glue, datasets
    and metrics ("87.5% top-1 accuracy on A, 99.4% on B")."""
    g = 0
    for k, v in enumerate(vals):
        u, a, b = _list_prev(text, vals, k)
        if k and v.start - u.end <= 90 and b >= a and _LIST_GAP.match(_masked(text, a, b, ents, metrics)) \
                and u.dropped == v.dropped and u.kind == v.kind and ("%" in u.text) == ("%" in v.text):
            v.group = u.group
        else:
            g += 1
            v.group = g


def _asides(text: str, vals: list[_Value]) -> None:
    """A change in a parenthesis right after a score is about that score's dataset: "93.7% (4.1% gain) on A"."""
    for u, v in zip(vals, vals[1:]):
        if v.kind != "score" and u.kind == "score" and u.end < v.start < _past_aside(text, u.end):
            v.dataset = u.dataset if u.dataset is not None else v.dataset


def _list_prev(text: str, vals: list[_Value], k: int) -> tuple[_Value, int, int]:
    """The value a list would go on from before ``vals[k]``, and the gap between them: the one before,
    else past the baseline of "from A to B on X and from C to D" or an aside "49.4 (+1.0), 60.2 (+0.6)"."""
    v, u = vals[k], vals[k - 1]
    if k > 1 and v.base is u:  # B and D
        m = _FROM.search(text, vals[k - 2].end, u.start)
        return vals[k - 2], vals[k - 2].end, m.start() if m else u.start
    if k > 1 and vals[k - 2].kind != u.kind and u.end <= _past_aside(text, vals[k - 2].end) <= v.start:
        return vals[k - 2], _past_aside(text, vals[k - 2].end), v.start
    return u, u.end, v.start


def _masked(text: str, a: int, b: int, ents: list, metrics: tuple = ()) -> str:
    """``text[a:b]`` with each dataset written as "D" and each of ``metrics`` (spans) as "M" (other
    entities stay, so they break a list)."""
    out, pos = [], a
    marks = sorted([(c[0], c[1], " D ") for c in ents if c[2] is T.DATASET] + [(x, y, " M ") for x, y in metrics])
    for x, y, mark in marks:
        if x >= a and y <= b and x >= pos:
            out.append(text[pos:x])
            out.append(mark)
            pos = y
    out.append(text[pos:b])
    return "".join(out)


def _bind_metrics(text: str, vals: list[_Value], metrics: list, ents: list) -> None:
    """Each value's metric (entity index), in place: unit, right after, right before, metric lists, the list's."""
    for v in vals:
        v.metric = _own_metric(text, v, metrics, ents)
        if v.metric is None and v.base is not None:
            v.metric = v.base.metric  # "mIoU from 73.8% to 82.3%"
    for v in vals:
        if v.metric is None and v.other is not None and v.other.metric is not None \
                and _OTHERS.search(text, v.end, v.other.start) and _OTHERS_NEXT.match(text, v.end):
            v.metric = v.other.metric  # "10.8 compared to SOTA perplexity of 15.8"
    for v in vals:
        if v.metric is None and v.kind != "score":  # "Evaluated on NDCG@10, we outperform BM25 by 44%"
            ic = next(((i, c) for i, c in reversed(metrics) if c[1] <= v.start and ";" not in text[c[1]:v.start]), None)
            if ic is not None and not (_COMPARATIVE.match(text, v.end) and _proportion(text[ic[1][0]:ic[1][1]])):
                v.metric = ic[0]  # (but "2.5x faster" does not measure accuracy)
    for members in _by_group(vals).values():
        if len(members) < 2:
            continue
        chain = _metric_chain(text, members[0], metrics)
        if len(chain) == len(members):  # "rank1/mAP/mINP 91.0%/83.3%/68.8%"
            for v, i in zip(members, chain):
                v.metric = i
            continue
        for v in members:
            if v.metric is None:
                near = min((u for u in members if u.metric is not None), default=None,
                           key=lambda u: abs(u.start - v.start))
                v.metric = near.metric if near else None


def _proportion(name: str) -> bool:
    info = MetricKnowledge.load().info(name)
    return bool(info and info.proportion)


def _own_metric(text: str, v: _Value, metrics: list, ents: list) -> int | None:
    for i, c in metrics:
        if v.start < c[0] and c[1] <= v.end:
            return i  # "101 FPS"
    for i, c in metrics:  # "accuracy (74.1%)", "mAP=0.56", "F1: 80.2"
        if c[1] <= v.start and re.fullmatch(r"\s*(?:\(|=|:)\s*", text[c[1]:v.start]):
            return i
    best, dist = None, 41
    end = _past_aside(text, v.end)  # "82.4% (+5.1% over the previous best) top-1 accuracy"
    for i, c in metrics:
        d = c[0] - end
        if 0 <= d < dist and _METRIC_AFTER.fullmatch(text, end, c[0]) and not any(ch.isdigit() for ch in text[end:c[0]]):
            best, dist = i, d
    if best is not None:
        return best
    dist = 31
    for i, c in metrics:
        d = v.start - c[1]
        if v.text[-1:].isalpha() and re.fullmatch(r"\s*at\s*", text[c[1]:v.start]):
            continue  # "34.4% AP at 30ms": a time, not the AP
        masked = _masked(text, c[1], v.start, ents) if 0 <= d < 60 else ""
        on = _ON_D.match(masked)  # "top-1 accuracy on ImageNet from 76.0%"
        if 0 <= d < (60 if on else dist) and (_METRIC_BEFORE.fullmatch(text, c[1], v.start)
                                             or (on and _METRIC_BEFORE.fullmatch(masked, on.end()))
                                             or re.fullmatch(r"\s*\(\s*D\s*[:=]?\s*", masked)):
            best, dist = i, d
    return best


_ASIDE = re.compile(r"\s*\((?=[^()]*\d)[^()]{0,60}\)")


def _past_aside(text: str, end: int) -> int:
    """Where the text after a value goes on, past a parenthesis with a figure of its own ("(+5.1% increase)")."""
    m = _ASIDE.match(text, end)
    return m.end() if m else end


def _metric_chain(text: str, first: _Value, metrics: list) -> list[int]:
    """Metrics joined by "/" (or commas) that end right before ``first``, in text order."""
    chain: list[int] = []
    pos = first.start
    for i, c in reversed(metrics):
        if c[1] > pos:
            continue
        gap = text[c[1]:pos]
        if (not chain and _METRIC_BEFORE.fullmatch(gap)) or (chain and re.fullmatch(r"\s*(?:/|,|and|&)\s*", gap)):
            chain.insert(0, i)
            pos = c[0]
        else:
            break
    return chain


def _by_group(vals: list[_Value]) -> dict[int, list[_Value]]:
    out: dict[int, list[_Value]] = {}
    for v in vals:
        out.setdefault(v.group, []).append(v)
    return out


def _right_dataset(text: str, v: _Value, datasets: list, ents: list, limit: int) -> int | None:
    """ "V on D" (a few words such as a metric may sit between): the dataset, if any."""
    end = _past_aside(text, v.end)
    for i, c in datasets:
        if c[0] >= end and c[0] - end <= 60 and c[0] <= limit:
            gap = text[end:c[0]]  # "0.82% gains on 4 datasets from D": a count may sit there, not a value
            if ")" in gap and text.rfind("(", 0, v.start) > text.rfind(")", 0, v.start) and end == v.end:
                return None  # "CIFAR-10 (with error rate 2.93%) and on PTB": the value is inside the parenthesis
            if not _HAS_VALUE.search(gap) and not _DECIMAL.search(gap) and _ON_DATASET.match(gap):
                return i
            return None
    return None


def _left_dataset(text: str, v: _Value, datasets: list, floor: int) -> int | None:
    """The nearest dataset before ``v`` after ``floor`` (the previous value, a ";" or the sentence start);
    when it ends a list of datasets ("On A, B and C, X reaches 39.2"), the list's first."""
    before = [(i, c) for i, c in datasets if floor <= c[0] and c[1] <= v.start]
    if not before:
        return None
    k = len(before) - 1
    while k and _DLIST_GAP.fullmatch(text, before[k - 1][1][1], before[k][1][0]):
        k -= 1
    return before[k][0]


def _dataset_list(text: str, datasets: list, a: int, b: int) -> list[int]:
    """The datasets in ``text[a:b]`` when they form one list ("A, B and C", "A/B"), else []."""
    inside = [(i, c) for i, c in datasets if a <= c[0] and c[1] <= b]
    for (_, x), (_, y) in zip(inside, inside[1:]):
        if not _DLIST_GAP.fullmatch(text, x[1], y[0]):
            return []
    return [i for i, _ in inside]


def _bind_datasets(text: str, vals: list[_Value], datasets: list, ents: list, s0: int, s1: int) -> None:
    """Each value's dataset (entity index), in place, in the order the module docstring gives."""
    # a dataset right after a value ("V on D") is that value's: never a later value's "nearest before"
    taken = {_right_dataset(text, v, datasets, ents, _clause_end(text, v.end, s1)) for v in vals}
    free = [(i, c) for i, c in datasets if i not in taken]
    for members in _by_group(vals).values():
        last, first = members[-1], members[0]
        clause_end = _clause_end(text, last.end, s1)
        resp_here = _RESP_AFTER.match(text, last.end)
        after_end = resp_here.end() if resp_here and not _ON_NEXT.match(text, resp_here.end()) else clause_end
        after = _dataset_list(text, datasets, last.end, after_end)
        resp = _RESPECTIVELY.search(text, first.start, clause_end) is not None
        if len(members) > 1 and len(after) != len(members) and resp:  # "on three datasets, namely A, B and C, respectively"
            after = [i for i in _distinct_before(text, datasets, last.end, after_end)]
        if len(members) > 1 and len(after) == len(members) and (resp or _ON_DATASET.match(text[last.end:ents[after[0]][0]])):
            for v, i in zip(members, after):
                v.dataset, v.listed = i, resp
            continue
        for v in members:
            v.dataset = _right_dataset(text, v, datasets, ents, after_end)
        if len(members) > 1 and all(v.dataset is None for v in members):
            floor = _floor(text, vals, first, s0)
            before = _dataset_list(text, datasets, floor, first.start)
            if len(before) != len(members) and _RESPECTIVELY.search(text, first.start, clause_end):
                before = _distinct_before(text, datasets, floor, first.start)  # "on A ... and on B ..., respectively"
            if len(before) == len(members):
                for v, i in zip(members, before):
                    v.dataset, v.listed = i, True
                continue
        for v in members:
            if v.dataset is None and (v is first or not _OWN_ON.match(text, v.end)):
                v.dataset = _left_dataset(text, v, datasets, _floor(text, vals, v, s0))
        if len({v.dataset for v in members if v.dataset is not None}) == 1:  # "58.7/58.9 box AP on COCO"
            for v in members:
                if v.dataset is None and not _OWN_ON.match(text, v.end):
                    v.dataset = next(u.dataset for u in members if u.dataset is not None)
    for v in vals:
        if v.dataset is None:
            v.dataset = _fallback_dataset(text, v, datasets, free, s1)


#: a value followed by what it is on, typed or not ("... and from 8.73 to 6.66 on ImageNet-2012")
_OWN_ON = re.compile(r"\s*%?\s*(?:on|in)\s+(?:the\s+)?[A-Z]")


def _distinct_before(text: str, datasets: list, a: int, b: int) -> list[int]:
    """The datasets named in ``text[a:b]``, each name once, in order."""
    out, seen = [], set()
    for i, c in datasets:
        name = text[c[0]:c[1]].lower()
        if a <= c[0] and c[1] <= b and name not in seen:
            seen.add(name)
            out.append(i)
    return out


def _floor(text: str, vals: list[_Value], v: _Value, s0: int) -> int:
    """Where the stretch of text before ``v`` that may name its dataset begins."""
    floor = s0
    for u in vals:
        if u.end <= v.start and u.group != v.group and u is not v.base:
            floor = max(floor, u.end)  # (not "from A": "on CIFAR-10, X goes from A to B")
    semi = text.rfind(";", floor, v.start)
    return semi + 1 if semi >= 0 else floor


def _clause_end(text: str, pos: int, s1: int) -> int:
    m = _CLAUSE.search(text, pos, s1)
    return m.start() if m else s1


def _fallback_dataset(text: str, v: _Value, datasets: list, free: list, s1: int) -> int | None:
    """The first dataset after the value in its clause, else the nearest before it in the sentence."""
    end = _clause_end(text, v.end, s1)
    for i, c in datasets:
        if v.end <= c[0] < end and c[0] - v.end <= 80:
            own = _OWN_ON.match(text, v.end)  # "83.4 on the CoNLL-2005 set and 82.7 on the CoNLL-2012 set"
            return None if own and own.end() - 1 != c[0] else i
    before = [i for i, c in free if c[1] <= v.start]
    return before[-1] if before else None


def _method(text: str, v: _Value, found, methods: list[int], s0: int, own: int | None, anchor: int,
            dataset: str | None = None, paper: "Own | None" = None) -> str | None:
    """The method a value is a result of (see the module docstring, step 6); a list of values is read
    from its first member (``anchor``): "FocalNets achieve 82.3% and 83.9%". ``paper`` is what "we" and
    "our model" stand for (:func:`paper_method`)."""
    ents = found.entities
    pronoun = False
    for i in reversed(methods):
        s, e = ents[i][0], ents[i][1]
        if e > anchor:
            continue
        gap = text[e:anchor]
        if _PRONOUN.search(gap):
            used = None if _SUBJECT_OURS.search(gap) and not re.search(r"\bwe\b", gap, re.I) \
                else _adjunct_method(text, found, methods, s0, anchor)
            if used is not None:
                return _whole(text, found, used)  # "Using FocalNet and DINO, we achieve 64.3 mAP"
            pronoun = not _COMPARE.search(gap)
            break  # "matches X on ImageNet, and our largest models attain 86.5%": not X's
        if _object_of_ours(text, s, s0):
            pronoun = True
            continue  # "this method reduces the memory of X by 50%", "we apply it to X, reaching 86.8%"
        if _CLAUSE.search(gap) or "," in gap and len(gap) > 60 or _HAS_VALUE.search(gap):
            break  # another clause, or another value's stretch
        if _usable(text, found, i, s0, dataset) and _BEATS.match(gap) and not _compared(text, s, s0):
            return _whole(text, found, i)  # "X outperforms Y by 2%": X is the subject, Y the baseline
        if _COMPARE.search(gap) or _compared(text, s, s0) or _BY.fullmatch(gap):
            continue  # "outperforms X by 2%": X is the baseline
        if not _usable(text, found, i, s0, dataset):
            continue
        if len(gap.strip()) > 12 and not _SUBJECT_GAP.search(gap):
            continue  # "usage of transformer-based models ... by 2.2x": not what the value is stated of
        return _whole(text, found, i)
    if own is not None:
        return _whole(text, found, own)
    if paper and (_WE_OURS.search(text, s0, v.end + 40) or v.kind == "score"):
        # "we"/"our model" stand for the paper's own method, and so does a score no method is named for; a
        # part it proposes ("Flow Alignment Module") only when the sentence speaks of it ("our module")
        return paper.part if paper.part and _OUR_PART.search(text, s0, v.end + 40) else paper.name
    if pronoun:
        return None  # "we achieve": the paper's own method, which it does not name
    for i in methods:
        if not _COMPARE.search(text, s0, ents[i][0]) and not _compared(text, ents[i][0], s0) \
                and text[ents[i][0]:ents[i][1]].lower() not in _NOT_METHODS \
                and not _ON_BEFORE.search(text, max(s0, ents[i][0] - 12), ents[i][0]):
            return _whole(text, found, i)
    return None


def _usable(text: str, found, i: int, s0: int, dataset: str | None) -> bool:
    """A name before a value that may be whose result it is: not a known generic technique when the paper
    has its own method ("fine-tuning"), not a part ("a ResNet-101 backbone"), not the dataset it is on."""
    s, e, rule = found.entities[i][0], found.entities[i][1], found.entities[i][4]
    if found.proposed and text[s:e].islower() and rule.startswith("lexicon"):
        return False
    if re.search(r"\d\s?$", text[max(s0, s - 2):s]):
        return False  # "40.30 dB": a unit
    if _COMPONENT.match(text, e):
        return False
    return not (text[s:e] == dataset or text[s:e].lower() in _NOT_METHODS or _ON_BEFORE.search(text, max(s0, s - 12), s))


#: the subject of a win: "X outperforms ... by 2%", "X (ours) surpasses ..."
_BEATS = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:also|further|still|consistently|significantly|clearly|even)\s+)?"
                    r"(?:outperform|surpass|beat|exceed)\w*\b", re.I)
#: an opening phrase naming what the results are obtained with: "Using large FocalNet and DINO, we ..."
_ADJUNCT = re.compile(r"(?:^|[.;:]\s+|,\s+)(?:[A-Z]\w*\s+)?(?:using|with|by (?:using|combining)|combining|"
                      r"equipped with|built on|combined with)\s+[^,;:()]*$", re.I)
_PART_BEFORE = re.compile(r"\b(?:backbones?|encoders?|feature extractors?)\s+(?:of\s+)?(?:the\s+)?$", re.I)
_NOT_THE_MODEL = re.compile(r"\s*(?:architectures?|backbones?|encoders?|features?|embeddings?|as\b)", re.I)


def _adjunct_method(text: str, found, methods: list[int], s0: int, anchor: int) -> int | None:
    """The first name, written as a name, of an opening "Using/With X ..." phrase of the clause whose
    "we"/"our" state the value at ``anchor``: what the result is obtained with ("With ProSparse, we
    obtain 89.32%"), unless it is a part of the model ("the 3D ResNet-18 architecture")."""
    ents = found.entities
    we = _PRONOUN.search(text, s0, anchor)
    pos = we.start() if we else anchor
    m = _ADJUNCT.search(text[s0:pos].rstrip(" ,"))
    if m is None:
        return None
    a = s0 + m.start()
    for i in methods:
        s, e = ents[i][0], ents[i][1]
        if a <= s and e <= pos and _shaped(text[s:e]) and not _NOT_THE_MODEL.match(text, e) \
                and not _PART_BEFORE.search(text, max(a, s - 20), s) \
                and not (text[s:e].islower() and ents[i][4].startswith("lexicon")):
            return i
    return None


def _shaped(name: str) -> bool:
    """A name written as one: a capital or a digit in it."""
    return any(ch.isupper() or ch.isdigit() for ch in name)


def _whole(text: str, found, i: int) -> str:
    """The name of a method for a result: the paper's proposed name when the text there reads it whole
    ("ERNIE-DOC", not the "ERNIE" inside it), else :func:`_short`."""
    s, e = found.entities[i][0], found.entities[i][1]
    for p in found.proposed:
        if len(p) > e - s and text[s:s + len(p)].lower() == p.lower():
            return p
    return _short(text, found, i)


class Own(NamedTuple):
    """What "we" and "our model" stand for in a paper: its model (``name``), and the part it proposes when
    its main proposal is a part of a model ("Flow Alignment Module")."""

    name: str | None
    part: str | None = None


#: the head word of a proposal that is a part of a model, not the model
_PART_HEAD = re.compile(r"\b(?:module|layer|block|unit|mechanism|loss|head|operator|strategy|scheme|trick|cell|"
                        r"regulari[sz]ation|initiali[sz]ation|augmentation|attention|optimi[sz]er)s?$", re.I)
#: a sentence that speaks of the part: "our module", "the proposed loss", "with FAM"
_OUR_PART = re.compile(r"\b(?:our|this|the proposed|the new)\s+(?:[\w-]+\s+){0,2}?(?:module|layer|block|unit|mechanism|"
                       r"loss|head|operator|strategy|scheme|cell|regulari[sz]ation|augmentation|attention|optimi[sz]er)s?\b",
                       re.I)


def paper_method(text: str, found) -> Own | None:
    """What "we" and "our model" stand for in a paper's results, computed once per paper (:class:`Own`).

    The main proposed Method (:func:`kg.extract.proposals.main_method`; not a phrase that reads as a
    title; when it is a part of a model, the next proposal that is not, else no name), else a Method
    name that is the whole title ("Denoising Diffusion Probabilistic Models")."""
    main = _main_long(text, found, found.proposed)
    if main and _PART_HEAD.search(main):
        model = _main_long(text, found, [n for n in found.proposed if not _PART_HEAD.search(n)])
        return Own(model and _as_written(text, found, model), _as_written(text, found, main))
    if main:
        return Own(_as_written(text, found, main))
    title = text[:max(text.find("\n"), 0)].rstrip(" .")
    lead = len(title) - len(title.lstrip())
    for i, c in enumerate(found.entities):
        if c[2] is T.METHOD and c[0] == lead and c[1] == len(title) and len(title.split()) >= 2:
            al = found.aliases.get(i)
            return Own(al[0] if al else title[lead:])  # as the title writes it
    return None


def _main_long(text: str, found, names: list[str]) -> str | None:
    """The first Method of ``names`` (:func:`kg.extract.proposals.main_method`) that is no title phrase."""
    names = [n for n in names if not _title_phrase(n) or any(found.name(text, i) == n and found.aliases.get(i)
                                                             for i in range(len(found.entities)))]
    # ("See and Read", "Deeper vs Wider": a paper's title, not a method's name; the next proposal may be)
    return main_method(text, found, names) if names else None


def _as_written(text: str, found, name: str) -> str:
    """A proposal as results write it: its acronym when the paper defines one (:func:`_short`)."""
    ents = found.entities
    same = sorted((i for i in range(len(ents)) if found.name(text, i) == name), key=lambda i: not found.aliases.get(i))
    return _short(text, found, same[0]) if same else name  # (the mention that defines its acronym first)


#: a subject between a name and a value that is not the name: "X ..., with which we achieve", "on Y, it achieves"
_PRONOUN = re.compile(r"\b(?:our|we|they)\b|\bit\s+(?:also\s+)?\w+s\b", re.I)
#: the subject of a figure is other methods: "best current discriminators", "existing methods", "prior work"
#: a sentence whose subject is a cited work: "[15] proposes ShiftFaceNet ... with 0.78 million parameters"
_CITED_SUBJECT = re.compile(r"\[\d+(?:\s*[,–-]\s*\d+)*\]\s+(?:propose|introduce|present|use|report|develop)\w*\b")
_OTHER_SUBJECT = re.compile(r"\b(?:current|existing|previous|prior|conventional|standard|other|competing)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:methods?|models?|approach\w*|systems?|works?|techniques?|"
                            r"discriminators?|detectors?|classifiers?|baselines?|algorithms?)\s+(?!by\b|in\b|on\b)"
                            r"(?:can\s+|could\s+|only\s+)?(?:achiev\w*|reach\w*|obtain\w*|get|gets|got|classify|"
                            r"attain\w*|yield\w*|scor\w*)\b", re.I)
_TITLE_WORDS = re.compile(r"\s(?:and|or|in|at|vs\.?|versus|between|for|with|to|is|are|as|from|by|on|needed|via|using|has|have|been|"
                          r"this|what|how|why|do|does)\s", re.I)


def _object_of_ours(text: str, start: int, s0: int) -> bool:
    """The name at ``start`` comes after "we"/"our method" in its clause: an object, not the subject."""
    m = None
    for m in _CLAUSE.finditer(text, s0, start):
        pass
    ours = None
    for ours in _SUBJECT_OURS.finditer(text, m.end() if m else s0, start):
        pass
    return ours is not None and not _THAT_CLAUSE.search(text, ours.end(), start)


#: "we show that X enhances ...": X is the subject of the clause "we" reports
_THAT_CLAUSE = re.compile(r"\b(?:show|find|found|demonstrate|observe|prove|confirm|verify|report)\w*\s+that\b", re.I)


#: the paper speaking as the subject ("we", "our method", "this approach")
_SUBJECT_OURS = re.compile(r"\b(?:we|our (?:[\w-]+ ){0,2}?(?:model|method|approach|framework|network|system|detector)s?|"
                           r"this (?:model|method|approach|framework|network|system))\b", re.I)


def _others_figure(text: str, s0: int, anchor: int) -> bool:
    """The sentence gives the figure of other methods: "current discriminators classify ... with 73%
    accuracy" (not when "we"/"our" speak after them, nor when they are what the paper beats)."""
    cited = _CITED_SUBJECT.search(text, s0, anchor)
    if cited and re.fullmatch(r"(?:.*[.!?])?\s*", text[s0:cited.start()], re.S):
        return True
    other = _OTHER_SUBJECT.search(text, s0, anchor)
    return bool(other) and not _WE_OURS.search(text, other.end(), anchor) \
        and not _COMPARE.search(text, max(s0, other.start() - 30), other.start())


def _title_phrase(name: str) -> bool:
    """A name that reads as a phrase or a title rather than a method's name: a function word inside."""
    return bool(_TITLE_WORDS.search(f" {name} ")) and len(name.split()) >= 3


def _short(text: str, found, i: int) -> str:
    """A method's name for a result: its acronym when the paper defines one ("LoFiT"), as leaderboards do;
    the linker knows it as an alias of the same entity."""
    al = found.aliases.get(i)
    return al[0] if al else found.name(text, i)


def _compared(text: str, start: int, s0: int) -> bool:
    """The name starting at ``start`` is what something is compared with, or an example ("such as X")."""
    return _COMPARED_BEFORE.search(text, max(s0, start - 60), start) is not None


def _keep(text: str, v: _Value, ents: list) -> bool:
    """A value with no metric stays only as a percentage or decimal with a dataset right beside it."""
    if v.metric is not None:
        return True
    if v.kind != "score" and re.search(r"[%x×.]|times|fold|points?|pp", v.text):
        return True  # "outperform ... by up to 5%": an improvement, whatever it measures
    if v.dataset is None or not ("%" in v.text or "." in v.text) or _CHANGE_TO.search(text, max(0, v.start - 60), v.start):
        return False  # "we reduce the annotation demands to 50% on D": a setting
    if v.listed:
        return True  # "from 83.7% to 88.4% and from 38.2% to 55.7% on two datasets, A and B, respectively"
    c = ents[v.dataset]
    if c[0] >= v.end:
        return _ON_DATASET.match(text[_past_aside(text, v.end):c[0]]) is not None
    start = v.base.start if v.base is not None else v.start  # "DocVQA (0.72 -> 0.86)"
    return _DATASET_THEN_VALUE.fullmatch(text, c[1], start) is not None


def _written(text: str, ents: list, i: int | None) -> str | None:
    """An entity as the sentence writes it ("f-score", "SQuAD v1.1"): the linker maps it to its node."""
    return None if i is None else text[ents[i][0]:ents[i][1]]


def _metric_word(text: str, c) -> bool:
    """A name typed Method that is a metric kg knows ("mAPs"): a metric for results."""
    w = text[c[0]:c[1]]
    curated = MetricKnowledge.load().curated
    return norm_metric(w) in curated or (w.endswith("s") and norm_metric(w[:-1]) in curated)


def results(text: str, found, sents: list[tuple[int, int]]) -> list[Result]:
    """(method, dataset, metric, value, kind, baseline) for each result the sentences state."""
    out: list[Result] = []
    if not any(c[2] is T.METRIC or c[2] is T.DATASET for c in found.entities):
        return out
    extra = metric_words(text, found.entities)
    ents = found.entities + extra + on_datasets(text, found.entities + extra)  # indices of found.entities unchanged
    proposed = {p.lower() for p in found.proposed}
    names = [text[c[0]:c[1]] for c in ents]
    sole = (_sole(text, [(i, c) for i, c in enumerate(ents) if c[2] is T.METRIC]),
            _sole(text, [(i, c) for i, c in enumerate(ents) if c[2] is T.DATASET]))
    before: int | None = None  # the one dataset the last sentence naming datasets names
    paper = paper_method(text, found)
    for s0, s1 in sents:
        in_sent = sorted([(i, c) for i, c in enumerate(ents) if s0 <= c[0] < s1], key=lambda ic: ic[1][0])
        metrics = [(i, c) for i, c in in_sent if c[2] is T.METRIC or (c[2] is T.METHOD and _metric_word(text, c))]
        datasets = [(i, c) for i, c in in_sent if c[2] is T.DATASET]
        last, before = before, (_sole(text, datasets) if datasets else before)
        if not metrics and not datasets:
            continue
        vals = values(text, s0, s1, [(c[0], c[1]) for _, c in in_sent])
        if not vals or _figure_text(text, s0, s1, len(vals)):
            continue
        sent_ents = [c for _, c in in_sent]
        _kinds(text, vals, s0, [(c[0], c[1]) for _, c in in_sent])
        vals = [v for v in vals if not v.size]  # "ImageNet 32×32" ends no stretch of text
        _delta_lists(text, vals)
        _groups(text, vals, sent_ents, tuple((c[0], c[1]) for _, c in metrics))
        _bind_metrics(text, vals, metrics, sent_ents)
        _bind_datasets(text, vals, datasets, ents, s0, s1)
        _asides(text, vals)
        on_names = {(c[0], c[1]) for _, c in datasets if c[4] == "on-name"}
        methods = [i for i, c in in_sent if c[2] is T.METHOD and not _metric_word(text, c) and (c[0], c[1]) not in on_names]
        own = next((i for i in methods if found.name(text, i).lower() in proposed), None)
        first, kept = {}, set()
        for v in vals:
            first.setdefault(v.group, v.start)
            if v.dropped or not (_keep(text, v, ents) or v.group in kept) \
                    or (v.metric is not None and _threshold(text, v, ents[v.metric])) or _others_figure(text, s0, first[v.group]):
                continue
            kept.add(v.group)  # a list goes on as it began ("from A to B on X and from C to D on Y")
            had = v.dataset
            _from_paper(v, _sole(text, metrics), (sole[0], last if last is not None else sole[1]), names, last)
            if had is None and _OWN_ON.match(text, v.end):
                v.dataset = None  # "F1 = 83.4 on the CoNLL-2005 set": on a name kg did not type, not the paper's dataset
            dataset = _written(text, ents, v.dataset)
            method = _method(text, v, found, methods, s0, own, first[v.group], dataset, paper) \
                if methods or paper else None
            out.append(Result(value=v.text, method=method, dataset=dataset, metric=_written(text, ents, v.metric),
                              start=v.start, end=v.end, kind=v.kind, baseline=v.baseline))
    return out


#: "On NTU RGB-D, ...", "On the DSTC2 test set, ...": a sentence that opens on a name it evaluates on
_ON_NAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*On (?:the )?([A-Z][\w.+/'-]*(?: [A-Z0-9][\w.+/'-]*){0,3})"
                      r"(?: (?:dataset|benchmark|corpus|test set|val(?:idation)? set|test-dev))?\s*(?:\[\d+\]\s*)?,")


def on_datasets(text: str, ents: list) -> list[Candidate]:
    """Names a sentence opens on ("On DSTC2, our model obtains 74.5%") that no entity covers, as Dataset
    candidates for results only (rule "on-name").

    >>> [text[c.start:c.end] for text in ["We test it. On DSTC2, it gets 74.5%."] for c in on_datasets(text, [])]
    ['DSTC2']
    """
    out = []
    for m in _ON_NAME.finditer(text):
        s, e = m.span(1)
        covering = [c for c in ents if c[0] < e and s < c[1]]
        if text[s:e].lower() in _NOT_ON_NAMES or any(c[2] is not T.METHOD or c[4] != "name" for c in covering):
            continue
        # a bare name the finder typed Method by default ("DSTC2") is what the sentence is on
        for c in covering or [Candidate(s, e, T.DATASET, 0, "on-name", None)]:
            out.append(Candidate(c[0], c[1], T.DATASET, 0, "on-name", None))
    return out


_NOT_ON_NAMES = frozenset(("average", "top", "this", "these", "that", "such", "both", "all", "each", "their", "our"))


def metric_words(text: str, ents: list) -> list[Candidate]:
    """Metric names of kg's curated table that no entity covers ("accuracies", "error rate"), as Metric
    candidates for results only (rule "metric-word"; they are not entities of the paper).

    >>> [text[c.start:c.end] for text in ["Accuracies of 90% and error rates of 5%."] for c in metric_words(text, [])]
    ['Accuracies', 'error rates']
    """
    out = []
    for m in _metric_regex().finditer(text):
        s, e = m.start(), m.end()
        if not any(c[0] < e and s < c[1] for c in ents):
            out.append(Candidate(s, e, T.METRIC, 0, "metric-word", None))
    return out


#: curated aliases too common as plain words or letters to be read as metrics on their own ("5 times", "IS")
_NOT_METRIC_WORDS = frozenset(("time", "speed", "success", "runtime", "run time", "IS", "SR", "MR", "CD", "R1", "EM",
                               "CMC", "PQ", "acc"))


@lru_cache(maxsize=1)
def _metric_regex() -> re.Pattern:
    """One regex for every curated metric name and alias: plurals allowed; names of three characters or
    fewer only as written ("AP", not "ap")."""
    long, short = set(), set()
    for n in MetricKnowledge.load().names:
        if n not in _NOT_METRIC_WORDS:
            (short if len(n) <= 3 else long).add(n)
    def alt(names, flags):
        parts = [re.escape(n).replace("\\ ", r"[\s-]") + ("(?:s|es)?" if not n.endswith("y") else "")
                 for n in sorted(names, key=len, reverse=True)]
        parts = [p[:-1] + "(?:y|ies)" if p.endswith("y") else p for p in parts]
        return f"(?{flags}:" + "|".join(parts) + ")"
    short_cased = {n for n in short if any(ch.isupper() for ch in n)}
    return re.compile(r"(?<![\w-])(?:" + alt(long, "i") + "|" + alt(short_cased, "-i") + r")(?![\w-])")


def _figure_text(text: str, s0: int, s1: int, n_values: int) -> bool:
    """A "sentence" that is a figure's axis or a table run into the text ("45 50 55 60 65 70 Recall@1(%)"):
    eight or more numbers making up over a third of its words, or a run of six bare numbers."""
    return (n_values >= 8 and n_values * 3 > len(text[s0:s1].split())) or _AXIS.search(text, s0, s1) is not None


#: a run of six bare numbers: a figure's axis run into the text ("60 65 70 75 80 85 AP")
_AXIS = re.compile(r"(?<![\w.])(?:\d+(?:\.\d+)?\s+){5,}\d+(?:\.\d+)?(?![\w.%])")


def _threshold(text: str, v: _Value, c) -> bool:
    """ "mAP at IoU=0.5", "at standard IoU of 0.5": an IoU threshold, not a score."""
    return re.search(r"iou", text[c[0]:c[1]], re.I) is not None and "%" not in v.text \
        and re.search(r"(?:\bat|@|\bthreshold|>)\s*(?:\w+\s+){0,2}$", text[max(0, c[0] - 25):c[0]], re.I) is not None


def _sole(text: str, cands: list) -> int | None:
    """The one thing ``cands`` name (by written name in any case), or ``None`` for none or several."""
    names = {text[c[0]:c[1]].lower() for _, c in cands}
    return cands[0][0] if len(names) == 1 else None


def _may_be_percent(name: str) -> bool:
    """A metric whose values may be percentages: a proportion, or one kg knows nothing of."""
    info = MetricKnowledge.load().info(name)
    return info is None or info.proportion or (info.higher_is_better and MetricKnowledge.load().family(name) is None)


def _from_paper(v: _Value, sent_metric: int | None, sole: tuple[int | None, int | None], names: list[str],
                last: int | None = None) -> None:
    """What the sentence leaves open, from a sentence or an abstract that names one thing only: the
    metric of a score set beside its dataset ("BLEU scores of 30.5 for A and 38.6 for B on IWSLT"), the
    dataset of a score with a metric ("On ImageNet ... . It reaches 80.1% top-1 accuracy"): the one the
    last sentence naming datasets names, else the abstract's one. A change with a metric takes only the
    last sentence's ("... on TREC-DL. Evaluated on NDCG@10, we outperform BM25 by 44%")."""
    if v.kind != "score":
        if v.metric is not None and v.dataset is None:
            v.dataset = last
        return
    if v.metric is None:
        v.metric = sent_metric if sent_metric is not None else sole[0]
        if v.metric is not None and "%" in v.text and not _may_be_percent(names[v.metric]):
            v.metric = None  # "84.3%" is not the paper's one metric "memory consumption"
    elif v.dataset is None:
        v.dataset = sole[1]
