"""The centroid selector's arithmetic: saved timelines and `timeline.build` must pick the same
sentences, so its sums are computed in one fixed way."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np
import pytest
from scipy import sparse

from dateline.timeline import Corpus, Query
from dateline.timeline.base import Size
from dateline.timeline.summarize import centroid, day_targets


def _corpus(vectors: sparse.csr_matrix) -> Corpus:
    rows = vectors.shape[0]
    return Corpus(articles=[], texts=[""] * rows, article_of=np.zeros(rows, dtype=np.int64),
                  position=np.arange(rows), words=np.ones(rows, dtype=np.int64), mentions=[()] * rows,
                  matches=np.ones(rows, dtype=bool), vectors=vectors, query=Query.of(None))


def _unit_rows(seed: int, rows: int, columns: int, density: float) -> sparse.csr_matrix:
    """Random L2-normalized float32 rows, a few of them empty, as TF-IDF vectors are."""
    rng = np.random.default_rng(seed)
    vectors = sparse.random(rows, columns, density=density, format="csr", dtype=np.float32, random_state=seed)
    norms = np.sqrt(np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel())
    scale = 1 / np.maximum(norms, 1e-9)
    scale[rng.choice(rows, rows // 15, replace=False)] = 0
    vectors = sparse.csr_matrix(sparse.diags(scale).astype(np.float32) @ vectors)
    vectors.eliminate_zeros()
    return vectors


@pytest.mark.parametrize("seed", range(5))
def test_the_centroid_is_scipys_mean_to_the_bit(seed: int) -> None:
    """L2-normalized float32 rows (some empty), any subset with repeats: the same floats as
    `vectors[rows].mean(axis=0)`, which the centroid once was."""
    rng = np.random.default_rng(seed)
    vectors = _unit_rows(seed, 300, 2000, 0.01)
    corpus = _corpus(vectors)
    for size in (1, 2, 7, 150, 400):
        rows = rng.integers(0, 300, size).tolist()
        expected = np.asarray(vectors[rows].mean(axis=0)).ravel()
        assert centroid(corpus, rows).tobytes() == expected.tobytes()
    assert not centroid(corpus, []).any()


@pytest.mark.parametrize("seed", range(5))
def test_the_most_similar_row_is_scipys_product_to_the_bit(seed: int) -> None:
    """Each row's largest dot product with the sentences to avoid: the same floats as the row
    maxima of `vectors @ avoid.T`, which the selector once computed; rows sharing no term
    give 0."""
    from dateline.timeline.summarize import _most_similar

    vectors = _unit_rows(seed, 400, 120, 0.12)  # a small vocabulary: rows share several terms
    rng = np.random.default_rng(seed)
    for size in (1, 3, 40):
        avoid = rng.integers(0, 400, size).tolist()
        pool = vectors[rng.integers(0, 400, 300)]
        product = sparse.csr_matrix(pool @ vectors[avoid].T)
        expected = np.zeros(300, dtype=np.float32)
        for row in range(300):
            found = product.data[product.indptr[row]:product.indptr[row + 1]]
            expected[row] = found.max(initial=0)
        assert _most_similar(pool, vectors, avoid).tobytes() == expected.tobytes()


@pytest.mark.parametrize("seed", range(3))
def test_a_pools_products_are_scipys_to_the_bit(seed: int) -> None:
    """Rows picked out (`_rows`, in any order, with repeats) times a vector or a block, of
    float32 or float64: the same floats and type as scipy's `vectors[rows] @ x`."""
    from dateline.timeline.summarize import _rows

    vectors = _unit_rows(seed, 300, 200, 0.05)
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, 300, 120).tolist()
    for dtype in (np.float32, np.float64):
        for shape in ((200,), (200, 7)):
            x = rng.random(shape).astype(dtype)
            expected = vectors[rows] @ x
            found = _rows(vectors, rows) @ x
            assert found.dtype == expected.dtype and found.tobytes() == expected.tobytes()


def _plain_select(vectors: sparse.csr_matrix, pool: list[int], k: int, target: np.ndarray,
                  max_similarity: float, avoid: list[int]) -> list[int]:
    """The greedy selection written plainly, every product taken anew at every step."""
    rows = vectors[pool]
    to_target = rows @ target
    blocked = np.zeros(len(pool), dtype=bool)
    if avoid:
        blocked |= (rows @ vectors[avoid].T).toarray().max(axis=1) > max_similarity
    total = np.zeros(rows.shape[1], dtype=np.float32)
    chosen: list[int] = []
    while len(chosen) < k and not blocked.all():
        norms = np.sqrt(np.maximum(total @ total + 2 * (rows @ total) + 1.0, 1e-12))
        scores = (total @ target + to_target) / (norms * (float(np.linalg.norm(target)) or 1.0))
        scores[blocked] = -np.inf
        best = int(np.argmax(scores))
        chosen.append(pool[best])
        row = rows[best].toarray().ravel()
        total = total + row
        blocked[best] = True
        if max_similarity < 1.0:
            blocked |= rows @ row > max_similarity
    return chosen


@pytest.mark.parametrize("seed", range(4))
def test_the_selection_is_the_plain_greedy_one(seed: int) -> None:
    """`select` takes each step's products once (the first summary sentence's products serve
    the repeat check and the next step; none after the last, nor when every sentence repeats
    one to avoid): the same choices as taking them all anew, on rows
    close enough that rounding decides between them (near copies of a few templates)."""
    from dateline.timeline.summarize import select

    rng = np.random.default_rng(seed)
    templates = _unit_rows(seed, 6, 80, 0.15).toarray()
    template_of = rng.integers(0, 6, 200)
    noisy = templates[template_of] * (1 + rng.normal(0, 1e-6, (200, 80))).astype(np.float32)
    noisy /= np.maximum(np.linalg.norm(noisy, axis=1, keepdims=True), 1e-9)
    vectors = sparse.csr_matrix(noisy.astype(np.float32))
    corpus = _corpus(vectors)
    blocked_all = 0
    for k in (1, 2, 3, 5):
        for bound in (0.3, 0.9, 0.999999, 1.0):
            # none; a few; a near copy of every template, which blocks every pool whole
            for avoid in ([], rng.choice(200, 4).tolist(), np.unique(template_of, return_index=True)[1].tolist()):
                pool = rng.choice(200, 60, replace=False).tolist()
                target = centroid(corpus, rng.choice(200, 20).tolist())
                chosen = select(corpus, pool, k, target, avoid=avoid, max_similarity=bound)
                assert chosen == _plain_select(vectors, pool, k, target, bound, avoid)
                blocked_all += not chosen
    assert blocked_all  # some pools repeat the sentences to avoid whole (`select` stops early)


def _per_day(corpus: Corpus, size: Size, order: list[dt.date], sentences: dict[str, dict[dt.date, list[int]]],
             weights: np.ndarray, bound: float, skip: set[dt.date]) -> list[tuple[dt.date, list[int]]]:
    """`Dateline.summarize` as it was written before its days were vectorized in one batch:
    day after day, tier after tier, each pool read and vectorized by `select` on its own."""
    from dateline.timeline.summarize import select

    listed, mentioned, attached = (sentences[name] for name in ("listed", "mentioned", "attached"))
    picks: list[tuple[dt.date, list[int]]] = []
    in_timeline: list[int] = []
    for day in order:
        if len(picks) == size.dates:
            break
        if day in skip:
            continue
        target = day_targets(corpus, [mentioned.get(day, []) + attached.get(day, [])])[0]
        chosen: list[int] = []
        by_preference = [np.asarray(tier, dtype=np.int64) for tier in
                         (listed.get(day, []), mentioned.get(day, []), attached.get(day, []))]
        # without the sentences of weight 0, which form a last tier of their own
        short = [i for tier in by_preference for i in tier[weights[tier] <= 0].tolist()]
        for tier in [tier[weights[tier] > 0].tolist() for tier in by_preference] + [short]:
            pool = [i for i in tier if corpus.matches[i] and i not in chosen]
            chosen += select(corpus, pool, size.sentences - len(chosen), target, avoid=in_timeline + chosen,
                             max_similarity=bound, weights=weights)
            if len(chosen) >= size.sentences:
                break
        if chosen:
            picks.append((day, chosen))
            in_timeline += chosen
    return picks


@pytest.mark.parametrize("seed", range(4))
def test_the_days_summarized_in_one_batch_are_summarized_as_one_by_one(seed: int) -> None:
    """`Dateline.summarize` vectorizes the pools of all the days it may still summarize at
    once (`Pools`): the same picks as each day's tiers read and selected on their own, on near
    copies of a few templates (so days repeat each other and some summarize nothing, and the
    days after them are read in a second batch), sentences in several tiers and days, off-topic
    ones, weights of 0 (the last tier), and days skipped."""
    from dateline.timeline.default import Dateline

    rng = np.random.default_rng(seed)
    templates = _unit_rows(seed, 8, 80, 0.15).toarray()
    noisy = templates[rng.integers(0, 8, 300)] * (1 + rng.normal(0, 1e-6, (300, 80))).astype(np.float32)
    noisy /= np.maximum(np.linalg.norm(noisy, axis=1, keepdims=True), 1e-9)
    corpus = replace(_corpus(sparse.csr_matrix(noisy.astype(np.float32))), matches=rng.random(300) > 0.2,
                     article_of=rng.integers(0, 60, 300))  # targets weigh articles (`day_targets`)
    weights = np.where(rng.random(300) > 0.15, rng.random(300), 0.0)
    days = [dt.date(2024, 1, 1) + dt.timedelta(n) for n in range(25)]
    batched = 0
    # bound 2: no repeat check, so a day's own sentences, or copies in its tiers, are left out by number
    for dates, per_day, bound in ((5, 2, 0.5), (10, 3, 0.9), (30, 1, 1.0), (12, 4, 2.0), (8, 0, 0.5)):
        sentences = {name: {day: rng.integers(0, 300, rng.integers(0, most)).tolist() for day in days}
                     for name, most in (("listed", 4), ("mentioned", 12), ("attached", 12))}
        order = rng.permutation(days).tolist()
        skip = set(rng.choice(days, 3).tolist())
        size = Size(dates=dates, sentences=per_day)
        picks = Dateline(repeat_similarity=bound).summarize(
            corpus, size, order, weights=weights, skip=lambda day, _: day in skip, **sentences)
        assert picks == _per_day(corpus, size, order, sentences, weights, bound, skip)
        batched += len(picks) < dates  # short of days: every day read, some in a second batch
    assert batched
    # Without a repeat check, a sentence twice in a tier, or in two tiers, is still taken once.
    a, b = np.flatnonzero(corpus.matches & (weights > 0) & (np.diff(corpus.vectors.indptr) > 0))[:2].tolist()
    day = days[0]
    for listed, mentioned in (([], [a, a, a, b]), ([a], [a, a, b])):
        sentences = {"listed": {day: listed}, "mentioned": {day: mentioned}, "attached": {}}
        picks = Dateline(repeat_similarity=2.0).summarize(corpus, Size(dates=1, sentences=2), [day],
                                                          weights=weights, **sentences)
        assert picks == _per_day(corpus, Size(dates=1, sentences=2), [day], sentences, weights, 2.0, set())
        assert sorted(picks[0][1]) == sorted([a, b])


def test_a_days_target_weighs_each_article_the_same() -> None:
    """`day_targets`: the mean over the group's articles of each one's mean vector, not the
    mean of its sentences (an article saying the day in three sentences weighs as one)."""
    vectors = _unit_rows(7, 5, 30, 0.3)
    corpus = replace(_corpus(vectors), article_of=np.asarray([0, 0, 0, 1, 2]))
    dense = vectors.toarray()
    expected = (dense[:3].mean(axis=0) + dense[3]) / 2
    got = day_targets(corpus, [[0, 1, 2, 3], [], [4]])
    assert np.allclose(got[0], expected, atol=1e-6)
    assert not got[1].any()
    assert np.allclose(got[2], dense[4], atol=1e-6)
