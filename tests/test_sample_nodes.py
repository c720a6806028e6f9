"""The judging sample marks the mention itself, not an earlier piece of a longer word."""
import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _sampler():
    spec = importlib.util.spec_from_file_location("sample_nodes", REPO / "scripts" / "sample_nodes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_mark_skips_the_same_letters_inside_a_longer_word():
    ev = {"text": "LRP", "sentence": "Our aLRP loss is ranked by LRP on the test split."}
    assert _sampler().marked(ev, 200) == "Our aLRP loss is ranked by [[LRP]] on the test split."


def test_the_mark_falls_back_to_the_first_occurrence_when_none_is_a_whole_word():
    ev = {"text": "Net", "sentence": "A ResNet and a VGGNet."}
    assert _sampler().marked(ev, 200) == "A Res[[Net]] and a VGGNet."


def test_with_the_build_s_texts_the_mark_stands_at_the_span_itself(tmp_path):
    abstract = "We add one thing. It has a fine-grain quokka loss and a grain quokka loss (GQL) together."
    (tmp_path / "extractions.jsonl").write_text(
        '{"id": "p1", "title": "Quokka", "abstract": "%s"}\n' % abstract, encoding="utf-8")
    start = abstract.index("a grain quokka loss") + 2
    ev = {"paper": "paper:p1", "field": "abstract", "start": start, "end": start + 17, "text": "grain quokka loss",
          "sentence": "It has a fine-grain quokka loss and a grain quokka loss (GQL) together."}
    sampler = _sampler()
    assert sampler.marked(ev, 200) == "It has a fine-[[grain quokka loss]] and a grain quokka loss (GQL) together."
    texts = sampler.load_texts(tmp_path)
    assert sampler.marked(ev, 200, texts) == "It has a fine-grain quokka loss and a [[grain quokka loss]] (GQL) together."


def test_in_a_long_sentence_the_build_cut_the_mark_stands_at_the_span_itself(tmp_path):
    # the build cuts a sentence over 400 characters around the span and opens it with "…": the mark still finds it
    from kg.graph.build import evidence_sentence  # noqa: PLC0415

    abstract = "We add one thing. The " + "wombat and " * 40 + "a grain quokka loss meet a grain quokka loss (GQL) here."
    (tmp_path / "extractions.jsonl").write_text(
        '{"id": "p1", "title": "Quokka", "abstract": "%s"}\n' % abstract, encoding="utf-8")
    start = abstract.rindex("grain quokka loss")
    sent = evidence_sentence(abstract, start, start + 17)
    assert sent.startswith("…") and sent.count("grain quokka loss") == 2, sent
    ev = {"paper": "paper:p1", "field": "abstract", "start": start, "end": start + 17, "text": "grain quokka loss",
          "sentence": sent}
    sampler = _sampler()
    assert "[[grain quokka loss]] (GQL)" in sampler.marked(ev, 1000, sampler.load_texts(tmp_path))


def test_a_null_start_falls_back_to_the_first_whole_word_copy(tmp_path):
    (tmp_path / "extractions.jsonl").write_text('{"id": "p1", "title": "Q", "abstract": "A LRP and LRP."}\n',
                                                encoding="utf-8")
    ev = {"paper": "paper:p1", "field": "abstract", "start": None, "text": "LRP", "sentence": "A LRP and LRP."}
    sampler = _sampler()
    assert sampler.marked(ev, 200, sampler.load_texts(tmp_path)) == "A [[LRP]] and LRP."
