"""Whether a text describes a name with a method noun, or uses it as data: the signals that tell a paper's own method
named like a dataset ("we present QuokMatch, a data-driven model") from the dataset (:mod:`kg.link.own_methods`
reads them in each paper's text)."""
from __future__ import annotations

import re

#: The nouns that say a name is a method: what it is, not what it is for (no "system", "tool": a benchmark suite or
#: an annotation tool is called so too).
METHOD_NOUNS = ("model", "models", "network", "networks", "net", "encoder", "decoder", "operator", "framework",
                "architecture", "algorithm", "descriptor", "detector", "approach", "method", "module", "layer",
                "classifier", "estimator", "tracker", "parser", "transformer", "pipeline", "mechanism")
_NOUN = r"(?:" + "|".join(METHOD_NOUNS) + r")"
#: A modifier word of the noun phrase: no preposition, conjunction or relative word (they close the phrase: "a dataset
#: for evaluating network ..." is no network).
_MODIFIER = r"(?!(?:for|of|on|in|with|to|from|by|and|or|that|which|whose|where|as|at)\b)[\w\-]+\s+"
#: A count of things: a network "of two million papers", a zoo "of 500 checkpoints" holds them (a store of data).
_COUNT = (r"(?:\d[\d,.]*\s*[KkMB]?|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds?|"
          r"thousands?|millions?|billions?|dozens?)\b)")
#: The end of the noun phrase at a method noun: no word goes on, nor a data word after it ("a 3D CAD model dataset").
_HEAD_END = (r"(?![\w\-])(?!\s+(?:data|datasets?|benchmarks?|corpus|corpora|collection|database|repositor(?:y|ies)|"
             r"zoos?|librar(?:y|ies)|graphs?)\b)(?!\s+of\s+(?:over\s+|about\s+|around\s+)?" + _COUNT + r")")
#: After the name: ", a/an/the [modifiers] NOUN", after a colon or a dash too, or a copula ("X is a ... network"); an
#: article is needed (", our proposed method" is another thing).
_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*(?:,|:|-{1,2}|\u2014|\u2013)|\s+(?:is|was))\s*(?:a|an|the)\s+"
                    r"(?:" + _MODIFIER + r"){0,5}?" + _NOUN + _HEAD_END, re.I)
#: Before the name: "NOUN named/called/dubbed/termed X" or "a/an [modifiers] NOUN, X" / "NOUN -X" / "NOUN: X".
_BEFORE = re.compile(r"(?:\b" + _NOUN + r"\s+(?:(?:which|that)\s+(?:we|is)\s+)?(?:called|named|dubbed|termed|coined)"
                     r"(?:\s+as)?|\b(?:a|an)\s+(?:" + _MODIFIER + r"){0,5}?" + _NOUN
                     + r"\s*(?:,|:|-{1,2}|\u2014|\u2013))\s*[\"'\u201c]?$", re.I)
#: After the name: a data word ("X dataset", "X benchmark", "X data", "X images").
_DATA_AFTER = re.compile(r"[\s\-]+(?:data(?:\s*sets?)?|datasets?|benchmarks?|corpus|corpora|suites?|testbeds?|"
                         r"leaderboards?|database|images|videos|scenes|splits?|test(?:ing)?\s+sets?)\b", re.I)
#: Before the name: a preposition of data ("on X", "from the X", "across X"), maybe over a list ("on A, B and X");
#: or "for X", what a method works for ("a parser for X": X is its data or formalism, no method of the paper's).
_DATA_BEFORE = re.compile(r"\b(?:on|from|across|for)\s+(?:the\s+)?(?:[\w\-.]+\s*,\s*|[\w\-.]+,?\s+(?:and|or)\s+){0,4}$",
                          re.I)
#: A verb of building on a thing, maybe with an adverb, before that preposition: "based on X", "relies heavily on X",
#: "we focused on X", "building on X" (what a method is built on, not its data).
_BUILT_ON = re.compile(r"\b(?:bas|buil[dt]|rel[iy]|depend|focus)\w*\s+(?:\w+ly\s+)?$", re.I)
#: A word of data or its evaluation among a method noun's modifiers: "a benchmarking framework", "an annotation
#: framework", "a data model" describe data, not a method.
#: A whole word only: "data-driven" is a way of working.
_DATA_MODIFIER = re.compile(r"(?<![\w\-])(?:bench\w*|data\w*|corp\w*|annotat\w*|evaluat\w*|testbeds?|suites?|"
                            r"collections?)(?![\w\-])", re.I)


#: A store of data whose items a method noun names: "a dataset of 3D CAD models named X", "a collection of road
#: networks called X" (what precedes a :data:`_BEFORE` match in its noun phrase).
_DATA_HEAD_OF = re.compile(r"\b(?:data\s*sets?|datasets?|collections?|corpus|corpora|benchmarks?|databases?|"
                           r"repositor(?:y|ies)|suites?|librar(?:y|ies)|zoos?)\s+of\s+(?:[\w\-]+\s+){0,4}$", re.I)


def described(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is described with a method noun (:data:`_AFTER`, :data:`_BEFORE`).

    >>> t = "We present QuokMatch, a data-driven model. An operator named WomG is used."
    >>> described(t, 11, 20), described(t, t.index("WomG"), t.index("WomG") + 4)
    (True, True)
    >>> t = "QuokSet, a dataset for evaluating network design. WomSet: A benchmarking framework for graphs."
    >>> described(t, 0, 7), described(t, t.index("WomSet"), t.index("WomSet") + 6)
    (False, False)
    >>> described("QuokNet -a large-scale 3D CAD model dataset.", 0, 7)
    False
    """
    m = _AFTER.match(text, end)
    if m is None:
        m = _BEFORE.search(text, max(0, start - 120), start)
        if m is not None and _DATA_HEAD_OF.search(text, max(0, m.start() - 80), m.start()):
            return False
    return m is not None and not _DATA_MODIFIER.search(m.group(0))


def as_data(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is used as data: a data word after it, "on/from/across X" before it.

    >>> t = "We test on QuokMatch. The WomG benchmark. A model based on NumbNet. A parser for NumbG."
    >>> [as_data(t, t.index(w), t.index(w) + len(w)) for w in ("QuokMatch", "WomG", "NumbNet", "NumbG")]
    [True, True, False, True]
    """
    if _DATA_AFTER.match(text, end) is not None:
        return True
    m = _DATA_BEFORE.search(text, max(0, start - 80), start)
    return m is not None and not _BUILT_ON.search(text, max(0, m.start() - 30), m.start())
