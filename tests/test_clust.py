"""CLUST's sparse pairwise step: the clusters of dense all-pairs clustering, in less memory."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest
from scipy import sparse
from sklearn.cluster import AgglomerativeClustering
from sklearn.preprocessing import normalize

from dateline.ingest import make_article
from dateline.timeline import clust
from dateline.timeline.clust import Clust
from dateline.timeline.corpus import Corpus

WORDS = ("flood dam river rain bridge school strike union wage port ship oil gas pipeline court "
         "judge trial vote ballot party senate border troops ceasefire talks envoy summit trade "
         "tariff grain harvest drought fire forest quake tremor rescue hospital vaccine virus").split()


def _dense(method: Clust, corpus: Corpus) -> np.ndarray:
    """The original all-pairs clustering, kept here as the reference."""
    n = len(corpus.articles)
    rows = sparse.csr_matrix((np.ones(len(corpus)), (corpus.article_of, np.arange(len(corpus)))),
                             shape=(n, len(corpus)))
    docs = normalize(rows @ corpus.vectors)
    distance = 1.0 - (docs @ docs.T).toarray()
    days = np.asarray([a.date.toordinal() if a.date else -1 for a in corpus.articles])
    known = days >= 0
    distance[(np.abs(days[:, None] - days[None, :]) > method.window) & known[:, None] & known[None, :]] = 2.0
    np.fill_diagonal(distance, 0.0)
    return AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                   distance_threshold=method.distance).fit_predict(np.clip(distance, 0, 2))


def _partition(labels: np.ndarray) -> list[tuple[int, ...]]:
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return sorted(tuple(g) for g in groups.values())


def _corpus(seed: int, articles: int = 240, undated: float = 0.0) -> Corpus:
    """Stories of a few shared words told over a few days, some articles undated."""
    rng = random.Random(seed)
    stories = [(rng.sample(WORDS, 5), dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(60)))
               for _ in range(40)]
    made = []
    for i in range(articles):
        words, day = rng.choice(stories)
        text = ". ".join(" ".join(rng.choices(words + rng.sample(WORDS, 3), k=9)) for _ in range(3)) + "."
        date = None if rng.random() < undated else day + dt.timedelta(days=rng.randrange(6))
        made.append(make_article(text, id=str(i), date=date, lang="en"))
    return Corpus.build(made)


def test_sparse_clusters_equal_dense_clusters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clust, "BLOCK", 16)  # many blocks of rows
    for seed in range(4):
        corpus = _corpus(seed)
        method = Clust()
        sparse_labels = method.clusters(corpus)
        assert _partition(sparse_labels) == _partition(_dense(method, corpus))
        assert 1 < len(set(sparse_labels)) < len(corpus.articles)


def test_big_groups_are_cut_by_date() -> None:
    corpus = _corpus(7)
    labels = Clust(max_group=30).clusters(corpus)
    assert max(np.bincount(labels)) <= 30


def test_an_undated_article_joins_the_cluster_of_its_closest_dated_article() -> None:
    corpus = _corpus(3, undated=0.1)
    labels = Clust().clusters(corpus)
    days = np.asarray([a.date is None for a in corpus.articles])
    dated_labels = set(labels[~days])
    joined = [label in dated_labels for label in labels[days]]
    assert any(joined)  # most undated articles are told like a dated story
    alone = make_article("Completely different words: opera, violin, sonata, concerto.", id="x", lang="en")
    with_alone = Corpus.build(corpus.articles + [alone])
    assert Clust().clusters(with_alone)[-1] == len(corpus.articles)  # its own event
