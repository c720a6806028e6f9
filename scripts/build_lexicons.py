#!/usr/bin/env python3
"""Build kg's generated lexicons from the permissively licensed name lists in ../shared/data.

usage: python scripts/build_lexicons.py [--data ../shared/data] [--out kg/data/lexicons] [--coverage GOLD]

Writes ``method.tsv``, ``dataset.tsv``, ``metric.tsv`` and ``task.tsv`` (format: see
``kg/extract/lexicon_data.py``) next to the hand-written ``curated_*.tsv``, which are read here only
to leave out names they already hold. Only Apache-2.0 and CC BY-SA sources feed the output (see
``kg/data/NOTICE.md``; the generated files are CC BY-SA 4.0):

=============== ============== ==================================================================
source id       licence        what is read
=============== ============== ==================================================================
pwc_tasks       CC BY-SA 4.0   task names, subtasks, top datasets and SOTA metrics per task
sota_nfdi4ds    CC BY-SA 4.0   task / dataset / metric lexicons (names used at least twice)
ito             CC BY-SA 3.0AT metric names, metric alternative namings, task names of the hierarchies
sota_extractor  CC BY-SA 4.0   task, dataset, metric and model names of the leaderboards; task synonyms
nlp_tdms        Apache-2.0     task, dataset and metric knowledge-base names
scirex          Apache-2.0     salient entity names (Method, Task, Metric, Material=Dataset)
tdmsci          Apache-2.0     annotated Task / Dataset / Metric spans (seen at least twice)
=============== ============== ==================================================================

GPL and unlicensed corpora (scier, scierc, scinlp, gsap_ner, cs_ner) are evaluation-only and never read
here. The abstracts of sota_nfdi4ds are read only to measure which single words are ordinary English
(a name that is mostly written in lower case inside sentences, such as "places", is not kept); nothing
of them is written out.

Cleaning (see :func:`clean_name`): leaderboard split and setting suffixes are cut ("COCO test-dev" ->
"COCO", "DeepFashion - Consumer-to-shop" -> "DeepFashion"), years and parentheticals go (an acronym in
parentheses becomes an alias: "Peak Signal-to-Noise Ratio (PSNR)"), and over-broad or word-like names
are dropped. A name claimed by several types goes to the type most sources give it; curated names are
never claimed again. Last, every row is held to the checks of :mod:`kg.link.lexicon_rows` (see
:func:`checked`): an alias that is the canonical plus function words, another version of it, a
version-less name of a versioned canonical, or a common word or licence name in capitals is dropped,
and so is a canonical that reads as a clause, a Metric that is a curated one with a scope modifier
("Trainable Parameters") or a Task that is a curated Method with modifiers before it ("Safe Reinforcement Learning",
:func:`technique_variant`). ``--coverage`` measures (only measures) how many names of a gold file are covered.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.extract.lexicon_data import load_lexicon, name_key, spelling_key  # noqa: E402
from kg.link.lexicon_rows import (VARIANT_TYPES, alias_problem, canonical_problem, modified_name,  # noqa: E402
                                  variant_problem, version_table, words)
from kg.vocab import MENTION_TYPES  # noqa: E402

TYPES = [t.value for t in MENTION_TYPES]

# --- cleaning ------------------------------------------------------------------------------------------

# leaderboard split / setting suffixes that are not part of a name ("COCO test-dev", "CUHK03 labeled")
_SUFFIX = re.compile(
    r"[\s,:-]+(?:(?-i:test[- ]?dev|test[- ]?std|test[- ]?challenge|minival|val\d*|valid|validation|dev|test|testa|"
    r"testb|train|training|eval|test set|dev set|val set|validation set|full|clean|other|mini|unseen|seen|"
    r"leaderboard|labeled|detected|private|public|overall|all|random|standard|split|splits|subset)|"
    r"easy|moderate|medium|hard|hardest|zero[- ]shot|few[- ]shot|one[- ]shot|\d+[- ]shot|"
    r"\d+(?:\.\d+)?x(?: upscaling)?|\d+%(?: labeled)?|\d+ labels?)$",
    re.I,
)
_YEAR = re.compile(r"[\s,]*\(?\b(?:19[5-9]\d|20[0-3]\d)\)?$")
_PAREN = re.compile(r"\s*\(([^()]*)\)")
_JUNK = re.compile(r"[{}\[\]<>=;\\#*~^°|\t]|https?:|\.\.\.|\bvs\.?\b|→|\?|!|\bw/o?\b|\bet al\b", re.I)
# trailing function words and generic heads left after a cut ("Accuracy on", "SemEval-2010 Task 8 dataset")
_TRAILING = re.compile(r"(?:\s+(?:on|of|for|in|at|with|the|and|or|by|to|from|dataset|datasets|data set|corpus|"
                       r"benchmark|database))+$")
_SCORE = re.compile(r"^(\S*(?:[A-Z].*[A-Z]|\d)\S*)\s+(?:scores?|points|values?)$")  # "BLEU scores" -> "BLEU"
_ACRONYM = re.compile(r"[A-Za-z][A-Za-z0-9.+-]*[A-Z][A-Za-z0-9.+-]*")  # "PSNR", "mIoU", "BLEU-4"

# names that would match ordinary prose or whole fields of research
GENERIC = {
    "ai", "artificial intelligence", "deep learning", "machine learning", "learning", "data", "dataset", "datasets",
    "benchmark", "benchmarks", "images", "image", "video", "videos", "text", "texts", "time", "news", "set", "sets",
    "general", "other", "others", "model", "models", "method", "methods", "score", "scores", "average", "mean",
    "total", "overall", "all", "loss", "value", "error", "rate", "quality", "performance", "results", "result",
    "speed", "size", "count", "number", "level", "one", "two", "three", "test", "train", "dev", "val", "baseline",
    "language", "languages", "english", "vision", "computer vision", "natural language processing", "nlp", "audio",
    "graphs", "graph", "music", "speech", "medical", "robotics", "robots", "reasoning", "retrieval",
    "classification", "detection", "segmentation", "generation", "recognition", "prediction", "translation",
    "parsing", "tracking", "estimation", "search", "planning", "control", "optimization", "regression", "ranking",
    "matching", "alignment", "compression", "inference", "training", "attention", "memory", "knowledge", "style",
    "question", "answer", "questions", "answers", "dialogue", "dialog", "summary", "scene", "object", "objects",
    "face", "faces", "human", "humans", "people", "person", "action", "actions", "events", "event", "games", "game",
    "map", "maps", "web", "code", "math", "science", "chemistry", "physics", "biology", "art", "fashion", "food",
    "cars", "birds", "flowers", "places", "sports", "voice", "sound", "weather", "traffic", "energy", "health",
    "finance", "law", "education", "social", "story", "stories", "sentence", "sentences", "words", "word",
    "documents", "document", "tables", "table", "charts", "chart", "time series", "pretraining", "pre-training",
    "fine-tuning", "neural network", "neural networks", "deep neural networks", "representation learning",
    "miscellaneous", "methodology", "computer code", "playing games", "knowledge base", "adversarial",
    "interpretability", "explainability", "fairness", "privacy", "security", "robustness", "efficiency",
    "accuracy", "precision", "recall", "correctness", "coverage", "diversity", "novelty", "consistency",
    "fluency", "relevance", "informativeness", "naturalness", "faithfulness", "quality score", "human evaluation",
    "mean score", "average score", "total score", "final score", "overall score", "success", "reward", "return",
    "latency", "throughput", "parameters", "params", "flops", "runtime", "time (ms)", "inference time",
    "decision making", "decision-making", "problem solving", "multimodal", "multi-modal", "zero-shot",
    "few-shot", "transfer", "pruning", "quantization", "distillation", "unsupervised", "supervised",
    "self-supervised", "semi-supervised", "weakly-supervised", "open", "mixed", "synthetic", "real", "natural",
    "simulation", "environment", "domain", "task", "tasks", "problem", "application", "applications", "system",
    "systems", "network", "networks", "agent", "agents", "feature", "features", "representation",
    "representations", "structure", "information", "content", "context", "evaluation", "analysis", "understanding",
    "modeling", "modelling", "processing", "learning to rank", "mathematics", "medicine", "healthcare",
    "remote sensing", "astronomy", "geology", "agriculture", "biomedical", "clinical", "materials", "e-commerce",
}

# task heads: a word-only "Dataset" name ending in one of these is a task name ("Brain MRI segmentation")
_TASK_HEADS = {
    "segmentation", "classification", "detection", "recognition", "estimation", "generation", "translation",
    "retrieval", "tracking", "prediction", "parsing", "summarization", "answering", "reconstruction", "synthesis",
    "captioning", "localization", "forecasting", "completion", "analysis", "extraction", "identification",
    "verification", "editing", "transfer", "understanding", "reasoning", "matching", "labeling", "tagging",
}

# metric qualifiers that are leaderboard settings, not names ("AP novel-LVIS base training")
_METRIC_NOISE = re.compile(
    r"\b(?:novel|base|seen|unseen|private|public|overall|in-domain|out-of-domain|urban|rural|daytime|night|"
    r"interrogative|declarative|split|subset|official|leaderboard|cross-subject|cross-view)\b", re.I)


#: The definite article opening a name of two or more words ("The Quokka Corpus"): a list copies it from a
#: title or a sentence; running text writes it in lower case before the name, no part of it.
_ARTICLE = re.compile(r"^The\s+(?=\S+\s+\S)")


#: A leaderboard's setting written after a name: an embedding size ("BiRNN 100d"), an ensemble or a single model.
_SETTING_TAIL = re.compile(r"\s+(\d+[dD]|ensemble|single model|single)$")


def _spelt_tail(tail: str, aliases: list[str]) -> bool:
    """Whether a digit and letter tail of a name ("3D") is spelt by the name's acronym ("Gaming 3D (G3D)"): part of
    the name, no setting.

    >>> _spelt_tail("3D", ["G3D"]), _spelt_tail("100d", []), _spelt_tail("ensemble", ["GE"])
    (True, False, False)
    """
    return tail[0].isdigit() and any(tail.lower() in a.lower() for a in aliases)


def clean_name(raw: str) -> tuple[str, list[str]] | None:
    """A usable name and the aliases found in it (an acronym in parentheses), or None for noise.

    >>> clean_name("COCO test-dev")
    ('COCO', [])
    >>> clean_name("Peak Signal-to-Noise Ratio (PSNR)")
    ('Peak Signal-to-Noise Ratio', ['PSNR'])
    >>> clean_name("BiRNN 100d (2018)")
    ('BiRNN', [])
    >>> clean_name("Quokka 3D (Q3D)")
    ('Quokka 3D', ['Q3D'])
    >>> clean_name("The Quokka Corpus"), clean_name("The Numbat")
    (('Quokka Corpus', []), ('The Numbat', []))
    """
    n = (raw or "").replace("\u00a0", " ").replace("_", " ")
    n = re.sub(r"\s+", " ", n).strip(" \"'.,;:")
    if not n or _JUNK.search(n):
        return None
    aliases: list[str] = []
    m = re.search(r"\s*\(([^()]*)\)$", n)
    if m and is_abbreviation(m.group(1).strip(), n[: m.start()]):
        aliases.append(m.group(1).strip())
    n = n[: m.start()] if m else n
    if "(" in n or ")" in n:
        return None  # a parenthesis inside the name: "Webcam (RGB) image classification"
    n = _SETTING_TAIL.sub(lambda m: m.group(0) if _spelt_tail(m.group(1), aliases) else "", n)
    n = _ARTICLE.sub("", n)  # "The Quokka Corpus": running text writes "the Quokka corpus"
    n = n.split(" - ")[0].split(" -- ")[0].split(": ")[0].strip()  # "Avicenna: Deductive ..." -> "Avicenna"
    n = _TRAILING.sub("", n)
    for _ in range(4):
        cut = _YEAR.sub("", n).strip(" -,:")
        m = _SUFFIX.search(cut)
        if m and m.start() > 0:
            cut = cut[: m.start()].strip(" -,:")
        if cut == n or not cut:
            break
        n = cut
    n = _SCORE.sub(r"\1", _TRAILING.sub("", n.strip(" -,:&/+")))
    if " " not in n and n.count("-") >= 2 and all(p.isalpha() and p[1:].islower() for p in n.split("-")):
        n = n.replace("-", " ")  # slugs: "automatic-speech-translation"
    if len(n) < 2 or re.fullmatch(r"[\d\W]+", n) or n.lower() in GENERIC:
        return None
    if len(n.split()) > 6 or len(n) > 60 or "," in n:
        return None
    return n, [a for a in aliases if name_key(a) != name_key(n)]


def is_abbreviation(short: str, long: str) -> bool:
    """Whether ``short`` can abbreviate ``long``: same first letter, its capitals in order in ``long``.

    >>> is_abbreviation("PSNR", "Peak Signal-to-Noise Ratio"), is_abbreviation("dB", "Average PSNR")
    (True, False)
    """
    if not _ACRONYM.fullmatch(short) or not 2 <= len(short) <= 12 or not long:
        return False
    if short[0].lower() != long.lstrip()[0].lower():
        return False
    rest = long.lower()
    for ch in (c.lower() for c in short if c.isupper()):
        i = rest.find(ch)
        if i < 0:
            return False
        rest = rest[i + 1:]
    return True


def is_acronym(name: str) -> bool:
    """Short names written with capitals inside or digits: "WER", "mIoU", "T5", "ResNet"."""
    return " " not in name and (any(c.isupper() for c in name[1:]) or any(c.isdigit() for c in name))


def case_flag(etype: str, name: str, usage: Counter | None = None) -> int:
    """1 = match only as written, 0 = any case.

    Acronym-like single words match as written ("WER", "NER", "BiDAF"). Datasets and models are proper
    names: one word always as written ("Spider" is not "spider"), a phrase in any case only when one of
    its words is not an ordinary English word ("Penn Treebank" may be written "Penn treebank", but
    "Natural Questions" must not match "natural questions"). Metric and task phrases match in any case.

    >>> case_flag("Metric", "WER"), case_flag("Task", "semantic segmentation")
    (1, 0)
    >>> case_flag("Dataset", "Penn Treebank", Counter({"treebank": 4})), case_flag("Dataset", "Open Images", Counter({"open": 9, "images": 9}))
    (0, 1)
    """
    words = name.split()
    if etype in ("Dataset", "Method"):
        if len(words) == 1:
            return 1
        usage = usage or Counter()
        distinctive = any(re.search(r"\d|[A-Z]", w[1:]) or (w.isalpha() and usage[w.lower()] == 0) for w in words)
        return 0 if distinctive else 1
    return 1 if is_acronym(name) or (len(words) == 1 and len(name) <= 4) else 0


# --- reading the sources -------------------------------------------------------------------------------


@dataclass
class Found:
    """One raw name read from a source."""

    type: str
    name: str
    source: str
    weight: int = 1
    aliases: list[str] = field(default_factory=list)


def _csv(path: Path, **kw) -> Iterator[dict[str, str]]:
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        yield from csv.DictReader(fh, **kw)


def _split(cell: str | None, sep: str = ";") -> list[str]:
    return [x.strip() for x in (cell or "").split(sep) if x.strip()]


def read_pwc_tasks(data: Path) -> Iterator[Found]:
    for f in sorted((data / "pwc_tasks").glob("*_tasks_detailed.csv")):
        for row in _csv(f):
            yield Found("Task", row.get("Task Name", ""), "pwc_tasks", 2)
            for sub in _split(row.get("Subtasks")):
                yield Found("Task", sub, "pwc_tasks")
            for d in _split(row.get("Common Datasets (Top 10)")) + _split(row.get("Benchmarks")):
                yield Found("Dataset", d, "pwc_tasks")
            for m in _split(row.get("SOTA Metrics")):
                yield Found("Metric", m, "pwc_tasks")
    for row in _csv(data / "pwc_tasks" / "task_hierarchy.csv"):
        yield Found("Task", row.get("Parent Task", ""), "pwc_tasks")
        for child in _split(row.get("Child Tasks")):
            if not child.endswith("..."):
                yield Found("Task", child, "pwc_tasks")


def read_sota_nfdi4ds(data: Path) -> Iterator[Found]:
    for etype, fname in (("Task", "lexicon_tasks.tsv"), ("Dataset", "lexicon_datasets.tsv"),
                         ("Metric", "lexicon_metrics.tsv")):
        for row in _csv(data / "sota_nfdi4ds" / fname, delimiter="\t"):
            count = int(row.get("count") or 0)
            if count >= 2:
                yield Found(etype, row["name"], "sota_nfdi4ds", min(count, 5))


def read_ito(data: Path) -> Iterator[Found]:
    d = data / "ito"
    for row in _csv(d / "number_of_benchmark_datasets_per_submetric.csv"):
        if int(row.get("benchmark_count") or 0) >= 2:
            yield Found("Metric", row["performance_measure_label"], "ito")
    for row in _csv(d / "overview_of_metrics_alternative_namings.csv"):
        alts = [a.strip() for a in re.split(r",\s*(?![^()]*\))", row.get("Alternative names") or "") if a.strip()]
        # alternative names are related measures more often than spellings (F1 ~ Dice): entries, not aliases
        for name in [row["Metric"], *alts]:
            yield Found("Metric", name, "ito")
    for row in _csv(d / "task_dataset_metric_sota.csv"):
        yield Found("Task", row.get("task", ""), "ito")
        for ds in _split(row.get("datasets"), ","):
            yield Found("Dataset", ds, "ito")

    def walk(node: dict, depth: int) -> Iterator[Found]:
        if depth >= 2 and node.get("name"):
            yield Found("Task", node["name"], "ito")
        for child in node.get("children") or []:
            yield from walk(child, depth + 1)

    for fname in ("ai-process.json", "NLP_class_hierarchy_21_12_2020.json"):
        yield from walk(json.loads((d / fname).read_text(encoding="utf-8")), 0)


_MODEL = re.compile(r"[A-Za-z][A-Za-z0-9.+-]{1,24}(?: [A-Z0-9][A-Za-z0-9.+-]{0,10})?")


def looks_like_model(name: str) -> bool:
    """A model name worth a lexicon entry: one or two tokens, capitals inside or digits ("BiDAF", "ELMo")."""
    if not _MODEL.fullmatch(name):
        return False
    head = name.split()[0]
    return re.search(r"[A-Z].*[A-Z]|\d", head[1:]) is not None or (head.isupper() and len(head) >= 3)


def read_sota_extractor(data: Path) -> Iterator[Found]:
    d = data / "sota_extractor"
    for f in sorted(d.glob("*.json")):
        try:
            tasks = json.loads(f.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            continue
        stack = list(tasks)
        while stack:
            task = stack.pop()
            yield Found("Task", task.get("task", ""), "sota_extractor")
            stack.extend(task.get("subtasks") or [])
            for ds in task.get("datasets") or []:
                yield Found("Dataset", ds.get("dataset", ""), "sota_extractor")
                sota = ds.get("sota") or {}
                for m in sota.get("metrics") or []:
                    yield Found("Metric", m, "sota_extractor")
                for row in sota.get("rows") or []:
                    cleaned = clean_name(row.get("model_name") or "")
                    if cleaned and looks_like_model(cleaned[0]):
                        yield Found("Method", cleaned[0], "sota_extractor")
    for row in _csv(d / "synonyms.csv"):
        yield Found("Task", row.get("synonym", ""), "sota_extractor", 1, [row.get("task", "")])


def read_nlp_tdms(data: Path) -> Iterator[Found]:
    for etype, fname in (("Task", "taskKB.tsv"), ("Dataset", "datasetKB.tsv"), ("Metric", "evaMatrixKB.tsv")):
        for line in (data / "nlp_tdms" / "kb" / fname).read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2:
                yield Found(etype, parts[1], "nlp_tdms")


def _detok(words: list[str]) -> str:
    s = " ".join(words)
    s = re.sub(r"\s*([-/])\s*", r"\1", s)
    return re.sub(r"\(\s*", "(", re.sub(r"\s*\)", ")", s))


def read_scirex(data: Path) -> Iterator[Found]:
    """Salient entity clusters: the most frequent surface form in the paper (names only, not phrases)."""
    types = {"Method": "Method", "Task": "Task", "Metric": "Metric", "Material": "Dataset"}
    with gzip.open(data / "scirex" / "train.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            words = doc["words"]
            span_type = {(s, e): t for s, e, t in doc["ner"]}
            for spans in doc["coref"].values():
                forms: Counter = Counter()
                kinds: Counter = Counter()
                for s, e in spans:
                    if (s, e) in span_type:
                        forms[_detok(words[s:e])] += 1
                        kinds[span_type[(s, e)]] += 1
                if not forms:
                    continue
                etype = types.get(kinds.most_common(1)[0][0])
                form, n = forms.most_common(1)[0]
                if etype is None or n < 2:
                    continue
                if etype in ("Method", "Dataset") and not looks_like_model(form):
                    continue  # phrases ("our model", "deep network") are not names
                yield Found(etype, form, "scirex")


def read_tdmsci(data: Path) -> Iterator[Found]:
    """Annotated spans of the train split seen at least twice."""
    counts: Counter = Counter()
    for fname in ("train_1500_v2.conll",):  # never the test split: scripts/eval_external.py scores on it
        cur: list[tuple[str, int]] = []
        label = ""
        lines = (data / "tdmsci" / fname).read_text(encoding="utf-8").splitlines() + [""]
        for line in lines:
            parts = line.split("\t")
            tag = parts[2] if len(parts) >= 3 else "O"
            if cur and not (tag.startswith("I-") and tag[2:] == label):
                text = ""
                for tok, off in cur:
                    text += (" " if text and off > cur[0][1] + len(text) else "") + tok
                counts[(label, text)] += 1
                cur = []
            if tag.startswith("B-") or (tag.startswith("I-") and not cur):
                label = tag[2:]
                cur = [(parts[0], int(parts[1]))]
            elif tag.startswith("I-"):
                cur.append((parts[0], int(parts[1])))
    types = {"TASK": "Task", "DATASET": "Dataset", "METRIC": "Metric"}
    for (label, text), n in counts.items():
        if n >= 2 and label in types:
            yield Found(types[label], text, "tdmsci", min(n, 5))


READERS = (read_pwc_tasks, read_sota_nfdi4ds, read_ito, read_sota_extractor, read_nlp_tdms, read_scirex, read_tdmsci)


def word_usage(data: Path) -> Counter:
    """How often each word is written in lower case inside a sentence of the sota_nfdi4ds abstracts."""
    usage: Counter = Counter()
    with gzip.open(data / "sota_nfdi4ds" / "papers.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            usage.update(re.findall(r"(?<=[a-z,;] )[a-z][a-z-]+", json.loads(line).get("abstract") or ""))
    return usage


# --- merging -------------------------------------------------------------------------------------------


@dataclass
class NameVotes:
    """Everything read for one name key."""

    votes: Counter = field(default_factory=Counter)  # type -> weight
    spellings: Counter = field(default_factory=Counter)  # (type, spelling) -> weight
    sources: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # type -> sources
    aliases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # type -> aliases


# acronyms and names that are organisations, hardware, file formats or generic model families, not
# datasets / models ("Google", "CPU", "DNN"); the curated lists hold the families worth keeping
NOT_NAMES = {
    "google", "youtube", "facebook", "twitter", "amazon", "microsoft", "apple", "baidu", "alibaba", "tencent",
    "meta", "openai", "deepmind", "nvidia", "intel", "ibm", "arxiv", "github", "reddit", "instagram", "flickr",
    "wechat", "weibo", "mit", "cmu", "nyu", "msr", "msra", "ucf", "ucsd", "ucl", "ucla", "eth", "epfl", "kaist",
    "acm", "ieee", "aaai", "acl", "emnlp", "naacl", "cvpr", "iccv", "eccv", "nips", "neurips", "icml", "iclr",
    "ijcai", "kdd", "sigir", "www", "cpu", "gpu", "tpu", "fpga", "asic", "sql", "api", "json", "xml", "html",
    "pdf", "csv", "ecg", "eeg", "emg", "mri", "fmri", "ct", "pet", "csi", "amr", "e2e", "ssl", "det", "sod",
    "sota", "soa", "dnn", "dnns", "cnn", "cnns", "rnn", "rnns", "dcnn", "fnn", "ann", "mlp", "nn", "gan", "gans",
    "ml", "dl", "rl", "cv", "ai", "agi", "llm", "llms", "vlm", "nlp", "nlu", "nlg", "asr", "tts", "ocr", "qa",
    "iot", "uav", "uavs", "rgb", "rgb-d", "lidar", "radar", "sar", "hd", "4k", "3d", "2d", "usa", "us", "uk",
    "eu", "china", "english", "chinese", "french", "german", "spanish", "japanese", "arabic", "hindi", "korean",
    "russian", "amd", "arm", "qualcomm", "huawei", "samsung", "cuhk", "berkeley", "stanford", "oxford", "cambridge", "caltech", "casia", "brown", "wikidata", "freebase", "dbpedia", "yago", "pubmed central", "use", "new", "baseline", "random",
    "human", "humans", "oracle", "ours", "proposed", "ensemble", "single", "best", "none", "default",
    # capitals that mostly mean something else in an abstract (a field, a disease, an agency, a word)
    "har", "hiv", "nih", "hci", "chf", "ami", "mad", "amt", "avg", "dvd", "nist", "kim", "pie", "ark", "des",
    "soc", "sip", "pit", "cod", "mcl", "mmi", "war", "qps", "aed", "drg", "ird", "icb", "wit", "qed", "sun",
}
# heads that make a "Task" name a thing, a method or a property rather than a problem
_NOT_TASK_HEADS = {
    "inference", "attention", "label", "labels", "embedding", "embeddings", "network", "networks", "model",
    "models", "proposal", "proposals", "bias", "efficiency", "images", "image", "clouds", "cloud", "graphs",
    "vehicles", "cars", "tasks", "task", "problem", "problems", "data", "dataset", "datasets", "features",
    "feature", "engineering", "selection", "regularization", "augmentation", "normalization", "optimizer",
    "layer", "layers", "loss", "function", "functions", "descent", "sampling", "methods", "method", "algorithm",
    "algorithms", "architecture", "search", "pruning", "quantization", "transformer",
    "transformers", "encoder", "decoder", "processing", "mechanism", "theory", "space", "spaces", "set", "sets",
}
_TASK_HEADS_EXTRA = {
    "retrieval", "transfer", "control", "similarity", "search", "discovery", "design", "systems", "bandits", "qa",
    "vqa", "super-resolution", "re-identification", "re-id", "reid", "ocr", "slam", "asr", "tts", "nli",
}
# single words that name a problem in a title but are ordinary words in an abstract
_PROSE_TASK_WORDS = {
    "learning", "training", "modeling", "modelling", "understanding", "processing", "reasoning", "planning",
    "thinking", "writing", "reading", "computing", "sensing", "testing", "mining", "matching", "ranking",
    "tracking", "counting", "sampling", "labeling", "labelling", "tagging", "encoding", "decoding", "filtering",
    "prediction", "detection", "recognition", "classification", "segmentation", "generation", "estimation",
    "translation", "localization", "optimization", "evaluation", "representation", "interpretation",
    "identification", "verification", "reconstruction", "adaptation", "alignment", "improvement", "management",
    "assessment", "measurement", "analysis", "synthesis", "diagnosis", "inference", "retrieval", "attention",
    "interaction", "communication", "navigation", "manipulation", "simulation", "perception", "explanation",
    "compression", "completion", "correction", "extraction", "selection", "augmentation", "regularization",
    "normalization", "quantization", "distillation", "conversion", "transformation", "prevention",
}
# fields, topics and phenomena listed as tasks in leaderboards but not problems one solves
_NOT_TASKS = {
    "advertising", "animation", "benchmarking", "blocking", "friction", "jurisprudence", "marketing",
    "misinformation", "negation", "nutrition", "memorization", "disentanglement", "self-learning",
    "sentence-embedding", "image-variation", "text-variation", "edge-computing", "vision-language-action",
    "foveation", "tgif-action", "tgif-transition", "surveillance", "prognosis", "decipherment", "scheduling",
}
_TASK_PLURAL_OK = {"systems", "bandits", "analytics", "graphics", "robotics", "dynamics", "physics"}
#: heads of things that name a problem only as the object of an opening gerund ("Playing Atari games", "Playing the
#: Quokka game"); a name of them alone ("Card Games", "Atari Games", "Text-based games") is a domain or a suite of
#: environments
_GERUND_OBJECT_HEADS = {"game", "games"}
_TASK_WORD = re.compile(r"(?:ing|tion|sion|sis|ment|ance|ence|ization|isation)$")
# metric names must say what they measure: a head word or an acronym-like token
_METRIC_HEADS = {
    "accuracy", "error", "errors", "score", "rate", "precision", "recall", "distance", "loss", "similarity",
    "index", "coefficient", "correlation", "ratio", "perplexity", "divergence", "overlap", "measure", "gain",
    "reward", "return", "likelihood", "entropy", "deviation", "variance", "time", "latency", "throughput",
    "speed", "speedup", "parameters", "params", "memory", "fps", "flops", "rank", "recall@1", "agreement",
    "coverage", "success", "iou", "ap", "auc", "f1", "f-score", "f-measure", "mae", "mse", "rmse", "psnr",
    "ssim", "fid", "bleu", "rouge", "meteor", "cider", "spice", "mrr", "ndcg", "map", "hits", "kappa", "tau",
    "rho", "regret", "utility", "fidelity", "consistency", "quality", "sensitivity", "specificity", "statistic",
}
# capitals that name other things far more often than a metric (parts of speech, tasks, tools)
_BAD_METRIC_ACRONYMS = {"pos", "sts", "rel", "gte", "pac", "sad", "mmd", "ids", "mkr", "rms", "abn", "ods", "tc"}
_MODEL_SIZE = re.compile(r"v?\d[\w.]*|X+L|[Ll]arge|[Bb]ase|[Ss]mall|[Tt]iny|[Hh]uge|[Mm]ini")
_AT_K = re.compile(r"[A-Za-z][A-Za-z0-9-]*@(?:\d+(?:\.\d+)?|k|K)")  # "Recall@10", "nDCG@5", "AP@0.5"
_METRIC_SETTING = re.compile(r"^(?:test|testing|train|training|validation|val|dev|eval|pre-training)\b", re.I)


def keep(etype: str, name: str, usage: Counter) -> bool:
    """Type-specific noise filters on a cleaned name.

    ``usage`` counts how often a word is written in lower case inside sentences (ordinary English).
    """
    words = name.split()
    low = name.lower()
    last = words[-1].lower()
    if low in GENERIC or low in NOT_NAMES:
        return False
    if len(name) < 3 and not (etype == "Metric" and is_acronym(name)):
        return False
    if etype == "Metric" and name.isupper() and (len(name) <= 2 or low in _BAD_METRIC_ACRONYMS):
        return False  # "CC", "POS": two-letter or known-ambiguous capitals (curated holds "AP", "EM")
    if len(words) == 1 and usage[low] >= 3 and not (is_acronym(name) and not name.isupper()) \
            and not (etype == "Task" and _TASK_WORD.search(low) and low not in _PROSE_TASK_WORDS):
        return False  # an ordinary word ("Replica", "DRAW", "USE"), whatever its case
    if etype == "Dataset":
        if not any(re.search(r"[A-Z]", w) or (re.search(r"\d", w) and re.search(r"[a-z]", w)) for w in words):
            return False  # "20000 utterances": no proper-name token
        if len(words) > 1 and last in _TASK_HEADS and all(w.isalpha() for w in words):
            return False
        if len(words) > 1 and all(usage[w.lower()] >= 3 for w in words):
            return False  # "Natural Images", "Deep Noise": words of prose (curated keeps the real ones)
    elif etype == "Metric":
        if len(words) == 1 and not is_acronym(name) and not re.search(r"[\d@\-/%]", name):
            return False  # single words are too vague; the curated list holds the real ones
        if "/" in name or _METRIC_NOISE.search(name) or _METRIC_SETTING.search(name) or len(words) > 4:
            return False
        if name[0].isdigit() or "%" in name or ("@" in name and not _AT_K.fullmatch(name)):
            return False  # "1 in 10 R@1", "AUC@80%Train": leaderboard settings, not metric names
        if len(words) > 1 and not any(w.lower() in _METRIC_HEADS or is_acronym(w) for w in words):
            return False  # "Natural Images", "Evaluation Protocol"
        if len(words) == 2 and words[0].lower() in _TASK_HEADS | {"tagging", "prediction"}:
            return False  # "detection accuracy": a task and a metric, the metric is matched alone
    elif etype == "Task":
        if len(words) > 5 or re.search(r"\d{3,}|/|[a-z][A-Z]", name) or last in _NOT_TASK_HEADS:
            return False  # long, numbered, "Age/Bias-conflicting", "EditCompletion"
        if low in _NOT_TASKS or "-to-" in low and len(words) == 1:
            return False
        if last in _GERUND_OBJECT_HEADS:
            return len(words) > 2 and words[0].lower().endswith("ing")  # "Playing board games", not "Board Games"
        if last.endswith("s") and not last.endswith("ss") and last not in _TASK_PLURAL_OK \
                and not _TASK_WORD.search(last.rstrip("s")) and not last.endswith(("sis", "ics")):
            return False  # "Point Clouds", "Knowledge Graphs": things, not problems
        if not (_TASK_WORD.search(last) or last in _TASK_HEADS_EXTRA):
            return False  # "Chinese", "Social media", "Tomography": not names of problems
    elif etype == "Method":
        if len(words) > 2 or "+" in name.rstrip("+") or re.search(r"baseline|ensemble|single|system", low):
            return False  # leaderboard entries: "GCN+FLAG", "BASELINE Acorn", "BiMPM Ensemble"
        if len(words) == 2 and not _MODEL_SIZE.fullmatch(words[1]):
            return False  # a model name and a word ("DNN MMI"); versions and sizes stay ("ALBERT 1.1")
        if name.count("-") >= 3 or "--" in name or re.search(r"model\d|^[a-z]+[A-Z][a-z]+[A-Z]", name):
            return False  # "MacBERT-large-extData-v2", "Narasimhan-model3", "rayOfLight"
        if name == low and (name[-1].isdigit() or "-" in name):
            return False  # "batch2", "as-hust-v1": run labels
        if sum(c.isupper() for c in name) > 12 or re.search(r"[a-z][A-Z][a-z]+[A-Z][a-z]+[A-Z]", name):
            return False  # "ForwardMECorrectedFull": a description glued together
    return True


# minimal support (summed source weight) for a generated name of each type; short acronyms need more
MIN_WEIGHT = {"Method": 1, "Dataset": 1, "Metric": 2, "Task": 1}


def supported(etype: str, name: str, weight: int, n_sources: int) -> bool:
    """Enough evidence for a name: short all-capital acronyms collide with everything, so they need two sources."""
    if weight < MIN_WEIGHT[etype]:
        return False
    if re.fullmatch(r"[A-Z0-9-]{2,5}", name) and n_sources < 2:
        return False  # "VSR", "BCI", "MMD": one list's short capitals collide with other acronyms
    return True


def build(data: Path, curated_names: set[str]) -> dict[str, list[tuple[str, list[str], int, str]]]:
    """type -> rows (canonical, aliases, case, source) of the generated lexicons. A curated name (of
    ``curated_names``) is never claimed again, in either spelling (:func:`spelling_key`: a task list's British
    "X Optimisation" is the curated Method "X optimization")."""
    usage = word_usage(data)
    cands: dict[str, NameVotes] = defaultdict(NameVotes)
    for reader in READERS:
        for f in reader(data):
            cleaned = clean_name(f.name)
            if not cleaned:
                continue
            name, aliases = cleaned
            for a in f.aliases:
                c = clean_name(a)
                if c:
                    aliases.extend([c[0], *c[1]])
            if not keep(f.type, name, usage):
                continue
            c = cands[name_key(name)]
            c.votes[f.type] += f.weight
            c.spellings[(f.type, name)] += f.weight
            c.sources[f.type].add(f.source)
            c.aliases[f.type].update(aliases)
    out: dict[str, list] = {t: [] for t in TYPES}
    claimed = {name_key(n): "curated" for n in curated_names}  # name key -> key of the entry that holds it
    spelt = {spelling_key(n) for n in curated_names}
    # an acronym listed on its own and as the alias of a long form is one entry: the long form's
    merged = {name_key(a): key for key, c in cands.items() for aliases in c.aliases.values() for a in aliases
              if name_key(a) in cands and name_key(a) != key and not any(cands[name_key(a)].aliases.values())}
    # strongest candidates claim their names (and aliases) first
    order = sorted(cands.items(), key=lambda kv: (-sum(kv[1].votes.values()), kv[0]))
    for key, c in order:
        if key in claimed or key in merged:
            continue
        etype = max(c.votes, key=lambda t: (c.votes[t], -TYPES.index(t)))
        spelled = Counter({s: w for (t, s), w in c.spellings.items() if t == etype})
        # the most used spelling; on a tie prefer one with capitals (proper names) then the shortest
        canonical = max(spelled, key=lambda s: (spelled[s], s != s.lower(), -len(s), s))
        if spelling_key(canonical) in spelt:
            continue
        if not supported(etype, canonical, c.votes[etype], len(c.sources[etype])):
            continue
        claimed[key] = key
        case = case_flag(etype, canonical, usage)
        aliases = []
        for a in sorted(c.aliases[etype] | ({s for s in spelled if s != canonical} if case else set())):
            ak = name_key(a)
            if claimed.get(ak, key) == key and (ak != key or case) and spelling_key(a) not in spelt \
                    and keep(etype, a, Counter()):
                claimed[ak] = key
                aliases.append(a)
        sources = set(c.sources[etype])
        for a in aliases:  # an acronym merged into this entry brings its sources along
            if merged.get(name_key(a)) == key:
                sources.update(*cands[name_key(a)].sources.values())
        out[etype].append((canonical, aliases, case, "+".join(sorted(sources))))
    return out


def checked(rows: dict[str, list], curated: list) -> dict[str, list]:
    """The rows without what :mod:`kg.link.lexicon_rows` flags (``curated``: the curated entries, whose
    versions count too); prints how many aliases and canonicals were dropped."""
    out: dict[str, list] = {}
    dropped: Counter = Counter()
    kinds = curated_kinds(curated)
    for etype, table in rows.items():
        versions = version_table([(e.canonical, ()) for e in curated if e.type.value == etype] +
                                 [(r[0], ()) for r in table])
        kept = []
        # a measure with a scope modifier is the measure ("Trainable Parameters"): left to the entry
        names = {" ".join(words(n)) for e in curated if e.type.value == etype for n in e.names} \
            if etype == "Metric" else set()
        for canonical, aliases, case, source in table:
            if canonical_problem(canonical) or modified_name(canonical, names) \
                    or (etype == "Task" and technique_variant(canonical, kinds)):
                dropped["canonical"] += 1
                continue
            good = [a for a in aliases if not alias_problem(canonical, a, versions, not case)
                    and not (etype in VARIANT_TYPES and variant_problem(canonical, a, aliases))]
            dropped["alias"] += len(aliases) - len(good)
            kept.append((canonical, good, case, source))
        out[etype] = kept
    if "Metric" in out and "Dataset" in out:
        before = len(out["Metric"])
        data = {_key(r[0]) for r in out["Dataset"]} | {_key(e.canonical) for e in curated if e.type.value == "Dataset"}
        measures = {_key(r[0]) for r in out["Metric"]} | {_key(n) for e in curated if e.type.value == "Metric"
                                                          for n in e.names}
        out["Metric"] = [r for r in out["Metric"] if not names_data(r[0], data, measures)]
        dropped["canonical"] += before - len(out["Metric"])
    print(f"row checks dropped {dropped['alias']} aliases and {dropped['canonical']} canonicals")
    return out


def curated_kinds(curated: list) -> dict[str, str]:
    """The curated Method and Task names (:func:`words` keys, space-joined) -> their type; a name both lists hold
    is a Task's. An alias of one word is left out: a clipped form ("distillation" of knowledge distillation) that
    other names end in with another object ("Dataset Distillation")."""
    kinds: dict[str, str] = {}
    for e in sorted(curated, key=lambda e: e.type.value == "Task"):
        if e.type.value in ("Method", "Task"):
            kinds.update((" ".join(words(n)), e.type.value) for n in e.names
                         if n == e.canonical or len(words(n)) > 1)
    return kinds


def technique_variant(canonical: str, kinds: dict[str, str]) -> str | None:
    """The curated Method a Task name is with modifiers before it, if its longest curated tail is one (``kinds``:
    :func:`curated_kinds`): "Safe Reinforcement Learning", "Visual Prompt Tuning", "Personalized Federated Learning"
    are kinds of a technique, not problems. A tail the curated Task list holds keeps the name a Task ("Few-Shot
    Class-Incremental Learning" ends in the curated Task "class-incremental learning", before "incremental learning").

    >>> kinds = {"reinforcement learning": "Method", "class incremental learning": "Task",
    ...          "incremental learning": "Method"}
    >>> technique_variant("Safe Reinforcement Learning", kinds), technique_variant("Reinforcement Learning", kinds)
    ('reinforcement learning', None)
    >>> [technique_variant(n, kinds) for n in ("Few-Shot Class-Incremental Learning", "Online Incremental Learning")]
    [None, 'incremental learning']
    """
    w = words(canonical)
    for i in range(1, len(w)):
        kind = kinds.get(" ".join(w[i:]))
        if kind:
            return " ".join(w[i:]) if kind == "Method" else None
    return None


def _key(name: str) -> str:
    return re.sub(r"[\s\-_]+", " ", name.lower()).strip()


def names_data(metric: str, data: set[str], measures: set[str]) -> bool:
    """Whether a metric row names data (``data`` and ``measures``: the normalised dataset and metric names):
    a leaderboard column called after the set it scores on, the same name as a dataset or the first words of
    one ("Senseval 3" of "SensEval 3 Lexical Sample", "Hub5'00"); or a dataset's name before a measure or a
    participle ("ImageNet Top-1 Accuracy", "CoNLL F1", "ImageNet Pretrained"): the data and the measure are
    two entities, not one Metric.

    >>> data, measures = {"senseval 3 lexical sample", "imagenet", "wmt"}, {"top 1 accuracy", "bleu"}
    >>> [names_data(m, data, measures) for m in ("Senseval 3", "ImageNet Top-1 Accuracy", "ImageNet Pretrained",
    ...                                          "BLEU", "WMT-BLEU")]
    [True, True, True, False, False]
    """
    key = _key(metric)
    if key in data or any(d.startswith(key + " ") for d in data):
        return True
    words = metric.split()
    for i in range(1, len(words)):
        head, rest = _key(" ".join(words[:i])), _key(" ".join(words[i:]))
        if head in data and (rest in measures or (len(words) - i == 1 and rest.endswith("ed"))):
            return True
    return False


HEADER = """\
# kg generated lexicon, {type}: written by scripts/build_lexicons.py; do not edit by hand (edit curated_{prefix}.tsv).
# Derived from CC BY-SA 4.0 / CC BY-SA 3.0 AT / Apache-2.0 name lists: THIS FILE IS LICENSED CC BY-SA 4.0.
# Sources, licences and attribution: kg/data/NOTICE.md.
# columns: canonical<TAB>aliases (| separated)<TAB>case_sensitive (1 = written case only, 0 = any case)<TAB>source
"""


def write(out_dir: Path, rows: dict[str, list]) -> None:
    for etype, table in rows.items():
        prefix = etype.lower()
        with open(out_dir / f"{prefix}.tsv", "w", encoding="utf-8", newline="") as fh:
            fh.write(HEADER.format(type=etype, prefix=prefix))
            for canonical, aliases, case, source in sorted(table, key=lambda r: (r[0].lower(), r[0])):
                fh.write(f"{canonical}\t{'|'.join(aliases)}\t{case}\t{source}\n")


def coverage(gold: Path, out_dir: Path) -> None:
    """Print which fraction of gold names (case, space and hyphen insensitive) the lexicons hold."""
    names: dict[str, set[str]] = defaultdict(set)
    entries = Counter()
    for e in load_lexicon(directory=out_dir):
        entries[e.type.value] += 1
        names[e.type.value].update(name_key(n) for n in e.names)
    any_type = set().union(*names.values())
    gold_names: dict[str, set[str]] = defaultdict(set)
    proposed: set[str] = set()
    for line in gold.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        proposed.update(name_key(p) for p in rec.get("proposed") or [])
        for ent in rec.get("entities", []):
            gold_names[ent["type"]].add(ent["text"])
            if name_key(ent["text"]) in proposed or any(name_key(a) in proposed for a in ent.get("aliases") or []):
                proposed.add(name_key(ent["text"]))
    total = hit = known = known_hit = 0
    for t in TYPES:
        g = gold_names[t]
        same = sum(name_key(n) in names[t] for n in g)
        other = sum(name_key(n) in any_type for n in g) - same
        old = [n for n in g if name_key(n) not in proposed]  # names the papers do not introduce
        old_hit = sum(name_key(n) in names[t] for n in old)
        total, hit, known, known_hit = total + len(g), hit + same, known + len(old), known_hit + old_hit
        print(f"{t:8} entries {entries[t]:6}  gold names {len(g):4}  covered {same:4} ({same / max(len(g), 1):.0%})"
              f"  under another type {other:2}  not proposed {len(old):4} covered {old_hit / max(len(old), 1):.0%}")
    print(f"{'all':8} {'':14}  gold names {total:4}  covered {hit:4} ({hit / max(total, 1):.0%})"
          f"{'':21}  not proposed {known:4} covered {known_hit / max(known, 1):.0%}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "kg" / "data" / "lexicons")
    ap.add_argument("--coverage", type=Path, metavar="GOLD", help="only measure coverage of a gold JSONL file")
    args = ap.parse_args(argv)
    if args.coverage:
        coverage(args.coverage, args.out)
        return 0
    if not args.data.is_dir():
        print(f"no data folder at {args.data}", file=sys.stderr)
        return 2
    curated: set[str] = set()
    entries = []
    for etype in MENTION_TYPES:
        path = args.out / f"curated_{etype.prefix}.tsv"
        if path.is_file():
            for e in load_lexicon([etype], directory=args.out):
                if e.source == "curated":
                    entries.append(e)
                    for n in e.names:
                        curated.add(n)
    rows = checked(build(args.data, curated), entries)
    args.out.mkdir(parents=True, exist_ok=True)
    write(args.out, rows)
    print("wrote " + ", ".join(f"{t.lower()}.tsv {len(r)}" for t, r in rows.items()) + f" (curated names {len(curated)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
