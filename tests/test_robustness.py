"""Property-based tests: arbitrary text never crashes the readers or the extractor, and every offset
points at the text it claims."""
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import build_nlp, extract_one
from kg.models import Paper
from kg.read import ReadStats, read_papers
from kg.read.papers_page import parse_papers_page

NLP = build_nlp()
words = st.sampled_from(["BERT", "ResNet-50", "ImageNet", "mIoU", "(", ")", "we", "propose", "FooNet", "named", "on",
                         "the", "dataset", "80.4%", "https://github.com/a/b.", "semantic", "segmentation", ",", ".",
                         "Graph", "Neural", "Network", "(GNN)", "\u00e9", "\u2013", "<script>", "\\%", "&amp;"])
texty = st.one_of(st.text(max_size=300), st.lists(words, max_size=60).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=texty, abstract=texty)
def test_extractor_offsets_always_hold(title, abstract):
    p = Paper("h", title, abstract)
    ex = extract_one(p, NLP)
    for m in ex.mentions:
        assert p.text(m.field)[m.start:m.end] == m.text
        assert m.text.strip()
    for r in ex.repos:
        assert r.url.startswith(("http://", "https://", "ftp://"))
    json.dumps(ex.to_json())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=2000))
def test_papers_page_parser_never_crashes(text):
    for item in parse_papers_page(text, "x"):
        assert isinstance(item, tuple) or (item.title and item.abstract)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000))
def test_readers_never_raise_anything_but_input_errors(tmp_path, data):
    from kg.errors import InputError

    for name in ("x.jsonl", "x.csv", "x.txt"):
        f = tmp_path / name
        f.write_bytes(data)
        try:
            read_papers([f], ReadStats())
        except InputError:
            pass


def test_huge_abstract_is_truncated(tmp_path):
    f = tmp_path / "big.jsonl"
    f.write_text(json.dumps({"title": "Big", "abstract": "We use BERT. " * 80_000}) + "\n")
    stats = ReadStats()
    (p,) = read_papers([f], stats)
    assert len(p.abstract) <= 20_000 and stats.truncated == 1
    ex = extract_one(p, NLP)
    assert ex.mentions
