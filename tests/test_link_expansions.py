"""A name that writes an acronym joins the same name with the acronym spelt out, when the corpus defines
the acronym that way in two papers or more."""
from __future__ import annotations

from kg.link import link
from kg.models import Extraction, Mention, Paper
from kg.vocab import EntityType as T

M, TASK = T.METHOD, T.TASK


def defining(pid, etype, long, acro, *extra):
    """A paper "<long> (<acro>) ..." that defines ``acro``, then mentions each of ``extra`` names."""
    text = f"{long} ({acro}) is used here; " + "; ".join(extra)
    mentions = [Mention(etype, long, 0, len(long), "abstract", None, (acro,), "acronym")]
    pos = len(long)
    for name in extra:
        i = text.index(name, pos)
        mentions.append(Mention(etype, name, i, i + len(name), "abstract", None, (), "name"))
        pos = i + len(name)
    return Extraction(Paper(pid, f"Paper {pid}", text), tuple(mentions), (), (), ())


def groups(exs):
    return sorted(sorted({*e.aliases, e.name}) for e in link(exs).entities.values())


def together(exs, a, b):
    return any(a in g and b in g for g in groups(exs))


def test_a_name_writing_an_acronym_joins_the_name_spelling_it_out():
    exs = [defining("a", M, "gated sparse memory", "GSM", "two-way GSM"),
           defining("b", M, "gated sparse memory", "GSM", "two-way gated sparse memory"),
           defining("c", TASK, "scene question answering", "SQA", "indoor SQA"),
           defining("d", TASK, "scene question answering", "SQA", "indoor scene question answering")]
    assert together(exs, "two-way GSM", "two-way gated sparse memory")
    assert together(exs, "indoor SQA", "indoor scene question answering")


def test_a_plural_acronym_inside_a_name_is_spelt_out_too():
    exs = [defining("a", M, "gated sparse memory", "GSM", "two-way GSMs layer"),
           defining("b", M, "gated sparse memory", "GSM", "two-way gated sparse memory layer")]
    assert together(exs, "two-way GSMs layer", "two-way gated sparse memory layer")


def test_one_papers_definition_or_two_definitions_spell_out_nothing():
    once = [defining("a", M, "gated sparse memory", "GSM", "two-way GSM", "two-way gated sparse memory")]
    assert not together(once, "two-way GSM", "two-way gated sparse memory")
    twice = [defining("a", M, "gated sparse memory", "GSM", "two-way GSM"),
             defining("b", M, "global shape model", "GSM", "two-way gated sparse memory")]
    assert not together(twice, "two-way GSM", "two-way gated sparse memory")


def test_other_numbers_stay_apart():
    exs = [defining("a", M, "gated sparse memory", "GSM", "GSM v2", "gated sparse memory v2"),
           defining("b", M, "gated sparse memory", "GSM", "gated sparse memory v3")]
    assert together(exs, "GSM v2", "gated sparse memory v2")
    assert not together(exs, "GSM v2", "gated sparse memory v3")




def lexicon_named(pid, written, canonical):
    """A paper writing ``written``, a lexicon match named ``canonical``."""
    text = f"We train {written} on images."
    lex = Mention(M, written, 9, 9 + len(written), "abstract", canonical, (), "lexicon")
    return Extraction(Paper(pid, f"Paper {pid}", text), (lex,), (), (), ())


def test_a_glued_lexicon_spelling_no_paper_writes_does_not_name_the_cluster():
    """The lexicon row "DeepCNNs" (alias "Deep-CNNs") matches "Deep CNNs"; no paper writes it glued, so the
    node takes the written name."""
    names = {e.name for e in link([lexicon_named(p, "Deep CNNs", "DeepCNNs") for p in "ab"]).entities.values()}
    assert names == {"Deep CNNs"}


def test_a_glued_lexicon_name_the_papers_write_names_the_cluster():
    exs = [lexicon_named("a", "ResNet", "ResNet"), lexicon_named("b", "Res-Net", "ResNet")]
    assert {e.name for e in link(exs).entities.values()} == {"ResNet"}
    exs = [lexicon_named("a", "MovieLens 1M", "MovieLens-1M"), lexicon_named("b", "MovieLens 1M", "MovieLens-1M")]
    assert {e.name for e in link(exs).entities.values()} == {"MovieLens-1M"}  # "MovieLens" is written
    exs = [lexicon_named("a", "Deep CNNs", "DeepCNNs"), lexicon_named("b", "DeepCNNs", "DeepCNNs")]
    assert {e.name for e in link(exs).entities.values()} == {"DeepCNNs"}


def writing(pid, text, *names, etype=M):
    """A paper whose text defines an acronym no mention holds, then mentions each of ``names``."""
    mentions, pos = [], 0
    for name in names:
        i = text.index(name, pos)
        mentions.append(Mention(etype, name, i, i + len(name), "abstract", None, (), "name"))
        pos = i + len(name)
    return Extraction(Paper(pid, f"Paper {pid}", text), tuple(mentions), (), (), ())


def test_an_acronym_the_texts_define_one_way_is_spelt_out_though_no_mention_holds_it():
    """"plant graph (PG)" is no mention in any paper; two papers define PG so, none otherwise."""
    exs = [writing("a", "Each plant graph (PG) has roots. We study PG pruning here.", "PG pruning"),
           writing("b", "A plant graph (PG) is sparse. Plant graph pruning is slow.", "Plant graph pruning")]
    assert together(exs, "PG pruning", "Plant graph pruning")


def test_an_acronym_the_texts_define_two_ways_or_once_spells_out_nothing():
    two = [writing("a", "Each plant graph (PG) has roots. We study PG pruning here.", "PG pruning"),
           writing("b", "A plant graph (PG) is sparse. Plant graph pruning is slow.", "Plant graph pruning"),
           writing("c", "A point grammar (PG) is small.")]
    assert not together(two, "PG pruning", "Plant graph pruning")
    once = [writing("a", "Each plant graph (PG) has roots. We study PG pruning here.", "PG pruning"),
            writing("b", "Plant graph pruning is slow.", "Plant graph pruning")]
    assert not together(once, "PG pruning", "Plant graph pruning")


def test_a_word_written_in_lower_case_is_no_acronym_the_texts_define():
    """"pose" is no POSE the texts define as "partial order sum embedding"; "POSE" is."""
    def exs(word):
        return [writing("a", f"A partial order sum embedding (POSE) helps. We use a {word} encoder.", f"{word} encoder"),
                writing("b", "The partial order sum embedding (POSE) is fast. A partial order sum embedding encoder works.",
                        "partial order sum embedding encoder")]
    assert together(exs("POSE"), "POSE encoder", "partial order sum embedding encoder")
    assert not together(exs("pose"), "pose encoder", "partial order sum embedding encoder")


def test_a_title_case_word_is_no_acronym_the_texts_define():
    """"Pose Encoder" in a title writes "Pose" with a capital only as the first letter of a title-case word: no
    POSE that the texts define as "partial order sum embedding"."""
    title = "Pose Encoder for Shelf Scenes"
    a = Extraction(Paper("a", title, "A partial order sum embedding (POSE) helps. We fit shelves."),
                   (Mention(M, "Pose Encoder", 0, len("Pose Encoder"), "title", None, (), "titlecase"),), (), (), ())
    b = writing("b", "The partial order sum embedding (POSE) is fast. A partial order sum embedding encoder works.",
                "partial order sum embedding encoder")
    assert not together([a, b], "Pose Encoder", "partial order sum embedding encoder")
