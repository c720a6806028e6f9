"""Stated results: lists, "respectively", the paper's own method named in its title, and what is no
score (kg/extract/results/). Sentences written for these tests; figures on real abstracts come from
scripts/eval_results.py."""
import pytest

from kg.extract import build_nlp, extract_papers
from kg.extract.text_spans import sentences
from kg.models import Paper
from kg.vocab import EntityType as T

from helpers import results_of


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def test_a_sentence_goes_on_after_vs_and_eg():
    text = "Our parser wins (88.6% vs. 60.9%) on the test set. It helps e.g. tagging. Done."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Our parser wins (88.6% vs. 60.9%) on the test set.", "It helps e.g. tagging.", "Done."]


def test_respectively_closes_a_list_the_next_value_starts_its_own(nlp):
    # the value after "respectively" is not a third member of the pair before it
    res = results_of(nlp, "Our network reaches 84.6% and 80.2% accuracy on PACS and VLCS, respectively, "
                          "and 70.1% accuracy on OfficeHome.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("84.6%", "accuracy", "PACS"), ("80.2%", "accuracy", "VLCS"),
                                                 ("70.1%", "accuracy", "OfficeHome")]
    res = results_of(nlp, "We obtain 61.2 and 58.4 BLEU on WMT14 and WMT16, respectively, and 33.0 and 35.5 BLEU on "
                          "IWSLT14 and IWSLT15, respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("61.2", "WMT14"), ("58.4", "WMT16"), ("33.0", "IWSLT14"),
                                              ("35.5", "IWSLT15")]


def test_respectively_pairs_by_list_structure_with_members_kg_did_not_type(nlp):
    # "Zorb" is in no lexicon: it still takes its place in the list, so the values after it do not shift
    res = results_of(nlp, "We set new records on the CUB200, Cars196, Zorb, and InShop datasets, achieving "
                          "Recall@1 scores of 71.2, 88.1, 80.4, and 89.9, respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("71.2", "CUB200"), ("88.1", "Cars196"), ("80.4", "Zorb"),
                                              ("89.9", "InShop")]
    res = results_of(nlp, "Our model reaches a clustering accuracy of 88.1%, 47.0% and 82.1%, respectively, "
                          "on CIFAR-10, CIFAR-100/20 and STL10.")
    assert [(v, d) for v, _, d, *_ in res] == [("88.1%", "CIFAR-10"), ("47.0%", "CIFAR-100"), ("82.1%", "STL10")]


def test_a_list_of_versions_names_one_dataset_each(nlp):
    res = results_of(nlp, "We reach a J of 86.7 and 78.2 on DAVIS 2016/2017 val set respectively (and a fast runtime "
                          "on DAVIS 2016). Our model obtains 93.6% and 87.7% F1 on SQuAD 1.1 and 2.0 respectively.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("86.7", "J", "DAVIS 2016"), ("78.2", "J", "DAVIS 2017"),
                                                 ("93.6%", "F1", "SQuAD 1.1"), ("87.7%", "F1", "SQuAD 2.0")]


def test_a_version_written_after_the_data_noun_stays_with_the_name(nlp):
    # "the Foo dataset V2" is the set's second version: Foo V2, not the series Foo
    res = results_of(nlp, "Our model reaches 96.1% accuracy on the Zorb-Commands dataset V2 and 95.2% accuracy on the "
                          "Quux-Wiki corpus v1.1.")
    assert [(v, d) for v, _, d, *_ in res] == [("96.1%", "Zorb-Commands V2"), ("95.2%", "Quux-Wiki v1.1")]
    # a "V2" of the next sentence, or a longer tag, is no version of the name
    res = results_of(nlp, "Our tagger reaches 96.1% accuracy on the Zorb-Commands dataset. V2 of it is harder.")
    assert [(v, d) for v, _, d, *_ in res] == [("96.1%", "Zorb-Commands")]


def test_a_task_name_with_a_version_is_the_data_a_figure_is_on(nlp):
    # a task has no versions: "MOT v3" and "VQA 1.0 [3]" are data (each figure its own), "SRL 2.0" too
    res = results_of(nlp, "Our tracker reaches 61.5% MOTA on MOT v3 and 58.2% MOTA on MOT 2.1.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("61.5%", "MOTA", "MOT v3"), ("58.2%", "MOTA", "MOT 2.1")]
    res = results_of(nlp, "Our parser obtains an F1 of 88.2 on SRL 2.0, and a 21.2 BLEU on NMT v2.")
    assert [(v, d) for v, _, d, *_ in res] == [("88.2", "SRL 2.0"), ("21.2", "NMT v2")]
    res = results_of(nlp, "We also test on a harder VQA benchmark. On VQA 1.0 [3] open ended track, the model reaches "
                          "64.1% accuracy, and 0.4% more on VQA 2.0 [4].")
    assert [(v, d) for v, _, d, *_ in res] == [("64.1%", "VQA 1.0"), ("0.4%", "VQA 2.0")]
    # (a figure with no metric on such a name is kept, as on any dataset named right after it)
    assert [(v, d) for v, _, d, *_ in results_of(nlp, "Our model reaches 68.3% on MOT v3.")] == [("68.3%", "MOT v3")]
    # the task named bare is still no dataset
    assert [(v, d) for v, _, d, *_ in results_of(nlp, "Our tracker reaches 61.5% MOTA on MOT.")] == [("61.5%", None)]


def test_a_short_metric_name_right_before_its_value(nlp):
    res = results_of(nlp, "Our GAN reaches strong results (IS=9.12, FID=10.31) on the CIFAR-10 dataset.")
    assert {(v, m, d) for v, m, d, *_ in res} == {("9.12", "IS", "CIFAR-10"), ("10.31", "FID", "CIFAR-10")}


@pytest.mark.parametrize("title, abstract, method", [
    ("Zyx at SemEval-2020 Task 7: Mixing Lexical and Graph Features",
     "This paper describes Zyx, our entry. It ranks third in the SemEval-2020 Task 7 with an F1 score of 0.71.", "Zyx"),
    ("Automatic Lesion Segmentation using U-Net-DenseNet121",
     "We train our model on the ISIC dataset and it achieves a Dice coefficient of 0.8154.", "U-Net-DenseNet121"),
    ("Better Regularization of Convolutional Neural Networks with Patchdrop",
     "Our regularization yields a test error of 2.61% on CIFAR-10.", "Patchdrop"),
    ("Fast Segmentation using Space-Time Routing Networks",
     "Our method reaches a J&F of 81.2 on DAVIS 2017.", "Space-Time Routing Networks"),
    ("Compact-Fast TileNet for Real-Time Segmentation",
     "We adapt a segmentation network, called TileNet [4], to real-time use. Our model reaches 80.1% mIoU on "
     "PASCAL VOC.", "Compact-Fast TileNet"),
])
def test_the_title_names_the_system_the_abstract_leaves_unnamed(nlp, title, abstract, method):
    res = results_of(nlp, abstract, title=title)
    assert res and {r[3] for r in res} == {method}


def test_a_title_naming_only_kinds_of_model_names_no_system(nlp):
    res = results_of(nlp, "Our model achieves an accuracy of 89.2% on the Cornell Grasp Dataset.",
                     title="Grasp Detection using Deep Convolutional Neural Networks")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("89.2%", None)]


def test_a_baseline_in_a_parenthesis_and_a_size_written_with_a_sign(nlp):
    res = results_of(nlp, "Our slowest model runs at 31 FPS (from original 16 FPS) on 640 × 480 inputs.")
    assert [(v, m, k, b) for v, m, _, _, k, b in res] == [("31 FPS", "FPS", "score", "16 FPS")]


def test_a_parenthesis_from_a_to_b_gives_the_baseline(nlp):
    res = results_of(nlp, "On COCO test-dev, FooPose promotes the top-down method SimpleNet by 1.6 AP (72.5 to 74.1).")
    assert [(v, m, d, k, b) for v, m, d, _, k, b in res] == [("1.6", "AP", "COCO test-dev", "delta", None),
                                                            ("74.1", "AP", "COCO test-dev", "score", "72.5")]


def test_respectively_with_no_list_of_its_own_takes_the_last_sentences_list(nlp):
    res = results_of(nlp, "Human transcribers reach 6.1% on the Switchboard portion of the data and 11.6% on the "
                          "CallHome portion where friends talk. Our system reaches error rates of 5.7% and 10.9%, "
                          "respectively.")
    assert [(v, d) for v, _, d, *_ in res if v in ("5.7%", "10.9%")] == [("5.7%", "Switchboard"), ("10.9%", "CallHome")]


def test_a_word_in_lower_case_is_no_metric_kg_knows_only_in_capitals(nlp):
    res = results_of(nlp, "Attention models for VQA generate spatial maps. Our model improves from 61.2% to 63.1% on "
                          "the COCO-QA dataset.")
    assert [(v, m) for v, m, *_ in res] == [("63.1%", None)]  # not "maps" read as "mAPs"


def test_the_subject_of_a_later_clause_and_of_a_joined_verb(nlp):
    res = results_of(nlp, "We propose the Mobile Latency-Aware (MoLA) search. With 100× fewer GPU days than FooNet, we "
                          "obtain models that outperform BarNet, i.e., MoLA-A achieves 75.1% top-1 accuracy on ImageNet.")
    assert [(v, meth) for v, _, _, meth, k, _ in res if k == "score"] == [("75.1%", "MoLA-A")]
    res = results_of(nlp, "We build QZ-DARTS. Results show that QZ-DARTS obtains 94.1% test accuracy on CIFAR-10 (the "
                          "best in the space), and achieves a top-1 test error of 24.2% on ImageNet.")
    assert [(v, d, meth) for v, _, d, meth, *_ in res] == [("94.1%", "CIFAR-10", "QZ-DARTS"),
                                                          ("24.2%", "ImageNet", "QZ-DARTS")]


def test_a_name_right_after_a_value_and_on_is_what_it_is_measured_on(nlp):
    res = results_of(nlp, "Our model reaches a rank-1 accuracy of 93.9% on Market-1501, 88.2% on QuuxMTMC-ReID and "
                          "70.1% on Zorb-Faces. It also reaches an instance IoU of 85.9% on the ShapeNetPart "
                          "segmentation task.")
    assert [(v, d) for v, _, d, *_ in res] == [("93.9%", "Market-1501"), ("88.2%", "QuuxMTMC-ReID"),
                                              ("70.1%", "Zorb-Faces"), ("85.9%", "ShapeNetPart")]


def test_a_list_of_values_after_one_with_a_metric_takes_its_metrics(nlp):
    res = results_of(nlp, "On the LibriSpeech benchmark, our model achieves WER of 2.2%/4.4% without a language "
                          "model and 1.8%/3.8% with an external language model.")
    assert [(v, m) for v, m, *_ in res] == [("2.2%", "WER"), ("4.4%", "WER"), ("1.8%", "WER"), ("3.8%", "WER")]


def test_a_paper_whose_only_metric_is_typed_method_still_states_results(nlp):
    res = results_of(nlp, "Our counting model reaches an MAE of 58.1, 6.9 and 88.2 on QuuxTechA, QuuxTechB and "
                          "Zorb_QNRF, respectively.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("58.1", "MAE", "QuuxTechA"), ("6.9", "MAE", "QuuxTechB"),
                                                 ("88.2", "MAE", "Zorb_QNRF")]


def test_a_short_metric_in_lower_case_as_a_values_unit(nlp):
    res = results_of(nlp, "Our model reaches strong results on the WikiText-103 and Enwik8 benchmarks, achieving "
                          "17.4 ppl and 0.98 bpc respectively.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("17.4", "ppl", "WikiText-103"), ("0.98", "bpc", "Enwik8")]


def test_a_noun_of_change_after_a_list_is_said_of_every_member(nlp):
    res = results_of(nlp, "Our method wins on ABCDS, XYZDS, and QRSDS with 21.7% and 12.9% improvements respectively on "
                          "ABCDS and XYZDS, and a 3.1% improvement on QRSDS.")
    assert {v: k for v, *_, k, _ in res} == {"21.7%": "delta", "12.9%": "delta", "3.1%": "delta"}


def test_changes_listed_after_a_change_shares_sizes_and_compared_figures(nlp):
    res = results_of(nlp, "Our models improve the baselines by up to 1.5% top-1 accuracy, 2.4% and 2.3% box AP, and "
                          "4.1% mean IoU. On the FooQA dataset, our model gains 20.4% EM and 20.5% F1 over all "
                          "non-BERT models, and 5.1% EM and 6.1% F1 over BERT-based models.")
    assert {k for *_, k, _ in res} == {"delta"} and len(res) == 8
    res = results_of(nlp, "Our encoder reaches 91-96% of the accuracy of BERT on the GLUE benchmark. We reach 37.9% WER "
                          "without a language model, which compares to 37.5% WER for a strong HMM baseline. The found "
                          "model obtains a test error of 2.71% with only 2.4M parameters on CIFAR-10.")
    assert [(v, k, b) for v, *_, k, b in res] == [("91-96%", "ratio", None), ("37.9%", "score", "37.5%"),
                                                 ("2.71%", "score", None), ("2.4M", "size", None)]


def test_hardware_after_a_speed_is_no_dataset(nlp):
    res = results_of(nlp, "Our small network achieves 67.1% validation mIoU on Cityscapes with less than 35 ms "
                          "inference times on the NVIDIA Xavier, and trains 80% faster on GPUs.")
    assert ("67.1%", "Cityscapes") in [(v, d) for v, _, d, *_ in res]
    assert all(d in (None, "Cityscapes") for _, _, d, *_ in res)


def test_a_time_is_lower_better_and_mixed_dashes_are_two_figures():
    from kg.metrics import MetricKnowledge
    known = MetricKnowledge.load()
    assert known.higher_is_better("test-time speed", "170ms") is False
    assert known.higher_is_better("FPS", "17 FPS") is True


def test_data_is_never_the_papers_method_nor_whose_result_it_is(nlp):
    res = results_of(nlp, "We introduce a new saints data set. The proposed classifier achieves 70.1% Recall. "
                          "Using 53k hours of unlabeled data from LibriVox achieves WERs of 3.1%/5.3% on the test sets.",
                     title="A Data Set and a Model for Classifying Saints")
    assert all(meth is None for _, _, _, meth, *_ in res) and len(res) == 3
    res = results_of(nlp, "Our sleep model reaches a similar overall accuracy (Sleep-EDF: 81.0%-75.9).")
    assert "81.0%-75.9" not in [v for v, *_ in res]


@pytest.mark.parametrize("title, method", [
    ("Pairing Networks for One Shot Learning", "Pairing Networks"),
    ("Optical Flow Guided Cue: A Fast and Robust Motion Representation", "Optical Flow Guided Cue"),
    ("Robust Face Recognition via Knowledge Distillation", None),
    ("Image Classification with Very Small Datasets", None),
])
def test_a_title_that_opens_on_a_systems_name(nlp, title, method):
    res = results_of(nlp, "Our model reaches 93.1% accuracy on ImageNet.", title=title)
    assert [meth for _, _, _, meth, *_ in res] == [method]


def test_a_relative_clause_about_the_result_names_its_dataset(nlp):
    res = results_of(nlp, "We obtain an accuracy of 84.9%, which is the best reported result on SNLI without "
                          "cross-sentence attention.")
    assert [(v, d) for v, _, d, *_ in res] == [("84.9%", "SNLI")]


def test_the_previous_bests_list_of_figures_is_no_result(nlp):
    res = results_of(nlp, "Our models reach an FID of 7.9 on ImageNet, improving over the previous best IS of 51.2 "
                          "and FID of 17.6.")
    assert "17.6" not in [v for v, *_ in res] and "51.2" not in [v for v, *_ in res]


def test_a_title_tool_that_is_data_is_no_method(nlp):
    res = results_of(nlp, "The best models predict the top 10 codes with 0.6911 F1 on MIMIC-III.",
                     title="An Evaluation of Code Assignment using MIMIC-III Clinical Notes")
    assert [meth for _, _, _, meth, *_ in res] != ["MIMIC-III Clinical Notes"]


def test_an_ap_subscript_and_a_capitalised_variant_word(nlp):
    res = results_of(nlp, "At a big size, the Grown Transformer reaches a BLEU score of 29.1 on WMT'14 English-German. "
                          "FooPoints reaches 45.1 AP and 66.2 AP 50 on the COCO test-dev benchmark.",
                     title="The Grown Transformer")
    assert [(v, m, meth) for v, m, _, meth, *_ in res] == [("29.1", "BLEU score", "Grown Transformer"),
                                                          ("45.1", "AP", "FooPoints"), ("66.2", "AP50", "FooPoints")]


def test_bounds_shares_cited_figures_and_a_title_word_in_capitals(nlp):
    res = results_of(nlp, "On S3DIS, the Point Former attains an mIoU of 71.1% on Area 5, crossing the 70% mIoU "
                          "threshold for the first time. On STL-10 it prunes up to 77% of unlabelled images. "
                          "In [17], a compact student network achieves 97.12% accuracy on LFW. Our model gets 99.1% "
                          "accuracy on LFW.")
    assert [(v, k) for v, *_, k, _ in res] == [("71.1%", "score"), ("77%", "ratio"), ("99.1%", "score")]
    res = results_of(nlp, "Our model reaches a sensitivity of 99.1% on the MIT-BIH arrhythmia database.",
                     title="HEARTBEAT CLASSIFICATION FOR ARRHYTHMIA DETECTION: A SEQUENCE TO SEQUENCE APPROACH")
    assert [meth for _, _, _, meth, *_ in res] == [None]


def test_a_value_in_a_unit_of_storage_is_a_size(nlp):
    res = results_of(nlp, "We build two variants, QuuxNet (176.3 MB, 30 FPS on one GPU) and QuuxNet-S (4.7MB, 40 FPS). "
                          "QuuxNet reaches an F-measure of 0.921 on the Zorb saliency benchmark.")
    kinds = {v: k for v, _, _, _, k, _ in res}
    assert kinds["176.3 MB"] == "size" and kinds["4.7MB"] == "size"
    assert kinds["0.921"] == "score"


def test_a_name_opening_with_digits_after_a_value_and_on(nlp):
    res = results_of(nlp, "Our model raises the F1 score from 59.6% to 69.1% on Breakfast, from 73.4% to 81.5% on "
                          "40Plates, and from 83.6% to 89.1% on GTEA.")
    assert [(v, d, b) for v, _, d, _, _, b in res] == [("69.1%", "Breakfast", "59.6%"), ("81.5%", "40Plates", "73.4%"),
                                                       ("89.1%", "GTEA", "83.6%")]


def test_a_dataset_between_a_value_and_its_metric_binds_both(nlp):
    # issue 18: "ImageNet top-1 accuracy" is the Dataset ImageNet and the Metric top-1 accuracy, not one Metric
    res = results_of(nlp, "Our small tagger reaches a new best 78.9% ImageNet top-1 accuracy on phones.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("78.9%", "top-1 accuracy", "ImageNet")]


def test_items_of_a_list_pair_with_datasets_item_by_item(nlp):
    # each item holds two values joined by "/": the three items pair with the three datasets, the repeated
    # name keeps the word that tells its subsets apart
    res = results_of(nlp, "Our network sets new records on CUHK03 labeled, CUHK03 detected, and Market-1501 with "
                          "81.5% mAP / 83.2% rank1, 79.4% mAP / 80.9% rank1, and 90.5% mAP / 95.3% rank1, respectively.")
    assert [(v, m, d) for v, m, d, *_ in res] == [
        ("81.5%", "mAP", "CUHK03 labeled"), ("83.2%", "rank1", "CUHK03 labeled"),
        ("79.4%", "mAP", "CUHK03 detected"), ("80.9%", "rank1", "CUHK03 detected"),
        ("90.5%", "mAP", "Market-1501"), ("95.3%", "rank1", "Market-1501")]
    res = results_of(nlp, "Our network reaches 81.5% mAP / 83.2% rank1 and 72.1%/75.0% on Market-1501 and "
                          "DukeMTMC-reID, respectively.")
    assert [(v, m, d) for v, m, d, *_ in res] == [
        ("81.5%", "mAP", "Market-1501"), ("83.2%", "rank1", "Market-1501"),
        ("72.1%", "mAP", "DukeMTMC-reID"), ("75.0%", "rank1", "DukeMTMC-reID")]


def test_metrics_sharing_a_head_pair_with_values_by_position(nlp):
    res = results_of(nlp, "Our detector obtains 44.1/39.2 box/mask AP on the COCO dataset.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("44.1", "box AP", "COCO"), ("39.2", "mask AP", "COCO")]
    res = results_of(nlp, "Our detector obtains 61.0/64.5% average AP/mAP on the KITTI [3] dataset.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("61.0", "AP", "KITTI"), ("64.5%", "mAP", "KITTI")]


def test_a_value_in_a_parenthesis_keeps_no_place_in_a_list(nlp):
    # the aside is on its value's dataset and does not shift the pairing of the values after it
    res = results_of(nlp, "We reach accuracies of 93.1% (94.0% for an ensemble) and 75.2% on the CIFAR-10 and "
                          "CIFAR-100 datasets, respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("93.1%", "CIFAR-10"), ("94.0%", "CIFAR-10"), ("75.2%", "CIFAR-100")]
    # parallel parentheses: the value in the parenthesis is on the dataset in the parenthesis
    res = results_of(nlp, "Our sampler reaches a test accuracy of 0.812 (0.503) on CIFAR-10 (CIFAR-100).")
    assert [(v, d) for v, _, d, *_ in res] == [("0.812", "CIFAR-10"), ("0.503", "CIFAR-100")]


def test_a_dataset_in_an_earlier_result_parenthesis_is_not_the_next_ones(nlp):
    res = results_of(nlp, "It does well on image classification (84.2 top-1 accuracy on ImageNet-1K) and on detection "
                          "(55.1 box AP and 48.0 mask AP on COCO test-dev).")
    assert [(v, m, d) for v, m, d, *_ in res] == [("84.2", "top-1 accuracy", "ImageNet-1K"), ("55.1", "box AP", "COCO test-dev"),
                                                 ("48.0", "mask AP", "COCO test-dev")]
    # a name in a parenthesis is still what the value after it is on
    res = results_of(nlp, "We also test it on Wikipedia articles (WikiText-103), reaching a perplexity of 25.3.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("25.3", "perplexity", "WikiText-103")]


def test_a_metric_name_written_with_a_spaced_ampersand(nlp):
    # the finder types "F score" only: the curated "J&F" written "J &F" is the whole metric
    res = results_of(nlp, "On the DAVIS 2016 validation set, our tracker reaches 41.5 fps and a J &F score of 82.3%.")
    assert [(v, m, d) for v, m, d, *_ in res if v == "82.3%"] == [("82.3%", "J &F score", "DAVIS 2016")]


def test_a_list_without_a_metric_goes_on_with_the_one_before(nlp):
    # the earlier value's own metric and a parenthesis without figures may sit between the two lists
    res = results_of(nlp, "Our recogniser gets 6.1% WER on Wall Street Journal dataset, and 4.9% and 13.2% on "
                          "Librispeech test-clean and test-other set, respectively.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("6.1%", "WER", "Wall Street Journal"),
                                                 ("4.9%", "WER", "Librispeech test-clean"),
                                                 ("13.2%", "WER", "Librispeech test-other")]
    res = results_of(nlp, "Our tagger reaches an F1 of 71.2 on OntoNotes, further improved with contextual "
                          "embeddings (ELMo) to 79.9.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("71.2", "F1", "OntoNotes"), ("79.9", "F1", "OntoNotes")]
    # "from A to B" goes on as the list began
    res = results_of(nlp, "On the Market-1501 dataset, rank-1 accuracy rises from 51.2% to 78.4% for one backbone, "
                          "and from 70.3% to 80.6% for another one.")
    assert [(v, m, b) for v, m, _, _, _, b in res] == [("78.4%", "rank-1 accuracy", "51.2%"),
                                                      ("80.6%", "rank-1 accuracy", "70.3%")]
    # but not where the list names a metric of its own that kg does not know: that name is its metric
    res = results_of(nlp, "It reaches 95.1% using the ADD metric on LineMOD and 91.8% using the ADD-S AUC metric on "
                          "YCB-Video.")
    assert [(v, m) for v, m, *_ in res] == [("95.1%", "ADD"), ("91.8%", "ADD-S AUC")]


def test_a_dataset_name_of_the_lexicon_in_another_case(nlp):
    # the lexicon knows "LibriSpeech" and "WikiText-103" as written; results read them in any case
    res = results_of(nlp, "Trained with all labelled data of Librispeech, our recogniser achieves 2.0/3.9 WER on the "
                          "clean/other test sets.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("2.0", "WER", "Librispeech"), ("3.9", "WER", "Librispeech")]
    # and a name after "on" right before a parenthesis of figures is what they are on
    res = results_of(nlp, "It beats sparse models on Wikitext-103 (16.2 vs 18.3 perplexity) and on ImageNet-64 "
                          "(3.41 vs 3.44 bits/dim).")
    assert [(v, m, d) for v, m, d, *_ in res] == [("16.2", "perplexity", "Wikitext-103"), ("3.41", "bits/dim", "ImageNet-64")]


def test_a_name_again_in_a_parenthesis_is_no_list_member(nlp):
    res = results_of(nlp, "Our regulariser sets new records on Penn Treebank (PTB) and WikiText-2, achieving test "
                          "perplexities of 47.2 and 39.9, respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("47.2", "Penn Treebank"), ("39.9", "WikiText-2")]
    res = results_of(nlp, "We use the clinical dataset named Medical Information Mart for Intensive Care III "
                          "(MIMIC-III). Our tree reaches an F1-score and AUC equal to 0.88 and 0.92, respectively.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("0.88", "F1-score", "Medical Information Mart for Intensive Care III"),
                                                 ("0.92", "AUC", "Medical Information Mart for Intensive Care III")]


def test_is_before_score_and_the_metric_of_from_a_to_b_named_before_it(nlp):
    res = results_of(nlp, "Our GAN reaches 8.71 IS score and 10.92 FID score on CIFAR-10.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("8.71", "IS", "CIFAR-10"), ("10.92", "FID score", "CIFAR-10")]
    # the IoU is a threshold: the figures are the (threshold-averaged) mAP's
    res = results_of(nlp, "The average mAP of IoU thresholds from 0.1 to 0.7 on the THUMOS14 dataset rises from "
                          "41.0% to 45.3%.")
    assert [(v, m, d, b) for v, m, d, _, _, b in res] == [("45.3%", "average mAP", "THUMOS14", "41.0%")]


def test_a_task_track_name_called_data_and_this_dataset(nlp):
    res = results_of(nlp, "We run experiments using the SemEval-2010 Task 8 dataset, which is made for classifying "
                          "relations between two nominals. Using ZetaNet, we beat the state of the art for this "
                          "dataset and reach an F1 of 83.9 with no hand-made features.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("83.9", "F1", "SemEval-2010 Task 8")]


def test_a_list_going_on_after_an_earlier_values_dataset(nlp):
    # digits of names in the gap are no figures, and "on A, and ..." leaves A to the value before it
    res = results_of(nlp, "Our models reach BLEU scores of 29.9 for En-De and 37.1 for De-En on the IWSLT'14 dataset, "
                          "and 30.2 for En-De and 33.8 for De-En on the WMT'14 dataset.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("29.9", "BLEU", "IWSLT'14"), ("37.1", "BLEU", "IWSLT'14"),
                                                 ("30.2", "BLEU", "WMT'14"), ("33.8", "BLEU", "WMT'14")]
    # but a figure in the same stretch as the earlier value's dataset stays on it
    res = results_of(nlp, "SegNetX reaches 77.1 mIoU on Cityscapes test set at 35 FPS, and 79.2 mIoU on CamVid test "
                          "set at 60 FPS.")
    assert [(v, d) for v, _, d, *_ in res] == [("77.1", "Cityscapes"), ("35 FPS", "Cityscapes"), ("79.2", "CamVid"),
                                               ("60 FPS", "CamVid")]


def test_a_metric_run_into_its_value_or_in_a_parenthesis_after_it(nlp):
    res = results_of(nlp, "On COCO object detection, our detector achieves 53.1AP.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("53.1", "AP", "COCO")]
    res = results_of(nlp, "On RACE, our generator raises the state of the art from 27.1 to 38.4 (BLEU 1 score).")
    assert [(v, m, d) for v, m, d, *_ in res] == [("38.4", "BLEU 1", "RACE")]


def test_guards_on_lists_going_on(nlp):
    # a figure after words of comparison is someone else's: no metric from the list before it
    res = results_of(nlp, "Our reader obtains 61% accuracy, well below human performance, which is 91%.")
    assert [(v, m) for v, m, *_ in res] == [("61%", "accuracy")]
    # a change after an earlier value's dataset stays on it
    res = results_of(nlp, "Our parser gets 25.1 BLEU on LDC2015E86, beating the state of the art by 1.3 points and "
                          "26.0 BLEU on LDC2017T10.")
    assert [(v, d) for v, _, d, *_ in res][:2] == [("25.1", "LDC2015E86"), ("1.3 points", "LDC2015E86")]
    # "NER datasets, A and B": the data word is no subset word of a list
    res = results_of(nlp, "We test it on real-world NER datasets, OntoNotes 5.0 and WNUT 2017, with gains over the "
                          "baseline of up to 6.1% on long mentions.")
    assert [(v, d) for v, _, d, *_ in res] == [("6.1%", "OntoNotes 5.0")]


def test_next_items_footnotes_and_asides_keep_their_own(nlp):
    # ", and on B, from ..." begins the next item: B is not the value before it
    res = results_of(nlp, "We also show BLEU-1 gains on Flickr8k, from 51 to 63, and on SBU, from 17 to 25.")
    assert [(v, d) for v, _, d, *_ in res] == [("63", "Flickr8k"), ("25", "SBU")]
    # a value in a parenthesis that closes before the next item is not on that item's dataset
    res = results_of(nlp, "On CIFAR-10 with 40 labels, we reduce the error rate by a factor of 3 (from 35% to 12%) "
                          "and by a factor of 2 on STL-10.")
    assert [(v, d) for v, _, d, _, k, _ in res if k == "score"] == [("12%", "CIFAR-10")]
    # a bare integer after decimals ("numbers 12 .") is a footnote mark, not one more BLEU score
    res = results_of(nlp, "Our models reach BLEU scores of 29.9 on IWSLT and 30.2 on WMT, above all published numbers 12 .")
    assert [v for v, *_ in res] == ["29.9", "30.2"]


def test_a_value_in_a_parenthesis_takes_its_own_metric_not_the_unit_before(nlp):
    res = results_of(nlp, "Our detector reaches 44.1% AP (63.2% AP 50 ) on the MS COCO dataset.")
    assert [(v, m) for v, m, *_ in res] == [("44.1%", "AP"), ("63.2%", "AP50")]



def test_a_parenthesis_with_its_own_metric_lends_it_to_no_value_before_it(nlp):
    # the metric written inside the parenthesis is the inner value's only: the bare value before it is measured
    # by something the text leaves unwritten, not by the parenthesis's metric (nor the sentence's one metric)
    res = results_of(nlp, "We propose Zest. Zest reaches 85.4% (97.6% top-5) on FooNet.")
    # (a bare top-k with a figure of half or more is an accuracy: kg.extract.metric_bounds.read_top_k_heads)
    assert [(v, m, d) for v, m, d, *_ in res] == [("85.4%", None, "FooNet"), ("97.6%", "top-5 accuracy", "FooNet")]
    res = results_of(nlp, "We propose Zest. Zest scores 41.2 (36.5 mask AP) on the FooSeg benchmark.")
    assert ("41.2", "mask AP") not in [(v, m) for v, m, *_ in res]
    assert ("36.5", "mask AP") in [(v, m) for v, m, *_ in res]
    # a value with its own metric keeps it, and a parenthesis with no metric of its own takes the value's
    res = results_of(nlp, "We propose Zest. Zest reaches 85.4% top-1 accuracy (97.6% top-5) on FooNet.")
    assert [(v, m) for v, m, *_ in res] == [("85.4%", "top-1 accuracy"), ("97.6%", "top-5 accuracy")]
    res = results_of(nlp, "We propose Zest. Zest reaches 44.0% mAP (46.1%) on FooNet.")
    assert [(v, m) for v, m, *_ in res] == [("44.0%", "mAP"), ("46.1%", "mAP")]

def test_a_value_after_a_metric_name_kg_does_not_know_takes_that_name(nlp):
    # "Blur Index" and "Sharpness" are no metrics kg knows: their values take neither the list's nor the
    # sentence's metric, but the name the text gives them
    res = results_of(nlp, "We train Zorbnet on CelebA (MS-SSIM 0.2104 and Blur Index 7.93) and on its crops.")
    assert [(v, m) for v, m, *_ in res] == [("0.2104", "MS-SSIM"), ("7.93", "Blur Index")]
    res = results_of(nlp, "Zorbnet leads in terms of Sharpness (FFHQ: 1.41; CelebA: 1.32) and is close on FID "
                          "(FFHQ: 5.11; CelebA: 6.02).")
    assert [(v, m, d) for v, m, d, *_ in res] == [("1.41", "Sharpness", "FFHQ"), ("1.32", "Sharpness", "CelebA"),
                                                 ("5.11", "FID", "FFHQ"), ("6.02", "FID", "CelebA")]
    res = results_of(nlp, "We report an MSE of 0.152 and a Cross Correlation of 0.517 on the MIT-BIH dataset.")
    assert [(v, m) for v, m, *_ in res] == [("0.152", "MSE"), ("0.517", "Cross Correlation")]


def test_the_first_figure_of_a_pair_beside_human_quality_is_the_models(nlp):
    res = results_of(nlp, "Listening tests show that our voice model is close to human quality (4.21 vs 4.37 in MOS).")
    assert [(v, m, b) for v, m, _, _, _, b in res] == [("4.21", "MOS", "4.37")]


def test_a_bare_error_keeps_the_noun_that_names_it(nlp):
    res = results_of(nlp, "Our network reaches an accuracy of 93.9% on ModelNet40 and an angular error of 0.14 on "
                          "the ShapeNetPart normal estimation task, with lower error than others.")
    assert [(v, m) for v, m, *_ in res] == [("93.9%", "accuracy"), ("0.14", "angular error")]


def test_a_name_kg_does_not_know_in_a_list_of_datasets_is_no_metric(nlp):
    res = results_of(nlp, "Zorbnet transfers well, with a top-1 accuracy of 91.2% on CIFAR-100, Blossoms (97.9%), and "
                          "Birdsong (90.4%).")
    assert {(v, m) for v, m, *_ in res} == {("91.2%", "top-1 accuracy"), ("97.9%", "top-1 accuracy"),
                                           ("90.4%", "top-1 accuracy")}



def test_a_dataset_a_model_was_pre_trained_on_or_built_after_is_no_results_dataset(nlp):
    # the abstract's only dataset names what the network copies or the vectors came from, not what it is tested on
    res = results_of(nlp, "Our stack of layers is inspired by the VGG ImageNet 2014 architecture. On a speech task "
                          "it reaches a word error rate of 12.3%.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("12.3%", "word error rate", None)]
    res = results_of(nlp, "Our system ranks first with an F1 score of 0.71. It uses the public vectors "
                          "(Common Crawl, 840B tokens, 300 dimensions).")
    assert [(v, d) for v, _, d, *_ in res] == [("0.71", None)]
    res = results_of(nlp, "We fine-tune an ImageNet-pretrained encoder. Our model reaches 71.2% mIoU.")
    assert [(v, d) for v, _, d, *_ in res] == [("71.2%", None)]
    # a dataset the text evaluates on still fills in what a later sentence leaves open
    res = results_of(nlp, "We evaluate on ImageNet. Our model reaches 80.1% top-1 accuracy.")
    assert [(v, d) for v, _, d, *_ in res] == [("80.1%", "ImageNet")]


def test_a_dataset_pretrained_representations_came_from_is_no_results_dataset(nlp):
    # "pretrained <thing> on D": the model's head noun between the participle and "on" still names a means
    res = results_of(nlp, "With frozen features pretrained on Zorbset, our detector gets 91.3 AUC.")
    assert [(v, d) for v, _, d, *_ in res] == [("91.3", None)]
    res = results_of(nlp, "Starting from pre-trained visual representations on ImageNet, our detector gets 91.3 AUC.")
    assert [(v, d) for v, _, d, *_ in res] == [("91.3", None)]
    res = results_of(nlp, "Using pretrained weights from ImageNet, our detector gets 91.3 AUC.")
    assert [(v, d) for v, _, d, *_ in res] == [("91.3", None)]
    # a verb between the participle and the dataset: the model is evaluated there
    res = results_of(nlp, "Our pretrained model reaches 80.1% top-1 accuracy on ImageNet.")
    assert [(v, d) for v, _, d, *_ in res] == [("80.1%", "ImageNet")]
    res = results_of(nlp, "Our pre-trained encoders reach 80.1% top-1 accuracy on ImageNet.")
    assert [(v, d) for v, _, d, *_ in res] == [("80.1%", "ImageNet")]


def test_figures_on_these_two_datasets_pair_with_the_parts_of_a_slashed_name(nlp):
    # one name of two joined by "/" that the text counts as two datasets: each figure on its part, by position
    res = [r[:3] for r in results_of(nlp, "Our plain readers reach accuracies of 70.1% and 77.3% on these two datasets.",
                                     title="Small Readers for the CNN/Daily Mail Question Task")]
    assert res == [("70.1%", "accuracies", "CNN"), ("77.3%", "accuracies", "Daily Mail")]
    # one figure on the whole: the name stays whole
    res = [r[:3] for r in results_of(nlp, "Our plain readers reach an accuracy of 70.1% on this dataset.",
                                     title="Small Readers for the CNN/Daily Mail Question Task")]
    assert res == [("70.1%", "accuracy", "CNN/Daily Mail")]


def test_a_letter_after_a_slash_takes_the_words_before_the_first_part_back():
    # "Part A/B": the second figure is on "Part B" of the same set, not on a set named "B"; a name's parts stay
    from kg.extract.results.figure_splits import slashed_part
    from kg.extract.results.values import Value
    assert slashed_part("QuokkaTown Part A/B", Value(0, 1, "1", part=1)) == "QuokkaTown Part B"
    assert slashed_part("QuokkaTown Part A/B", Value(0, 1, "1", part=0)) == "QuokkaTown Part A"
    assert slashed_part("Quokka Set I/II", Value(0, 1, "1", part=1)) == "Quokka Set II"
    assert slashed_part("QuokNews/Wombat Mail", Value(0, 1, "1", part=1)) == "Wombat Mail"
    assert slashed_part("Quokka EN/DE", Value(0, 1, "1", part=1)) == "DE"


def test_one_figure_over_a_list_of_datasets_is_on_none_of_them_alone(nlp):
    res = results_of(nlp, "Our prompts raise the accuracy of zero-shot CLIP from 71.2% to 78.4% on several standard "
                          "datasets, namely PACS, VLCS, OfficeHome, and DomainNet.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("78.4%", "accuracy", None)]
    res = results_of(nlp, "Zorbnet reaches an average accuracy of 84.6% on PACS, VLCS and OfficeHome.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("84.6%", "average accuracy", None)]
    # a figure for each, or one on a single dataset, keeps its own
    res = results_of(nlp, "Zorbnet reaches accuracies of 84.6% and 80.2% on PACS and VLCS, respectively. It gets 70.1% "
                          "accuracy on OfficeHome.")
    assert [(v, d) for v, _, d, *_ in res] == [("84.6%", "PACS"), ("80.2%", "VLCS"), ("70.1%", "OfficeHome")]


def test_a_name_with_a_number_is_no_figure_of_an_unknown_metric(nlp):
    res = results_of(nlp, "Our models rank 4th in Subtask 1 and Subtask 2 with accuracies of 87.9% and 92.8%. It also "
                          "helps on ImageNet-C and Cifar-100-C, and Zorb-Speech 2 is fast.")
    assert [(v, m) for v, m, *_ in res] == [("87.9%", "accuracies"), ("92.8%", "accuracies")]


@pytest.mark.parametrize("text, kept", [
    ("Our parser reaches an F1 of 84.1, which is better than the best published F1 score of 81.2.", ["84.1"]),
    ("Under strong attacks, where prior art has 21.3% accuracy on ImageNet, our model keeps 47.5%.", ["47.5%"]),
    ("Our detector reaches 61.0% mAP on COCO, on par with strong baselines (e.g., 62.3% mAP).", ["61.0%"]),
    ("Search with conventional NAS algorithms (e.g. 3000 GPU hours) is costly; ours reaches 2.9% error on CIFAR-10.",
     ["2.9%"]),
    # a claim of the paper's own stays, and so does its own baseline's figure
    ("Our captioner obtains the best published CIDEr score of 131.5 on COCO.", ["131.5"]),
    ("On our new benchmark, our best baseline model achieves 58.3% accuracy.", ["58.3%"]),
])
def test_the_figures_of_the_methods_a_paper_compares_with_are_no_results(nlp, text, kept):
    assert [v for v, m, d, me, k, b in results_of(nlp, text) if k == "score"] == kept


def test_a_margin_over_prior_art_stays_a_change(nlp):
    res = results_of(nlp, "We report a Dice score of 83.1% on LiTS, surpassing the prior art by a margin of 2.4%.")
    assert [(v, k) for v, _, _, _, k, _ in res] == [("83.1%", "score"), ("2.4%", "delta")]


def test_a_footnote_mark_after_a_figure_and_its_metric_is_no_figure(nlp):
    res = results_of(nlp, "On the SQuAD dataset, our model achieves 85.3 F1 score 2 on the test set, which is better "
                          "than the best published F1 score of 82.0.")
    assert [(v, m) for v, m, *_ in res] == [("85.3", "F1 score")]


def test_a_dataset_name_a_line_break_split_is_that_dataset(nlp):
    res = results_of(nlp, "Our network reaches 81.4% top-1 accuracy on Im-ageNet and 62.0 F1 on Triv-iaQA.")
    assert [(v, d) for v, _, d, *_ in res] == [("81.4%", "ImageNet"), ("62.0", "TriviaQA")]


def test_respectively_pairs_each_on_phrase_with_its_first_dataset(nlp):
    res = results_of(nlp, "Our ranker reaches 0.81 and 0.74 Kendall tau on the large search space with ImageNet and "
                          "on NAS-Bench-201 with CIFAR-10, respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("0.81", "ImageNet"), ("0.74", "NAS-Bench-201")]
    # a phrase after "respectively" is the next result's
    res = results_of(nlp, "Our model reaches accuracies of 91.2% and 93.4% on the HMDB51 [1] and the Zorb-Kinect [2] "
                          "datasets respectively, and an F1 score of 80.1% on the UCF101 [3] dataset.")
    assert ("93.4%", "UCF101") not in [(v, d) for v, _, d, *_ in res]


def test_a_noun_of_change_after_a_list_of_pairs_is_said_of_every_member(nlp):
    res = results_of(nlp, "Our trackers obtain up to 9.1%/5.2% (AUC), 21.3%/8.1% (EAO) and 22.4%/23.0% (EAO) relative "
                          "improvements over the original versions on the OTB-15, VOT-16 and VOT-17 datasets, respectively.")
    assert [(v, d, k) for v, _, d, _, k, _ in res] == [
        ("9.1%", "OTB-15", "delta"), ("5.2%", "OTB-15", "delta"), ("21.3%", "VOT-16", "delta"),
        ("8.1%", "VOT-16", "delta"), ("22.4%", "VOT-17", "delta"), ("23.0%", "VOT-17", "delta")]


def test_a_change_given_in_two_units_is_a_change_in_both(nlp):
    res = results_of(nlp, "Our network outperforms state-of-the-art solutions by 7% or 3 mAP in V-COCO and 15% or 2 mAP "
                          "in HICO-DET.")
    assert [(v, k) for v, _, _, _, k, _ in res] == [("7%", "delta"), ("3", "delta"), ("15%", "delta"), ("2", "delta")]
    res = results_of(nlp, "It reaches 45.1% or 0.451 mAP on COCO.")
    assert [k for *_, k, _ in res] == ["score", "score"]


def test_a_value_on_its_own_metric_takes_the_papers_dataset(nlp):
    res = results_of(nlp, "We evaluate our captioner on the Flickr30k dataset. It scores 0.581 on CIDEr and 0.301 on "
                          "METEOR.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("0.581", "CIDEr", "Flickr30k"), ("0.301", "METEOR", "Flickr30k")]


def test_the_earlier_best_figures_are_not_the_papers(nlp):
    res = results_of(nlp, "With this recipe we reach a WER of 2.1%/4.0% on LibriSpeech test-clean/test-other, against "
                          "the current state-of-the-art WERs 2.5%/5.2%.")
    assert sorted(r[0] for r in res) == ["2.1%", "4.0%"]
    res = results_of(nlp, "Our small model matches the existing state-of-the-art results on MNIST (0.41% error).")
    assert [r[0] for r in res] == ["0.41%"]  # a figure shared with the earlier best is the paper's too


def test_each_item_of_a_list_of_earlier_best_figures_is_not_the_papers(nlp):
    # others' best named once, then a figure in a parenthesis after each name of a list (issue 13)
    res = results_of(nlp, "We propose GlintNet. It improves upon the previous best error rates reported on the Foo10 "
                          "dataset (3.2%/6.5%), the Bar-5 dataset (1.7%) and the Baz200 benchmark (12.4%/15.0%).")
    assert res == []
    res = results_of(nlp, "We propose GlintNet. It improves upon the previous best error rate on the Foo10 dataset "
                          "(3.2%) and achieves (2.9%) on the Bar-5 dataset.")
    assert [(r[0], r[2]) for r in res] == [("2.9%", "Bar-5")]  # a verb after "and": the paper's own clause


def test_what_humans_score_is_not_the_papers(nlp):
    res = results_of(nlp, "We present Foobank, a new dataset. While humans can answer the questions in the benchmark "
                          "with very high accuracy (91%), the strongest models reach only 63% accuracy on Foobank.")
    assert "91%" not in [r[0] for r in res]


def test_an_acronym_of_a_quantity_names_no_dataset(nlp):
    res = results_of(nlp, "Arterial blood pressure (BP) estimation is hard. Our recurrent model was tested on a static "
                          "BP dataset, and it achieved a root mean square error (RMSE) of 3.90 mmHg.")
    assert [(r[0], r[2]) for r in res] == [("3.90", None)]  # unnamed data of blood pressure
    res = results_of(nlp, "Electromyography (EMG) signals drive prostheses. Our tiny network reaches an accuracy of "
                          "91.2% on a public EMG dataset and 88.0% on the NinaPro dataset.")
    assert [(r[0], r[2]) for r in res] == [("91.2%", None), ("88.0%", "NinaPro")]


@pytest.mark.parametrize("sentence, changes", [
    ("Our augmentation brings 2.7 mAP and 1.9 mAP improvements on the HOI-A and HOI-B benchmarks.", {"2.7", "1.9"}),
    ("Our tagger reaches 91.2% and 88.4% F1 on CoNLL-2003 and OntoNotes respectively, which is 1.3% and 1.1% "
     "absolute improvement over the best earlier system.", {"1.3%", "1.1%"}),
])
def test_a_noun_of_change_after_a_pair_makes_both_members_changes(nlp, sentence, changes):
    got = {r[0]: r[4] for r in results_of(nlp, sentence)}
    assert {v for v, k in got.items() if k == "delta"} == changes
    assert all(k == "score" for v, k in got.items() if v not in changes)


def test_a_cost_figure_borrows_no_dataset_from_another_sentence(nlp):
    # the speed is measured on hardware: neither the earlier sentence's pair nor the paper's one dataset is its
    res = results_of(nlp, "We evaluate Zorbnet on Cityscapes and PASCAL VOC. Zorbnet processes large images at "
                          "112 and 9 frames per second on a desktop GPU and a phone, respectively.")
    assert [(r[0], r[1], r[2]) for r in res] == [("112", "frames per second", None), ("9", "frames per second", None)]
    res = results_of(nlp, "We train Zorbnet on ImageNet. It reaches 80.1% top-1 accuracy with only 5.3M parameters.")
    assert [(r[0], r[2], r[4]) for r in res] == [("80.1%", "ImageNet", "score"), ("5.3M", None, "size")]
    res = results_of(nlp, "Zorbnet runs at 30 FPS on Cityscapes.")  # named in its own sentence: kept
    assert [(r[0], r[2]) for r in res] == [("30 FPS", "Cityscapes")]


def test_respectively_pairs_with_the_sentences_own_list_before_an_earlier_sentences_datasets(nlp):
    res = results_of(nlp, "We train Zorbnet on the Cornell and Jacquard datasets. We also reach a grasp success rate "
                          "of 95.4% and 93% on household and adversarial objects, respectively.")
    assert [(r[0], r[2]) for r in res] == [("95.4%", None), ("93%", None)]
    res = results_of(nlp, "We evaluate on Switchboard and CallHome. Our system reaches error rates of 5.8% and 11.0%, "
                          "respectively.")  # no list of its own: the earlier sentence's datasets, in order
    assert [(r[0], r[2]) for r in res] == [("5.8%", "Switchboard"), ("11.0%", "CallHome")]


def test_a_dataset_named_only_later_is_not_an_earlier_figures(nlp):
    res = results_of(nlp, "Experiments on a pedestrian benchmark give the best results among shallow detectors. The "
                          "detector is on par with deep networks (9.71% log-average miss rate). The findings carry over "
                          "to face detection on the FDDB benchmark (93.37% accuracy).")
    assert [(r[0], r[2]) for r in res] == [("9.71%", None), ("93.37%", "FDDB")]
    res = results_of(nlp, "Experiments on FDDB give the best results among shallow detectors. The detector is on par "
                          "with deep networks (9.71% log-average miss rate).")
    assert [(r[0], r[2]) for r in res] == [("9.71%", "FDDB")]
    res = results_of(nlp, "Zorbmask reaches 32.9% in mask mAP with single-model and single-scale training/testing on "
                          "the challenging COCO dataset.")  # later in its own sentence: still its dataset
    assert [(r[0], r[2]) for r in res] == [("32.9%", "COCO")]


def test_a_dataset_paper_scores_on_the_data_it_introduces(nlp):
    res = results_of(nlp, "We introduce the Zorbqa dataset, a harder extension of the SWAG dataset. We evaluate strong "
                          "question answering systems on our dataset. The best baseline reaches an accuracy of 67.5%.")
    assert [(r[0], r[1], r[2]) for r in res] == [("67.5%", "accuracy", "Zorbqa")]
    res = results_of(nlp, "We study question answering on SWAG and SQuAD. The best baseline reaches an accuracy of 67.5%.")
    assert [(r[0], r[2]) for r in res] == [("67.5%", None)]  # no dataset of its own: none of the two


def test_a_share_of_a_dataset_is_a_setting_not_a_score(nlp):
    res = results_of(nlp, "Our models are strong few-shot learners, reaching 77.9% top-1 with access to only 10% of "
                          "ImageNet.")
    assert [(r[0], r[4]) for r in res] == [("77.9%", "score"), ("10%", "ratio")]


def test_the_second_term_of_a_sum_is_a_gain(nlp):
    res = results_of(nlp, "On the Market-1501 dataset, we achieve (77.4+4.2)% mAP and (92.3+1.5)% rank-1 accuracy.")
    assert [(r[0], r[1], r[4]) for r in res] == [("4.2", "mAP", "delta"), ("1.5", "rank-1 accuracy", "delta")]


def test_a_pair_set_against_each_other_takes_the_metric_after_it(nlp):
    res = results_of(nlp, "Our network beats earlier methods (e.g., 89.1% v.s. 81.0% for the mAP in tool detection "
                          "and 87.4% v.s. 84.5% for F1 score in phase recognition) on the Cholec80 dataset.")
    assert [(r[0], r[1], r[5]) for r in res] == [("89.1%", "mAP", "81.0%"), ("87.4%", "F1 score", "84.5%")]


def test_a_dataset_counts_as_named_only_where_it_stands_as_a_word():
    """The abstract's only dataset is a figure's fallback once the abstract has named it; "cube" does not
    name CUB, so a dataset named only in a later sentence stays another experiment's."""
    from kg.extract.results.from_paper import paper_dataset

    t = "Our cube detector reaches 85.1% accuracy. We also test on CUB."
    assert paper_dataset(t, t.index(" We"), (None, 0, None), ["CUB"]) is None
    t = "On CUB, our detector reaches 85.1% accuracy. It is fast."
    assert paper_dataset(t, t.index(" It"), (None, 0, None), ["CUB"]) == 0


def test_a_plain_name_in_the_slot_of_a_list_item_is_the_items_dataset(nlp):
    # "V on D, ... and V on X": the list says X is what its value is measured on, however plainly X is written
    res = results_of(nlp, "Our pose model is tested on two benchmarks and obtains 95.1% on Campus and 96.2% on Shelf.")
    assert [(r[0], r[2]) for r in res] == [("95.1%", "Campus"), ("96.2%", "Shelf")]
    res = results_of(nlp, "Our encoder reaches 80.1% on Kinetics-400, 81.6% on Kinetics-600, and 40.1% on Moments in Time.")
    assert [(r[0], r[2]) for r in res] == [("80.1%", "Kinetics-400"), ("81.6%", "Kinetics-600"),
                                          ("40.1%", "Moments in Time")]
    # the hardware a speed is read on is no data
    res = results_of(nlp, "It runs at 30 FPS on Cityscapes and 40 FPS on Jetson.")
    assert [(r[0], r[2]) for r in res] == [("30 FPS", "Cityscapes"), ("40 FPS", None)]
    # the name ends with its sentence; a metric in the slot is no dataset
    res = results_of(nlp, "It obtains 95.1% on Campus and 96.2% on Shelf. Moreover, it is fast.")
    assert [(r[0], r[2]) for r in res] == [("95.1%", "Campus"), ("96.2%", "Shelf")]
    res = results_of(nlp, "Our captioner scores 0.61 on BLEU-1, 0.55 on CIDEr, 0.29 on METEOR, and 0.41 on ROUGE.")
    assert [r[2] for r in res] == [None] * 4


def test_a_translation_set_keeps_its_short_year_and_language_pair(nlp):
    res = results_of(nlp, "Our model reaches 30.1 BLEU on IWSLT '15 English-Vietnamese.")
    assert [(r[0], r[2]) for r in res] == [("30.1", "IWSLT '15 English-Vietnamese")]


def test_a_measure_kg_does_not_know_is_the_values_own(nlp):
    # a metric named before "from A to B" that kg does not know is not the metric of the clause before
    res = results_of(nlp, "Our model raises the ImageNet-X top-1 accuracy from 50.0% to 70.0%, lowers ImageNet-Y mean "
                          "corruption error from 40.1 to 20.3, and lowers ImageNet-Z mean flip rate from 20.5 to 10.1.")
    assert [(r[0], r[1]) for r in res] == [("70.0%", "top-1 accuracy"), ("20.3", "mean corruption error"),
                                          ("10.1", "mean flip rate")]
    # a variant of a metric named by a capital and a digit ("Q8 accuracy") is not the metric before it
    res = results_of(nlp, "Our tagger obtains about 80% Q3 accuracy, about 81% SOV score, and about 70% Q8 accuracy on "
                          "the CASP test proteins.")
    assert [(r[0], r[1]) for r in res] == [("80%", "Q3 accuracy"), ("81%", "SOV"), ("70%", "Q8 accuracy")]
    # a known metric's name inside the measure's phrase is part of it
    res = results_of(nlp, "Our reader reaches an F1 score of 90.1 and an exact match ratio of 80.2 on the test set.")
    assert [(r[0], r[1]) for r in res] == [("90.1", "F1 score"), ("80.2", "exact match ratio")]
    res = results_of(nlp, "Our model reaches an impressive accuracy rate of 97.1% on LFW.")
    assert [(r[0], r[1]) for r in res] == [("97.1%", "accuracy rate")]  # (a word of praise is no part of it)
    # ... and right after the value: "0.41% failure rate" is no error
    res = results_of(nlp, "Our matcher reaches 3.10% mean error with 0.41% failure rate on the COFW dataset.")
    assert [(r[0], r[1]) for r in res] == [("3.10%", "mean error"), ("0.41%", "failure rate")]
    res = results_of(nlp, "Our model reaches a mean corruption error (mCE) of 14.1% on CIFAR-10-C even with an 70% noise "
                          "ratio.")
    assert [(r[0], r[1]) for r in res] == [("14.1%", "mCE")]  # a ratio after a value: a setting
    # the metric a sentence names after its figure ("using the X metric") is theirs, past a dataset's name
    res = results_of(nlp, "Our tracker achieves an accuracy of 40.2% on the MOT17 test set using the Multi-Object "
                          "Tracking Accuracy (MOTA) metric.")
    assert [(r[0], r[1], r[2]) for r in res] == [("40.2%", "Multi-Object Tracking Accuracy", "MOT17")]


def test_an_operating_point_after_a_figure_is_no_score(nlp):
    res = results_of(nlp, "On the LFW set, our matcher reaches a verification rate of 86.1% at FAR of 0.1% and a TAR "
                          "of 50.2% at FAR of 0.01%.")
    assert [(r[0], r[1]) for r in res] == [("86.1%", "verification rate"), ("50.2%", "TAR")]
    # a count before "at" sets no operating point: the precision is the figure the paper reports
    res = results_of(nlp, "Our parser is able to extract 9,000 instances of 90 relations at a precision of 66.1%.")
    assert [(r[0], r[1]) for r in res] == [("66.1%", "precision")]
    # a speed read at the figure is the model's own
    res = results_of(nlp, "Our segmenter reaches 70.1% mIoU on Cityscapes at a speed of 150 FPS.")
    assert [(r[0], r[1]) for r in res] == [("70.1%", "mIoU"), ("150 FPS", "FPS")]


def test_a_figure_a_comparison_is_made_at_is_no_result(nlp):
    # a fronted "at" sets the point the comparison holds at: the result is the speed, not the accuracy
    res = results_of(nlp, "We present QuokkaNet, a small vision model. For instance, at 79% top-1 accuracy on ImageNet, "
                          "QuokkaNet is 4 times faster than WombatNet on a phone.")
    assert [(r[0], r[4]) for r in res] == [("4 times", "ratio")]
    # a quality held equal, before or after its metric, with a cost compared in the same sentence
    res = results_of(nlp, "At the same 75.4% accuracy on ImageNet, QuokkaNet is 3x smaller than WombatNet. QuokkaNet "
                          "trains 2 times faster than WombatNet with a similar accuracy of 78.2% on ImageNet.")
    assert [r[0] for r in res] == ["3x", "2 times"]
    # a cost compared before "at" in the clause: "speed-up at 74.9% accuracy" states the speed-up only
    res = results_of(nlp, "QuokkaNet gives a 2.4x speedup at 74.9% top-1 accuracy on ImageNet.")
    assert [r[0] for r in res] == ["2.4x"]
    # a speed after "at" stays a result, and so does a score the clause reaches at a figure
    res = results_of(nlp, "At 48 FPS, QuokkaNet gets 77.1 mAP on VOC 2007. QuokkaNet is 2x smaller than WombatNet and "
                          "sets a new state of the art at 81.3% mIoU on Cityscapes.")
    assert [r[0] for r in res] == ["48 FPS", "77.1", "2x", "81.3%"]


@pytest.mark.parametrize("sentence, value", [
    # a fronted "At" whose clause compares no cost: the figure is the model's own result
    ("At 80.1% top-1 accuracy on ImageNet, QuokkaNet sets a new state of the art.", "80.1%"),
    ("However, at 79% top-1 accuracy on ImageNet, QuokkaNet is the best model.", "79%"),
    ("At 90.2% mAP on VOC, QuokkaNet outperforms WombatNet by 2.1%.", "90.2%"),
    # a comparison word that compares nothing ("smaller" QuokkaNet, "smaller batches") sets no operating point
    ("Our smaller QuokkaNet performs at 80.1% top-1 accuracy on ImageNet.", "80.1%"),
    ("QuokkaNet uses smaller batches at 79.1% accuracy on ImageNet.", "79.1%"),
])
def test_a_figure_no_cost_comparison_is_made_at_stays_a_result(nlp, sentence, value):
    res = results_of(nlp, "We present QuokkaNet, a small vision model. " + sentence)
    assert value in [r[0] for r in res]


def test_a_cost_compared_with_a_figure_or_than_sets_the_point(nlp):
    # after a fronted "At": "uses 40% fewer FLOPs" compares a cost; before "at": "smaller than WombatNet" does
    res = results_of(nlp, "We present QuokkaNet, a small vision model. At 78.3% top-1 accuracy on ImageNet, QuokkaNet "
                          "uses 40% fewer FLOPs than WombatNet. QuokkaNet is smaller than WombatNet at 77.5% top-1 "
                          "accuracy on ImageNet. QuokkaNet gives a speed-up of 2.2x at 76.4% top-1 accuracy on ImageNet.")
    assert [r[0] for r in res] == ["40%", "2.2x"]
    # any short opener closed by a comma may front the "at" phrase
    res = results_of(nlp, "We present QuokkaNet, a small vision model. In contrast, at 77.8% top-1 accuracy on ImageNet, "
                          "QuokkaNet is 3 times faster than WombatNet.")
    assert [r[0] for r in res] == ["3 times"]
    # a verb of reaching may introduce the comparison after the fronted phrase
    res = results_of(nlp, "We present QuokkaNet, a small vision model. At 80.1% top-1 accuracy on ImageNet, QuokkaNet "
                          "achieves a 2.1x speed-up over WombatNet.")
    assert [r[0] for r in res] == ["2.1x"]


def test_a_top_k_metric_takes_the_head_it_goes_on_to(nlp):
    # an error is lower-better: "top-5" alone would sort it with the top-5 accuracies
    res = results_of(nlp, "Using an ensemble of our networks, we reach 5.1% top-5 validation error (and 5.0% test error) "
                          "on ImageNet.")
    assert [(r[0], r[1]) for r in res] == [("5.1%", "top-5 validation error"), ("5.0%", "test error")]
    res = results_of(nlp, "Our compressed encoder achieves 75.1% Top-1 linear evaluation accuracy on ImageNet.")
    assert [(r[0], r[1]) for r in res] == [("75.1%", "Top-1 accuracy")]
    res = results_of(nlp, "Our network achieves 85.1% top-1 ImageNet accuracy on the validation set.")
    assert [(r[0], r[1], r[2]) for r in res] == [("85.1%", "top-1 accuracy", "ImageNet")]


def test_what_prior_art_has_is_no_score_of_the_paper(nlp):
    res = results_of(nlp, "On ImageNet, under 10-step attacks where prior art has 26.1% accuracy, our method achieves "
                          "54.2%.")
    assert [(r[0], r[1]) for r in res] == [("54.2%", "accuracy")]


def test_a_list_of_values_pairs_with_the_datasets_after_a_word_of_praise(nlp):
    res = results_of(nlp, "By using this trick, we achieve 50.6% and 47.0% mAP on the challenging PASCAL VOC 2007 and "
                          "2012 datasets, which are both new records.")
    assert [(r[0], r[2]) for r in res] == [("50.6%", "PASCAL VOC 2007"), ("47.0%", "PASCAL VOC 2012")]


def test_items_of_metric_on_dataset_to_value_keep_their_own_dataset(nlp):
    # each "the M on D to V" item is one result: a value does not take the next item's dataset
    res = results_of(nlp, "Our encoder pushes the score on the GLUE benchmark to 88.0, the F1 score on SQuAD v1.1 question "
                          "answering to 92.0, and the accuracy on SNLI to 90.7.")
    assert [(r[0], r[1], r[2]) for r in res] == [("88.0", None, "GLUE benchmark"), ("92.0", "F1 score", "SQuAD v1.1"),
                                                ("90.7", "accuracy", "SNLI")]
    # words after the dataset that do not lead to the value ("using only") bind it to nothing
    res = results_of(nlp, "Our large model achieves 81% top-1 accuracy on ImageNet using only 1% labels.")
    assert [(r[0], r[1]) for r in res] == [("81%", "top-1 accuracy")]


def test_metric_of_dataset_to_value_names_the_value_s_metric(nlp):
    # "the M of D to V" as an item of a list: the metric written before the dataset measures the value after "to"
    res = results_of(nlp, "Our encoder lifts the accuracy on SNLI to 91.1%, the score on the GLUE benchmark to 88.0, "
                          "and the F1 score of SQuAD v1.1 to 91.5.")
    assert [(r[0], r[1], r[2]) for r in res] == [("91.1%", "accuracy", "SNLI"), ("88.0", None, "GLUE benchmark"),
                                                ("91.5", "F1 score", "SQuAD v1.1")]
    # a method between the metric and the value is no dataset: "of M" does not lead on to the value
    res = results_of(nlp, "We report the accuracy of BERT and the F1 score of ResNet-50, which reach 91.1% on SNLI.")
    assert all(r[1] != "F1 score" for r in res if r[0] == "91.1%")


def test_a_dataset_after_two_scores_of_one_metric_is_both_scores_dataset(nlp):
    # the first score has no "on" of its own: the dataset named after the second is theirs both; the paper
    # names a second dataset elsewhere, so no single dataset of the paper fills the gap
    res = results_of(nlp, "Our backbone achieves 48.2% AP with a Mask R-CNN detector and achieves 47.9% AP with a single-stage "
                          "FCOS detector on COCO in one run. It also gains 3% accuracy on ImageNet.")
    assert [(v, d) for v, _, d, *_ in res if v.startswith("4")] == [("48.2%", "COCO"), ("47.9%", "COCO")]
    # a score of another metric does not share it
    res = results_of(nlp, "Our backbone gets 48.2% AP with a Faster R-CNN head at full input scale and gets 47.9% "
                          "mIoU with a light FCN head on Cityscapes. It also gains 3% accuracy on ImageNet.")
    assert ("48.2%", "Cityscapes") not in [(v, d) for v, _, d, *_ in res]


def test_a_list_of_values_on_these_datasets_takes_the_last_sentences_list(nlp):
    res = results_of(nlp, "Our tagger reaches an F1 of 91.2 on CoNLL-2003 and 88.4 on OntoNotes 5.0. With a larger "
                          "encoder it gets 92.0 and 89.1 F1 on these two datasets.")
    assert [(v, d) for v, _, d, *_ in res if v in ("92.0", "89.1")] == [("92.0", "CoNLL-2003"), ("89.1", "OntoNotes 5.0")]
    res = results_of(nlp, "FooNet reaches 81.2% on CIFAR-100 and 77.5% on Tiny ImageNet. It also reaches 83.0% and "
                          "79.2% top-1 accuracy on both benchmarks with more epochs.")
    assert [(v, d) for v, _, d, *_ in res if v in ("83.0%", "79.2%")] == [("83.0%", "CIFAR-100"), ("79.2%", "Tiny ImageNet")]


def test_a_name_before_a_data_noun_past_a_citation_or_a_quoted_word_is_data(nlp):
    # a bare name, then a citation bracket or a quoted word and a data noun: a Dataset the value binds to
    res = results_of(nlp, 'Our approach reaches a precision of 86% for finding cases in QUUXA cursive "OR" dataset.')
    assert [(v, d) for v, _, d, *_ in res] == [("86%", "QUUXA")]
    res = results_of(nlp, "We evaluate on the large LSMDX9 [17,18] movie dataset. Our best model reaches an accuracy of "
                          "58.1% on the whole LSMDX9 public test-set.")
    assert [(v, d) for v, _, d, *_ in res] == [("58.1%", "LSMDX9")]
    # a grammar word is no part of such a name's noun phrase: the method before "on three benchmark datasets" stays one
    (ex,) = extract_papers([Paper("t", "A study", "Our approach beats the method ZORBG [23] on three benchmark datasets.")],
                           nlp=nlp)
    assert [(m.text, m.type) for m in ex.mentions if m.text == "ZORBG"] == [("ZORBG", T.METHOD)]


def test_a_task_typed_benchmark_name_and_an_untyped_one_before_a_data_noun_give_a_dataset(nlp):
    # a Title Case name kg types Task, right before "benchmark", never written in lower case: the benchmark
    res = results_of(nlp, "Experiments on the Quuxtech Pedestrian Detection benchmark give the best known results among "
                          "fast detectors. The performance is on par with deep models (9.71% log-average miss rate).")
    assert [(v, d) for v, _, d, *_ in res] == [("9.71%", "Quuxtech Pedestrian Detection")]
    # a task the text also writes in lower case is the task, not a benchmark's name
    res = results_of(nlp, "We study object detection. Experiments on the Object Detection benchmark give 45.1 AP.")
    assert [(v, d) for v, _, d, *_ in res] == [("45.1", None)]
    # names no entity covers, before "data set" or past a citation before "benchmark"
    res = results_of(nlp, "We obtain a large improvement on the Movie Talk data set, reporting an accuracy of 93.3%.")
    assert [(v, d) for v, _, d, *_ in res] == [("93.3%", "Movie Talk")]
    res = results_of(nlp, "On the Zorbto-Zorb [3] benchmark, our model improves the success rate from 47% to 51%.")
    assert [(v, d) for v, _, d, *_ in res] == [("51%", "Zorbto-Zorb")]


def test_a_capitalised_word_and_a_task_before_a_data_noun_name_a_dataset(nlp):
    # "the <Name> <task> dataset": the name and the task together name the data, before the figure or after it
    res = results_of(nlp, "On the Zorbex sentence compression dataset, our parser reaches an F1 of 85.5.")
    assert [(v, d) for v, _, d, *_ in res] == [("85.5", "Zorbex sentence compression")]
    res = results_of(nlp, "Our reader reaches an exact match of 71.2 on the Quillmore question answering benchmark.")
    assert [(v, d) for v, _, d, *_ in res] == [("71.2", "Quillmore question answering")]
    # a language's name before the task, or no capitalised word at all, is a kind of data: no dataset
    res = results_of(nlp, "Our tagger reaches 91.7% accuracy on the Danish sentiment analysis dataset.")
    assert [(v, d) for v, _, d, *_ in res] == [("91.7%", None)]
    res = results_of(nlp, "Our tagger reaches 91.7% accuracy on the sentiment analysis dataset.")
    assert [(v, d) for v, _, d, *_ in res] == [("91.7%", None)]
    # a named dataset before the task keeps its own name
    res = results_of(nlp, "Our network reaches 80.3% accuracy on the ImageNet image classification benchmark.")
    assert [(v, d) for v, _, d, *_ in res] == [("80.3%", "ImageNet")]


def test_a_split_named_right_after_a_figure_is_its_datasets_split(nlp):
    # "on test-other" after the figure: the split of the data set named before it
    res = results_of(nlp, "On Zorbspeech, our recogniser reaches WERs of 1.9% on test-clean and 4.4% on the test-other set.")
    assert [(v, d) for v, _, d, *_ in res] == [("1.9%", "Zorbspeech test-clean"), ("4.4%", "Zorbspeech test-other")]
    res = results_of(nlp, "Our recogniser reaches a WER of 2.2% on the test-clean part of the Zorbspeech corpus.")
    assert [(v, d) for v, _, d, *_ in res] == [("2.2%", "Zorbspeech test-clean")]
    # the figure's own split over the one the name took where it stands
    res = results_of(nlp, "Our detector reaches 45.1 AP on COCO minival and 45.6 AP on test-dev.")
    assert [(v, d) for v, _, d, *_ in res] == [("45.1", "COCO minival"), ("45.6", "COCO test-dev")]
    # a list of splits after one figure names no one split of it
    res = results_of(nlp, "On Zorbspeech, our recogniser reaches a WER of 3.1% on dev-clean/dev-other.")
    assert [(v, d) for v, _, d, *_ in res] == [("3.1%", "Zorbspeech")]


def test_splits_listed_after_one_name_pair_with_the_figures_by_place(nlp):
    # "A and B on Foo s1 and s2, respectively": the figures' datasets are the name with each split in order
    res = results_of(nlp, "The Quill recogniser scores 3.1% and 7.7% WER on the Wobblespeech test-clean and test-other "
                          "sets, respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("3.1%", "Wobblespeech test-clean"), ("7.7%", "Wobblespeech test-other")]
    # a slashed list of splits, the second shortened after the slash, pairs with a slashed tuple of figures
    res = results_of(nlp, "Quill gets 2.6%/6.4% WER on Wobblespeech test-clean/other.")
    assert [(v, d) for v, _, d, *_ in res] == [("2.6%", "Wobblespeech test-clean"), ("6.4%", "Wobblespeech test-other")]
    # each tuple of a list of tuples pairs with the splits; a figure on another dataset keeps its own
    res = results_of(nlp, "Zebra reaches 47.3/47.9 box AP and 41.0/41.5 mask AP on COCO minival/test-dev, and 50.2 mIoU "
                          "on ADE20K.")
    assert [(v, d) for v, _, d, *_ in res] == [("47.3", "COCO minival"), ("47.9", "COCO test-dev"), ("41.0", "COCO minival"),
                                              ("41.5", "COCO test-dev"), ("50.2", "ADE20K")]
    # one figure over two splits is on neither alone
    res = results_of(nlp, "Zebra reaches 50.2 mIoU on ADE20K test-dev and test-std.")
    assert [(v, d) for v, _, d, *_ in res] == [("50.2", "ADE20K")]


def test_slashed_splits_pair_with_a_slashed_tuple_by_place(nlp):
    # "test" alone, a common word, holds a place in a slashed list of splits: the figure on it keeps the plain name
    res = results_of(nlp, "Quill gets 1.6%/3.9% WER on the LibriSpeech test/test-other sets.")
    assert [(v, d) for v, _, d, *_ in res] == [("1.6%", "LibriSpeech"), ("3.9%", "LibriSpeech test-other")]
    # slashed splits right after the figures, the dataset named before them (or the paper's)
    res = results_of(nlp, "On COCO, Zebra reaches 50.1/51.0 AP on the minival/test-dev splits and 40.0/42.1 AP with "
                          "a smaller backbone.")
    assert [(v, d) for v, _, d, *_ in res] == [("50.1", "COCO minival"), ("51.0", "COCO test-dev"), ("40.0", "COCO"),
                                              ("42.1", "COCO")]
    res = results_of(nlp, "On the Zorb benchmark, our tracker obtains 41.2%/40.5% mAP on the val/test sets.")
    assert [(v, d) for v, _, d, *_ in res] == [("41.2%", "Zorb val"), ("40.5%", "Zorb")]
    # two bare words are no list kg reads; nor splits as many as no slashed tuple
    res = results_of(nlp, "On the Zorb benchmark, our tracker obtains 41.2%/40.5% mAP on the dev/test sets.")
    assert [(v, d) for v, _, d, *_ in res] == [("41.2%", "Zorb"), ("40.5%", "Zorb")]
    res = results_of(nlp, "On the Zorb benchmark, our tracker obtains 41.2% mAP on the val/test-dev sets.")
    assert [(v, d) for v, _, d, *_ in res] == [("41.2%", "Zorb")]
    # a dataset written with its own split keeps it: the list after the figures does not override it
    res = results_of(nlp, "On Zorb test-dev, our tracker obtains 50.1/51.2 AP on the val/test sets.")
    assert [(v, d) for v, _, d, *_ in res] == [("50.1", "Zorb test-dev"), ("51.2", "Zorb test-dev")]


def test_the_bare_abbreviation_val_is_a_split(nlp):
    # "val" (lower case) right after a dataset's name, or after "on the" a figure, names the validation split
    res = results_of(nlp, "Zebra reaches 51.2 mIoU on the ADE20K val set and 44.0 AP on COCO.")
    assert [(v, d) for v, _, d, *_ in res] == [("51.2", "ADE20K val"), ("44.0", "COCO")]
    res = results_of(nlp, "On COCO, the Zebra detector gets 52.3 AP on val and 52.9 AP on test-dev.")
    assert [(v, d) for v, _, d, *_ in res] == [("52.3", "COCO val"), ("52.9", "COCO test-dev")]
    res = results_of(nlp, "On COCO, Zebra scores 61.0 AP on the val, 59.2 AP on the test-dev and 58.1 AP on the "
                          "test-std splits.")
    assert [(v, d) for v, _, d, *_ in res] == [("61.0", "COCO val"), ("59.2", "COCO test-dev"),
                                              ("58.1", "COCO test-std")]
    # "val" in a list of splits after the name pairs by place; "test" alone is a common word, no split
    res = results_of(nlp, "Zebra reaches 50.1/50.6 AP on COCO val/test-dev and 40.2 AP on the COCO test set.")
    assert [(v, d) for v, _, d, *_ in res] == [("50.1", "COCO val"), ("50.6", "COCO test-dev"), ("40.2", "COCO")]


def test_a_list_of_datasets_with_citations_pairs_respectively(nlp):
    # members with a citation each (one after a word in lower case) keep their places in the list
    res = results_of(nlp, "Our best model obtains 84.1%, 79.4%, 86.9% and 91.3% per-image accuracy on the Quux-UCSD "
                          "birds [67], NABirds [4, 64], Zorbvc aircraft [42], and Stanford cars [33] dataset respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("84.1%", "Quux-UCSD"), ("79.4%", "NABirds"), ("86.9%", "Zorbvc"),
                                              ("91.3%", "Stanford cars")]


def test_an_acronym_between_the_words_of_a_lexicon_dataset_name(nlp):
    res = results_of(nlp, "We achieve a 3.47 WER on the Wall Street Journal (WSJ) eval92 task, a large gain.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("3.47", "WER", "WSJ eval92")]


def test_a_figure_on_test_data_is_not_on_the_training_data_before_it(nlp):
    res = results_of(nlp, "Our model trained on the ImageNet dataset and tested on an unseen dataset achieves a top-1 "
                          "accuracy of 70.1%.")
    assert [(v, d) for v, _, d, *_ in res] == [("70.1%", None)]
    res = results_of(nlp, "When trained on ImageNet at 128 resolution, our models achieve an FID of 7.4.")
    assert [(v, d) for v, _, d, *_ in res] == [("7.4", "ImageNet")]


def test_a_figure_on_a_test_set_of_its_own_is_not_on_the_training_data(nlp):
    # the training data ("trained on D", "D training data", "D for training") loses to the test the sentence names:
    # "on" a name right after the figure, or "test(ed)/evaluate(d) ... on" a name before it
    res = results_of(nlp, "Our recogniser, trained on the Fisher corpus, reaches a WER of 8.1% on the Zorb'05 test set.")
    assert [(v, d) for v, _, d, *_ in res] == [("8.1%", None)]
    res = results_of(nlp, "We test our deep models on the Zorb'05 benchmark (using 300 hours of Switchboard training "
                          "data), with a word error rate of 12.6%.")
    assert [(v, d) for v, _, d, *_ in res] == [("12.6%", None)]
    res = results_of(nlp, "Using the Fisher corpus for training, we evaluate on the Zorb'05 set, where our system has a "
                          "WER of 9.2%.")
    assert [(v, d) for v, _, d, *_ in res] == [("9.2%", None)]
    # a test on a typed dataset before the figure is the figure's
    res = results_of(nlp, "We test the detector on KITTI (with ShapeNet training data), where it has a recall of 93.2%.")
    assert [(v, d) for v, _, d, *_ in res] == [("93.2%", "KITTI")]
    # the same data trained and tested on, or no other test named: the training data stays the figure's
    res = results_of(nlp, "Trained on COCO alone, our system has an AP of 0.612 on the COCO test-dev set.")
    assert [(v, d) for v, _, d, *_ in res] == [("0.612", "COCO test-dev")]
    res = results_of(nlp, "Our tagger trained on the Penn Treebank has an F1 of 92.7 on the test set.")
    assert [(v, d) for v, _, d, *_ in res] == [("92.7", "Penn Treebank")]
    res = results_of(nlp, "Trained on CIFAR-10, our network has a test error of 3.1% at 20 ms on the Zorb-9 card.")
    assert [(v, d) for v, _, d, *_ in res] == [("3.1%", "CIFAR-10")]


def test_a_figure_on_our_unnamed_dataset_takes_no_dataset_named_before_it(nlp):
    # "on our (new) dataset": not the dataset of the value before it
    res = results_of(nlp, "Our tagger obtains an F1 of 0.912 on CoNLL-2003 and 0.744 on our new dataset of noisy posts.")
    assert [(v, d) for v, _, d, *_ in res] == [("0.912", "CoNLL-2003"), ("0.744", None)]
    # nor the last sentence's; the dataset the paper introduces is the one
    res = results_of(nlp, "We release ZorbText, a corpus of noisy posts. We first test on CoNLL-2003. Our tagger obtains "
                          "an F1 of 0.744 on the introduced dataset.")
    assert [(v, d) for v, _, d, *_ in res] == [("0.744", "ZorbText")]
    # "this dataset" refers back to the one named before
    res = results_of(nlp, "We test our tagger on CoNLL-2003. It obtains an F1 of 0.912 on this dataset.")
    assert [(v, d) for v, _, d, *_ in res] == [("0.912", "CoNLL-2003")]


def test_a_list_on_these_two_datasets_needs_as_many_datasets_before_it(nlp):
    # one dataset named before, two figures "on these two datasets": neither is the one named
    res = results_of(nlp, "We first train FooNet on SVHN. It then reaches 91.5% and 86.2% accuracy on these two datasets.")
    assert [(v, d) for v, _, d, *_ in res] == [("91.5%", None), ("86.2%", None)]
    # two named before: paired by position
    res = results_of(nlp, "We first train FooNet on SVHN and CIFAR-100. It then reaches 91.5% and 86.2% accuracy on these "
                          "two datasets.")
    assert [(v, d) for v, _, d, *_ in res] == [("91.5%", "SVHN"), ("86.2%", "CIFAR-100")]
    # a name of two joined by "/" counts two: each figure is on its part, by position
    res = results_of(nlp, "We build a reader for the CNN/Daily Mail question answering data. Our reader reaches 73.1% and "
                          "76.0% accuracy on these two datasets.")
    assert [(v, d) for v, _, d, *_ in res] == [("73.1%", "CNN"), ("76.0%", "Daily Mail")]


def test_a_name_typed_by_its_shape_in_a_cited_list_of_datasets_is_data(nlp):
    # an all-capital member kg typed Method by its shape, with citations around it: still one of the list's data
    res = results_of(nlp, "Our network reaches 88.2%, 71.6% and 93.0% accuracy on the Quuxford flowers [12], "
                          "ZRBX planes [7, 9], and Stanford cars [33] datasets, respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("88.2%", "Quuxford"), ("71.6%", "ZRBX"), ("93.0%", "Stanford cars")]


def test_a_speed_in_a_clause_of_its_own_takes_no_dataset_of_the_accuracy_before_it(nlp):
    res = results_of(nlp, "We propose QuillSeg. QuillSeg obtains 71.5% mIoU on HarborScenes and runs at 57 FPS on one GPU.")
    assert {(v, d) for v, _, d, *_ in res} == {("71.5%", "HarborScenes"), ("57 FPS", None)}
    res = results_of(nlp, "We propose QuillSeg. QuillSeg obtains 71.5% mIoU on HarborScenes at 57 FPS.")
    assert {(v, d) for v, _, d, *_ in res} == {("71.5%", "HarborScenes"), ("57 FPS", "HarborScenes")}
    # (a list of costs in the clause of the accuracy, "with ... and ...", keeps its dataset)
    res = results_of(nlp, "We propose QuillSeg. QuillSeg obtains 71.5% mIoU on HarborScenes with 6M parameters and 57 FPS.")
    assert ("57 FPS", "HarborScenes") in {(v, d) for v, _, d, *_ in res}



def test_a_benchmarks_own_score_is_the_metric_and_the_benchmark_stays_the_dataset(nlp):
    # "<Dataset> score of V": the benchmark's own score measures V (not no metric, nor the benchmark only as data)
    res = results_of(nlp, "We propose QuillNet. On FEVER, QuillNet reaches a FEVER score of 66.4% on the blind test set.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("66.4%", "FEVER score", "FEVER")]
    # a metric kg knows before "score" keeps its own name
    res = results_of(nlp, "We propose QuillNet. QuillNet obtains a SuperGLUE score of 88.1 and a BLEU score of 29.7 on WMT14.")
    assert [(v, m) for v, m, *_ in res] == [("88.1", "SuperGLUE score"), ("29.7", "BLEU score")]


def test_success_rate_weighted_by_path_length_is_spl_not_success_rate(nlp):
    # the curated SPL entry also knows its long form written with "rate": the measure is not the plain success rate
    res = results_of(nlp, "We propose QuillNet. On HarborNav, QuillNet raises the success rate weighted by path length "
                          "from 41% to 46%.")
    assert [(v, m) for v, m, *_ in res] == [("46%", "success rate weighted by path length")]
    (ex,) = extract_papers([Paper("t", "A study", "QuillNet raises the success rate weighted by path length to 46%.")],
                           nlp=nlp)
    assert [(m.text, m.canonical) for m in ex.mentions if m.type is T.METRIC] == [("success rate weighted by path length", "SPL")]


def test_adversarial_accuracy_is_the_robust_accuracy_not_plain_accuracy(nlp):
    # the curated robust accuracy also knows its other common name: a figure under attack is no plain accuracy
    res = results_of(nlp, "We propose QuillNet. QuillNet reaches 44% adversarial accuracy and 83% clean accuracy on "
                          "HarborSet.")
    assert [(v, m) for v, m, *_ in res] == [("44%", "adversarial accuracy"), ("83%", "clean accuracy")]


def test_a_speed_after_a_list_of_data_or_after_a_dataset_with_its_own_figure_takes_no_dataset(nlp):
    # one member of a list of data is not where the speed was measured
    res = results_of(nlp, "We propose QuillDet. QuillDet does well on the CUB200, Cars196 and DOTA benchmarks, and runs "
                          "at 12.4 FPS on one GPU.")
    assert [(v, d) for v, _, d, *_ in res] == [("12.4 FPS", None)]
    res = results_of(nlp, "We propose QuillDet. QuillDet reaches 71.3 mAP on DOTA and HRSC2016 with a speed of 12.4 FPS.")
    assert ("12.4 FPS", None) in {(v, d) for v, _, d, *_ in res}
    # a dataset whose figure follows it in a parenthesis, then a clause of the speed
    res = results_of(nlp, "We propose QuillDet. QuillDet is accurate on CUB200 (71.3% mAP) and DOTA (88.1% mAP), while "
                          "running at 12.4 FPS.")
    assert {(v, d) for v, _, d, *_ in res} == {("71.3%", "CUB200"), ("88.1%", "DOTA"), ("12.4 FPS", None)}
    # (speeds paired with the list by position keep their data; one dataset of the speed's own keeps it)
    res = results_of(nlp, "We propose QuillDet. On CUB200 and DOTA, QuillDet runs at 12.4 and 20.1 FPS, respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("12.4", "CUB200"), ("20.1 FPS", "DOTA")]
    res = results_of(nlp, "We propose QuillDet. QuillDet reaches 71.3 mAP on DOTA at 12.4 FPS.")
    assert ("12.4 FPS", "DOTA") in {(v, d) for v, _, d, *_ in res}
    res = results_of(nlp, "We propose QuillDet. QuillDet is faster than the baseline on DOTA and CUB200 by 12.4 and 20.1 "
                          "FPS respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("12.4", "DOTA"), ("20.1 FPS", "CUB200")]


def test_a_figure_in_brackets_after_an_unknown_list_member_is_on_that_member(nlp):
    # "Wombats" is no name kg knows: the list of named figures before "other ... datasets" makes it one
    res = results_of(nlp, "Our network reaches a top-1 accuracy on CIFAR-10 (93.4%), Wombats (97.2%), and 4 other "
                          "fine-grained datasets.")
    assert [(v, d) for v, _, d, *_ in res] == [("93.4%", "CIFAR-10"), ("97.2%", "Wombats")]


def test_figures_in_brackets_before_a_data_noun_are_on_their_own_names(nlp):
    res = results_of(nlp, "We evaluate on ImageNet. Our detector obtains strong scores on the KOALACD (F1: 0.812, "
                          "IoU: 0.733) and the EMU (F1: 0.901, IoU: 0.855) datasets.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("0.812", "F1", "KOALACD"), ("0.733", "IoU", "KOALACD"),
                                                  ("0.901", "F1", "EMU"), ("0.855", "IoU", "EMU")]


def test_named_figures_of_models_are_no_list_of_data(nlp):
    res = results_of(nlp, "Our accuracy on CIFAR-10 beats FooNet (93.4%) and BarNet (91.2%) models.")
    assert {d for _, _, d, *_ in res} == {"CIFAR-10"}


def test_an_unknown_name_among_datasets_with_their_figures_gets_its_own_figure(nlp):
    res = results_of(nlp, "Our counter beats all prior work, i.e., CIFAR-10 (93.4%), Wombats (97.2%), MNIST (99.1%) "
                          "and SVHN (96.0%).")
    assert ("97.2%", "Wombats") in [(v, d) for v, _, d, *_ in res]


def test_a_summary_score_in_the_values_slot_is_its_metric(nlp):
    # "overall score", "final score": the measure a challenge ranks by, named in the value's slot (before: no metric)
    res = results_of(nlp, "Our tracker reaches an overall score of 81.2 on the FooVOS-19 dataset. Our entry ranks first "
                          "with a final score (0.871) on the Zork-2 dataset. The method gets 72.3% overall score on the "
                          "Quux-10 dataset.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("81.2", "overall score", "FooVOS-19"), ("0.871", "final score", "Zork-2"),
                                                 ("72.3%", "overall score", "Quux-10")]
    # a summary score with no figure in its slot names none: the figure keeps its own metric
    res = results_of(nlp, "Each branch feeds the overall score of the ranker, and our model reaches 61.0% mAP on the "
                          "Zork-2 dataset.")
    assert [(v, m) for v, m, *_ in res] == [("61.0%", "mAP")]
    # a ratio of speed after it is no figure of that score
    res = results_of(nlp, "Our method ranks first on the Zork-2 dataset (final score of 0.5584) while running 3 times faster.")
    assert [(v, m, k) for v, m, _, _, k, _ in res] == [("0.5584", "final score", "score"), ("3 times", None, "ratio")]


def test_a_true_accept_rate_at_a_false_accept_rate_is_the_tar(nlp):
    # "TAR" is a metric kg's table knows (typed Method by the finder here): the figure before it is a TAR, not the
    # list's accuracy, nor a figure of no metric (before: "accuracy", then None)
    res = results_of(nlp, "Our model reaches 92.59% TAR@FAR1e-6 on the BarFace dataset and 99.5% accuracy on the "
                          "QuxFace dataset. It improves face verification (TAR=89.59% for FAR=1e-6) on the BarFace dataset.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("92.59%", "TAR", "BarFace"), ("99.5%", "accuracy", "QuxFace"),
                                                 ("89.59%", "TAR", "BarFace")]
    # "FAR" is the operating point, a metric too: neither a result of its own nor the method (before: no result)
    res = results_of(nlp, "On the BarFace test set, our loss helps strong methods (FooFace) to improve face verification "
                          "(TAR=89.59% for FAR=1e-6). We reach a TAR of 51.4% at FAR of 0.1% on the QuxFace dataset.")
    assert [(v, m, d, meth) for v, m, d, meth, *_ in res] == [("89.59%", "TAR", "BarFace", "FooFace"),
                                                             ("51.4%", "TAR", "QuxFace", None)]
    from kg.metrics import MetricKnowledge
    assert [MetricKnowledge.load().higher_is_better(n) for n in ("TAR", "FAR")] == [True, False]


def test_the_measure_a_value_says_it_is_in_wins_over_a_quality_word_before_it(nlp):
    # "accuracy (41.3 in terms of BLEU score)": the figure is a BLEU score (before: "accuracy")
    res = results_of(nlp, "On the Zork-2 dataset we reach state-of-the-art accuracy (41.3 in terms of BLEU score) on "
                          "unsupervised translation. Our model reaches an accuracy of 97.3% as measured by the AUC on "
                          "the Quux-10 dataset, and 88.1% accuracy on the Zork-2 dataset.")
    assert [(v, m) for v, m, *_ in res] == [("41.3", "BLEU score"), ("97.3%", "AUC"), ("88.1%", "accuracy")]


def test_two_metric_words_joined_by_and_share_one_head(nlp):
    # "box and mask AP" names two metrics, paired with the two figures by position (before: both "mask AP"; the
    # gains, no metric)
    res = results_of(nlp, "Our detector reaches box and mask AP of 41.2 and 37.0 on the Zork-2 dataset. It gains 1.8% "
                          "and 2.2% for bounding box and mask AP on the Quux-10 dataset, respectively.")
    assert [(v, m, k) for v, m, _, _, k, _ in res] == [("41.2", "box AP", "score"), ("37.0", "mask AP", "score"),
                                                       ("1.8%", "box AP", "delta"), ("2.2%", "mask AP", "delta")]


def test_a_slashed_metric_pair_over_a_list_gives_each_figure_the_metric_its_range_admits(nlp):
    # bits per character are at most 8, a perplexity at least 1: the figures below 1 and above 8 decide, and one in
    # between goes with the figure nearest it in magnitude
    res = results_of(nlp, "Our recurrent model lowers BPC/perplexity to 0.97 on Zorbwiki, 1.12 on Quxchar, 21.7 on "
                          "Blorpnews and 48.3 on Fizzbank.")
    assert [(v, m) for v, m, *_ in res] == [("0.97", "BPC"), ("1.12", "BPC"), ("21.7", "perplexity"),
                                           ("48.3", "perplexity")]
    res = results_of(nlp, "Our model reaches perplexity/BPC of 31.4 on Zorbwiki and 0.95 on Quxchar.")
    assert [(v, m) for v, m, *_ in res] == [("31.4", "perplexity"), ("0.95", "BPC")]
    res = results_of(nlp, "Our model reaches BPD/perplexity of 2.9 on Zorbwiki.")  # both admit it: as today
    assert [(v, m) for v, m, *_ in res] == [("2.9", "perplexity")]


def test_lower_case_bpc_bpd_and_ppl_are_the_metrics_they_abbreviate(nlp):
    # abstracts write these short forms in lower case; they were found only before "of" ("a bpc of 1.02"), so a
    # "bpc/perplexity" pair read as perplexity alone
    res = results_of(nlp, "Our recurrent model lowers bpc/perplexity to 0.97 on Zorbwiki, 1.12 on Quxchar and 21.7 "
                          "on Blorpnews.")
    assert [(v, m) for v, m, *_ in res] == [("0.97", "bpc"), ("1.12", "bpc"), ("21.7", "perplexity")]
    res = results_of(nlp, "The flow reaches 3.05 bpd on Zorbimages, and the language model 19.2 ppl on Blorpnews.")
    assert [(v, m) for v, m, *_ in res] == [("3.05", "bpd"), ("19.2", "ppl")]


def test_a_metric_keeps_the_qualifier_its_mention_left_off(nlp):
    # a variant's token right before the measure (a capital or a digit after its first letter) is the metric's
    res = results_of(nlp, "We propose FooNet for hand pose. FooNet reaches 81.2% 3D PCK on the FooHands dataset.")
    assert [(r[0], r[1]) for r in res] == [("81.2%", "3D PCK")]
    res = results_of(nlp, "We propose FooFlow for optical flow. FooFlow reaches an F1-all error of 4.2% on the FooDrive "
                          "benchmark.")
    assert [(r[0], r[1]) for r in res] == [("4.2%", "F1-all error")]
    # ... the token the measure's mention starts inside, after a hyphen
    res = results_of(nlp, "We propose FooZip for sentence compression. FooZip reaches a kept-word-based-F1 of 80.2.")
    assert [(r[0], r[1]) for r in res] == [("80.2", "kept-word-based-F1")]
    res = results_of(nlp, "We propose FooBin for binary networks. FooBin beats its full-precision twin by 1.2% on ImageNet.")
    assert res and all(r[1] != "full-precision" for r in res)  # (a lower-case word's piece only grades what it goes on)
    # ... and the statistic before it, past an aside in a parenthesis that splits the name
    res = results_of(nlp, "We propose FooDet for detection. FooDet reaches a mean average (over all classes) precision "
                          "of 71.3% on the FooCars test set.")
    assert [(r[0], r[1]) for r in res] == [("71.3%", "mean average precision")]
    # not a capitalised word, a grade ("SOTA"), a count, nor a dataset's name
    res = results_of(nlp, "We propose FooNet. FooNet reaches a CIFAR-10 accuracy of 81.2% with only 3M parameters, above "
                          "the SOTA accuracy of 80.1%. Our accuracy is 79.9% on SVHN.")
    assert [(r[0], r[1]) for r in res] == [("81.2%", "accuracy"), ("3M", "parameters"), ("80.1%", "accuracy"),
                                          ("79.9%", "accuracy")]


def test_a_figure_that_averages_a_list_of_metrics_is_the_averages_not_a_members(nlp):
    # "an average of A, B and C of V" and "a V average of A, B and C": the average's figure, not A's or C's
    res = results_of(nlp, "We propose FooSum for summarization. FooSum reaches a 40.25 average of ROUGE-1, ROUGE-2 and "
                          "ROUGE-L on the FooNews dataset.")
    assert [(r[0], r[1]) for r in res] == [("40.25", "average of ROUGE-1, ROUGE-2 and ROUGE-L")]
    res = results_of(nlp, "We propose FooSum for summarization. FooSum reaches an average of ROUGE-1, ROUGE-2, and "
                          "ROUGE-L of 40.25 on the FooNews dataset.")
    assert [(r[0], r[1]) for r in res] == [("40.25", "average of ROUGE-1, ROUGE-2, and ROUGE-L")]
    # the next figure of its list keeps its own metric, not the averaged list's by position
    res = results_of(nlp, "We propose FooMT for translation. FooMT reaches the mean of BLEU and METEOR of 30.5 on "
                          "WMT14, and 41.2 BLEU on WMT16.")
    assert [(r[0], r[1]) for r in res] == [("30.5", "mean of BLEU and METEOR"), ("41.2", "BLEU")]
    # a list of metrics with a list of as many figures pairs by position, as before
    res = results_of(nlp, "We propose FooSum for summarization. FooSum reaches ROUGE-1, ROUGE-2 and ROUGE-L scores of "
                          "44.1, 21.2 and 40.9 on the FooNews dataset.")
    assert [(r[0], r[1]) for r in res] == [("44.1", "ROUGE-1"), ("21.2", "ROUGE-2"), ("40.9", "ROUGE-L")]


def test_a_bare_top_k_takes_the_head_of_the_top_k_named_before_it(nlp):
    # "top-1 accuracy (top-5: V)": the top-5 accuracy, not a bare "top-5" (whose errors are lower-better)
    res = results_of(nlp, "We propose FooNet for classification. FooNet reaches 86.1% top-1 accuracy (top-5: 97.9%) on "
                          "the FooPics dataset.")
    assert [(r[0], r[1]) for r in res] == [("86.1%", "top-1 accuracy"), ("97.9%", "top-5 accuracy")]
    res = results_of(nlp, "We propose FooNet for classification. FooNet reaches a top-1 error of 20.1% (top-5: 5.2%) on "
                          "the FooPics dataset.")
    assert [(r[0], r[1]) for r in res] == [("20.1%", "top-1 error"), ("5.2%", "top-5 error")]
    # not past the sentence, nor without a headed top-k before it (the paper says error too, so the bare top-k's
    # own reading, kg.extract.metric_bounds.read_top_k_heads, leaves them bare)
    res = results_of(nlp, "We propose FooNet for retrieval. FooNet reaches 61.2% top-1 accuracy on the FooShop dataset. "
                          "It beats the best baseline by 3.1% and 2.2% in top-1 and top-5 on the FooStore dataset. "
                          "Its error falls with depth.")
    assert [(r[0], r[1]) for r in res][1:] == [("3.1%", "top-1"), ("2.2%", "top-5")]


def test_values_take_a_bare_top_k_list_by_position_past_a_setting_kg_does_not_know(nlp):
    # "Top-10" is in no lexicon: it still takes its place in the list the values pair with (not all "Top-1")
    res = results_of(nlp, "Our matcher leads earlier work on the Zorb-Pedes set by 3.1%, 2.2% and 1.3% in terms of "
                          "Top-1, Top-5 and Top-10.")
    assert [(v, m) for v, m, *_ in res] == [("3.1%", "Top-1"), ("2.2%", "Top-5"), ("1.3%", "Top-10")]
    # a lone top-k word with no typed member in its list gets no metric candidate of its own
    res = results_of(nlp, "Our matcher reaches 71.0% on Zorb-Pedes, and the top-30 and top-40 lists agree.")
    assert all(m not in ("top-30", "top-40") for _, m, *_ in res)


def test_a_speed_after_a_cited_list_of_datasets_takes_none_of_its_members(nlp):
    # the citation brackets part the members, yet they still form one list: the speed is measured on hardware,
    # not on the list's last dataset
    res = results_of(nlp, "Zorbnet obtains 71.2%, 65.0% and 80.1% accuracy on CIFAR-10 [3], SVHN [4] and STL-10 [5], "
                          "respectively, and runs at 30 FPS on a Titan X GPU.")
    assert [(v, d) for v, _, d, *_ in res] == [("71.2%", "CIFAR-10"), ("65.0%", "SVHN"), ("80.1%", "STL-10"),
                                              ("30 FPS", None)]
    res = results_of(nlp, "Zorbnet obtains 71.2% accuracy on CIFAR-10 [3] at 30 FPS.")  # one dataset: its own
    assert [(v, d) for v, _, d, *_ in res] == [("71.2%", "CIFAR-10"), ("30 FPS", "CIFAR-10")]


def test_two_clauses_joined_by_and_each_name_their_dataset_before_their_figure(nlp):
    # "on A ... V1, and ... on B ... V2": B is the second figure's, A (before the first) the first's
    res = results_of(nlp, "Moreover, we set a record on the CIFAR-10 dataset with an accuracy of 91.25%, and remain "
                          "competitive on the SVHN dataset with an accuracy of 88.5%.")
    assert [(v, d) for v, _, d, *_ in res] == [("91.25%", "CIFAR-10"), ("88.5%", "SVHN")]
    res = results_of(nlp, "Zorbnet ranks first on the Cityscapes benchmark at 81.5% mIoU and gets good results on the "
                          "ADE20K benchmark at 44.1% mIoU.")
    assert [(v, d) for v, _, d, *_ in res] == [("81.5%", "Cityscapes"), ("44.1%", "ADE20K")]
    # with no dataset before it, the first figure still takes the one after it
    res = results_of(nlp, "Zorbnet reaches 81.5% mIoU, and ranks first on the Cityscapes benchmark at 44.1% mIoU.")
    assert [(v, d) for v, _, d, *_ in res] == [("81.5%", "Cityscapes"), ("44.1%", "Cityscapes")]


def test_a_figure_for_one_category_or_a_few_classes_is_on_no_dataset(nlp):
    # a figure over part of the data is no figure of the whole benchmark: it takes none of the sentence's datasets
    res = results_of(nlp, "On CIFAR-10, our detector reaches an AUROC of 100% on 3 of the 10 classes.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("100%", "AUROC", None)]
    res = results_of(nlp, "On the MIT-BIH dataset, our model reaches a sensitivity of 97.5% for the category N and a "
                          "sensitivity of 91.2% for class 4.")
    assert [(v, d) for v, _, d, *_ in res] == [("97.5%", None), ("91.2%", None)]
    # (a figure on the benchmark's test set is the benchmark's)
    res = results_of(nlp, "On CIFAR-10, our detector reaches an AUROC of 97.1% on the test set.")
    assert [(v, d) for v, _, d, *_ in res] == [("97.1%", "CIFAR-10")]


def test_a_pair_the_text_calls_data_gives_its_untyped_member_its_own_figure(nlp):
    # "Google" is a word kg keeps out of names, yet "the A and Google benchmarks" calls it data: the second of the
    # pair's figures is on it, not on the member kg typed
    res = results_of(nlp, "Our recogniser obtains 93.1% and 85.4% accuracy in the depth setting on the CIFAR-10 and "
                          "Google benchmarks, respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("93.1%", "CIFAR-10"), ("85.4%", "Google")]
    res = results_of(nlp, "Our recogniser obtains 93.1% and 85.4% accuracy on the Google and CIFAR-10 datasets, "
                          "respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("93.1%", "Google"), ("85.4%", "CIFAR-10")]
    # a bare year after a name is its version, no member of its own
    res = results_of(nlp, "Our detector obtains 52.6% and 48.0% mAP on the PASCAL VOC 2007 and 2012 datasets.")
    assert [(v, d) for v, _, d, *_ in res] == [("52.6%", "PASCAL VOC 2007"), ("48.0%", "PASCAL VOC 2012")]


def test_a_metric_written_as_a_hyphen_compound_beside_its_value_is_its_own(nlp):
    # the second value names its own measure ("Hit-Recall@1"), glued by a hyphen: not the first value's metric
    res = results_of(nlp, "We propose QuillNet. QuillNet achieves a Rank-1 accuracy of 81.2% on FooReID and 64.5% "
                          "Hit-Recall@1 on BarRet.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("81.2%", "Rank-1 accuracy", "FooReID"), ("64.5%", "Hit-Recall@1", "BarRet")]
    res = results_of(nlp, "We propose QuillNet. QuillNet scores 121.3 CIDEr-D on the FooCap test split, 118.2 CIDEr-D on "
                          "the online server and 64.1 Near-CIDEr on the BarCaps validation set.")
    assert [(v, m) for v, m, *_ in res] == [("121.3", "CIDEr-D"), ("118.2", "CIDEr-D"), ("64.1", "Near-CIDEr")]


def test_a_figure_before_the_next_item_of_a_list_takes_not_its_dataset(nlp):
    # "..., and on B to V2": B opens the next item; the figure before it sits on a name kg did not type (Quux-Birds)
    res = results_of(nlp, "Our tagger lifts accuracy on CIFAR-10 to 91.5%, on Quux-Birds to 88.2%, and on MNIST to 99.1%.")
    assert [(v, d) for v, _, d, *_ in res] == [("91.5%", "CIFAR-10"), ("88.2%", None), ("99.1%", "MNIST")]
    res = results_of(nlp, "Our tagger lifts accuracy on CIFAR-10 from 90.1% to 91.5%, on Quux-Birds from 85.0% to 88.2%, "
                          "and on MNIST from 98.7% to 99.1%.")
    assert [(v, d) for v, _, d, *_ in res] == [("91.5%", "CIFAR-10"), ("88.2%", None), ("99.1%", "MNIST")]
    # a figure whose own name follows it keeps it
    res = results_of(nlp, "Our tagger reaches 91.5% accuracy on CIFAR-10, 88.2% on Quux-Birds, and 99.1% on MNIST.")
    assert [(v, d) for v, _, d, *_ in res] == [("91.5%", "CIFAR-10"), ("88.2%", "Quux-Birds"), ("99.1%", "MNIST")]


def test_a_figure_ending_a_cut_text_takes_no_metric_or_dataset_of_the_figure_before(nlp):
    # the data cut the abstract after "88.4%": its own "mIoU on B" is lost, the first figure's are not its
    cut = "We propose the Quokka Network. We achieve a mean IoU of 83.0% on the Cityscapes dataset and 88.4%"
    assert [r[:3] for r in results_of(nlp, cut)] == [("83.0%", "mean IoU", "Cityscapes")]
    whole = cut + " mIoU on the PASCAL VOC 2012 dataset."
    assert [r[:3] for r in results_of(nlp, whole)] == [("83.0%", "mean IoU", "Cityscapes"),
                                                       ("88.4%", "mIoU", "PASCAL VOC 2012")]


def test_a_figure_ending_a_cut_text_keeps_its_own_words_and_datasets_by_position(nlp):
    own = "We propose QuokkaASR. On LibriSpeech, we reach a WER of 2.1 on test-clean and a WER of 3.47"
    assert [r[:3] for r in results_of(nlp, own)] == [("2.1", "WER", "LibriSpeech test-clean"),
                                                     ("3.47", "WER", "LibriSpeech")]
    paired = "We propose a captioner. On ActivityNet Captions and YouCookII, we achieve METEOR scores of 10.12 and 6.58"
    assert [r[:3] for r in results_of(nlp, paired)] == [("10.12", "METEOR", "ActivityNet Captions"),
                                                        ("6.58", "METEOR", "YouCookII")]


def test_a_dataset_name_a_line_break_split_keeps_the_split_written_after_it(nlp):
    # "Lib-riSpeech" is read as the lexicon's LibriSpeech; the split after it names the figure's leaderboard
    res = results_of(nlp, "We propose QuokkaASR. QuokkaASR reaches 6.0% WER on Lib-riSpeech test-other without a "
                          "language model, and 80.1% accuracy on Im-ageNet, a new record.")
    assert [r[:3] for r in res] == [("6.0%", "WER", "LibriSpeech test-other"), ("80.1%", "accuracy", "ImageNet")]


def test_a_figure_ending_a_text_without_a_period_keeps_its_own_dataset_or_its_margin(nlp):
    # a complete text may end without a period: a figure with a dataset named before it takes the lent metric,
    # a margin is a margin (only a figure lent both its metric and its dataset lost its own words)
    own = "FooNet reaches 80.1 F1 on CoNLL, and on OntoNotes it reaches 75.2"
    assert [r[:3] for r in results_of(nlp, own)] == [("80.1", "F1", "CoNLL"), ("75.2", "F1", "OntoNotes")]
    margin = "FooNet reaches 80.1 F1 on CoNLL, outperforming BarNet by 2.3%"
    assert ("2.3%", "F1", "CoNLL") in [r[:3] for r in results_of(nlp, margin)]


def test_a_second_respectively_list_pairs_with_the_datasets_of_the_run_before_it(nlp):
    # the gains name no dataset of their own: they go by position to the datasets of the scores before them
    res = results_of(nlp, "Our tagger reaches 91.2 F1 on CoNLL-2003 and 88.7 F1 on OntoNotes, beating the best "
                          "earlier systems by 1.4 and 0.9 points, respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("91.2", "CoNLL-2003"), ("88.7", "OntoNotes"), ("1.4", "CoNLL-2003"),
                                              ("0.9 points", "OntoNotes")]
    res = results_of(nlp, "We report accuracies of 71.5% on CIFAR-100, 80.2% on SVHN and 66.0% on STL-10, gains of "
                          "2.1%, 0.8% and 3.3% over the previous best, respectively.")
    assert [d for _, _, d, *_ in res] == ["CIFAR-100", "SVHN", "STL-10"] * 2


def test_a_second_list_with_places_of_its_own_keeps_them(nlp):
    # the speeds name their own (untyped) places, and a list with a dataset of its own keeps it
    res = results_of(nlp, "Our detector reaches 45.1 AP on COCO and 80.3 AP on PASCAL VOC, running at 30 and 50 FPS "
                          "on a GPU and a CPU, respectively.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("45.1", "AP", "COCO"), ("80.3", "AP", "PASCAL VOC"),
                                                 ("30", "FPS", None), ("50 FPS", "FPS", None)]


def test_a_list_whose_tail_is_paired_respectively_keeps_its_head_on_its_own_datasets(nlp):
    # one list by its glue: the first two name their datasets, the last two pair with the names after them
    res = results_of(nlp, "Our model reaches 81.2% accuracy on CIFAR-100 and 93.7% accuracy on SVHN, and 78.4% and "
                          "60.9% on STL-10 and Tiny ImageNet, respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("81.2%", "CIFAR-100"), ("93.7%", "SVHN"), ("78.4%", "STL-10"),
                                              ("60.9%", "Tiny ImageNet")]


def test_a_metric_list_before_the_words_of_the_clause_pairs_respectively(nlp):
    # the system and the verb part the metrics from the values: still paired by position, not both the nearest
    res = results_of(nlp, "On MIMIC-III, the precision and recall of our tagger were 92.5% and 95.1%, respectively.")
    assert [(v, m) for v, m, *_ in res] == [("92.5%", "precision"), ("95.1%", "recall")]
    res = results_of(nlp, "On MIMIC-III, precision and recall increased by 2.5% and 5.1%, respectively.")
    assert [(v, m) for v, m, *_ in res] == [("2.5%", "precision"), ("5.1%", "recall")]
    # "respectively" after datasets pairs the datasets, not the metrics before
    res = results_of(nlp, "Our tagger improves precision and recall, reaching 92.5% and 95.1% on MIMIC-III and i2b2, "
                          "respectively.")
    assert [m for _, m, *_ in res] == [None, None]


def test_a_respectively_list_whose_clause_names_no_dataset_pairs_with_the_clause_before_the_semicolon(nlp):
    res = results_of(nlp, "When fine-tuned, our model sets a new state of the art on SNLI, MultiNLI and SciTail; it "
                          "beats prior work by 1.2%, 0.8% and 2.5%, respectively.")
    assert [(v, d) for v, _, d, *_ in res] == [("1.2%", "SNLI"), ("0.8%", "MultiNLI"), ("2.5%", "SciTail")]


def test_a_respectively_list_of_metrics_takes_no_list_of_datasets(nlp):
    # "respectively" pairs the metrics here: the datasets before are no list the figures go through
    res = results_of(nlp, "Our model is best on SNLI and SciTail; on a third set it rises by 1.2% and 2.5% in accuracy "
                          "and F1, respectively.")
    # and "on a third set" names the figures' data, unnamed: not the nearest dataset before the semicolon
    assert [(v, m, d) for v, m, d, *_ in res] == [("1.2%", "accuracy", None), ("2.5%", "F1", None)]
    res = results_of(nlp, "Our tagger reaches 91.2 F1 on CoNLL-2003 and 88.7 F1 on OntoNotes, beating the best earlier "
                          "systems by 1.4 and 0.9 points in precision and recall, respectively.")
    assert [(v, m) for v, m, *_ in res][2:] == [("1.4", "precision"), ("0.9 points", "recall")]
    # the datasets are no list the two values go through by position (which dataset each takes is left open)
    assert [d for _, _, d, *_ in res][2:] != ["CoNLL-2003", "OntoNotes"]


@pytest.mark.parametrize("text, datasets", [
    # the list "respectively" pairs comes before the values, in their clause: not across a semicolon
    ("We test on SQuAD and NewsQA; our base and large quokka readers reach 88.1 and 90.3 F1, respectively.",
     ["NewsQA", "NewsQA"]),
    ("We train on SQuAD, NewsQA and TriviaQA; compared with the Quokka, Wombat and Numbat readers, our reader gains "
     "1.2%, 0.8% and 2.5%, respectively.", ["TriviaQA"] * 3),
    # "AP" and "AP50" are two metrics: "respectively" pairs them
    ("Our quokka detector is best on COCO and LVIS; it gains 1.2 and 2.5 points in AP and AP50, respectively.",
     ["LVIS", "LVIS"]),
])
def test_a_respectively_list_with_a_list_of_its_own_takes_no_datasets_by_position(nlp, text, datasets):
    # unpaired, each value keeps the nearest dataset before it (kg's fallback), not one by position
    assert [d for _, _, d, *_ in results_of(nlp, text)] == datasets


def test_a_respectively_list_with_a_list_of_its_own_takes_no_datasets_of_the_run_before_by_position(nlp):
    # the list "respectively" pairs comes before the values, in their clause: not the datasets of the run before
    res = results_of(nlp, "Our tagger reaches 91.2 F1 on CoNLL-2003 and 88.7 F1 on OntoNotes, while the base and large "
                          "quokka taggers score 89.5 and 90.1 F1, respectively.")
    datasets = [d for _, _, d, *_ in res]
    assert datasets[:2] == ["CoNLL-2003", "OntoNotes"]
    assert datasets[2:] != ["CoNLL-2003", "OntoNotes"]  # which dataset each takes is left open


def test_a_metric_list_pairs_respectively_across_a_dataset_with_digits(nlp):
    res = results_of(nlp, "The precision and recall of our quokka tagger on CoNLL-2003 were 92.5% and 95.1%, "
                          "respectively.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("92.5%", "precision", "CoNLL-2003"), ("95.1%", "recall", "CoNLL-2003")]


def test_two_clauses_joined_by_and_are_no_list_of_their_own(nlp):
    # "... of the image area and improve ...": a second clause, not a list "respectively" pairs
    res = results_of(nlp, "We test on the CIFAR-10 and SVHN datasets where the objects fill 4.8% and 21.4% of the "
                          "image area and improve accuracy over the plain quokka net by 25.7% and 3.6%, respectively.")
    assert [(v, d) for v, _, d, *_ in res][2:] == [("25.7%", "CIFAR-10"), ("3.6%", "SVHN")]
