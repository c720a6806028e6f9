"""The shipped lexicons (kg/data/lexicons) and their loader (kg.extract.lexicon_data)."""
from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

from kg.errors import ExtractError
from kg.extract.lexicon_data import LexEntry, _rows, lexicon_dir, lexicon_files, load_lexicon, name_key, spelling_key
from kg.vocab import MENTION_TYPES, EntityType as T

REPO = Path(__file__).resolve().parent.parent
from conftest import SHARED, needs_shared  # noqa: E402

SHARED_DATA = SHARED / "data"


@pytest.fixture(scope="module")
def lex() -> list[LexEntry]:
    return load_lexicon()


@pytest.fixture(scope="module")
def by_name(lex) -> dict[tuple[T, str], LexEntry]:
    return {(e.type, e.canonical): e for e in lex}


def test_all_four_types_load_with_many_entries(lex):
    counts = Counter(e.type for e in lex)
    assert set(counts) == set(MENTION_TYPES)
    assert counts[T.METHOD] >= 1000 and counts[T.DATASET] >= 3000
    assert counts[T.METRIC] >= 500 and counts[T.TASK] >= 2000
    assert all(isinstance(e, LexEntry) and e.canonical and e.source for e in lex)


def test_types_filter_and_bad_type():
    tasks = load_lexicon([T.TASK])
    assert tasks and {e.type for e in tasks} == {T.TASK}
    assert {e.type for e in load_lexicon(["Metric", "Dataset"])} == {T.METRIC, T.DATASET}
    with pytest.raises(ExtractError, match="Repository"):
        load_lexicon([T.REPOSITORY])
    with pytest.raises(ExtractError):
        load_lexicon(["Nonsense"])


def test_no_files_is_a_clear_error(tmp_path):
    with pytest.raises(ExtractError, match="no lexicon files"):
        load_lexicon(directory=tmp_path)


def test_no_name_is_claimed_twice(lex):
    keys = Counter(name_key(n) for e in lex for n in {name_key(x): x for x in e.names}.values())
    assert [k for k, n in keys.items() if n > 1] == []
    for t in MENTION_TYPES:
        canon = Counter(name_key(e.canonical) for e in lex if e.type == t)
        assert max(canon.values()) == 1


def test_files_hold_no_row_the_loader_drops():
    """Every row of every file survives loading: the build script and the curated lists agree."""
    rows = [(t, r[0].strip()) for t in MENTION_TYPES for p in lexicon_files(t) for r in _rows(p)]
    loaded = {(e.type, e.canonical) for e in load_lexicon()}
    assert [r for r in rows if r not in loaded] == []


def test_file_format():
    for t in MENTION_TYPES:
        for path in lexicon_files(t):
            assert path.is_file(), path
            for row in _rows(path):
                assert len(row) == 4, row
                assert row[2] in ("0", "1"), row
                assert row[0] == row[0].strip() and "|" not in row[0], row


def test_versioned_names_stay_distinct(by_name):
    for a, b, t in [("ResNet-50", "ResNet-101", T.METHOD), ("GPT-3", "GPT-4", T.METHOD),
                    ("Llama 2", "Llama 3", T.METHOD), ("wav2vec", "wav2vec 2.0", T.METHOD),
                    ("CIFAR-10", "CIFAR-100", T.DATASET), ("ImageNet-1K", "ImageNet-21K", T.DATASET),
                    ("SQuAD", "SQuAD 2.0", T.DATASET), ("ROUGE-1", "ROUGE-2", T.METRIC), ("BLEU", "BLEU-4", T.METRIC)]:
        assert (t, a) in by_name and (t, b) in by_name, (a, b)
        assert name_key(b) not in {name_key(n) for n in by_name[(t, a)].names}


def test_aliases_load(by_name):
    assert "ImageNet 1K" in by_name[(T.DATASET, "ImageNet-1K")].aliases
    assert {"MS COCO", "MSCOCO"} <= set(by_name[(T.DATASET, "COCO")].aliases)
    assert {"mean IoU", "mean intersection over union"} <= set(by_name[(T.METRIC, "mIoU")].aliases)
    assert {"F1-score", "F-measure"} <= set(by_name[(T.METRIC, "F1")].aliases)
    assert "WER" in by_name[(T.METRIC, "word error rate")].aliases
    assert "LoRA" in by_name[(T.METHOD, "LoRA")].names
    assert "MoE" in by_name[(T.METHOD, "mixture of experts")].aliases
    assert "NER" in by_name[(T.TASK, "named entity recognition")].aliases
    # an acronym in parentheses in a source name became an alias of the generated entry
    generated = [e for e in load_lexicon([T.METRIC]) if e.source != "curated"]
    assert any(re.fullmatch(r"[A-Z]{2,6}", a) for e in generated for a in e.aliases)


def test_case_flags(by_name, lex):
    assert by_name[(T.DATASET, "SST")].case_sensitive
    assert by_name[(T.DATASET, "MHP")].case_sensitive
    assert by_name[(T.METHOD, "BERT")].case_sensitive
    assert not by_name[(T.METRIC, "word error rate")].case_sensitive
    assert not by_name[(T.TASK, "semantic segmentation")].case_sensitive
    # short all-capital names always match only as written
    assert all(e.case_sensitive for e in lex if re.fullmatch(r"[A-Z]{2,4}", e.canonical))


@pytest.mark.parametrize("name", ["AI", "Deep Learning", "Machine Learning", "Time", "News", "Set", "Images",
                                  "Image", "Text", "Data", "Model", "Accuracy on", "Score", "Learning",
                                  "Google", "CPU", "SoTA", "Natural Images", "Places"])
def test_noise_is_left_out(lex, name):
    bad = name_key(name)
    assert not [e for e in lex if bad in {name_key(n) for n in e.names}]


def test_generated_names_are_clean(lex):
    split = re.compile(r"\s(test-dev|test-std|minival|val|dev|test|train)$")
    for e in lex:
        if e.source == "curated":
            continue
        assert "(" not in e.canonical and ")" not in e.canonical, e
        assert not split.search(e.canonical), e
        assert not re.search(r"\b(19|20)\d\d\)?$", e.canonical) or e.type is T.DATASET, e
        assert len(e.canonical) <= 60 and len(e.canonical.split()) <= 6, e
    names = {e.canonical for e in lex}
    assert "COCO" in names and "COCO test-dev" not in names


def test_notice_names_every_file_and_source(lex):
    notice = (lexicon_dir().parent / "NOTICE.md").read_text(encoding="utf-8")
    for t in MENTION_TYPES:
        for path in lexicon_files(t):
            assert path.name in notice, path.name
    sources = {s for e in lex for s in e.source.split("+")}
    assert "curated" in sources and len(sources) >= 6
    for s in sources - {"curated"}:
        assert f"`{s}`" in notice, s
    assert "CC BY-SA 4.0" in notice and "Apache-2.0" in notice
    # evaluation-only corpora are named as such and never feed a file
    for s in ("scier", "scierc", "scinlp", "gsap_ner", "cs_ner"):
        assert s not in sources


def test_generated_files_say_their_licence():
    for t in MENTION_TYPES:
        head = lexicon_files(t)[1].read_text(encoding="utf-8")[:600]
        assert "CC BY-SA 4.0" in head and "NOTICE.md" in head


def _build_script():
    spec = importlib.util.spec_from_file_location("build_lexicons", REPO / "scripts" / "build_lexicons.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["build_lexicons"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason=needs_shared(SHARED_DATA))
def test_build_script_reproduces_the_shipped_files(tmp_path):
    mod = _build_script()
    for t in MENTION_TYPES:
        shutil.copy(lexicon_files(t)[0], tmp_path)
    assert mod.main(["--data", str(SHARED_DATA), "--out", str(tmp_path)]) == 0
    for t in MENTION_TYPES:
        shipped = lexicon_files(t)[1]
        assert (tmp_path / shipped.name).read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")


def test_no_generated_metric_is_named_after_a_dataset(lex):
    """A leaderboard column called after the set it scores on ("Senseval 3", "Hub5'00", "ImageNet Top-1
    Accuracy") is no Metric (issue 18)."""
    def key(name):
        return re.sub(r"[\s\-_]+", " ", name.lower()).strip()

    data = [key(e.canonical) for e in lex if e.type is T.DATASET]
    metrics = [e.canonical for e in lex if e.type is T.METRIC and e.source != "curated"]  # (hand-written: "ADE")
    measures = {key(e.canonical) for e in lex if e.type is T.METRIC}
    assert metrics
    assert not [m for m in metrics if any(d == key(m) or d.startswith(key(m) + " ") for d in data)]
    # nor a dataset's name before a measure ("ImageNet Top-1 Accuracy": Dataset ImageNet, Metric top-1 accuracy)
    data_set = set(data)
    split = [m for m in metrics for i in range(1, len(m.split()))
             if key(" ".join(m.split()[:i])) in data_set and key(" ".join(m.split()[i:])) in measures]
    assert not split


def test_no_generated_name_is_a_curated_one_in_another_spelling(lex):
    """A curated name is never claimed again by a generated list in British spelling: a task list's "X
    Optimisation" would type the curated Method "X optimization" a Task wherever a paper spells it so (issue 18)."""
    curated = {spelling_key(n) for e in lex if e.source == "curated" for n in e.names}
    keys = {name_key(n) for e in lex if e.source == "curated" for n in e.names}
    twins = [n for e in lex if e.source != "curated" for n in e.names
             if spelling_key(n) in curated and name_key(n) not in keys]
    assert twins == []


def test_spelling_key_folds_british_endings_only():
    assert spelling_key("Quokka Optimisation") == spelling_key("quokka optimization")
    assert spelling_key("Wombat Regularisers") == spelling_key("Wombat Regularizers")
    assert spelling_key("normalised quokka") == spelling_key("normalized quokka")
    assert spelling_key("noise net") == name_key("noise net")  # a short word keeps its "s"
    assert spelling_key("Quokka Analysis") != spelling_key("Quokka Analyziz")


def test_a_generated_name_opening_on_the_article_is_listed_without_it():
    """A name list copies "The" from a title; running text writes "the Quokka corpus", so the generated entry
    is "Quokka Corpus". A name of one word after the article keeps it (the article holds the name together)."""
    mod = _build_script()
    assert mod.clean_name("The Quokka Corpus") == ("Quokka Corpus", [])
    assert mod.clean_name("The Numbat") == ("The Numbat", [])
    assert mod.clean_name("Theory of Mind Set") == ("Theory of Mind Set", [])
    generated = [r[0] for t in MENTION_TYPES for r in _rows(lexicon_files(t)[1])]
    assert [n for n in generated if re.match(r"The \S+ \S", n)] == []


def test_a_task_list_name_of_games_alone_is_a_domain_not_a_task():
    """Leaderboards list "Card Games" and "Atari Games" as tasks; readers judge them domains or suites of
    environments. Games are the problem only as the object of an opening gerund ("Playing Atari games")."""
    mod = _build_script()
    assert not mod.keep("Task", "Quokka Games", Counter())
    assert not mod.keep("Task", "Wombat Strategy Games", Counter())
    assert mod.keep("Task", "Playing Quokka Games", Counter())
    assert mod.keep("Task", "Playing the Quokka Game", Counter())  # the singular as well
    assert not mod.keep("Task", "Quokka Game", Counter())
    assert mod.keep("Task", "Quokka Game Design", Counter())  # another head: untouched


def test_a_task_list_name_that_ends_in_a_curated_technique_is_that_technique():
    """"Safe Reinforcement Learning", "Visual Prompt Tuning", "Personalized Federated Learning": a curated
    Method with modifiers before it is a kind of that technique, not a problem. The longest curated tail decides,
    so a name ending in a curated Task stays one; a one-word alias ("distillation" of knowledge distillation) is
    no tail."""
    mod = _build_script()
    kinds = mod.curated_kinds([e for e in load_lexicon() if e.source == "curated"])
    assert mod.technique_variant("Quokka Reinforcement Learning", kinds) == "reinforcement learning"
    assert mod.technique_variant("Wombat Prompt Tuning", kinds) == "prompt tuning"
    assert mod.technique_variant("Quokka-Knowledge Distillation", kinds) == "knowledge distillation"
    assert mod.technique_variant("Few-Shot Quokka Class-Incremental Learning", kinds) is None  # a curated Task
    assert mod.technique_variant("Wombat Distillation", kinds) is None
    assert mod.technique_variant("Quokka Semantic Segmentation", kinds) is None


def test_no_generated_task_is_a_curated_technique_or_a_domain_of_games(lex):
    mod = _build_script()
    kinds = mod.curated_kinds([e for e in lex if e.source == "curated"])
    tasks = [e.canonical for e in lex if e.type is T.TASK and e.source != "curated"]
    assert [n for n in tasks if mod.technique_variant(n, kinds)] == []
    games = [n for n in tasks if n.split()[-1].lower() in ("game", "games")]
    assert [n for n in games if not mod.keep("Task", n, Counter())] == []
    assert "Playing Atari games" in tasks


def test_atari_games_are_the_atari_suite_not_a_second_dataset():
    """With "Atari Games" no longer a Task name, "57 Atari games" must join the Atari suite's node (curated aliases),
    not stand as a second Dataset beside "Atari"."""
    from kg.extract import extract_one
    from kg.models import Paper

    ex = extract_one(Paper("atari1", "Quokka agents", "We train a quokka agent on 57 Atari games and on the Atari "
                                                      "2600 games suite, and report its median score on Atari."))
    atari = [m for m in ex.mentions if m.text.startswith("Atari")]
    assert [e.text for e in atari] == ["Atari games", "Atari 2600 games", "Atari"]
    assert {(e.type.value, e.canonical or e.text) for e in atari} == {("Dataset", "Atari")}


def test_a_dimension_tail_its_acronym_spells_stays_in_the_generated_name():
    """"Gaming 3D (G3D)": the "3D" the acronym spells is part of the name; an embedding size after a model's name
    ("BiRNN 100d") is a leaderboard setting and goes."""
    mod = _build_script()
    assert mod.clean_name("Quokka 3D (Q3D)") == ("Quokka 3D", ["Q3D"])
    assert mod.clean_name("Quokka 3D") == ("Quokka", [])
    assert mod.clean_name("WombRNN 300d") == ("WombRNN", [])
