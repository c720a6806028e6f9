"""Issue 18, types, merges and aliases: wrong joins the linker must not make (texts written for these tests)."""
from __future__ import annotations

from kg.link import link
from kg.vocab import EntityType as T
from tests.test_link import ids, paper

M, D, MET, TASK = T.METHOD, T.DATASET, T.METRIC, T.TASK
LEX = {"rule": "lexicon"}
CTX = {"rule": "dataset-context"}


def test_a_function_word_never_completes_a_lexicon_name():
    # "ImageNet" + "a" is the lexicon's "ImageNet-A" only as a key: an article after a preposition is no name
    exs = [paper("a", "It trains ImageNet with a single GPU.", (D, "ImageNet", LEX)),
           paper("b", "It trains ImageNet in a day.", (D, "ImageNet", LEX)),
           paper("c", "Models fail on ImageNet-A images.", (D, "ImageNet-A", LEX))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b") == ("dataset:imagenet",)
    assert ids(lk, "c") == ("dataset:imagenet-a",)
    assert not any("with" in a for a in lk.entities["dataset:imagenet-a"].aliases)


def test_a_clause_before_a_parenthesis_defines_no_acronym():
    long = "evaluate this method on several benchmarks"
    ref = {"rule": "acronym-ref", "canonical": long}
    exs = [paper("a", f"We {long} (Quokkaville, Wombat) and win. On Quokkaville it is best.",
                 (D, long, {"rule": "acronym", "aliases": ["Quokkaville"]}), (D, "Quokkaville", ref)),
           paper("b", "Results on the Quokkaville dataset.", (D, "Quokkaville", CTX))]
    lk = link(exs)
    assert ids(lk, "a")[1] == ids(lk, "b")[0] == "dataset:quokkaville"
    assert "Quokkaville" not in lk.entities[ids(lk, "a")[0]].aliases


def test_a_real_acronym_still_defines():
    exs = [paper("a", "A Quokka Answer Net (QAN) helps. QAN wins.",
                 (M, "Quokka Answer Net", {"rule": "acronym", "aliases": ["QAN"]}),
                 (M, "QAN", {"rule": "acronym-ref", "canonical": "Quokka Answer Net"})),
           paper("b", "QAN outperforms the baseline.", (M, "QAN"))]  # a short acronym's bare use needs a cue
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b") * 2


def test_a_cue_beats_a_type_read_from_the_shape_only():
    # title case made "Quokka Street Journal" a Method by its shape; "on the X" says Dataset
    exs = [paper("a", "We reach 3.1 WER on the Quokka Street Journal (QSJ) test and 2.9 on the Quokka Street Journal dev.",
                 (M, "Quokka Street Journal", {"rule": "titlecase", "aliases": ["QSJ"]}),
                 (M, "QSJ", {"rule": "acronym-ref", "canonical": "Quokka Street Journal"}),
                 (M, "Quokka Street Journal", {"rule": "titlecase"})),
           paper("b", "Results on QSJ are strong.", (D, "QSJ", CTX)),
           paper("c", "Results on QSJ again.", (D, "QSJ", CTX))]
    lk = link(exs)
    assert ids(lk, "a") == ("dataset:quokka-street-journal",) * 3
    assert ids(lk, "b") == ids(lk, "c") == ("dataset:quokka-street-journal",)
    # one "on X" is no evidence enough ("improves on X")
    lk = link([paper("d", "It improves on the Wombat Meta Learner.", (M, "Wombat Meta Learner", {"rule": "titlecase"}))])
    assert ids(lk, "d") == ("method:wombat-meta-learner",)


def test_a_name_a_paper_is_evaluated_on_is_a_benchmark_not_a_coined_method():
    # "Quokka-7" is a Method only by its shape; "outperforms ... on Quokka-7" is an evaluation's slot: a Dataset
    exs = [paper("a", "Our parser outperforms strong baselines on Quokka-7 by a wide margin.", (M, "Quokka-7")),
           paper("b", "The tagger reaches 91.2% accuracy on the WombatBank test split.", (M, "WombatBank")),
           paper("k", "It scores 81.5% and 77.0% accuracy, respectively, on the Koala-3 set.", (M, "Koala-3"))]
    lk = link(exs)
    assert ids(lk, "a") == ("dataset:quokka-7",)
    assert ids(lk, "b") == ("dataset:wombatbank",)
    assert ids(lk, "k") == ("dataset:koala-3",)  # an adverb set off by commas ends no clause
    # no outcome of an evaluation in the clause ("improves on X", "experiments on X": the model studied), one in another
    # sentence, or a word of data after the name ("on EmuBoard chips"): Method still
    exs = [paper("c", "It improves on the Koala-9 of our earlier work.", (M, "Koala-9")),
           paper("d", "Results are strong. We deploy the model on EmuTile.", (M, "EmuTile")),
           paper("f", "We present experiments on Quokka Shared Ensembles to show their power.", (M, "Quokka Shared Ensembles")),
           paper("g", "It has the best results on EmuBoard images.", (M, "EmuBoard"))]
    lk = link(exs)
    assert ids(lk, "c") == ("method:koala-9",) and ids(lk, "d") == ("method:emutile",)
    assert ids(lk, "f") == ("method:quokka-shared-ensembles",) and ids(lk, "g") == ("method:emuboard",)
    # an outcome word in a leading clause, or another verb between it and "on": that verb's "on X", no evaluation
    exs = [paper("h", "To reach real-time performance, we deploy the detector on JetsonNano.", (M, "JetsonNano")),
           paper("i", "As a result, we fine-tune our tagger on WombatBERT.", (M, "WombatBERT")),
           paper("j", "It keeps the best accuracy and we deploy it on KoalaChip.", (M, "KoalaChip"))]
    lk = link(exs)
    assert ids(lk, "h") == ("method:jetsonnano",) and ids(lk, "i") == ("method:wombatbert",), (ids(lk, "h"), ids(lk, "i"))
    assert ids(lk, "j") == ("method:koalachip",), ids(lk, "j")
    # a Method a lexicon or a paper's words type keeps its type where papers are evaluated on it
    exs = [paper("e", "Pruning gives 2% better accuracy on ResNet-50.", (M, "ResNet-50", LEX))]
    assert ids(link(exs), "e") == ("method:resnet-50",)


def test_an_aside_set_off_by_commas_or_a_plural_in_s_keeps_an_evaluation_s_frame():
    from kg.link.evaluation_frames import evaluated_on

    def on(text, name):
        return evaluated_on(text, text.index(name), text.index(name) + len(name))

    # a comma sets off an aside inside the frame (a comparison, "i.e.", "namely"), it ends no clause
    assert on("It reaches 92.3% top-1 accuracy, 5% better than ResNet, on Foo7.", "Foo7")
    assert on("It obtains state-of-the-art results, i.e., 85.3 mAP on Foo7.", "Foo7")
    assert on("It outperforms strong baselines, namely BERT and GPT, on Foo7.", "Foo7")
    # a plural in "-s" after the outcome word is no verb of its own
    assert on("It gets the best accuracy of all runs on Foo7.", "Foo7")
    # a leading clause's "on" is its own verb's
    assert not on("To reach real-time performance, we deploy the detector on JetsonNano.", "JetsonNano")
    assert not on("As a result, we fine-tune our tagger on WombatBERT.", "WombatBERT")
    # a verb in "-s" after its subject is the verb's own "on X"; a plural after "all"/"the" is no verb
    assert not on("It has the best accuracy, and the model runs on JetsonNano.", "JetsonNano")


def test_a_fronted_on_x_before_an_outcome_in_its_clause_is_the_evaluation_slot():
    """"on both sets: on QuokkaSent, our reader raises F1 from 46.6% to 51.4%": the frame opens the clause and its
    outcome comes after the name; a Method by its shape only there is a benchmark. "On X, we win" (no outcome) and
    "Built on X, it gains 5%" (no clause opened by "on") stay Methods."""
    exs = [paper("a", "We test two adversarial sets: on QuokkaSent, our reader raises F1 from 46.6% to 51.4%; "
                      "on QuokkaOneSent, it boosts F1 from 56.0% to 60.7%.", (M, "QuokkaSent"), (M, "QuokkaOneSent")),
           paper("b", "On Emu1, we win. Built on WombatNet, the tagger gains 5% accuracy. On KoalaNet-200, we reach "
                      "81.4% top-1 accuracy on the Emu dataset.", (M, "Emu1"), (M, "WombatNet"), (M, "KoalaNet-200"))]
    lk = link(exs)
    assert sorted(ids(lk, "a")) == ["dataset:quokkaonesent", "dataset:quokkasent"], ids(lk, "a")
    assert sorted(ids(lk, "b")) == ["method:emu1", "method:koalanet-200", "method:wombatnet"], ids(lk, "b")


def test_a_fronted_on_x_that_reads_as_a_model_is_no_benchmark():
    """"On QuoxNet-50, it removes 45% of FLOPs", "On QuoxBERT, the attack success rate drops by 40%", "On QuoxViT,
    4-bit weights cost 0.3% accuracy", "; on QuoxModel, our defense lowers the error": a model's shape or a change
    made to a model in the clause; the fronted model stays a Method."""
    exs = [paper("a", "On QuoxNet-50, it removes 45% of FLOPs with no loss.", (M, "QuoxNet-50")),
           paper("b", "On QuoxBERT, the attack success rate drops by 40%.", (M, "QuoxBERT")),
           paper("c", "On QuoxViT, 4-bit weights cost only 0.3% top-1 accuracy.", (M, "QuoxViT")),
           paper("d", "We test it; on QuoxModel, our defense lowers the error from 40% to 12%.", (M, "QuoxModel"))]
    lk = link(exs)
    assert [ids(lk, p) for p in "abcd"] == [("method:quoxnet-50",), ("method:quoxbert",), ("method:quoxvit",),
                                            ("method:quoxmodel",)], [ids(lk, p) for p in "abcd"]


def test_a_fronted_on_x_after_a_connective_a_citation_or_with_an_aside_is_still_the_slot():
    """"Moreover, on X,", "On X (Smith et al., 2019),", a verb's own lower-case "on" in an aside ("which relies on
    attention"), "e.g." inside the clause: the frame is the same."""
    from kg.link.evaluation_frames import evaluated_on

    def on(text, name):
        return evaluated_on(text, text.index(name), text.index(name) + len(name))

    assert on("Moreover, on QuokkaSent, our reader raises F1 from 40% to 50%.", "QuokkaSent")
    assert on("On QuokkaSent (Smith et al., 2019), our reader raises F1 from 40% to 50%.", "QuokkaSent")
    assert on("On QuokkaSent, our reader, which relies on attention, raises F1 from 40% to 50%.", "QuokkaSent")
    assert on("On QuokkaSent, the reader gains on average, e.g. F1 rises from 40% to 50%.", "QuokkaSent")
    assert not on("On QuokkaSent, the reader reaches 50% F1 on the Emu split.", "QuokkaSent")


def test_a_dataset_sized_in_millions_or_a_task_or_clause_after_it_keeps_the_evaluation_slot():
    from kg.link.evaluation_frames import evaluated_on

    def on(text, name):
        return evaluated_on(text, text.index(name), text.index(name) + len(name))

    assert on("It outperforms the baselines on MovieQuok-1M.", "MovieQuok-1M")
    assert on("It reaches 84.1% accuracy on FooBench using only 10% of labels.", "FooBench")
    assert on("It sets the state of the art on FooSet classification.", "FooSet")
    assert not on("It sets the state of the art on Foo-to-MLP distillation.", "Foo-to-MLP")
    assert not on("It narrows the accuracy gap on Wombat-13B.", "Wombat-13B")


def test_a_model_a_training_set_or_a_modifier_after_an_outcome_is_no_benchmark():
    # "on X" framed by an outcome still names no benchmark: a model's parameter count ends X, a training verb comes
    # before "on", or X modifies a lower-case head after it; a Method by shape stays a Method
    exs = [paper("a", "It narrows the accuracy gap to 1.1% on zero-shot tasks on Wombat2-7B.", (M, "Wombat2-7B")),
           paper("b", "It reaches 84% accuracy after pre-training on KoalaMix.", (M, "KoalaMix")),
           paper("c", "It sets the state of the art on Emu-to-MLP distillation.", (M, "Emu-to-MLP"))]
    lk = link(exs)
    assert ids(lk, "a") == ("method:wombat2-7b",) and ids(lk, "b") == ("method:koalamix",)
    assert ids(lk, "c") == ("method:emu-to-mlp",)


def test_a_name_made_whole_from_a_part_does_not_inherit_a_strong_type():
    # "SST" is a Dataset of the lexicon; "SST-QT" made whole from it is the paper's method (defined as one)
    exs = [paper("a", "The proposed Stacked Single-target Quokka Tree (SST-QT) is fast. SST-QT wins. SST-QT again.",
                 (M, "Stacked Single-target Quokka Tree", {"rule": "acronym", "aliases": ["SST-QT"]}),
                 (D, "SST", LEX), (D, "SST", LEX))]
    lk = link(exs)
    assert set(ids(lk, "a")) == {"method:stacked-single-target-quokka-tree"}


def test_an_acronym_defined_in_parentheses_links_to_its_own_long_form():
    # the extractor recorded no definition in "a": the linker reads "long form (QWR)" itself, so the
    # paper's QWR is its own long form, not the Quick Walk Relabelling that other papers define
    qwr = {"rule": "acronym", "aliases": ["QWR"]}
    exs = [paper("a", "We study the quokka walk representation (QWR). QWR is slow.",
                 (M, "quokka walk representation", {"rule": "object"}), (M, "QWR"), (M, "QWR")),
           paper("b", "A Quick Walk Relabelling (QWR) is fast.", (M, "Quick Walk Relabelling", qwr), (M, "QWR")),
           paper("c", "Quick Walk Relabelling (QWR) again.", (M, "Quick Walk Relabelling", qwr))]
    lk = link(exs)
    assert ids(lk, "a") == ("method:quokka-walk-representation",) * 3
    assert ids(lk, "b") == ("method:quick-walk-relabelling",) * 2


def test_copulas_and_verbs_are_type_cues():
    from kg.link.cues import text_cue

    s = ("QCE is a fast parameter estimation method. QuokkaNet outperforms all. WombatSet contains 9 images. "
         "Quokka Parsing is a hard task.")
    found = [text_cue(s, s.index(w), s.index(w) + len(w)) for w in ("QCE", "QuokkaNet", "WombatSet", "Quokka Parsing")]
    assert found == [M, M, D, TASK]


def test_a_modifier_alone_is_its_learning_method():
    exs = [paper("a", "We use quokka-supervised learning.", (M, "quokka-supervised learning")),
           paper("a2", "Quokka-supervised learning again.", (M, "Quokka-supervised learning")),
           paper("b", "A quokka-supervised model and wombat-guided training.", (M, "quokka-supervised"), (M, "wombat-guided")),
           paper("c", "Reinforcement helps; reinforcement learning too.", (M, "Reinforcement"), (M, "reinforcement learning"))]
    lk = link(exs)
    assert ids(lk, "b")[0] == ids(lk, "a")[0] == "method:quokka-supervised-learning"
    assert ids(lk, "b")[1] == "method:wombat-guided"  # no "wombat-guided learning" in the corpus
    c = ids(lk, "c")
    assert c[0] != c[1]  # a noun alone is not its learning method


def test_a_papers_reading_of_one_mention_joins_nothing_else():
    # the extractor read this paper's "error" as its "quokka error": only that mention links there
    exs = [paper("a", "The quokka error drops; the error is low.", (MET, "quokka error", {"rule": "metric-role"}),
                 (MET, "error", {"rule": "metric-role", "canonical": "quokka error"})),
           paper("b", "The error is 3%.", (MET, "error", {"rule": "metric-role"})),
           paper("c", "The error is 4%.", (MET, "error", {"rule": "metric-role"}))]
    lk = link(exs)
    assert ids(lk, "a") == ("metric:quokka-error",) * 2
    assert ids(lk, "b") == ids(lk, "c") == ("metric:error",)
    assert lk.entities["metric:quokka-error"].papers == {"a"}
    assert "error" not in lk.entities["metric:quokka-error"].aliases  # a reading, not a name of it


def test_a_lexicon_method_written_as_a_common_noun_inside_a_longer_name_is_that_name():
    tr = {"rule": "lexicon", "canonical": "Quokkaformer"}
    exs = [paper("a", "A spatial quokkaformer network warps the input.", (M, "quokkaformer", tr)),
           paper("b", "We train a quokkaformer network and the Quokkaformer.", (M, "quokkaformer", tr), (M, "Quokkaformer", LEX)),
           paper("c", "Very large quokkaformer networks.", (M, "quokkaformer", tr))]
    lk = link(exs)
    assert ids(lk, "a") == ("method:spatial-quokkaformer-network",)
    assert ids(lk, "b") == ("method:quokkaformer",) * 2
    assert ids(lk, "c") == ("method:quokkaformer",)  # an ordinary modifier makes no name


def test_a_long_form_typed_method_by_default_yields_to_a_cue():
    # "Quokka Street Gazette (QSG)": no head word, so a Method by default; "on the X" says Dataset
    exs = [paper("a", "We reach 3.1 WER on the Quokka Street Gazette (QSG) test, 2.9 on the Quokka Street Gazette dev.",
                 (M, "Quokka Street Gazette", {"rule": "acronym", "aliases": ["QSG"]}),
                 (M, "QSG", {"rule": "acronym-ref", "canonical": "Quokka Street Gazette"}),
                 (M, "Quokka Street Gazette", {"rule": "titlecase"})),
           paper("b", "Results on QSG are strong.", (D, "QSG", CTX)),
           paper("c", "Results on QSG again.", (D, "QSG", CTX))]
    lk = link(exs)
    assert ids(lk, "a") == ("dataset:quokka-street-gazette",) * 3
    assert ids(lk, "b") == ids(lk, "c") == ("dataset:quokka-street-gazette",)


def test_a_bare_measure_is_the_papers_fuller_one():
    exs = [paper("a", "The wombat-1 error is 3%; wombat-1 drops.", (MET, "wombat-1 error"), (MET, "wombat-1")),
           paper("b", "The wombat-1 accuracy is 97%; wombat-1 rises.", (MET, "wombat-1 accuracy"), (MET, "wombat-1")),
           paper("c", "Wombat-1 accuracy and wombat-1 error; wombat-1.", (MET, "Wombat-1 accuracy"), (MET, "wombat-1 error"),
                 (MET, "wombat-1"))]
    lk = link(exs)
    assert ids(lk, "a") == ("metric:wombat-1-error",) * 2
    assert ids(lk, "b") == ("metric:wombat-1-accuracy",) * 2
    assert ids(lk, "c")[2] == "metric:wombat-1"  # two fuller forms: the paper does not say which
    assert "wombat-1" not in lk.entities["metric:wombat-1-error"].aliases


def test_the_plural_of_a_mixed_case_acronym_is_the_acronym():
    lk = link([paper("a", "We report mQoUs of 80 and a mQoU of 81.", (MET, "mQoUs"), (MET, "mQoU"))])
    assert ids(lk, "a") == ("metric:mqou",) * 2


def test_a_parenthesised_acronym_may_take_letters_inside_a_word():
    qae = {"rule": "acronym", "aliases": ["QAE"]}
    exs = [paper("a", "We train a quokka autoencoder (QAE). QAE is small.",
                 (M, "quokka autoencoder", {"rule": "object"}), (M, "QAE"), (M, "QAE")),
           paper("b", "A Quick Attention Engine (QAE) is fast.", (M, "Quick Attention Engine", qae), (M, "QAE")),
           paper("c", "Quick Attention Engine (QAE) again.", (M, "Quick Attention Engine", qae))]
    lk = link(exs)
    assert ids(lk, "a") == ("method:quokka-autoencoder",) * 3


def test_a_lexicon_model_called_a_network_is_that_model():
    exs = [paper("a", "We stack a long short-term memory network on the tokens.", (M, "long short-term memory network")),
           paper("b", "A long short-term memory reads the tokens.", (M, "long short-term memory")),
           paper("c", "Our self-attention network beats self-attention alone.", (M, "self-attention network"),
                 (M, "self-attention")),
           paper("d", "The language network links words; a language model scores them.", (M, "language network"),
                 (M, "language model"))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b")  # an LSTM network is an LSTM
    c = ids(lk, "c")
    assert c[0] != c[1]  # a network built on a mechanism is not the mechanism
    d = ids(lk, "d")
    assert d[0] != d[1]  # the lexicon's "language model" names no "language" a network could be


def _fronted(text, name):
    from kg.link.evaluation_frames import evaluated_on

    return evaluated_on(text, text.index(name), text.index(name) + len(name))


def test_a_fronted_benchmark_named_with_a_number_or_net_keeps_the_slot():
    """A lexicon Dataset (or its name and a year) is a benchmark whatever its shape; a number or "Net" ending an
    unknown name is no model's mark either; a lexicon Method never is a benchmark."""
    assert _fronted("On CIFAR-10, our method improves accuracy by 2%.", "CIFAR-10")
    assert _fronted("On ImageNet, the pruned student keeps its top-1 accuracy.", "ImageNet")
    assert _fronted("On SemEval-2017, we improve F1 by three points.", "SemEval-2017")
    assert _fronted("On QuokkaNet-12, our tagger raises F1 from 40% to 50%.", "QuokkaNet-12")
    assert not _fronted("On ResNet, our tagger raises accuracy from 40% to 50%.", "ResNet")


def test_a_fronted_device_run_at_frames_a_second_is_no_benchmark():
    assert not _fronted("On Jetson Nano, our detector runs at 30 FPS.", "Jetson Nano")


def test_a_fronted_comparison_won_is_an_outcome():
    assert _fronted("On QuokSet, our model outperforms all baselines by a large margin.", "QuokSet")
    assert _fronted("On QuokSet, the tagger surpasses every prior system.", "QuokSet")


def test_a_cost_phrase_of_parameters_leaves_the_fronted_slot():
    """"with 40% fewer parameters" is a cost the result is reached with; "90% of the weights are zeroed" acts on
    the model."""
    assert _fronted("On SQuAD, our model reaches 88 F1 with 40% fewer parameters.", "SQuAD")
    assert _fronted("On QuokSet, our reader reaches 88 F1 using only 3M parameters.", "QuokSet")
    assert not _fronted("On QuokModel, 90% of the weights are zeroed at no accuracy cost.", "QuokModel")
