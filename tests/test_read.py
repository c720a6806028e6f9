import codecs
import json

import pytest

from kg.errors import InputError
from kg.models import paper_id_from_title
from kg.read import ReadStats, iter_papers, read_papers
from kg.read.papers_page import is_furniture, strip_furniture
from kg.read.records import openalex_abstract
from kg.read.text import clean_text

ABS1 = ("We study widget ranking with sparse graphs. Our model improves recall on three benchmarks. "
        "It is simple to train and fast at inference, and we release all code for others to use. "
        "Experiments on two further suites confirm that the gains hold across domains and sizes.")
ABS2 = ("Sequence labelling under noisy supervision is hard. We propose a calibrated loss that reweights "
        "uncertain tokens. On four corpora it lowers error by a wide margin while keeping the number of "
        "parameters fixed, and it composes with existing pretraining recipes without extra tuning.")


def test_seed_corpus_parses_to_its_distinct_papers(seed_files):
    stats = ReadStats()
    papers = read_papers(seed_files, stats)
    assert 500 <= len(papers) <= 530
    assert stats.duplicates > 0  # the same paper appears in several dumps
    assert len({p.id for p in papers}) == len(papers)
    titles = [p.title for p in papers]
    assert not any(t.startswith("Subscribe") for t in titles)
    assert not any(is_furniture(t) for t in titles)
    assert all(len(p.abstract) > 200 for p in papers)
    assert "Scoring Time Intervals using Non-Hierarchical Transformer For Automatic Piano Transcription" in titles


def test_furniture():
    assert is_furniture("Subscribe") and is_furniture("new") and is_furniture("Mar 18")
    assert is_furniture("Get trending papers in your email inbox!")
    assert not is_furniture("New Results on Graph Matching")
    assert strip_furniture("SubscribeScoring Time Intervals") == "Scoring Time Intervals"
    assert strip_furniture("Subscriber Models for Churn") == "Subscriber Models for Churn"


def test_papers_page_file(tmp_path):
    f = tmp_path / "page.txt"
    f.write_text(f"new\n\nSubscribe\n\nMar 17\n\nFirst Title\n\n{ABS1}\n\nSubscribeSecond Title\n{ABS2}\nOrphan title\n")
    stats = ReadStats()
    papers = read_papers([f], stats)
    assert [p.title for p in papers] == ["First Title", "Second Title"]
    assert papers[0].abstract == ABS1
    assert papers[0].id == paper_id_from_title("First Title")
    assert stats.skipped["title without abstract"] == 1


def test_jsonl_and_csv_with_bad_records(tmp_path):
    j = tmp_path / "a.jsonl"
    j.write_text(
        json.dumps({"id": "p1", "title": "One", "abstract": ABS1}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "p2", "abstract": ABS2}) + "\n"
        + json.dumps({"title": "Three", "abstract": ABS2}) + "\n"
    )
    c = tmp_path / "b.csv"
    c.write_text('id,title,abstract\nq1,"Four, with comma","' + ABS1.replace('"', '""') + '"\nq2,One,dup\n')
    stats = ReadStats()
    papers = read_papers([j, c], stats)
    assert [p.title for p in papers] == ["One", "Three", "Four, with comma"]
    assert papers[1].id == paper_id_from_title("Three")
    assert stats.skipped["malformed JSON line"] == 1
    assert stats.skipped["no title"] == 1
    assert stats.duplicates == 1
    assert "skipped 2" in stats.summary()


def test_arxiv_and_openalex_records(tmp_path):
    f = tmp_path / "mix.jsonl"
    f.write_text(
        json.dumps({"id": "2101.00001", "title": "A\n  Title", "abstract": " x  y ", "categories": "cs.CV cs.LG",
                    "update_date": "2021-01-05"}) + "\n"
        + json.dumps({"id": "https://openalex.org/W1", "display_name": "OA paper", "publication_year": 2020,
                      "abstract_inverted_index": {"Hello": [0], "world": [1]}}) + "\n"
    )
    papers = read_papers([f])
    assert papers[0].title == "A Title" and papers[0].year == 2021 and papers[0].categories == ("cs.CV", "cs.LG")
    assert papers[0].url == "https://arxiv.org/abs/2101.00001"
    assert papers[1].id == "W1" and papers[1].abstract == "Hello world" and papers[1].year == 2020
    assert [p.title for p in read_papers([f], categories=["cs.CV"])] == ["A Title"]
    assert openalex_abstract({"b": [1], "a": [0, 2]}) == "a b a"


def test_encodings(tmp_path):
    text = json.dumps({"id": "e1", "title": "Caf\u00e9 models", "abstract": ABS1}) + "\n"
    u16 = tmp_path / "u16.jsonl"
    u16.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    lat = tmp_path / "lat.txt"
    lat.write_bytes(("Caf\u00e9 models\n\n" + ABS1 + "\n").encode("latin-1"))
    assert read_papers([u16])[0].title == "Caf\u00e9 models"
    assert read_papers([lat])[0].title == "Caf\u00e9 models"


def test_bad_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(bytes(range(256)) * 50)
    with pytest.raises(InputError, match="empty"):
        read_papers([empty])
    with pytest.raises(InputError, match="binary"):
        read_papers([binary])
    with pytest.raises(InputError, match="no such file"):
        read_papers([tmp_path / "missing.jsonl"])
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"title": "Good", "abstract": ABS1}) + "\n")
    stats = ReadStats()
    assert len(read_papers([empty, good, binary], stats)) == 1  # good file still lands
    assert stats.skipped["unreadable file"] == 2


def test_clean_text():
    assert clean_text("a &amp; b") == "a & b"
    assert clean_text("95\\% of~data") == "95% of data"
    assert clean_text("x\x00y\n\tz") == "x y z"


def test_year_from_an_arxiv_id_when_the_record_has_none(tmp_path):
    f = tmp_path / "p.jsonl"
    rows = [{"paper_id": "1704.03549v4", "title": "An Old One", "abstract": "We study a thing."},
            {"paper_id": "cs/9912001", "title": "Older Still", "abstract": "We study another thing."},
            {"paper_id": "1705.03549", "title": "Dated", "abstract": "We study more.", "year": 2019},
            {"paper_id": "p-42", "title": "No Year", "abstract": "We study nothing in particular."}]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    years = {p.title: p.year for p in iter_papers([f], ReadStats())}
    assert years == {"An Old One": 2017, "Older Still": 1999, "Dated": 2019, "No Year": None}


def _versions_file(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


VERSION_ROWS = [  # one arXiv paper in three versions (titles and abstracts changed between them)
    {"id": "2203.04561v1", "title": "Ranking Widgets with Sparse Graphs", "abstract": ABS1},
    {"id": "2203.04561v3", "title": "Sparse Graph Widget Ranking at Scale", "abstract": ABS1 + " We add a study."},
    {"id": "2203.04561", "title": "Ranking widgets with sparse graphs, revisited", "abstract": ABS1},
    {"id": "10.1000/2203.04561v2", "title": "A Journal Paper on Noisy Labels", "abstract": ABS2},
    {"id": "W2203045612", "title": "An OpenAlex Work on Noisy Labels", "abstract": ABS2},
]


@pytest.mark.parametrize("order", [[0, 1, 2, 3, 4], [1, 0, 2, 3, 4], [2, 0, 1, 4, 3], [4, 3, 2, 1, 0]])
def test_arxiv_versions_of_one_paper_are_one_paper_the_latest_in_any_order(tmp_path, order):
    f = _versions_file(tmp_path / "v.jsonl", [VERSION_ROWS[i] for i in order])
    stats = ReadStats()
    papers = {p.id: p for p in iter_papers([f], stats)}
    # the DOI and the OpenAlex id only look like the arXiv id: they are papers of their own
    assert sorted(papers) == ["10.1000/2203.04561v2", "2203.04561v3", "W2203045612"]
    kept = papers["2203.04561v3"]
    assert kept.title == "Sparse Graph Widget Ranking at Scale" and kept.abstract.endswith("We add a study.")
    assert sorted(kept.merged_versions) == ["2203.04561", "2203.04561v1"]
    assert not papers["W2203045612"].merged_versions
    assert (stats.papers, stats.versions, stats.duplicates) == (3, 2, 0)
    assert "2 earlier arXiv version(s) merged into the latest" in stats.summary()
    assert stats.to_json()["versions_merged"] == 2


def test_an_unusable_latest_version_leaves_the_earlier_one(tmp_path):
    rows = [{"id": "hep-th/0301123v1", "title": "Strings on a Lattice", "abstract": ABS2},
            {"id": "hep-th/0301123v2", "title": "", "abstract": ABS2}]  # no title: skipped
    f = _versions_file(tmp_path / "v.jsonl", rows)
    stats = ReadStats()
    assert [p.id for p in iter_papers([f], stats)] == ["hep-th/0301123v1"]
    assert stats.versions == 0 and stats.skipped["no title"] == 1


def test_arxiv_version_needs_the_arxiv_pattern():
    from kg.arxiv import arxiv_version

    assert arxiv_version("2203.04561v12") == ("2203.04561", 12)
    assert arxiv_version("arXiv:1406.2661") == ("1406.2661", 0)
    assert arxiv_version("math.AG/0601001v3") == ("math.ag/0601001", 3)
    for other in ("1406.26610", "2203.4561v2", "W2203045612", "10.1000/2203.04561", "seed-7", "2203.04561v"):
        assert arxiv_version(other) is None, other


def test_with_a_limit_the_first_version_read_is_kept_without_a_first_pass(tmp_path, monkeypatch):
    # a limit reads a few papers of a possibly huge input: no pass over all of it; versions still merge
    import kg.read.base as base

    def no_first_pass(*_a, **_k):
        raise AssertionError("a limited read makes no first pass")

    monkeypatch.setattr(base, "_latest_versions", no_first_pass)
    f = _versions_file(tmp_path / "v.jsonl", [VERSION_ROWS[i] for i in (0, 1, 2, 3)])
    stats = ReadStats()
    papers = [p.id for p in iter_papers([f], stats, limit=10)]
    assert papers == ["2203.04561v1", "10.1000/2203.04561v2"]
    assert (stats.papers, stats.versions) == (2, 2)


# -- the paper's body pasted after the abstract (issues 13, 18) --

_OWN_ABSTRACT = " ".join([ABS1, ABS2, ABS1.replace("widget", "gadget"), ABS2.replace("four", "six")])
_BODY = ("Baseline Ours Snow Fog Figure 1: Our ranker beside the plain one on a gadget suite. "
         "Earlier rankers [12] reach 40.0% recall on the gadget suite (Table 2).")


def _one_paper(abstract: str, tmp_path) -> tuple:
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"title": "Gadget ranking", "abstract": abstract}) + "\n", encoding="utf-8")
    stats = ReadStats()
    return read_papers([path], stats), stats


def test_abstract_is_cut_before_a_figure_caption_of_the_body(tmp_path):
    """The sentence holding a caption label ("Figure 1:") far into an abstract starts the body: it and
    all after it go (a figure's stray words before the label too), and the cut is counted."""
    papers, stats = _one_paper(f"{_OWN_ABSTRACT} {_BODY}", tmp_path)
    assert papers[0].abstract == _OWN_ABSTRACT
    assert stats.body_cut == 1 and stats.to_json()["body_cut"] == 1
    assert "cut before the paper's body text" in stats.summary()


def test_body_cut_keeps_a_code_link_written_before_the_caption(tmp_path):
    """A link with no full stop after it (the paper's code) stays: the cut falls after it."""
    kept = f"{_OWN_ABSTRACT} Code: https://example.org/gadget-rank"
    papers, _ = _one_paper(f"{kept} Ours Snow Table 3: Recall on each suite.", tmp_path)
    assert papers[0].abstract == kept


@pytest.mark.parametrize("abstract", [
    # a figure referred to, not captioned
    f"{_OWN_ABSTRACT} Gains are largest on long lists, as shown in Fig. 3. We release the code.",
    # a caption before the abstract (a figure's text first), not a body after it
    f"Snow Fog Figure 1: Our ranker on a gadget suite. {_OWN_ABSTRACT}",
], ids=["figure-referred-to", "caption-before-abstract"])
def test_abstract_without_a_body_caption_is_not_cut(abstract, tmp_path):
    papers, stats = _one_paper(abstract, tmp_path)
    assert papers[0].abstract == abstract
    assert stats.body_cut == 0


# -- a title printed twice by a PDF's converter (issue 18) --

def _titled(title: str, tmp_path) -> tuple:
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"title": title, "abstract": ABS1}) + "\n", encoding="utf-8")
    stats = ReadStats()
    return read_papers([path], stats), stats


@pytest.mark.parametrize("title", [
    "GadgetRank: Ranking Gadgets with Sparse Trees GadgetRank: Ranking Gadgets with Sparse Trees",
    'GadgetRank: Ranking Gadgets with Sparse Trees "GadgetRank: Ranking Gadgets with Sparse Trees Bib: '
    "@inproceedings{roe2021gadget, title={GadgetRank: Ranking Gadgets}",
    "GadgetRank: Ranking Gadgets with Sparse Trees GADGETRANK: RANKING GADGETS WITH SPARSE TREES",
    "GadgetRank: Ranking Gadgets with Sparse Trees GadgetRank: Ranking Gadgets Encoder Pooling Output Logits",
    # what the converter put between the copies goes: a byline and year, a BibTeX key, a dangling word
    "GadgetRank: Ranking Gadgets with Sparse Trees , Jane Roe 2 . 2021. GadgetRank: Ranking Gadgets with Sparse Trees",
    "GadgetRank: Ranking Gadgets with Sparse Trees title = {GadgetRank: Ranking Gadgets with Sparse Trees}, a",
    # a page's heading before each copy (an Elsevier "Graphical Abstract ... Highlights ..." page)
    "Visual Summary GadgetRank: Ranking Gadgets with Sparse Trees Highlights GadgetRank: Ranking Gadgets "
    "with Sparse Trees GadgetRank: Ranking Gadgets with Sparse Trees",
    "Visual Summary GadgetRank: Ranking Gadgets with Sparse Trees preprint:22 Highlights GadgetRank: "
    "Ranking Gadgets with Sparse Trees GadgetRank: Ranking Gadgets with Sparse Trees in Forests",
    "Summary GadgetRank: Ranking Gadgets with Sparse Trees Points GadgetRank: Ranking Gadgets with Sparse Tr",
], ids=["twice", "citation-block", "copy-in-capitals", "figure-labels-after", "byline-between",
        "bibtex-field-between", "heading-before-each-copy", "heading-and-mark-between",
        "one-word-heading-copy-cut-short"])
def test_a_title_printed_again_keeps_its_first_copy(title, tmp_path):
    """Where the title's first three words come again (any case), the copy and what follows it go; the
    first copy is the paper's title, and the cut is counted."""
    papers, stats = _titled(title, tmp_path)
    assert papers[0].title == "GadgetRank: Ranking Gadgets with Sparse Trees"
    assert stats.title_cut == 1 and stats.to_json()["title_cut"] == 1
    assert "title(s) printed twice" in stats.summary()


@pytest.mark.parametrize("title", [
    # a running head in capitals before the title as set: the copy in mixed case keeps the name's case
    "GADGETRANK: RANKING GADGETS GadgetRank: Ranking Gadgets with Sparse Trees",
    # a title naming a thing twice does not repeat its opening words
    "Sparse Trees of Sparse Trees: Ranking Gadgets with Sparse Trees",
    # an opening with no word of letters (a figure's coordinates) says nothing
    "(0,0) 30 1 Gadget ranking at scale (0,0) 30 1 more gadgets",
    # a name before its subtitle, the subtitle printed again: no heading before the second copy
    "GadgetBench-7: Ranking Gadgets with Sparse Trees: Ranking Gadgets with Sparse Trees. In",
    "Studying Gadget Ranks with Sparse Trees for Gadget Ranking Ranks with Sparse Trees for Gadget Rank",
    # words 2-4 come again, but not the rest of the title: no copy
    "Dense Gadget Trees: On the Depth of Gadget Trees: On Forests of Trees",
    # a lower-case word before the opening is no heading
    "on Gadget Ranks with Sparse Trees Highlights Gadget Ranks with Sparse Trees",
], ids=["capitals-first", "name-twice", "no-words", "subtitle-again", "subtitle-tail-again",
        "opening-again-not-title", "lower-case-first-word"])
def test_a_title_printed_once_is_left_alone(title, tmp_path):
    papers, stats = _titled(title, tmp_path)
    assert papers[0].title == title
    assert stats.title_cut == 0
