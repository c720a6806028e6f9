"""The on-disk cache of tokenized lexicon patterns (kg.extract.pattern_cache) and pyvis without IPython."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from kg.extract.components import LexiconMatcher
from kg.extract.lexicon_data import LexEntry, load_lexicon
from kg.extract.pattern_cache import PatternTokens, cache_dir
from kg.vocab import EntityType as T

REPO = Path(__file__).resolve().parent.parent
TEXTS = ["ResNet-50", "word error rate", "top-1 accuracy", "F1-score", "BLEU", "Llama 2 (7B)", "U-Net++", "x  y"]


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "kg-cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    return folder


def _reference(nlp, texts):
    """What the pipeline did before the cache: a pattern doc per text, its tokens and their LOWER hashes."""
    tok = spacy.blank("en", vocab=nlp.vocab).tokenizer
    docs = list(tok.pipe(texts))
    return [tuple(t.orth_ for t in d) for d in docs], [[t.lower for t in d] for d in docs]


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path, nlp):
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "kg"
    monkeypatch.setenv("KG_CACHE_DIR", "")
    assert cache_dir() is None
    assert PatternTokens(nlp).tokens(["a b"]) == [("a", "b")]


def test_cold_then_warm_gives_the_patterns_of_pattern_docs(cache, nlp):
    cold = PatternTokens(nlp)
    got = cold.patterns(TEXTS)
    assert cold.last == "built" and len(list(cache.glob("patterns-*.json"))) == 1
    warm = PatternTokens(nlp)
    assert warm.patterns(list(reversed(TEXTS))) == tuple(list(reversed(x)) for x in got)  # order-free file name
    assert warm.last == "read"
    assert got == tuple(map(list, _reference(nlp, TEXTS)))
    assert got[0][5] == ("Llama", "2", "(", "7B", ")")


DAMAGES = ["garbage", "truncated", "format", "count", "wrong-tokens", "not-strings"]


def _damage(path: Path, data: dict, damage: str) -> None:
    n = len(data["tokens"])
    if damage == "garbage":
        path.write_bytes(b"\xff\x00not json")
    elif damage == "truncated":
        path.write_text(json.dumps(data)[:50], encoding="utf-8")
    else:
        bad = {"format": {"format": 0}, "count": {"tokens": data["tokens"][:-1]},
               "wrong-tokens": {"tokens": [["nope"]] * n}, "not-strings": {"tokens": [[1]] * n}}[damage]
        path.write_text(json.dumps({**data, **bad}), encoding="utf-8")


def test_a_corrupt_or_stale_file_is_ignored_and_rebuilt(cache, nlp):
    pt = PatternTokens(nlp)
    expected = pt.tokens(TEXTS)
    (path,) = cache.glob("patterns-*.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    for damage in DAMAGES:
        _damage(path, data, damage)
        assert pt.tokens(TEXTS) == expected and pt.last == "built", damage
        assert pt.tokens(TEXTS) == expected and pt.last == "read", damage  # the rebuilt file was written back
    assert [p.name for p in cache.iterdir()] == [path.name]  # no temporary file left behind


def test_files_unread_for_a_month_are_removed_and_read_ones_kept(cache, nlp):
    """A new pattern file removes old ones no process has read for STALE_DAYS; reading a file keeps it."""
    import os
    import time

    from kg.extract import pattern_cache

    PatternTokens(nlp).tokens(["kept file"])
    (kept,) = cache.glob("patterns-*.json")
    stale = cache / "patterns-0123456789abcdef0123456789abcdef.json"
    stale.write_text("{}", encoding="utf-8")
    month = time.time() - (pattern_cache.STALE_DAYS + 1) * 86400
    for p in (kept, stale):
        os.utime(p, (month, month))
    assert PatternTokens(nlp).tokens(["kept file"]) == [("kept", "file")]  # a read marks it as in use
    PatternTokens(nlp).tokens(["a new file"])  # a write sweeps the old ones
    names = {p.name for p in cache.glob("patterns-*.json")}
    assert kept.name in names and stale.name not in names and len(names) == 2


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch, nlp):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "kg"))
    pt = PatternTokens(nlp)
    assert pt.tokens(TEXTS[:2]) == [("ResNet-50",), ("word", "error", "rate")] and pt.last == "built"


def test_the_real_lexicon_patterns_equal_pattern_docs(cache, nlp):
    """Every 8th pattern text of the shipped lexicons: cached hashes and tokens = a pattern doc's."""
    texts = sorted({n for e in load_lexicon() for n in e.names})[::8]
    ref = _reference(nlp, texts)
    assert PatternTokens(nlp).patterns(texts) == tuple(map(list, ref))
    assert PatternTokens(nlp).patterns(texts) == tuple(map(list, ref))  # and read back from the file


def test_same_matches_cold_warm_and_uncached(cache, monkeypatch, nlp):
    entries = [LexEntry(T.METHOD, "ResNet-50", ("ResNet50",), True, "curated"),
               LexEntry(T.METRIC, "word error rate", ("WER",), False, "curated"),
               LexEntry(T.DATASET, "Natural Questions", (), True, "curated"),
               LexEntry(T.METRIC, "top-1 accuracy", (), False, "curated")]
    text = ("We train a ResNet 50 and a resnet50 on Natural Questions, not on natural questions, and report "
            "Word Error Rate (WER), wer and Top-1 Accuracy.")

    def matches():
        lm = LexiconMatcher(nlp, entries, spans=True)
        doc = lm(nlp.make_doc(text))
        return [(s.text, s.label_, s.kb_id_) for s in doc.spans["kg_lexicon"]]

    cold, warm = matches(), matches()
    monkeypatch.setenv("KG_CACHE_DIR", "")
    assert cold == warm == matches()
    assert ("ResNet 50", "Method", "ResNet-50") in cold and ("WER", "Metric", "word error rate") in cold
    assert ("Natural Questions", "Dataset", "Natural Questions") in cold
    assert not any(t in {"natural questions", "wer"} for t, _, _ in cold)  # as-written names stay as written
    assert ("Top-1 Accuracy", "Metric", "top-1 accuracy") in cold


def test_the_map_imports_pyvis_without_ipython():
    code = ("import sys; from kg.sinks.html import _network_class, preload; preload(); "
            "net = _network_class()(directed=True); net.add_node('a', label='A'); "
            "print('IPython' in sys.modules, len(net.nodes), 'pyvis.network' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "PYTHONPATH": str(REPO)})
    assert out.stdout.split() == ["False", "1", "True"]


def test_a_pyvis_that_needs_more_of_ipython_is_imported_with_the_real_one(tmp_path: Path):
    """If a pyvis release imports more from IPython than the placeholder has, kg falls back to the real
    import instead of failing (a stand-in pyvis on the path plays that release)."""
    fake = tmp_path / "pyvis"
    fake.mkdir()
    (fake / "__init__.py").write_text("")
    (fake / "network.py").write_text("from IPython.display import IFrame, HTML\n\nclass Network:\n    pass\n")
    code = ("import sys; from kg.sinks.html import _network_class; N = _network_class(); "
            "print(N.__module__, sys.modules['IPython.display'].HTML.__module__.startswith('IPython'))")
    env = {**__import__("os").environ, "PYTHONPATH": f"{tmp_path}:{REPO}"}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["pyvis.network", "True"]
