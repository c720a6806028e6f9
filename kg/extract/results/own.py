"""What "we" and "our model" stand for in a paper (for step 6 of :mod:`kg.extract.results`).

:func:`paper_method` says once per paper what the paper's own system is (:class:`Own`: the model, and the part it
proposes), trying in order: the main proposal that may name a system (:mod:`.system_proposals`, with
:mod:`.data_proposals` and :mod:`.task_proposals`; a proposal that is a part of a model, :mod:`.parts`, gives the
model it is part of: :func:`_own_of_part`), the names the paper gives its system in words or in its title
(:mod:`.own_names`), the team or code name (:mod:`.title`, :mod:`.code_name`), the model "we" train
(:mod:`.used_model`), an acronym the abstract acts by (:mod:`.own_acronyms`), the title's subject.
:mod:`kg.extract.results.method` reads a value's method with its help.
"""
from __future__ import annotations

from typing import NamedTuple

from kg.extract.coordinated import JOINED_NAMES, NAMING_RULES
from kg.extract.proposals import main_method
from kg.vocab import EntityType as T
from kg.extract.results.code_name import code_name
from kg.extract.results.data_proposals import DATA_TITLE, called_data, not_data, not_a_method
from kg.extract.results.described import described_system, subtitle_system, title_echo
from kg.extract.results.method_name import short_name, title_phrase
from kg.extract.results.own_acronyms import acting_acronym, claiming_acronym, title_acronym
from kg.extract.results.own_names import named_own, title_name, we_call
from kg.extract.results.parts import is_part
from kg.extract.results.system_proposals import after_unnamed_system, bare_part, system_proposal, with_head
from kg.extract.results.task_proposals import task_names
from kg.extract.results.title import entry_team, title_system, title_technique, title_variant
from kg.extract.results.used_model import used_model


class Own(NamedTuple):
    """What "we" and "our model" stand for in a paper: its model (``name``), and the part it proposes when
    its main proposal is a part of a model ("Flow Alignment Module")."""

    name: str | None
    part: str | None = None
    #: the name is the title's subject (:func:`.title.title_technique`), not a name the paper gives its model
    guessed: bool = False


def paper_method(text: str, found, data: set[str] | frozenset = frozenset()) -> Own | None:
    """What "we" and "our model" stand for in a paper's results, computed once per paper (:class:`Own`).

    The main proposed Method (:func:`kg.extract.proposals.main_method`; not a phrase that reads as a title, nor one
    of ``data``, the names the text calls data; when it is a part of a model, the next proposal that is not, else no
    name), unless it is a description in lower case and the title opens on a name ("DrNAS: ...") or it is first
    proposed after a system the paper gives no name, a part of it (:func:`system_proposals.after_unnamed_system`: "a novel CNN-based
    framework ... a window proposal network"); else the name the title opens on (:func:`own_names.title_name`) or gives its
    system otherwise (:func:`.title.title_system`: "BomJi at SemEval ...", "... using U-Net-ResNet50"); else a Method
    name that is the whole title ("Denoising Diffusion Probabilistic Models"); else the name the abstract calls its
    system by; else the team a shared-task entry's title names (:func:`.title.entry_team`: "Foo at BarEval-2019 Task
    3: ..." of "our team's system"); else the name its code link gives it (:func:`.code_name.code_name`: "x/FooNet");
    else a model "we" train (:func:`used_model.used_model`), an acronym the abstract defines for the title's subject
    (:func:`own_acronyms.title_acronym`: "Supervised Contrastive Learning" of "supervised contrastive (SupCon) loss") or the model
    or technique the title names as its subject (:func:`.title.title_technique`: "Improved Noisy Student Training for
    ..."). A main proposal the title opens on with a variant word is named so ("Light-Weight RefineNet")."""
    not_methods = data | {text[c[0]:c[1]].lower() for c in found.entities if not_a_method(c)}
    title = text[:max(text.find("\n"), 0)].rstrip(" .")
    proposed = [n for n in found.proposed if system_proposal(text, found, title, not_methods, n)]
    main = _main_long(text, found, proposed)
    named = None if DATA_TITLE.search(title) else title_name(title, text[len(title):])  # "FQuAD: French Question Answering Dataset"
    if named and called_data(text, named):
        named = None  # "VehicleNet: Learning ..." of "we build a vehicle dataset (called VehicleNet)": its data
    named = named or _in_full(text, found, proposed, not_data(title, found, title_system(title, text[len(title):])))
    if main and main.islower() and not named and (acting := claiming_acronym(text, found, main)):
        return Own(acting)  # "we introduce dense anchors ..." of "... Queries (SOQ). SOQ is faster. SOQ outperforms ..."
    if main and is_part(text, main) and (own := _own_of_part(text, found, proposed, main, named)) is not None:
        return own
    step = main if main and after_unnamed_system(text, main) else None  # "we propose a novel CNN-based framework
    if main and not step and not (named and main.islower()):  # ... we develop a window proposal network": a part
        written = with_head(text, _as_written(text, found, main))  # "a two-pass approach": the approach
        return Own(title_variant(title, written, text[len(title):]) or written)  # "Light-Weight RefineNet for ..." of RefineNet
    if named:
        return Own(named)  # "Glyce: Glyph-vectors for ...": the name the title gives its subject
    lead = len(title) - len(title.lstrip())
    for i, c in enumerate(found.entities):
        if c[2] is T.METHOD and c[0] == lead and c[1] == len(title) and len(title.split()) >= 2:
            al = found.aliases.get(i)
            return Own(al[0] if al else title[lead:])  # as the title writes it
    called = we_call(text) or named_own(text)  # "We call our algorithm convolutional k-means clustering."
    if called and called.lower() not in not_methods:  # ("our system (zorb)", "a system called zorb")
        return Own(called)
    team = not_data(title, found, entry_team(title, text[len(title):]))
    if team and team.lower() not in not_methods:
        return Own(team)  # "Zorblab at Quux-2021 Task 3: ..." of "our system achieves": the entry's team
    code = None if DATA_TITLE.search(title) else code_name(text, found.urls, not_methods)
    if code and not called_data(text, code):
        return Own(code)  # "our network achieves ... Code: github.com/x/FooNet": the name the code goes by
    used = used_model(text, found) or acting_acronym(text, found) or title_acronym(text, found, title)
    if used:  # "we use the images to train a Fully-Convolutional Regression Network (FCRN)"; "... richer convolutional
        # features (RCF). RCF encapsulates ..."; "Supervised Contrastive Learning" of "supervised contrastive (SupCon) loss"
        return Own(used)
    technique = None if DATA_TITLE.search(title) else title_technique(title)  # "Improved Noisy Student Training for"
    tasks = task_names(text, found)
    technique = technique or described_system(text[len(title):], tasks) or subtitle_system(title, tasks) \
        or title_echo(title, text[len(title):])  # "We present a span-based labeling model"; "...: A Gated Captioning
    # Network"; "Probabilistic two-stage detection" of "a probabilistic two-stage detector"
    if technique and (bare_part(technique.rsplit(" ", 1)[0]) or step and step.lower() in technique.lower()):
        technique = None  # "We further propose an orthogonal initialization method": a step again (or the part)
    return Own(technique, guessed=True) if technique else None


def _stems(words: list[str]) -> list[str]:
    """Words in lower case without a plural's ending ("Granularities" -> "granularity", "Patches" -> "patch")."""
    from kg.graph.common_proposals import singular  # here: kg.graph imports the extractor
    return [singular(w.lower()) for w in words]


def _in_full(text: str, found, proposed: list[str], phrase: str | None) -> str | None:
    """The system a title names besides its head ("BomJi at SemEval ...", "... using U-Net", "... with Many Scales
    for ..."), unless a name the abstract proposes opens on it, word by word up to a plural, with one head word more
    ("the Many Scale Network (MSN)"): then that name, as results write it (:func:`_as_written`); the phrase is a
    piece of the system's name, not the system."""
    if phrase is None:
        return None
    want = _stems(phrase.split())
    for name in proposed:
        words = name.split()
        if len(words) == len(want) + 1 and _stems(words[:-1]) == want and name[:1].isupper():
            return _as_written(text, found, name)
    return phrase


def _own_of_part(text: str, found, proposed: list[str], main: str, named: str | None) -> Own | None:
    """What "we" stand for in a paper whose main proposal ``main`` is a part of a model (:func:`parts.is_part`): the
    next proposal that is no part, else the model the paper proposes besides (:func:`used_model.used_model`: "proposes a
    novel Foo (FOO-GAN) network ... we propose a Bar (BR) module"), else a proposal that is a part by the word after
    it only ("a feature selective (FS) module" of a "Feature Selective Module"), else the title's name. ``None``
    when ``main`` is that proposal itself: a "Cycle Transformer (CyT) module" is all the paper proposes, its model."""
    model = _main_long(text, found, [n for n in proposed if not is_part(text, n)])
    used = None if model else used_model(text, found, True)
    if not model and not used:
        loose = [n for n in proposed if not is_part(text, n, after=False)]
        if main in loose:
            return None
        model = _main_long(text, found, loose)
    return Own(used or (_as_written(text, found, model) if model else named), _as_written(text, found, main))


def _main_long(text: str, found, names: list[str]) -> str | None:
    """The first Method of ``names`` (:func:`kg.extract.proposals.main_method`) that is no title phrase, nor
    one of two Methods the paper names together (:func:`_coordinated`)."""
    paired = _coordinated(text, found, names)
    names = [n for n in names if n not in paired and (not title_phrase(n) or any(
        found.name(text, i) == n and found.aliases.get(i) for i in range(len(found.entities))))]
    # ("See and Read", "Deeper vs Wider": a paper's title, not a method's name; the next proposal may be)
    return main_method(text, found, names) if names else None


def _coordinated(text: str, found, names: list[str]) -> set[str]:
    """The Methods of ``names`` named joined to another of them ("two detectors, named FooNet-S and BarNet-L", a
    title's "FooNet and BarNet: ..."): the paper proposes both, so neither alone is what "we" and "our model"
    stand for (not "FooNet and RPN are ...", names the paper uses together).

    >>> from kg.extract.candidates import Candidate
    >>> from kg.extract.findings import DocFindings
    >>> t = "We propose two detectors named FooNet-S and BarNet-L, and the ZapSet data."
    >>> f = DocFindings()
    >>> f.entities = [Candidate(t.find(n), t.find(n) + len(n), k, 90, "named")
    ...               for n, k in (("FooNet-S", T.METHOD), ("BarNet-L", T.METHOD), ("ZapSet", T.DATASET))]
    >>> sorted(_coordinated(t, f, ["FooNet-S", "BarNet-L", "ZapSet"]))
    ['BarNet-L', 'FooNet-S']
    """
    spans = sorted((c[0], c[1], found.name(text, i)) for i, c in enumerate(found.entities)
                   if c[2] is T.METHOD and c[4] in NAMING_RULES and found.name(text, i) in names)
    out: set[str] = set()
    for (_, end, a), (start, _, b) in zip(spans, spans[1:]):
        if a != b and end <= start and JOINED_NAMES.fullmatch(text, end, start):
            out |= {a, b}
    return out


def _as_written(text: str, found, name: str) -> str:
    """A proposal as results write it: its acronym when the paper defines one (:func:`method_name.short_name`)."""
    ents = found.entities
    same = sorted((i for i in range(len(ents)) if found.name(text, i) == name), key=lambda i: not found.aliases.get(i))
    return short_name(text, found, same[0]) if same else name  # (the mention that defines its acronym first)
