"""Bad bytes and odd shapes in input files: each bad record is skipped and counted, every good one lands
unchanged, and every format is streamed (issue 17, items 2, 3, 4 and 7)."""
import codecs
import gzip
import json
import tracemalloc

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.extract import build_nlp, extract_one
from kg.models import paper_id_from_title
from kg.read import ReadStats, read_papers
from kg.read.records import openalex_abstract
from kg.read.text import clean_text

ABS = ("We study widget ranking with sparse graphs and report gains on three benchmarks. The model is "
       "simple to train, fast at inference, and its code is released for others to use and extend.")
TITLES = ["Schr\u00f6dinger bridges for na\u00efve samplers", "Plain title two", "Caf\u00e9 graphs \u2014 revisited"]


def _recs(titles=TITLES):
    return [{"id": f"r{i}", "title": t, "abstract": ABS} for i, t in enumerate(titles)]


def _jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def _read(path, **kw):
    stats = ReadStats()
    return read_papers([path], stats, **kw), stats


# ----------------------------------------------------------------- item 2: decode per record


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "txt"])
def test_one_invalid_byte_spoils_only_its_record(tmp_path, fmt):
    bad = "Bad na\u00efve \udcff byte"  # valid UTF-8 and the single byte 0xff: neither UTF-8 nor cp1252 text
    titles = [TITLES[0], bad, TITLES[2]]
    if fmt in ("jsonl", "json"):
        text = "".join(json.dumps({"title": t, "abstract": ABS}, ensure_ascii=False) + "\n" for t in titles)
    elif fmt == "csv":
        text = "title,abstract\n" + "".join(f'"{t}","{ABS}"\n' for t in titles)
    else:
        text = "".join(f"{t}\n\n{ABS}\n\n" for t in titles)
    f = tmp_path / f"x.{fmt}"
    f.write_bytes(text.encode("utf-8", "surrogateescape"))
    papers, stats = _read(f)
    assert [p.title for p in papers] == [TITLES[0], TITLES[2]]  # not "SchrÃ¶dinger"
    assert [p.id for p in papers] == [paper_id_from_title(TITLES[0]), paper_id_from_title(TITLES[2])]
    assert stats.skipped["bytes that are not UTF-8"] >= 1


def test_a_cp1252_file_is_still_read(tmp_path):
    f = tmp_path / "legacy.csv"
    f.write_bytes(("title,abstract\n" + "".join(f'"{t}","{ABS}"\n' for t in TITLES[:2])).encode("cp1252"))
    papers, stats = _read(f)
    assert [p.title for p in papers] == TITLES[:2] and stats.legacy == 1 and not stats.skipped
    assert "not UTF-8 read as cp1252" in stats.summary()


# ----------------------------------------------------------------- item 3: a record never takes a read down


@pytest.mark.parametrize("inv", [{"a": 3}, {"a": ["x"]}, {"a": [1.5]}, {"a": None}, {"a": [[1]]}, {"a": [True]}])
def test_bad_openalex_index_is_one_skipped_record(tmp_path, inv):
    assert openalex_abstract({"b": [1], "a": [0]}) == "a b"
    recs = [{"id": "W1", "display_name": "Broken index", "abstract_inverted_index": inv}] + _recs()
    f = tmp_path / "oa.jsonl"
    f.write_bytes(_jsonl(recs))
    papers, stats = _read(f)
    assert [p.title for p in papers] == TITLES
    assert stats.skipped["abstract_inverted_index is not {word: [positions]}"] == 1


@pytest.mark.parametrize("name", ["deep.jsonl", "deep.json"])
def test_deeply_nested_json_is_one_skipped_record(tmp_path, name):
    deep = "[" * 100_000 + "]" * 100_000
    f = tmp_path / name
    if name.endswith(".jsonl"):
        f.write_bytes(_jsonl(_recs()[:1]) + deep.encode() + b"\n" + _jsonl(_recs()[1:]))
        papers, stats = _read(f)
        assert [p.title for p in papers] == TITLES
    else:
        f.write_text("[" + json.dumps(_recs()[0]) + ", {\"title\": " + deep + "}]")
        papers, stats = _read(f)
        assert [p.title for p in papers] == TITLES[:1]
    assert sum(stats.skipped.values()) == 1 and "nested too deeply" in stats.summary()


def test_lone_surrogate_neither_crashes_reading_nor_extraction(tmp_path):
    f = tmp_path / "s.jsonl"
    f.write_text('{"title": "Lone \\ud800 surrogate", "abstract": "We use BERT on SQuAD \\udfff here."}\n')
    (p,) = read_papers([f])
    assert p.title == "Lone \ufffd surrogate"
    p.title.encode("utf-8")
    ex = extract_one(p, build_nlp())
    assert {m.text for m in ex.mentions} >= {"BERT", "SQuAD"}


def test_graph_json_that_is_a_list_is_one_line(tmp_path):
    (tmp_path / "graph.json").write_text("[]")
    res = CliRunner().invoke(main, ["export", str(tmp_path), "--format", "json", "-o", str(tmp_path / "x.json")])
    assert res.exit_code == 2 and res.output == f"Error: {tmp_path / 'graph.json'}: not a kg graph (a JSON list, not an object)\n"


# ----------------------------------------------------------------- item 4: every format is streamed


def _peak_mb(fn):
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


@pytest.mark.slow
@pytest.mark.parametrize("name", ["big.json", "big.jsonl.gz", "big.csv", "array.json"])
def test_big_inputs_are_streamed(tmp_path, name):
    """30 MB of input (10,000 records of 3 kB) read in a few MB (most of it the sets of ids and titles
    seen, for duplicates): nothing holds the whole file."""
    n = 10_000
    recs = ({"id": f"a{i}", "title": f"Paper number {i}", "abstract": ABS * 16} for i in range(n))
    f = tmp_path / name
    if name == "array.json":
        with open(f, "w", encoding="utf-8") as fh:
            fh.write("[\n" + ",\n".join(json.dumps(r) for r in recs) + "\n]\n")
    elif name.endswith(".csv"):
        with open(f, "w", encoding="utf-8") as fh:
            fh.write("id,title,abstract\n" + "".join(f'{r["id"]},{r["title"]},"{r["abstract"]}"\n' for r in recs))
    else:
        data = b"".join(json.dumps(r).encode() + b"\n" for r in recs)
        f.write_bytes(gzip.compress(data, 1) if name.endswith(".gz") else data)
    count = []
    stats = ReadStats()
    from kg.read import iter_papers
    peak = _peak_mb(lambda: count.append(sum(1 for _ in iter_papers([f], stats))))
    assert count == [n] and not stats.skipped and (name.endswith(".gz") or f.stat().st_size > 28e6)
    assert peak < 12, f"{name}: peak {peak:.1f} MB"


def test_lines_end_at_newline_only(tmp_path):
    """U+2028, U+2029 and U+0085 inside a record are not line ends (str.splitlines treats them so)."""
    recs = [{"title": "Line\u2028separator", "abstract": ABS + "\u0085" + ABS}, {"title": "Para\u2029graph", "abstract": ABS}]
    for name in ("x.json", "x.jsonl", "x.txt"):
        f = tmp_path / name
        f.write_bytes(_jsonl(recs + _recs()))
        papers, stats = _read(f)
        assert [p.title for p in papers] == ["Line separator", "Para graph", *TITLES] and not stats.skipped


# ----------------------------------------------------------------- item 7: format sniffing


def test_utf8_bom_keeps_the_first_record(tmp_path):
    f = tmp_path / "bom.jsonl"
    f.write_bytes(codecs.BOM_UTF8 + _jsonl(_recs()))
    papers, stats = _read(f)
    assert [p.title for p in papers] == TITLES and not stats.skipped


@pytest.mark.parametrize("enc", ["utf-16-be", "utf-16-le"])
def test_utf16_without_bom(tmp_path, enc):
    f = tmp_path / "u16.jsonl"
    f.write_bytes(_jsonl(_recs()).decode().encode(enc))
    assert [p.title for p in _read(f)[0]] == TITLES


def test_one_nul_byte_does_not_make_a_file_utf16(tmp_path):
    f = tmp_path / "nul.jsonl"
    data = _jsonl(_recs())
    at = data.index(b"sparse")
    f.write_bytes(data[:at] + b"\x00" + data[at:])
    papers, stats = _read(f)
    assert [p.title for p in papers] == TITLES and not stats.skipped
    assert papers[0].abstract.startswith("We study widget ranking with sparse")


@pytest.mark.parametrize("name,sep", [("cr.jsonl", "\r"), ("cr.csv", "\r"), ("crlf.csv", "\r\n"), ("cr.txt", "\r")])
def test_cr_line_ends(tmp_path, name, sep):
    f = tmp_path / name
    if name.endswith(".jsonl"):
        text = _jsonl(_recs()).decode().replace("\n", sep)
    elif name.endswith(".csv"):
        text = sep.join(["title,abstract"] + [f'"{t}","{ABS}"' for t in TITLES]) + sep
    else:
        text = sep.join(f"{t}{sep}{sep}{ABS}{sep}" for t in TITLES)
    f.write_bytes(text.encode())
    papers, stats = _read(f)
    assert [p.title for p in papers] == TITLES and not stats.skipped


def test_json_array_in_a_jsonl_file(tmp_path):
    f = tmp_path / "arr.jsonl"
    f.write_text(json.dumps(_recs(), indent=2))
    assert [p.title for p in _read(f)[0]] == TITLES
    f.write_text(json.dumps(_recs()) + "\n")
    assert [p.title for p in _read(f)[0]] == TITLES


def test_unclosed_csv_quote_loses_one_row_only(tmp_path):
    f = tmp_path / "q.csv"
    rows = [f'"{TITLES[0]}","{ABS}"', f'"Broken title, {ABS}', f'"{TITLES[1]}","{ABS}"', f'"{TITLES[2]}","{ABS}"',
            f'"Multi\nline title","{ABS}\nsecond line"']
    f.write_text("title,abstract\n" + "\n".join(rows) + "\n")
    papers, stats = _read(f)
    assert [p.title for p in papers] == [*TITLES, "Multi line title"]
    assert stats.skipped == {"CSV row with an unclosed quote": 1}


def test_openalex_api_page(tmp_path):
    page = {"meta": {"count": 3, "page": 1}, "results": [
        {"id": f"https://openalex.org/W{i}", "display_name": t,
         "abstract_inverted_index": {w: [j] for j, w in enumerate(ABS.split()[:10])}} for i, t in enumerate(TITLES)],
        "group_by": []}
    for text in (json.dumps(page), json.dumps(page, indent=2)):
        f = tmp_path / "works.json"
        f.write_text(text)
        papers, stats = _read(f)
        assert [p.title for p in papers] == TITLES and [p.id for p in papers] == ["W0", "W1", "W2"]
        assert not stats.skipped


def test_csv_fields_over_128k_are_read(tmp_path):
    f = tmp_path / "long.csv"
    long_abs = (ABS + " ") * 1000  # ~190 KB
    f.write_text(f'title,abstract\n"{TITLES[0]}","{long_abs}"\n"{TITLES[1]}","{ABS}"\n')
    papers, stats = _read(f)
    assert [p.title for p in papers] == TITLES[:2] and stats.truncated == 1 and not stats.skipped


def test_ids_that_are_not_text_are_refused(tmp_path):
    recs = [{"id": {"doi": "x"}, "title": "Dict id", "abstract": ABS}, {"id": ["a"], "title": "List id", "abstract": ABS},
            {"id": 42, "title": TITLES[0], "abstract": ABS}]
    f = tmp_path / "ids.jsonl"
    f.write_bytes(_jsonl(recs))
    papers, stats = _read(f)
    assert [(p.id, p.title) for p in papers] == [("42", TITLES[0])]
    assert stats.skipped["id is not text or a whole number"] == 2


def test_invisible_and_bidi_characters_are_removed():
    assert clean_text("Evil\u202etxt.exe title") == "Evil txt.exe title"
    assert clean_text("a\u200bb\u2066c\u2069d\u200fe\x85f") == "a b c d e f"
    assert clean_text("\u0646\u0645\u200c\u062f") == "\u0646\u0645\u200c\u062f"  # ZWNJ is part of Persian words


def test_filtered_records_are_not_skipped_ones(tmp_path):
    f = tmp_path / "cats.jsonl"
    recs = [{**r, "categories": c} for r, c in zip(_recs(), ["cs.CV", "math.PR", "cs.CL cs.LG"])]
    f.write_bytes(_jsonl(recs))
    papers, stats = _read(f, categories=["cs."])
    assert [p.title for p in papers] == [TITLES[0], TITLES[2]]
    assert stats.filtered == 1 and stats.skipped_total == 0 and "1 left out by category" in stats.summary()
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["build", str(f), "--out", str(out), "--filter-category", "cs.CV", "--strict",
                                    "--no-html", "--no-store", "-q"])
    assert res.exit_code == 0, res.output
