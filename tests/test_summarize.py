"""The centroid selector's arithmetic: saved timelines and `timeline.build` must pick the same
sentences, so its sums are computed in one fixed way."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from dateline.timeline import Corpus, Query
from dateline.timeline.summarize import centroid


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
