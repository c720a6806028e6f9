"""A task cut short of the word before it, where the two together are a Task name of the lexicon (issue 18:
names cut short, kg.extract.task_grow.lexicon_lead_tasks), and a task cut out of a coordination whose first
conjunct shares its head (kg.extract.task_bounds._known_shared_head), a name cut inside a compound the corpus
writes as a unit (kg.extract.task_grow.compound_leads); sentences written for these tests."""
from __future__ import annotations


from kg.extract import build_nlp, extract_one
from kg.extract.candidates import Candidate
from kg.extract.task_grow import compound_leads, lexicon_lead_tasks, list_modifier_tasks
from kg.models import Paper
from kg.vocab import EntityType as T


def mentions(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type.value) for m in extract_one(Paper("p", "A Study", text), nlp=build_nlp()).mentions}


def test_a_lower_case_lead_word_of_a_lexicon_task_is_part_of_it():
    got = mentions("A new loss helps RGB-D salient object detection in cluttered rooms.")
    assert ("RGB-D salient object detection", "Task") in got, got
    got = mentions("A small recurrent model is enough for multi-modal machine translation with pictures.")
    assert ("multi-modal machine translation", "Task") in got, got
    got = mentions("We train a network for weakly-supervised object detection with image labels.")
    assert ("weakly-supervised object detection", "Task") in got and ("object detection", "Task") not in got, got


def test_an_acronym_long_form_keeps_the_span_its_letters_spell():
    got = mentions("We present a lightweight network for image super-resolution (SR) on mobile phones.")
    assert ("super-resolution", "Task") in got and ("SR", "Task") in got, got


def test_a_word_with_a_name_of_its_own_does_not_lead_the_task():
    t = "We report scores on the Spoken Natural language inference set."
    task = t.index("language")
    c = [Candidate(t.index("Spoken"), task - 1, T.DATASET, 60, "lexicon"),
         Candidate(task, t.index(" set"), T.TASK, 60, "head")]
    assert [t[x.start:x.end] for x in lexicon_lead_tasks(t, c)] == ["Spoken Natural", "language inference"]
    # the same words with no name over the lead word: the task takes it
    assert [t[x.start:x.end] for x in lexicon_lead_tasks(t, c[1:])] == ["Natural language inference"]


def test_a_word_before_a_task_that_makes_no_lexicon_name_is_not_taken():
    got = mentions("Our accurate salient object detection model runs fast.")
    assert ("accurate salient object detection", "Task") not in got, got
    # a word that only describes the lexicon's own entry ("single-image super-resolution" is super-resolution)
    # and a setting word other rules take off stay out
    got = mentions("Their features help person ReID across many cameras.")
    assert ("ReID", "Task") in got, got
    got = mentions("The sampler brings real-time semantic segmentation to small drones.")
    assert ("semantic segmentation", "Task") in got, got
    got = mentions("We study the machine translation of short notes.")
    assert ("the machine translation", "Task") not in got, got


# --- a bare list member sharing its list's first member's modifier (kg.extract.task_grow.list_modifier_tasks) ---

def readings(text: str) -> dict[str, str | None]:
    """Each Task mention's text and the name it is read as (its canonical)."""
    ms = extract_one(Paper("p", "A Study", text), nlp=build_nlp()).mentions
    return {m.text: m.canonical for m in ms if m.type is T.TASK}


def test_a_bare_list_member_takes_the_first_members_modifier():
    got = readings("Our embeddings help with face recognition, clustering and verification on phones.")
    assert got.get("clustering") == "face clustering", got
    got = readings("The codec serves tasks such as image compression, retrieval and editing at scale.")
    assert got.get("retrieval") == "image retrieval" and got.get("editing") == "image editing", got


def test_a_member_the_modifier_makes_no_lexicon_task_of_stays_as_written():
    got = readings("The graph encoder supports node classification, recommendation and visualization.")
    assert "recommendation" in got and got["recommendation"] in (None, "recommendation"), got


def test_a_list_of_bare_words_stays_bare():
    t = "We report classification, detection and segmentation with one backbone."
    at = lambda w, rule: Candidate(t.index(w), t.index(w) + len(w), T.TASK, 55, rule)
    c = [at("classification", "list"), at("detection", "list"), at("segmentation", "list")]
    assert list_modifier_tasks(t, c) == c


# --- a coordination sharing its head in running text (kg.extract.task_bounds._known_shared_head) ---

def test_a_first_conjunct_that_makes_a_lexicon_task_with_the_head_shares_it():
    # "pose estimation" is a Task of the lexicon: "pose" and "shape" share "estimation" and the modifiers before
    got = mentions("Our lattice model gives accurate 3D human pose and shape estimation from one photo.")
    assert ("3D human pose and shape estimation", "Task") in got and ("shape estimation", "Task") not in got, got
    got = mentions("We report results for brain tumor and spleen segmentation on scans.")
    assert ("brain tumor and spleen segmentation", "Task") in got and ("spleen segmentation", "Task") not in got, got
    # a task phrase cut before "and" ("the task of [hand pose]") is the first conjunct, no name of its own
    got = mentions("Silhouettes help the task of hand pose and shape estimation in crowds.")
    assert ("hand pose and shape estimation", "Task") in got and ("shape estimation", "Task") not in got, got


def test_a_first_conjunct_with_no_lexicon_task_of_the_head_is_a_thing_of_its_own():
    # "robustness estimation", "selection reconstruction", "hand estimation" are no tasks the lexicon names
    got = mentions("The prior improves robustness and uncertainty estimation on small sets.")
    assert ("uncertainty estimation", "Task") in got and ("robustness and uncertainty estimation", "Task") not in got, got
    got = mentions("The codec speeds up feature selection and data reconstruction on sensors.")
    assert ("data reconstruction", "Task") in got, got
    # a piece that names no task alone takes no conjunct, though "change detection" is a lexicon task
    got = mentions("Body parts drift with viewpoint change and unreliable detection in crowds.")
    assert not any(" and " in text for text, _ in got), got
    # a lexicon's own name keeps its words: "instance segmentation" is the task the text names
    got = mentions("We train one network for semantic and instance segmentation of street scenes.")
    assert ("instance segmentation", "Task") in got and ("semantic and instance segmentation", "Task") not in got, got


# --- a lexicon task cut at a hyphen takes the joined word (kg.extract.task_grow.hyphen_lead_tasks) ---

def test_a_task_cut_at_a_hyphen_takes_the_word_the_hyphen_joins():
    got = mentions("Our small network handles head-pose estimation from a single camera.")
    assert ("head-pose estimation", "Task") in got and ("pose estimation", "Task") not in got, got
    got = mentions("We add a tube detector for spatio-temporal action detection in long clips.")
    assert ("spatio-temporal action detection", "Task") in got, got
    assert ("temporal action detection", "Task") not in got, got


def test_a_bound_prefix_or_a_dash_after_a_task_noun_is_not_taken():
    got = mentions("A light model serves single-image super-resolution on phones.")
    assert ("single-image super-resolution", "Task") not in got, got
    got = mentions("We split the work into two separate tasks-pedestrian detection and counting.")
    assert ("tasks-pedestrian detection", "Task") not in got, got
    assert ("pedestrian detection", "Task") in got, got
    got = mentions("to-text generation turns tables into short reports.")
    assert ("to-text generation", "Task") not in got, got


# --- a name cut inside a compound the corpus writes as a unit (kg.extract.task_grow.compound_leads) ---

def test_a_name_cut_after_the_first_word_of_a_corpus_compound_takes_it():
    # "bounding box" is a compound of compound_words.txt: "box" seldom stands without "bounding"
    got = mentions("Our detector improves bounding box regression for small parcels on shelves.")
    assert ("bounding box regression", "Method") in got and ("box regression", "Method") not in got, got
    got = mentions("The shelf camera helps oriented bounding box detection in warehouses.")
    assert ("bounding box detection", "Task") in got and ("box detection", "Task") not in got, got


def test_only_the_compound_word_the_text_writes_is_taken():
    # one text writes the name with and without "bounding": only the mention written after it grows; a word that
    # makes no corpus compound stays out
    got = mentions("The head runs box detection on every frame and bounding box detection on shelf crops.")
    assert ("box detection", "Task") in got and ("bounding box detection", "Task") in got, got
    t = "The codec handles fast box regression on shelves."
    c = [Candidate(t.index("box"), t.index(" on"), T.METHOD, 30, "head")]
    assert compound_leads(t, c, frozenset({"bounding box"})) == c
    # a word another candidate covers is no lead word of this one
    t = "We add the Bounding box regression head."
    c = [Candidate(t.index("the"), t.index(" box"), T.METHOD, 30, "name"),
         Candidate(t.index("box"), t.index(" head"), T.METHOD, 30, "head")]
    assert compound_leads(t, c, frozenset({"bounding box"})) == c


def test_an_acronyms_long_form_keeps_the_words_its_letters_spell():
    # "BR" spells "box regression": the long form does not grow into "bounding box regression", and both BRs stay tied to it
    got = extract_one(Paper("p", "A Study", "We refine bounding box regression (BR) for parcels, and BR helps."),
                      nlp=build_nlp()).mentions
    assert [(m.text, m.aliases) for m in got if m.rule == "acronym"] == [("box regression", ("BR",))], got
    assert [m.canonical for m in got if m.text == "BR"] == ["box regression", "box regression"], got


def test_the_compound_count_keeps_pairs_whose_second_word_seldom_stands_alone(tmp_path):
    import gzip
    import importlib.util
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "build_compound_words.py"
    spec = importlib.util.spec_from_file_location("build_compound_words", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    papers = [{"title": "Quokka trays", "abstract": "We fit a shelf tray twice."}] * 3 + \
             [{"title": "A tray", "abstract": "the tray holds a shelf tray; this tray is red"},
              {"title": "Cups", "abstract": "this cup and a blue cup"}] + \
             [{"title": "Cups", "abstract": "this cup and a green cup"}] * 2
    corpus = tmp_path / "papers.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(p) + "\n" for p in papers)
    words, pairs = mod.count(corpus)
    assert words["tray"] == 4 and pairs["shelf", "tray"] == 4 and pairs["this", "cup"] == 3
    # "shelf tray" in all 4 papers writing "tray" (and "tray twice" in 3 of the 3 writing "twice"); "this" is a
    # function word, "green cup" in two papers of three
    assert mod.compounds(words, pairs, 0.6, 3, frozenset()) == ["shelf tray", "tray twice"]
    assert mod.compounds(words, pairs, 0.6, 4, frozenset()) == ["shelf tray"]
    assert mod.compounds(words, pairs, 0.6, 3, frozenset({"shelf", "tray"})) == []


def test_the_compound_count_drops_a_pair_whose_second_word_is_a_finite_verb():
    import importlib.util
    from collections import Counter
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "build_compound_words.py"
    spec = importlib.util.spec_from_file_location("build_compound_words", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    # "tray stacks" and "tray wobbled" are clauses (a noun and its verb); "shelf stacking" names an activity
    words = Counter(stacks=10, wobbled=10, stacking=10)
    pairs = Counter({("tray", "stacks"): 9, ("tray", "wobbled"): 9, ("shelf", "stacking"): 9})
    verbs = frozenset({"stack", "wobble"})
    assert mod.compounds(words, pairs, 0.6, 5, verbs) == ["shelf stacking"]


def test_a_noun_ending_in_ee_d_is_no_finite_verb_of_a_verb_ending_in_ee():
    import importlib.util
    from collections import Counter
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "build_compound_words.py"
    spec = importlib.util.spec_from_file_location("build_compound_words", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    # "tulip seed" is a compound: "seed" is no "see" with its e restored; "tray wobbled" is still a clause
    verbs = frozenset({"see", "wobble"})
    assert not mod.finite_verb("seed", verbs) and mod.finite_verb("wobbled", verbs)
    words = Counter(seed=10, wobbled=10)
    pairs = Counter({("tulip", "seed"): 9, ("tray", "wobbled"): 9})
    assert mod.compounds(words, pairs, 0.6, 5, verbs) == ["tulip seed"]


def test_a_dimension_before_a_lexicon_task_is_part_of_it():
    got = mentions("We pair a 2D keypoint detector with efficient 3D pose retrieval from a motion library.")
    assert ("3D pose retrieval", "Task") in got and ("pose retrieval", "Task") not in got, got
    got = mentions("A compact tracker for 6D pose tracking of rigid tools.")
    assert ("6D pose tracking", "Task") in got, got


def test_a_modality_before_a_lexicon_task_is_part_of_it():
    got = mentions("The encoder improves video pose estimation on crowded street clips.")
    assert ("video pose estimation", "Task") in got and ("pose estimation", "Task") not in got, got
    got = mentions("We study unsupervised audio anomaly detection on factory recordings.")
    assert ("audio anomaly detection", "Task") in got, got


def test_the_input_most_tasks_take_is_no_part_of_a_task_name():
    got = mentions("The decoder improves image semantic segmentation and visual object detection on street photos.")
    assert ("semantic segmentation", "Task") in got and ("image semantic segmentation", "Task") not in got, got
    assert ("object detection", "Task") in got and ("visual object detection", "Task") not in got, got


def test_a_modality_in_a_compound_of_its_own_stays_out():
    # "video" and "speech" grow a task ("video pose estimation"), but not as the second word of a compound
    got = mentions("The tiles support satellite video change detection at city scale.")
    assert ("change detection", "Task") in got and ("video change detection", "Task") not in got, got
    got = mentions("Our model handles patient speech event detection in wards.")
    assert ("event detection", "Task") in got and ("speech event detection", "Task") not in got, got


def test_a_modality_written_in_another_case_stays_out():
    got = mentions("Each Video pose estimation run is timed.")
    assert ("Video pose estimation", "Task") not in got, got


def test_a_grown_lexicon_task_the_paper_works_on_is_no_system_of_its_own():
    got = mentions("This study proposes a sample-driven search approach for long-range, 6D pose tracking. It runs on phones.")
    assert ("6D pose tracking", "Task") in got and ("6D pose tracking", "Method") not in got, got
