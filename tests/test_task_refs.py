"""A Task cut from a longer Task the same paper writes reads as the longer one (issue 18: "structure recognition" of
"table structure recognition"); sentences written for these tests."""
from __future__ import annotations

from kg.extract import build_nlp, extract_one
from kg.extract.task_refs import cut_here, longer_task
from kg.link import link
from kg.models import Paper

_NLP = build_nlp()


def tasks(title: str, text: str) -> dict[str, str | None]:
    """The Task mentions of one paper: text -> canonical."""
    ex = extract_one(Paper("p", title, text), nlp=_NLP)
    return {m.text: m.canonical for m in ex.mentions if m.type.value == "Task"}


def test_a_conjunct_cut_from_a_task_the_paper_names_in_full_reads_as_it():
    got = tasks("Quill: ledger column parsing from scanned books",
                "We address ledger detection and column parsing with one network.")
    assert (got.get("column parsing") or "").lower() == "ledger column parsing", got


def test_a_task_named_short_after_its_full_name_reads_as_it():
    got = tasks("Ink glyph detection in old maps",
                "We study ink glyph detection with few labels. The glyph detection runs on scans.")
    assert (got.get("glyph detection") or "").lower() == "ink glyph detection", got


def test_a_short_name_opening_a_sentence_stays_the_wider_task():
    # "Glyph detection is ...": a statement about the wider task the paper's own is a kind of
    got = tasks("Ink glyph detection in old maps",
                "Glyph detection is critical for reading maps. We study ink glyph detection with few labels.")
    assert got.get("Glyph detection") is None, got
    # the second conjunct of a task with another modifier is the task as written ("row detection and column parsing")
    got = tasks("Ledger column parsing from scans", "We solve row detection and column parsing in one model.")
    assert got.get("column parsing") is None, got


def test_two_papers_cutting_different_names_to_one_tail_stay_apart():
    a = extract_one(Paper("a", "Reading ink glyph detection", "We improve the glyph detection on maps."), nlp=_NLP)
    b = extract_one(Paper("b", "Road glyph detection in towns", "We improve the glyph detection on streets."), nlp=_NLP)
    lk = link([a, b])
    names = {e.name.lower() for e in lk.entities.values() if e.type.value == "Task"}
    assert "glyph detection" not in names, names
    assert {"ink glyph detection", "road glyph detection"} <= names, names


def test_a_conjunct_a_grade_or_two_longer_names_leave_the_task_as_written():
    assert longer_task("gender glyph estimation", {"age and gender glyph estimation"}) is None
    assert longer_task("glyph estimation", {"automatic glyph estimation"}) is None
    assert longer_task("glyph estimation", {"learning ink glyph estimation"}, frozenset({"learn"})) is None
    assert longer_task("glyph parsing", {"ledger glyph parsing", "scroll glyph parsing"}) is None
    assert longer_task("glyph parsing", {"3d glyph parsing", "dense 3d glyph parsing"}) == "3d glyph parsing"
    assert longer_task("parsing", {"glyph parsing"}) is None  # one word: a head of its own
    assert longer_task("glyph tagging", {"benchmark glyph tagging"}) is None  # a data word: names data
    got = tasks("A study of glyphs", "We study age and gender glyph estimation. Gender glyph estimation is hard.")
    assert got.get("Gender glyph estimation") is None, got


def test_a_short_name_set_against_the_longer_one_stays_as_written():
    # "our"/"this" and a contrast word before the name: the paper's own task, set against the longer one
    got = tasks("Harbour crane tracking", "Unlike harbour crane tracking, our crane tracking handles drones.")
    assert got.get("crane tracking") is None, got
    got = tasks("Roof tile detection",
                "Earlier systems address roof tile detection; in contrast, this tile detection task targets floors.")
    assert got.get("tile detection") is None, got
    got = tasks("Roof tile detection", "Unlike roof tile detection, the tile detection we study runs on floors.")
    assert got.get("tile detection") is None, got


def test_a_name_after_a_word_ending_in_the_modifier_is_not_cut_from_it():
    t = "We propose a suitable column parsing scheme."
    assert not cut_here(t, t.index("column"), ["table"])
    t = "We propose a table column parsing scheme."
    assert cut_here(t, t.index("column"), ["table"])


def test_a_conjunct_after_a_comma_and_and_reads_as_the_full_name():
    got = tasks("Quill: ledger column parsing from scanned books",
                "We address ledger detection, and column parsing with one network.")
    assert (got.get("column parsing") or "").lower() == "ledger column parsing", got


def test_a_contrast_of_two_methods_leaves_the_shared_task_read_as_the_full_name():
    got = tasks("Video glyph detection from sparse labels",
                "We study video glyph detection. Unlike our model, their models do not tune the glyph detection task.")
    assert (got.get("glyph detection") or "").lower() == "video glyph detection", got
