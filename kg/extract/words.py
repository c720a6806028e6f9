"""The word lists kg's extraction rules read, in one place (tables shipped as data stay in ``kg/data/lexicons``).

Grouped by what they say about a word: what makes or breaks a name (:data:`NOT_NAMES`, :data:`BAD_MODIFIERS`,
:data:`EVALUATIVE`, ...), the heads of technique, task, metric and data-set phrases (:data:`METHOD_HEADS`,
:data:`TASK_HEADS`, ...), the cue words one PhraseMatcher finds in each doc (:data:`CUE_WORDS`), the
context rules' words (:data:`TITLE_TASK_HEADS`, :data:`LIST_NOUNS`, :data:`VAGUE_METRICS`, ...) and the entity
finder's (:data:`GENERIC_NAMES`, :data:`KIND_AFTER_ACRONYM`), and the data words as a pattern (:data:`DATASET_CUES`).
Small private stop sets that serve one rule stay beside it.
"""
from __future__ import annotations

import re

from kg.vocab import EntityType as T

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
    "why", "who", "whom", "do", "does", "did",  # (the rest of the question words and auxiliaries: "Why Attention?")
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
#: Words that praise a technique or grade how well something is done ("efficient", "accurate", "unified").
PRAISE = frozenset({"efficient", "effective", "improved", "fast", "comprehensive", "scalable", "unified", "accurate",
                    "practical", "generalizable", "reliable", "lightweight"})
#: Evaluative adjectives: they grade what follows ("considerable attention", "a healthy margin", "significant
#: gains") and never belong to a name (GUIDELINES.md: generic and evaluative phrases are no entities).
EVALUATIVE = {
    "considerable", "significant", "substantial", "notable", "noticeable", "appreciable", "healthy", "dramatic",
    "marked", "slight", "modest", "marginal", "tremendous", "enormous", "vast", "massive", "satisfactory",
    "favorable", "favourable", "encouraging", "compelling", "outstanding", "excellent", "superb", "solid",
    "decent", "reasonable", "acceptable", "sizable", "sizeable", "great", "greater", "growing", "increasing",
    "unprecedented", "exceptional", "extraordinary", "noteworthy", "clear", "consistent", "drastic", "huge",
    "widespread", "best", "worst", "top", "fastest", "highest", "lowest", "largest", "smallest", "greatest",
    "strongest", "slowest", "leading",
}
BAD_MODIFIERS |= EVALUATIVE
#: Words that may stand between "a"/"our" and a paper's own technique: "a novel", "a simple yet effective".
DESCRIBING_WORDS = frozenset({
    "acceptable", "accurate", "additional", "advanced", "and", "appreciable", "best", "better", "big", "certain",
    "challenging", "clear", "compelling", "competitive", "complex", "comprehensive", "considerable", "consistent",
    "corresponding", "critical", "crucial", "decent", "deep", "different", "difficult", "direct", "downstream",
    "dramatic", "drastic", "effective", "efficient", "encouraging", "enhanced", "enormous", "entire", "excellent",
    "exceptional", "explicit", "extensive", "extraordinary", "fast", "faster", "fastest", "favorable",
    "favourable", "final", "flexible", "full", "further", "general", "generic", "global", "good", "great",
    "greater", "greatest", "growing", "healthy", "high", "higher", "highest", "highly", "huge", "implicit",
    "important", "impressive", "improved", "increasing", "individual", "initial", "joint", "key", "large",
    "largest", "leading", "less", "lightweight", "local", "low", "lower", "lowest", "main", "major", "marginal",
    "marked", "massive", "modest", "more", "most", "multiple", "neural", "new", "notable", "noteworthy",
    "noticeable", "novel", "open", "outstanding", "overall", "particular", "possible", "potential", "powerful",
    "promising", "proposed", "real", "reasonable", "relevant", "remarkable", "respective", "robust",
    "satisfactory", "scalable", "shallow", "significant", "significantly", "simple", "single", "sizable",
    "sizeable", "slight", "slowest", "small", "smallest", "solid", "sota", "specific", "strong", "strongest",
    "substantial", "successful", "superb", "superior", "top", "tremendous", "true", "underexplored", "underlying",
    "unified", "universal", "unprecedented", "upstream", "various", "vast", "very", "whole", "widespread",
    "worst", "yet",
})
#: Words of the field itself: with only these before a kind of thing ("learning algorithm", "neural model")
#: a phrase names no particular technique (GUIDELINES.md: "deep models", "neural networks").
FIELD_WORDS = {"learning", "neural", "machine", "deep", "statistical", "computational", "learning-based",
               "data-driven", "ml", "ai", "dl", "nn"}
KIND_HEADS = {"algorithm", "algorithms", "network", "networks", "model", "models", "architecture", "architectures",
              "system", "systems", "framework", "frameworks", "method", "methods", "approach", "approaches",
              "technique", "techniques", "machine", "machines", "classifier", "classifiers"}
#: A kind of thing or a word of the field: after a word of the field, either keeps the two one name ("neural network",
#: "deep learning"), no approach word before a task ("neural network compression" is done to the network).
KIND_OR_FIELD = frozenset(KIND_HEADS | FIELD_WORDS)

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
    "unlike", "earlier", "later", "besides", "despite", "beyond", "whereas", "until", "unless", "upon", "whilst",
    "us", "them", "allowing", "enabling", "making", "leading", "resulting", "giving", "up", "down", "out", "off",
    "often", "usually", "always", "never", "still", "just", "generally", "typically", "rarely", "seldom",
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
    "pooling", "normalization", "loss", "optimization", "optimizer", "module", "algorithm",
    "algorithms", "autoencoder", "autoencoders", "convolution", "convolutions", "descent", "search", "prompting",
    "labeling", "labelling", "supervision", "initialization", "dropout", "architecture",
    "aggregation", "fusion", "masking", "matching", "alignment", "routing", "retrieval", "estimator",
    "classifier", "classifiers", "regression", "clustering", "gating", "sparsification", "compression",
    "interpolation", "inference", "training", "propagation", "filtering", "bootstrapping", "ensembling",
    "ensemble", "calibration", "adaptation", "tokenization", "tokenizer", "perceptron", "machine", "machines",
    "forest", "kernel", "kernels", "process", "processes", "field", "fields", "model",
}
#: The head words of a technique or of a kind of model ("... Attention", "... Sampling", "... Network").
TECHNIQUE_HEADS = frozenset(METHOD_HEADS | KIND_HEADS)
#: Heads naming a part of a system; with only role or modality words before them they name no method.
ROLE_HEADS = {"network", "networks", "encoder", "encoders", "decoder", "decoders", "embedding", "embeddings",
              "architecture", "module", "model", "classifier", "classifiers", "estimator", "tokenizer"}
ROLE_MODIFIERS = {
    "teacher", "student", "prediction", "vision", "visual", "language", "text", "textual", "image", "video", "audio",
    "speech", "hybrid", "own", "layer", "shared", "independent", "longer", "dense", "passage", "public", "output",
    "input", "target", "source", "query", "document", "sentence", "word-level", "online", "offline", "global",
    "local", "auxiliary", "separate", "unified", "single", "multimodal", "multi-modal", "cross-modal", "modality",
    "modality-specific", "task-specific", "domain-specific", "pre-trained", "pretrained", "frozen", "trainable",
    "lightweight", "light-weight", "encoder", "decoder", "feature", "features", "graph", "node", "edge", "user",
    "item", "unsupervised", "supervised", "backbone", "sentence-level", "token-level", "patch", "pixel",
}
#: Nouns of computing hardware and software products ("a QX7 GPU", "the Foo toolkit", "a Quux web service"): no
#: technique either, but they often modify the noun after them ("GPU memory", "library functions"), so a name before
#: one of them is a product's only when the noun ends the noun phrase (:func:`kg.extract.entityhood.not_devices`).
PRODUCT_HEADS = frozenset({
    "gpu", "gpus", "cpu", "cpus", "tpu", "tpus", "chip", "chips", "card", "cards", "hardware", "console", "consoles",
    "platform", "platforms", "library", "libraries", "toolkit", "toolkits", "toolbox", "toolboxes", "service",
})
#: Nouns that name a device or a body of people: an instrument or a machine ("scanner", "sensors", "camera",
#: "vehicles", :data:`PRODUCT_HEADS`), an organisation or a place people work in ("university", "lab", "centre",
#: "hospital"). A name they head, or that right before one of them ("the Quux (QX) Lab", "Time-of-Flight (ToF)
#: cameras"), is no technique.
DEVICE_ORG_HEADS = frozenset({
    "scanner", "scanners", "processor", "processors", "sensor", "sensors", "camera", "cameras", "device", "devices",
    "vehicle", "vehicles", "robot", "robots", "university", "universities", "institute", "institutes", "laboratory",
    "laboratories", "lab", "labs", "center", "centre", "centers", "centres", "hospital", "hospitals", "agency",
    "organization", "organisation", "association", "foundation", "consortium", "company", "companies", "department",
}) | PRODUCT_HEADS
#: Heads of long forms that name none of our types: imaging modalities, instruments, organisations; a
#: viewpoint ("bird's-eye view (BEV)", "first-person view (FPV)"), kinds of data ("magnetic resonance images
#: (MRI)", "electronic health records (EHR)"), a corruption ("additive white Gaussian noise (AWGN)"), a
#: region ("region of interest (ROI)"), a service ("short message services (SMS)") or a body of knowledge of a
#: science ("density functional theory (DFT)": a theory, no technique), things (:data:`OBJECT_HEADS`). Not a contest: a data set is often named after
#: one ("a new data set, compiled from the Quux Planning Competitions (QPC)"). On the arXiv build, every
#: long form with one of these heads but two ("persistence image", "label noise" settings) names none of them.
NOT_ENTITY_HEADS = {"imaging", "tomography", "microscopy", "spectroscopy", "radiography", "ultrasound", "angiography",
                    "conference", "workshop", "symposium", "view", "views", "images", "record", "records",
                    "noise", "interest", "interests", "services", "theory", "theories"} | DEVICE_ORG_HEADS
#: Heads of long forms that name a thing, living cells or a device ("white blood cells (WBCs)", "Panoramic Annular
#: Lens (PAL)", "Analog-to-Digital Converters (ADC)", "voice assistants (VAs)"), unless a technique's words come before
#: them ("gated recurrent cells", "Neural Style Converters": :func:`kg.extract.acronym_sources.names_no_entity`); in
#: the long form's own head position only, never as the word after an acronym or a name ("through the NTK lens", "a
#: RAG assistant"). "cells" in the plural only: a "cell" is as often a network's recurrent part.
OBJECT_HEADS = frozenset({"cells", "lens", "lenses", "converter", "converters", "assistant", "assistants"})
NOT_ENTITY_HEADS |= OBJECT_HEADS
#: Heads of long forms that name a store of facts or a structure data is kept in ("knowledge graph (KG)", "knowledge
#: bases (KBs)", "directed acyclic graphs (DAGs)"): what a method builds, queries or reasons over, no technique
#: itself; a name only where the paper coins it (GUIDELINES.md: a Method is a technique, a Dataset a named data set).
RESOURCE_HEADS = frozenset({"graph", "graphs", "base", "bases", "ontology", "ontologies"})
#: Heads of long forms that name annotation, what a method is trained or measured against ("ground truth (GT)",
#: "manual annotations"): data, no technique (GUIDELINES.md).
ANNOTATION_HEADS = frozenset({"truth", "truths", "annotation", "annotations"})
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
#: Endings of nouns that name a process or problem ("classification", "diarization", "analysis").
TASK_NOUN_ENDS = ("tion", "sion", "ysis", "ment", "ing")
#: A participle's shape ("supervised", "Guided", "DeCompressed"), not "-eed" ("speed") and not a stem of two letters.
PARTICIPLE_SHAPE = re.compile(r"[a-z]{3,}(?<!e)ed")
#: The head words a technique's or task's name ends on ("Aggregation", "Attention", "Segmentation", "Network"): a
#: conjunct ending on one is a phrase of its own (:mod:`kg.extract.coordinated`, :mod:`kg.extract.title_case`).
NAME_HEADS = frozenset(METHOD_HEADS | TASK_HEADS | KIND_HEADS)
#: Rules that guess a technique from a phrase around a head word ("a real-time approach", "dropout and noise").
GUESS_RULES = frozenset({"head", "object", "list"})
#: The rules that read a Task off a title: its "for X" or first noun phrase, and its lead phrase before its means.
TITLE_TASK_RULES = frozenset({"title-task", "title-lead"})
#: Rules that guess a Task from a phrase's head or place (a lexicon name or an acronym's long form is no guess): the
#: task a lexicon name grown over a word before it replaces (:mod:`kg.extract.task_grow`,
#: :mod:`kg.extract.task_title_runs`).
TASK_GUESS_RULES = frozenset(TITLE_TASK_RULES | GUESS_RULES | {"titlecase", "task-context"})
#: The particle closing a compound of direction ("top-down", "bottom-up"): it says how a thing works, a manner.
DIRECTIONS = ("down", "up")
METRIC_HEADS = {"score", "error", "rate", "accuracy", "precision", "recall", "distance", "ratio", "coefficient",
                "divergence", "metric", "latency", "throughput", "perplexity", "f1", "auc", "loss"}
DATASET_HEADS = {"dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "bank", "treebank",
                 "suite", "collection", "database", "challenge"}
#: Heads of a collection of data: a phrase so headed is data, whatever it is made of ("an evaluation set", "the
#: Amazon3M data"; :mod:`kg.extract.context.objects`, :mod:`kg.graph.homonyms`).
DATA_HEADS = frozenset(DATASET_HEADS | {"data", "set", "sets", "split", "splits"})
#: The words for data a regex alternates (a proposal that is data, :mod:`kg.extract.results.data_proposals`; a code link
#: a sentence calls data's, :mod:`kg.extract.results.code_name`): "data set", "datasets", "corpus", "benchmark" ...
DATA_WORDS = r"data ?sets?|corpus|corpora|benchmarks?|databases?"

#: Words that make a phrase an evaluation measure (a generated Metric entry needs one, or an acronym shape).
METRIC_WORDS = {
    "accuracy", "acc", "score", "scores", "error", "errors", "rate", "rates", "precision", "recall", "f1", "f-score",
    "f-measure", "auc", "roc", "loss", "distance", "ratio", "coefficient", "correlation", "divergence", "similarity",
    "agreement", "perplexity", "likelihood", "latency", "throughput", "time", "speed", "speedup", "memory", "flops",
    "parameters", "params", "bleu", "rouge", "meteor", "cider", "spice", "iou", "map", "ap", "mae", "mse", "rmse",
    "psnr", "ssim", "fid", "overlap", "index", "measure", "metric", "gain", "reward", "return", "returns", "success",
    "hit", "hits", "ndcg", "mrr", "rank", "entropy", "count", "cost", "energy", "size", "deviation", "variance",
    "fidelity", "quality", "consistency", "coverage", "percentage", "fraction", "number", "mean", "average",
    "median", "jaccard", "dice", "kappa", "tau", "rho", "auroc", "auprc", "eer", "wer", "cer", "ter", "sdr", "snr",
    "pesq", "stoi", "mos", "fps", "gflops", "macs", "runtime", "utilization", "efficiency", "calibration",
    "diversity", "novelty", "win", "elo", "exact", "match", "hamming", "spearman", "pearson", "kendall", "margin",
    "gap", "regret", "footprint", "sparsity", "bits", "bpc", "bpd",
}


#: The kinds of data a task runs on ("image", "video", "text", "speech"): "Image and [Text Recognition]" is a task on
#: each (:mod:`kg.extract.task_bounds`); before a broad process alone they name an area of work, no problem
#: (:func:`kg.extract.context.areas.umbrella_area`: "Video Modeling").
MODALITIES = frozenset({"image", "images", "video", "videos", "text", "texts", "speech", "audio", "language", "vision"})
#: The adjectives of those kinds of data, and of several at once ("visual", "multimodal").
MODAL_ADJECTIVES = frozenset({"visual", "textual", "multimodal", "multi-modal", "cross-modal"})
#: Kinds of data most tasks take by default: a task written with one of them ("image semantic segmentation",
#: "visual object detection", "text sentiment analysis") is the task itself, so no task name grows over them.
DEFAULT_INPUTS = frozenset({"image", "images", "text", "texts", "language", "vision", "visual", "textual"})
#: Nouns naming a made or collected thing: a task phrase right before one is its modifier
#: ("segmentation layer", "tagging framework", "tracking benchmarks"), not a task.
THING_NOUNS = frozenset((KIND_HEADS | DATASET_HEADS | {
    "layer", "layers", "module", "modules", "head", "heads", "branch", "branches", "component", "components",
    "block", "blocks", "mechanism", "mechanisms", "pipeline", "pipelines", "loss", "losses", "scheme", "schemes",
    "predictions", "unit", "units", "sub-network", "subnetwork", "sub-networks", "subnetworks", "strategy", "strategies", "toolkit", "library", "stage", "step", "theory", "theories"})
    - {"challenge"})


def inflect(*verbs: str) -> list[str]:
    """Each verb with its -s and -ed forms: ``inflect("propose")`` -> ``["propose", "proposes", "proposed"]``."""
    out = []
    for v in verbs:
        out.append(v)
        out.append(v + "s")
        out.append(v + "d" if v.endswith("e") else v + "ed")
    return out


#: Cue words found by one PhraseMatcher (on LOWER) in each doc; the rules look only at these places.
#: A regex alternation scanned over every abstract costs about as much as tokenizing it.
CUE_WORDS: dict[str, list[str]] = {
    "PROPOSE": inflect("propose", "introduce", "present", "develop", "design", "devise", "construct", "contribute",
                        "release", "create", "curate", "collect", "offer", "formulate", "build")
    + ["built", "put forward", "puts forward"],
    "NAMED": ["named", "called", "dubbed", "termed", "coined", "denoted", "known as", "referred to as", "named as",
              "termed as", "called as", "denoted as", "coined as", "dubbed as", "dub as", "we call", "we name",
              "we dub", "we term", "naming", "calling"],
    "DATA_NOUN": ["dataset", "datasets", "benchmark", "benchmarks", "corpus", "test set", "challenge"],
    "TASK_NOUN": ["task", "tasks", "problem", "problems"],
    "SUCH_AS": ["such as", "including", "like", "e.g.", "e.g.,", "namely", "("],
    "MEASURE": ["accuracy", "error", "errors", "sparsity", "agreement", "diversity", "speed",
                "latency", "throughput", "perplexity", "precision", "recall", "runtime", "fidelity"],
    "CHANGE": inflect("reduce", "improve", "increase", "decrease", "lower", "boost", "raise", "enhance", "shrink")
    + ["reducing", "improving", "increasing", "decreasing", "lowering", "boosting", "raising", "enhancing",
       "shrinking", "cut", "cuts", "cutting"],
}


# --- the context rules' words (kg.extract.context) ------------------------------------------------

#: Heads of task phrases named in a title after "for" ("... for Sequence Labeling").
TITLE_TASK_HEADS = TASK_HEADS | {
    "generation", "modeling", "modelling", "labeling", "labelling", "training", "embedding", "embeddings", "ranking",
    "understanding", "reasoning", "editing", "completion", "prediction", "extraction", "synthesis", "adaptation",
    "acceleration", "decomposition", "transcription", "selection", "learning", "forecasting", "search", "retrieval",
    "perception", "construction", "modelling",
}
#: Task heads only a title gives (the rest also head technique phrases), and all task heads a title may end in.
TITLE_ONLY_TASK_HEADS = frozenset(TITLE_TASK_HEADS - METHOD_HEADS)
TITLE_TASK_HEADS_ALL = frozenset(TASK_HEADS | TITLE_ONLY_TASK_HEADS)
#: The prepositions of means: in a title, what stands before them is what the paper works on or does, what follows
#: is how ("Glyph Regression via Trees", "... with Triadic Motif Fields").
MEANS_PREPOSITIONS = frozenset(("with", "by", "via", "using", "through"))
#: Words that end a title's noun phrase, and words it cannot start with.
TITLE_NP_STOP = {"for", "with", "via", "in", "on", "using", "through", "from", "by", "of", "to", "at", "without",
                 "beyond", "under", "towards", "toward"}
TITLE_NP_NOT_FIRST = {"a", "an", "the", "on", "are", "is", "do", "does", "can", "how", "what", "why", "when", "where",
                      "towards", "toward", "beyond", "revisiting", "rethinking", "learning", "understanding", "improving",
                      "scaling", "efficient", "effective", "deep", "large", "simple", "fast", "better", "more", "less"}
#: Words that make a title a sentence, not a name: pronouns, auxiliaries and modals, and verbs of a slogan's
#: shape ("You Only Need Adversarial Supervision", "Let's Keep It Simple", "Attention Is All You Need").
TITLE_CLAUSE_WORDS = frozenset({"you", "your", "we", "our", "my", "it", "let's", "is", "are", "was", "were", "be",
                                "been", "do", "does", "did", "can", "could", "should", "would", "will", "must", "need",
                                "needs", "makes", "meets", "matters", "goes", "not"})

#: Plural nouns that type the members of a list that follows them ("benchmarks such as GLUE and SQuAD").
LIST_NOUNS = {
    T.METHOD: {"methods", "models", "approaches", "techniques", "algorithms", "architectures", "baselines",
               "frameworks", "networks", "encoders", "decoders", "llms", "mllms", "modules", "mechanisms",
               "optimizers", "backbones", "transformers", "variants", "strategies", "losses"},
    T.DATASET: {"datasets", "benchmarks", "corpora", "suites", "testbeds", "collections"},
    T.TASK: {"tasks", "problems", "applications"},
    T.METRIC: {"metrics", "measures", "criteria"},
}
#: Metric names that are also everyday words: a metric only where the sentence measures something.
VAGUE_METRICS = {"accuracy", "precision", "recall", "parameters", "latency", "speed", "inference speed",
                 "throughput", "memory usage", "inference time", "training time", "runtime", "error rate",
                 "efficiency", "success rate", "return", "memory footprint", "gpu memory", "model parameters",
                 "number of parameters", "speedup"}
#: "parameters" is a metric only as a cost ("20x fewer parameters"), not as a model's size ("8B parameters").
PARAMETER_NAMES = {"parameters", "params", "model parameters", "number of parameters", "parameter count"}
#: Heads of quantities that are settings, not measures ("a batch size of 16", "a learning rate of 0.1").
SETTING_WORDS = {"size", "sizes", "length", "lengths", "factor", "window", "step", "steps", "dimension", "dimensions",
                 "depth", "width", "budget", "horizon", "temperature", "epochs", "epoch", "layers", "heads",
                 "resolution", "ratio", "weight", "decay", "momentum", "threshold", "order", "total", "range",
                 "team", "group", "set", "series", "variety", "range", "maximum", "minimum", "average", "mix",
                 "collection", "number", "amount", "sample", "subset", "version", "model", "models"}
#: Nouns that say what kind of thing the object is; they end the name ("a token pooling approach").
KIND_NOUNS = {"approach", "approaches", "method", "methods", "strategy", "strategies", "technique", "techniques",
              "module", "modules", "algorithm", "framework", "mechanism", "scheme", "paradigm", "procedure",
              "pipeline", "model", "system", "tool", "recipe", "design", "formulation", "solution"}
#: Head words a name of a method or a model comes before that say what it is or which part of it ("Quokka model",
#: "the Quokka parser", "Quokka generator"): the name's own thing, no longer name (singular, and the plurals of
#: :data:`KIND_HEADS`, :data:`ROLE_HEADS` and :data:`KIND_NOUNS`: its users read a word's singular too; not
#: :data:`METHOD_HEADS`, the technique words a name may end on: "self-supervised pre-training").
OWN_HEADS = frozenset(KIND_HEADS | ROLE_HEADS | KIND_NOUNS | {
    "net", "layer", "block", "unit", "variant", "baseline", "family", "parser", "tagger",
    "solver", "detector", "generator", "discriminator", "predictor", "tracker", "planner", "agent", "policy", "head"})


# --- the entity finder's words (kg.extract.sources, kg.extract.selection) ------------------------------

#: Names too general to be entities of any type (GUIDELINES.md: generic phrases are no entities).
GENERIC_NAMES = {
    "ai", "artificial intelligence", "deep learning", "machine learning", "neural networks", "neural network",
    "deep neural networks", "deep neural network", "computer vision", "natural language processing", "nlp",
    "learning", "training", "inference", "model", "models", "data", "dataset", "benchmark", "data set", "data sets",
    # a kind of thing, not a method one could look up (GUIDELINES: "deep models", "baselines")
    "network architecture", "network architectures", "neural architecture", "neural architectures",
    "model architecture", "model architectures", "deep model", "deep models", "baseline", "baselines",
}
#: The acronyms of the generic names of three words or more ("DNN", "NLP"), plural too: as generic as the names
#: they stand for when a paper writes them bare (shorter ones, "ML", "DM", are ambiguous).
GENERIC_ACRONYMS = frozenset(a + s for a in ("".join(w[0] for w in n.split()).upper() for n in GENERIC_NAMES
                                             if n.count(" ") >= 2) for s in ("", "s"))
#: Kind nouns right after an acronym's parenthesis that type its long form ("the Parsing Covering (PC) metric").
KIND_AFTER_ACRONYM = {"metric": T.METRIC, "measure": T.METRIC, "score": T.METRIC, "dataset": T.DATASET,
                      "benchmark": T.DATASET, "corpus": T.DATASET, "database": T.DATASET, "loss": T.METHOD}
#: The same kind nouns in the plural ("the Quux Dialogue Turns (QDT) datasets", "corpora"): they type a long form only
#: when it is a name of its own (see :func:`kg.extract.long_form_types._kind_after`).
PLURAL_KIND_AFTER_ACRONYM = {("corpora" if w == "corpus" else w + "es" if w.endswith("s") else w + "s"): t
                             for w, t in KIND_AFTER_ACRONYM.items()}


#: Words that may follow a task phrase without its being their modifier: function words, adverbs and
#: conjunctions ("X is ...", "X due to ...", "X etc.", "X nowadays"), and the nouns that call it a task.
AFTER_TASK_OK = frozenset(
    "a an the and or nor but to for of in on with that which who is are was were be been being has have had can "
    "could will would may might should must as from by at into onto over under across where while whereas so than "
    "rather without its their this these those it we our they via using based both either not also such then thus "
    "when whether about due etc between through since within among against along around beyond upon toward towards "
    "very even nowadays still alone itself remains task tasks problem problems subtask subtasks challenge "
    "challenges setting settings".split())


#: After a one-word task, nouns that score it or solve it as a whole ("reasoning benchmarks", "planning accuracy",
#: "clustering methods", "a summarization system"): the task is what they are about, so the word keeps its task sense.
TASK_SCORE_NOUNS = frozenset("benchmark benchmarks dataset datasets data corpus accuracy performance result results "
                             "score scores metric metrics quality efficiency method methods model models system systems "
                             "approach approaches algorithm algorithms technique techniques framework frameworks agent "
                             "agents".split())

#: The commonest function words: a sentence of six words or more with none of them is a figure's or a table's text
#: (:func:`kg.graph.namehood.figure_text`); a list of task phrases stops at one (:mod:`kg.extract.task_roles`).
FUNCTION_WORDS = frozenset("the an of to in and is are we for with on by that this from as our be which was it at "
                           "or can its has have not".split())


def verbish(w: str, verbs: frozenset[str]) -> bool:
    """Whether ``w`` reads as a verb or adverb: a word abstracts mostly use as verbs (``verb_words.txt``), its
    -s/-es/-ies form, or a word in -ed, -ing or -ly."""
    if w in verbs or w.endswith(("ed", "ing", "ly")):
        return True
    return w.endswith("s") and (w[:-1] in verbs or w[:-2] in verbs or (w.endswith("ies") and w[:-3] + "y" in verbs))


def ing_verb(word: str, verbs: frozenset[str]) -> bool:
    """Whether a word is the "-ing" form of one of ``verbs`` ("Visualizing", "Simplifying", "Disentangling").

    >>> ing_verb("Simplifying", frozenset({"simplify"})), ing_verb("Mapping", frozenset({"map"})), ing_verb("Ceiling", frozenset())
    (True, True, False)
    """
    low = word.lower()
    if not low.endswith("ing"):
        return False
    stem = low[:-3]
    return stem in verbs or stem + "e" in verbs or (stem[-1:] == stem[-2:-1] and stem[:-1] in verbs)


#: Words that say a phrase is about data ("... dataset", "... benchmarks").
DATASET_CUES = re.compile(r"\b(?:datasets?|benchmarks?|corpus|corpora|suites?|testbeds?|leaderboards?)\b", re.I)

#: a number word or quantifier that counts things ("three datasets", "several QuokEval languages"); the figure
#: lists and the series linker both read it, each adding what it needs (digits, "some", "all")
COUNT_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|various)"
