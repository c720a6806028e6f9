"""A paper's main proposal as a coinage of its name: "a new deep network, PackNet, learned only from videos".

:mod:`kg.link.coinages` compares the papers that coin one name by strong signs (the title's name, an acronym the paper
defines, a naming verb; for a lexicon name, only a title it leads: "U-Net: ...") and splits those about different
things. A paper that names its contribution without such a sign ("Our center point based approach, CenterNet, is
...", "a new deep network, PackNet, learned ...") was left with the first coinage, another thing by the same name.
Once some paper coins the name so, a paper whose main proposal (the extractor's first ``proposed``) is that name is
compared with the coiners too (:func:`~kg.link.coinages.compared_coiners`): by topic words, as any coinage. Not when
the paper cites the name or uses it anywhere ("The recently proposed BERT (Devlin et al.)", "classification using
BERT", :func:`used_here`): the extractor read a use as a proposal. Alone (no paper coining the name by a strong
sign), a main proposal proves nothing: a known name many papers seem to propose ("CNN") stays the known thing.
"""
from __future__ import annotations

import re

from kg.extract.proposal_cues import in_use_object, names_another
from kg.link.coinages import COINED_TYPES
from kg.models import Extraction, Mention

#: The end of a sentence (or of a clause after a semicolon) before a name.
_SENTENCE_END = re.compile(r"[.!?;]\s")


def used_here(text: str, start: int, end: int) -> bool:
    """Whether a name at ``text[start:end]`` is another work's there: cited or named by a cue of usage
    (:func:`~kg.extract.proposal_cues.names_another`), or in the object of a verb of use in its sentence
    (:func:`~kg.extract.proposal_cues.in_use_object`: "we propose to use the objective, namely X"; not "we use a new
    net, X", "using these cues, we construct X", "experiments using images show X").

    >>> t = ("We apply the QuokNet to wombats. We propose to use the loss, namely QuokNet. QuokNet (Smith et al.) "
    ...      "is old. Our QuokNet counts, using a new net, QuokNet.")
    >>> [used_here(t, m.start(), m.end()) for m in re.finditer("QuokNet", t)]
    [True, True, True, False, False]
    """
    if names_another(text, start, end):
        return True
    before = text[max(0, start - 300):start]
    cut = [m.end() for m in _SENTENCE_END.finditer(before)]
    return in_use_object(before[cut[-1]:] if cut else before)


def main_keys(ex: Extraction, mentions: tuple[Mention, ...], key) -> set[int]:
    """The indices of the mentions of a Method or Dataset the paper proposes first (its main proposal), when no
    mention of that name in the paper is cited or used (:func:`used_here`), and each is where its offsets say;
    else an empty set.

    >>> from kg.models import Paper
    >>> from kg.vocab import EntityType
    >>> def ms(t):
    ...     return tuple(Mention(EntityType.METHOD, "QuokNet", i, i + 7, "abstract", None, (), "lexicon")
    ...                  for i in (t.index("QuokNet"), t.rindex("QuokNet")))
    >>> t = "Our approach, QuokNet, counts wombats. QuokNet is fast."
    >>> main_keys(Extraction(Paper("p", "T", t), ms(t), proposed=("QuokNet",)), ms(t), str.lower)
    {0, 1}
    >>> t = "Our approach, QuokNet, counts wombats, using QuokNet."
    >>> main_keys(Extraction(Paper("p", "T", t), ms(t), proposed=("QuokNet",)), ms(t), str.lower)
    set()
    """
    if not ex.proposed:
        return set()
    main = key(ex.proposed[0])
    found = {i for i, m in enumerate(mentions) if m.type in COINED_TYPES and key(m.text) == main}
    for i in found:
        m = mentions[i]
        text = (ex.paper.title if m.field == "title" else ex.paper.abstract) or ""
        if text[m.start:m.end] != m.text or used_here(text, m.start, m.end):
            return set()  # (a mention its offsets do not spell cannot be read)
    return found
