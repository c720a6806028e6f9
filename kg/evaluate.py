"""``kg eval``: extract a corpus and score it against a gold file (the annotation guidelines' rules).

Scoring, per paper and per type, with one-to-one greedy matching of distinct entities (an entity's names
are its text, canonical name and aliases):

- strict: two entities match when any of their names are equal after normalisation (case, hyphens and
  slashes as spaces, punctuation dropped, a leading article, a trailing "dataset"/"benchmark"/"model"-like
  word removed);
- relaxed: also when one normalised name contains the other as whole words (both at least 3 characters)
  or their similarity ratio is at least 0.9.

Micro precision / recall / F1 over all papers; repos compared as normalised URLs; ``proposed`` names with
relaxed matching.
"""
from __future__ import annotations

import json
import os
import re
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Iterable

from kg.errors import InputError

TYPES = ("Method", "Dataset", "Metric", "Task")
_TRAIL = re.compile(r"\s+(dataset|datasets|benchmark|benchmarks|corpus|model|models|method|framework|metric|score)$")


def normalise(s: str | None) -> str:
    s = (s or "").lower().strip()
    s = re.sub(r"[\u2010-\u2015_\-/]+", " ", s)
    s = re.sub(r"[^\w\s.+#%]", "", s)
    s = re.sub(r"\s+", " ", s).strip(" .")
    s = re.sub(r"^(the|a|an) ", "", s)
    return _TRAIL.sub("", s)


def _names(ent: dict[str, Any]) -> frozenset[str]:
    out = {normalise(ent.get("text")), normalise(ent.get("canonical"))}
    out.update(normalise(a) for a in ent.get("aliases") or [])
    out.discard("")
    return frozenset(out)


def _distinct(ents: Iterable[dict[str, Any]]) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    for e in ents:
        n = _names(e)
        if n and not any(n & o for o in out):
            out.append(n)
    return out


def _whole_word_in(a: str, b: str) -> bool:
    return re.search(r"(^|\s)" + re.escape(b) + r"($|\s)", a) is not None


def _relaxed(ga: frozenset[str], pa: frozenset[str]) -> bool:
    for g in ga:
        for p in pa:
            if g == p:
                return True
            if len(g) >= 3 and len(p) >= 3 and (_whole_word_in(g, p) or _whole_word_in(p, g)):
                return True
            if SequenceMatcher(None, g, p).ratio() >= 0.9:
                return True
    return False


def _greedy(gold: list[frozenset[str]], pred: list[frozenset[str]], relaxed: bool) -> tuple[int, set[int]]:
    used: set[int] = set()
    hits = 0
    for ga in gold:
        for j, pa in enumerate(pred):
            if j not in used and (_relaxed(ga, pa) if relaxed else bool(ga & pa)):
                used.add(j)
                hits += 1
                break
    return hits, used


def _url(u: str) -> str:
    u = u.strip().rstrip(".,;:)]}").lower()
    u = re.sub(r"^https?://(www\.)?", "", u)
    return re.sub(r"(\.git)?/?$", "", u)


def _prf(tp: int, npred: int, ngold: int) -> dict[str, float | int]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "pred": npred, "gold": ngold}


def _title_key(t: str | None) -> str:
    return re.sub(r"\W+", "", (t or "").lower())


def score(gold_rows: list[dict], pred_rows: list[dict], show_errors: int = 0) -> tuple[dict[str, Any], list]:
    """Scores of ``pred_rows`` against ``gold_rows`` (papers matched by id, else by title)."""
    by_id = {r.get("id"): r for r in pred_rows if r.get("id")}
    by_title = {_title_key(r.get("title")): r for r in pred_rows}
    counts = {m: {t: [0, 0, 0] for t in (*TYPES, "ALL")} for m in ("strict", "relaxed")}
    repo = [0, 0, 0]
    prop = [0, 0, 0]
    res: list[Any] = [0, 0, 0, 0, {"metric": [0, 0], "dataset": [0, 0], "method": [0, 0]}]
    missing = 0
    errors = []
    for g in gold_rows:
        p = by_id.get(g.get("id")) or by_title.get(_title_key(g.get("title")))
        if p is None:
            missing += 1
            p = {}
        for t in TYPES:
            ge = _distinct(e for e in g.get("entities", []) if e.get("type") == t)
            pe = _distinct(e for e in p.get("entities", []) if e.get("type") == t)
            for mode in ("strict", "relaxed"):
                hits, used = _greedy(ge, pe, mode == "relaxed")
                for key in (t, "ALL"):
                    c = counts[mode][key]
                    c[0] += hits
                    c[1] += len(pe)
                    c[2] += len(ge)
                if mode == "relaxed" and show_errors:
                    fp = [sorted(x)[0] for j, x in enumerate(pe) if j not in used]
                    fn = [sorted(x)[0] for x in ge if not any(_relaxed(x, y) for y in pe)]
                    if fp or fn:
                        errors.append((g.get("title", "")[:60], t, sorted(fn), fp))
        gr = {_url(u) for u in g.get("repos", [])}
        pr = {_url(u) for u in p.get("repos", [])}
        repo[0] += len(gr & pr)
        repo[1] += len(pr)
        repo[2] += len(gr)
        gp = [frozenset({normalise(x)}) for x in g.get("proposed", [])]
        pp = [frozenset({normalise(x)}) for x in p.get("proposed", [])]
        hits, _ = _greedy(gp, pp, True)
        prop[0] += hits
        prop[1] += len(pp)
        prop[2] += len(gp)
        _score_results(g.get("results") or [], p.get("results") or [], res)
    result = {
        "papers": len(gold_rows),
        "papers_missing_in_pred": missing,
        "strict": {k: _prf(*v) for k, v in counts["strict"].items()},
        "relaxed": {k: _prf(*v) for k, v in counts["relaxed"].items()},
        "repos": _prf(*repo),
        "proposed_relaxed": _prf(*prop),
        "results": _results_figures(res),
    }
    return result, errors[:show_errors]


def _first_number(v: Any) -> str | None:
    m = re.search(r"\d+(?:\.\d+)?", str(v or ""))
    return m.group(0) if m else None


def _part_agrees(g: str | None, p: str | None) -> bool:
    g, p = normalise(g), normalise(p)
    return bool(g) and bool(p) and (g == p or _whole_word_in(g, p) or _whole_word_in(p, g))


def _score_results(gold: list[dict], pred: list[dict], acc: list[Any]) -> None:
    """One paper's stated results: a prediction matches a gold result with the same first number (one to one,
    any kind); among matches, each part the gold names (metric, dataset, method) agrees when one normalised
    name contains the other; a tuple is right when every named part agrees. ``acc``: [tp, pred, gold,
    tuples right, {part: [agree, scored]}]."""
    used: set[int] = set()
    acc[1] += len(pred)
    acc[2] += len(gold)
    for r in gold:
        j = next((i for i, p in enumerate(pred) if i not in used
                  and _first_number(p.get("value")) == _first_number(r.get("value"))), None)
        if j is None:
            continue
        used.add(j)
        acc[0] += 1
        ok = True
        for part, (agree, scored) in acc[4].items():
            if r.get(part):
                good = _part_agrees(r[part], pred[j].get(part))
                acc[4][part] = [agree + good, scored + 1]
                ok = ok and good
        acc[3] += ok


def _results_figures(res: list[Any]) -> dict[str, Any]:
    return {**_prf(*res[:3]), **{f"{k}_agree": round(a / n, 3) if n else None for k, (a, n) in res[4].items()},
            "tuple": round(res[3] / res[2], 3) if res[2] else None}


def format_scores(result: dict[str, Any], errors: list) -> str:
    lines = [f"papers {result['papers']} (missing in prediction: {result['papers_missing_in_pred']})"]
    lines.append(f"{'':8s} " + " ".join(f"{t:>20s}" for t in (*TYPES, "ALL")))
    for mode in ("strict", "relaxed"):
        cells = [f"P {v['p']:.2f} R {v['r']:.2f} F1 {v['f1']:.2f}" for v in result[mode].values()]
        lines.append(f"{mode:8s} " + " ".join(f"{c:>20s}" for c in cells))
    for k in ("repos", "proposed_relaxed"):
        v = result[k]
        lines.append(f"{k}: P {v['p']:.2f} R {v['r']:.2f} F1 {v['f1']:.2f}")
    v = result.get("results")
    if v and v["gold"]:
        agree = " ".join(f"{k} {v[f'{k}_agree']}" for k in ("metric", "dataset", "method"))
        lines.append(f"results (by value): P {v['p']:.2f} R {v['r']:.2f} F1 {v['f1']:.2f}  agree: {agree}"
                     f"  tuple {v['tuple']}")
    for title, t, fn, fp in errors:
        lines.append(f"- {title} [{t}] missed={fn} spurious={fp}")
    return "\n".join(lines)


def _load_jsonl(path: str | os.PathLike) -> list[dict]:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    rows = []
    with open(p, encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{p}:{no}: not JSON ({exc.msg})") from exc
    if not rows:
        raise InputError(f"{p}: no gold records")
    return rows


def run_eval(gold_path: str | os.PathLike, input_paths: list[str | os.PathLike], show_errors: int = 0,
             nlp=None) -> tuple[str, dict[str, Any]]:
    """Extract the papers of ``input_paths`` and score them against ``gold_path``."""
    from kg.extract import extract_papers  # noqa: PLC0415
    from kg.read import iter_papers  # noqa: PLC0415

    gold = _load_jsonl(gold_path)
    pred = [ex.to_json() for ex in extract_papers(iter_papers(input_paths), nlp=nlp)]
    result, errors = score(gold, pred, show_errors)
    return format_scores(result, errors), result
