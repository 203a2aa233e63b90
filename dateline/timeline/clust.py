"""CLUST (in the spirit of Gholipour Ghalandari & Ifrim, ACL 2020): one entry per event.

Articles close in time and in content are clustered into events (average-linkage
agglomerative clustering on TF-IDF cosine distance, articles more than `window` days apart
never joining); events are ranked by size, each is dated by the day its sentences mention
most, and summarized from the sentences about that day.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING, ClassVar

import numpy as np

from dateline.timeline.base import Picks, Size
from dateline.timeline.corpus import Corpus
from dateline.timeline.summarize import centroid, select

if TYPE_CHECKING:  # imported when clustering (see `corpus.preload`)
    from scipy import sparse

# Articles per block of rows when looking for close pairs, and the largest group of connected
# articles clustered at once (its distance matrix: MAX_GROUP² float64, 128 MiB).
BLOCK = 512
MAX_GROUP = 4000


def _groups(group: np.ndarray) -> list[np.ndarray]:
    """The article numbers of each connected group."""
    order = np.argsort(group, kind="stable")
    cuts = np.flatnonzero(np.diff(group[order])) + 1
    return np.split(order, cuts)


def _slices(members: np.ndarray, size: int) -> list[np.ndarray]:
    return [members[i:i + size] for i in range(0, len(members), size)]


class Clust:
    """Event clustering of articles, one dated entry per cluster."""

    name: ClassVar[str] = "clust"
    description: ClassVar[str] = "cluster articles into events, one entry per event"

    def __init__(self, window: int = 3, distance: float = 0.85, max_group: int = MAX_GROUP) -> None:
        self.window = window
        self.distance = distance
        self.max_group = max_group

    def clusters(self, corpus: Corpus) -> np.ndarray:
        """A cluster label per article.

        Average linkage never joins two groups of articles unless some pair across them is
        closer than `distance` (an average is never below every value averaged), and articles
        more than `window` days apart are never close. So the dated articles fall into
        connected groups through close pairs within the window, found with sparse products of
        nearby days only, and each group is clustered on its own: the result is that of
        clustering them all at once, in memory that grows with the window, not the collection
        squared. A group larger than `max_group` articles (a story every day for months) is cut
        by date into slices of that many, which may split an event at a slice border.

        An undated article has no window: it joins the cluster of the dated article closest to
        it, if that one is closer than `distance`, and is an event of its own otherwise (it
        never bridges events months apart).
        """
        from scipy import sparse
        from scipy.sparse.csgraph import connected_components  # both only when clustering: scikit-learn
        from sklearn.preprocessing import normalize  # costs most of a second (`corpus.preload`)

        n = len(corpus.articles)
        labels = np.arange(n, dtype=np.int64)
        if n < 2:
            return labels
        rows = sparse.csr_matrix(
            (np.ones(len(corpus), dtype=np.float32), (corpus.article_of, np.arange(len(corpus)))),
            shape=(n, len(corpus)))
        docs = normalize(rows @ corpus.vectors).tocsr()
        days = np.asarray([a.date.toordinal() if a.date else -1 for a in corpus.articles])
        dated, undated = np.flatnonzero(days >= 0), np.flatnonzero(days < 0)
        dated = dated[np.argsort(days[dated], kind="stable")]
        _count, group = connected_components(self._close_pairs(docs[dated], days[dated]), directed=False)
        for members in _groups(group):
            for part in _slices(dated[members], self.max_group):
                if len(part) > 1:
                    found = self._cluster(docs[part], days[part])
                    labels[part] = part[found]  # a cluster is named by one of its articles
        if len(dated):
            for start in range(0, len(undated), BLOCK):
                block = undated[start:start + BLOCK]
                similar = docs[block] @ docs[dated].T
                best = np.asarray(similar.argmax(axis=1)).ravel()
                close = similar.max(axis=1).toarray().ravel() > 1.0 - self.distance
                labels[block[close]] = labels[dated[best[close]]]
        return labels

    def _close_pairs(self, docs: sparse.csr_matrix, days: np.ndarray) -> sparse.csr_matrix:
        """The pairs of dated articles (in date order) closer than `distance` and within
        `window` days of each other, computed a block of rows at a time."""
        n = docs.shape[0]
        pairs: list[tuple[np.ndarray, np.ndarray]] = [(np.arange(n), np.arange(n))]
        for start in range(0, n, BLOCK):
            block = np.arange(start, min(start + BLOCK, n))
            first = np.searchsorted(days, days[block[0]] - self.window, side="left")
            last = np.searchsorted(days, days[block[-1]] + self.window, side="right")
            similar = (docs[block] @ docs[first:last].T).tocoo()
            i, j = block[similar.row], similar.col + first
            near = (similar.data > 1.0 - self.distance) & (np.abs(days[i] - days[j]) <= self.window)
            pairs.append((i[near], j[near]))
        rows, columns = (np.concatenate(side) for side in zip(*pairs))
        from scipy import sparse

        return sparse.csr_matrix((np.ones(len(rows), dtype=np.int8), (rows, columns)), shape=(n, n))

    def _cluster(self, docs: sparse.csr_matrix, days: np.ndarray) -> np.ndarray:
        """Average-linkage clustering of one group: for each article, the position of its
        cluster's first article."""
        from sklearn.cluster import AgglomerativeClustering  # see `clusters`

        distance = 1.0 - (docs @ docs.T).toarray()
        known = days >= 0
        apart = np.abs(days[:, None] - days[None, :]) > self.window
        distance[apart & known[:, None] & known[None, :]] = 2.0
        np.fill_diagonal(distance, 0.0)
        clustering = AgglomerativeClustering(n_clusters=None, metric="precomputed",
                                             linkage="average", distance_threshold=self.distance)
        found = clustering.fit_predict(np.clip(distance, 0.0, 2.0))
        _labels, first = np.unique(found, return_index=True)
        return first[np.searchsorted(_labels, found)]

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
