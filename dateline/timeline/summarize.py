"""Centroid-based sentence selection: the summarizer every timeline method shares.

Greedily adds the sentence that brings the summary's TF-IDF vector closest (cosine) to the
centroid of the sentences about a date or event, the CentroidOpt idea of news-tls. Written
here because it needs only a few sparse products and no library offers it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from dateline.timeline.corpus import Corpus

if TYPE_CHECKING:  # imported when used: see `corpus.preload`
    from scipy import sparse


@cache
def _sparsetools() -> Any:
    """The C products behind scipy's `csr @ dense` (see `_Rows`), imported at the first product."""
    from scipy.sparse import _sparsetools

    return _sparsetools


def centroid(corpus: Corpus, sentences: Sequence[int]) -> np.ndarray:
    """Mean TF-IDF vector of some sentences (dense, one row): `centroids` of one group."""
    return centroids(corpus, [sentences])[0]


def centroids(corpus: Corpus, groups: Sequence[Sequence[int]]) -> np.ndarray:
    """Mean TF-IDF vector of each group of sentences (dense, a row per group; zeros for an
    empty group): a timeline's days' targets, as one array.

    Summed from the CSR arrays themselves, row after row in float32: the very floats of
    scipy's `vectors[group].mean(axis=0)` (each value scaled by 1/n, then added up per
    column in row order), at a third of its cost, which was a third of a saved timeline's
    summarizing. One `np.add.at` per group: one over all groups is twice as slow (its adds
    leave the cache of a row for the whole array)."""
    return _means(corpus, groups, by_article=False)


def day_targets(corpus: Corpus, groups: Sequence[Sequence[int]]) -> np.ndarray:
    """The target of each day of a Dateline timeline (a row per group of sentences): the mean
    over the group's articles of each article's mean TF-IDF vector, so every article that
    speaks of the day weighs the same in it (`centroids` weighs every sentence the same).

    Why: a long article (a chronology, a live page, a profile) naming a day in many sentences
    pulled the day's target towards its own words, and the summary with it, away from what
    the other outlets said of the day. Parameter-free; session 23, leave-one-topic-out AR1-F
    (Date-F1 cannot move): Spanish ML-Crisis 0.2408 -> 0.2413 (egypt 0.146 -> 0.149, libya
    0.598 -> 0.603, yemen 0.107 -> 0.110, syria 0.109 -> 0.101), its `--sample 0.5` halves
    0.1094 -> 0.1118 and 0.2181 -> 0.2237, English entity timelines identical (0.4858); with
    the leads of the articles published on the day added to its target as well, Spanish
    0.2402: not kept (closing note of #11, session 23)."""
    return _means(corpus, groups, by_article=True)


def _means(corpus: Corpus, groups: Sequence[Sequence[int]], *, by_article: bool) -> np.ndarray:
    """`centroids` (each sentence of a group weighs 1/n) or, `by_article`, `day_targets` (each
    sentence 1/(articles × the sentences of its article in the group))."""
    vectors = corpus.vectors
    total = np.zeros((len(groups), vectors.shape[1]), dtype=vectors.dtype)
    if vectors.shape[1] == 0:
        return total
    for group, sentences in zip(total, groups):
        if not len(sentences):
            continue
        held, lengths = row_entries(vectors, sentences)
        if by_article:
            _, of_article, per_article = np.unique(corpus.article_of[np.asarray(sentences, dtype=np.int64)],
                                                   return_inverse=True, return_counts=True)
            share = (1.0 / (len(per_article) * per_article[of_article])).astype(vectors.dtype)
            scale: np.ndarray | float = np.repeat(share, lengths)
        else:
            scale = 1.0 / len(sentences)
        np.add.at(group, vectors.indices[held], vectors.data[held] * scale)
    return total


def row_entries(vectors: sparse.csr_matrix, rows: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """Positions in the CSR arrays of the entries of `rows` (in their order, each row's in its
    own order) and how many each row holds: `vectors[rows]` without building a matrix, whose
    scipy overhead is most of its cost on the few rows a summary reads."""
    rows = np.asarray(rows, dtype=np.int64)
    starts = vectors.indptr[rows]
    lengths = vectors.indptr[rows + 1] - starts
    return np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum()), lengths


class _Rows:
    """A few CSR rows as their three arrays, multiplied by dense vectors or blocks with the very
    routines scipy's `csr_matrix @ dense` calls (`csr_matvec`, `csr_matvecs`: same sums in the
    same order, so the same floats), without building a `csr_matrix`: its format checks and
    product dispatch cost more than the products on the few hundred rows of a day's pool, and
    were a fifth of a saved timeline's summarizing (scipy is pinned; the tests compare with
    scipy's products to the bit)."""

    __slots__ = ("data", "indices", "indptr", "shape", "dtype")

    def __init__(self, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, columns: int) -> None:
        self.data, self.indices, self.indptr = data, indices, indptr
        self.shape = (len(indptr) - 1, columns)
        self.dtype = data.dtype

    def __matmul__(self, other: np.ndarray) -> np.ndarray:
        rows, columns = self.shape
        dtype = np.result_type(self.dtype, other.dtype)  # as scipy's `upcast_char`
        if other.ndim == 1:
            out = np.zeros(rows, dtype=dtype)
            _sparsetools().csr_matvec(rows, columns, self.indptr, self.indices, self.data, other, out)
        else:
            out = np.zeros((rows, other.shape[1]), dtype=dtype)
            _sparsetools().csr_matvecs(rows, columns, other.shape[1], self.indptr, self.indices, self.data,
                                     other.ravel(), out.ravel())
        return out

    def part(self, start: int, end: int) -> _Rows:
        """Rows `start` to `end` (excluded), sharing the arrays."""
        first, last = self.indptr[start], self.indptr[end]
        return _Rows(self.data[first:last], self.indices[first:last], self.indptr[start:end + 1] - first,
                     self.shape[1])


def _rows(vectors: sparse.csr_matrix, rows: Sequence[int]) -> _Rows:
    """`vectors[rows]`, the same arrays, built from `row_entries` in the matrix's own index type:
    scipy's fancy index validates and converts more than the few rows a summary reads need."""
    held, lengths = row_entries(vectors, rows)
    indptr = np.zeros(len(lengths) + 1, dtype=vectors.indptr.dtype)
    np.cumsum(lengths, out=indptr[1:])
    return _Rows(vectors.data[held], vectors.indices[held], indptr, vectors.shape[1])


def select(corpus: Corpus, pool: Sequence[int], k: int, target: np.ndarray, *,
           avoid: Sequence[int] = (), max_similarity: float = 1.0,
           weights: np.ndarray | None = None) -> list[int]:
    """Up to `k` sentences of `pool` whose sum is closest to `target`.

    With `weights` (one per corpus sentence), each candidate's score is multiplied by its
    weight (see `Corpus.length_weights`).

    A sentence whose cosine with any of the sentences `avoid` (already in the timeline) or
    with an already chosen one exceeds `max_similarity` is skipped: it would say the same
    thing twice.
    """
    pool = list(dict.fromkeys(pool))
    if not pool or k <= 0:
        return []
    vectors = _rows(corpus.vectors, pool)
    blocked = np.zeros(len(pool), dtype=bool)
    if len(avoid):
        blocked |= _most_similar(vectors, corpus.vectors, avoid) > max_similarity
    return _greedy(vectors, pool, k, target, vectors @ target, blocked, max_similarity,
                   weights[pool] if weights is not None else None)


def _greedy(vectors: _Rows, pool: list[int], k: int, target: np.ndarray, to_target: np.ndarray,
            blocked: np.ndarray, max_similarity: float, prior: np.ndarray | None) -> list[int]:
    """`select`'s steps once its pool is vectorized (`vectors`, the rows of `pool`; `to_target`,
    their products with `target`) and the rows repeating a sentence to avoid are `blocked`
    (changed in place): shared by `select` and `Pools`, which vectorizes many pools at once."""
    if blocked.all():  # every sentence repeats one in the timeline (a day's tier often does)
        return []
    norm_target = float(np.linalg.norm(target)) or 1.0
    total = np.zeros(vectors.shape[1], dtype=np.float32)
    row = np.zeros(vectors.shape[1], dtype=np.float32)  # the chosen sentence, dense
    # `vectors @ total`, while `total` is 0: zeros.
    with_each: np.ndarray | None = np.zeros(len(pool), dtype=np.result_type(vectors.dtype, total.dtype))
    chosen: list[int] = []
    while len(chosen) < k and not blocked.all():
        # |s + v|² = |s|² + 2 s·v + |v|², rows of `vectors` have unit norm (or are empty).
        if with_each is None:
            with_each = vectors @ total
        norms = np.sqrt(np.maximum(total @ total + 2 * with_each + 1.0, 1e-12))
        scores = (total @ target + to_target) / (norms * norm_target)
        if prior is not None:
            scores = scores * prior
        scores[blocked] = -np.inf
        best = int(np.argmax(scores))
        chosen.append(pool[best])
        if len(chosen) == k:  # the last: the next step's products would go unread
            break
        # The row read from the CSR arrays themselves: a sparse row object per step costs
        # more than the step (same sums, in the same order).
        words = slice(vectors.indptr[best], vectors.indptr[best + 1])
        row[:] = 0
        row[vectors.indices[words]] = vectors.data[words]
        total = total + row
        blocked[best] = True
        # `vectors @ total` of the next step is taken once: with one sentence chosen, `total` is
        # its row (0 + x is x), whose products the repeat check takes; from two on, a new sum.
        with_each = None
        if max_similarity < 1.0 or len(chosen) == 1:
            similar = vectors @ row
            if max_similarity < 1.0:
                blocked |= similar > max_similarity
            if len(chosen) == 1:
                with_each = similar
    return chosen


class Pools:
    """Sentence pools of many summaries (a timeline's days, each with its tiers) vectorized in
    one batch, then summarized one after the other by `fill`, which gives `select`'s choices.

    Why: a timeline summarizes its days one at a time, since each day avoids the sentences
    of the days before it, but the work that does not depend on them (reading each pool's
    rows, their products with their day's target, the targets themselves, the weights) was
    done once per day and tier, in numpy calls whose overhead outweighed the few hundred
    rows they read. Here the rows and weights are read in one call over every pool, and the
    repeat check against the timeline is one call for all the days left in the batch while
    the timeline stays the same (`_closest`; a row's largest product with A + B is the larger
    of those with A and with B, so the later tiers of a day reuse it). A day's target and its
    rows' products with it are computed when a tier of the day has a sentence that repeats
    nothing, once for all its tiers: most days of a long timeline repeat it whole. Each is
    the same sums in the same order as one call over every day would take (a group's mean, a
    row's product), so the same floats."""

    def __init__(self, corpus: Corpus, sentences: np.ndarray, pool_of: np.ndarray, per_day: int,
                 targets: Sequence[Sequence[int]], *, allowed: np.ndarray, weights: np.ndarray) -> None:
        """`sentences`: the pools end to end, `pool_of` the pool of each (in order: day d's
        pools, best first, are numbers d·per_day to d·per_day + per_day - 1); `targets[d]`: the
        sentences whose `day_targets` day d's summary approaches; `allowed`: one bool per corpus
        sentence, false of those no pool may hold."""
        self.corpus = corpus
        pools = len(targets) * per_day
        # as `select` reads its pool: the allowed sentences, each once, in their order
        kept = np.flatnonzero(allowed[sentences])
        _, first = np.unique(pool_of[kept] * len(allowed) + sentences[kept], return_index=True)
        kept = kept[np.sort(first)]
        self.sentences: list[int] = sentences[kept].tolist()
        self.rows = _rows(corpus.vectors, sentences[kept])
        # where each pool's rows start
        starts = np.zeros(pools + 1, dtype=np.int64)
        np.cumsum(np.bincount(pool_of[kept], minlength=pools), out=starts[1:])
        self.starts: list[int] = starts.tolist()
        self.per_day = per_day
        self.prior = weights[sentences[kept]]
        self.targets = targets
        # `_closest`'s products: the sentences avoided, the first row, each row's largest.
        self._avoided: tuple[int, ...] | None = None
        self._closest_from = 0
        self._closest_of = np.zeros(0, dtype=np.float32)

    def fill(self, d: int, k: int, *, avoid: Sequence[int], max_similarity: float) -> list[int]:
        """Up to `k` sentences for day d: `select` on each of its tiers in turn (the sentences
        chosen so far avoided too, and out of the later tiers' pools) until `k` are chosen."""
        first, last = d * self.per_day, (d + 1) * self.per_day
        start, end = self.starts[first], self.starts[last]
        repeats = (self._closest(start, end, avoid) > max_similarity
                   if len(avoid) else np.zeros(end - start, dtype=bool))
        if repeats.all():  # every sentence of every tier repeats the timeline (or there is none)
            return []
        target: np.ndarray | None = None
        to_target = np.zeros(0, dtype=np.float32)
        chosen: list[int] = []
        for t in range(first, last):
            if len(chosen) >= k:
                break
            a, b = self.starts[t], self.starts[t + 1]
            if a == b:
                continue
            pool = self.sentences[a:b]
            vectors = self.rows.part(a, b)
            blocked = repeats[a - start:b - start].copy()
            if chosen:
                blocked |= _most_similar(vectors, self.corpus.vectors, chosen) > max_similarity
                blocked |= np.isin(pool, chosen)
            if blocked.all():  # `_greedy` would choose nothing: the day's target is not needed
                continue
            if target is None:
                # The day's target and its rows' products with it, only for a day that may
                # choose: most days of a person's timeline repeat it whole, and these were
                # half of summarizing them. Each is computed on its own either way (a group's
                # mean, a row's sum), so the floats are those of the whole batch's. A fresh
                # copy, as `centroid` gives it (a dot product's sums may depend on where it starts).
                target = day_targets(self.corpus, [self.targets[d]])[0].copy()
                to_target = self.rows.part(start, end) @ target
            chosen += _greedy(vectors, pool, k - len(chosen), target, to_target[a - start:b - start], blocked,
                              max_similarity, self.prior[a:b])
        return chosen

    def _closest(self, start: int, end: int, avoid: Sequence[int]) -> np.ndarray:
        """Rows `start` to `end`'s largest products with the sentences `avoid` (`_most_similar`),
        taken for every row from `start` to the batch's end at once and kept while `avoid`
        stays the same: days are filled in order, and the timeline grows by a few sentences
        while many days are filled against it (most days of a person's timeline repeat it
        whole, and a call per day was half of summarizing them). A row's largest product is
        its own sums, whichever rows are multiplied with it."""
        key = tuple(avoid)
        if key != self._avoided or start < self._closest_from:
            self._avoided, self._closest_from = key, start
            self._closest_of = _most_similar(self.rows.part(start, len(self.sentences)), self.corpus.vectors, avoid)
        return self._closest_of[start - self._closest_from:end - self._closest_from]


def _most_similar(vectors: _Rows | sparse.csr_matrix, all_vectors: sparse.csr_matrix,
                  avoid: Sequence[int]) -> np.ndarray:
    """Per row of `vectors`, its largest dot product with a row `avoid` of `all_vectors` (0
    when it shares no term with any): the floats of the row maxima of scipy's
    `vectors @ all_vectors[avoid].T`, at a fraction of its cost (it was half of a saved
    timeline's summarizing); the rows to avoid are read from the CSR arrays themselves.

    Why the floats are the same: both sum a row's products term by term in the row's order.
    Here `avoid` is a dense block over only the terms its rows hold; a term of the row that
    no `avoid` row holds would add an exact zero, so it is left out, and a term one `avoid`
    row holds and another does not adds an exact zero to the other's sum."""
    held, lengths = row_entries(all_vectors, avoid)
    avoid_terms = all_vectors.indices[held]
    # In the matrix's own index type, which scipy would otherwise convert to.
    column = np.full(vectors.shape[1], -1, dtype=vectors.indices.dtype)
    column[avoid_terms] = 0
    terms = np.flatnonzero(column == 0)  # sorted, as np.unique would give them, without its hashing
    column[terms] = np.arange(len(terms))
    dtype = np.result_type(vectors.dtype, all_vectors.dtype)
    block = np.zeros((len(terms), len(avoid)), dtype=dtype)
    block[column[avoid_terms], np.repeat(np.arange(len(avoid)), lengths)] = all_vectors.data[held]
    shared = column[vectors.indices] >= 0
    indptr = np.zeros(len(shared) + 1, dtype=vectors.indptr.dtype)
    np.cumsum(shared, out=indptr[1:])
    indptr = indptr[vectors.indptr]
    products = _Rows(vectors.data[shared], column[vectors.indices[shared]], indptr, len(terms)) @ block
    return products.max(axis=1, initial=0)
