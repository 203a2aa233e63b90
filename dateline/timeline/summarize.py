"""Centroid-based sentence selection: the summarizer every timeline method shares.

Greedily adds the sentence that brings the summary's TF-IDF vector closest (cosine) to the
centroid of the sentences about a date or event, the CentroidOpt idea of news-tls. Written
here because it needs only a few sparse products and no library offers it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from dateline.timeline.corpus import Corpus


def centroid(corpus: Corpus, sentences: Sequence[int]) -> np.ndarray:
    """Mean TF-IDF vector of some sentences (dense, one row)."""
    if not len(sentences) or corpus.vectors.shape[1] == 0:
        return np.zeros(corpus.vectors.shape[1], dtype=np.float32)
    return np.asarray(corpus.vectors[list(sentences)].mean(axis=0)).ravel()


def select(corpus: Corpus, pool: Sequence[int], k: int, target: np.ndarray, *,
           avoid: sparse.csr_matrix | None = None, max_similarity: float = 1.0,
           weights: np.ndarray | None = None) -> list[int]:
    """Up to `k` sentences of `pool` whose sum is closest to `target`.

    With `weights` (one per corpus sentence), each candidate's score is multiplied by its
    weight (see `Corpus.length_weights`).

    A sentence whose cosine with any row of `avoid` (sentences already in the timeline) or
    with an already chosen one exceeds `max_similarity` is skipped: it would say the same
    thing twice.
    """
    pool = list(dict.fromkeys(pool))
    if not pool or k <= 0:
        return []
    prior = weights[pool] if weights is not None else None
    vectors = corpus.vectors[pool]
    to_target = vectors @ target
    norm_target = float(np.linalg.norm(target)) or 1.0
    blocked = np.zeros(len(pool), dtype=bool)
    if avoid is not None and avoid.shape[0]:
        blocked |= _row_max(vectors @ avoid.T) > max_similarity
    total = np.zeros(vectors.shape[1], dtype=np.float32)
    row = np.zeros(vectors.shape[1], dtype=np.float32)  # the chosen sentence, dense
    chosen: list[int] = []
    while len(chosen) < k and not blocked.all():
        # |s + v|² = |s|² + 2 s·v + |v|², rows of `vectors` have unit norm (or are empty).
        with_each = vectors @ total
        norms = np.sqrt(np.maximum(total @ total + 2 * with_each + 1.0, 1e-12))
        scores = (total @ target + to_target) / (norms * norm_target)
        if prior is not None:
            scores = scores * prior
        scores[blocked] = -np.inf
        best = int(np.argmax(scores))
        chosen.append(pool[best])
        # The row read from the CSR arrays themselves: a sparse row object per step costs
        # more than the step (same sums, in the same order).
        words = slice(vectors.indptr[best], vectors.indptr[best + 1])
        row[:] = 0
        row[vectors.indices[words]] = vectors.data[words]
        total = total + row
        blocked[best] = True
        if max_similarity < 1.0:
            blocked |= vectors @ row > max_similarity
    return chosen


def _row_max(matrix: sparse.spmatrix) -> np.ndarray:
    """The largest value of each row of a non-negative sparse matrix (0 for an empty row): what
    scipy's `max(axis=1)` gives, without its cost."""
    matrix = sparse.csr_matrix(matrix)
    most = np.zeros(matrix.shape[0], dtype=matrix.dtype)
    filled = np.diff(matrix.indptr) > 0
    if filled.any():
        most[filled] = np.maximum.reduceat(matrix.data, matrix.indptr[:-1][filled])
    return most
