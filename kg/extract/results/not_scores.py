"""Numbers that are no score of the paper's (:func:`not_a_score`): counts ("1.7 million articles"), alternatives,
compute budgets, cited figures, conditions ("when the true positive rate is 95%"), denied figures, an operating point
after a figure, a count in a compound ("8-frame clips"), a figure's legend; and footnote marks (:func:`footnote_mark`).
"""
from __future__ import annotations

import re

from kg.extract.results.metric_names import known_metric
from kg.extract.results.name_numbers import opens_on_metric
from kg.extract.results.values import Value


#: a metric's name between a figure and a footnote mark: "84.6 F1 score 1 on the test set"
_METRIC_GAP = re.compile(r"\s+(?:(?!(?:and|or|to|vs|of|by|with|on|in|at|for)\b)[A-Za-z][\w-]*\s+){1,2}")


def footnote_mark(text: str, vals: list["Value"], k: int) -> bool:
    """A single digit right after a figure with a unit or a decimal point (or after its metric's name),
    before a word: a footnote mark ("to 33.4 mm 1 on Human3.6M", "84.6 F1 score 1 on the test set"), not a
    figure of its own."""
    v = vals[k]
    if not k or not re.fullmatch(r"\d", v.text) or not (re.fullmatch(r"\s", text[vals[k - 1].end:v.start])
                                                        or _METRIC_GAP.fullmatch(text, vals[k - 1].end, v.start)):
        return False
    return re.search(r"\d\.\d|[A-Za-z%]$", vals[k - 1].text) is not None and re.match(r"\s+[a-z]", text[v.end:]) is not None


#: a count of things: "1.7 million articles", "100 sentence pairs" (a plural noun that is no metric kg knows)
_COUNT_NOUN = re.compile(r"\s+(?:[a-z]+[\s-])?([a-z]{3,}s)\b(?![/-])")
#: a number that may count things: a whole number, or one with a magnitude ("1.7 million", "25K")
_COUNT = re.compile(r"\d[\d,]*|\d+(?:\.\d+)?\s?(?:thousand|million|billion|[KMB])", re.I)
_MAGNITUDE = re.compile(r"(?:thousand|million|billion|\d[KMB])$", re.I)
#: a cost the result is measured at: "at around 500M MACs", "under 300M FLOPs"
_BUDGET = re.compile(r"\b(?:at|under|within|below)\s+(?:around\s+|about\s+|approximately\s+|only\s+|~\s*|"
                     r"(?:[\w-]+\s+){1,2}\(\s*(?:\d[\w.]*\s*/\s*)*)?$", re.I)
_BUDGET_UNIT = re.compile(r"\s*(?:/\s*\d[\d.]*\s*[MGBK]?\s*)*(?:[MGBK]\s*)?(?:MACs|FLOPs|Mult-Adds|multiply-adds)\b", re.I)
#: figures of other papers: "11 BLEU ... reported in Xu et al.", "(e.g., A and B have 11 billion and 175 billion ...)"
_CITED_AFTER = re.compile(r"\)?[^.;()]{0,60}?(?:\b(?:reported|achieved|obtained)\s+(?:in|by)\s+(?!our|us\b|the proposed|this)|"
                          r"\bet al\.)", re.I)
#: a figure and its metric's name, then a citation mark: "98.0% top-1 accuracy [4] was reached"
_CITED_FIGURE = re.compile(r"\s*%?\s*((?:[\w@-]+\s+){0,3}?)\[\d+(?:\s*[,;–-]\s*\d+)*\]")


def _cited_figure(text: str, v: Value) -> bool:
    """A figure whose metric (or the figure itself) a citation mark follows: "by then, 98.0% top-1 accuracy [4]
    was reached", "97% token accuracy [4]" is the cited work's figure, not the paper's (a mark after a dataset's
    name, "85% accuracy on FooData [7]", cites the data, and the figure stays)."""
    m = _CITED_FIGURE.match(text, v.end)
    words = m.group(1).split() if m else []
    return m is not None and (not words or known_metric(" ".join(words)) or known_metric(words[-1]))


_EXAMPLE_PAREN = re.compile(r"\((?:e\.g\.|i\.e\.|for example|for instance)[^()]*$", re.I)


def not_a_score(text: str, v: Value, s0: int) -> bool:
    """A number that is no score of the paper's: a count ("1.7 million articles"), one of two alternatives
    ("(1 or 0)"), a compute budget ("at around 500M MACs"), another paper's figure ("reported in Xu et
    al.", inside "(e.g., ...)"), or a footnote mark opening a sentence ("1 11 BLEU ...")."""
    m = _COUNT_NOUN.match(text, v.end)
    if m and _COUNT.fullmatch(v.text) and not known_metric(m.group(1)) and not known_metric(m.group(0).strip()) \
            and not re.match(r"\s+per\b", text[m.end():]):
        return True
    if re.fullmatch(r"\d+", v.text) and (re.match(r"\s+or\s+\d", text[v.end:]) or re.search(r"\d\s+or\s+$", text[s0:v.start])):
        return True
    if (_BUDGET.search(text, max(s0, v.start - 45), v.start) and _BUDGET_UNIT.match(text, v.end)) \
            or _CITED_AFTER.match(text, v.end) or _cited_figure(text, v) \
            or (_EXAMPLE_PAREN.search(text, s0, v.start) and _MAGNITUDE.search(v.text)):
        return True
    if _CONDITION.search(text, max(s0, v.start - 50), v.start) or _EXAMPLE_AFTER.match(text, v.end) \
            or _DENIED.match(text, v.end):
        return True  # "when the true positive rate is 95%": a condition of the result, not one; "95% ... cannot be"
    if re.fullmatch(r"\d+(?:\.\d+)?", v.text) and re.search(r"\d\S*\s+(?:[\w@-]+\s+){0,2}at\s+$", text[max(s0, v.start - 40):v.start]) \
            and (m := re.match(r"\s+([A-Za-z][\w@-]*)((?:\s[\w@-]+){0,2})", text[v.end:v.end + 40])) \
            and not opens_on_metric((m.group(1) + m.group(2)).split()[:3]):
        return True  # "93% recall at 1 FPPI": the operating point of the figure before it
    if re.fullmatch(r"\d+", v.text) and _COMPOUND_COUNT.match(text, v.end):
        return True  # "62 fps on 8-frame clips": a count written into a compound is a setting
    if _LEGEND.search(text, max(s0, v.start - 40), v.start):
        return True  # "(light green, 0.38 IoU)": a figure's legend run into the text
    return bool(re.fullmatch(r"\d{1,2}", v.text) and re.fullmatch(r"\s*(?:\d{1,2}\s+)?", text[s0:v.start]))


#: a count opening a hyphenated compound: "8-frame clips", "16-shot", "4-layer" (not "5-fold", "2-point")
_COMPOUND_COUNT = re.compile(r"-(?!(?:fold|times|points?|pp)\b)[A-Za-z]")
#: a figure's legend: a colour opening a parenthesis ("AtlasNet (light green, 0.38 IoU)", "(red, 0.76 IoU)")
_LEGEND = re.compile(r"\((?:(?:light|dark)\s+)?(?:red|green|blue|yellow|orange|purple|black|white|gr[ae]y|pink|cyan|magenta)"
                     r",[^()]*$", re.I)
_EXAMPLE_AFTER = re.compile(r"[^.;,()]{0,40}?\bas an example\b", re.I)  # "a transformer with 26M parameters as an example"
#: a figure that a modal denies is no one's result: "100% recall cannot always be guaranteed", "an F1 of 90 could
#: not be reached" (up to two words between, no conjunction: not "94% accuracy and cannot be fooled")
_DENIED = re.compile(r"\s*%?\s*(?:(?!(?:and|or|but|while|whereas|which|that|yet)\b)[\w@-]+\s+){0,2}?"
                     r"(?:cannot|can\s+not|could\s+not|may\s+not|might\s+not|will\s+not|would\s+not|can't|couldn't|won't)\s+"
                     r"(?:\w+ly\s+|always\s+|yet\s+|even\s+)?be\b", re.I)
_CONDITION = re.compile(r"\b(?:when|if|where)\s+(?:the\s+)?[\w\s-]{1,30}?\s(?:is|are|equals?|set to|fixed (?:at|to))\s*$",
                        re.I)
