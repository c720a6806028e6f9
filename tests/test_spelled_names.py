"""Lexicon names written with a hyphen added or removed between two parts, or a part in another case (issue 18):
"300-W" for "300W", "Faster-RCNN" for "Faster R-CNN", "Cifar-10" for "CIFAR-10"; but no prose compound of a
CamelCase name's ordinary words ("cross-task" for "CrossTask") and no word split by a line break
("sum-marization"). Sentences written for these tests."""

from kg.extract import build_nlp, extract_one
from kg.models import Paper


def lexicon_hits(text):
    """(text as written, type, canonical) of every lexicon match in ``text``."""
    doc = build_nlp(spans=True).get_pipe("kg_lexicon")(build_nlp(spans=True).make_doc(text))
    return {(s.text, s.label_, s.kb_id_) for s in doc.spans["kg_lexicon"]}


def mentions(text):
    ex = extract_one(Paper("p", "A Title", text), nlp=build_nlp(spans=True))
    return {(m.text, m.type.value, m.canonical or m.text) for m in ex.mentions}


def test_a_hyphen_between_a_number_and_a_letter_of_a_dataset_name_still_names_it():
    found = mentions("Our landmark detector reaches a 3.2% mean error on 300-W and beats all prior work.")
    assert ("300-W", "Dataset", "300W") in found


def test_a_hyphen_where_two_parts_of_a_name_meet_keeps_the_name_and_its_canonical():
    found = lexicon_hits("The detector builds on Faster-RCNN and is tested on Scan-Net scenes.")
    assert ("Faster-RCNN", "Method", "Faster R-CNN") in found
    assert ("Scan-Net", "Dataset", "ScanNet") in found


def test_a_whole_part_in_another_case_still_names_it():
    found = lexicon_hits("We pretrain on Cifar-10, segment clips of Youtube-VOS and decode with a U-net.")
    assert {("Cifar-10", "Dataset", "CIFAR-10"), ("Youtube-VOS", "Dataset", "YouTube-VOS"),
            ("U-net", "Method", "U-Net")} <= found


def test_a_part_whose_capitals_change_inside_it_is_no_spelling_of_the_name():
    assert ("Multi-WOZ", "Dataset", "MultiWOZ") in lexicon_hits("A dialogue model is scored on Multi-WOZ here.")
    assert not any(t == "Multi-WoZ" for t, _, _ in lexicon_hits("A dialogue model is scored on Multi-WoZ here."))


def test_a_compound_of_ordinary_words_in_small_letters_is_prose_not_the_camel_case_name():
    text = "We allow cross-task transfer in a follow-up study of street-view images."
    assert not [h for h in lexicon_hits(text) if "-" in h[0]]
    assert not [h for h in lexicon_hits("Cross-task attention helps.") if h[0] == "Cross-task"]
    assert ("Cross-Task", "Dataset", "CrossTask") in lexicon_hits("We report results on Cross-Task videos.")


def test_a_compound_written_with_a_hyphen_names_the_one_word_name():
    assert ("auto-encoders", "Method", "autoencoder") in lexicon_hits("We stack three auto-encoders in depth.")


def test_a_word_split_by_a_line_break_is_no_name():
    found = lexicon_hits("Long document sum-marization is hard, and Re-call drops for all of them.")
    assert not [h for h in found if "-" in h[0]]
    # a hyphen between two words of a compound is no line break: the written letters are the name's own
    assert ("soft-max", "Method", "softmax") in lexicon_hits("We apply a soft-max over the scores.")


def test_a_title_capitalises_every_word_so_a_hyphenated_compound_of_ordinary_words_there_is_prose():
    """In a title "Slow-Fast Networks" is two words of prose set in title case, not the SlowFast network; the same
    spelling with the name's capitals in the abstract still names it."""
    ex = extract_one(Paper("t", "Quokka Operators Connect Slow-Fast Networks for Wide Context",
                           "We compare with Slow-Fast on Kinetics."), nlp=build_nlp(spans=True))
    slowfast = [(m.field, m.text) for m in ex.mentions if (m.canonical or m.text) == "SlowFast"]
    assert slowfast == [("abstract", "Slow-Fast")]


def test_a_one_word_name_written_with_a_hyphen_does_not_outrank_the_technique_phrase_around_it():
    """"mix-up" is mixup written with a hyphen: no longer a name for that, so the paper's own technique around it
    ("a lesion-aware mix-up augmentation") stays one mention, as it does when the text writes "mixup"."""
    for word in ("mix-up", "mixup"):
        found = mentions(f"We introduce a wombat-aware {word} augmentation technique so that the model sees "
                         "rare cases.")
        assert f"wombat-aware {word} augmentation" in {text for text, _, _ in found}, (word, found)
