"""Whose result a value is (kg/extract/results/method.py) and whether a value is a score at all (kind,
kg/extract/results/values.py), on sentences written for these tests."""
import pytest

from kg.extract import build_nlp

from helpers import results_of
from kg.extract.results.title import title_technique


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _by_value(res):
    return {v: {"metric": m, "dataset": d, "method": meth, "kind": k, "baseline": b} for v, m, d, meth, k, b in res}


# --- the method of a result --------------------------------------------------------------------------------

def test_the_data_a_title_names_is_not_the_method_of_its_scores(nlp):
    # the title opens on the name of the data set the paper builds: the models scored on it are not "ZQuAD"
    res = results_of(nlp, "We present the Zeta Question Answering Dataset (ZQuAD), a reading comprehension set of 50,000 "
                          "questions. A logistic regression model achieves an F1 score of 51.0% on ZQuAD, while human "
                          "performance is 86.8%.", title="ZQuAD: 50,000 Questions for Reading Comprehension")
    assert [(v, m, d) for v, m, d, *_ in res] == [("51.0%", "F1 score", "ZQuAD")]
    assert res[0][3] in (None, "logistic regression")  # (not "ZQuAD"; the sentence's subject names the model)


def test_a_name_that_opens_a_clause_after_a_dataset_is_the_method_of_its_figure(nlp):
    # "QuuxNet-L meets 74.9%": a name a bare comma puts after "on ImageNet" is the subject of the next clause,
    # neither a second dataset nor an object of the sentence's "we"
    res = _by_value(results_of(nlp, "We obtain a family of models that beat FooNet, i.e., QuuxNet-S gets 71.2% top-1 "
                                    "accuracy on ImageNet, QuuxNet-L meets 74.9% at a latency of 3 ms."))
    assert (res["71.2%"]["method"], res["71.2%"]["dataset"]) == ("QuuxNet-S", "ImageNet")
    assert (res["74.9%"]["method"], res["74.9%"]["dataset"]) == ("QuuxNet-L", "ImageNet")


def test_a_short_form_with_a_spaced_superscript_is_the_method_whole(nlp):
    # "QA 3 N" (QA³N as the text gives it): the method of its figure is the whole short form, not "QA"
    res = results_of(nlp, "We propose the Quiet Attentive Adversarial Alignment Network (QA 3 N), which aligns video "
                          "features across domains. QA 3 N reaches 81.2% accuracy on UCF101.")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("81.2%", "QA 3 N")]


def test_a_name_typed_dataset_elsewhere_is_never_the_method(nlp):
    res = _by_value(results_of(nlp, "We present TabNet, a table parser. TabNet performs on par with the state of the art "
                                    "on the FooSQL and BarTQ datasets. We find that transfer learning, which is trivial in our "
                                    "setting, from FooSQL to BarTQ, yields 48.7 accuracy. Transfer learning gives 51.2 "
                                    "accuracy on BarTQ.", "TabNet: parsing tables"))
    assert res["48.7"]["method"] == "TabNet"  # not "BarTQ", which the paper calls a dataset
    assert res["51.2"]["method"] == "TabNet"  # a generic technique opening a sentence is no more the method


def test_names_listed_with_datasets_are_data_not_methods(nlp):
    res = _by_value(results_of(nlp, "We present DocNet for document understanding. Results show that DocNet achieves new "
                                    "state-of-the-art results, including FUNDA (0.7895 → 0.8420), CORDIX (0.9493 → 0.9601), "
                                    "SROX (0.9524 → 0.9781), and DocVQA (0.7295 → 0.8672).", "DocNet: documents"))
    assert {v: r["method"] for v, r in res.items()} == {v: "DocNet" for v in res}
    assert res["0.9601"]["dataset"] == "CORDIX" and res["0.8672"]["dataset"] == "DocVQA"
    res = _by_value(results_of(nlp, "Our results match the state of the art on the MNIST (0.37% error) and NORBX-small "
                                    "(2.2% error) image classification databases."))
    assert res["2.2%"]["method"] is None and res["2.2%"]["dataset"] == "NORBX-small"


def test_a_part_of_the_model_is_not_its_method(nlp):
    res = results_of(nlp, "We propose FooGAN, a multi-scale GAN with a new weighted feature matching loss. By combining "
                          "reconstruction and weighted feature matching loss, the proposed architecture achieves an AUC "
                          "of 0.9887 on DRIVE.", "FooGAN: Segmenting Retinal Vessels")
    assert [(v, meth) for v, _, _, meth, k, _ in res] == [("0.9887", "FooGAN")]


def test_the_method_a_parenthesis_names_after_the_value(nlp):
    res = _by_value(results_of(nlp, "SqueezeDet-Lite improves both the efficiency and accuracy of the popular detector "
                                    "YOLOv3 (34.4% AP at 30ms for SqueezeDet-Lite compared to 33.0% AP at 39ms for YOLOv3 on "
                                    "COCO).", "DetLite: efficient detection"))
    assert res["34.4%"]["method"] == "SqueezeDet-Lite" and "33.0%" not in res


def test_a_backbone_or_a_part_goes_to_its_owner(nlp):
    res = _by_value(results_of(nlp, "Notably, FocalV2 (ResNet-101) achieves 46.2 AP on COCO test-dev. Especially, VATTX's "
                                    "vision Transformer achieves a top-1 accuracy of 82.1% on Kinetics-400."))
    assert res["46.2"]["method"] == "FocalV2" and res["82.1%"]["method"] == "VATTX"


def test_the_named_model_we_obtain_a_figure_using_is_its_method(nlp):
    # "we ... using X, achieving V" and "using X on D (V error)": the figure is X's, written with its capitalised words
    res = _by_value(results_of(nlp, "We propose a new gating of shortcut connections. We also test our design on CIFAR-10 "
                                    "using Wide Gated ResNets, achieving 3.71% error. We then report improved results "
                                    "using a 2001-layer ResNet on CIFAR-100 (19.42% error).", "Gated shortcuts"))
    assert res["3.71%"]["method"] == "Wide Gated ResNets" and res["19.42%"]["method"] == "ResNet"
    # a backbone, a family or a baseline after "than" is never the method of the figure
    res = _by_value(results_of(nlp, "We propose ZorbNet, a video segmenter. We evaluate ZorbNet on DAVIS using a ResNet50 "
                                    "backbone, achieving 71.9% J&F. We train our tagger using LSTMs, achieving 93.2% "
                                    "accuracy on CoNLL-2003.", "ZorbNet"))
    assert res["71.9%"]["method"] == "ZorbNet" and res["93.2%"]["method"] == "ZorbNet"
    # the model our models run with is a setting of theirs: "our ... models using BERT base achieve" is ZorbCSE's
    res = _by_value(results_of(nlp, "We present ZorbCSE, a contrastive sentence encoder. We evaluate ZorbCSE on STS tasks, "
                                    "and our small and large models using BERT base achieve an average of 73.1% "
                                    "Spearman's correlation.", "ZorbCSE: contrastive sentence embeddings"))
    assert res["73.1%"]["method"] == "ZorbCSE"


def test_our_named_model_is_what_the_proposed_model_stands_for(nlp):
    res = results_of(nlp, "We compare the performance of our SGNet with prior arts, and the proposed model achieves an "
                          "MAE of 57.6 on ShanghaiTech.", "Crowd Counting via Guided Attention Networks and Curriculum Loss")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("57.6", "SGNet")]


def test_our_generic_model_is_the_papers_named_method(nlp):
    res = results_of(nlp, "We propose FooGAN, an evolutionary search for GANs. Our searched GANs achieve an FID of 9.91 "
                          "on CIFAR-10.", "FooGAN: Efficient Search for GANs")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("9.91", "FooGAN")]


def test_an_acronym_of_a_manner_is_no_method(nlp):
    res = results_of(nlp, "End-to-end (E2E) spoken language understanding systems predict semantics from speech. We present "
                          "our approach to developing an E2E model. This leads to an SLU system that meets the 99% accuracy "
                          "benchmark on the Fluent Speech Commands dataset.", "Spoken Language Understanding for Assistants")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("99%", None)]


def test_a_metric_curve_and_a_compared_method_are_not_methods(nlp):
    res = _by_value(results_of(nlp, "The area under the receiver operating characteristic (ROC) curve (AUC) was 0.886 on "
                                    "MURA. Its tracking accuracy is comparable to the state-of-the-art trackers embodying "
                                    "separate detection and embedding (SDE) learning (64.4% MOTA v.s. 66.1% MOTA on MOT-16).",
                               "Tracking and fracture detection"))
    assert res["0.886"]["method"] is None
    assert res["64.4%"]["method"] is None and res["64.4%"]["baseline"] == "66.1%" and "66.1%" not in res


# --- whether a value is a score ------------------------------------------------------------------------------

def test_a_figure_said_of_a_noun_of_change_is_a_change(nlp):
    # "the improvement in/of ... is V": the figure is the change, not a score; a change word in an adjunct is not
    res = _by_value(results_of(nlp, "The relative improvement in the frame accuracy of our model is 3.79% on ATIS. "
                                    "The gain of our tagger on CoNLL-2003 is 1.2 F1. With these gains the accuracy of "
                                    "our parser is 93.1% on the Penn Treebank."))
    assert res["3.79%"]["kind"] == "delta" and res["1.2"]["kind"] == "delta"
    assert res["93.1%"]["kind"] == "score" and res["93.1%"]["dataset"] == "Penn Treebank"


def test_a_footnote_mark_after_a_figure_is_no_value(nlp):
    res = results_of(nlp, "Our method reduces the mean per joint position error to 33.4 mm 1 on Human3.6M dataset.")
    assert [v for v, *_ in res] == ["33.4 mm"]


@pytest.mark.parametrize("sentence,value", [
    ("Our method improves upon the ResNet-50-FPN baseline with 1.9% AP and 5.5% AP90 on the MS COCO dataset.", "5.5%"),
    ("We show improvements in signal-to-noise ratio (SNR) of up to 7 dB on the MUSDB dataset.", "7 dB"),
    ("Our adaptation outperforms the state of the art on DAVIS and FBMS with 6.8% and 1.2% in F-measure respectively.",
     "1.2%"),
    ("The proposed method outperforms existing methods by large margins (5.37 mAP on HICO-DET).", "5.37"),
])
def test_changes_written_with_with_in_or_margins_are_deltas(nlp, sentence, value):
    assert _by_value(results_of(nlp, sentence))[value]["kind"] == "delta"


def test_a_score_stated_with_outperforms_stays_a_score(nlp):
    res = _by_value(results_of(nlp, "Experiments on lane benchmarks show that the proposed approach outperforms "
                                    "state-of-the-art methods with 117 FPS on a single GPU. Our approach outperforms the "
                                    "current state-of-the-arts (20.6 dB SDR on the WSJ0-2mix corpus)."))
    assert res["117 FPS"]["kind"] == "score" and res["20.6 dB"]["kind"] == "score"


def test_figures_the_paper_beats_or_starts_from_are_not_scores(nlp):
    res = _by_value(results_of(nlp, "We obtain a test set Fréchet Video Distance of 25.7, down from 69.2, on the Kinetics-600 "
                                    "dataset. We clearly outperform the current publicly available state-of-the-art "
                                    "validation set mIoU (65%) on DroneDeploy."))
    assert res["25.7"]["baseline"] == "69.2" and "69.2" not in res and "65%" not in res


def test_a_figure_that_beats_human_performance_is_the_systems(nlp):
    res = _by_value(results_of(nlp, "We present GIX. For instance, our model surpasses the human performance for the first "
                                    "time on TextCaps (138.2 vs. 125.5 in CIDEr).", "GIX: A Generative Transformer"))
    assert res["138.2"]["method"] == "GIX" and res["138.2"]["baseline"] == "125.5" and "125.5" not in res


def test_a_title_phrase_typed_task_by_shape_still_names_the_method(nlp):
    # the title's "Bidirectional Tree Tagging" is typed Task by its shape only: the abstract's acronym is the method
    res = results_of(nlp, "We propose a novel Bidirectional Tree Tagging (BiTT) scheme. Our model outperforms the best "
                          "baselines by 2.0% and 2.5% in F1 score on two medical datasets.",
                     "A Bidirectional Tree Tagging Scheme for Joint Medical Relation Extraction")
    assert {meth for *_, meth, k, _ in res} == {"BiTT"}


def test_a_name_in_a_later_clause_is_not_the_method(nlp):
    res = results_of(nlp, "We present a new baseline for relation extraction. The presented new baseline achieves an F1 "
                          "of 91.1% on the refined Re-TACRED dataset, demonstrating that the pre-trained language models "
                          "achieve unexpectedly high performance on this task.")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("91.1%", None)]


def test_a_backbone_a_figure_is_obtained_with_is_not_the_next_figures_method(nlp):
    res = results_of(nlp, "Specifically, SegTR obtains a 46.8 box AP using ResNet50-FPN, and a 48.1 box AP using "
                          "ResNet101-FPN, on the MS COCO dataset.", "SegTR: Instance Segmentation with Transformers")
    assert ("48.1", "SegTR") in [(v, meth) for v, _, _, meth, *_ in res]


def test_an_operating_point_and_a_legend_are_not_scores(nlp):
    res = results_of(nlp, "We report the best known results on the Caltech dataset, reaching 93% recall at 1 FPPI. "
                          "Reconstruction methods (AtlasNet (light green, 0.38 IoU), OGN (green, 0.46 IoU)) do not "
                          "reconstruct. It runs at 30 FPS on COCO.")
    assert {v for v, *_ in res} == {"93%", "30 FPS"}



def test_a_speed_at_which_a_figure_is_reached_stays_a_score(nlp):
    res = results_of(nlp, "We achieve 66.1% accuracy at 18.3 frames per second on the Cityscapes dataset.")
    assert {"66.1%", "18.3"} <= {v for v, *_ in res}


def test_a_share_of_a_count_and_encoded_text_are_not_scores(nlp):
    res = results_of(nlp, "Of the 123 test images of the BarHisto dataset, 30 (24.4%) were in the dysplasia class. "
                          "K 3 v 2 6 k a r 7 f k Y R A m U f A 9 V 0 P I F F P T Y C Q W P k a w 5 c + a M N X 1 F1 on "
                          "Penn Treebank.")
    assert [(v, k) for v, *_, k, _ in res if k == "score"] == []


def test_the_last_word_of_a_list_before_a_colon_is_no_title_name():
    from kg.extract.results.own_names import title_name
    assert title_name("READER, EDITOR, REVIEWER: WORKSHOP TEMPLATE Zorb Flow: Fast Tracking of Dancers") is None
    assert title_name("ZorbNet: Fast Tracking of Dancers") == "ZorbNet"
    assert title_name("Published at a workshop ZORBNET: FAST TRACKING") == "ZORBNET"


def test_a_name_a_title_opens_on_before_a_dash_names_the_papers_unnamed_results(nlp):
    # no colon: the one word before the title's spaced dash is the system "our best network" stands for
    text = ("We introduce a learning framework for aerial images, and aeromaps of them. On the AERO-4 dataset, our "
            "best network reaches a classification accuracy of 97.1%.")
    for title in ("QuokkaSat - A Learning Framework for Aerial Imagery", "QuokkaSat -A Learning Framework for Aerial Imagery",
                  "QUOKKASAT \u2013 Learning Aerial Imagery"):
        res = results_of(nlp, text, title=title)
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("97.1%", title.split()[0])], title
    # an ordinary word the PDF spaced off its compound, a phrase, or a word the abstract writes in lower case: no name
    for title in ("Patch -Localized Detection of Aerial Imagery", "Aerial Maps - A Learning Framework",
                  "FRAMEWORK - Learning Aerial Imagery", "AeroMaps - A Learning Framework"):
        res = results_of(nlp, text, title=title)
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("97.1%", None)], title


def test_a_name_our_system_is_given_in_passing_names_the_papers_unnamed_results(nlp):
    # "our system (vexo)", "a system called vexo": a name in lower case, which no proposal takes, is what "our
    # system" and "we" stand for; so is a group's name in parentheses after "our system"
    for text, name in (("This paper describes our system (vexo) for the FooEval shared task. Our system uses a gated "
                        "encoder. We obtain an accuracy of 71.3% on the test set.", "vexo"),
                       ("We build a tagging system called vexo for noisy tweets. Our system reaches 71.3% accuracy on "
                        "the FooTweets test set.", "vexo"),
                       ("This paper describes our system (ZU-NLP) submitted to the FooEval shared task. In the final "
                        "evaluation, our system was ranked first by accuracy (71.3%).", "ZU-NLP")):
        res = results_of(nlp, text, title="Tagging Noisy Tweets at FooEval")
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("71.3%", name)], text
    # a kind of model or an acronym of the words before it is no such name
    for text in ("This paper describes our system (CNN) for tagging. Our system reaches 71.3% accuracy on FooTweets.",
                 "We describe our gated tagging network (GTN). We reach 71.3% accuracy on the FooTweets test set."):
        res = results_of(nlp, text, title="A Study of Tagging Noisy Tweets")
        assert [meth for _, _, _, meth, *_ in res] != ["GTN"] and [meth for _, _, _, meth, *_ in res] != ["CNN"], text


def test_a_name_in_quotes_our_system_is_given_names_the_papers_unnamed_results(nlp):
    # 'our "Vexo" system', 'our tagging system "Vexo"': a name the paper puts in double quotes between "our" and the
    # kind of system, or just after it, is what "our method" stands for (judges, issue 13: such results were empty);
    # a word in quotes after "a" is a manner, not the paper's name
    for text in ('In short, our "Vexo" system reads each stripe once. Our method reaches an accuracy of 71.3% on the '
                 'ZetaHerd benchmark.', 'We build our counting system "Vexo" from stripe detectors. Our system reaches '
                 'an accuracy of 71.3% on the ZetaHerd benchmark.'):
        res = results_of(nlp, text, title="Counting Zebras in the Wild")
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("71.3%", "Vexo")], text
    res = results_of(nlp, 'We build a "holistic" system from stripe detectors. Our system reaches an accuracy of 71.3% on '
                     'the ZetaHerd benchmark.', title="Counting Zebras in the Wild")
    assert [meth for _, _, _, meth, *_ in res] == [None]


def test_the_name_the_code_link_gives_the_system_names_the_papers_unnamed_results(nlp):
    # "our network reaches ... Code: github.com/someone/ZebNet": a system named only in its code link (one word with a
    # capital or digit inside) is what "our network" stands for (judges, issue 13: such results were empty)
    for url, name in (("https://github.com/someone/ZebNet", "ZebNet"), ("https://gitlab.com/lab/Q2Zeb.git", "Q2Zeb"),
                      ("https://github.com/lab/ZC-QX", "ZC-QX")):
        text = (f"We design a light network that counts stripes. Our network reaches an accuracy of 71.3% on the ZetaHerd "
                f"benchmark. Our code is available at {url}.")
        res = results_of(nlp, text, title="Counting Zebras in the Wild")
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("71.3%", name)], url
    # a link to code and data together is still the code's
    text = ("We design a light network that counts stripes. Our network reaches an accuracy of 71.3% on the ZetaHerd "
            "benchmark. We release our code and the processed dataset at https://github.com/someone/ZebNet.")
    res = results_of(nlp, text, title="Counting Zebras in the Wild")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("71.3%", "ZebNet")]
    # a phrase, an ordinary word, a kind of model, data, or two different names name no system
    for tail in ("Our code is available at https://github.com/someone/zebra-counting-baseline.",
                 "Our code is available at https://github.com/someone/StripeCountingNetworkTraining.",
                 "Our code is available at https://github.com/someone/Counting.",
                 "Our code is available at https://github.com/someone/CNN.",
                 "Our new dataset is available at https://github.com/someone/ZebSet.",
                 "Code: https://github.com/someone/ZebNet and https://github.com/other/QuxNet."):
        text = ("We design a light network that counts stripes. Our network reaches an accuracy of 71.3% on the ZetaHerd "
                "benchmark. " + tail)
        res = results_of(nlp, text, title="Counting Zebras in the Wild")
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("71.3%", None)], tail


def test_the_model_a_title_says_the_paper_redesigns_names_the_papers_unnamed_results(nlp):
    # "Rethinking the Zorb Architecture for ...": what "a network" of the paper scores is the paper's version of the
    # architecture the title redesigns (judges, issue 13: such results were empty); not a kind of model alone
    text = ("We explore ways to widen networks by factorized filters. We report 19.4% top-1 error on the QuxNet "
            "validation set using a network with 20 million parameters.")
    res = results_of(nlp, text, title="Rethinking the Zorb Architecture for Image Tagging")
    assert [(v, meth) for v, _, _, meth, *_ in res if v == "19.4%"] == [("19.4%", "Zorb Architecture")]
    res = results_of(nlp, text, title="Rethinking the Convolutional Network for Image Tagging")
    assert [(v, meth) for v, _, _, meth, *_ in res if v == "19.4%"] == [("19.4%", None)]


def test_a_supervision_the_title_opens_on_names_the_papers_unnamed_results(nlp):
    # the title's lead phrase, headed by "Supervision" with words that say which, is the paper's system when the
    # abstract names none (issue 13: such results were empty); a bare kind of supervision names none
    text = ("Forged signatures threaten banking. We train a deep network whose every patch is supervised. The proposed "
            "approach achieves an EER of 2.1% on the SigBench dataset.")
    res = results_of(nlp, text, title="Deep Patch-wise Contrastive Supervision for Forged Signature Detection")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("2.1%", "Deep Patch-wise Contrastive Supervision")]
    res = results_of(nlp, text, title="Deep Supervision for Forged Signature Detection")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("2.1%", None)]
    assert title_technique("Pixel Supervision for Forged Signature Detection") is None  # (one word says which)


def test_a_title_lead_with_a_spaced_subscript_names_the_system_whole(nlp):
    # "L 1 -normalized": a PDF converter spaced the subscript off; the lead phrase is the system, its symbol rejoined
    text = ("Speaker verification is hard. We add a normalization step to the margin loss. On VoxCeleb1, we achieve an "
            "EER of 1.9%.")
    res = results_of(nlp, text, title="L 1 -normalized Margin Loss for Robust Speaker Verification")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("1.9%", "L1-normalized Margin Loss")]


def test_a_title_lead_before_with_names_the_papers_unnamed_results(nlp):
    # the title's lead phrase ends at "with" as at "for": "Shallow Convolutional Neural Network with Gated Span Heads for ..."
    text = "Slot filling needs fast taggers. The network is small and reaches 95.2% F1 on the ATIS benchmark."
    res = results_of(nlp, text, title="Shallow Convolutional Neural Network with Gated Span Heads for Slot Filling")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("95.2%", "Shallow Convolutional Neural Network")]
    res = results_of(nlp, text, title="Convolutional Neural Networks with Attention for Slot Filling")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("95.2%", None)]  # (a kind of model only)
    # what a title's "with" brings is the paper's technique when it is one; a process before "with" names no system
    assert title_technique("Vision Taggers with Span Diversification") == "Span Diversification"
    assert title_technique("Efficient Tagger Pretraining with Span Detection") is None
    assert title_technique("Unsupervised Tagger Adaptation with Span Heads") is None


def test_a_title_case_using_closes_on_the_papers_model(nlp):
    # a title in Title Case writes its connective capitalised: "... Using Gated Span Tagging Networks" names the model
    # the paper's unnamed figures are of, as "... using ..." does; a phrase a PDF line break split names none
    text = "Tweets are noisy. We achieve 91.2% accuracy on the FooTweet benchmark."
    for title in ("Tagging Noisy Tweets Using Gated Span Tagging Networks", "Tagging Noisy Tweets With Gated Span Tagging "
                  "Networks For Social Media"):
        res = results_of(nlp, text, title=title)
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("91.2%", "Gated Span Tagging Networks")], title
    assert title_technique("Tagging Noisy Tweets with Gated Span Tag- Ging Networks") is None


def test_a_described_subject_of_ours_names_the_figure_of_a_paper_naming_no_system(nlp):
    # nothing names the paper's system but the clause's subject describes it ("our span-based neural chunking
    # model achieves"): that description is the figure's method; not a bare "our final model", nor a clause
    text = "Chunking is hard. On the FooChunk benchmark, our span-based neural chunking model achieves 91.3 F1."
    res = results_of(nlp, text, title="A study of chunking")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("91.3", "span-based neural chunking model")]
    for subject in ("our final model", "our deep neural network model", "our chunker uses both rule sets and"):
        res = results_of(nlp, text.replace("our span-based neural chunking model", subject), title="A study of chunking")
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("91.3", None)], subject


def test_a_system_proposed_after_a_coordinated_clause_names_the_papers_unnamed_results(nlp):
    # "we recast X as Y, and propose a Z": the description after "and propose" is the paper's system
    text = ("We recast chunking as transduction over spans, and propose a span-based neural chunking model that reads "
            "left to right. On the FooChunk benchmark, our model reaches 91.3 F1.")
    res = results_of(nlp, text, title="Chunking as Transduction")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("91.3", "span-based neural chunking model")]


def test_a_lower_case_name_the_values_own_sentence_writes_before_it_is_its_method(nlp):
    # the sentence names the system before its figures ("our system (vexo) that is ranked ... (obtaining 74.9%)"):
    # a name in lower case the paper first writes there is no description introduced later
    text = ("This paper describes our system (vexo) that is ranked among the top in the FooEval task, on the in-domain "
            "test set (obtaining a 74.9% accuracy).")
    res = results_of(nlp, text, title="Tagging at FooEval")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("74.9%", "vexo")]
    # a description first written after the value's sentence still does not speak for its "we"
    text = ("With a plain seven-layer network, we obtain 89.3% accuracy on the FooSkel validation set. For detection, "
            "we then develop a window proposal network.")
    res = results_of(nlp, text, title="Skeleton Action Recognition")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("89.3%", None)]


def test_a_description_proposed_after_an_unnamed_system_is_a_part_of_it(nlp):
    # the paper first proposes a system it gives no name, then a step or a piece of it in lower case: "our model" and
    # "we" are the system, not the piece (the description the paper gives the system, else no method)
    text = ("In this paper, we propose a novel graph-based framework for crowd counting. Then we design a coarse-to-fine "
            "density refinement process to sharpen the maps. Our model achieves an MAE of 61.2 on the ShanghaiTech Part "
            "A dataset.")
    res = results_of(nlp, text, title="Counting Crowds with Graphs")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("61.2", None)]
    text = ("First, we propose a simple yet effective approach to instance segmentation. Second, we propose an online "
            "hard pixel mining method during training. We obtain a mask AP of 39.1% on the COCO dataset.")
    res = results_of(nlp, text, title="Segmenting Instances")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("39.1%", None)]
    # proposed first, the description is the system; a system phrase holding its words is the description itself
    text = "We propose a novel density refinement process for crowd counting. Our model achieves an MAE of 61.2 on UCF."
    res = results_of(nlp, text, title="Counting Crowds with Graphs")
    assert [meth for _, _, _, meth, *_ in res] == ["density refinement process"]
    text = ("We present a residual token mixing framework for image classification. We show that residual token mixing "
            "eases training. Our model achieves 81.3% top-1 accuracy on ImageNet.")
    res = results_of(nlp, text, title="Mixing Tokens")
    assert [meth for _, _, _, meth, *_ in res] == ["residual token mixing framework"]


def test_a_system_phrase_stops_at_function_words_and_at_a_name_given_after_it(nlp):
    # what a sentence proposes before the description is data, a loss or a pair, or a system it names at once: the
    # description proposed after it is the paper's own system ("our model"), no part of a system with no name
    from kg.extract.results.system_proposals import after_unnamed_system
    later = "We then develop a sparse token routing method."
    for first in ("We introduce a big suite for testing model speed.",
                  "We design a penalty term to regularise the network.",
                  "We present a new corpus and a tagging model.", "We present a new corpus and tagging model.",
                  "We propose a novel framework called Zorbix.", "We propose a new framework (Zorbix).",
                  "We propose a novel framework, dubbed Zorbix, for parsing.",
                  "We propose a new network architecture named Zorbix.",
                  "We propose a new parsing framework (named Zorbix)."):
        assert not after_unnamed_system(f"T\n{first} {later}", "sparse token routing method"), first
    for first in ("We propose a new graph-based parsing framework.", "We propose a fast and simple parsing model.",
                  "We propose a deep convolutional neural network (CNN) for parsing."):
        assert after_unnamed_system(f"T\n{first} {later}", "sparse token routing method"), first
    text = ("We introduce a big suite for testing model speed. We then develop a sparse token routing method. Our "
            "model achieves 91.3% accuracy on the Penn Treebank.")
    res = results_of(nlp, text, title="Routing Tokens Sparsely")
    assert [meth for _, _, _, meth, *_ in res] == ["sparse token routing method"]


def test_the_sentence_of_a_description_ends_at_a_question_or_exclamation_mark_not_at_an_abbreviation():
    from kg.extract.results.system_proposals import after_unnamed_system
    # the system is proposed in a sentence ending with "!" or "?": the description proposed in the next is its part
    for stop in "!?":
        assert after_unnamed_system(f"T\nWe propose a new graph-based parsing framework{stop} We then develop a "
                                     "sparse token routing method.", "sparse token routing method")
    # "e.g." ends no sentence: the description is proposed in the sentence proposing the system, no part of it
    assert not after_unnamed_system("T\nWe propose a new graph-based parsing framework with parts, e.g. we develop a "
                                     "sparse token routing method.", "sparse token routing method")


def test_a_word_capitalised_only_inside_a_longer_name_is_not_the_papers_method(nlp):
    abstract = ("We present our tagger for the WNUT 2017 shared task. We reuse data where the Named Zorble tags "
                "differ from ours. Our system ranks third for zorble level labels, reaching an F1-score of 41.3.")
    res = results_of(nlp, abstract, title="Tagging Named Zorble Spans in Tweets")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("41.3", None)]


def test_the_last_named_subject_before_a_value_is_its_method(nlp):
    res = results_of(nlp, "We search a family of models, i.e., Zorb-A achieves 76.1% top-1 accuracy on ImageNet, Zorb-B "
                          "meets 75.2% which runs 1 ms faster.")
    assert [(v, meth) for v, _, _, meth, *_ in res if v.endswith("%")] == [("76.1%", "Zorb-A"), ("75.2%", "Zorb-B")]


def test_the_model_a_papers_method_enables_is_not_the_method_of_the_score(nlp):
    res = results_of(nlp, "We introduce Zorbify, a simple scheme to refine attention maps. Zorbify works well. Notably, "
                          "it enables ResNets to achieve 81.2% top-1 accuracy on ImageNet.", title="Zorbify: Refining Maps")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("81.2%", "Zorbify")]


# --- the paper's model when its results name none (resmeth3) ----------------------------------------------

def test_the_model_we_train_is_whose_result_when_the_paper_proposes_no_name(nlp):
    # no proposal and no title name: the model "we" train (written with its acronym) is what "the network" is
    text = ("In this paper we study text spotting in street photos. We use rendered images to train a Dense "
            "Box Regression Network (DBRN) that predicts boxes at every location. The resulting network clearly "
            "beats current methods, achieving an F-measure of 81.5% on the ICDAR 2013 benchmark.")
    res = results_of(nlp, text, title="Rendered Data for Text Spotting")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("81.5%", "DBRN")]
    # the model "we" adapt in the sentence of the figure is whose figure it is
    res = results_of(nlp, "We adapt the QuakeSignalNet neural network model to attain strong results for arrhythmia, "
                          "achieving 98.1% classification accuracy on the PTBX dataset.", title="Learning Heart Signals")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("98.1%", "QuakeSignalNet")]


def test_a_model_used_as_a_backbone_is_not_the_papers_model(nlp):
    text = ("We study text spotting in street photos. We train a Dense Residual Network (DRN) as the backbone of "
            "a box regressor. Our detector achieves an F-measure of 81.5% on the ICDAR 2013 benchmark.")
    res = results_of(nlp, text, title="Rendered Data for Text Spotting")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("81.5%", None)]
    for used in ("We employ the DistNet (Dean et al., 2012) implementation of deep networks to train them.",
                 "We train a LSTM on the photos.", "We build a newly developed dataset BOXSET of street photos."):
        res = results_of(nlp, text.replace("We train a Dense Residual Network (DRN) as the backbone of a box regressor.", used),
                         title="Rendered Data for Text Spotting")
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("81.5%", None)], used  # a tool, a model family, data


def test_a_name_written_after_the_figure_is_not_the_papers_model_over_its_title_name(nlp):
    # a proposal written after the figure as a word of a phrase ("5-s SEGMIX segments") is not whose figure it is
    text = ("We introduce ECGNET, a two-channel network that learns where to attend in heart signals. We also "
            "introduce SEGMIX, a new mixing of signal segments. This combination improves the atrial fibrillation "
            "detection (achieved a specificity of 99.26% on the MIT-BIH dataset with 5-s SEGMIX segments).")
    res = results_of(nlp, text, title="ECGNET: Learning Where to Attend in Heart Signals")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("99.26%", "ECGNET")]
    res = results_of(nlp, "We propose a learned weighted averaging. We call this technique Weight-Decider (WD). We reach a "
                          "Spearman's rank correlation of 0.9315 on the MTL-AQA dataset with WD aggregation.",
                     title="Better Action Quality Assessment")
    assert [meth for _, _, _, meth, *_ in res] in (["WD"], ["Weight-Decider"])  # "with WD": what the figure is obtained with


def test_a_dataset_named_in_apposition_is_not_the_papers_model(nlp):
    text = ("We introduce a novel fine-grained dataset and benchmark, the Alpine Mosses 2021 (AM21). Experiments "
            "show that AM21 is hard. Estimates on a random subset show about 0.4% error in its labels.")
    res = results_of(nlp, text, title="Alpine Mosses 2021 - Not Another Image Dataset")
    assert all(meth != "AM21" for _, _, _, meth, *_ in res)
    res = results_of(nlp, "We propose BarNet, a reader. On the FooQA and BazQA benchmarks, BarNet achieves 81.2% accuracy.",
                     title="BarNet: Reading Better")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("81.2%", "BarNet")]  # (no apposition: "benchmarks, BarNet achieves")


def test_a_gerund_opening_the_clause_is_not_part_of_the_name(nlp):
    text = ("We propose DPX (Domain Prompt eXtraction) for domain inference. Combining DPX with CLIPS raises the "
            "accuracy of zero-shot CLIPS from 71.2% to 78.4% on PACS.")
    res = _by_value(results_of(nlp, text, title="Prompt Learning for Unseen Domains"))
    assert res["78.4%"]["method"] == "DPX"


def test_a_name_modifying_a_task_is_not_the_method(nlp):
    text = ("We propose a method for transferring knowledge from heartbeat classification to the myocardial "
            "infarction (MI) classification task. We evaluated the proposed method on the MIT-BIH and PTB Diagnostics "
            "datasets. The suggested method reaches average accuracies of 93.4% and 95.9% "
            "on arrhythmia classification and MI classification, respectively.")
    res = _by_value(results_of(nlp, text, title="Heartbeat Classification: A Transferable Representation"))
    assert res["95.9%"]["method"] != "MI" and res["93.4%"]["method"] != "MI"


def test_a_proposal_ending_a_phrase_after_the_value_is_still_whose_it_is(nlp):
    res = results_of(nlp, "We propose QuatXE, a quaternion embedding. The MR has relatively increased by 26% on WN18, which "
                          "proves the generalization of QuatXE.", title="QuatXE: Dynamic Quaternion Embedding")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("26%", "QuatXE")]
    res = results_of(nlp, "We present EmotiNet for emotion recognition. We also collect GroupStroll, a new dataset of "
                          "people walking. We report an AP of 65.83 across 4 categories on GroupStroll.",
                     title="EmotiNet: Context-Aware Emotion Recognition")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("65.83", "EmotiNet")]  # GroupStroll sits in a dataset's slot


def test_a_proposed_optimizer_is_a_part_and_the_title_names_the_model(nlp):
    text = ("Our model, Kestrel, uses only 1D convolutions and residual connections. To improve training, we further "
            "introduce a new layer-wise optimizer called NovaStep. With this architecture, we achieve 2.95% WER on "
            "LibriSpeech test-clean.")
    res = results_of(nlp, text, title="Kestrel: An End-to-End Convolutional Acoustic Model")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("2.95%", "Kestrel")]


def test_a_title_naming_a_technique_names_the_papers_unnamed_results(nlp):
    text = ("Noisy teacher training has improved image classifiers. In this work, we adapt noisy teacher training to "
            "speech. We obtain a word error rate of 4.3% on the FooSpeech test set.")
    res = results_of(nlp, text, title="Improved Noisy Teacher Training for Speech Recognition")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("4.3%", "Noisy Teacher Training")]
    text = ("We transfer knowledge from flow networks to motion networks. Our method can process 412.5 frames per second, "
            "which is 20 times faster than the two-stream method.")
    res = _by_value(results_of(nlp, text, title="Fast Action Recognition with Enhanced Motion Field CNNs"))
    assert res["412.5"]["method"] == "Motion Field CNNs"


def test_a_title_naming_a_process_names_the_papers_unnamed_results(nlp):
    # the title's process noun ("Calibration", "Refinement", "Decorrelation") is the technique "our approach" applies
    text = ("Image transformers are unstable when they are deep. We propose a simple approach to this problem. Our "
            "approach achieves 71.2% accuracy on the FooShot benchmark.")
    for title, name in (("Centroid Calibration for Few-Shot Classification", "Centroid Calibration"),
                        ("Parsing with Span Graph Refinement for Nested Entity Recognition", "Span Graph Refinement"),
                        ("Training Deep Image Transformers with Token Decorrelation", "Token Decorrelation")):
        res = results_of(nlp, text, title=title)
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("71.2%", name)], title
    # a task ("Object Detection"), a word of the field ("Weak Supervision") or a technique kg's lexicon knows used as
    # the means ("via Knowledge Distillation") is no name of the paper's technique
    for title in ("Ranking Networks with Weak Supervision", "Small Face Recognition via Knowledge Distillation",
                  "Crowd Counting with Dense Object Detection"):
        res = results_of(nlp, text, title=title)
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("71.2%", None)], title


def test_a_title_naming_two_modifiers_of_one_head_names_the_papers_unnamed_results(nlp):
    # "Left-Right and Right-Left Attention": one head both modifiers share, the title's subject and what "this
    # approach" reached the figures with
    text = ("We propose a combined attention mechanism over image regions. Applying this approach to captioning, our "
            "results on the FooCap test server reach a BLEU-4 score of 38.1.")
    res = results_of(nlp, text, title="Left-Right and Right-Left Attention for Image Captioning")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("38.1", "Left-Right and Right-Left Attention")]
    # two things joined ("Synthetic Data and ..."), or grades joined before a vague head (a description): no name
    for title in ("Synthetic Data and Recurrent Attention for Image Captioning",
                  "A Simple and Effective Attention Model for Image Captioning"):
        res = results_of(nlp, text, title=title)
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("38.1", None)], title


def test_a_title_opening_on_a_gerund_or_a_clause_names_no_technique(nlp):
    text = "We study two pretrained models on graph data. We report a BLEU score of 51.3 on the FooGraph dataset."
    for title in ("Investigating Pretrained Sequence Models for Graph-to-Text Generation",
                  "Large-Scale Evolution of Image Classifiers"):
        res = results_of(nlp, text, title=title)
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("51.3", None)], title


def test_an_acronym_the_abstract_defines_for_the_titles_subject_names_the_papers_results(nlp):
    # the title names the paper's system by its words, the abstract by an acronym only: "we"'s figures are the acronym's
    text = ("We study two forms of the skewed margin (SkeM) loss for faces. On ResNet-50, we reach a top-1 accuracy of "
            "79.2% on the FooFaces dataset.")
    res = results_of(nlp, text, title="Skewed Margin Learning")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("79.2%", "SkeM")]
    # the title names it as its means ("with ..."), in the plural; the phrase ends at "and"
    text = ("Spectral Hop Field (SHF) is a simple encoding of clips as images. We achieve an accuracy of 91.2% on the "
            "FooSound dataset.")
    res = results_of(nlp, text, title="Audio Tagging with Spectral Hop Fields and Transfer Learning")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("91.2%", "SHF")]


def test_an_acronym_the_title_writes_as_an_object_or_a_modifier_is_no_system():
    from kg.extract.results.own_acronyms import plain_words, title_subject
    words = plain_words("Spectral Hop Field")
    for title in ("Revealing the Limits of Spectral Hop Fields in Audio Tagging",  # the object of a study
                  "Joint Clip Embedding for Spectral Hop Fields",  # what the paper is for
                  "Spectral Hop Field Quantitative Analysis"):  # a modifier of another phrase
        assert not title_subject(plain_words(title), words, headed=False), title
    for title in ("Fast and Simple Spectral Hop Fields for Tagging", "Tagging: Spectral Hop Fields as Images",
                  "Audio Tagging via Spectral Hop Fields"):
        assert title_subject(plain_words(title), words, headed=False), title
    # a head word after the phrase only when the definition's own head was dropped ("(SkeM) loss" / "... Learning")
    assert title_subject(plain_words("Skewed Margin Learning"), ["skewed", "margin"], headed=True)
    assert not title_subject(plain_words("Skewed Margin Learning"), ["skewed", "margin"], headed=False)


def test_a_description_in_the_titles_words_names_the_papers_results(nlp):
    # the abstract describes its system in the title's words ("Layered two-pass tagging" / "a layered two-pass tagger"):
    # what "our tagger" reaches is that system's; a title name before a colon the abstract writes so is the name
    text = ("We show how to turn any one-pass tagger into a layered two-pass tagger. Our tagger reaches 91.4% accuracy on "
            "the FooTags corpus.")
    res = results_of(nlp, text, title="Layered two-pass tagging")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("91.4%", "layered two-pass tagger")]
    text = "We evaluate our split and join approach on the FooNest corpus, where it achieves an F1 of 77.3."
    res = results_of(nlp, text, title="Split and Join: A neural architecture for nested tagging")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("77.3", "Split and Join")]
    # the title says more than the description ("... for speech"), or the description is words of the field: no name
    for title, text in (("Layered two-pass tagging for speech", "We show how to turn any tagger into a layered two-pass "
                         "tagger. Our tagger reaches 91.4% accuracy on the FooTags corpus."),
                        ("Deep convolutional networks", "We show how to turn any tagger into a deep convolutional network. "
                         "Our network reaches 91.4% accuracy on the FooTags corpus.")):
        res = results_of(nlp, text, title=title)
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("91.4%", None)], title


def test_others_best_figure_is_not_the_papers(nlp):
    text = ("We adapt noisy teacher training to speech and obtain a word error rate of 3.1% on FooSpeech. We thus improve "
            "upon the previous state-of-the-art test WERs achieved on FooSpeech (4.74%).")
    res = _by_value(results_of(nlp, text, title="Improved Noisy Teacher Training for Speech Recognition"))
    assert res["3.1%"]["method"] == "Noisy Teacher Training" and "4.74%" not in res  # others' figure: no result


def test_a_title_name_the_abstract_calls_data_is_not_the_method(nlp):
    text = ("We build a large vehicle dataset, called CarNet, from four public sets, and design a two-stage approach "
            "that learns from CarNet. We achieve 81.2% mAP on the FooCity test set. We hope the new CarNet dataset helps.")
    res = results_of(nlp, text, title="CarNet: Learning Robust Features for Vehicle Search")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("81.2%", None)]


def test_a_name_in_the_sentence_outranks_the_titles_technique(nlp):
    text = ("We train sentence encoders on FooMed abstracts. Results: with a Pearson correlation of 0.812, our best "
            "model based on the Paragraph Vector Distributed Memory algorithm beats the baselines on FooMed.")
    res = _by_value(results_of(nlp, text, title="Neural sentence embedding models for biomedical similarity"))
    assert res["0.812"]["method"] != "Neural sentence embedding models"


def test_a_name_the_model_is_based_on_is_no_place_it_is_tested_on(nlp):
    # "based on the X": what the model is made from, not "on the X" of a test set; the name right after the article
    text = ("We train shelf encoders on FooMed notes. Results: with a Pearson correlation of 0.815, our best model "
            "based on the Spectral Quokka Glyph Shelf algorithm beats the baselines on FooMed.")
    res = _by_value(results_of(nlp, text, title="Neural shelf embedding models for glyph similarity"))
    assert res["0.815"]["method"] == "Spectral Quokka Glyph Shelf"
    text = text.replace("the Spectral Quokka Glyph Shelf algorithm", "the QuokkaNet")
    res = _by_value(results_of(nlp, text, title="Neural shelf embedding models for glyph similarity"))
    assert res["0.815"]["method"] == "QuokkaNet"
    text = ("We propose a multi-view shelf pre-training framework. Our experiments, based on QuokkaNet, show that the "
            "proposed framework boosts glyph recall by up to 12% in settings with sparse labels.")
    res = _by_value(results_of(nlp, text, title="Shelf pre-training for glyph recall"))
    assert res.get("12%", {}).get("method") != "QuokkaNet"  # the experiments used it; the figure is the framework's


def test_a_figure_after_others_best_is_ours_when_a_clause_of_ours_states_it(nlp):
    text = ("We propose FooCNN. FooCNN improves mAP by more than 30% relative to the previous best result on VOC 2012, "
            "achieving a mAP of 53.1%.")
    res = _by_value(results_of(nlp, text, title="FooCNN: Rich Features for Detection"))
    assert res["53.1%"]["method"] == "FooCNN"


def test_the_titles_technique_outranks_an_attack_named_before_the_value(nlp):
    text = ("We develop networks that denoise their features. On FooNet-1k, under 10-iteration PGD white-box attacks, "
            "our method achieves 54.1% accuracy; even under 2000-iteration PGD attacks, our method secures 40.2%.")
    res = _by_value(results_of(nlp, text, title="Feature Denoising for Robust Image Classifiers"))
    assert res["54.1%"]["method"] == "Feature Denoising"


# --- what "we" stand for when the paper's proposals give no model --------------------------------------------

def test_the_name_we_call_our_algorithm_is_its_method(nlp):
    # a description the paper names as its own ("We call our algorithm ..."), in lower case: the proposal finder
    # takes names written as names only, so the scores "we" obtain had no method
    res = _by_value(results_of(nlp, "We train a deep network with an enhanced version of the k-means clustering "
                                    "algorithm. We call our algorithm convolutional k-means clustering. We obtain a test "
                                    "accuracy of 71.3% on STL-10.", "Clustering Filters for Unsupervised Learning"))
    assert res["71.3%"]["method"] == "convolutional k-means clustering"


def test_a_class_of_models_we_design_is_the_method(nlp):
    # "we develop X ..., and design a ... class of Y": the model is the object of the second verb, past "class of"
    res = _by_value(results_of(nlp, "In this work, we develop an adaptive gradient clipping technique which removes these "
                                    "instabilities, and design an improved class of Scale-Free ResNets. Our largest "
                                    "models attain a top-1 accuracy of 85.1% on ImageNet.",
                                    "Image Recognition Without Rescaling"))
    assert res["85.1%"]["method"] == "Scale-Free ResNets"


def test_a_task_or_a_number_the_paper_writes_is_not_its_model(nlp):
    # the acronym of the task ("... (PATHNAV) is an embodied task") is no model of "our agents"
    res = _by_value(results_of(nlp, "Path Goal Navigation (PATHNAV) is an embodied task where agents reach a goal. "
                                    "Prior end-to-end PATHNAV agents perform poorly. Our agents achieve 31.2% success on the Habitat "
                                    "PathNav Challenge. From our analysis, we propose that a performant PATHNAV agent learns smooth "
                                    "dynamics.",
                                    "Exploration Enables Path Goal Navigation"))
    assert res["31.2%"]["method"] is None


def test_a_proposed_module_named_before_its_head_word_is_a_part(nlp):
    # "a Frequency Splitting (FS) module": the head word after the acronym makes it a part; the model the
    # paper proposes is what "our approach" achieves with
    res = _by_value(results_of(nlp, "This paper proposes a novel Wave Split Reconstruction (WSR-GAN) network for "
                                    "anomaly detection. Concretely, we propose a Frequency Splitting (FS) module to split "
                                    "the image into frequency bands. Experiments show our approach achieves 97.1 AUC on the "
                                    "MVTec AD dataset.", "Wave Representations for Unsupervised Anomaly Detection"))
    assert res["97.1"]["method"] == "WSR-GAN"


def test_a_title_naming_a_system_by_its_head_word_gives_our_model(nlp):
    # "FOO-VC System for the BAR Captioning Challenge": a system's name in the title, what "our model" stands for
    res = _by_value(results_of(nlp, "We fuse visual features with two LSTMs. Our model is able to achieve BLEU scores of "
                                    "0.31 on the public test set.", "FOO-VC System for the BAR Video Captioning Challenge 2021"))
    assert res["0.31"]["method"] == "FOO-VC System"


def test_a_proposal_ending_on_a_known_name_is_the_method(nlp):
    # "FooHOI Transformer achieves": the proposal, not the "Transformer" a lexicon knows inside it
    res = _by_value(results_of(nlp, "We present HOI Transformer, a detector of interactions. Without bells and whistles, "
                                    "HOI Transformer achieves 27.3% AP on HICO-DET.", "End-to-End Interaction Detection"))
    assert res["27.3%"]["method"] == "HOI Transformer"


def test_a_name_our_model_is_based_on_is_not_its_method(nlp):
    res = _by_value(results_of(nlp, "We propose FooV, a video detector. Our YOLOX-based model can achieve 85.1% AP50 on "
                                    "the ImageNet VID dataset.", "FooV: Making Still Detectors Good at Video"))
    assert res["85.1%"]["method"] == "FooV"


def test_the_acronym_we_propose_and_then_write_acting_is_our_model(nlp):
    res = _by_value(results_of(nlp, "In this paper, we propose an accurate contour detector using deeper merged cues (DMC). "
                                    "DMC fuses all convolutional layers into one map. On the BSDS500 benchmark, we achieve an "
                                    "ODS F-measure of 0.799.", "Deeper Merged Cues for Contour Detection"))
    assert res["0.799"]["method"] == "DMC"
    # an acronym of the data the paper collects, or of a stage of its approach, is not its model
    res = _by_value(results_of(nlp, "We propose a new task and collect a large-scale dataset called Many-Shot ClipS (MUSCS). "
                                    "MUSCS has 31,000 instances. Our baseline reports an mAP of 18.2% on it.",
                                    "Many-shot Event Localization: a Benchmark"))
    assert res["18.2%"]["method"] is None


# --- a base model is a setting of the result, not its method (issue 13, backbone) -------------------------

def test_the_model_a_named_method_helps_is_not_the_method_of_the_score(nlp):
    res = results_of(nlp, "We propose Zorbify, a smooth training rule. Zorbify helps ResNet-152 achieve 80.2% "
                          "accuracy on ImageNet.", title="Zorbify: Smooth Training")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("80.2%", "Zorbify")]


def test_a_base_model_with_a_variant_that_it_helps_is_not_the_method(nlp):
    res = results_of(nlp, "We propose Zorbify, a smooth training rule. Zorbify also scales: it helps EfficientNet-L2 "
                          "to achieve 84.1% accuracy on ImageNet.", title="Zorbify: Smooth Training")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("84.1%", "Zorbify")]


def test_a_name_with_a_backbone_role_in_apposition_is_not_the_method(nlp):
    res = results_of(nlp, "We propose a light segmentation network. The proposed model FooSeg, with ResNet-18 as a "
                          "backbone network, achieves 71.2% mIoU on Cityscapes.", title="FooSeg: Light Segmentation")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("71.2%", "FooSeg")]


def test_the_model_we_build_on_is_not_the_method_when_the_paper_names_its_own(nlp):
    res = results_of(nlp, "We present Foolm, a scheme to train big language models in parallel. Using the GPT-2 model "
                          "we achieve 12.1 perplexity on WikiText103.", title="Foolm: Training Big Models")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("12.1", "Foolm")]


def test_a_model_the_abstract_defines_stays_the_method_of_what_we_achieve_using_it(nlp):
    res = results_of(nlp, "We tackle tagging using a recurrent network that ranks tags (RR-LSTM). We propose a new "
                          "margin loss function for it. Using RR-LSTM, we achieve a F1 of 91.3 on CoNLL-2003.")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("91.3", "RR-LSTM")]


@pytest.mark.parametrize("sentence", [
    "We present FooDet, a one-stage detector. FooDet with ResNeXt-101 achieves 44.7% AP on COCO.",
    "We present FooDet, a one-stage detector. On COCO, FooDet with ResNet-50 and Swin-T achieves APs of 44.7% and 46.1%.",
    "We present FooDet, a one-stage detector. Our FooDet applied to ResNet-152 can achieve 44.7% AP on COCO.",
])
def test_a_backbone_a_named_model_runs_with_is_not_the_method(nlp, sentence):
    res = results_of(nlp, sentence, title="FooDet: One-Stage Detection")
    assert {meth for v, _, _, meth, *_ in res if v.endswith("%")} == {"FooDet"}


def test_a_base_model_run_with_the_papers_proposal_does_not_take_its_figure(nlp):
    res = results_of(nlp, "We propose FooDrop, a simple dropout scheme for sequence models. Experiments show that "
                          "Transformer with FooDrop can achieve 29.4 BLEU on WMT14 English-German.",
                     title="FooDrop: Dropout for Sequence Models")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("29.4", "FooDrop")]


# --- the title's system, for a paper whose abstract names none ---------------------------------------------

def test_a_title_opening_on_an_article_names_the_system_of_our_scores(nlp):
    # "A Gap Filling Model for ...": the model the title names is what "our model" stands for
    res = _by_value(results_of(nlp, "We present a simple model that fills gaps in sentences. Our ensemble model achieves "
                                    "88.1 F1 on the ZetaGap benchmark.", "A Gap Filling Model for Sentence Completion"))
    assert res["88.1"]["method"] == "Gap Filling Model"


def test_a_title_set_in_capitals_names_the_system_in_title_case(nlp):
    res = _by_value(results_of(nlp, "We introduce a neural model for summaries. Our model obtains a 40.2 ROUGE-1 score on "
                                    "the ZetaNews dataset.", "A DEEP REWARDED MODEL FOR NEWS SUMMARIZATION"))
    assert res["40.2"]["method"] == "Deep Rewarded Model"


def test_a_title_naming_a_loss_names_what_we_achieve_with_it(nlp):
    res = _by_value(results_of(nlp, "We study face matching. With the proposed loss, we achieve an accuracy of 97.3% on "
                                    "the ZetaFaces benchmark.", "Orbit margin loss for face matching"))
    assert res["97.3%"]["method"] == "Orbit margin loss"


def test_a_shared_task_team_after_the_colon_names_the_system_only_where_the_abstract_does(nlp):
    # a team the abstract never writes is a group or a place (judged wrong as a method, issue 13), not the system
    res = _by_value(results_of(nlp, "We describe our speech translation system. Our final model is an ensemble that "
                                    "obtains 27.1 BLEU score on the ZetaST test set.",
                               "Speech Translation with Adapters: ZORB at IWSLT 2030"))
    assert res["27.1"]["method"] is None
    res = _by_value(results_of(nlp, "We describe ZORB, our speech translation system. Our final model is an ensemble that "
                                    "obtains 27.1 BLEU score on the ZetaST test set.",
                               "Speech Translation with Adapters: ZORB at IWSLT 2030"))
    assert res["27.1"]["method"] == "ZORB"


def test_a_title_words_of_one_vague_head_name_no_system():
    from kg.extract.results.title import title_technique
    assert title_technique("A Joint Model for Entity Analysis") is None  # two words: a kind, not a system
    assert title_technique("Grid Tagging Scheme for Opinion Extraction") == "Grid Tagging Scheme"
    assert title_technique("DUAL-PATH RNN: EFFICIENT SEQUENCE MODELING") == "DUAL-Path RNN"
    assert title_technique("Deeper Insights into Graph Convolutional Networks") is None


def test_a_proposal_written_before_problems_or_a_challenge_is_a_task_not_the_system(nlp):
    # "the Zebra Riddle (ZR) ... solves the ZR problems ... the Zebra Riddle Challenge": a task the paper's methods
    # solve, not what "the best performance" is of (judges, issue 13: a task's acronym as a result's method)
    text = ("This paper proposes a general framework to combine context and stripe knowledge for solving the Zebra Riddle "
            "(ZR). The second method solves the ZR problems with a mention pair classifier. The best performance "
            "reaches 61% in accuracy on the test set of the first Zebra Riddle Challenge.")
    res = _by_value(results_of(nlp, text, title="Combining context and stripes for solving Zebra Riddles"))
    assert res["61%"]["method"] not in ("ZR", "Zebra Riddle"), res


def test_a_proposal_in_brackets_after_a_task_is_the_tasks_short_form_not_the_system(nlp):
    # "pruning for compact speaker verification (SPV) models": SPV is short for the task the models are for, not the
    # paper's system, so "the same model" is not SPV's (judges, issue 13: a task acronym as a result's method)
    text = ("This paper introduces pruning for compact speaker verification (SPV) models on small devices. "
            "The same model reaches an accuracy of 91.2% on the VoxZeta dataset.")
    res = _by_value(results_of(nlp, text, title="Compact models for small devices"))
    assert res["91.2%"]["method"] != "SPV", res
    # a name in brackets after a Method's name is the system's short form and keeps the figure
    text = ("This paper introduces a zebra tagging network (ZTN) for small devices. "
            "ZTN reaches an accuracy of 91.2% on the VoxZeta dataset.")
    res = _by_value(results_of(nlp, text, title="Compact models for small devices"))
    assert res["91.2%"]["method"] == "ZTN", res


def test_a_proposal_the_abstract_writes_before_a_tasks_head_is_what_the_task_is_of(nlp):
    # "a new QRL aligner ... a transition system for QRL parsing": QRL is the formalism parsed (as the title rule
    # reads "Neural QRL Parsing"), not the system whose score "our parsers" reach (judges, issue 13: "AMR")
    text = ("We propose a new resource-enhanced QRL aligner and a new transition system for QRL parsing. An ensemble of "
            "our parsers reaches a Smatch F1 score of 68.4 on the ZetaBank test set.")
    res = _by_value(results_of(nlp, text, title="A QRL Aligner Tuned by a Parser"))
    assert res["68.4"]["method"] != "QRL", res
    res = _by_value(results_of(nlp, "We propose QRLNet, a new graph parser. QRLNet reaches a Smatch F1 score of 68.4 on the "
                                    "ZetaBank test set.", title="QRLNet: parsing graphs"))
    assert res["68.4"]["method"] == "QRLNet"


def test_a_variant_joined_by_a_plus_is_part_of_the_methods_name(nlp):
    # "ZebNet-2-4+SD": a setting written onto the name with a plus (stochastic depth), "ZebNet++": the name's
    # version; the result is of the whole name, not of the name cut before the plus (judges, issue 13)
    res = _by_value(results_of(nlp, "We propose zebra networks (ZebNet). Our ZebNet-2-4+SD models achieve a test error "
                                    "of 3.71% on the ZetaTen dataset.", "Zebra networks"))
    assert res["3.71%"]["method"] == "ZebNet-2-4+SD"
    res = _by_value(results_of(nlp, "We propose ZebNet and an improved ZebNet++. ZebNet++ reaches an accuracy of 96.1% on "
                                    "the ZetaTen dataset.", "Zebra networks"))
    assert res["96.1%"]["method"] == "ZebNet++"


def test_a_titles_closing_kind_of_model_is_no_system(nlp):
    # "... with Non-tree Model", "... with Deep Learning Bagging Models": a vague head with one word of its own (the
    # field's words "deep learning" aside) is a kind of model the title speaks of, not the paper's system (judges,
    # issue 13: a title's "Non-neural Model" topped a leaderboard); two words of its own, or a name, still name one
    text = ("We study zebra counting with a regressor over stripe features. Our best model achieves an accuracy of 91.2% "
            "on the ZetaHerd benchmark.")
    for title in ("Zebra Counting with Non-tree Model", "Zebra Counting with Deep Learning Bagging Models"):
        assert _by_value(results_of(nlp, text, title=title))["91.2%"]["method"] is None, title
    res = _by_value(results_of(nlp, text, title="Zebra Counting with Stripe Voting Model"))
    assert res["91.2%"]["method"] == "Stripe Voting Model"
    from kg.extract.results.title import title_system, title_technique
    assert title_system("Zebra Counting with Deep StripeNet Model") == "Deep StripeNet Model"  # (a name inside)
    assert title_system("Zebra Counting with Superstripe Graphs") == "Superstripe Graphs"  # (what a model is made of)
    assert title_technique("A Zebra Model for Stripe Counting") is None  # (opening: as before, two words needed)
    assert title_technique("Deep Zebra Model for Stripe Counting") == "Deep Zebra Model"


def test_a_name_after_the_value_outranks_the_titles_phrase_only_when_the_value_is_obtained_with_it(nlp):
    # "after cross-entropy training", "subsets of FooBench": a stage and data, not what the figure is of
    text = ("We evaluate the deep networks on FooBench, achieving a word error rate of 11.8% after cross-entropy "
            "training. Our system reaches 6.4% and 12.5% word error rate on the Zeta and Eta subsets of Bar5'00.")
    res = _by_value(results_of(nlp, text, title="A Sequence Scoring Model for Speech"))
    assert {res[v]["method"] for v in ("11.8%", "6.4%", "12.5%")} == {"Sequence Scoring Model"}


def test_a_system_the_abstract_describes_but_does_not_name_is_what_our_scores_are_of(nlp):
    text = ("We present a simple yet accurate anchor-free zebra stripe detector for aerial photos. Our method achieves "
            "an AP of 71.4 on the ZetaAerial benchmark.")
    res = _by_value(results_of(nlp, text, title="Finding stripes from above"))
    assert res["71.4"]["method"] == "anchor-free zebra stripe detector"


def test_a_vague_or_double_description_names_no_system(nlp):
    for text in ("We present a novel unified framework for counting. Our method achieves an AP of 71.4 on ZetaAerial.",
                 "We propose a global zebra aggregation module, a transformer-based approach. Our method achieves an AP "
                 "of 71.4 on ZetaAerial."):
        assert _by_value(results_of(nlp, text, title="Finding stripes from above"))["71.4"]["method"] is None


def test_a_title_opening_on_features_or_graphs_it_builds_names_the_system(nlp):
    res = _by_value(results_of(nlp, "We detect zebra stripes in photos. Our method achieves an AP of 64.2 on the ZetaStripe "
                                    "benchmark.", "Direction-aware Stripe Context Features for Zebra Detection"))
    assert res["64.2"]["method"] == "Direction-aware Stripe Context Features"
    from kg.extract.results.title import title_technique
    assert title_technique("Align Deep Features for Oriented Object Detection") is None  # a verb's object
    assert title_technique("Language Models as Knowledge Embeddings") is None


def test_the_loss_the_paper_proposes_by_description_is_what_its_method_achieves(nlp):
    text = ("We study zebra matching across day and night. Moreover, we propose the hetero-light center triplet loss to "
            "relax the strict constraint of traditional triplet loss by replacing the comparison of the anchor. The "
            "proposed method achieves a rank-1 accuracy of 91.05% on the ZetaZebra dataset.")
    res = _by_value(results_of(nlp, text, title="Exploring sharing for cross-light zebra matching"))
    assert res["91.05%"]["method"] == "hetero-light center triplet loss"


def test_a_lowercase_proposal_that_modifies_its_head_is_named_with_the_head(nlp):
    # "a novel two-pass approach": the proposal kg finds is the modifier ("two-pass"), a kind of approach; the
    # paper's system is the approach, so "our model" scores are the "two-stage approach"'s
    for text, want in (("In this paper, we present a novel two-pass approach to unify fast and slow zebra counting. "
                        "Our unified model achieves 5.60% relative error reduction on the ZetaHerd test set.",
                        "two-pass approach"),
                       ("We design an online matching framework to link zebra stripes across frames. Our method "
                        "outperforms the best reported results on ZetaTrack by 6 mAP.", "online matching framework")):
        res = _by_value(results_of(nlp, text, title="Counting zebras in the wild"))
        assert [r["method"] for r in res.values()] == [want], res


def test_a_method_named_by_a_title_in_capitals_is_written_as_the_abstract_writes_it(nlp):
    # the title is set in capitals: the method is the abstract's "stripe voting", not "STRIPE VOTING"
    text = ("We present stripe voting, a way of counting zebras by their stripes. Stripe voting achieves an accuracy "
            "of 91.2% on the ZetaHerd benchmark.")
    res = _by_value(results_of(nlp, text, title="STRIPE VOTING FOR ZEBRA COUNTING"))
    assert res["91.2%"]["method"] == "stripe voting", res
    res = _by_value(results_of(nlp, "We study how to count zebras. Our method achieves an accuracy of 91.2% on the ZetaHerd "
                                    "benchmark.", title="STRIPE VOTING FOR ZEBRA COUNTING"))
    assert res["91.2%"]["method"] == "Stripe Voting", res  # (the abstract never writes it: in Title Case)


def test_a_title_opening_on_a_participle_adjective_or_an_attention_head_names_the_technique(nlp):
    # "Unsupervised" is no verb's past form, so it is part of the name; "Learned"/"Improved" read as verbs
    from kg.extract.results.title import title_technique
    assert title_technique("Unsupervised Zebra Augmentation for Consistency Training") == "Unsupervised Zebra Augmentation"
    assert title_technique("Stacked Hourglass Zebra Networks for Pose Estimation") == "Stacked Hourglass Zebra Networks"
    assert title_technique("Deep Biaffine Zebra Attention for Dependency Parsing") == "Deep Biaffine Zebra Attention"
    assert title_technique("Learned Zebra Features for Pose Estimation") is None
    assert title_technique("Unsupervised Training for Zebra Regression") is None  # a kind of training
    assert title_technique("Neural Attention for Zebra Parsing") is None  # a kind of attention
    assert title_technique("Distract Your Attention: Zebra Networks") is None  # a verb and its object
    res = _by_value(results_of(nlp, "We study semi-supervised zebra counting. On ZetaBench, our method achieves an "
                                    "error rate of 5.43 with only 250 labels.",
                               "Unsupervised Zebra Augmentation for Consistency Training"))
    assert res["5.43"]["method"] == "Unsupervised Zebra Augmentation"


def test_a_bare_step_of_training_or_a_pipeline_is_not_what_our_scores_are_of(nlp):
    # "an objective function", "a pre-processing method": a step with no name of its own, not the system
    text = ("We propose a new method to count zebras in herds. We design an objective function for training a neural "
            "model that treats each stripe as a path. Our method achieves F1-scores of 85.82% and 84.34% on ZetaHerd.")
    res = _by_value(results_of(nlp, text, title="Counting Zebras in Large Herds"))
    assert res["85.82%"]["method"] is None and res["84.34%"]["method"] is None
    text = ("We study zebra seizure prediction. We introduce an efficient pre-processing method for reducing the data "
            "size. Our approach achieves a sensitivity of 87.85% on the ZetaEEG dataset.")
    res = _by_value(results_of(nlp, text, title="Zebra Seizure Analysis and Prediction"))
    assert res["87.85%"]["method"] is None
    # a step the paper describes further is its contribution
    text = ("We propose a repulsive loss function for training zebra generators. Our method achieves an FID of 16.21 "
            "on ZetaFaces.")
    res = _by_value(results_of(nlp, text, title="Training Zebra Generators"))
    assert res["16.21"]["method"] == "repulsive loss function"


def test_a_model_the_value_is_obtained_with_names_the_result_of_a_paper_naming_none(nlp):
    # the paper names no system of its own; "using Zebra Transformers" after the value is what it is obtained with
    text = ("We study how far zebra detection can be pushed. On ZetaBench, we improve the AUROC from 85% to 96% using "
            "Zebra Transformers pre-trained on a large corpus.")
    res = _by_value(results_of(nlp, text, title="Exploring the Limits of Zebra Detection"))
    assert res["96%"]["method"] == "Zebra Transformers"


def test_the_subject_that_performs_better_than_a_baseline_is_the_method(nlp):
    # the figure in the parenthesis is the subject's ("ZNet++"), not the paper's first model nor its title
    res = _by_value(results_of(nlp, "We propose Dense Grid Networks (ZNet) and Diverse Grid Networks (ZNet++). ZNet "
                                    "achieves 99.1% on the FooGrid dataset. Furthermore, ZNet++ performs better than "
                                    "GridNet on BarGrid dataset (96.90%).", "Dense grid networks"))
    assert res["99.1%"]["method"] == "ZNet"
    assert res["96.90%"]["method"] == "ZNet++"


@pytest.mark.parametrize("speed", ["33.5 fps", "33 fps"])
def test_a_speed_after_a_score_is_measured_by_its_unit_not_the_scores_metric(nlp, speed):
    res = _by_value(results_of(nlp, f"We present a compact model for real-time masks that achieves 29.8 mAP on MS COCO "
                                    f"at {speed} on one GPU."))
    assert res["29.8"]["metric"] == "mAP"
    assert res[speed]["metric"] == "FPS"  # not "mAP": a frame rate is no mean average precision


def test_a_name_written_as_data_with_its_figure_is_not_the_papers_model(nlp):
    # "ZMNIST" is in the slot of the data the figures are listed for, not the system that achieves them
    res = _by_value(results_of(nlp, "Spiking networks are cheap to run. We present a new deep spiking architecture which "
                                    "achieved superior performance compared to other spiking methods on ZMNIST (99.6%) "
                                    "and DVS-Zest (96.7%) and other methods on UCF-101 (42.1%).",
                               "Convolutional spiking networks for feature extraction"))
    assert "ZMNIST" not in {r["method"] for r in res.values()}


def test_a_part_the_paper_also_proposes_is_not_whose_its_figures_are(nlp):
    res = _by_value(results_of(nlp, "We present a simple, fully-convolutional model for real-time masks that achieves "
                                    "29.8 mAP on MS COCO at 33.5 fps. Finally, we also propose Quick NMS, a drop-in "
                                    "12 ms faster replacement for standard NMS.", "PolyMask real-time masks"))
    assert res["29.8"]["method"] != "Quick NMS"


def test_a_time_keeps_a_speed_metric(nlp):
    res = _by_value(results_of(nlp, "Our detector is accurate, with an improved speed (0.4s per image) on the FooEdge "
                                    "dataset."))
    assert res["0.4s"]["metric"] == "speed"


def test_a_kind_of_signal_is_not_the_method(nlp):
    res = _by_value(results_of(nlp, "We study heart failure through EKG recordings. A new hashing learner was introduced. "
                                    "Entropy features represent characteristics of EKG signals well and together with the "
                                    "learner an overall accuracy of 97.12% was achieved."))
    assert res["97.12%"]["method"] != "EKG"


# --- issue 13: what is not the paper's system, and the paper's changed base model --------------------------

def test_what_a_title_task_is_of_is_not_the_system(nlp):
    # the title's "QRL Parsing" and "EEG Cleaning"-like phrases name what is parsed, not who parses it
    res = _by_value(results_of(nlp, "We build a neural encoder-decoder QRL parser with a copy mechanism. Our parser "
                                    "scores 61% Smatch on the ZedBank test set.", "Neural QRL Parsing with Copy Attention"))
    assert res["61%"]["method"] != "QRL"  # (the parser the abstract describes may stand for it)
    res = _by_value(results_of(nlp, "We propose a novel deep learning design to denoise wearable PPG. We report an MSE of "
                                    "0.211.", "Deep Network for Wearable PPG Denoising"))
    assert res["0.211"]["method"] is None


def test_a_title_task_done_via_a_tool_gives_the_tool(nlp):
    res = _by_value(results_of(nlp, "We introduce a neural design that needs no hand-made features. We obtain 93.1% F1 on "
                                    "the ZedNER corpus.", "Joint Chunk Labeling via Deep BiGRU-CNN-CRF"))
    assert res["93.1%"]["method"] == "Deep BiGRU-CNN-CRF"


def test_a_shared_task_team_the_abstract_never_names_is_not_the_system(nlp):
    res = _by_value(results_of(nlp, "We describe our entry to the rumour task, a tree kernel classifier. It reaches an "
                                    "accuracy of 0.71 on RumourSet.", "Zorbville at SemEval-2031 Task 4: Rumour Stance"))
    assert res["0.71"]["method"] is None
    res = _by_value(results_of(nlp, "This paper describes the submission of the ZUX speech group. Our system reaches "
                                    "26.1 BLEU on the QuST-C test set.", "Speech Translation with Adapters: ZUX at IWXLT 2030"))
    assert res["26.1"]["method"] is None
    res = _by_value(results_of(nlp, "This paper describes Quillo, a supervised system for attributes. Quillo reaches an "
                                    "F1 score of 0.74.", "Quillo at SemEval-2031 Task 7: Attributes from Graphs"))
    assert res["0.74"]["method"] == "Quillo"


def test_a_shared_task_team_the_authors_call_themselves_names_their_system(nlp):
    # the abstract says the authors are a team (or the title does, "Team Vexa"): the title's team is the name the
    # entry goes by, even where the abstract says only "our system"; a team written as a group is still none
    res = _by_value(results_of(nlp, "This paper describes our team's system for the quokka tweet tagging task. Our system "
                                    "reaches an F1 score of 71.4 on the QuokkaTweets test set.",
                               "Zorblab at the Quux-2031 Shared Task: Tagging Quokka Tweets"))
    assert res["71.4"]["method"] == "Zorblab"
    res = _by_value(results_of(nlp, "We classify the stance of replies in threads. Our classifier reaches an accuracy of "
                                    "0.66 on ThreadStance.", "Team Vexa at QuuxEval-2031 Task 2: Stance in Threads"))
    assert res["0.66"]["method"] == "Vexa"
    res = _by_value(results_of(nlp, "This paper presents the entry of the Zorblab speech group. Our team's system reaches "
                                    "an F1 score of 71.4 on the QuokkaTweets test set.",
                               "Zorblab at the Quux-2031 Shared Task: Tagging Quokka Tweets"))
    assert res["71.4"]["method"] is None


def test_a_model_the_paper_calls_an_architecture_is_no_part(nlp):
    # "an architecture named ... Module": the system, not a part; the "scheme" beside it is a part
    res = _by_value(results_of(nlp, "We propose a novel architecture named Foo Refine Module (FRM). For imbalance, we "
                                    "designed a tiny random resampling (TRR) scheme. The accuracies are 88.1% on CIFAR-10.",
                               "Learning to Refine Face Features"))
    assert res["88.1%"]["method"] == "FRM"


def test_the_base_model_the_papers_method_lifts_is_not_its_method(nlp):
    res = _by_value(results_of(nlp, "We introduce a distillation recipe. It helps small students.",
                               "QUAL V3: Boosting Plain ResNet-18 to 74.5% Top-1 Accuracy on ImageNet"))
    assert res["74.5%"]["method"] == "QUAL V3"  # (the title's own sentence)


def test_the_changed_base_model_is_named_with_its_change(nlp):
    res = _by_value(results_of(nlp, "We design the Zig Convolution (ZigConv). A ZigConv-equipped ResNet-101 can achieve "
                                    "81.3% top-1 accuracy on ImageNet."))
    assert res["81.3%"]["method"] == "ZigConv-equipped ResNet-101"
    res = _by_value(results_of(nlp, "We combine known tricks into basic networks. Our proposed stacked ResNet-101 shows "
                                    "an improvement in top-1 accuracy from 77.1% to 81.9% on ImageNet."))
    assert res["81.9%"]["method"] == "stacked ResNet-101"


def test_a_backbone_a_figure_is_given_for_is_no_later_figures_method(nlp):
    res = _by_value(results_of(nlp, "We propose the Zed Modulation (ZM) network. The proposed ZM architecture gives a "
                                    "boost on the COCO benchmark, achieving 27.1 AP for VGG16 and 34.8 AP for ResNet101 "
                                    "networks."))
    assert res["34.8"]["method"] != "VGG-16" and res["34.8"]["method"] != "VGG16"


def test_words_of_the_field_or_a_vague_way_are_no_system(nlp):
    res = _by_value(results_of(nlp, "We propose a fully automatic way to measure tumour shapes. Our deep learning model "
                                    "reached a mean Dice coefficient of 81%."))
    assert res["81%"]["method"] is None


def test_the_papers_own_kind_of_a_model_keeps_its_word(nlp):
    # "sparse vision transformers" is what the paper introduces; "vision transformers" the model it builds on
    res = _by_value(results_of(nlp, "We introduce sparse vision transformers, an architecture for video. On Kinetics-400, "
                                    "sparse vision transformers reach 81.3% top-1 accuracy."))
    assert res["81.3%"]["method"] == "sparse vision transformers"


def test_a_metric_written_run_together_is_no_method(nlp):
    # "F1score" is the F1 score written without its space: a metric, never whose figure it is
    res = _by_value(results_of(nlp, "We train a gated tagger. The tagger reaches an F1score of 93.7 on ZedSet and ranks "
                                    "2nd with 91.2 on the hidden board."))
    assert all(r["method"] != "F1score" for r in res.values())
    assert res["93.7"]["metric"] == "F1score"


def test_a_whole_number_cut_by_a_line_break_inside_its_figure_is_no_value(nlp):
    # "88. 31" is 88.31 split across two lines: the 88 before the break is no figure of its own
    res = results_of(nlp, "We propose FooNet. FooNet outperforms all prior methods with F1 scores of 88. 31, 91.12 "
                          "(partial), 70.41, and 72.96.", "FooNet: a net")
    assert "88" not in [v for v, *_ in res]
    # a figure with its decimals that ends a sentence before one opening on a number is still read
    res = results_of(nlp, "FooNet reaches an accuracy of 88.3 on BarSet. 25 layers are enough.", "FooNet: a net")
    assert [(v, m, d) for v, m, d, *_ in res] == [("88.3", "accuracy", "BarSet")]


def test_a_word_of_a_title_in_capitals_the_abstract_writes_in_lower_case_is_no_method(nlp):
    # the title's last word before its colon is an ordinary word ("ceiling"), not the paper's system
    res = results_of(nlp, "We show that shallow taggers hit a vocabulary ceiling. We propose a simple remedy and improve "
                          "the accuracy on FooBank to 97.1%.", "RAISING THE TAGGING CEILING: A WIDER LEXICON FOR TAGGERS")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("97.1%", None)]


def test_a_compound_adjective_the_paper_proposes_is_no_method(nlp):
    # "real-time" says how the paper's method is built: it is not the system the scores are of
    res = results_of(nlp, "This paper presents a real-time, single-pass grasp planning method for mobile robots. In our "
                          "tests, we achieve a 91% success rate on the BarGrasp benchmark.", "Grasping on the move")
    assert [v for v, *_ in res] == ["91%"] and res[0][3] != "real-time"


def test_a_described_system_with_a_compound_of_function_words_is_the_method(nlp):
    # "end-to-end" is one word of the description, not a clause ("to"): our parser is the described parser
    res = results_of(nlp, "We present an end-to-end neural graph-to-string tree parser that copies words with a pointer. "
                          "Our parser obtains 61% Smatch on the FooBank test set.", "Parsing trees with pointers")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("61%", "end-to-end neural graph-to-string tree parser")]
    # an evaluative compound is still no part of what the system is
    from kg.extract.results.described import described_system
    assert described_system("We present a state-of-the-art tree model.") is None


def test_a_title_subtitle_describing_the_system_is_the_method(nlp):
    # the part after the title's colon presents the paper's system by a description: "our network" is that system
    res = results_of(nlp, "Captions should mention every object in a picture. Our network reaches a CIDEr score of "
                          "121.4 on the ZorbCap test split.", "Look Closer and Speak: A Gated Residual Image Captioning Network")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("121.4", "Gated Residual Image Captioning Network")]
    # a bare kind after the colon names no system
    res = results_of(nlp, "Depth matters. Our approach reaches an accuracy of 88.2% on the ZorbDepth test split.",
                     "Seeing Depth: A Simple Geometric Approach")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("88.2%", None)]


def test_a_tool_our_system_is_built_with_is_not_the_method_of_its_figure(nlp):
    # the subject is the paper's own system: "with ZorbLM rescoring" says how it is built, not whose the 7.1% is
    res = results_of(nlp, "We describe our speech recognizer for call transcripts. The best single system uses a deep "
                          "convolutional acoustic model with ZorbLM rescoring, and achieves a word error rate of 7.1% on "
                          "the FooCall test set.", "A call transcription system")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("7.1%", None)]


def test_a_list_of_names_takes_a_list_of_figures_by_position(nlp):
    # two named models, two figures: each figure is its own model's, not both the last name's
    res = _by_value(results_of(nlp, "We study sentiment on the MovieRev dataset. The FooNet and BarNet models reach "
                                    "accuracies of 0.8455 and 0.8472.", "Sentiment with small models"))
    assert res["0.8455"]["method"] == "FooNet" and res["0.8472"]["method"] == "BarNet"
    res = _by_value(results_of(nlp, "We compare two detectors. FooDet, BarDet and BazDet obtain 41.2, 43.5 and 44.0 AP "
                                    "on COCO, respectively.", "Comparing detectors"))
    assert [res[v]["method"] for v in ("41.2", "43.5", "44.0")] == ["FooDet", "BarDet", "BazDet"]


def test_figures_paired_with_a_later_list_keep_their_method(nlp):
    # "respectively" pairs the figures with the backbones after them: the names before are not paired by position
    res = _by_value(results_of(nlp, "We build FooMix from the BarA and BazB methods, tuned to reach 72.8% and 75.0% "
                                    "top-1 accuracy on ImageNet using QuxS and QuxT, respectively.", "FooMix: mixing"))
    assert res["72.8%"]["method"] == res["75.0%"]["method"]
    assert res["72.8%"]["method"] not in ("BarA", "BazB")
    # ratios are stated against the names: not paired with them by position
    res = _by_value(results_of(nlp, "Our model matches BarA and BazB with 6x and 11x fewer parameters.", "FooMix: mixing"))
    assert not (res.get("6x", {}).get("method") == "BarA" and res.get("11x", {}).get("method") == "BazB")


def test_a_title_closing_on_plain_words_names_no_system(nlp):
    # the title ends on a phrase of ordinary words the abstract never writes: not the system of the results
    res = _by_value(results_of(nlp, "We learn a joint embedding of clips and captions. On the MovieQX benchmark our "
                                    "embedding reaches a Recall@10 of 21.4%.",
                               "Joint Video-Text Embeddings for Film Search with Plain-Language"))
    assert res["21.4%"]["method"] != "Plain-Language"
    res = _by_value(results_of(nlp, "We jointly train a detector with auxiliary labels. On the Foo benchmark the "
                                    "detector reduces the miss rate to 17.2%.", "Pedestrian Detection aided by Scene Tasks"))
    assert res["17.2%"]["method"] != "Scene Tasks"


# --- a part, a base model or a trained model is not the paper's system (issue 13) --------------------------

def test_a_name_in_a_part_attached_to_the_subject_is_not_its_method(nlp):
    # "with a ... encoder and an SVM classifier": parts of the subject's system; its figure is the named owner's
    text = ("We study sleep staging. The SpindleNet model with a ResNet-18 encoder and an SVM classifier reaches 87.3% "
            "accuracy on the SleepEDF dataset.")
    assert [(v, meth) for v, _, _, meth, *_ in results_of(nlp, text, "Sleep staging")] == [("87.3%", "SpindleNet")]
    # an unnamed owner: no method rather than the part
    res = results_of(nlp, text.replace("The SpindleNet model", "A recurrent model"), "Sleep staging")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("87.3%", None)]
    # a part head with a name of its own that is the subject stays the method
    res = results_of(nlp, "We study sleep staging. A ResNet-18 with a transformer head achieves 87.3% accuracy on the "
                          "SleepEDF dataset.", "Sleep staging")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("87.3%", "ResNet-18")]


def test_a_baseline_integrated_into_the_papers_system_is_not_its_method(nlp):
    text = ("We propose BarNet, a detector with dynamic anchors. On the FooAerial benchmark, our BarNet which is "
            "integrated with the baseline of Faster R-CNN surpasses the best prior method by 0.7% mAP.")
    assert [(v, meth) for v, _, _, meth, *_ in results_of(nlp, text, "BarNet: dynamic anchors")] == [("0.7%", "BarNet")]
    # the paper's own system attached to a known one is still whose figure it is
    res = results_of(nlp, text.replace("our BarNet which is integrated with the baseline of Faster R-CNN",
                                       "Faster R-CNN which is integrated with our BarNet"), "BarNet: dynamic anchors")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("0.7%", "BarNet")]


def test_a_known_model_our_pretraining_made_is_not_the_method(nlp):
    # "our ... pre-trained VGG-16": the base model of the paper's own (unnamed) training method
    for ours in ("Our jigsaw pre-trained VGG-16", "Our pre-trained VGG-16"):
        res = results_of(nlp, f"We propose to learn features by solving jigsaw puzzles. {ours} obtains 61.8% mAP on "
                              "PASCAL VOC 2012.", "Puzzles as a pretext")
        assert [(v, meth) for v, _, _, meth, *_ in res] == [("61.8%", None)], ours
    # without the training participle "our VGG-16" is still the model the figure is of
    res = results_of(nlp, "We propose to learn features by solving jigsaw puzzles. Our VGG-16 obtains 61.8% mAP on "
                          "PASCAL VOC 2012.", "Puzzles as a pretext")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("61.8%", "VGG-16")]


def test_the_model_we_train_and_then_score_is_the_method(nlp):
    # a paper proposing a training library or an optimizer: the figure is the trained model's
    text = ("We present FooPipe, a library for pipeline parallelism. We train a 300-million-parameter ResNeXt model "
            "and attain a top-1 accuracy of 83.0% on ImageNet.")
    assert [(v, meth) for v, _, _, meth, *_ in results_of(nlp, text, "FooPipe: scaling giant networks")] \
        == [("83.0%", "ResNeXt")]
    res = results_of(nlp, "We propose FooOpt, an optimizer. We train a ResNet-50 and obtain 77.0% top-1 accuracy on "
                          "ImageNet.", "FooOpt: fast optimization")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("77.0%", "ResNet-50")]
    # a paper's own model that we train stays its own
    res = results_of(nlp, "We present FooNet, a new architecture. We train FooNet on ImageNet and reach a top-1 accuracy "
                          "of 83.0%.", "FooNet: a network")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("83.0%", "FooNet")]


def test_the_model_an_opening_by_training_phrase_trains_is_the_method(nlp):
    # "By fine-tuning the ZorbNet model ..., we achieve": the trained model is the paper's model, also when "our
    # model" speaks; a name later in the phrase ("with BarNet targets") is no object of the training verb
    res = results_of(nlp, "By fine-tuning the ZorbNet language model on the Flib corpus, we achieve an accuracy of "
                          "81.3% on the Quux benchmark.", "A Robust Trick for Quux Reasoning")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("81.3%", "ZorbNet")]
    res = results_of(nlp, "We show that language modeling with fine-tuning solves this task. By training an "
                          "attention-based QuuxFormer network on 30GB of text and fine-tuning on the training set, our "
                          "model achieves a 0.61 F1 score on the Zorb emotion benchmark.", "Practical Review Classification")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("0.61", "QuuxFormer")]
    res = results_of(nlp, "By pre-training on the Flib corpus with BarNet targets, we reach 71.0% accuracy on Quux.")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("71.0%", None)]
    res = results_of(nlp, "By training on the BarNet outputs of the Flib corpus, we reach 71.0% accuracy on Quux.")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("71.0%", None)]


def test_a_stage_in_lower_case_modifying_the_measure_is_not_the_method(nlp):
    # "the fine-tuning accuracy": the measure taken after a stage, not a method; the model named before is whose
    text = ("We distill features from contrastive models. On the 2-billion-parameter ViT-G model, the fine-tuning "
            "accuracy is improved by +1.2 mIoU to 60.3 mIoU on ADE20K.")
    res = _by_value(results_of(nlp, text, "Distilling features"))
    assert res["60.3"]["method"] == "ViT-G" and res["+1.2"]["method"] == "ViT-G"
    res = results_of(nlp, "We study transfer. The fine-tuning accuracy reaches 88.1% on CIFAR-100.", "Transfer")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("88.1%", None)]
    # the technique as the subject stays the method
    res = results_of(nlp, "We study transfer. Fine-tuning reaches 88.1% on CIFAR-100.", "Transfer")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("88.1%", "fine-tuning")]


def test_a_change_restating_the_figure_before_is_the_same_systems(nlp):
    # "which is a N% relative gain" restates the figure before it: the subject of that figure is the method
    res = _by_value(results_of(nlp, "We introduce Quorvex, a contrastive learner. A linear probe on features learned by "
                                    "Quorvex reaches 71.2% top-1 accuracy on ImageNet, which is a 6% relative gain over "
                                    "earlier self-supervised learners.", "Quorvex: contrastive features"))
    assert res["71.2%"]["method"] == "Quorvex"
    assert res["6%"]["method"] == "Quorvex"


def test_the_method_as_subject_of_a_change_is_the_papers_system(nlp):
    # no "we"/"our": "the method", "the searched network" stand for the paper's named system
    res = _by_value(results_of(nlp, "We present Plimsor, a search for compact recognisers. Trained with a small budget, the "
                                    "method beats all similar variants by 9.5% on CIFAR-10. Experiments show that the searched "
                                    "network keeps its accuracy while cutting 40% FLOPs.", "Plimsor: Searching compact nets"))
    assert res["9.5%"]["method"] == "Plimsor"
    assert res["40%"]["method"] == "Plimsor"


def test_a_definite_description_of_another_work_is_not_the_papers_system(nlp):
    res = _by_value(results_of(nlp, "We present Plimsor, a search for compact recognisers. The method of earlier work loses "
                                    "9.5% accuracy on CIFAR-10.", "Plimsor: Searching compact nets"))
    assert res.get("9.5%", {}).get("method") != "Plimsor"


def test_a_gain_in_parentheses_after_a_figure_is_the_same_systems(nlp):
    res = _by_value(results_of(nlp, "We describe Vendral, a tagger. Trained on noisy labels, the Vendral tagger scores "
                                    "88.40% F1 on the Korvo corpus (3.2% gain) and 79.10% F1 on the Lenti corpus (2.7% gain).",
                               "Vendral: tagging with noisy labels"))
    assert res["3.2%"]["method"] == res["88.40%"]["method"] == "Vendral"


def test_a_title_that_names_a_groups_system_is_the_method_of_its_scores(nlp):
    # the title is the name of one group's entry ("The Zorbex 2019 ... System": a year, an acronym, a possessive mark
    # it as theirs); the abstract says only "our system" and "the best single system"
    res = _by_value(results_of(nlp, "We describe the speech recognition system we built this year. The best single system "
                                    "uses a deep acoustic model with rescoring, and achieves a word error rate of 7.4% on "
                                    "the Hub5 2000 evaluation set.",
                               title="The Zorbex 2019 Telephone Speech Recognition System"))
    assert res["7.4%"]["method"] == "Zorbex 2019 Telephone Speech Recognition System"
    res = _by_value(results_of(nlp, "This paper describes our submission to the news translation task. Our system "
                                    "reaches a BLEU score of 31.5 on newstest2019.",
                               title="The Institute of Xanadu's Machine Translation System for WMT19"))
    assert res["31.5"]["method"] == "Institute of Xanadu's Machine Translation System"
    # a title that argues about a system, with a year in it, is no system's name
    res = _by_value(results_of(nlp, "We describe a speech recognition system. Our system reaches a word error rate of "
                                    "7.4% on the Hub5 2000 evaluation set.",
                               title="The Case for a 2019 Speech Recognition System"))
    assert res["7.4%"]["method"] is None


def test_a_model_we_derive_and_name_in_apposition_is_the_method_of_a_passive_score(nlp):
    # no "we propose": the paper builds its model from another and names it after "namely"; the score sentence
    # that follows is passive and names no system
    res = _by_value(results_of(nlp, "Image denoisers keep growing more complex. We strip the gates from a plain "
                                    "residual baseline one by one, and we derive a Gate-Free Residual Network, namely "
                                    "GFRNet, from it. Top results are obtained on the SIDD benchmark with 31.25 dB PSNR.",
                               title="Plain Baselines for Image Denoising"))
    assert res["31.25 dB"]["method"] == "GFRNet"
    # the same apposition after a verb that does not make the model ("we compare against") names no system of ours:
    # the passive score is left without a method
    res = _by_value(results_of(nlp, "Image denoisers keep growing more complex. We compare against a strong residual "
                                    "network, namely GFRNet, on noisy photos. Top results are obtained on the SIDD "
                                    "benchmark with 31.25 dB PSNR.", title="Plain Baselines for Image Denoising"))
    assert res["31.25 dB"]["method"] is None


def test_the_system_named_in_apposition_takes_the_figures_not_the_part_that_helps_it(nlp):
    # the title names a loss the paper proposes; the sentence names the paper's whole detector in apposition as the
    # subject of the verb stating the figures: both figures are the detector's, not the loss's
    res = _by_value(results_of(nlp, "We propose ZapLoss, a training objective that ties box scores to suppression. "
                                    "Trained with ZapLoss, our detector, namely ZapDet, reaches a miss rate of 7.41% on "
                                    "Caltech and 11.25% on CityPersons.", "ZapLoss: Learning to Suppress Duplicate Boxes"))
    assert res["7.41%"]["method"] == "ZapDet" and res["11.25%"]["method"] == "ZapDet"
    # the figure the sentence compares it with is not its own
    res = results_of(nlp, "We propose ZapLoss, a training objective. Trained with ZapLoss, our detector, namely ZapDet, "
                          "reaches a miss rate of 7.41% on Caltech, compared to 9.02% for BarDet.",
                     "ZapLoss: Learning to Suppress Duplicate Boxes")
    assert [(v, meth, b) for v, _, _, meth, _, b in res] == [("7.41%", "ZapDet", "9.02%")]


def test_a_model_sized_or_styled_after_another_is_not_that_model(nlp):
    # "a Foo/Bar-base-sized model" is the paper's own model measured by Foo and Bar, whose figures the sentence
    # gives apart ("for Foo and Bar"): the figure is neither Foo's nor Bar's
    res = _by_value(results_of(nlp, "We replace every convolution with a shuffle of channels. On ImageNet, a ResNet/"
                                    "ConvNeXt-base-sized model reaches 76.2% top-1 accuracy, against 79.8% and 83.1% for "
                                    "ResNet and ConvNeXt respectively.", "Shuffling Is Enough"))
    assert res["76.2%"]["method"] is None


def test_a_part_the_abstract_introduces_after_a_figure_does_not_take_it(nlp):
    # the figure comes before the paper introduces its neck (a part, by the head word of how the paper describes it):
    # it is the whole system's, which the paper does not name; neither the neck's nor the backbone's
    res = results_of(nlp, "We gather training tricks for vehicle re-identification. By combining these tricks, the model "
                          "reaches 91.3% rank-1 accuracy on VeRi-776 with the pooled features of ResNet50. We then design "
                          "a novel neck structure named split normalization neck (SNNeck). SNNeck divides the embedding "
                          "into two spaces.", "A Plain Baseline and a Split Normalization Neck for Vehicle Re-identification")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("91.3%", None)]
    # a head the paper proposes after its figures: "we raise the state of the art ... Then ... a Foo (FN) head"
    res = results_of(nlp, "We propose several changes to lipreading models. First, we raise the accuracy on LRW to 87.2% "
                          "using self-distillation. Second, we design a new Gated Temporal Mixing Network (GTMN) head that "
                          "cuts the cost of the model.", "Faster Lipreading with Distilled Models")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("87.2%", None)]
    # unless the sentence credits the part: "with the proposed loss" is the loss named later
    res = results_of(nlp, "We study deep metric learning. With the proposed loss, our embedding reaches 81.4% Recall@1 on "
                          "CUB-200. We name this new loss the Zeta Margin Loss (ZML). ZML weighs hard pairs.",
                     "Zeta Margin Loss for Deep Metric Learning")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("81.4%", "ZML")]


def test_an_acronym_of_what_the_system_is_for_is_not_its_method(nlp):
    # the acronyms the abstract defines name the setting the model is built for (smart speakers) and what it extracts
    # (reaction events), not the model: "our model" and "it" are the paper's unnamed model, not HSS or CREs
    res = results_of(nlp, "We present an end-to-end model for spoken intent recognition in household smart speakers "
                          "(HSS). Our model reaches 97.1% accuracy on the Fluent Commands dataset.",
                     title="End-to-End Intent Recognition for Household Smart Speakers")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("97.1%", None)]
    res = results_of(nlp, "We present a new parser to extract chemical reaction events (CREs) from patents. It achieves "
                          "an F1 score of 88.2% on the ChemPat corpus.", title="Chemical Event Parsing")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("88.2%", None)]
    # a system the paper names in the same sentence as its setting keeps its figures
    res = results_of(nlp, "We introduce the Zonal Routing Network (ZRN) for traffic forecasting in smart cities (SC). "
                          "ZRN achieves an MAE of 2.31 on the PEMS-Z dataset.", title="Zonal Routing Networks")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("2.31", "ZRN")]


def test_a_base_model_our_method_equips_is_not_the_method_of_its_figure(nlp):
    # the clause opens on a phrase crediting the paper's pre-training: the plain Transformer that reaches the figure is
    # the base the paper's method trains, the figure is the method's
    res = results_of(nlp, "We present Quill-MAE, a masked pre-training scheme for point clouds. Equipped with our "
                          "pre-training strategy, we show that a plain Transformer architecture attains 92.4% accuracy on "
                          "ModelNet40.", title="Quill-MAE: Masked Pre-training of Point Cloud Transformers")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("92.4%", "Quill-MAE")]
    # the paper's network named by its acronym in the opening phrase ("when equipped with ZPN")
    res = results_of(nlp, "We propose the Zonal Pyramid Network (ZPN), a plug-in for video models. When equipped with ZPN, "
                          "the 3D ResNet-50 obtains 76.1% top-1 accuracy on Kinetics-400.",
                     title="Zonal Pyramid Networks for Action Recognition")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("76.1%", "Zonal Pyramid Networks")]
    # a base model given as an example of the paper's method's figures
    res = results_of(nlp, "We introduce Quill-BEiT, an image pre-training method. Experiments show the strength of our "
                          "method, e.g., the pre-trained ViT-B achieves 83.9% top-1 accuracy on ImageNet-1K.",
                     title="Quill-BEiT: Soft Targets for Image BERT Pre-training")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("83.9%", "Quill-BEiT")]
    # a name that is not the paper's equipping a base model leaves the base's figure to the base
    res = _by_value(results_of(nlp, "We propose ZapDet, a new detector. Equipped with FPN, ResNet-50 reaches 38.2% AP on "
                                    "COCO, and ZapDet reaches 41.0% AP.", title="ZapDet: Fast Detection"))
    assert res["38.2%"]["method"] == "ResNet-50" and res["41.0%"]["method"] == "ZapDet"


def test_a_named_system_the_abstract_keeps_as_subject_beats_a_lowercase_proposal(nlp):
    # the only proposal kg reads is a description in lower case ("dense anchors"); the system the abstract defines
    # an acronym for and then writes as the subject of its claims ("SOQ is", "SOQ outperforms") is "our model"
    text = ("Detectors built on queries are popular. We argue that the right queries are Sparse Ordered Queries (SOQ). "
            "Concretely, we introduce dense anchors back to the framework to seed the queries. SOQ is faster and "
            "simpler. SOQ outperforms earlier detectors on COCO. Our model reaches 47.1 AP on COCO.")
    res = _by_value(results_of(nlp, text, title="Which queries does a detector need?"))
    assert res["47.1"]["method"] == "SOQ"


def test_a_lowercase_proposal_stays_ours_when_no_named_system_acts(nlp):
    # the acronym is defined but never the subject of a sentence: the proposal stays what "our model" stands for
    text = ("Detectors built on queries are popular. We argue that the right queries are Sparse Ordered Queries (SOQ). "
            "Concretely, we introduce dense anchors back to the framework to seed the queries. SOQ is faster. "
            "Our model reaches 47.1 AP on COCO.")
    res = _by_value(results_of(nlp, text, title="Which queries does a detector need?"))
    assert res["47.1"]["method"] == "dense anchors"


def test_an_optimizer_the_paper_adds_is_not_what_we_stand_for(nlp):
    # the only name the paper gives is its optimizer, in apposition to what it is ("a variant of ... gradient
    # method"): the figure "we" achieve with all the strategies is not the optimizer's
    text = ("We study taggers. We add dropout on the weights of the tagger. Further, we introduce QX-Adam, a variant "
            "of the adaptive stochastic gradient method, wherein the step size is set by a simple rule. Using these "
            "strategies, we achieve an accuracy of 97.1% on Penn Treebank.")
    res = _by_value(results_of(nlp, text, title="Regularizing recurrent taggers"))
    assert res["97.1%"]["dataset"] == "Penn Treebank"
    assert res["97.1%"]["method"] != "QX-Adam"


def test_a_model_in_apposition_to_a_network_stays_what_we_stand_for(nlp):
    # the apposition says what the name is (a network), the optimizer is only what it is trained with
    text = ("We study taggers. Further, we introduce QX-Tagger, a recurrent network trained with a new optimizer. "
            "We achieve an accuracy of 97.1% on Penn Treebank.")
    res = _by_value(results_of(nlp, text, title="Regularizing recurrent taggers"))
    assert res["97.1%"]["method"] == "QX-Tagger"


# --- issue 13: the object of a comparison and a member of an ensemble are not whose the figure is ----------------

@pytest.mark.parametrize("abstract, value, method", [
    # a comparison written with a participle, a noun or an adjective: the compared name is the baseline
    ("We propose ZorbNet. Comparing with the original GloomNet, we achieved a gain of 4.5% on FooSet.", "4.5%", "ZorbNet"),
    ("We propose ZorbNet. A ZorbNet variant similar to GloomNet-L has 12x fewer parameters on FooSet.", "12x", "ZorbNet"),
    ("GloomNet achieves results superior to ZorbNet baselines with 81.4% accuracy on FooSet.", "81.4%", "GloomNet"),
    ("We propose ZorbNet. At small sizes, it reaches the same quality as the original GloomNet with 35.5% fewer "
     "parameters.", "35.5%", "ZorbNet"),
    ("A comparison of the two-stage pipeline with a plain GloomNet on FooSet shows that the pipeline reaches 88.1% "
     "accuracy.", "88.1%", None),
])
def test_a_name_compared_with_is_not_the_method(nlp, abstract, value, method):
    res = _by_value(results_of(nlp, abstract, "ZorbNet: fast zorbing" if "ZorbNet" in abstract else "Quux models"))
    assert res[value]["method"] == method


def test_an_as_well_as_list_is_no_comparison(nlp):
    # "A as well as B reach": a conjunction, not a comparison; B stays the nearest subject as before
    res = _by_value(results_of(nlp, "ZorbNet as well as GloomNet reach 80.1% accuracy on FooSet.", "Quux models"))
    assert res["80.1%"]["method"] == "GloomNet"


def test_an_ensemble_of_several_kinds_is_not_one_members(nlp):
    # the figure of an ensemble of different models is not the last member's; an ensemble of copies of one model
    # may still be credited to that model
    res = _by_value(results_of(nlp, "An ensemble of three GloomNets and one ZorbNet reaches 3.1% top-5 error on "
                                    "FooSet. With an ensemble of four residual networks and one GloomNet, we achieve "
                                    "3.2% top-5 error on BarSet. An ensemble of two GloomNets achieves 1.23 BPC on "
                                    "BazSet.", "Quux models"))
    # ... it is the ensemble's, as written (judges, issue 13: an empty method though the sentence names the system)
    assert res["3.1%"]["method"] == "ensemble of three GloomNets and one ZorbNet"
    assert res["3.2%"]["method"] == "ensemble of four residual networks and one GloomNet"
    assert res["1.23"]["method"] == "GloomNets"
    # a member that only modifies the ensemble's head ("ZorbNet-based") leaves the phrase's end unknown: no half name
    res = _by_value(results_of(nlp, "An ensemble of GloomNets and ZorbNet-based ranking models reaches 3.4% top-5 error "
                                    "on FooSet.", "Quux models"))
    assert res["3.4%"]["method"] in (None, "ensemble of GloomNets and ZorbNet-based ranking models"), res
    # a name after the comma that closes the ensemble's phrase is the clause's subject
    res = _by_value(results_of(nlp, "Using an ensemble of teachers and data augmentation, ZorbNet reaches 2.7% top-5 "
                                    "error on FooSet.", "Quux models"))
    assert res["2.7%"]["method"] == "ZorbNet"


def test_a_capital_with_a_digit_before_a_known_name_is_its_variant(nlp):
    # "Our Q4D ResNet": a token written as a name (capital and digit) between "our" and a name kg knows names the
    # paper's variant, not the base family
    res = _by_value(results_of(nlp, "Our Q4D ResNet reaches 5.5% top-1 error on FooSet.", "Quux residual nets"))
    assert res["5.5%"]["method"] == "Q4D ResNet"


def test_a_named_model_trained_with_our_method_takes_the_figure_of_a_paper_naming_none(nlp):
    # the clause's subject is a named model, built on by a participle phrase with "our" method: in a paper that names
    # no method of its own, the figure is that model's (as trained), not an empty method
    res = _by_value(results_of(nlp, "We describe a cheap recipe for adapting image classifiers to a new input size. "
                                    "With a tenth of the labels, QuuxNet-50 tuned with our recipe achieves 76.4% top-1 "
                                    "accuracy on ImageNet. A ZorbNet-200 16x8d pre-trained on 300 million 160×160 images "
                                    "and further adapted with our recipe at 288×288 reaches 85.1% top-1 accuracy."))
    assert res["76.4%"]["method"] == "QuuxNet-50"
    assert res["85.1%"]["method"] == "ZorbNet-200"
    # a paper that names its own method keeps the figure for it; a "we" clause after the name is not the name's
    named = _by_value(results_of(nlp, "We propose BlorpCL, a contrastive recipe. QuuxNet-50 tuned with our recipe "
                                      "achieves 76.4% top-1 accuracy on ImageNet."))
    assert named["76.4%"]["method"] == "BlorpCL"
    other = _by_value(results_of(nlp, "QuuxNet-50 tuned with our recipe, we then distil a student that achieves 71.0% "
                                      "top-1 accuracy on ImageNet."))
    assert other["71.0%"]["method"] != "QuuxNet-50"


def test_an_architecture_in_apposition_to_the_named_system_is_not_its_method(nlp):
    # "our Foo model, a Bar with N parameters ... reaches": the apposition says what the named system is built as
    res = _by_value(results_of(nlp, "We study pretraining at scale. Our largest Zorbic (ZRB) model, a ResNet-200 with "
                                    "2.1B parameters trained on 3B web images, reaches 81.5% top-1 accuracy on ImageNet.",
                               "Pretraining at scale"))
    assert res["81.5%"]["method"] == "ZRB" and res["2.1B"]["method"] == "ZRB"
    # a part named inside the apposition is not the system either
    res = _by_value(results_of(nlp, "We introduce QuuxSeg, a segmenter. QuuxSeg, a ResNet-50 with a light decoder, "
                                    "obtains 77.1% mIoU on Cityscapes.", "QuuxSeg"))
    assert res["77.1%"]["method"] == "QuuxSeg"
    # a name the apposition follows that something is compared with is not credited
    res = _by_value(results_of(nlp, "Compared to BarNet, a ResNet-50 with a light decoder reaches 70.2% mIoU on "
                                    "Cityscapes.", "A study of decoders"))
    assert res["70.2%"]["method"] != "BarNet"


def test_a_backbone_a_model_is_based_on_is_a_setting_not_its_method(nlp):
    # "based on the X backbone": the backbone is a setting of the figure's system (issue 13), not the system
    text = "With 78.1% top-1 accuracy on ImageNet, our model based on the QuokkaNet-50 backbone beats the baselines."
    res = _by_value(results_of(nlp, text, title="Efficient glyph classification"))
    assert res["78.1%"]["method"] != "QuokkaNet-50"
    res = _by_value(results_of(nlp, text, title="Gated shelf models for glyph classification"))
    assert res["78.1%"]["method"] != "QuokkaNet-50"


def test_a_name_a_detector_is_based_on_is_its_method(nlp):
    text = ("We train shelf detectors on FooMed scans. Results: with a mean average precision of 0.815, our best "
            "detector based on the Spectral Quokka Glyph Shelf algorithm beats the baselines on FooMed.")
    res = _by_value(results_of(nlp, text, title="Neural shelf detectors for glyph scans"))
    assert res["0.815"]["method"] == "Spectral Quokka Glyph Shelf"


def test_a_title_phrase_the_abstract_names_as_a_network_gives_way_to_that_network(nlp):
    # "with <Phrase>" in the title is a piece of the name the abstract gives its system: the system
    title = "Learning Sharp Descriptors with Many Granularities for Bird Re-Identification"
    lead = "In this paper, we propose an end-to-end descriptor learning strategy that mixes sharp cues with many granularities. "
    tail = ", a three-branch deep model. On our bird set we obtain a Rank-1 accuracy of 91.2% with this method."
    res = results_of(nlp, lead + "We carefully design the Many Granularity Network (MYN)" + tail, title=title)
    assert [(v, me) for v, _, _, me, *_ in res] == [("91.2%", "Many Granularity Network")]
    # a name that only shares a word with the phrase leaves the title's phrase
    res = results_of(nlp, lead + "We carefully design the Many Output Network (MON)" + tail, title=title)
    assert [(v, me) for v, _, _, me, *_ in res] == [("91.2%", "Many Granularities")]


def test_a_title_phrase_in_ches_gives_way_to_the_network_named_by_its_singular(nlp):
    # "Patches" is "patch" plural: the abstract's "Many Patch Network" is the system the title's phrase is a piece of
    title = "Learning Sharp Descriptors with Many Patches for Bird Re-Identification"
    lead = "In this paper, we propose an end-to-end descriptor learning strategy that mixes sharp cues with many patches. "
    tail = ", a three-branch deep model. On our bird set we obtain a Rank-1 accuracy of 91.2% with this method."
    res = results_of(nlp, lead + "We carefully design the Many Patch Network (MYN)" + tail, title=title)
    assert [(v, me) for v, _, _, me, *_ in res] == [("91.2%", "Many Patch Network")]


def test_a_title_written_as_an_equation_or_question_is_no_system_name(nlp):
    # the quoted head '"ZNN -ZN = ?"' is the paper's riddle, not the name of the model its figures are of
    title = '"ZNN -ZN = ?": Training Zorb Neural Networks without Zorb Normalization'
    res = results_of(nlp, "Zorb normalization (ZN) is held to be essential for zorb neural networks (ZNN). We show that "
                          "ZN can be removed from ZNN training. Our trained networks reach 91.0% accuracy on CIFAR-10.",
                     title=title)
    assert res and all("=" not in (me or "") and "?" not in (me or "") for _, _, _, me, *_ in res)
