"""Stated results (kg/extract/results/) and metric knowledge (kg/metrics.py), on sentences written for
these tests; the figures on real abstracts come from scripts/eval_results.py."""
import importlib.util
import json
import subprocess
import sys

import pytest

from kg.extract import build_nlp
from kg.metrics import MetricKnowledge, norm_metric
from kg.models import Result

from conftest import REPO, SHARED
from helpers import results_of


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def test_each_value_binds_to_its_own_dataset_in_a_list(nlp):
    # "D metric to V": every dataset stands before its value (the old rule shifted them by one)
    res = results_of(nlp, "We propose TinyBERT. It pushes the MultiNLI accuracy to 86.7% (4.6% absolute improvement), "
                          "SQuAD v1.1 F1 to 93.2 (1.5 point absolute improvement) and SQuAD v2.0 F1 to 83.1.")
    scores = [(v, m, d) for v, m, d, _, k, _ in res if k == "score"]
    assert scores == [("86.7%", "accuracy", "MultiNLI"), ("93.2", "F1", "SQuAD v1.1"), ("83.1", "F1", "SQuAD v2.0")]
    assert {v for v, *_, k, _ in res if k == "delta"} == {"4.6%", "1.5 point"}


def test_values_on_datasets_and_in_parentheses(nlp):
    res = results_of(nlp, "Our method reaches a rank-1 accuracy of 94.4% on Market-1501 and 97.8% on CUHK03. "
                          "It is competitive on FID (CelebA: 3.6; FFHQ: 6.1).")
    got = {(v, m, d) for v, m, d, *_ in res}
    assert {("94.4%", "rank-1 accuracy", "Market-1501"), ("97.8%", "rank-1 accuracy", "CUHK03"),
            ("3.6", "FID", "CelebA"), ("6.1", "FID", "FFHQ")} <= got


def test_lists_of_values_pair_with_lists_of_datasets_and_metrics(nlp):
    res = results_of(nlp, "We evaluate on ScanNet and S3DIS, where our model achieves 63.6% and 64.0% mAP. "
                          "On Market-1501 it reaches rank1/mAP 91.1%/83.3%.")
    got = {(v, m, d) for v, m, d, *_ in res}
    assert {("63.6%", "mAP", "ScanNet"), ("64.0%", "mAP", "S3DIS")} <= got
    assert {("91.1%", "rank1"), ("83.3%", "mAP")} <= {(v, m) for v, m, *_ in res}


def test_kinds_baselines_and_figures_of_others(nlp):
    res = results_of(nlp, "We propose FastSeg. FastSeg improves mIoU on Cityscapes from 73.8% to 82.3%, "
                          "outperforming DeepLab by 2.6% mIoU, and runs 3.1x faster. "
                          "It reaches 45.0 mIoU on ADE20K (versus 41.2 for PSPNet).")
    by_value = {v: (m, d, meth, k, b) for v, m, d, meth, k, b in res}
    assert by_value["82.3%"] == ("mIoU", "Cityscapes", "FastSeg", "score", "73.8%")
    assert "73.8%" not in by_value and "41.2" not in by_value  # a baseline, another method's figure
    assert by_value["2.6%"][3] == "delta" and by_value["2.6%"][2] == "FastSeg"  # not DeepLab: it is outperformed
    assert by_value["3.1x"][3] == "ratio" and by_value["3.1x"][0] is None  # "faster" is not mIoU
    assert by_value["45.0"][:4] == ("mIoU", "ADE20K", "FastSeg", "score") and by_value["45.0"][4] == "41.2"



def test_a_loss_of_a_figure_in_a_measure_is_a_change(nlp):
    # "a loss of 1.2% in top-1 accuracy" is a drop of accuracy (the Metric side reads it so too); a loss that
    # goes on "in training" or names no measure after it states the loss's own value
    res = results_of(nlp, "We propose TinySort. TinySort shrinks the sorter on CIFAR-10 with a slight loss of 1.2% "
                          "in top-1 accuracy. TinySort reaches a loss of 0.34 in training on CIFAR-10 and "
                          "a validation loss of 0.41 on CIFAR-10.")
    kinds = {v: k for v, _, _, _, k, _ in res}
    assert kinds.get("1.2%") == "delta"
    assert kinds.get("0.34", "score") == "score" and kinds.get("0.41", "score") == "score"

def test_our_model_is_the_proposed_method_and_bounds_are_not_scores(nlp):
    res = results_of(nlp, "We introduce GridFormer for image classification. Our model achieves 81.5% top-1 "
                          "accuracy on ImageNet. Models that exceed 80% top-1 accuracy are rare.")
    assert [(v, meth) for v, _, _, meth, k, _ in res if k == "score"] == [("81.5%", "GridFormer")]


def test_two_models_named_together_share_no_our_model(nlp):
    # "named A and B" is two mentions (kg.extract.coordinated); "our model" is neither alone, and a figure of B
    # named in its sentence stays B's for every value of the sentence
    text = "We propose two detectors, named QuokkaDet-S and Wombat RCNN-L. "
    res = results_of(nlp, text + "Our model reaches 41.2% AP on COCO.")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("41.2%", None)]
    res = results_of(nlp, text + "The Wombat RCNN-L model reaches 52.9% AP with one backbone and 53.6% with another.")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("52.9%", "Wombat RCNN-L"), ("53.6%", "Wombat RCNN-L")]


def test_counts_citations_and_names_are_not_results(nlp):
    res = results_of(nlp, "ResNet-50 [12] has 50 layers and we train for 300 epochs on ImageNet in 2021 with 8 GPUs.")
    assert res == []


def test_result_json_round_trip_keeps_kind_and_baseline():
    r = Result("82.3%", "FastSeg", "Cityscapes", "mIoU", 3, 8, "abstract", "score", "73.8%")
    d = r.to_json()
    assert d["kind"] == "score" and d["baseline"] == "73.8%"
    assert Result.from_json(d) == r
    old = Result.from_json({"value": "80.1%", "metric": "mIoU"})  # files written before kinds existed
    assert old.kind == "score" and old.baseline is None and "baseline" not in old.to_json()


@pytest.mark.parametrize("name,better", [
    ("top-5 error", False), ("Top-1 Error Rate", False), ("perplexity", False), ("FID", False), ("WER", False),
    ("latency", False), ("parameters", False), ("mIoU", True), ("top-1 accuracy", True), ("BLEU", True),
    ("Macro-F1", True), ("MPJPE", False), ("zorblatt", None),
    # variants of known metrics: a generic last word, an acronym of an ITO name, a few curated additions
    ("FID score", False), ("FID scores", False), ("BLEU score", True), ("mCE", False), ("mean corruption error", False),
    ("GMACs", False), ("bits/dim", False), ("angular error", False), ("negative log-likelihood", False),
    ("Spearman's rank correlation", True), ("CIDEr-D", True), ("F-measure", True),
    # rates no table knows, by the outcome they count (spelled out or as an acronym)
    ("recognition rate", True), ("true accept rate", True), ("false alarm rate", False), ("rejection rate", False),
    ("TAR", True), ("TAR@FAR=1e-3", True), ("FNIR", False), ("FRR", False), ("SER", False), ("learning rate", None)])
def test_metric_direction(name, better):
    assert MetricKnowledge.load().higher_is_better(name) is better


def test_values_on_one_scale():
    k = MetricKnowledge.load()
    assert k.number("0.823", "top-1 accuracy") == pytest.approx(82.3) == k.number("82.3%", "top-1 accuracy")
    assert k.number("0.5", "F1", kind="delta") == 0.5  # a change is not rescaled
    assert k.number("3.64", "FID") == 3.64 and k.number("12", "mIoU") == 12.0  # not fractions
    assert norm_metric("Top-1_Accuracy") == "top 1 accuracy"
    bpc, ppl = k.family("BPC"), k.family("PPL")  # the figures a metric can take (curated range)
    assert bpc.admits(0.97) and not bpc.admits(21.7) and ppl.admits(21.7) and not ppl.admits(0.97)
    assert k.family("accuracy").admits(1e6)  # no range: any figure


def test_ito_table_is_generated_with_its_notice():
    from importlib import resources

    text = resources.files("kg").joinpath("data", "metrics_ito.tsv").read_text(encoding="utf-8")
    assert "CC BY-SA" in text.splitlines()[1] and "FID\t0" in text
    notice = resources.files("kg").joinpath("data", "NOTICE.md").read_text(encoding="utf-8")
    assert "metrics_ito.tsv" in notice and "metrics_curated.tsv" in notice


def eval_results_script():
    """scripts/eval_results.py as a module, run in this process (its extraction takes the test process's
    pipeline instead of building one)."""
    spec = importlib.util.spec_from_file_location("eval_results", REPO / "scripts" / "eval_results.py")
    mod = importlib.util.module_from_spec(spec)
    path = list(sys.path)
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.path[:] = path  # the script puts the repository first on the path, as PYTHONPATH does here
    return mod


@pytest.mark.slow
def test_eval_results_script_on_the_labels(capsys):
    if not (SHARED / "data/sota_nfdi4ds/papers.jsonl.gz").is_file():
        pytest.skip(f"no sota_nfdi4ds data under {SHARED}")
    assert eval_results_script().main(["--limit", "60", "--json", "--shared", str(SHARED)]) == 0
    figures = json.loads(capsys.readouterr().out)
    labels = figures["sota_nfdi4ds"]
    assert labels["papers"] == 60 and labels["labels"] >= 60
    assert 0 < labels["value+metric+dataset"] <= labels["value"] <= 1


def test_metric_family_keeps_names_that_end_on_a_generic_word():
    k = MetricKnowledge.load()
    assert k.family("F-measure") is k.family("F1") is k.family("F1 score")  # "measure" is not dropped
    assert k.family("FID score") is k.family("FID")


def test_settings_versions_and_deltas_are_not_scores(nlp):
    res = results_of(nlp, "We propose Zest. Zest reaches 71.5% accuracy on FooBench, and its Top-2 accuracy is higher. "
                          "Under a tight budget, Zest outperforms the transformer on BarMT by 1.3/1.8 BLEU. "
                          "It brings improvements for tagging (up to 2.1%) and parsing (up to 1% F1) on BazBank. "
                          "We study 3 different model sizes on FooBench. "
                          "We reduce the label demands to 40% without a loss on FooBench.")
    got = {(v, k) for v, m, d, meth, k, b in res}
    assert ("71.5%", "score") in got
    assert not any(v == "2" for v, _ in got)
    assert {("1.3", "delta"), ("1.8", "delta"), ("2.1%", "delta"), ("1%", "delta")} <= got
    assert not any(v in ("3", "40%") for v, _ in got)


def test_arrows_version_numbers_and_compared_metrics(nlp):
    res = results_of(nlp, "We propose Zest. Zest sets new results on FooQA (0.7112 → 0.8245). "
                          "Our results beat all prior Smatch scores on both AMR 2.0 (76.1% F1 on LDC2017T10) and "
                          "AMR 1.0 (70.4% F1 on LDC2014T12). "
                          "Using Zest we reach the best results on FooText (11.2 compared to the previous perplexity of 16.3).")
    rows = {v: (m, d, b) for v, m, d, meth, k, b in res}
    assert rows["0.8245"][2] == "0.7112" and "0.7112" not in rows
    assert "2.0" not in rows and "1.0" not in rows and rows["76.1%"][1] == "LDC2017T10"  # versions, not scores
    assert rows["11.2"][0] == "perplexity" and rows["11.2"][2] == "16.3"


def test_a_garbled_sign_before_a_figure_of_change_is_a_gain(nlp):
    # a PDF's arrow read as "?" before a gain; "(over N" opens a bound, no baseline of the gain
    res = results_of(nlp, "We introduce KiteNet. KiteNet clearly outperforms four strong baselines on event linking "
                          "(?2.4 F1) and on coherence (over 1.5 F1).")
    assert [(v, k, b) for v, m, d, meth, k, b in res] == [("2.4", "delta", None)]


def test_a_figure_after_map_with_a_metric_of_its_own_is_no_threshold(nlp):
    # "by 11 mAP 21 MOTA": 21 is the MOTA's gain, no AP threshold ("61.2 AP 50" keeps its threshold)
    res = results_of(nlp, "We propose TrackZ. TrackZ beats the best published trackers on two benchmarks by 11 mAP 21 MOTA "
                          "and 4 mAP 2 MOTA respectively. TrackZ reaches 61.2 AP 50 on FooTrack.")
    assert [(v, m, k) for v, m, d, meth, k, b in res] == [("11", "mAP", "delta"), ("21", "MOTA", "delta"), ("4", "mAP", "delta"),
                                                          ("2", "MOTA", "delta"), ("61.2", "AP50", "score")]


def test_a_setting_glued_to_a_metric_by_an_at_sign_is_no_score(nlp):
    # the figure after "@" (or after "@name=") is the threshold the metric is read at; "R@1=" is followed by a score
    assert [(v, m) for v, m, *_ in results_of(nlp, "We propose Zest. Zest reaches R@1=45.2 on Flickr30K.")] == [("45.2", "R@1")]
    res = results_of(nlp, "We propose Zest. On FooDet, the map@tIoU=0.5 of Zest rises to 31.0%. "
                          "Zest reaches mAP@0.5=62.1% on BarDet. On COCO, Zest reaches an AP@IoU=0.75 of 45.3%.")
    assert [(v, m) for v, m, *_ in res] == [("62.1%", "mAP"), ("45.3%", "AP")]  # (the score after the setting is the AP's)


def test_a_setting_after_an_at_sign_past_a_digit_or_a_space_is_no_score(nlp):
    # "R1@0.5" (a digit before "@") and "F1 @ 0.7" (spaced) give the threshold the metric is read at, no figure
    from kg.extract.results.value_kinds import kinds
    from kg.extract.results.values import values
    for text, setting in (("Zest reaches 45.2% R1@0.5 on QuuxMoments.", "0.5"),
                          ("Zest reaches an R1@0.7 of 45.2% on QuuxMoments.", "0.7"),
                          ("Zest reaches an F1 @ 0.7 of 45.2% on QuuxMoments.", "0.7")):
        vs = values(text, 0, len(text), [])
        kinds(text, vs, 0, [])
        assert [(v.text, v.dropped) for v in vs if v.text in (setting, "45.2%")] == \
            sorted([(setting, True), ("45.2%", False)], key=lambda p: text.index(p[0])), text
    res = results_of(nlp, "We propose Zest. Zest reaches 61.2% mAP @ 0.5 on FooDet. "
                          "Zest reaches an F1 @ 0.7 of 45.2% on BarSeg.")
    assert [(v, m) for v, m, *_ in res] == [("61.2%", "mAP"), ("45.2%", "F1")]


def test_a_gap_between_two_figures_is_a_change_not_a_score(nlp):
    # "2% ... accuracy difference" and "a gap of 0.4 BLEU" measure how far apart two figures are
    res = results_of(nlp, "We propose Zest. Zest leaves only 2% (91.8% vs 93.8%) accuracy difference to the supervised "
                          "model on FooImages. Zest reaches 28.4 BLEU on BarMT, with a gap of 0.4 BLEU to its teacher. "
                          "Zest reaches 85.2% accuracy on BazText with no significant difference in speed.")
    got = [(v, m, k) for v, m, d, meth, k, b in res]
    assert ("2%", "accuracy", "delta") in got and ("91.8%", "accuracy", "score") in got
    assert ("28.4", "BLEU", "score") in got and ("0.4", "BLEU", "delta") in got
    assert ("85.2%", "accuracy", "score") in got  # a gap of something else after a score keeps the score


def test_a_gap_closed_on_a_score_and_a_graded_gap(nlp):
    # "the gap to 91.2% accuracy" names the score the gap closes on; "relative" or "-point" grade a gap
    res = results_of(nlp, "We propose Zest. Zest narrows the gap to 91.2% accuracy on FooSet.")
    assert [(v, m, meth, k) for v, m, d, meth, k, b in res] == [("91.2%", "accuracy", "Zest", "score")]
    res = results_of(nlp, "We propose Zest. Zest reaches 88.1% accuracy on FooSet, a 1.5% relative gap to the teacher. "
                          "Zest reaches 31.4 BLEU on BarMT, a 2-point gap to the teacher.")
    got = [(v, m, k) for v, m, d, meth, k, b in res]
    assert got == [("88.1%", "accuracy", "score"), ("1.5%", "accuracy", "delta"), ("31.4", "BLEU", "score"),
                   ("2", "BLEU", "delta")], got


def test_a_spaced_tilde_and_metrics_joined_by_a_slash_keep_a_gain(nlp):
    res = results_of(nlp, "We propose Zest. Zest lowers the error on FooDrone by ∼ 20.9%. Students taught by Zest score 4.8 "
                          "BLEU/ROUGE points higher than students taught alone on BarSum. Zest reaches 86.8% top-1 w/o "
                          "extra data on BazNet.")
    assert [(v, k) for v, m, d, meth, k, b in res] == [("20.9%", "delta"), ("4.8", "delta"), ("86.8%", "score")]


def test_a_list_of_gains_goes_on_past_asides_and_the_measure_it_changes(nlp):
    res = results_of(nlp, "We propose Zest. Zest outperforms the best trackers by 4.6% (FooA to FooB) and 4.4% (FooB to FooA) "
                          "in mAP, respectively. Zest gets 11.2% and 4.8% relative error reductions in F1 on BarACE.")
    assert [(v, k) for v, m, d, meth, k, b in res] == [("4.6%", "delta"), ("4.4%", "delta"), ("11.2%", "delta"),
                                                       ("4.8%", "delta")]


def test_approximate_gains_in_a_list_and_up_to_a_score(nlp):
    res = results_of(nlp, "We propose Zest. On FooPose, Zest lifts several detectors by around 0.7 AP in the one-stage setting "
                          "and up to 1.9 AP in the two-stage setting. Zest shows an increase of near 5% in accuracy on "
                          "BarNews. Zest reaches 71.2% and up to 80.1% accuracy on BazNews.")
    assert [(v, k) for v, m, d, meth, k, b in res] == [("0.7", "delta"), ("1.9", "delta"), ("5%", "delta"), ("71.2%", "score"),
                                                       ("80.1%", "score")]


def test_a_list_of_top_k_settings_sharing_a_head_pairs_with_a_list_of_values(nlp):
    res = results_of(nlp, "We propose Zest. Zest lifts the top-1, top-10, and top-30 accuracies on FooShop to 31%, 58%, and "
                          "72%. Zest reaches 81.5% and 80.2% top-1 accuracies on BarNet and BazNet.")
    assert [(v, m) for v, m, *_ in res] == [("31%", "top-1 accuracy"), ("58%", "top-10 accuracy"), ("72%", "top-30 accuracy"),
                                            ("81.5%", "top-1 accuracies"), ("80.2%", "top-1 accuracies")]


def test_a_bare_accuracy_after_a_metric_is_that_metric(nlp):
    res = results_of(nlp, "We present LumaSeg. LumaSeg sets a new record of mIoU accuracy 79.3% on FooCity, reaches "
                          "81.0% mIoU accuracy on BarCity and 85.2% top-1 accuracy on BazNet. LumaSeg gets 71.6% IOU "
                          "accuracy on the FooVOC test set and 80.1% pixel accuracy on BarVOC.")
    assert [(v, m) for v, m, *_ in res] == [("79.3%", "mIoU"), ("81.0%", "mIoU"), ("85.2%", "top-1 accuracy"),
                                            ("71.6%", "IOU"), ("80.1%", "pixel accuracy")]


def test_a_dimension_in_a_name_does_not_cut_a_list(nlp):
    res = results_of(nlp, "We propose Zest. As generative models, our networks reach good likelihoods on SVHN, CIFAR-100 "
                          "and ImageNet 64×64, with bits per dimension of 1.91, 3.12 and 3.71 respectively.")
    assert [(v, d) for v, m, d, *_ in res] == [("1.91", "SVHN"), ("3.12", "CIFAR-100"), ("3.71", "ImageNet 64×64")]


def test_a_resolution_the_lexicon_knows_is_part_of_the_dataset(nlp):
    # each downsampled ImageNet is a benchmark of its own (rule 4: sizes that belong to the name stay in it)
    res = results_of(nlp, "We propose Zest, a flow model. Zest gets 3.52 bits per dimension on ImageNet 32 × 32 and "
                          "an FID of 9.8 on CelebA 64x64, and is trained on COCO 512×512 crops with 41.0 mAP.")
    rows = {v: d for v, m, d, *_ in res}
    assert rows["3.52"] == "ImageNet 32 × 32" and rows["9.8"] == "CelebA 64x64"
    assert rows["41.0"] == "COCO"  # no benchmark of that size: the crop size is no part of the name


def test_whose_figure_it_is(nlp):
    res = results_of(nlp, "We present Zest, a detector of forged text. We find that current detectors can classify forged "
                          "text with 71% accuracy on FooNews. Zest reaches 91.5% accuracy on FooNews. "
                          "Adding a Gadget to the pipeline speeds training, with which we achieve a BLEU of 27.1 on BarST.",
                      title="Zest: Spotting Forged Text")
    rows = {v: meth for v, m, d, meth, k, b in res}
    assert "71%" not in rows and rows["91.5%"] == "Zest"
    assert rows["27.1"] == "Zest"  # "we", not the component named earlier in the sentence


def test_a_title_phrase_is_not_the_method_of_a_score(nlp):
    res = results_of(nlp, "We tally birds in photos posted online. A fusion of image and caption features reaches a recall "
                          "of 0.91 and a precision of 0.72 on our own data.", title="Look and Count: Tallying Birds in Photos")
    assert [(v, meth) for v, m, d, meth, k, b in res] == [("0.91", None), ("0.72", None)]


def test_eval_results_script_draws_a_seeded_sample_of_scores(tmp_path, capsys):
    nodes = [{"id": "paper:p1", "type": "Paper", "title": "Zest", "abstract": "Zest reads digits."}]
    nodes += [{"id": f"result:p1-{i}", "type": "Result", "value": f"{70 + i}.5%", "metric": "accuracy", "dataset": "MNIST",
               "method": "Zest", "kind": "score" if i % 2 else "delta", "paper": "paper:p1", "sentence": f"S {i}."}
              for i in range(10)]
    (tmp_path / "graph.json").write_text(json.dumps({"nodes": nodes, "edges": []}), encoding="utf-8")
    run = [sys.executable, str(REPO / "scripts/eval_results.py"), "--sample", str(tmp_path), "-n", "3", "--seed", "7"]
    out = subprocess.run(run, capture_output=True, text=True, check=True).stdout  # the script as a user runs it
    script = eval_results_script()
    assert script.main(run[2:]) == 0
    assert out == capsys.readouterr().out  # seeded
    blocks = [b for b in out.split("\n\n") if b.strip()]
    assert len(blocks) == 3 and all("paper: Zest" in b and "metric='accuracy'" in b for b in blocks)
    assert all(int(b.split("value='")[1][:2]) % 2 == 1 for b in blocks)  # scores only, never the deltas
    assert "abstract:" not in out
    assert script.main(run[2:] + ["--abstract"]) == 0  # the same draw, each block ending with the abstract
    assert capsys.readouterr().out.replace("   abstract: Zest reads digits.\n", "") == out
    assert script.main(["--sample", str(tmp_path / "none")]) == 2 and "no graph.json" in capsys.readouterr().err


def test_ranges_lists_of_changes_and_figure_axes(nlp):
    res = results_of(nlp, "We propose Zest. Zest outperforms the prior art by 8% to 12% on WikiSQL. "
                          "On three datasets it gives an average improvement of 17.2, 15.1 percentage MSE and "
                          "12.6, 10.9 percentage MAE over the baselines. "
                          "On five datasets it is strong (4% Hits@1 up on average). "
                          "Code is public. 55 60 65 70 75 80 31 32 33 34 AP RetinaNet FCOS on COCO.")
    kinds = {v: k for v, m, d, meth, k, b in res}
    assert all(kinds.get(v) == "delta" for v in ("12%", "17.2", "15.1", "12.6", "10.9", "4%"))
    assert not any(v in kinds for v in ("55", "80", "34"))  # a figure's axis run into the text


def test_title_phrases_are_told_from_method_names():
    from kg.extract.results import title_phrase
    assert title_phrase("See and Count") and title_phrase("This Article Has Been Published")
    assert not title_phrase("Attention-guided Unified Network") and not title_phrase("Robust Temporal Ensembling")


def test_by_over_is_a_change_not_another_methods_figure(nlp):
    res = results_of(nlp, "We show that simple systems can obtain accuracies of 72.4% and 75.8% on SQuAD and TriviaQA, "
                          "exceeding current state-of-the-art results by over 5% and approaching the ceiling.")
    rows = {v: (k, b) for v, m, d, meth, k, b in res}
    assert rows["75.8%"] == ("score", None) and rows["5%"][0] == "delta"


def test_a_name_after_our_method_is_its_object_not_its_subject(nlp):
    res = results_of(nlp, "We introduce Zest, a pooling method for retrieval indexes. On MS MARCO, this method can reduce "
                          "the memory footprint of ColBERT indexes by 50% with little loss.", title="Zest: Pooling Tokens")
    rows = {v: meth for v, m, d, meth, k, b in res}
    assert rows["50%"] == "Zest"  # the paper speaks ("this method"); ColBERT is what it acts on


def test_beaten_figures_tilde_deltas_and_backbones(nlp):
    res = results_of(nlp, "We propose ACS. In offline experiments, our ACS model achieves an 18.7% CER on AISHELL-1, "
                          "outperforming the attention-based counterpart with the CER of 22.0%. "
                          "Our methods improve the state of the art on Market-1501 by ∼17% in mAP and ∼6% in rank-1. "
                          "Our detector based on Faster-RCNN with a ResNet-101 backbone obtains an mAP of 47.6% on COCO.")
    rows = {v: (m, meth, k, b) for v, m, d, meth, k, b in res}
    assert rows["18.7%"] == ("CER", "ACS", "score", "22.0%") and "22.0%" not in rows
    assert rows["17%"][2] == rows["6%"][2] == "delta"
    assert rows["47.6%"][1] != "ResNet-101"


def test_outperforming_with_a_figure_is_ours_when_it_is_the_first(nlp):
    res = results_of(nlp, "We propose Zest. On two lane benchmarks our method outperforms previous methods with F1 score "
                          "of 78.12% on CULane and 96.55% on TuSimple.")
    assert {"78.12%", "96.55%"} <= {v for v, *_ in res}


def test_a_score_without_a_dataset_takes_the_one_the_last_sentence_names(nlp):
    res = results_of(nlp, "We propose Zest for detection and test it on COCO and PASCAL VOC. We fine-tune Zest on COCO. "
                          "The resulting model achieves 51.2 AP with a single scale.")
    assert [(v, d) for v, m, d, *_ in res if v == "51.2"] == [("51.2", "COCO")]


def test_baseline_scores_from_to_with_a_metric_and_absolute_changes(nlp):
    res = results_of(nlp, "We propose ZestSeg. We evaluated ZestSeg on the Minicity dataset and outperformed the U-Net "
                          "baseline score (41% mIoU) using the same parameter count. "
                          "We boost the performance of Mask R-CNN on COCO instance segmentation from 35.1 mAP to 37.2 mAP. "
                          "ZestSeg outperforms clustering baselines by an absolute 14% in Average Precision on COCO.")
    rows = {v: (k, b) for v, m, d, meth, k, b in res}
    assert "41%" not in rows and "35.1" not in rows and rows["37.2"] == ("score", "35.1") and rows["14%"][0] == "delta"


def test_the_method_named_in_an_opening_phrase_and_the_subject_of_a_win(nlp):
    res = results_of(nlp, "This paper studies vision backbones. Using large GridFormer and SegHead, we achieve "
                          "55.1 mIoU on ADE20K. Overall, FastMoE outperforms the DeepSpeed-MoE and Tutel systems by "
                          "1.2% accuracy on 1458 MoE layers and 3.1% on GPT models.")
    by_value = {v: meth for v, _, _, meth, *_ in res}
    assert by_value["55.1"] == "GridFormer"  # what the opening phrase uses: "we" names no method
    assert by_value["1.2%"] == "FastMoE"  # the subject of "outperforms", not the systems it beats


def test_the_whole_proposed_name_and_a_title_that_is_a_method(nlp):
    res = results_of(nlp, "We propose TREX-LONG, a long-document model. TREX-LONG improves the perplexity to 16.2 "
                          "on WikiText-103.", title="TREX-LONG: Reading Long Documents")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("16.2", "TREX-LONG")]
    res = results_of(nlp, "We study image synthesis. On CIFAR10, we obtain a FID score of 3.1.",
                     title="Denoising Diffusion Probabilistic Models")
    assert [(v, d, meth) for v, _, d, meth, *_ in res] == [("3.1", "CIFAR10", "Denoising Diffusion Probabilistic Models")]


def test_a_change_with_a_metric_takes_the_dataset_of_the_sentence_before(nlp):
    res = results_of(nlp, "We propose QuickRank. We evaluate it on the MS MARCO passage set. "
                          "Measured on NDCG@10, we outperform BM25 by 31%.")
    assert [(v, m, d, k) for v, m, d, _, k, _ in res] == [("31%", "NDCG@10", "MS MARCO", "delta")]


def test_counts_shares_budgets_and_cited_figures_are_not_scores(nlp):
    res = results_of(nlp, "We train our models on 1.7 million articles from the PubMed Open Access dataset. "
                          "We binarize the architecture parameters (1 or 0) on ImageNet. "
                          "FooDet surpasses previous detectors with only 40% of the computational cost on PASCAL VOC. "
                          "Such scaling needs many parameters (e.g., T5 and GPT-3 have 11 billion and 175 billion parameters). "
                          "1 11 BLEU and SARI scores reported in Xu et al. "
                          "For language modeling, FooLM achieves 1.8 lower perplexity than the transformer at around 500M MACs. "
                          "FooNet obtains 0.98 bits/dim on MNIST with 5.7M parameters.")
    assert {v: k for v, *_, k, _ in res if k in ("score", "size")} == {"0.98": "score", "5.7M": "size"}
    # the model's own figures stay; its parameter count is its size, not a score
    assert all(k == "ratio" for v, *_, k, _ in results_of(nlp, "FooDet needs only 40% of the computational cost on COCO."))


def test_changes_in_parentheses_and_tilde_ranges_are_deltas(nlp):
    res = results_of(nlp, "Experiments show significant improvements (4.8%, 5.5%, and 10%) in classification accuracy over "
                          "the state of the art. FooNet reaches 92.1% accuracy on CIFAR-10, with a marginal performance "
                          "drop (0.23% ∼ 0.44% on CIFAR-10).")
    kinds = {v: k for v, *_, k, _ in res}
    assert kinds == {"4.8%": "delta", "5.5%": "delta", "10%": "delta", "92.1%": "score", "0.23%": "delta", "0.44%": "delta"}


def test_from_to_lists_respectively_and_asides(nlp):
    res = results_of(nlp, "FooGAN improves FID scores from 14.1 to 11.2 on CIFAR-10 and from 8.7 to 6.6 on ImageNet-2012.")
    assert {(v, m, b) for v, m, _, _, k, b in res if k == "score"} == {("11.2", "FID", "14.1"), ("6.6", "FID", "8.7")}
    res = results_of(nlp, "We obtain an improvement from 83.7% to 88.4% and from 38.2% to 55.7% on two lip reading "
                          "datasets, LRW and LRW-1000, respectively.")
    assert {(v, d) for v, _, d, *_ in res} == {("88.4%", "LRW"), ("55.7%", "LRW-1000")}
    res = results_of(nlp, "FooLM improves the perplexities on the Penn Treebank and WikiText-2 datasets to 51.1 and 44.3 "
                          "respectively, and the cross-entropies on the text8 and Hutter Prize datasets to 1.19 bits/char "
                          "and 1.08 bits/char respectively.")
    assert {(v, d) for v, _, d, *_ in res} >= {("51.1", "Penn Treebank"), ("44.3", "WikiText-2")}
    res = results_of(nlp, "With FooNet, we achieve 82.4% (+5.1% over the previous best) top-1 accuracy on UCF101. "
                          "Rank-1 accuracy on Market-1501 is improved from 55.3% to 80.5%. "
                          "We reach F 0.5 = 65.0 on the CoNLL-2014 test set.")
    assert {("82.4%", "top-1 accuracy", "UCF101"), ("80.5%", "Rank-1 accuracy", "Market-1501"),
            ("65.0", "F 0.5", "CoNLL-2014")} <= {(v, m, d) for v, m, d, *_ in res}


def test_scores_with_asides_and_metrics_equal_to_values(nlp):
    res = results_of(nlp, "We raise the F1 on the ACE04, ACE05 and CoNLL04 datasets to 49.4 (+1.0), 60.2 (+0.6) and "
                          "68.9 (+1.1), respectively. The classifier gives an F1-score and AUC equal to 0.91 and 0.93, "
                          "respectively, on MIMIC-III.")
    got = {(v, m, d, k) for v, m, d, _, k, _ in res}
    assert {("49.4", "F1", "ACE04", "score"), ("60.2", "F1", "ACE05", "score"), ("68.9", "F1", "CoNLL04", "score"),
            ("+1.0", "F1", "ACE04", "delta"), ("+0.6", "F1", "ACE05", "delta")} <= got
    assert {("0.91", "F1-score"), ("0.93", "AUC")} <= {(v, m) for v, m, *_ in got}


def test_our_network_is_named_by_the_module_the_paper_proposes(nlp):
    # a paper that names only a part of its model: "our network" is the network with that part, named by it
    # (the guidelines' results name the method that achieved the figure; the part is the one name given)
    text = ("We propose a Flow Alignment Module (FAM) to align feature maps. {} reaches 80.1% mIoU on Cityscapes.")
    res = results_of(nlp, text.format("Our network"))
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("80.1%", "FAM")]
    res = results_of(nlp, text.format("With our module, the network"))
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("80.1%", "FAM")]


def test_a_proposed_part_is_whose_result_when_the_paper_names_no_model(nlp):
    # a paper proposing only a technique: "we" improving a figure improve it with the technique
    text = ("We propose a gradient smoothing regularization that stabilises training of small networks. "
            "On CIFAR-10, {} the error from 5.1% to 4.2%.")
    res = results_of(nlp, text.format("we reduce"), title="Stable Training with Little Data")
    assert [(v, meth) for v, _, _, meth, *_ in res if v == "4.2%"] == [("4.2%", "gradient smoothing regularization")]
    res = results_of(nlp, text.format("our network reduces"), title="Stable Training with Little Data")
    assert [(v, meth) for v, _, _, meth, *_ in res if v == "4.2%"] == [("4.2%", None)]  # an unnamed part names no network


def test_a_word_written_as_a_name_before_a_method_names_the_papers_variant(nlp):
    # "our MoSboosted Transformer" is the paper's system, not the plain Transformer it improves on
    res = results_of(nlp, "On WMT 2014, our MoSboosted Transformer yields 42.1 BLEU for English-to-French. "
                          "Our GraphBoosted LSTM reaches 91.2% accuracy on SST-2.")
    got = {v: meth for v, _, _, meth, *_ in res}
    assert got["42.1"] == "MoSboosted Transformer" and got["91.2%"] == "GraphBoosted LSTM"
    res = results_of(nlp, "A Transformer reaches 27.3 BLEU on WMT 2014.")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("27.3", "Transformer")]


def test_a_title_slogan_or_a_dataset_the_title_names_is_not_the_papers_method(nlp):
    # a title's slogan opening on an article is no name; the system the abstract proposes is
    res = results_of(nlp, "We propose GridPairNet, a full workflow to match point clouds with a siamese network. "
                          "Our compact descriptor achieves 71.3% average recall on the 3DMatch benchmark.",
                     title="The Perfect Pair: Point Cloud Matching with Dense Grids")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("71.3%", "GridPairNet")]
    # a title naming a data set, and a proposal the text writes before "dataset", name no method
    res = results_of(nlp, "We introduce a new Dutch Sign Gesture dataset (DSGX) of 200 signs. We train a baseline "
                          "model which achieves an accuracy of 64.5% on the test set.",
                     title="DSGX: A Large Dutch Sign Gesture Dataset and Baseline Models")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("64.5%", None)]


def test_figures_of_baselines_attacks_and_untyped_names_after_a_value(nlp):
    res = results_of(nlp, "On a strong baseline method such as TRBA with accuracy of 84.3%, our FooSTR achieves an "
                          "accuracy of 82.6% on IIIT5K. The previously reported test accuracy of 97.42% on IMDB is invalid. "
                          "We reach 7.2% WER on Hub5, which compares to the previous state-of-the-art hybrid system at "
                          "8.3% WER. The model maintains 40% accuracy on ImageNet against PGD attacks. "
                          "A GPU that sustains 39 TeraFLOPs reaches 30% of peak FLOPs.")
    got = {v: (meth, k) for v, _, _, meth, k, _ in res}
    assert "84.3%" not in got and "97.42%" not in got and "8.3%" not in got  # other methods' figures
    assert got["40%"][0] in (None, "FooSTR")  # not the attack it is measured against ("the model" is ours)
    assert got.get("30%", (None, "ratio"))[1] == "ratio"
    res = results_of(nlp, "Our model achieves F1 = 83.4 on the Xyz-2005 shared task and F1 = 82.7 on the CoNLL-2012 set.")
    # the name right after the value is what it is on, typed or not (never the other value's CoNLL-2012)
    assert {(v, d) for v, _, d, *_ in res} == {("83.4", "Xyz-2005"), ("82.7", "CoNLL-2012")}


def test_thresholds_relative_reductions_and_minus_ranges(nlp):
    res = results_of(nlp, "The average mAP of IoU thresholds from 0.1 to 0.9 on the THUMOS14 dataset is 30.0%. "
                          "Our best model achieves a WER of 5.34% on LDC, outperforming the previous state of the art "
                          "with a 30.56% relative error reduction. FooQA outperforms existing baselines by up to "
                          "2.6% − 14.2% in absolute F1 score on SQuAD. FooSeg brings a 2.7% panoptic quality (PQ) "
                          "improvement on COCO.")
    got = {v: (k, b) for v, _, _, _, k, b in res}
    assert "0.9" not in got and "0.1" not in got  # a threshold, not a score
    assert got["5.34%"] == ("score", None)  # a relative reduction is no baseline
    assert got["14.2%"][0] == got["2.6%"][0] == got["2.7%"][0] == "delta"


def test_backbones_without_and_split_names_in_lists(nlp):
    res = results_of(nlp, "Specifically, with a backbone of ResNet-18, our detector achieves an F-measure of 82.8 on the "
                          "MSRA-TD500 dataset. We still achieve BLEU=36.3 on WMT'14 even without using an attention "
                          "mechanism. Our method improves by 3.9% AP, 5.1% Recall, and 0.8% MR on CrowdHuman. We report "
                          "word error rates (WER) of 3.54% on the dev-clean and 3.82% on the test-clean subsets of LibriSpeech.")
    got = {v: (m, meth, k) for v, m, _, meth, k, _ in res}
    assert got["82.8"][1] is None and got["36.3"][1] is None  # not the backbone, not what is left out
    assert got["0.8%"][2] == "delta"
    assert got["3.82%"][0] == "WER"


def test_a_title_phrase_gives_way_to_the_next_proposal(nlp):
    res = results_of(nlp, "We propose Bamboo, an idea of using deeper transformers. On ImageNet, the re-designed model "
                          "achieves 87.1% top-1 accuracy.", title="Deeper vs Wider: A Revisit of Transformer Configuration")
    assert [(v, meth) for v, _, _, meth, *_ in res] == [("87.1%", "Bamboo")]


def test_conditions_cited_subjects_human_lists_and_relative_changes(nlp):
    res = results_of(nlp, "FooDet reaches 4.3% FPR on CIFAR-10 when the true positive rate is 95%. "
                          "[15] proposes BarNet with 0.78 million parameters, which achieves 96.0% accuracy on LFW. "
                          "FooGEC reaches 62.4 GLEU on JFLEG, reaching human-level performance (72.6 for CoNLL and 62.3 "
                          "for JFLEG). FooNet outperforms the best method by more than 12% and 19.7% on KITTI, and by "
                          "?2.8% AP on COCO. FooNet reaches 40.30 dB PSNR on SIDD.")
    got = {v: (meth, k) for v, _, _, meth, k, _ in res}
    assert "95%" not in got and "0.78 million" not in got and "96.0%" not in got and "62.3" not in got
    assert got["19.7%"][1] == got["2.8%"][1] == "delta"
    assert got["40.30 dB"][0] == "FooNet"  # not the unit


def test_as_much_as_shares_of_data_examples_and_reported_figures(nlp):
    res = results_of(nlp, "FooMT outperforms its baseline by as much as 2.5 BLEU on WMT14. FooRE matches our baselines "
                          "trained on 100% of the TACRED dataset. Taking a transformer with 26M parameters as an example, "
                          "FooViT reaches 84.4% top-1 accuracy on ImageNet. The current best accuracy (97.42%) on the "
                          "IMDB dataset was reported by Smith and Jones.")
    got = {v: k for v, *_, k, _ in res}
    assert got.get("2.5") == "delta" and got.get("100%", "ratio") == "ratio"
    assert "26M" not in got and "97.42%" not in got and got["84.4%"] == "score"


def test_shares_of_quantities_and_budgets_are_not_scores(nlp):
    # a percentage of a quantity that is no proportion is a share of a baseline's; a budget adjunct is a cost
    res = results_of(nlp, "We propose TinyNet. TinyNet reaches 80.1% accuracy on ImageNet while requiring only 12.5% FLOPs. "
                          "With only 150 GPU hours, our searched model reaches 76.1% top-1 accuracy on ImageNet. "
                          "We also reduce the training time from 30.0 to 9.5 GPU hours.")
    kind = {v: k for v, _, _, _, k, _ in res}
    assert kind["12.5%"] == "ratio" and kind["80.1%"] == "score"
    assert "150 GPU hours" not in kind and kind["9.5 GPU hours"] == "score"  # a stated reduction is a result


def test_changes_with_adjectives_and_relative_lists_are_deltas(nlp):
    res = results_of(nlp, "Our detector improves a strong CenterPoint baseline by a remarkable 4.2 mAP on nuScenes. "
                          "Compared to previous methods, CountNet brings a 12.1% relative improvement on UCF-QNRF, "
                          "10.4% on ShanghaiTech and 9.9% on TRANCOS.")
    assert {v: k for v, *_, k, _ in res} == {"4.2": "delta", "12.1%": "delta", "10.4%": "delta", "9.9%": "delta"}


def test_names_the_text_calls_data_are_datasets_never_methods(nlp):
    res = results_of(nlp, "Our recognizer reaches 5.1% and 9.7% WER on the Switchboard and CallHome sets.")
    assert [(v, d, m) for v, _, d, m, *_ in res] == [("5.1%", "Switchboard", None), ("9.7%", "CallHome", None)]
    res = results_of(nlp, "In this paper, we propose a novel method to predict mortality. We evaluate it on the clinical "
                          "database named Hospital Signals Archive II (HSA-II). The gradient boosting classifier produces "
                          "an F1-score and AUC equal to 0.81 and 0.88, respectively.")
    assert {m for *_, m, _, _ in res} <= {"gradient boosting", None}  # not HSA-II
    res = results_of(nlp, "This paper presents our system for SemEval Task4. Our models reach an accuracy of 87.9%.")
    assert [(d, m) for _, _, d, m, *_ in res] == [("SemEval Task4", None)]


def test_longest_names_keep_versions_and_variants(nlp):
    res = results_of(nlp, "TextNet reaches an F-measure of 0.85 on ICDAR 2015 images. With our training, EfficientNet-L2 "
                          "reaches 88.1% top-1 accuracy on ImageNet. Our kMaX-DeepLab reaches 58.1% PQ on COCO. "
                          "Equipped with our module, Sparse RCNN reaches 91.5% AP on CrowdHuman.")
    assert [(v, d, m) for v, _, d, m, *_ in res] == [
        ("0.85", "ICDAR 2015", "TextNet"), ("88.1%", "ImageNet", "EfficientNet-L2"), ("58.1%", "COCO", "kMaX-DeepLab"),
        ("91.5%", "CrowdHuman", "Sparse RCNN")]


def test_method_is_the_named_subject_or_the_proposal_as_written(nlp):
    res = results_of(nlp, "We introduce kNN-LMs, which interpolate a language model with a k-nearest neighbors (kNN) model. "
                          "Our kNN-LM reaches a perplexity of 16.1 on WikiText-103. "
                          "Results on ImageNet show that Quixformer reaches 77.2% top-1 accuracy.")
    assert [(v, m) for v, _, _, m, *_ in res] == [("16.1", "kNN-LM"), ("77.2%", "Quixformer")]


def test_metric_names_are_whole_and_share_their_head(nlp):
    res = results_of(nlp, "Besides, RF-Net reaches 23.9% top-1 and 7.1% top-5 test error on ImageNet.")
    assert [(v, m) for v, m, *_ in res] == [("23.9%", "top-1 test error"), ("7.1%", "top-5 test error")]
    assert MetricKnowledge.load().higher_is_better("top-5 test error") is False


def test_approximate_changes_shares_of_lists_others_and_budgets_are_not_scores(nlp):
    res = results_of(nlp, "Our best system outperforms the baseline by approximately 5.3 BLEU score on WMT19. "
                          "Given only 10% or 20% of the CIFAR-10 data, the accuracy of the discriminator saturates. "
                          "Our model achieves a mean opinion score (MOS) of 4.53 comparable to a MOS of 4.58 for recorded speech. "
                          "Under constrained resources (500M/100M MACs), LiteNet outperforms the transformer on WMT'14 by 1.2 BLEU.")
    scores = {v for v, *_, k, _ in res if k == "score"}
    assert scores == {"4.53"}  # not the delta 5.3, the shares 10%/20%, the recorded speech's 4.58, the budgets
    assert {v: k for v, *_, k, _ in res}["5.3"] == "delta"


def test_the_title_name_and_the_evaluated_name_are_whose_results(nlp):
    res = results_of(nlp, "We propose a glyph-aware encoder for characters. Our model achieves an F1 score of 80.6 on OntoNotes.",
                     title="Glyco: Glyph Vectors for Character Representations")
    assert [(v, m) for v, _, _, m, *_ in res] == [("80.6", "Glyco")]
    res = results_of(nlp, "We evaluate the FS-RNN on two data sets, Penn Treebank and Hutter Prize Wikipedia, where we "
                          "improve state of the art results to 1.19 and 1.25 bits-per-character (BPC), respectively.")
    assert [(v, d, m) for v, _, d, m, *_ in res] == [("1.19", "Penn Treebank", "FS-RNN"),
                                                      ("1.25", "Hutter Prize Wikipedia", "FS-RNN")]


def test_agreement_bounds_and_other_names_are_not_our_results(nlp):
    res = results_of(nlp, "The inter-annotator agreement on the Switchboard data set is 84%, and our method reaches an accuracy "
                          "of 79%. These techniques result in an 8.0% word "
                          "error rate on the Switchboard part of the Hub5-2000 evaluation test set. On the English Penn "
                          "treebank, our model obtains a UAS of 94.51%, producing improvements to the BIST parser.")
    assert [(v, m) for v, _, _, m, *_ in res] == [("79%", None), ("8.0%", None), ("94.51%", None)]


def test_label_matching_reads_plurals_lexicon_aliases_and_kinds_of_error_rate():
    agrees = eval_results_script().agrees
    assert agrees("Accuracy on Foo", "accuracies", {}, metric=True)  # a plural in -ies
    assert agrees("MSCOCO", "COCO", {})  # one row of kg's shipped dataset lexicon
    assert agrees("MSCOCO", "COCO test-dev", {})  # the split dropped from the prediction too, before the lexicon
    assert agrees("3-fold Accuracy", "top-1 accuracy", {}, metric=True)  # "3-fold" is no k of top-k
    assert not agrees("Top-5 Accuracy", "top-1 accuracy", {}, metric=True)
    assert agrees("Percentage error", "word error rate", {}, metric=True)  # a word error rate is an error rate
    assert not agrees("Percentage error", "accuracy", {}, metric=True)
    assert not agrees("ImageNet", "COCO", {})


def test_a_dash_set_off_as_punctuation_is_no_minus_sign(nlp):
    # the abstract's dashes are written " -": "modelling -0.97 bpc ... -and": no negative bits per character
    res = results_of(nlp, "We present a memory model for text. It sets new records in byte-level modelling -1.02 bpc on "
                          "Enwik8 -and in word-level modelling -19.3 perplexity on WikiText-103.")
    assert {(v, m, d) for v, m, d, *_ in res} == {("1.02", "bpc", "Enwik8"), ("19.3", "perplexity", "WikiText-103")}
    # a real negative figure keeps its sign ("of -0.97"), and so does one in a sentence with no dash of that kind
    res = results_of(nlp, "Our flow reaches a log-likelihood of -0.85 nats on MNIST -and it trains fast. "
                          "It gets an SDR -2.5 dB on MUSDB18.")
    assert {v for v, *_ in res} >= {"-0.85", "-2.5 dB"}


def test_an_exponent_set_off_after_a_metric_is_part_of_its_name(nlp):
    res = results_of(nlp, "Our detector reaches 90.1% AP and 41.2% MR -2 on CrowdHuman.")
    assert [(v, m) for v, m, *_ in res] == [("90.1%", "AP"), ("41.2%", "MR")]


def test_an_accuracy_lost_is_a_change_not_a_score(nlp):
    res = results_of(nlp, "Our pruned index fits into 4GB while losing only up to 2% EM accuracy on NaturalQuestions. "
                          "The student sacrifices 0.6% top-1 accuracy on ImageNet.")
    assert {(v, k) for v, *_, k, _ in res} == {("2%", "delta"), ("0.6%", "delta")}


def test_from_one_systems_figure_to_anothers(nlp):
    # "from A of M1 to B of M2": B is the score, A its baseline (before, A stood as the score and B was lost)
    res = results_of(nlp, "On LRS3 our front-end helps other recognisers: the WER drops from 81.2% of Seq-ASR to 47.5% "
                          "of Front-Seq-ASR.")
    assert [(v, m, d, b) for v, m, d, _, k, b in res if k == "score"] == [("47.5%", "WER", "LRS3", "81.2%")]


def test_figures_in_a_parenthesis_after_what_the_paper_is_compared_with_are_not_its_own(nlp):
    res = results_of(nlp, "We test our sleep scorer on the MASS and Sleep-EDF datasets. It reaches similar accuracy "
                          "(MASS: 85.1%, Sleep-EDF: 81.3%) compared to the state-of-the-art methods (MASS: 84.7%, "
                          "Sleep-EDF: 79.4%) on both datasets. A tagger we train on CoNLL-2003 reaches an F1 score of "
                          "61.0%, a clear improvement over a simple baseline (24%).")
    values = {v for v, *_ in res}
    assert {"81.3%", "61.0%"} <= values and not values & {"84.7%", "79.4%", "24%"}
    # the subject's own figure after "than X (": kept
    res = results_of(nlp, "Our capsule net performs better than CapsNet on SVHN (95.80%) in accuracy.")
    assert [v for v, *_ in res] == ["95.80%"]


def test_a_parenthesis_after_a_comparison_keeps_the_papers_own_clause_and_gives_a_baseline(nlp):
    # the paper's own clause after "over a baseline and achieves ..." is no comparison; "(25.8 ppl) ... compared
    # to a baseline (24.2 ppl)": the baseline's figure is the baseline of the paper's
    res = results_of(nlp, "Our graph module gives clear benefits over a strong baseline and achieves the best results on "
                          "Cityscapes (81.4% mean IoU). On WikiText-103 our mixer keeps its quality (26.1 ppl) compared "
                          "to a Transformer-XL baseline (24.9 ppl) with half the layers.")
    got = {(v, m, d, b) for v, m, d, _, k, b in res if k == "score"}
    assert got == {("81.4%", "mean IoU", "Cityscapes", None), ("26.1", "ppl", "WikiText-103", "24.9")}


def test_the_beaten_state_of_the_arts_parenthesis_after_the_papers_own_figure_is_its_baseline(nlp):
    # "..., outperforming the state of the art (X)": after a figure of the paper's own (same unit) X is the beaten
    # work's, the baseline of the paper's; with no figure of its own before, the parenthesis gives the paper's figure
    res = results_of(nlp, "We introduce GlimpseNet for video recognition. GlimpseNet attains 38.6% mAP on the "
                          "Kinetics benchmark, outperforming the state of the art (31.9% mAP) with fewer frames. "
                          "On UCF101 our GlimpseNet beats all the previous methods (94.2% accuracy).")
    got = {(v, m, d, b) for v, m, d, _, k, b in res if k == "score"}
    assert got == {("38.6%", "mAP", "Kinetics", "31.9%"), ("94.2%", "accuracy", "UCF101", None)}


def test_a_relative_clause_on_a_citation_gives_the_cited_works_figures(nlp):
    # "(Roe et al., 2017), which achieves A and B", "[14], which reaches A": the cited work's figures, list and all;
    # the paper's own "..., which achieves" (no citation before the comma) stays its score
    res = results_of(nlp, "We present ArcParse, a graph-based dependency parser, which achieves 94.0% UAS on the Penn "
                          "Treebank. It is close to the best transition-based parser (Roe et al., 2017), which achieves "
                          "93.6% UAS and 92.0% LAS. It also beats a strong tagger [14], which reaches 97.1% accuracy.")
    assert [(v, m, k) for v, m, _, _, k, _ in res] == [("94.0%", "UAS", "score")]


def test_a_stripped_dash_leaves_the_metric_before_the_value_bound(nlp):
    res = results_of(nlp, "Our binary nets set a new top-1 accuracy -93.1% on CIFAR-10 and 71.2% on ImageNet -but "
                          "they stay small.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("93.1%", "top-1 accuracy", "CIFAR-10"),
                                                 ("71.2%", "top-1 accuracy", "ImageNet")]


def test_a_list_member_whose_own_slot_names_another_measure_keeps_it(nlp):
    # "82.2% accuracy and 58.6% robustness": robustness is no accuracy (before, the list's metric was shared)
    res = results_of(nlp, "Our defence lets a large network reach 81.5% accuracy and 57.9% robustness on ImageNet. "
                          "Our tracker gets 62.9% AUC on LaSOT and 77.8% Success on TrackingNet. "
                          "It reaches 93.1% and 94.0% accuracy on CIFAR-10 and SVHN.")
    got = {(v, m, d) for v, m, d, *_ in res}
    assert {("81.5%", "accuracy", "ImageNet"), ("57.9%", "robustness", "ImageNet"), ("62.9%", "AUC", "LaSOT"),
            ("77.8%", "Success", "TrackingNet"), ("93.1%", "accuracy", "CIFAR-10"), ("94.0%", "accuracy", "SVHN")} == got
    # a split, data or things counted in that slot are no measure: the list's metric stays, a share stays out
    res = results_of(nlp, "Our system gets an average precision of 0.652 on the COCO test-dev set and the 0.647 "
                          "test-standard sets. With linear evaluation it reaches 75.9% top-1 accuracy, and 65.2% and "
                          "74.3% top-1 accuracy with only 1% and 10% labels, respectively.")
    assert {(v, m) for v, m, *_ in res} == {("0.652", "average precision"), ("0.647", "average precision"),
                                            ("75.9%", "top-1 accuracy"), ("65.2%", "top-1 accuracy"),
                                            ("74.3%", "top-1 accuracy")}


def test_a_share_of_a_measure_and_a_bound_surpassed_are_no_scores(nlp):
    res = results_of(nlp, "With extra unlabelled audio on LibriSpeech, our matcher recovers 51% and 70% of the word error "
                          "rate on the clean and noisy test sets. It is the first plain ResNet-50 to surpass 81% on "
                          "ImageNet; it reaches 81.2% top-1 accuracy on ImageNet.")
    assert [(v, m, k) for v, m, _, _, k, _ in res if k == "score"] == [("81.2%", "top-1 accuracy", "score")]
    assert {v for v, *_, k, _ in res if k == "ratio"} == {"51%", "70%"}


def test_a_loss_after_a_metric_a_hyphenated_setting_and_an_experts_figure_are_not_scores(nlp):
    # a noun of change after the metric, a count written into a compound ("8-frame clips") and a
    # specialist's own figure are no scores of the paper's
    res = results_of(nlp, "FooNet halves the decoding time with a 0.4 BLEU score degradation on WMT14. "
                          "BarNet runs at 40 frames per second on 12-frame clips on UCF101. "
                          "For reference, a senior radiologist reading the scans achieved 71.5% sensitivity on ChestX.")
    got = {(v, k) for v, m, d, _, k, _ in res}
    assert ("0.4", "delta") in got
    assert not any(v.startswith("12") for v, *_ in res)
    assert not any(v == "71.5%" for v, *_ in res)
    assert any(v == "40" for v, *_ in res)


def test_the_metric_a_list_is_measured_by_after_it_wins_over_the_one_before(nlp):
    res = results_of(nlp, "BarTrack obtains an accuracy of 61.4% on the validation set and 57.9% on the test set "
                          "under the MOTA metric on PoseTrack. BazNet reaches an accuracy of 88.0% on MNIST.")
    assert {(v, m) for v, m, *_ in res} == {("61.4%", "MOTA"), ("57.9%", "MOTA"), ("88.0%", "accuracy")}


def test_a_loss_as_a_metrics_name_and_a_count_before_a_comparison_stay_what_they_are(nlp):
    res = results_of(nlp, "FooLM improves the best result to 1.21 bits-per-character (BPC) loss in the text8 benchmark. "
                          "We train one 48-layer model on text spanning over 90 languages and achieve better BLEU than all "
                          "bilingual models.")
    assert {(v, k) for v, *_, k, _ in res} == {("1.21", "score")}


def test_an_acronym_and_a_year_before_a_dataset_are_part_of_its_name(nlp):
    # "ORG YEAR Corpus": the acronym, typed a Method by its shape only, dates the evaluation; "on the ..." binds
    res = results_of(nlp, "We propose Zest, an acoustic model. Zest reaches a WER of 6.3% on the NIST 2000 Switchboard "
                          "task. Fine-tuned from BERT 2019 checkpoints, it gets 88.0 F1 on SQuAD.")
    rows = {v: (d, meth) for v, m, d, meth, *_ in res}
    assert rows["6.3%"][0] == "NIST 2000 Switchboard"
    assert rows["88.0"][0] == "SQuAD"


def test_a_figure_and_its_metric_over_the_baselines_or_the_best_is_a_gain(nlp):
    # "N metric over/above (the) baselines/best/previous state of the art": the margin, not a score; a score
    # stated with "outperforms X with" or followed by a comma and the margin stays a score
    res = results_of(nlp, "We propose QuillNet. QuillNet gains 2.4 F1 over the strong baselines on FooSet. "
                          "QuillNet adds 5 mAP above the previous state of the art on BarSet. "
                          "QuillNet outperforms PlumNet with 45.1 AP on BazSet. "
                          "QuillNet reaches 47.3 AP on QuxSet, over 3 points above PlumNet. "
                          "QuillNet is robust: with 80% label noise over the prior best it still gains 6% on FooSet.")
    kinds = {v: k for v, *_, k, _ in res}
    assert kinds["2.4"] == "delta" and kinds["5"] == "delta"
    assert kinds["45.1"] == "score" and kinds["47.3"] == "score"
    assert "80%" not in kinds  # a setting between the figure and "over" is no metric


def test_a_range_of_improvement_and_a_margin_past_more_than_are_gains(nlp):
    res = results_of(nlp, "We propose QuillNet. QuillNet shows an improvement of between 3-7% on the HarborFaces benchmarks.")
    assert [(v, k) for v, *_, k, _ in res] == [("3-7%", "delta")]
    # "by more than" is a margin, not a comparison with another figure; the list goes on past a footnote-like "M 2"
    res = results_of(nlp, "We propose QuillNet. QuillNet beats prior systems by more than 12% M 2 on the HarborText "
                          "benchmark and 4.4% on the QuayText test set.")
    assert {(v, d, k) for v, _, d, _, k, _ in res} == {("12%", "HarborText", "delta"), ("4.4%", "QuayText", "delta")}


def test_a_figure_whose_metric_a_citation_mark_follows_is_the_cited_works(nlp):
    res = results_of(nlp, "Tagging is nearly solved (in 2017, 96.4% token accuracy [12] was reported on HarborText). "
                          "We propose QuillNet, which reaches 97.0% token accuracy on HarborText [3].")
    assert [v for v, *_ in res] == ["97.0%"]  # (a mark after the dataset cites the data: the figure stays)


def test_examples_of_a_gain_are_gains_and_each_run_pairs_with_its_own_datasets(nlp):
    # the figures after "improvements, e.g." are changes; two runs of values, each with its own list of datasets
    res = results_of(nlp, "We present FooNet. Our method achieves significant improvements, e.g. 5.1 and 12.7 mAP on "
                          "AlphaSet and BetaSet, and 2.2 and 3.8 mAP on GammaSet and DeltaSet.")
    assert [(v, d, k) for v, _, d, _, k, _ in res] == [("5.1", "AlphaSet", "delta"), ("12.7", "BetaSet", "delta"),
                                                     ("2.2", "GammaSet", "delta"), ("3.8", "DeltaSet", "delta")]
    res = results_of(nlp, "We present FooNet. FooNet brings clear gains (for instance, 2.5% F1 on AlphaSet).")
    assert [(v, k) for v, *_, k, _ in res] == [("2.5%", "delta")]
    # runs of scores with their own lists pair the same way
    res = results_of(nlp, "We present FooNet. FooNet reaches an accuracy of 71.5% and 64.2% on AlphaSet and BetaSet, "
                          "and 55.0% and 48.3% on GammaSet and DeltaSet.")
    assert [(v, d) for v, _, d, *_ in res] == [("71.5%", "AlphaSet"), ("64.2%", "BetaSet"), ("55.0%", "GammaSet"),
                                               ("48.3%", "DeltaSet")]


def test_a_list_of_examples_of_a_gain_goes_on_past_long_items(nlp):
    res = results_of(nlp, "We present FooNet. Our method achieves significant improvements, e.g. 6.1 and 11.9 mAP on the "
                          "clean and noisy splits of AlphaSet in the supervised setting, and 2.7 and 4.4 mAP on BetaSet "
                          "and GammaSet in the transfer setting.")
    assert [v for v, *_, k, _ in res if k == "delta"] == ["6.1", "11.9", "2.7", "4.4"]
    assert [(v, d) for v, _, d, *_ in res][2:] == [("2.7", "BetaSet"), ("4.4", "GammaSet")]
    # a plain "improvements of" list still ends where a new verb gives a score of its own
    res = results_of(nlp, "We present FooNet. Our method achieves improvements of 6.1 mAP on AlphaSet in the supervised "
                          "setting, and it reaches 44.4 mAP on BetaSet in the transfer setting.")
    assert [(v, k) for v, *_, k, _ in res] == [("6.1", "delta"), ("44.4", "score")]



@pytest.mark.parametrize("sentence, expected", [
    # "by" and a bare adjective of size
    ("QuillNet surpasses earlier systems by considerable 6.2% and 3.1% on CIFAR-10 and SVHN.",
     [("6.2%", "delta"), ("3.1%", "delta")]),
    # "for" used as "by" after a change
    ("QuillNet improves the detection quality of the baseline for 2.4 mAP on HarborSet and 1.9 mAP on QuaySet.",
     [("2.4", "delta"), ("1.9", "delta")]),
    # the figure right after what is beaten
    ("For denoising, we exceed it 0.21 dB and 0.35 dB in PSNR on HarborSet.", [("0.21 dB", "delta"), ("0.35 dB", "delta")]),
    # a hedged figure in a parenthesis after gains over others
    ("QuillNet brings clear improvements over strong baselines (about 7% mAP).", [("7%", "delta")]),
    # the gap "within" which another system is
    ("QuillNet is within 0.4% mAP of a much larger detector on HarborSet.", [("0.4%", "delta")]),
])
def test_margins_written_without_a_plain_by_are_gains(nlp, sentence, expected):
    res = results_of(nlp, "We propose QuillNet. " + sentence)
    assert [(v, k) for v, *_, k, _ in res] == expected


def test_a_plain_figure_after_the_beaten_one_is_its_own_and_a_bare_number_after_it_a_mark(nlp):
    res = results_of(nlp, "We propose QuillNet. QuillNet reaches an F1 score of 48.0%, a clear improvement over a plain "
                          "baseline (21%). It exceeds all published numbers 12 .")
    assert [(v, m, k, b) for v, m, _, _, k, b in res] == [("48.0%", "F1 score", "score", "21%")]


def test_a_figure_with_decibels_glued_on_is_a_figure(nlp):
    # "0.13dB" is read like "0.13 dB" (it was taken for a number cut short), so a list of margins starts on it
    res = results_of(nlp, "We propose QuillNet. For denoising, we exceed it 0.13dB and 0.27 dB in PSNR on SIDD.")
    assert [(v, m, k) for v, m, _, _, k, _ in res] == [("0.13dB", "PSNR", "delta"), ("0.27 dB", "PSNR", "delta")]
    res = results_of(nlp, "We propose QuillNet. QuillNet raises the PSNR on GoPro from 30.12dB to 31.40dB.")
    assert [(v, m, k, b) for v, m, _, _, k, b in res] == [("31.40dB", "PSNR", "score", "30.12dB")]


def test_a_range_in_a_parenthesis_is_no_change_from_a_baseline(nlp):
    # scores spread over settings: neither end is the other's baseline
    res = results_of(nlp, "We propose QuillNet. On CIFAR-10, QuillNet's F1 scores range from (81% to 93%) over the six "
                          "tasks, and lie between (70% and 75%) on CIFAR-100.")
    assert not [r for r in res if r[5] is not None]
    # (a change "from (A to B)" keeps A as its baseline)
    res = results_of(nlp, "We propose QuillNet. On CIFAR-10, QuillNet improves F1 from (81% to 93%).")
    assert [(v, b) for v, *_, b in res] == [("93%", "81%")]


def test_a_compared_figure_after_a_dropped_count_is_the_compared_works(nlp):
    # "with 250 labels (compared to Foo-Mix's accuracy of A": the count before the cue does not own it, so A is the
    # compared work's figure (also with a possessive), not a second score of the paper
    for other in ("Foo-Mix's accuracy of", "the accuracy of"):
        res = results_of(nlp, f"Our BarMatch reaches 95.10% accuracy on CIFAR-10 with 250 labels (compared to {other} "
                              "93.58% with 4,000 labels).")
        assert [(v, k) for v, _, _, _, k, _ in res] == [("95.10%", "score")]


def test_figures_in_the_background_before_the_paper_speaks_of_itself_are_not_its_results(nlp):
    # the opening sentences state the field's figures; the paper's own come after "we"
    res = results_of(nlp, "Parsing noisy receipts is hard. Current readers reach only about 71% accuracy on "
                          "ReceiptBench, a figure unchanged for years. We propose ScanBoost, which reaches 84.2% "
                          "accuracy on ReceiptBench.", title="ScanBoost: reading receipts")
    assert [(v, meth) for v, _, _, meth, k, _ in res if k == "score"] == [("84.2%", "ScanBoost")]
    # a figure in the title is no background; nor is a sentence that names the paper's proposal
    res = results_of(nlp, "ScanBoost reaches 84.2% accuracy on ReceiptBench. We describe how it was built.",
                      title="ScanBoost: 84% accuracy on ReceiptBench")
    assert {v for v, *_ in res} >= {"84%", "84.2%"}
    # an abstract that never speaks of itself has no background: its figures are read as usual
    res = results_of(nlp, "Parsing noisy receipts is hard. ScanBoost reaches 84.2% accuracy on ReceiptBench.")
    assert [v for v, *_ in res] == ["84.2%"]


def test_a_figure_a_modal_denies_is_no_result(nlp):
    res = results_of(nlp, "We propose ScanBoost. Yet a 100% recall cannot always be guaranteed on ReceiptBench, and "
                          "ScanBoost reaches 91.5% recall on ReceiptBench.")
    assert [v for v, *_ in res] == ["91.5%"]
    res = results_of(nlp, "We propose ScanBoost. ScanBoost reaches 91.5% recall on ReceiptBench and cannot be fooled.")
    assert [v for v, *_ in res] == ["91.5%"]


def test_numbers_inside_names_indices_and_powers_of_ten_are_no_values(nlp):
    # a version after a word of a name's shape, an index between "top"/"level" and its metric, and "10 4" (10^4
    # set off by a space) are no figures; a figure after a metric's name or before its metric stays
    res = results_of(nlp, "We propose Zest. On FooBench, Zest outperforms Quux-Lite 3.0 with 71.5% accuracy. "
                          "Zest obtains 48.2 LEVEL 2 AP on FooBench and a top 5 classification error rate of 4.1%. "
                          "Zest needs only 10 4 GPU hours to train on FooBench. "
                          "On FooBench, QuuxNet-Small reaches MCC 0.58 and Zest-Large 7.5 BLEU.")
    got = {v for v, *_ in res}
    assert {"71.5%", "48.2", "4.1%", "0.58", "7.5"} <= got
    assert not got & {"3.0", "2", "5", "10", "4 GPU hours", "4"}


def test_figures_after_a_variant_of_the_papers_system_are_the_variants_not_the_familys(nlp):
    # the clause's subject is a variant of the proposed family ("FZNet-18-tiny" of "FZNets"): every figure it
    # states is the variant's, not only the first; a variant named by the family's long form's acronym counts
    res = results_of(nlp, "We propose fast zigzag networks (FZNets) for real-time road scene segmentation. On one GPU, "
                          "FZNet-18-tiny gets 75.1% mIoU at 120 FPS on Cityscapes and 72.0% mIoU at 200 FPS on CamVid. "
                          "Without extra data, FZNet-40 gets 79.9% mIoU at 31 FPS on Cityscapes.")
    got = {v: m for v, _, _, m, *_ in res}
    assert got == {"75.1%": "FZNet-18-tiny", "120 FPS": "FZNet-18-tiny", "72.0%": "FZNet-18-tiny",
                   "200 FPS": "FZNet-18-tiny", "79.9%": "FZNet-40", "31 FPS": "FZNet-40"}
    # another system's name with a version is no variant of the family: its figure stays the paper's
    res = results_of(nlp, "We propose fast zigzag networks (FZNets) for road scene segmentation. Compared to BarNet-50, "
                          "our model gets 75.1% mIoU at 120 FPS on Cityscapes.")
    assert {m for v, _, _, m, *_ in res if v == "120 FPS"} != {"BarNet-50"}


def test_a_name_the_papers_system_is_built_from_is_not_whose_figure_it_is(nlp):
    # "combined from A and B", "based on B": what the named system is made of; its figure is the system's
    res = results_of(nlp, "We present a contrastive method called FooCL, which is combined from SimCLR and BYOL "
                          "and reaches 71.2% top-1 accuracy on ImageNet using ResNet-50.")
    assert {m for v, _, _, m, *_ in res if v == "71.2%"} == {"FooCL"}
    res = results_of(nlp, "We present a contrastive method called FooCL. It inherits from BYOL and reaches 71.2% "
                          "top-1 accuracy on ImageNet.")
    assert {m for v, _, _, m, *_ in res if v == "71.2%"} == {"FooCL"}
    # the subject of the figure is no ingredient: "BYOL reaches" in a paper proposing FooCL stays BYOL's
    res = results_of(nlp, "We present a contrastive method called FooCL. Trained alone, BYOL reaches 69.0% top-1 "
                          "accuracy on ImageNet.")
    assert {m for v, _, _, m, *_ in res if v == "69.0%"} == {"BYOL"}


def test_a_graded_change_after_a_long_measure_name_is_a_gain(nlp):
    # "relative"/"absolute" right after a figure, then the measure's full name and its short form, then the noun of change
    res = results_of(nlp, "We propose Zest. On FooSpeech, Zest gets 4.7% relative word error rate (WER) reduction in the "
                          "offline mode. Zest brings 2.2% absolute top-1 classification accuracy (Acc) improvement on "
                          "BarNet. Zest reaches 81.2% accuracy on BarNet.")
    assert [(v, k) for v, m, d, meth, k, b in res] == [("4.7%", "delta"), ("2.2%", "delta"), ("81.2%", "score")]


def test_a_range_written_with_to_and_one_unit_is_one_value(nlp):
    # "A to B FPS" is one figure, as "A-B FPS" is: not A under a vague word ("speed") and B under the unit
    res = results_of(nlp, "We present KiteNet for tracking. KiteNet runs in real time at a speed of 12 to 30 FPS on a laptop GPU.")
    assert [(v, m, k) for v, m, _, _, k, _ in res] == [("12 to 30 FPS", "FPS", "score")]
    res = results_of(nlp, "We present KiteNet. On the benchmark, KiteNet lifts the recall of rare classes by 3 to 7 points.")
    assert [(v, m, k) for v, m, _, _, k, _ in res] == [("3 to 7 points", "recall", "delta")]
    # a change is no range: "from A to B" keeps A as B's baseline, and a falling pair ("cuts it 40 to 25 ms") stays two
    res = results_of(nlp, "We present KiteNet. KiteNet raises the speed from 12 to 30 FPS.")
    assert [(v, b) for v, *_, b in res] == [("30 FPS", "12")]
    res = results_of(nlp, "We present KiteNet. KiteNet cuts the latency 40 to 25 ms.")
    assert "40 to 25 ms" not in {v for v, *_ in res}


def test_a_margin_list_goes_on_past_a_long_item_when_its_measure_repeats(nlp):
    # the second margin of "by X <measure> for ... (asides) and Y <measure> for ..." is a gain too
    res = results_of(nlp, "We propose QuillNet. On HarborSet, QuillNet built on a plain detector surpasses the strongest "
                          "rival by 0.52% mean Average Precision (mAP) for rotated boxes with a smaller encoder (ResNet-50 "
                          "vs ResNet-101) and 2.91% mean Average Precision (mAP) for upright boxes with the same encoder.")
    assert [(v, m, k) for v, m, _, _, k, _ in res] == [("0.52%", "mean Average Precision", "delta"),
                                                       ("2.91%", "mean Average Precision", "delta")]
    # a clause of its own ends the list: the figure a verb gives is a score
    res = results_of(nlp, "We propose QuillNet. QuillNet beats the best rival by 0.5% mAP on small objects with a lighter "
                          "backbone (FooNet-18 vs FooNet-50), and reaches 42.9% mAP on large objects.")
    assert [(v, k) for v, *_, k, _ in res] == [("0.5%", "delta"), ("42.9%", "score")]


def test_a_change_with_a_metric_takes_the_abstracts_one_dataset_its_own_sentence_names(nlp):
    said = ("GlowTag achieves an accuracy of 91.2% on the CoNLL-2003 test set using only 4K sentences for training, "
            "surpassing the best rule-based tagger by 2.04%, and outperforming the previous best neural tagger by 1.6%.")
    res = results_of(nlp, "We present GlowTag, a tagger for noisy chat logs. " + said)
    assert [(v, m, d, k) for v, m, d, _, k, _ in res] == [("91.2%", "accuracy", "CoNLL-2003", "score"),
                                                          ("2.04%", "accuracy", "CoNLL-2003", "delta"),
                                                          ("1.6%", "accuracy", "CoNLL-2003", "delta")]
    res = results_of(nlp, "We present GlowTag, a tagger for noisy chat logs. The experiments show that GlowTag achieves the "
                          "best results, with a 3.4% accuracy gain over WordTag, a competing baseline method, on the "
                          "challenging benchmark dataset CoNLL-2003.")
    assert [(v, m, d, k) for v, m, d, _, k, _ in res] == [("3.4%", "accuracy", "CoNLL-2003", "delta")]
    # a change in a cost ("7% inference time increase") is on no dataset
    res = results_of(nlp, "We present GlowDet. GlowDet gives a clear gain to one-stage detectors (a 4 AP increase on the COCO "
                          "benchmark), and its light version also has a 3.5 AP gain with only around 7% inference time increase.")
    assert [(v, m, d) for v, m, d, *_ in res] == [("4", "AP", "COCO"), ("3.5", "AP", "COCO"), ("7%", "inference time", None)]
    # two datasets in the abstract: the one the sentence names is no more the changes' than the other
    res = results_of(nlp, said + " It also reaches 88.0% accuracy on OntoNotes.")
    assert [(v, d) for v, m, d, _, k, _ in res if k == "delta"] == [("2.04%", None), ("1.6%", None)]
    # the one dataset named only after the change's sentence: not the change's
    res = results_of(nlp, "GlowTag outperforms the strongest tagger by 3.4% in accuracy. It reaches 91.2% accuracy on "
                          "CoNLL-2003.")
    assert [(v, d) for v, m, d, _, k, _ in res if k == "delta"] == [("3.4%", None)]


def test_a_percentage_of_bare_errors_is_the_error_rate(nlp):
    """issue 18: "3.65% error" is a rate of errors; a named error measure keeps its name."""
    res = results_of(nlp, "We test the gated nets on CIFAR-10 and CIFAR-100, reaching 3.65% and 18.27% error, "
                          "respectively. On SVHN the aligner has an error of 2.1% and a mean error of 3.4%.")
    got = {(v, m) for v, m, *_ in res}
    assert {("3.65%", "error rate"), ("18.27%", "error rate"), ("2.1%", "error rate"), ("3.4%", "mean error")} <= got


def test_a_percentage_change_of_bare_errors_is_a_change_of_the_error_rate(nlp):
    """issue 18: a bare "error(s)" of a percentage, a change included, is the error rate, as its Metric is read; a
    count of errors keeps its word."""
    res = results_of(nlp, "On the SVHN digits our tagger reaches 96.1% accuracy, a 16% error reduction over the old one.")
    assert ("16%", "error rate", "delta") in {(v, m, k) for v, m, _, _, k, _ in res}
    res = results_of(nlp, "On the SVHN digits our tagger makes 16% fewer errors than the old one.")
    assert [m for v, m, *_ in res if v == "16%"] == ["error rate"]
    res = results_of(nlp, "On the SVHN digits our tagger cuts the error by 20% over the old one.")
    assert [m for v, m, *_ in res if v == "20%"] == ["error rate"]


@pytest.mark.parametrize("text, value", [
    ("On CIFAR-10 we reduce the error from 4.2% to 3.1% with the gated net.", "3.1%"),
    ("On CIFAR-10 the error drops to 3.1% with the gated net.", "3.1%"),
    ("On CIFAR-10 the gated net reaches an error of 2.6 ± 0.1%.", "2.6 ± 0.1%"),
    ("On CIFAR-10 the gated net reaches an error of 2.6 percent.", "2.6"),
    ("On CIFAR-10 the gated net reaches 96.9% accuracy (3.1% error).", "3.1%"),
])
def test_a_percentage_given_for_a_bare_error_anywhere_in_its_clause_is_the_error_rate(nlp, text, value):
    assert [m for v, m, *_ in results_of(nlp, text) if v == value] == ["error rate"]


def test_a_share_of_the_errors_is_no_error_rate():
    """"16% of errors are caused by X" says what share of the errors X causes, not an error rate."""
    from kg.extract.bare_errors import result_metric
    t = "We find that 16% of errors are caused by quokka occlusion."
    assert result_metric("errors", t, "16%", t.index("%") + 1) == "errors"
