"""A bare "error" names no measure of its own (issue 18, Metric: "not vague quality words").

"Reduces the error by 20%", "obtains lower error", "decrease error on new tasks" say that something goes wrong less
often, not which measure counts it: no Metric there. Only a figure given as the error itself, "3.57% error", "an
error of 2.67%", "the error from 4.2% to 3.1%", "10.6% lower error", makes it a measure: a percentage of errors, the
error rate ("a 16% error reduction" names no Metric, but a result's percentage of bare errors, a change included, is
one of the error rate: :func:`result_metric`). A phrase that says
which error it is ("mean error", "test error", "cosine error") is a measure of its own and is left alone.
"""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.vocab import EntityType as T

#: the measure words that say nothing of what is counted as an error
BARE = frozenset({"error", "errors"})
#: the measure a percentage of bare errors is
ERROR_RATE = "error rate"
_NUMBER = r"\d(?:[\d.,]*\d)?"
#: a percentage, with its spread ("2.6 ± 0.1%") or the unit written out ("2.6 percent")
_PERCENT = _NUMBER + r"(?:\s*(?:±|\+/?-)\s*" + _NUMBER + r")?\s*(?:%|percent\b|per\s+cent\b)"
#: a percentage right before the error, maybe with a comparative: "3.57% error", "10.6% lower error"
_PERCENT_BEFORE = re.compile(_PERCENT + r"\s*(?:(?:lower|higher|less|more|fewer)\s+)?$", re.I)
#: a percentage in the error's own slot after it: "an error of 2.67%", "error = 4.1%", "error (3.2%)", the error's
#: own figures of a change ("the error from 4.2% to 3.1%", "the error drops to 3.1%"; not its amount, "by 20%")
_PERCENT_AFTER = re.compile(r"\s*(?:of|=|:|\(|is|was|from|(?:(?:drop|fall|fell|decrease|go|went|reache?)[a-z]*\s+)?to)"
                            r"\s*(?:about\s+|around\s+|approximately\s+|only\s+|just\s+|nearly\s+|~\s*)?"
                            + _PERCENT, re.I)
#: a value that is a percentage: "3.1%", "2.6 ± 0.1%"; or its unit written after it (" percent")
_PERCENT_VALUE = re.compile(r".*%\s*$")
_PERCENT_UNIT_AFTER = re.compile(r"\s*(?:percent\b|per\s+cent\b)", re.I)
#: A share of the errors, no error rate: "16% of errors are caused by occlusion".
_SHARE_OF = re.compile(r"\s*(?:percent\s+|per\s+cent\s+)?of\s+(?:the\s+|all\s+|these\s+)?errors?\b", re.I)

#: a noun of change right after the error: "a 16% error reduction" is a relative change, no rate of errors
_CHANGE_AFTER = re.compile(r"[\s\-]+(?:reductions?|increases?|decreases?|drops?|gains?|improvements?)\b", re.I)


def bare_error(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a bare "error" or "errors"."""
    return text[start:end].lower() in BARE


def error_rate_figure(text: str, start: int, end: int) -> bool:
    """Whether the error at ``text[start:end]`` is given as a percentage: a rate of errors.

    >>> t = "It has 3.1% error, an error of 2.6% and cuts the error by 20%, a 20% error reduction."
    >>> [error_rate_figure(t, i, i + 5) for i in (t.index("error"), t.index("error of"), t.index("error by"))]
    [True, True, False]
    >>> error_rate_figure(t, t.rindex("error"), t.rindex("error") + 5)
    False
    """
    if _CHANGE_AFTER.match(text, end):
        return False
    return bool(_PERCENT_BEFORE.search(text, max(0, start - 24), start) or _PERCENT_AFTER.match(text, end))


def read_bare_errors(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The Metric candidates with each bare "error" read by its use: the error rate where a percentage is given as
    the error, else none (:func:`error_rate_figure`).

    >>> t = "We reduce the error by 20% and reach an error of 2.6%."
    >>> c = [Candidate(14, 19, T.METRIC, 40, "measured"), Candidate(40, 45, T.METRIC, 40, "measured")]
    >>> [(t[x.start:x.end], x.canonical) for x in read_bare_errors(t, c)]
    [('error', 'error rate')]
    """
    out = []
    for c in cands:
        if c.type is T.METRIC and bare_error(text, c.start, c.end):
            if not error_rate_figure(text, c.start, c.end):
                continue
            c = c._replace(canonical=ERROR_RATE)
        out.append(c)
    return out


def result_metric(name: str | None, text: str, value: str, end: int) -> str | None:
    """A result's metric ``name``, the error rate when it is a bare "error(s)" and the value (ending at ``end``) is a
    percentage, a change included ("a 16% error reduction", "16% fewer errors"): as the Metric is read.

    >>> t = "a 16% error reduction and 3 errors, an error of 2.6 percent"
    >>> result_metric("error", t, "16%", 5), result_metric("errors", t, "3", 27), result_metric("error", t, "2.6", 51)
    ('error rate', 'errors', 'error rate')
    >>> result_metric("test error", t, "16%", 5), result_metric("errors", "16% of errors are ours", "16%", 3)
    ('test error', 'errors')
    """
    if name is None or name.lower() not in BARE or _SHARE_OF.match(text, end):
        return name
    return ERROR_RATE if _PERCENT_VALUE.match(value) or _PERCENT_UNIT_AFTER.match(text, end) else name
