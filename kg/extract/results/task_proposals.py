"""Proposals the paper writes as a task or as what its system is for, not as its system.

:func:`task_names` gives the names typed Task; :func:`called_task` tells a name defined as a task ("ObjectGoal
Navigation (OBJECTNAV) is an embodied task"), :func:`task_in_title` and :func:`task_in_body` what a task is of
("Neural AMR Parsing"), :func:`task_short` a task's short form ("speech tagging (STG)"), and :func:`applied_name`
what a system is applied to ("to extract drug-drug interactions (DDIs)").
"""
from __future__ import annotations

import re

from kg.extract.words import TASK_HEADS, TECHNIQUE_HEADS, TITLE_TASK_HEADS
from kg.vocab import EntityType as T


def task_names(text: str, found) -> set[str]:
    """The names (lower case) the paper types Task."""
    return {text[c[0]:c[1]].lower() for c in found.entities if c[2] is T.TASK}


#: a proposal the text defines as a task or a problem: "ObjectGoal Navigation (OBJECTNAV) is an embodied task"
_IS_TASK = re.compile(r"\)?\s+(?:is|are)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:task|problem)s?\b|"
                      r"\s*(?:\([^()]{1,20}\)\s*)?(?i:problems?|tasks?|challenges?)\b")  # ("the Foo Schema Challenge")


def called_task(text: str, name: str) -> bool:
    """The text defines ``name`` as a task ("ObjectGoal Navigation (OBJECTNAV) is an embodied task"): what
    "we" achieve is no result of it, whatever "we propose that ... an OBJECTNAV agent" made of it.

    >>> called_task("Goal Navigation (GNAV) is an embodied task. We propose that GNAV agents plan.", "GNAV")
    True
    """
    at = text.find(name)
    while at >= 0:  # each whole-word occurrence, with one compiled pattern (a pattern per name missed re's cache)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")) and _IS_TASK.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


#: what a system is for or applied in, right before a name the text defines: the object of a task's verb ("to
#: extract (drug-drug interactions (DDIs))", "for predicting atomic-pairwise (...)"), a domain or a setting with
#: no article ("in commercial (voice assistants (VAs))", "disciplines from (...)"; not "resulting in the ...")
_TASK_VERB = r"(?:extract|estimat|predict|detect|recogni[sz]|classif|identif|locali[sz]|segment|forecast|track)"


_APPLIED_BEFORE = re.compile(r"(?:\bto\s+" + _TASK_VERB + r"\w*|\bfor\s+" + _TASK_VERB + r"\w*ing|(?<!resulting )"
                             r"\b(?:in|from|across|within)(?!\s+(?:the|an?|our|this|its|their|which|proposed|novel|new)\b))"
                             r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


def applied_name(text: str, name: str) -> bool:
    """The text defines ``name`` ("... (ABC)" after it) as what its system is for or applied in
    (:data:`_APPLIED_BEFORE`: "a method to extract drug-drug interactions (DDIs)", "an end-to-end model for spoken
    language understanding in commercial voice assistants (VAs)"), not as its system; read where the name is first written with a
    parenthesis; never a name headed by a kind of system ("in quaternion-valued neural networks (QNN)").

    >>> applied_name("We propose a net to estimate the angle of arrival (AoA).", "angle of arrival")
    True
    >>> applied_name("We study fluent speech in smart home devices (SHD).", "smart home devices")
    True
    >>> [applied_name(t, n) for t, n in (("In this paper, we propose Fooing Nets (FN) for tasks.", "Fooing Nets"),
    ...  ("We fuse views in quaternion-valued neural networks (QNN).", "quaternion-valued neural networks"),
    ...  ("This leads to a new model for extractive tagging called ZAP-NET (Zap Net).", "ZAP-NET"))]
    [False, False, False]
    """
    if not name or name.rsplit(None, 1)[-1].lower() in TECHNIQUE_HEADS:
        return False
    at = text.find(name + " (")
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-"):
        at = text.find(name + " (", at + 1)
    return at > 0 and _APPLIED_BEFORE.search(text, max(0, at - 60), at) is not None


def task_short(text: str, found, name: str) -> bool:
    """A proposal the abstract writes in brackets right after a Task's name ("for speech tagging (STG) models"):
    the task's short form, what the paper's models are for, not its system.

    >>> from types import SimpleNamespace as NS
    >>> t = "We search speech tagging (STG) models."
    >>> f = NS(entities=[(10, 24, T.TASK, "speech tagging", "lexicon"), (26, 29, T.METHOD, "STG", "name")])
    >>> task_short(t, f, "STG"), task_short(t, f, "speech tagging")
    (True, False)
    """
    return any(text.startswith(name + ")", p.end()) for c in found.entities
               if c[2] is T.TASK and (p := _TASK_PAREN.match(text, c[1])) is not None)


_TASK_PAREN = re.compile(r"\s*\(\s*")


#: the word after a name in a title, and a tool phrase after it: "(AMR) Parsing", "(Sequence Labeling) via"
_WORD_AFTER = re.compile(r"\s+([A-Za-z-]+)")


_TOOL_AFTER = re.compile(r"\s+(?:via|using|with|by|based on)\s", re.I)


def task_in_title(title: str, name: str) -> bool:
    """A proposal the title writes as what a task is of ("Neural AMR Parsing", "Capacitive ECG Denoising": the
    formalism parsed, the signal denoised), or as the task a tool does ("End-to-end Sequence Labeling via
    Bi-LSTM-CRF": the tool is the system); not a name the title opens on before its colon ("GAN Compression: ...").

    >>> [task_in_title(t, n) for t, n in (("Neural QRL Parsing with Pointers", "QRL"), ("Noisy EEG Denoising", "EEG"),
    ...  ("Fast Chunk Labeling via Bi-LSTMs", "Fast Chunk Labeling"), ("ZIP Compression: Small Nets", "ZIP Compression"),
    ...  ("QRLNet for Parsing", "QRLNet"))]
    [True, True, True, False, False]
    """
    at = title.find(name) if name else -1
    if at < 0 or (at > 0 and (title[at - 1].isalnum() or title[at - 1] == "-")):
        return False
    end = at + len(name)
    after = _WORD_AFTER.match(title, end)
    if after is not None and after.group(1).lower() in TASK_HEADS:
        return True
    return name.split()[-1].lower() in TITLE_TASK_HEADS and _TOOL_AFTER.match(title, end) is not None


def task_in_body(text: str, name: str) -> bool:
    """A proposal the abstract writes, somewhere, as what a task is of, right before a task's head word ("a new
    transition system for QRL parsing", "the QRL alignment": the formalism parsed, as :func:`task_in_title` reads a
    title), not the system; read at each place the name is written, with no pattern per name.

    >>> [task_in_body(t, "QRL") for t in ("We propose a QRL aligner and a system for QRL parsing.",
    ...                                     "We propose QRL, a parser. QRL beats others.", "QRLNet parsing wins.")]
    [True, False, False]
    """
    at = text.find(name) if name else -1
    while at >= 0:  # (a whole word: not "QRL" of "QRLNet parsing")
        if not (at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-")):
            after = _WORD_AFTER.match(text, at + len(name))  # (the word after, space-separated: not "QRLNet")
            if after is not None and after.group(1).lower() in TASK_HEADS:
                return True
        at = text.find(name, at + 1)
    return False
