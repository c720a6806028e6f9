"""Pattern rules for names no lexicon can know, as plain functions over text.

Each rule returns :class:`Candidate` spans (character offsets into the text it was given). The spaCy
components in :mod:`kg.extract.components` call them and resolve overlaps.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.vocab import EntityType as T

# rule priorities: higher wins an overlap; then the longer span
PRI_ACRONYM_LONG = 90
PRI_LEXICON_LONG = 80
PRI_PROPOSED = 75
PRI_CONTEXT = 70
PRI_LEXICON = 60
PRI_NAME = 50
PRI_HEAD = 30


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    type: T
    priority: int
    rule: str
    canonical: str | None = None


# --- vocabulary for the heuristics ---------------------------------------------------------------------

#: Upper-case words that are not entity names.
NOT_NAMES = {
    "AI", "ML", "DL", "NLP", "CV", "GPU", "GPUs", "CPU", "CPUs", "TPU", "TPUs", "SOTA", "API", "APIs", "URL", "US",
    "UK", "EU", "II", "III", "IV", "VI", "PDF", "HTML", "JSON", "XML", "SQL", "RGB", "RGB-D", "2D", "3D", "4D", "1D",
    "I", "A", "IoT", "USA", "COVID", "COVID-19", "OOD", "IID", "i.i.d", "MB", "GB", "TB", "KB", "FP16", "FP32",
    "INT8", "BF16", "CUDA", "IEEE", "ACM", "ACL", "CVPR", "ICCV", "ECCV", "NeurIPS", "ICML", "ICLR", "AAAI", "IJCAI",
    "EMNLP", "NAACL", "KDD", "WWW", "SIGIR", "arXiv", "GitHub", "PyTorch", "TensorFlow", "JAX", "Python", "LaTeX",
    "OK", "VS", "Vs", "ID", "IDs", "HD", "UHD", "4K", "8K", "NVIDIA", "Google", "OpenAI", "Meta", "Microsoft",
    "DeepMind", "Amazon", "Apple", "Facebook", "YouTube", "Twitter", "Reddit", "AK", "LLMs", "DNN", "DNNs", "NN",
    "NNs", "MoE", "SoTA", "PhD", "Ph.D", "AGI", "XAI", "HCI", "ODE", "ODEs", "PDE", "PDEs", "GitLab",
}
#: Words that may not start or modify a technique phrase ("our novel method").
BAD_MODIFIERS = {
    "a", "an", "the", "our", "their", "its", "his", "her", "this", "that", "these", "those", "such", "which",
    "novel", "new", "proposed", "existing", "previous", "prior", "recent", "current", "modern", "standard",
    "traditional", "conventional", "classic", "classical", "simple", "efficient", "effective", "powerful",
    "strong", "robust", "general", "generic", "various", "different", "several", "many", "multiple", "more",
    "most", "less", "better", "best", "good", "great", "state-of-the-art", "sota", "other", "same", "similar",
    "large", "small", "big", "huge", "deep", "shallow", "typical", "common", "popular", "widely", "used",
    "well-known", "specific", "particular", "certain", "additional", "further", "extensive", "comprehensive",
    "unified", "universal", "lightweight", "light-weight", "fast", "faster", "accurate", "scalable", "flexible",
    "first", "second", "two", "three", "one", "both", "each", "every", "all", "any", "some", "no", "not",
    "and", "or", "of", "in", "on", "for", "to", "with", "by", "from", "as", "at", "via", "using", "based",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "can", "could", "may", "might",
    "will", "would", "should", "must", "we", "it", "they", "which", "while", "when", "where", "how", "what",
    "also", "thus", "then", "than", "only", "even", "very", "highly", "significantly", "further", "however",
    "key", "main", "major", "overall", "whole", "entire", "full", "high", "low", "higher", "lower", "improved",
    "enhanced", "advanced", "complex", "challenging", "difficult", "important", "critical", "crucial",
    "potential", "possible", "original", "final", "initial", "single", "individual", "joint", "global",
    "local", "overall", "open", "real", "true", "real-world", "downstream", "upstream", "underlying",
    "corresponding", "respective", "relevant", "related", "underexplored", "extensive", "superior",
    "competitive", "remarkable", "impressive", "promising", "successful", "traditional", "naive", "vanilla",
    "plain", "basic", "standard", "baseline", "base", "further", "direct", "explicit", "implicit", "whose",
    "neural", "machine", "deep", "model", "models", "method", "methods", "approach", "approaches",
    "framework", "frameworks", "technique", "techniques", "task", "tasks", "problem", "problems",
}
#: Verbs, prepositions and vague adjectives that never modify a technique or task name.
NON_MODIFIERS = {
    "perform", "performs", "produce", "produces", "construct", "constructs", "achieve", "achieves", "achieved",
    "provide", "provides", "enable", "enables", "make", "makes", "use", "uses", "show", "shows", "improve",
    "improves", "require", "requires", "allow", "allows", "reduce", "reduces", "introduce", "introduces",
    "leverage", "leverages", "boost", "boosts", "but", "yet", "once", "before", "after", "during", "toward",
    "towards", "without", "within", "between", "across", "through", "into", "over", "under", "about",
    "against", "among", "since", "because", "limited", "comparable", "foundational", "inherent",
    "generalizable", "optimal", "tailored", "impact", "practitioners", "queries", "query", "expensive",
    "cheap", "costly", "better", "worse", "poor", "good", "reliable", "accurate", "stable", "noisy",
    "efficient", "effective", "level", "based", "aware", "free", "driven", "oriented", "guided", "like",
    "support", "supports", "enhance", "enhances", "attain", "attains", "exceptional", "fundamental", "enable",
    "extend", "extends", "propose", "proposes", "present", "presents", "adopt", "adopts", "apply", "applies",
    "employ", "employs", "exploit", "exploits", "outperform", "outperforms", "yield", "yields", "obtain",
    "obtains", "study", "studies", "explore", "explores", "investigate", "investigates", "address", "addresses",
    "tackle", "tackles", "solve", "solves", "boosting", "strong", "stronger", "weak", "weaker", "truth",
}
#: Participles that are part of technique names ("self-supervised learning", "masked modeling").
ED_OK = {"supervised", "unsupervised", "semi-supervised", "self-supervised", "weakly-supervised", "pre-trained",
         "pretrained", "masked", "gated", "shared", "distributed", "federated", "structured", "conditioned",
         "regularized", "randomized", "stacked", "dilated", "deformable", "augmented", "retrieval-augmented",
         "grounded", "embedded", "weighted", "normalized", "quantized", "pruned", "distilled", "labeled",
         "unlabeled", "annotated", "generated", "synthesized", "learned", "fine-grained", "coarse-grained"}
ING_OK = {"learning", "training", "pooling", "embedding", "reasoning", "ranking", "sampling", "encoding", "labeling",
          "labelling", "modeling", "modelling", "processing", "clustering", "matching", "tracking", "routing",
          "scaling", "gating", "masking", "tuning", "fine-tuning", "pre-training", "pretraining", "parsing",
          "answering", "understanding", "retrieving", "rendering", "captioning", "grounding", "editing",
          "filtering", "forecasting", "recommending", "denoising", "inpainting", "matting", "mining", "spotting",
          "planning", "scheduling", "rating", "ordering", "coding", "decoding", "computing", "streaming",
          "tagging", "bootstrapping", "ensembling", "pruning", "boosting", "hashing", "warping", "morphing"}
#: Heads too vague to make a name on their own rule: only lexicon names or acronyms give these.
WEAK_HEADS = {"training", "inference", "modeling", "modelling", "analysis", "synthesis", "aggregation",
              "fusion", "alignment", "supervision", "understanding", "reasoning", "denoising", "editing",
              "completion", "control", "discovery", "planning", "manipulation", "navigation", "compression",
              "resolution", "correction", "simplification", "linking", "enhancement", "restoration", "process",
              "processes", "field", "fields", "search", "initialization", "interpolation", "filtering",
              "propagation", "calibration", "adaptation", "masking", "matching", "learning", "generation",
              "prediction", "machine", "machines", "model", "inference", "extraction", "labeling", "labelling",
              "comprehension", "forest", "kernel", "kernels", "descent", "tuning", "optimization", "optimizer"}

#: Head words of technique phrases ("contrastive learning", "knowledge distillation").
METHOD_HEADS = {
    "learning", "distillation", "attention", "network", "networks", "encoder", "encoders", "decoder", "decoders",
    "transformer", "transformers", "regularization", "augmentation", "pruning", "quantization", "tuning",
    "fine-tuning", "finetuning", "pretraining", "pre-training", "sampling", "decoding", "embedding", "embeddings",
    "pooling", "normalization", "loss", "optimization", "optimizer", "module", "mechanism", "algorithm",
    "algorithms", "autoencoder", "autoencoders", "convolution", "convolutions", "descent", "search", "prompting",
    "labeling", "labelling", "supervision", "initialization", "dropout", "architecture", "backbone", "backbones",
    "aggregation", "fusion", "masking", "matching", "alignment", "routing", "retrieval", "estimator",
    "classifier", "classifiers", "regression", "clustering", "gating", "sparsification", "compression",
    "interpolation", "inference", "training", "propagation", "filtering", "bootstrapping", "ensembling",
    "ensemble", "calibration", "adaptation", "tokenization", "tokenizer", "perceptron", "machine", "machines",
    "forest", "kernel", "kernels", "process", "processes", "field", "fields", "model",
}
#: Heads that make a phrase a Task rather than a Method.
TASK_HEADS = {
    "detection", "segmentation", "recognition", "classification", "translation", "estimation", "parsing",
    "answering", "summarization", "summarisation", "tracking", "captioning", "localization", "localisation",
    "generation", "forecasting", "extraction", "synthesis", "completion", "reasoning", "understanding",
    "editing", "prediction", "transcription", "matting", "inpainting", "reconstruction", "identification",
    "verification", "tagging", "grounding", "navigation", "manipulation", "planning", "retrieval",
    "recommendation", "modeling", "modelling", "analysis", "diarization", "separation", "enhancement",
    "restoration", "denoising", "deblurring", "super-resolution", "compression", "control", "discovery",
    "comprehension", "inference", "resolution", "linking", "simplification", "correction", "alignment",
}
#: Heads that are Tasks only with a modifier that names a domain, never alone.
DATASET_CUES = re.compile(r"\b(?:datasets?|benchmarks?|corpus|corpora|suites?|testbeds?|leaderboards?)\b", re.I)
METRIC_HEADS = {"score", "error", "rate", "accuracy", "precision", "recall", "distance", "ratio", "coefficient",
                "divergence", "metric", "latency", "throughput", "perplexity", "f1", "auc", "loss"}
DATASET_HEADS = {"dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "bank", "treebank",
                 "suite", "collection", "database", "challenge"}

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-+./']*[A-Za-z0-9+]|[A-Za-z0-9]")
# a name-like token: inner capital (DDRNet, GiMeFive), all caps (DCAM), or letters with digits (GPT-4)
_NAMEISH = re.compile(
    r"(?<![\w-])("
    r"(?:[A-Z]{1,}[a-z0-9]*[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][A-Za-z]*\d[A-Za-z0-9]*|[A-Z]{2,}s?)"
    r"(?:[-.][A-Za-z0-9]+)*\+{0,2}"
    r")(?:\s(?:\d+(?:\.\d+)?[BMK]\b|v\d+(?:\.\d+)?\b|\d{1,2}(?:\.\d)?(?=\s\d+(?:\.\d+)?[BMK]\b)))*(?![\w-])"
)
#: Shapes that look like names but are hardware, document parts or units.
_NOT_A_NAME = re.compile(
    r"^(?:[VAHTPKL]\d{2,3}s?|(?:RTX|GTX)\d*|TPUv\d+|(?:Section|Sec|Figure|Fig|Table|Tab|Eq|Appendix|Alg)\.?\d.*|"
    r"\d+[KMBGT]B?s?|[A-Z]\d{0,1})$"
)
_SIZE_SUFFIX = re.compile(r"(?:\s(?:\d+(?:\.\d+)?[BMK]|v\d+(?:\.\d+)?|\d{1,2}(?:\.\d)?))+(?![\w-])")
_SENT = re.compile(r"[^.!?]+(?:[.!?](?!\d)|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by a light regex (no model): split at . ! ? followed by space and a capital."""
    out = []
    start = 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'])|\s*\n\s*", text):
        out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _nameish_matches(text: str, starts: list[int] | None):
    if starts is None:
        yield from _NAMEISH.finditer(text)
        return
    end = -1
    for pos in starts:
        if pos < end:
            continue
        m = _NAMEISH.match(text, pos)
        if m:
            end = m.end()
            yield m


def name_candidates(text: str, starts: list[int] | None = None) -> list[Candidate]:
    """Name-like tokens (CamelCase, ALL CAPS, letters with digits, with version/size suffixes:
    "DDRNet-23", "GPT-4", "Llama 2 7B") as Methods; with a dataset cue right after, as Datasets.

    ``starts`` (optional) are the only character offsets where a name may begin (the component passes
    the tokens that are neither lower-case nor plain capitalised words), which saves scanning the text.
    """
    out = []
    for m in _nameish_matches(text, starts):
        name = m.group(0)
        core = m.group(1)
        if core in NOT_NAMES or core.rstrip("s") in NOT_NAMES or len(core) < 2 or _NOT_A_NAME.match(core):
            continue
        parts = re.split(r"[-.]", core)
        if len(parts) == 2 and parts[0] == parts[1]:
            continue  # "GPU-GPU", "GCD-GCD": a pairing, not a name
        if re.fullmatch(r"[A-Z]\d*|\d+[A-Za-z]?|[A-Z]{2,}\d*-\d+", core) and not re.search(r"[a-z]", core):
            # "T5" is a name but "H100"-like hardware and "A-1" codes are too noisy without lexicon support
            if not re.fullmatch(r"[A-Z]{2,}\d*(?:-\d+)?", core):
                continue
        after = text[m.end(): m.end() + 24].lower()
        etype = T.DATASET if re.match(r"\s+(?:dataset|benchmark|corpus|suite|test set)\b", after) else T.METHOD
        out.append(Candidate(m.start(), m.end(), etype, PRI_NAME, "name"))
    return out


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, lo, hi)]


def head_phrases(text: str, heads: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """Lower-case technique and task phrases ending in a head word, with 1-3 content modifiers:
    "contrastive learning", "knowledge distillation" (Method), "semantic segmentation" (Task).

    ``heads`` are the character spans of head words (the component finds them with a PhraseMatcher);
    without them a regex finds them. Only those few places are examined, looking back at most three words.
    """
    out = []
    if heads is None:
        heads = [m.span() for m in _TOKEN.finditer(text) if m.group(0).lower() in (METHOD_HEADS | TASK_HEADS) - WEAK_HEADS]
    for s, e in heads:
        w = text[s:e]
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "-") or (e < len(text) and (text[e].isalnum() or text[e] == "-")):
            continue
        lw = w.lower()
        words = _words(text, max(0, s - 80), s)
        if w[0].isupper() and words and not words[-1][2][0].isupper():
            continue  # "... Learning" inside a title-cased name is handled by other rules
        nxt = s
        j = len(words)
        while j > 0 and len(words) - j < 3:
            ps, pe, pw = words[j - 1]
            if text[pe:nxt] not in (" ", "-"):
                break
            lp = pw.lower()
            if lp in BAD_MODIFIERS or lp in NON_MODIFIERS or lp.isdigit() or (lp.endswith("ly") and lp not in {"early", "family"}):
                break
            last = lp.rsplit("-", 1)[-1]
            if last.endswith("ed") and lp not in ED_OK and last not in ED_OK and "-" not in lp:
                break
            if last.endswith("ing") and lp not in ING_OK and last not in ING_OK and "-" not in lp:
                break
            if not re.fullmatch(r"[A-Za-z][a-z0-9\-]+|[A-Z]{2,}", pw):
                break
            nxt = ps
            j -= 1
        if j == len(words):
            continue
        start = words[j][0]
        if e - start < 6:
            continue
        etype = T.TASK if lw in TASK_HEADS else T.METHOD
        out.append(Candidate(start, e, etype, PRI_HEAD, "head"))
    return out


def type_of_long_form(long_form: str) -> T:
    """The type an acronym's long form names, from its head word."""
    words = re.findall(r"[A-Za-z0-9]+", long_form.lower())
    head = words[-1] if words else ""
    if head in DATASET_HEADS:
        return T.DATASET
    if head in METRIC_HEADS:
        return T.METRIC
    if head in TASK_HEADS and head not in {"generation", "inference", "alignment", "compression", "retrieval"}:
        return T.TASK
    return T.METHOD


_PROPOSE_VERB = re.compile(
    r"\b(?:propose|introduce|present|develop|design|devise|build|construct|contribute|release|create|curate|"
    r"collect|offer|put forward|formulate)[sd]?\b",
    re.I,
)
_PROPOSE_SUBJECT = re.compile(
    r"(?:\b(?:we|this (?:paper|work|study))\s+(?:first\s+|further\s+|then\s+|also\s+)?"
    r"|\bwe\b[^.;]{0,150}\band\s+(?:then\s+|also\s+)?)$",
    re.I,
)
_NAMED = re.compile(
    r"\b(?:(?:named|called|dubbed|termed|coined|denoted|known)(?:\s+as)?|referred to as)\s+[\"'“]?", re.I
)


def proposal_windows(text: str, sents: list[tuple[int, int]] | None = None) -> list[tuple[int, int, int]]:
    """``(start, end, strength)`` windows where the paper introduces something: after "we propose" (to the
    end of the sentence, strength 1) and right after "named/called/dubbed" (a few words, strength 2)."""
    sents = sents if sents is not None else sentences(text)
    out = []
    for m in _PROPOSE_VERB.finditer(text):
        if not _PROPOSE_SUBJECT.search(text, max(0, m.start() - 180), m.start()):
            continue
        end = next((e for s, e in sents if s <= m.start() < e), len(text))
        out.append((m.end(), end, 1))
    for m in _NAMED.finditer(text):
        out.append((m.end(), min(len(text), m.end() + 60), 2))
    return out


_NUMBER = re.compile(
    r"(?<![\w.])([-+]?\d+(?:[.,]\d+)?\s?(?:%|x|×|fps|FPS|ms|s|M|B|K|G|points?|pp)?)(?![\w])"
)


def numbers(text: str) -> list[tuple[int, int, str]]:
    """Numeric values as written ("80.4%", "101 FPS", "2.5x"); years and reference numbers left out."""
    out = []
    for m in _NUMBER.finditer(text):
        v = m.group(1).strip()
        if re.fullmatch(r"(?:19|20)\d\d", v):
            continue
        out.append((m.start(1), m.start(1) + len(v), v))
    return out
