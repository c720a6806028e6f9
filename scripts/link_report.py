#!/usr/bin/env python3
"""How much linking merges, the largest clusters for review, and the linker's targets checked.

usage: python scripts/link_report.py INPUT... [--top 20] [--json]
       python scripts/link_report.py INPUT... --save-ids before.json    # each mention's entity, for --compare
       python scripts/link_report.py INPUT... --compare before.json     # what changed since: splits and joins
       python scripts/link_report.py --synthetic 1000000     # linking speed on generated mentions

Reads and extracts the inputs (``kg.read.iter_papers``, ``kg.extract.extract_papers``), links them and
prints the number of nodes before linking (distinct (type, surface text)) and after, the largest
merged clusters, and two checks:

- duplicates: two entities of one type whose names or surface forms are equal up to case,
  hyphenation/spacing or a plural, or where one's name is an acronym the other defines (target: none).
  Acronyms a corpus defines in different ways, or unlike the lexicon, are listed apart: they stay
  split on purpose (each paper's own long form keeps the acronym as an alias);
- version merges: one entity whose surface forms carry different version/size numbers
  ("ResNet-50" with "ResNet-101") (target: none).

``--compare FILE`` compares this linking with one saved by ``--save-ids`` (another version of the linker
on the same inputs): an old entity whose mentions now go to several entities is a split, a new entity
that takes mentions of several old ones a join; new version merges are listed too.

``--synthetic N`` links N generated mentions (names with case, hyphen, plural and typo variants,
numbered versions, acronyms) and prints mentions per second.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.link.checks import duplicate_groups, version_merges  # noqa: E402
from kg.link.resolver import Resolver  # noqa: E402
from kg.models import Extraction, Mention, Paper  # noqa: E402
from kg.vocab import EntityType  # noqa: E402


def check(exs: list[Extraction], top: int = 20) -> dict:
    """Link ``exs`` and measure the linker's targets (see the module docstring)."""
    res = Resolver().plan(exs)
    lk = res.linking(exs)
    st = res.stats
    ents = [e for e in lk.entities.values() if e.type is not EntityType.REPOSITORY]
    merged = sorted(ents, key=lambda e: (-len(e.aliases), e.id))
    clusters = [{"id": e.id, "type": e.type.value, "name": e.name, "papers": len(e.papers),
                 "aliases": sorted(e.aliases)} for e in merged[:top]]
    exempt = [tuple(a.split(":", 1)) for a in st.ambiguous_acronyms + st.majority_acronyms + st.conflicting_acronyms]
    return {
        "papers": len(exs),
        "mentions": st.mentions,
        "nodes_before": st.surface_forms,
        "nodes_after": len(ents),
        "fuzzy_merges": st.fuzzy_merges,
        "variant_merges": st.variant_merges,
        "retyped_nodes": st.retyped_nodes,
        "names_in_two_types": len(st.split_names),
        "acronym_merges": st.acronym_merges,
        "local_acronyms": st.local_acronyms,
        "comparisons": st.comparisons,
        "fuzzy_pairs": [list(p) for p in st.fuzzy_pairs],
        "largest_clusters": clusters,
        "ambiguous_acronyms": sorted(st.ambiguous_acronyms),
        "majority_acronyms": sorted(st.majority_acronyms),
        "conflicting_acronyms": sorted(st.conflicting_acronyms),
        "duplicate_groups": [list(d) for d in duplicate_groups(ents, exempt)],
        "version_merges": [{"id": e.id, "forms": sorted(e.aliases | {e.name})} for e in version_merges(ents)],
        "link_seconds": st.seconds.get("total", 0.0),
    }


def mention_ids(exs: list[Extraction]) -> list[list[str]]:
    """Each mention's entity id, paper by paper."""
    return [list(p.mention_ids) for p in Resolver().link(exs).papers]


def compare(before: list[list[str]], after: list[list[str]]) -> dict:
    """Splits (an old entity's mentions in several new ones) and joins (a new entity with mentions of
    several old ones) between two linkings of the same records."""
    if [len(p) for p in before] != [len(p) for p in after]:
        raise SystemExit("--compare: the saved ids are not of these inputs")
    to_new: dict[str, set[str]] = {}
    to_old: dict[str, set[str]] = {}
    for b, a in zip(before, after):
        for x, y in zip(b, a):
            to_new.setdefault(x, set()).add(y)
            to_old.setdefault(y, set()).add(x)
    return {"splits": {k: sorted(v) for k, v in sorted(to_new.items()) if len(v) > 1},
            "joins": {k: sorted(v) for k, v in sorted(to_old.items()) if len(v) > 1}}


def report(inputs: list[str], top: int = 20) -> dict:
    from kg.extract import extract_papers  # noqa: PLC0415
    from kg.read import iter_papers  # noqa: PLC0415

    return check(list(extract_papers(iter_papers(inputs))), top)


# -- synthetic corpus ---------------------------------------------------------------------------------
_SYL = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "sa", "do", "fu", "gri", "hel", "jor", "qua",
        "bre", "cin", "dex", "fol", "gam", "hux", "lin", "mor", "nox", "pra", "sil", "tor", "ul", "ven"]
_WORDS = ["network", "learning", "attention", "transformer", "graph", "model", "encoder", "fusion",
          "retrieval", "detection", "segmentation", "embedding", "contrastive", "adaptive", "neural",
          "sparse", "diffusion", "policy", "memory", "pyramid", "residual", "latent", "token", "prompt"]
_TYPES = [EntityType.METHOD, EntityType.METHOD, EntityType.DATASET, EntityType.TASK, EntityType.METRIC]


def _variant(rng: random.Random, name: str) -> str:
    r = rng.random()
    if r < 0.15:
        return name.lower()
    if r < 0.25:
        return name.replace("-", " ") if "-" in name else name.replace(" ", "-")
    if r < 0.35:
        return name + "s"
    if r < 0.40 and len(name) > 10:  # a typo: one letter doubled
        i = rng.randrange(3, len(name) - 1)
        return name[:i] + name[i] + name[i:]
    return name


def synthetic_corpus(n_mentions: int, seed: int = 0, per_paper: int = 15) -> list[Extraction]:
    """Papers of ``per_paper`` mentions drawn (Zipf-like) from ``n_mentions // 5`` generated names."""
    rng = random.Random(seed)
    n_names = max(10, n_mentions // 5)
    names = []
    for i in range(n_names):
        r = rng.random()
        coined = "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 4))).capitalize()
        if r < 0.3:
            nm = coined
        elif r < 0.5:
            nm = f"{coined}-{rng.choice([1, 2, 3, 18, 50, 101])}"
        else:
            nm = " ".join([coined, *rng.sample(_WORDS, rng.randint(1, 2))])
        acro = "".join(w[0] for w in nm.split()).upper() if " " in nm else None
        names.append((rng.choice(_TYPES), nm, acro))
    weights = [1.0 / (i + 1) ** 0.8 for i in range(n_names)]
    picks = rng.choices(range(n_names), weights=weights, k=n_mentions)
    out = []
    for p in range(0, n_mentions, per_paper):
        mentions, text = [], []
        pos = 0
        for j in picks[p:p + per_paper]:
            t, nm, acro = names[j]
            aliases = ()
            r = rng.random()
            if acro and r < 0.2:
                aliases = (acro,)
                s = _variant(rng, nm)
            elif acro and r < 0.4:
                s = acro
            else:
                s = _variant(rng, nm)
            mentions.append(Mention(t, s, pos, pos + len(s), "abstract", None, aliases, "name"))
            text.append(s)
            pos += len(s) + 1
        out.append(Extraction(Paper(f"s{p}", f"Synthetic {p}", " ".join(text)), tuple(mentions)))
    return out


def speed(n: int) -> dict:
    t = time.perf_counter()
    exs = synthetic_corpus(n)
    made = time.perf_counter() - t
    t, cpu = time.perf_counter(), time.process_time()
    res = Resolver().plan(exs)
    lk = res.linking(exs)
    dt, dcpu = time.perf_counter() - t, time.process_time() - cpu
    st = res.stats
    return {"mentions": st.mentions, "generate_s": round(made, 2), "link_s": round(dt, 2),
            "link_cpu_s": round(dcpu, 2), "mentions_per_s": round(st.mentions / dt),
            "mentions_per_cpu_s": round(st.mentions / dcpu), "keys": st.keys, "entities": len(lk.entities),
            "blocks": st.blocks, "comparisons": st.comparisons, "fuzzy_merges": st.fuzzy_merges,
            "acronym_merges": st.acronym_merges,
            "phase_s": {k: round(v, 2) for k, v in st.seconds.items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--synthetic", type=int, metavar="N", help="link N generated mentions and time it")
    ap.add_argument("--save-ids", metavar="FILE", help="save each mention's entity id (for --compare)")
    ap.add_argument("--compare", metavar="FILE", help="compare with ids saved by --save-ids")
    args = ap.parse_args(argv)
    if args.save_ids or args.compare:
        from kg.extract import extract_papers  # noqa: PLC0415
        from kg.read import iter_papers  # noqa: PLC0415

        ids = mention_ids(list(extract_papers(iter_papers(args.inputs))))
        if args.save_ids:
            Path(args.save_ids).write_text(json.dumps(ids), encoding="utf-8")
            return 0
        diff = compare(json.loads(Path(args.compare).read_text(encoding="utf-8")), ids)
        print(json.dumps(diff, indent=1) if args.json else
              f"splits: {len(diff['splits'])}\n" + "\n".join(f"  {k} -> {v}" for k, v in diff["splits"].items())
              + f"\njoins: {len(diff['joins'])}\n" + "\n".join(f"  {k} <- {v}" for k, v in diff["joins"].items()))
        return 0
    if args.synthetic:
        print(json.dumps(speed(args.synthetic), indent=1))
        return 0
    if not args.inputs:
        ap.error("give input files (or --synthetic N)")
    r = report(args.inputs, args.top)
    if args.json:
        print(json.dumps(r, indent=1))
        return 0
    print(f"{r['papers']} papers, {r['mentions']} mentions, linked in {r['link_seconds']:.2f}s")
    print(f"nodes before linking (distinct type+text): {r['nodes_before']}; after: {r['nodes_after']} "
          f"({100 * (1 - r['nodes_after'] / max(r['nodes_before'], 1)):.0f}% fewer); fuzzy merges "
          f"{r['fuzzy_merges']}, variant merges {r['variant_merges']}, acronym merges {r['acronym_merges']} "
          f"(+{r['local_acronyms']} in-paper uses)")
    print(f"(type, name) nodes that took their name's corpus-wide type: {r['retyped_nodes']}; names the evidence "
          f"keeps in two types: {r['names_in_two_types']}")
    print(f"\nfuzzy merges (keys): {', '.join('/'.join(p) for p in r['fuzzy_pairs'][:40])}")
    print(f"\n{args.top} largest merged clusters:")
    for c in r["largest_clusters"]:
        shown = ", ".join(c["aliases"][:8]) + (" …" if len(c["aliases"]) > 8 else "")
        print(f"  {c['type']:8s} {c['name']!r:40s} {c['papers']:4d} papers  [{shown}]")
    print(f"\nacronyms defined in different ways, kept split: {len(r['ambiguous_acronyms'])}")
    print("  ", ", ".join(r["ambiguous_acronyms"][:40]))
    print(f"acronyms defined in different ways, bare uses to the dominant one: {len(r['majority_acronyms'])}")
    print("  ", ", ".join(r["majority_acronyms"][:40]))
    print(f"acronyms a paper defines unlike the lexicon (kept as the lexicon says): {len(r['conflicting_acronyms'])}")
    print("  ", ", ".join(r["conflicting_acronyms"][:40]))
    print(f"duplicate groups left (same type, equal up to case/hyphen/plural/acronym): {len(r['duplicate_groups'])}")
    for d in r["duplicate_groups"][:30]:
        print("  ", d)
    print(f"clusters merging different version numbers: {len(r['version_merges'])}")
    for v in r["version_merges"][:20]:
        print("  ", v["id"], v["forms"][:8])
    return 0


if __name__ == "__main__":
    sys.exit(main())
