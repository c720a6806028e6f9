"""A Task phrase that is one adjective of manner or domain before a wide head ("Contextual Classification",
"Cognitive Understanding"), guessed from its head, not a lexicon name (issue 18; kg.graph.task_guesses.broad_task):
a wide ability or area, a guess that a second paper must confirm. Sentences written for these tests."""
from __future__ import annotations

from kg.models import Paper
from tests.helpers import task_node_names
from tests.test_task_steps import tasks

PLAIN = "We evaluate on two benchmarks and report gains over prior work."


def test_the_title_rule_reads_these_phrases_as_tasks():
    assert "Contextual Classification" in tasks("A Lattice Model for Contextual Classification", PLAIN)
    assert "Spore Classification" in tasks("A Lattice Model for Spore Classification", PLAIN)


def test_one_paper_naming_an_adjective_and_a_wide_head_makes_no_task_node():
    for title, name in (("A Lattice Model for Contextual Classification", "contextual classification"),
                        ("Fern Graphs for Cognitive Understanding", "cognitive understanding")):
        names = task_node_names([Paper("a", title, PLAIN)])
        assert name not in names, (title, names)


def test_a_noun_before_the_head_names_the_problem_and_stays():
    names = task_node_names([Paper("a", "A Lattice Model for Spore Classification", PLAIN)])
    assert "spore classification" in names, names


def test_a_second_paper_keeps_the_broad_task():
    other = Paper("b", "Fern Graphs for Contextual Classification", PLAIN)
    names = task_node_names([Paper("a", "A Lattice Model for Contextual Classification", PLAIN), other])
    assert "contextual classification" in names, names


# --- only describing words before the task word (kg.graph.task_guesses.described_task) ---------------------------

def test_the_title_rule_reads_a_described_task():
    assert "Structured Layout-Aware Parsing" in tasks("A Lattice Model for Structured Layout-Aware Parsing", PLAIN)


def test_only_describing_words_before_a_title_task_make_no_task_node():
    for title, name in (("A Lattice Model for Structured Layout-Aware Parsing", "structured layout-aware parsing"),
                        ("Fern Graphs for Semi-Supervised Recognition", "semi-supervised recognition")):
        names = task_node_names([Paper("a", title, PLAIN)])
        assert name not in names, (title, names)


def test_a_described_task_the_abstract_repeats_or_a_second_paper_names_stays():
    said = "We study structured layout-aware parsing on two benchmarks."
    names = task_node_names([Paper("a", "A Lattice Model for Structured Layout-Aware Parsing", said)])
    assert "structured layout-aware parsing" in names, names
    other = Paper("b", "Fern Graphs for Structured Layout-Aware Parsing", PLAIN)
    names = task_node_names([Paper("a", "A Lattice Model for Structured Layout-Aware Parsing", PLAIN), other])
    assert "structured layout-aware parsing" in names, names


def test_a_name_models_run_into_or_work_around_is_a_phenomenon_use():
    """"suffer from X", "mitigate the problem of X", "avoiding X", "robust to X": X is a phenomenon a model runs into,
    no problem the paper works on (a ``field`` vote, kg.link.fields); "for X", "errors in X" and "X tasks" are not."""
    from kg.link.fields import field_use, phenomenon_use

    t = ("Older parsers suffer badly from glyph drift. We mitigate the problem of rune smearing by avoiding ink "
         "bleeding, and the model is robust to stroke jitter. We avoid errors in glyph parsing and train for rune "
         "tagging; quill sorting tasks stay hard.")
    def at(w):
        return t.index(w), t.index(w) + len(w)
    assert [phenomenon_use(t, at(w)[0]) for w in ("glyph drift", "rune smearing", "ink bleeding", "stroke jitter")] \
        == [True, True, True, True]
    assert [field_use(t, *at(w)) for w in ("glyph parsing", "rune tagging", "quill sorting")] == [False, False, False]
    assert field_use(t, *at("glyph drift"))


def test_a_name_a_model_has_lacks_or_needs_is_an_ability_use():
    """"the X ability of a model", "X skills", "scenes that require X": X is something a model can do or needs, no
    problem a paper works on (an ``ability`` vote, kg.link.fields.ability_use); "a model for X", "the requirements of
    X", "X is hard" and "X abilities" that are no noun after the name are not."""
    from kg.link.fields import ability_use

    t = ("Clips that require long-term rune reasoning stay hard. We boost the quill reasoning ability of the net, and "
         "stroke reasoning (SR) skills help. Puzzles demanding glyph reasoning are rare. A model for ink reasoning "
         "meets the requirements of hull reasoning; mesh reasoning is hard, and we test mesh reasoning with care.")

    def at(w):
        return t.index(w), t.index(w) + len(w)
    read = {w: ability_use(t, *at(w)) for w in ("rune reasoning", "quill reasoning", "stroke reasoning",
                                                 "glyph reasoning", "ink reasoning", "hull reasoning", "mesh reasoning")}
    assert read == {"rune reasoning": True, "quill reasoning": True, "stroke reasoning": True,
                    "glyph reasoning": True, "ink reasoning": False, "hull reasoning": False,
                    "mesh reasoning": False}, read


def test_a_verb_of_need_makes_an_ability_only_of_a_faculty_it_needs_itself():
    """A verb of need before a gerund ("requires performing X": X is what is done) or before a problem an application
    needs solved ("Autonomous driving requires robust X detection": a Task, no faculty of a model) makes no ability use."""
    from kg.link.fields import ability_use

    t = ("Sorting requires performing rune reasoning. Puzzles require quill reasoning about object relations. "
         "Autonomous driving requires robust lane marking detection. The task requires solving depth estimation. "
         "Answering these puzzles requires commonsense hull reasoning.")

    def at(w):
        return t.index(w), t.index(w) + len(w)
    read = {w: ability_use(t, *at(w)) for w in ("rune reasoning", "quill reasoning", "lane marking detection",
                                                 "depth estimation", "commonsense hull reasoning", "hull reasoning")}
    assert read == {"rune reasoning": False, "quill reasoning": True, "lane marking detection": False,
                    "depth estimation": False, "commonsense hull reasoning": True, "hull reasoning": True}, read


def test_a_verb_of_need_before_a_planning_or_inference_task_is_no_ability_use():
    """"planning" and "inference" head Tasks ("path planning", "causal inference"): a required "trajectory planning"
    or "glyph inference" is a problem the application needs solved, no faculty of a model (kg.link.fields
    ._FACULTY_HEADS). Sentences written for this test."""
    from kg.link.fields import ability_use

    t = ("Docking requires quill trajectory planning. Sorting demands causal glyph inference. "
         "It requires rune reasoning.")

    def at(w):
        return t.index(w), t.index(w) + len(w)
    read = {w: ability_use(t, *at(w)) for w in ("quill trajectory planning", "causal glyph inference",
                                                 "rune reasoning")}
    assert read == {"quill trajectory planning": False, "causal glyph inference": False, "rune reasoning": True}, read


# --- a bare head word of many Task names (kg.graph.heads.broad_head_ids) ----------------------------------------

#: Twelve papers, each on one kind of detection; one lists bare task words; one works on a kind of tracking.
_KINDS = ("face", "lane", "pedestrian", "vehicle", "anomaly", "fraud", "edge", "ship", "smoke", "crack", "weed", "drone")
_HEADED = [(f"k{i}", f"Lattice Nets for {k.title()} Detection", f"We address {k} detection with a lattice network.")
           for i, k in enumerate(_KINDS)]
_LISTED = [("l1", "A lattice backbone", "Our backbone serves vision tasks such as colorization, detection, tracking "
                                        "and denoising, at a low cost."),
           ("l2", "Quiet tracks", "We study tracking of gulls with a small lattice network."),
           ("l3", "Gull tracks", "We address gull tracking with a lattice network.")]


def _built_tasks(tmp_path, rows) -> set[str]:
    """The lower-cased Task node names ``kg build`` keeps for (id, title, abstract) rows (the corpus-wide pruning runs
    in ``build``)."""
    import json

    from kg.graph import load_graph
    from kg.pipeline import build

    src = tmp_path / "papers.jsonl"
    src.write_text("".join(json.dumps({"id": i, "title": t, "abstract": a}) + "\n" for i, t, a in rows))
    build([src], tmp_path / "out", html=False, store=False)
    g = load_graph(tmp_path / "out")
    return {d["name"].lower() for _, d in g.nodes(data=True) if d.get("type") == "Task"}


def test_a_word_the_corpus_writes_as_the_head_of_many_task_names_is_no_task_of_its_own(tmp_path):
    """"detection" ends twelve Task names and is written bare once: a family of problems, not one, and no node; the
    names it ends stay, and so do the listed words the lexicon knows on their own and the one written bare as often
    as in a longer name ("tracking")."""
    names = _built_tasks(tmp_path, _HEADED + _LISTED)
    assert "detection" not in names, names
    assert {"face detection", "ship detection", "colorization", "denoising", "tracking"} <= names, names


def test_a_bare_head_few_task_names_end_in_stays(tmp_path):
    """With two papers on a kind of detection the corpus cannot tell a head from a task: the bare word stays."""
    names = _built_tasks(tmp_path, _HEADED[:2] + _LISTED)
    assert {"detection", "face detection"} <= names, names


def test_broad_heads_spare_lexicon_names_acronyms_and_a_fair_bare_share():
    from kg.graph.heads import broad_head_ids
    from kg.models import Entity
    from kg.vocab import EntityType

    def task(name, **votes):
        return Entity("task:" + name, EntityType.TASK, name, type_votes={"Task": votes})

    es = [task("sorting", context=1, lexicon=1, prior=1),  # the lexicon knows it alone
          task("QZ", acronym=3), task("gull QZ", lexicon=40),  # an acronym is a name, not a head
          task("quilting", context=3), task("seam quilting", lexicon=20),  # 3 of 23 uses bare: a task of its own
          task("tiling", context=2, goal=5), task("roof tiling", lexicon=20), task("floor tiling", context=8)]
    es += [task(f"{w} sorting", lexicon=10) for w in ("mail", "coin", "seed")]
    assert broad_head_ids({e.id: e for e in es}) == {"task:tiling"}


# --- what a Task works on is no Method (kg.graph.heads.task_object_ids) ------------------------------------------

_TAGGED = [("a1", "Lattice taggers", "We address rune class tagging with a lattice network."),
           ("a2", "Rune taggers", "We study rune class tagging on old stones with a small lattice network."),
           ("b1", "Reading stones", "We predict Rune Class (RC) labels for each glyph with a lattice network; RC labels "
                                    "help reading."),
           ("b2", "Carved glyphs", "The Rune Class (RC) of every glyph is given; RC features feed a lattice network.")]


def test_the_thing_a_task_of_the_corpus_works_on_is_no_method(tmp_path):
    """Two papers tag rune classes, two others define "Rune Class (RC)": the class is what the task labels, no means
    of solving a problem, so no Method node; the Task stays."""
    import json

    from kg.graph import load_graph
    from kg.pipeline import build

    src = tmp_path / "papers.jsonl"
    src.write_text("".join(json.dumps({"id": i, "title": t, "abstract": a}) + "\n" for i, t, a in _TAGGED))
    build([src], tmp_path / "out", html=False, store=False)
    nodes = {(d.get("type"), d["name"].lower()) for _, d in load_graph(tmp_path / "out").nodes(data=True)}
    assert ("Task", "rune class tagging") in nodes, nodes
    assert ("Method", "rune class") not in nodes, nodes


def test_a_task_object_spares_lexicon_methods_coined_names_and_more_used_methods():
    from kg.graph.heads import task_object_ids
    from kg.models import Entity
    from kg.vocab import EntityType as T

    def ent(t, name, votes, papers):
        return Entity(f"{t.value.lower()}:{name}", t, name, type_votes={t.value: votes}, papers=set(papers))

    es = [ent(T.METHOD, "quill stroke", {"shape": 3}, "ab"), ent(T.TASK, "quill stroke detection", {"context": 3}, "cd"),
          ent(T.METHOD, "QuillNet", {"shape": 3}, "a"), ent(T.TASK, "quillnet detection", {"context": 3}, "cd"),
          ent(T.METHOD, "Quill Net", {"shape": 1, "lexicon": 1}, "a"), ent(T.TASK, "quill net parsing", {"context": 3}, "cd"),
          ent(T.METHOD, "ink flow", {"shape": 5}, "abcde"), ent(T.TASK, "ink flow estimation", {"context": 2}, "ab"),
          ent(T.METHOD, "seal mark", {"shape": 2}, "ab"), ent(T.TASK, "seal mark stamps", {"context": 5}, "abcde"),
          # what papers use as a means or credit with a result is the task's means, not its object
          ent(T.METHOD, "ink filter", {"shape": 2, "means": 3, "means-papers": 2}, "ab"),
          ent(T.TASK, "ink filter tracking", {"context": 3}, "cde"),
          ent(T.METHOD, "ÜberQuill", {"shape": 2}, "a"), ent(T.TASK, "überquill detection", {"context": 3}, "cd"),
          # a dimension is no coinage: "3D quill pose" is what the task works on
          ent(T.METHOD, "3D quill pose", {"shape": 2}, "a"), ent(T.TASK, "3d quill pose estimation", {"context": 3}, "cd")]
    assert task_object_ids({e.id: e for e in es}) == {"method:quill stroke", "method:3D quill pose"}


# --- what a Task works on is no Task either (kg.graph.heads.object_task_ids) --------------------------------------

_OBJECTS = [("a", "Word-guided masks for referring expression segmentation",
             "Given an image and a referring expression, our lattice network predicts the mask of the object the "
             "referring expression describes. We evaluate on two benchmarks and report gains over prior work."),
            ("b", "Reading the referring expression twice",
             "A referring expression names one object in a photo. We encode every referring expression with a small "
             "lattice network and improve referring expression segmentation on two benchmarks."),
            ("c", "Fibrillation alarms from wrist sensors",
             "Atrial fibrillation is a common heart rhythm disorder. We study atrial fibrillation detection from "
             "wrist sensors with a small lattice network."),
            ("d", "Lattice readers for the rhythm of the heart",
             "Our lattice network reads long recordings and flags atrial fibrillation in older patients.")]


def test_the_thing_a_task_works_on_is_no_task_where_its_papers_name_the_task(tmp_path):
    """The lexicon lists "referring expression" and "atrial fibrillation" as Tasks; papers that write them also write
    the task done on them ("referring expression segmentation", "atrial fibrillation detection"): the expression and
    the condition are what the task works on, no Task node; the tasks stay."""
    import json

    from kg.graph import load_graph
    from kg.pipeline import build

    src = tmp_path / "papers.jsonl"
    src.write_text("".join(json.dumps({"id": i, "title": t, "abstract": a}) + "\n" for i, t, a in _OBJECTS))
    build([src], tmp_path / "out", html=False, store=False)
    nodes = {(d.get("type"), d["name"].lower()) for _, d in load_graph(tmp_path / "out").nodes(data=True)}
    assert {("Task", "referring expression segmentation"), ("Task", "atrial fibrillation detection")} <= nodes, nodes
    assert ("Task", "referring expression") not in nodes, nodes
    assert ("Task", "atrial fibrillation") not in nodes, nodes


def test_an_object_task_needs_a_shared_paper_and_a_name_ending_in_a_thing():
    from kg.graph.heads import object_task_ids
    from kg.models import Entity
    from kg.vocab import EntityType as T

    def task(name, papers, *aliases):
        return Entity(f"task:{name}", T.TASK, name, set(aliases), papers=set(papers))

    es = [task("Quill Mark Notation", "abc", "QMN", "quill mark notations"), task("QMN parsing", "cd"),
          # the longer name in other papers only may be another thing's ("QSA recognition", quill stroke acts)
          task("quill style adaptation", "ab", "QSA"), task("QSA recognition", "cd"),
          # a name that ends in a process, a gerund or a direction is a task of its own
          task("quill sorting", "a"), task("quill sorting estimation", "a"),
          task("quill restoration", "a"), task("quill restoration detection", "a"),
          task("text-to-quill", "a"), task("text-to-quill generation", "a"),
          # the entity's own longer surface form is no other task
          task("ink blot", "a", "ink blot detection"),
          task("Ink Stamp", "e"), task("ink stamp detection", "e"),
          # a Method is read by task_object_ids, not here
          Entity("method:ink seal", T.METHOD, "ink seal", papers={"f"}), task("ink seal detection", "f")]
    assert object_task_ids({e.id: e for e in es}) == {"task:Quill Mark Notation", "task:Ink Stamp"}


def test_a_task_object_spares_a_name_coined_with_a_digit_after_a_letter():
    # "quill2vec" is a made-up name in any case (kg.link.normalize.coined_word): the Method stays beside the Task
    from kg.graph.heads import task_object_ids
    from kg.models import Entity
    from kg.vocab import EntityType as T

    es = [Entity("method:quill2vec", T.METHOD, "quill2vec", type_votes={"Method": {"shape": 3}}, papers={"a"}),
          Entity("task:quill2vec-detection", T.TASK, "quill2vec detection", type_votes={"Task": {"context": 3}},
                 papers={"c", "d"}),
          Entity("method:2D quill", T.METHOD, "2D quill", type_votes={"Method": {"shape": 2}}, papers={"a"}),
          Entity("task:2d-quill-detection", T.TASK, "2d quill detection", type_votes={"Task": {"context": 3}},
                 papers={"c", "d"})]
    assert task_object_ids({e.id: e for e in es}) == {"method:2D quill"}


def test_an_object_task_needs_its_longer_name_in_a_third_of_its_papers_most_after_a_process_noun():
    """One paper of six writing "rune stamp detection" does not make "rune stamp" a thing; two do. A name ending in a
    word that ends many Task lexicon names ("adaptation", "transfer") is a process unless most of its papers write the
    longer name: two papers of six writing "burrow adaptation segmentation" leave "burrow adaptation" a task."""
    from kg.graph.heads import object_task_ids
    from kg.models import Entity
    from kg.vocab import EntityType as T

    def task(name, papers):
        return Entity(f"task:{name}", T.TASK, name, set(), papers=set(papers))

    es = [task("rune stamp", "abcdef"), task("rune stamp detection", "az"),
          task("quill mark", "ghijkl"), task("quill mark detection", "ghz"),
          task("burrow adaptation", "mnopqr"), task("burrow adaptation segmentation", "mnz"),
          task("glyph style transfer", "stu"), task("glyph style transfer segmentation", "stu")]
    assert object_task_ids({e.id: e for e in es}) == {"task:quill mark", "task:glyph style transfer"}


# --- a problem type: a name of a form head that papers cast problems as (kg.link.forms, task_kinds.problem_form) --

def test_a_problem_cast_as_a_name_or_a_setting_named_by_it_is_a_form_use():
    """"cast X as a binary classification problem", "inductive learning settings", "structured prediction tasks such
    as X": the name is the form of another problem; "for X", "X of Y" and "on X" are not."""
    from kg.link.forms import form_use

    t = ("We cast spore counting as a binary classification problem. The lattice runs in both transductive and "
         "inductive learning settings. Structured prediction tasks such as rune tagging stay hard. We study "
         "binary classification of spores and report gains on inductive learning.")
    def at(w, last=False):
        i = t.rindex(w) if last else t.index(w)
        return i, i + len(w)
    assert [form_use(t, *at(w)) for w in ("binary classification", "inductive learning", "Structured prediction")] \
        == [True, True, True]
    assert [form_use(t, *at(w, last=True)) for w in ("binary classification", "inductive learning")] == [False, False]
    assert not form_use(t, *at("spore counting"))


def test_such_as_as_well_as_a_function_word_and_a_framework_make_no_form_use():
    """"tasks such as X", "as well as X", "into features for X" and "an X framework" say nothing of a form: X is a
    problem a paper works on, or what a technique is for."""
    from kg.link.forms import form_use

    t = ("We consider robustness as well as image classification. We consider downstream tasks such as quokka "
         "classification and link prediction. We transform the images into features for rune classification. Our "
         "metric learning framework is small. A deep metric learning framework helps. We cast it as a binary "
         "classification problem. Prior work views spore counting as a set of separate leaf regression problems.")
    def at(w, n=0):
        i = t.index(w, n)
        return i, i + len(w)
    metric = [at("metric learning"), at("metric learning", t.index("metric learning") + 1)]
    assert not any(form_use(t, *at(w)) for w in ("image classification", "quokka classification", "link prediction",
                                                 "rune classification")), t
    assert not any(form_use(t, *span) for span in metric)
    assert form_use(t, *at("binary classification")) and form_use(t, *at("separate leaf regression"))


def test_a_task_written_with_a_framework_after_it_stays(tmp_path):
    papers = [("m1", "Small ferns", "Our metric learning framework is small and ranks ferns."),
              ("m2", "Deep ferns", "A deep metric learning framework ranks ferns well."),
              ("m3", "Fern ranks", "We study metric learning for fern ranking.")]
    assert "metric learning" in _built_tasks(tmp_path, papers)


_FORMS = [("f1", "Lattice nets for spore counting",
           "We cast spore counting as a binary classification problem and train a small lattice network."),
          ("f2", "Quiet lattices", "Our lattice model runs in both transductive and inductive learning settings."),
          ("f3", "Lattices for rune tagging", "We view rune tagging as graph generation and train a lattice for it.")]


def test_a_form_heads_name_papers_cast_problems_as_is_no_task(tmp_path):
    """"binary classification" and "inductive learning" written only as the form of other problems make no Task
    node; "graph generation" written so stays (its head names a process, not a form of output), and so do the
    problems cast into the form."""
    names = _built_tasks(tmp_path, _FORMS)
    assert "binary classification" not in names and "inductive learning" not in names, names
    assert "graph generation" in names, names


def test_a_form_heads_name_papers_work_on_stays(tmp_path):
    """The same names, which other papers study on their own ("we study binary classification of spores"), keep
    their node when few of their mentions are forms of other problems."""
    plain = [(f"p{i}", f"Quiet lattices {i}", f"We study binary classification of {w} and inductive learning of "
              f"{w} rules with a lattice.") for i, w in enumerate(("spores", "ferns", "gulls", "runes", "quills"))]
    names = _built_tasks(tmp_path, _FORMS + plain)
    assert {"binary classification", "inductive learning"} <= names, names


def test_problem_form_needs_a_form_head_and_a_share_of_form_uses():
    from kg.graph.task_kinds import problem_form

    votes = {"Task": {"lexicon": 9, "form": 3}}
    assert problem_form("Inductive Learning", votes) and problem_form("quokka similarity", votes)
    assert not problem_form("quokka generation", votes) and not problem_form("", votes)
    assert not problem_form("Inductive Learning", {"Task": {"lexicon": 16, "form": 3}})
    assert problem_form("quokka regression", {"Task": {"lexicon": 1, "form": 1}})


def test_a_curated_task_is_no_problem_form_in_a_small_corpus():
    # ten mentions in a small corpus, two of them (an acronym's, a grown span's) used as a form: a fifth, yet a
    # hand-written lexicon entry says papers work on it; a generated entry's problem type still goes
    from kg.graph.task_kinds import problem_form

    assert not problem_form("link prediction", {"Task": {"lexicon": 8, "acronym": 2, "form": 2}})
    assert not problem_form("node classification", {"Task": {"lexicon": 9, "grown": 1, "form": 2}})
    assert problem_form("binary classification", {"Task": {"lexicon": 8, "acronym": 2, "form": 2}})
    assert not problem_form("quokka regression", {"Task": {"lexicon": 2, "form": 1}})


# --- a thing, a quantity or an attribute the task lists hold (task_kinds.named_thing) ------------------------------

def _task(eid, name, votes):
    from kg.models import Entity  # noqa: PLC0415
    from kg.vocab import EntityType  # noqa: PLC0415

    return Entity(eid, EntityType.TASK, name, type_votes={"Task": votes})


def test_a_listed_name_ending_in_a_quantity_an_attribute_or_a_mapping_is_no_task():
    from kg.graph.prune import not_entity_ids  # noqa: PLC0415

    entities = {
        # "we weigh the stroke importance before ...": a quantity; one paper's "for stroke importance" is a minority
        "t:quantity": _task("t:quantity", "Stroke Importance", {"lexicon": 7, "prior": 1, "goal": 1, "goal-papers": 1}),
        # "a burrow-preserving classifier": an attribute waiting for its noun
        "t:attribute": _task("t:attribute", "Burrow Preserving", {"lexicon": 4, "prior": 1}),
        "t:invariant": _task("t:invariant", "glare-invariant", {"lexicon": 2, "prior": 1}),
        # "quiver-to-lattice models": a kind of model, named by the mapping it makes
        "t:mapping": _task("t:mapping", "Quiver to Lattice", {"lexicon": 8, "prior": 1}),
    }
    assert not_entity_ids(entities) == set(entities)


def test_a_named_process_a_task_word_or_goals_keep_the_listed_task():
    from kg.graph.prune import not_entity_ids  # noqa: PLC0415

    entities = {
        # a process head: the problem itself
        "t:process": _task("t:process", "Stroke Detection", {"lexicon": 3, "prior": 1}),
        "t:mapping": _task("t:mapping", "quiver-to-lattice generation", {"lexicon": 3, "prior": 1}),
        # papers write it as a task ("the stroke importance task") or mostly as a goal ("methods for ...")
        "t:task": _task("t:task", "Stroke Importance", {"lexicon": 4, "prior": 1, "task": 1}),
        "t:goal": _task("t:goal", "Burrow Importance", {"lexicon": 3, "prior": 1, "goal": 2, "goal-papers": 2}),
        # a guess a paper's words made, not the lists: judged by the other rules
        "t:guess": _task("t:guess", "burrow importance", {"context": 2}),
    }
    assert not_entity_ids(entities) == set()


def test_a_guessed_bare_task_head_after_a_word_of_manner_is_no_task():
    from kg.graph.prune import not_entity_ids  # noqa: PLC0415

    entities = {
        # "the gap between quill-based and quill-free detection": a family of detectors, not a problem
        "t:free": _task("t:free", "quill-free detection", {"context": 2}),
        # "this drives the network to perform glare-invariant estimation": what the network is made to do
        "t:inv": _task("t:inv", "lamp glare-invariant estimation", {"context": 1}),
        "t:guided": _task("t:guided", "user guided estimation", {"context": 1}),
    }
    assert not_entity_ids(entities) == set(entities)
    kept = {
        # the thing worked on is named, or the lists give the name, or the modifier names the input
        "t:object": _task("t:object", "quill-free glyph detection", {"context": 2}),
        "t:listed": _task("t:listed", "Quill-Aware Recommendation", {"lexicon": 1, "prior": 1, "goal": 1}),
        "t:input": _task("t:input", "content-based retrieval", {"context": 3}),
    }
    assert not_entity_ids(kept) == set()


def test_a_guess_only_written_as_the_field_a_ranked_task_belongs_to_is_no_task(tmp_path):
    # "a basic task of X", "a crucial problem of X": X is the field the task belongs to (kg.link.fields)
    from kg.link.fields import field_use  # noqa: PLC0415

    t = "Burrow change detection is a basic task of wombat survey image processing. We address a new task of den mapping."
    at = t.index("wombat survey image processing")
    assert field_use(t, at, at + len("wombat survey image processing"))
    assert not field_use(t, t.index("den mapping"), t.index("den mapping") + len("den mapping"))
    rows = [("f1", "Burrow change maps", t + " Our network tracks burrow changes across seasons.")]
    assert "wombat survey image processing" not in _built_tasks(tmp_path, rows)


def test_a_challenge_or_problem_of_a_task_leaves_it_a_task_one_of_its_ranked_tasks_a_field():
    # "a key challenge of X", "a major problem of X": a difficulty met in the task X, which stays a task
    from kg.link.fields import field_use  # noqa: PLC0415

    def used(t, w):
        return field_use(t, t.index(w), t.index(w) + len(w))
    assert not used("One major challenge of glyph segmentation is the lack of labels.", "glyph segmentation")
    assert not used("A key challenge of quokka adaptation is the shift between burrows.", "quokka adaptation")
    assert not used("Forgetting is a major problem of wombat continual learning.", "wombat continual learning")
    # "one of the basic tasks of X": X is the field the task belongs to
    assert used("Burrow change detection is one of the basic tasks of wombat surveying.", "wombat surveying")


def test_a_listed_name_with_a_preposition_is_judged_by_its_head():
    # "glyph-based navigation with quill-based assistance": the problem is the navigation, the rest says with what
    from kg.graph.task_kinds import named_thing  # noqa: PLC0415
    assert not named_thing("Glyph-based navigation with quill-based assistance", {"Task": {"lexicon": 3, "prior": 1}})
    assert named_thing("Quokka Importance for burrow ranking", {"Task": {"lexicon": 3, "prior": 1}})
