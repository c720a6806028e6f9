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


# --------------------------------------------------------------------------- every good record is kept

from kg.read.base import to_paper  # noqa: E402
from kg.read.records import RawRecord  # noqa: E402

_WORDS = ["graph", "neural", "widget", "ranking", "sparse", "model", "caf\u00e9", "na\u00efve", "\u00fcber", "data"]
good_record = st.tuples(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=6),
                        st.lists(st.sampled_from(_WORDS), min_size=45, max_size=60))
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
        st.sampled_from(["title", "abstract", "id", "x", "results", "abstract_inverted_index", "categories"]), kids,
        max_size=4),
    max_leaves=12)
bad_line = st.binary(max_size=30).map(lambda b: b.replace(b"\n", b" ").replace(b"\r", b" "))


def _good(i, rec):
    title = f"Good record {i} " + " ".join(rec[0])
    return title, "We report that " + " ".join(rec[1]) + "."


def _write(tmp, fmt, goods, bads):
    """A file holding the good records in order with the bad items between them (never first)."""
    parts = []
    for i, (title, abstract) in enumerate(goods):
        if fmt == "csv":
            parts.append(f'"{title}","{abstract}"\n'.encode())
        elif fmt == "txt":
            parts.append(f"{title}\n\n{abstract}\n\n".encode())
        else:
            parts.append(json.dumps({"title": title, "abstract": abstract}, ensure_ascii=False).encode() + b"\n")
        for b in bads[i::len(goods)]:
            if isinstance(b, bytes):
                parts.append(b + b"\n\n")
            elif fmt in ("jsonl", "json"):
                parts.append(json.dumps(b).encode() + b"\n")
    body = b"".join(parts)
    f = tmp / f"x.{fmt}"
    if fmt == "csv":
        body = b"title,abstract\n" + body
    f.write_bytes(body)
    return f


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(goods=st.lists(good_record, min_size=2, max_size=5),
       bads=st.lists(st.one_of(bad_line, json_value), max_size=4),
       fmt=st.sampled_from(["jsonl", "csv", "txt"]))
def test_every_good_record_is_kept_among_random_bytes_and_json(tmp_path, goods, bads, fmt):
    good = [_good(i, r) for i, r in enumerate(goods)]
    f = _write(tmp_path, fmt, good, bads)
    stats = ReadStats()
    titles = [p.title for p in read_papers([f], stats)]
    assert [t for t in titles if t.startswith("Good record")] == [t for t, _ in good], stats.summary()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(goods=st.lists(good_record, min_size=1, max_size=5), bads=st.lists(json_value, max_size=6),
       indent=st.sampled_from([None, 1]))
def test_json_documents_keep_every_good_record(tmp_path, goods, bads, indent):
    good = [_good(i, r) for i, r in enumerate(goods)]
    items = []
    for i, (t, a) in enumerate(good):
        items.append({"title": t, "abstract": a})
        items.extend(bads[i::len(good)])
    for doc in (items, {"meta": {"n": len(items)}, "results": items}):
        f = tmp_path / "doc.json"
        f.write_text(json.dumps(doc, indent=indent))
        titles = [p.title for p in read_papers([f])]
        assert [t for t in titles if t.startswith("Good record")] == [t for t, _ in good]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), fmt=st.sampled_from(["x.jsonl", "x.json", "x.csv", "x.tsv", "x.txt", "x"]))
def test_random_bytes_to_every_reader(tmp_path, data, fmt):
    from kg.errors import InputError

    f = tmp_path / fmt
    f.write_bytes(data)
    try:
        for p in read_papers([f], ReadStats()):
            p.title.encode("utf-8")
            p.abstract.encode("utf-8")
    except InputError:
        pass


#: Any code point, with lone surrogates, bidi overrides, NUL and separators much more often than chance.
any_char = st.one_of(st.characters(blacklist_categories=()),
                     st.sampled_from(["\ud800", "\udfff", "\udc80", "\u202e", "\x00", "\u2028", "\x85", "\ufeff"]))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(any_char, min_size=1, max_size=200), abstract=st.text(any_char, max_size=400))
def test_random_unicode_through_reader_cleaning_to_extraction(title, abstract):
    """Any code point, lone surrogates included, as a reader hands it on: extraction never raises."""
    p = to_paper(RawRecord(title=title, abstract=abstract, where="h"), ReadStats())
    if p is None:
        return
    ex = extract_one(p, NLP)
    for m in ex.mentions:
        assert p.text(m.field)[m.start:m.end] == m.text
    json.dumps(ex.to_json(), ensure_ascii=False).encode("utf-8")  # as kg extract writes it
