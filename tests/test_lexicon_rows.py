"""Checks of lexicon rows (kg.link.lexicon_rows), on names written for these tests and on the shipped files."""
from __future__ import annotations

from collections import defaultdict

from kg.extract.lexicon_data import load_lexicon
from kg.link.lexicon_rows import alias_problem, canonical_problem, row_problems, variant_problem

#: Rows read and kept on purpose: the numbers differ, the thing is one (OTB-2015 is the 100-sequence OTB;
#: "CUB" and "Atari" name CUB-200-2011 and the Atari 2600 in papers).
REVIEWED = {("OTB-100", "OTB2015"), ("CUB-200-2011", "CUB"), ("Atari", "Atari 2600"), ("Atari", "Atari 2600 games"),
            ("Atari", "Atari 2600 Games")}


def test_prose_around_a_name_is_no_alias():
    assert alias_problem("Quokkanet-A", "Quokkanet with a") == "function words"
    assert alias_problem("Quokkanet", "Quokkanet on the") == "function words"
    assert alias_problem("Wombat of the Year", "Wombat Year") is None  # fewer function words: not prose


def test_versions_are_entries_of_their_own():
    assert alias_problem("WombatSet", "WombatSet 2019") == "version"
    assert alias_problem("WombatSet-300-2019", "WombatSet-300") == "version"
    versions = {"wombatset": {("16",), ("19",)}}
    assert alias_problem("WombatSet 2019", "WombatSet", versions) == "version-less"
    assert alias_problem("WombatSet 2019", "WombatSet", {"wombatset": {("19",)}}) is None
    # the same number written another way is the same version; another base name is a name of its own
    for a, b in (("WMB14", "WMB 2014"), ("Wombat 2.0", "Wombat2"), ("AP50", "AP@0.5"), ("WombatSet v1.1", "WombatSet 1.1"),
                 ("ImageNet-1K", "ILSVRC-2012")):
        assert alias_problem(a, b) is None, (a, b)


def test_common_words_and_licences_in_capitals_are_no_alias():
    assert alias_problem("Blurry Scene Dataset", "BSD") == "ordinary word"  # "released under the BSD license"
    assert alias_problem("Universal Sentence Encoder", "USE") == "ordinary word"
    assert alias_problem("Universal Sentence Encoder", "USE", any_case=False) is None
    assert alias_problem("Quokka Answer Benchmark", "QAB") is None


def test_a_prefixed_variant_with_letters_of_its_own_is_no_alias():
    # "RWM" spells the modifier too: the restricted machine is a thing of its own, not the bare one
    rows = [("wombat machine", ["restricted wombat machine", "RWM"], True)]
    assert row_problems(rows, "Method") == [("wombat machine", "restricted wombat machine", "variant"),
                                            ("wombat machine", "RWM", "variant")]
    assert row_problems([("wombat machine", ["restricted wombat machine", "RWMs"], True)], "Dataset") != []
    # no letters of its own, or letters of the bare name: an alias as before
    assert row_problems([("wombat machine", ["restricted wombat machine"], True)], "Method") == []
    assert row_problems([("wombat machine", ["big wombat machine", "WM"], True)], "Method") == []
    # a task narrowed by a modifier is the task ("automatic wombat counting (AWC)")
    assert row_problems([("wombat counting", ["automatic wombat counting", "AWC"], True)], "Task") == []


def test_the_letters_of_a_prefixed_variant_leave_the_bare_row_too():
    # the acronym names the restricted machine, so the bare row keeps neither it nor its long form
    from scripts.build_lexicons import checked

    out = checked({"Method": [("wombat machine", ["restricted wombat machine", "RWM", "wombat machines"], False, "t")]},
                  [])
    assert out["Method"] == [("wombat machine", ["wombat machines"], False, "t")]


def test_a_plural_variant_with_plural_letters_is_a_variant():
    assert variant_problem("wombat machine", "restricted wombat machines", ["RWMs"]) == "variant"


def test_a_graded_name_or_a_row_listing_the_bare_names_letters_is_no_variant():
    # "deep" grades the same network; a row that lists the bare name's letters says the two are one name
    assert variant_problem("wombat network", "deep wombat network", ["DWN"]) is None
    assert variant_problem("wombat pooling network", "spiky wombat pooling network", ["SWPN", "WPN"]) is None
    assert variant_problem("wombat network", "spiky wombat network", ["SWN"]) == "variant"


def test_the_shipped_lexicon_keeps_restricted_boltzmann_machines_apart():
    from kg.extract.lexicon_data import load_lexicon as load

    names = {e.canonical: e for e in load() if e.type.value == "Method"}
    assert "restricted Boltzmann machine" not in names["Boltzmann machine"].aliases
    assert "RBM" in names["restricted Boltzmann machine"].aliases


def test_a_clause_is_no_canonical():
    assert canonical_problem("extensively evaluate this model on two benchmarks") == "sentence"
    assert canonical_problem("Watch Your Step") is None  # a title-case name
    assert canonical_problem("Wombat-it") is None


def test_the_shipped_rows_pass_the_checks():
    rows = defaultdict(list)
    for e in load_lexicon():
        rows[e.type].append((e.canonical, [a for a in e.aliases if (e.canonical, a) not in REVIEWED],
                             not e.case_sensitive))
    problems = [p for t in rows for p in row_problems(rows[t], t.value)]
    assert problems == []


def test_a_measure_with_a_scope_modifier_is_the_measure():
    from kg.link.lexicon_rows import modified_name, words

    assert modified_name("Trainable Quokka Weights", {"quokka weights"}) == "quokka weights"
    assert modified_name("Final Quokka Score", {"quokka score"}) == "quokka score"
    assert modified_name("Average Quokka Recall", {"quokka recall"}) is None  # an aggregate is a measure of its own
    curated = {" ".join(words(n)) for e in load_lexicon()
               if e.source == "curated" and e.type.value == "Metric" for n in e.names}
    generated = [e.canonical for e in load_lexicon() if e.source != "curated" and e.type.value == "Metric"]
    assert [c for c in generated if modified_name(c, curated)] == []
