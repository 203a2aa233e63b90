"""CLUST (in the spirit of Gholipour Ghalandari & Ifrim, ACL 2020): one entry per event.

Articles close in time and in content are clustered into events (average-linkage
agglomerative clustering on TF-IDF cosine distance, articles more than `window` days apart
never joining); events are ranked by size, each is dated by the day its sentences mention
most, and summarized from the sentences about that day.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import ClassVar

import numpy as np
from scipy import sparse
from sklearn.cluster import AgglomerativeClustering
from sklearn.preprocessing import normalize

from dateline.timeline.base import Picks, Size
from dateline.timeline.corpus import Corpus
from dateline.timeline.summarize import centroid, select


class Clust:
    """Event clustering of articles, one dated entry per cluster."""

    name: ClassVar[str] = "clust"
    description: ClassVar[str] = "cluster articles into events, one entry per event"

    def __init__(self, window: int = 3, distance: float = 0.85) -> None:
        self.window = window
        self.distance = distance

    def clusters(self, corpus: Corpus) -> np.ndarray:
        """A cluster label per article."""
        n = len(corpus.articles)
        if n < 2:
            return np.zeros(n, dtype=np.int64)
        rows = sparse.csr_matrix(
            (np.ones(len(corpus), dtype=np.float32), (corpus.article_of, np.arange(len(corpus)))),
            shape=(n, len(corpus)))
        docs = normalize(rows @ corpus.vectors)
        distance = 1.0 - (docs @ docs.T).toarray()
        days = np.asarray([a.date.toordinal() if a.date else -1 for a in corpus.articles])
        known = days >= 0
        apart = np.abs(days[:, None] - days[None, :]) > self.window
        distance[apart & known[:, None] & known[None, :]] = 2.0
        np.fill_diagonal(distance, 0.0)
        clustering = AgglomerativeClustering(n_clusters=None, metric="precomputed",
                                             linkage="average", distance_threshold=self.distance)
        return clustering.fit_predict(np.clip(distance, 0.0, 2.0))

    def pick(self, corpus: Corpus, size: Size) -> Picks:
        labels = self.clusters(corpus)
        members: dict[int, list[int]] = {}
        for i, a in enumerate(corpus.article_of):
            members.setdefault(int(labels[a]), []).append(i)
        # An event's size is its reach: the outlets that ran its articles (a wire copy in ten
        # outlets is one article, ten outlets).
        ranked = sorted(members.items(),
                        key=lambda kv: -int(corpus.outlets[np.unique(corpus.article_of[kv[1]])].sum()))
        picks: Picks = []
        used: set[dt.date] = set()
        for _label, sentences in ranked:
            if len(picks) == size.dates:
                break
            day = self._date(corpus, sentences, size)
            if day is None or day in used:
                continue
            about = [i for i in sentences if any(m.date == day for m in corpus.mentions[i])] \
                or [i for i in sentences if corpus.published(i) == day]
            pool = [i for i in about if corpus.summarizable(i)]
            chosen = select(corpus, pool, size.sentences, centroid(corpus, sentences))
            if chosen:
                used.add(day)
                picks.append((day, chosen))
        return picks

    @staticmethod
    def _date(corpus: Corpus, sentences: list[int], size: Size) -> dt.date | None:
        """The day a cluster's sentences mention most, else its most common publication day."""
        mentioned = Counter(m.date for i in sentences for m in corpus.mentions[i]
                            if size.allows(m.date))
        if mentioned:
            return mentioned.most_common(1)[0][0]
        published = Counter(d for i in sentences if (d := corpus.published(i)) and size.allows(d))
        return published.most_common(1)[0][0] if published else None
