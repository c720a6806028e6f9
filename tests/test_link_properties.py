"""Properties of the linker on generated corpora: alignment, evidence, numbers, order independence,
append stability, and the seed corpus targets."""
from __future__ import annotations

import random
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.link import compact_key, link
from kg.link.checks import duplicate_groups, loose_key, name_numbers, version_merges
from kg.link.normalize import key_numbers
from kg.link.resolver import Resolver
from kg.models import Extraction, Mention, Paper
from kg.vocab import EntityType as T

STEMS = ["Foobar Net", "foobar-net", "FOOBAR NET", "Foobar Nets", "Graph Mixer", "graph mixers", "GraphMixer",
         "Sparse Token Mixer", "Mixer", "Image Net", "ImageNet", "the ImageNet dataset", "Zeta Former",
         "zeta formers", "Zeta Formers", "Pseudo-Labelling", "pseudo labeling"]
SUFFIXES = ["", "", "", "-50", "50", " 101", "-1K", "-1k", " v2", "-v2", "-3.5", "-base", " Large"]
ACRONYMS = ["FN", "GM", "STM", "ZF", "IN"]


@st.composite
def mentions(draw):
    t = draw(st.sampled_from([T.METHOD, T.METHOD, T.DATASET]))
    name = draw(st.sampled_from(STEMS)) + draw(st.sampled_from(SUFFIXES))
    aliases = tuple(draw(st.lists(st.sampled_from(ACRONYMS), max_size=1)))
    return t, name, aliases


def make_corpus(papers: list[list[tuple]]) -> list[Extraction]:
    out = []
    for i, spans in enumerate(papers):
        text, ms = "", []
        for t, name, aliases in spans:
            start = len(text)
            text += name + (f" ({aliases[0]})" if aliases else "") + ". "
            ms.append(Mention(t, name, start, start + len(name), "abstract", None, aliases, "name"))
        out.append(Extraction(Paper(f"h{i}", f"T{i}", text), tuple(ms)))
    return out


corpora = st.lists(st.lists(st.one_of(mentions(), st.tuples(st.sampled_from([T.METHOD]), st.sampled_from(ACRONYMS),
                                                                 st.just(()))), min_size=1, max_size=6),
                   min_size=1, max_size=12)


def partition(lk) -> set[frozenset]:
    groups: dict[str, set] = {}
    for p in lk.papers:
        for i, eid in enumerate(p.mention_ids):
            groups.setdefault(eid, set()).add((p.extraction.paper.id, i))
    return {frozenset(g) for g in groups.values()}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora, st.randoms(use_true_random=False))
def test_linking_properties(papers, rnd):
    exs = make_corpus(papers)
    lk = link(exs)
    texts = {ex.paper.id: ex.paper.abstract for ex in exs}
    for p in lk.papers:
        assert len(p.mention_ids) == len(p.extraction.mentions)
        for m, eid in zip(p.extraction.mentions, p.mention_ids):
            ent = lk.entities[eid]
            # a mention may take its name's corpus-wide type; the votes on the entity say why
            assert m.text in ent.aliases and m.type.value in ent.type_votes and ent.type.value in ent.type_votes
            assert eid == ent.id and eid.startswith(ent.type.prefix + ":")
    for e in lk.entities.values():
        assert e.evidence and all(texts[ev.paper][ev.start:ev.end] == ev.text for ev in e.evidence)
    # names with different version/size numbers never share an entity
    for e in lk.entities.values():
        assert len({key_numbers(compact_key(a)) for a in e.aliases if key_numbers(compact_key(a))}) <= 1, e
    assert version_merges(lk.entities.values()) == []
    # the same mentions in another paper order: the same clusters and ids
    shuffled = exs[:]
    rnd.shuffle(shuffled)
    again = link(shuffled)
    assert partition(again) == partition(lk)
    assert sorted(again.entities) == sorted(lk.entities)
    # relinking with the result as the old table changes nothing
    assert partition(link(exs, existing=lk.entities)) == partition(lk)


@settings(max_examples=60, deadline=None)
@given(corpora, corpora)
def test_append_keeps_every_old_id(old_papers, new_papers):
    old = make_corpus(old_papers)
    first = link(old)
    new = make_corpus(old_papers + new_papers)
    second = link(new, existing=first.entities)
    old_ids = {p.extraction.paper.id: p.mention_ids for p in first.papers}
    for p in second.papers[:len(old)]:
        for m, a, b in zip(p.extraction.mentions, p.mention_ids, old_ids[p.extraction.paper.id]):
            # a bare acronym may move when new papers define it differently; every other mention stays
            assert a == b or m.text in ACRONYMS
    assert set(first.entities) <= set(second.entities)


def test_loose_check_helpers():
    assert loose_key("Graph-Neural Networks") == loose_key("graph neural network")
    assert name_numbers("ResNet-50") != name_numbers("ResNet-101")


def synthetic(n_mentions: int, seed: int = 0) -> list[Extraction]:
    rng = random.Random(seed)
    syl = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "sa", "do", "fu", "gri", "hel", "jor", "qua"]
    names = ["".join(rng.choice(syl) for _ in range(rng.randint(2, 4))).capitalize()
             + rng.choice(["", " network", " learning", "-50", "-101", " transformer"]) for _ in range(n_mentions // 5)]
    weights = [1 / (i + 1) ** 0.8 for i in range(len(names))]
    picks = rng.choices(names, weights=weights, k=n_mentions)
    out = []
    for p in range(0, n_mentions, 15):
        chunk = [nm.lower() if rng.random() < 0.2 else nm for nm in picks[p:p + 15]]
        text = " ".join(chunk)
        ms, pos = [], 0
        for nm in chunk:
            ms.append(Mention(T.METHOD, nm, pos, pos + len(nm)))
            pos += len(nm) + 1
        out.append(Extraction(Paper(f"s{p}", "", text), tuple(ms)))
    return out


def _link_cpu_seconds(n: int) -> float:
    exs = synthetic(n)
    t = time.process_time()
    res = Resolver().plan(exs)
    res.linking(exs)
    assert res.stats.mentions == n
    return time.process_time() - t


def test_linking_grows_linearly_with_mentions():
    """CPU time (not wall time, so a busy machine does not fail it) of 50k mentions against 10k: linear growth
    gives a ratio near 5 (less: fixed costs), a quadratic step would give 25. Absolute speed is
    ``scripts/bench.py``'s job."""
    small, big = _link_cpu_seconds(10_000), _link_cpu_seconds(50_000)
    assert big / small < 10, f"50k mentions took {big:.2f}s of CPU, 10k took {small:.2f}s"


def test_seed_corpus_targets(seed_extractions):
    exs = seed_extractions
    res = Resolver().plan(exs)
    lk = res.linking(exs)
    st_ = res.stats
    ents = list(lk.entities.values())
    exempt = [tuple(a.split(":", 1)) for a in st_.ambiguous_acronyms + st_.majority_acronyms + st_.conflicting_acronyms
              + st_.unrelated_acronyms + st_.split_coinages + st_.split_acronyms]
    assert duplicate_groups(ents, exempt) == []
    assert version_merges(ents) == []
    mention_entities = [e for e in ents if e.type is not T.REPOSITORY]
    assert len(mention_entities) <= 0.8 * st_.surface_forms  # linking merges at least a fifth of the forms
    assert st_.acronym_merges > 50 and st_.local_acronyms > 200
