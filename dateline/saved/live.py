"""Saved timelines that follow the corpus: after an ingest, a saved timeline is updated by
touching only the days the new articles speak of, and what changed is kept with the
articles that caused it.

Why the update gives exactly the timeline a computation from scratch gives (a test checks
it, and `benchmarks/saved.py` measures both): every statistic the default method
(`dateline.timeline.default`) reads is a sum over the collection's texts. Per day, the
texts voting for each ranking feature and those with an on-topic sentence about it (the
days with one are those the topic reaches, which size a default timeline); per word, the sentences holding it (the IDF); per length,
the sentences that long (the length weights). A saved timeline keeps each text's votes and
candidate sentences per day, and those sums. A new text adds its share; a text that gained
an outlet (a wire copy, whose representative date may change) has its day rows replaced.
What is not a sum is computed again from the sums every time: sizing, standardizing and
ranking the days (one row per day, cheap) and summarizing the best days. Every new text
changes the IDF, so the candidate sentences of the days summarized are vectorized again (from
their words, kept per sentence: one sparse product) and chosen again; that is most of an
update's cost. The store keeps each day's candidates with their words packed in one row (their
only copy), and the document frequencies in one array: an update reads and writes those, not
thousands of rows. Only a day that gave nothing last time because each of its on-topic
sentences repeated one already shown is skipped unread, while an exact bound proves it still
does (`Live._still_repeating`).

What is kept, and how, is the store's (`dateline.store.TimelineTables`): this module computes,
the store only keeps and reads, so another store backend changes nothing here.

A saved timeline follows every stored text that matches its query, language and range
(the `limit` of an interactive timeline does not apply). It is computed again whole when
an update could not be a sum: the Dateline code changed, a stored text was analysed again,
the collection gained a language (the query's function words depend on its languages),
the query matched nothing before (the timeline then used every sentence), an article of it
was replaced by a newer version (`store.REVISED`: its old text's share is no sum), or a text older
than some already in it joined it (its words come first in the term order the vectors
follow). Methods other than the default one (DATEWISE, CLUST) are computed again whole on
each update.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from dateline.model import Article, Timeline
from dateline.store import DAY_ROW, Repository, TimelineState, TimelineTables, fingerprint
from dateline.store.codec import iso, parse_day

if TYPE_CHECKING:
    from scipy import sparse

    from dateline.timeline import Corpus, Query
    from dateline.timeline.base import Picks

# Texts analysed per batch when a saved timeline is computed from scratch: bounds memory.
BATCH = 500
# How a candidate sentence speaks of its day (the tiers of the default method's summaries).
# CONTINUED: an undated sentence going on with a list entry, in the first tier and the attached
# one (`timeline.dates.listed`, `timeline.dates.attached`).
LISTED, MENTIONED, ATTACHED, CONTINUED = 0, 1, 2, 3
# Days beyond the asked number whose candidates are read at first: some days end up with
# no summary (every sentence already said), and then all the others are read. Few: a day that
# gave nothing last time is known (`timeline_repeats`) and passed unread, so only a day that
# newly gives nothing needs a spare (session 15: with 8, the topic updates read 38 days and
# summarized 30; the 6 days less cost 3-5% of an update). The result is the same for any value.
SPARE_DAYS = 2
# Articles named per change in the history ("because of"), at most.
CAUSES = 20
# How far above the method's repeat bound a proven cosine must stay for a day to be skipped:
# far more than float32 rounding, so that a skipped day is one the method would skip too.
SPARE_COSINE = 1e-3


@dataclass(frozen=True, slots=True)
class Params:
    """What a saved timeline is of, in the HTTP API's words (`q`, `from`, `to`, ...)."""

    q: tuple[str, ...] = ()
    method: str = "dateline"
    dates: int | None = None
    sentences: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    lang: str | None = None
    # An entity or pair timeline (`dateline.saved.entity`): events involving all of them.
    entity: tuple[str, ...] = ()

    @classmethod
    def of(cls, data: dict[str, Any]) -> Params:
        """From saved JSON; unknown keys (an interactive timeline's `limit`) are ignored."""
        from dateline.timeline import METHODS

        method = data.get("method") or "dateline"
        if method not in METHODS:
            raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
        return cls(tuple(data.get("q") or ()), method, data.get("dates"), data.get("sentences"),
                   parse_day(data.get("from")), parse_day(data.get("to")), data.get("lang"),
                   tuple(data.get("entity") or ()))

    def as_dict(self) -> dict[str, Any]:
        found = {"q": list(self.q), "method": self.method, "dates": self.dates,
                 "sentences": self.sentences, "from": iso(self.start), "to": iso(self.end),
                 "lang": self.lang, "entity": list(self.entity) or None}
        return {k: v for k, v in found.items() if v is not None}


def selection_terms(params: Params) -> list[str]:
    """The words the store selects a timeline's articles by: the query, else the entities'
    names (a name of several words as a phrase); the events stage then finds aliases in them."""
    return list(params.q) or [f'"{name}"' if " " in name else name for name in params.entity]


def selection_forms(terms: Sequence[str]) -> list[str]:
    """The other ways any language writes the entities the terms name, which the store selects
    articles by as well (`dateline.timeline.written_alike`: "Spain" also selects "España",
    "Испании"), so a timeline from the corpus reads the articles one from files would."""
    from dateline.timeline.query import written_alike  # only when a timeline is computed

    return written_alike(terms)


class Live:
    """Computes and updates one saved timeline of a store (see module docstring)."""

    def __init__(self, store: Repository, timeline_id: int, params: Params) -> None:
        self.store = store
        self.id = timeline_id
        self.tables: TimelineTables = store.timeline_tables(timeline_id)
        self.params = params

    # -- entry points -------------------------------------------------------------------------

    def update(self) -> int:
        """Bring the saved timeline up to date with the corpus; the number of changes (0, and
        no history, when no text stored or analysed again since it was computed belongs to it)."""
        state = self.tables.state()
        if state is None or state.fingerprint != fingerprint():
            return self.rebuild("recomputed", reason="Dateline changed")
        new_rows, reindexed = self.tables.arrivals(state.last_article, state.last_sentence)
        if revised := self._revised(state.last_article):  # a share of a text gone since: no sum
            return self.rebuild("recomputed", causes=self.tables.articles_named(sorted(revised)),
                                reason="an article was replaced by a newer version")
        arrived = sorted({text for _, text in new_rows} | reindexed)
        members = set(self._collection(among=arrived)) if arrived else set()
        if not members:
            self.tables.seen()
            return 0
        causes = self.tables.articles_named([row for row, text in new_rows if text in members])
        return self._follow(state, members, reindexed, causes)

    def _revised(self, last_article: int) -> set[int]:
        """The article rows stored since `last_article` that replaced an older version whose
        text the timeline holds a share of (`TimelineTables.revised`)."""
        return self.tables.revised(last_article)

    def _follow(self, state: TimelineState, members: set[int], reindexed: set[int],
                causes: Sequence[dict[str, Any]]) -> int:
        """`update` once texts of the timeline (`members`: new, or analysed again when in
        `reindexed`) arrived since `state`: touch only the days they speak of, if it can."""
        params = self.params
        known = self.tables.known(sorted(members))
        langs_now = sorted(set(state.langs) | self.tables.languages(sorted(members - known)))
        query = self._query(langs_now, True)
        if params.method != "dateline":
            return self.rebuild("recomputed", causes=causes, reason=f"{params.method} is computed again whole")
        # The query's function words are those of the collection's languages: a new language
        # that drops another term changes every text's share. (Parsed again only when a
        # language came: the same languages give the same query, and parsing is a third of a
        # topic's update.)
        if (known & reindexed or not state.query_used
                or (set(langs_now) != set(state.langs) and query != self._query(state.langs, True))):
            return self.rebuild("recomputed", causes=causes,
                                reason="a stored text was analysed again, the query reads differently "
                                       "in the collection's new language, or it had matched nothing")
        # Terms are numbered in the order they first come in the collection, its texts by id
        # (`_number_terms`): an older text joining it (a copy dated it into the range) comes
        # before texts already counted.
        last = self.tables.last_text()
        if members - known and last is not None and min(members - known) < last:
            return self.rebuild("recomputed", causes=causes,
                                reason="a text older than some of the timeline's joined it")
        self.tables.set_langs(langs_now)
        voted, candidate_days = self.tables.drop_days_of(sorted(known))
        touched = self._add_texts(sorted(members), query, fresh=members - known)
        touched |= voted | candidate_days
        self._aggregate(touched)
        self.tables.seen()
        result = self._compute(query, False, touched=touched)
        return self._record(result, causes, header="updated")

    # -- computing from scratch -----------------------------------------------------------------

    def rebuild(self, change: str, *, reason: str | None = None, causes: Sequence[dict[str, Any]] = ()) -> int:
        """Forget the kept sums, compute them from every text of the collection, and record
        what changed; the number of changes."""
        params = self.params
        self.tables.start()
        if params.method == "dateline":
            ids = self._collection()
            langs = sorted(self.tables.languages(ids))
            query = self._query(langs, True)
            self._add_texts(ids, query, fresh=set(ids))
            fallback = bool(query) and bool(ids) and not self._matched(query)
            if fallback:  # every sentence is on topic (an interactive timeline is empty instead)
                self.tables.forget_shares()
                query = self._query(langs, False)
                self._add_texts(ids, query, fresh=set(ids))
            self.tables.set_langs(langs, not fallback)
            self._aggregate(None)
            result = self._compute(query, fallback)
        else:
            result = self._whole()
        self.tables.recomputed(change, reason, causes)
        return 1 + self._record(result, causes)

    def _whole(self) -> Timeline:
        """DATEWISE or CLUST over the whole collection: they are not sums of their texts."""
        from dateline.timeline import build

        params = self.params
        ids = self._collection()
        stored = self.store.articles(ids)
        return build([s.article for s in stored], query=list(params.q), dates=params.dates,
                     sentences=params.sentences, start=params.start, end=params.end,
                     method=params.method, outlets=[len(s.outlets) for s in stored])

    def _collection(self, among: Sequence[int] | None = None) -> list[int]:
        """The ids of the stored texts the timeline draws on (of `among` only, when given): those
        its terms or their other written forms select (`selection_terms`, `selection_forms`)."""
        params = self.params
        terms = selection_terms(params)
        return self.store.collection(terms, start=params.start, end=params.end, lang=params.lang,
                                     among=among, forms=selection_forms(terms))

    def _query(self, langs: Iterable[str], used: bool) -> Query:
        from dateline.timeline import Query

        return Query.of(list(self.params.q) if used else None, set(langs) or None)

    def _matched(self, query: Query) -> bool:
        """Whether any candidate sentence of the collection matches the query (see
        `timeline.prepare`, which then uses every sentence)."""
        from dateline.ingest import fold

        return any(query.matches_folded(fold(" ".join(text.split()))) for text in self.tables.member_sentences())

    # -- each text's share ----------------------------------------------------------------------

    def _add_texts(self, ids: Sequence[int], query: Query, *, fresh: set[int]) -> set[str]:
        """Keep the day votes and candidate sentences of these texts, and add the words and
        lengths of the `fresh` ones (new to the collection, after every text in it) to the sums;
        the days touched."""
        from dateline.ingest import fold
        from dateline.timeline import Corpus, Size
        from dateline.timeline import dates as day_index
        from dateline.timeline.features import FEATURES, day_voters

        bounds = Size(1, 1, self.params.start, self.params.end)
        tokens = _tokenizer()
        touched: set[str] = set()
        # The fresh texts' candidates, added to their days at the end: appending a batch's to
        # days that earlier batches packed rewrote those days once per batch (a tenth of a
        # two-year computation from scratch). Their words are a few bytes per word, far less
        # than a batch of analysed texts.
        appended: list[tuple[str, int, int, int, int, int, bytes]] = []
        for i in range(0, len(ids), BATCH):
            stored = self.store.articles(ids[i:i + BATCH])
            corpus = Corpus.build([s.article for s in stored], query, [len(s.outlets) for s in stored],
                                  vectorize=False)
            text_of = [s.id for s in stored]
            # Python lists: a numpy scalar read per sentence costs more than the loop around it.
            article_of, position = corpus.article_of.tolist(), corpus.position.tolist()
            bits: dict[tuple[dt.date, int], int] = defaultdict(int)
            for (day, feature), voters in day_voters(corpus, bounds).items():
                for a in voters:
                    bits[(day, a)] |= 1 << FEATURES.index(feature)
            on_topic = 1 << len(FEATURES)
            topical_rows = day_index.on_topic(corpus)
            topical = topical_rows.tolist()
            candidates: list[tuple[Any, ...]] = []
            tiers = ((day_index.mentioned(corpus, bounds), None),
                     (day_index.attached(corpus, bounds), ATTACHED))
            # The default method's first tier, as it finds it (`Dateline.pick`).
            listed = {(day, s) for day, found in day_index.listed(corpus, bounds).items() for s in found}
            for index, tier in tiers:
                for day, sentences in index.items():
                    iso_day = day.isoformat()
                    touched.add(iso_day)
                    for s in sentences:
                        a = article_of[s]
                        if topical[s]:
                            bits[(day, a)] |= on_topic
                        first = (day, s) in listed
                        kind = ((CONTINUED if first else ATTACHED) if tier is not None
                                else LISTED if first else MENTIONED)
                        candidates.append((iso_day, text_of[a], position[s], kind, s))
            iso_days = {day: day.isoformat() for day, _ in bits}  # a day has many votes: named once
            outlets, published_on = corpus.outlets.tolist(), [article.date for article in corpus.articles]
            votes = [(iso_days[day], text_of[a], value, outlets[a] if published_on[a] == day else 0)
                     for (day, a), value in bits.items()]
            touched.update(iso_days.values())
            new = [a for a, tid in enumerate(text_of) if tid in fresh]
            # The sentences new to the sums.
            counted = np.flatnonzero(np.isin(corpus.article_of, new)).tolist()
            chosen = sorted({c[-1] for c in candidates})
            # Folded in one call, joined by newlines: `fold` maps character by character (case,
            # accents, apostrophes) and no sentence holds a newline (`Corpus.build` joins its
            # words by spaces); a call per sentence cost twice as much.
            wanted = sorted({*counted, *chosen})
            folded = fold("\n".join([corpus.texts[s] for s in wanted])).split("\n")
            words = {s: tokens(f) for s, f in zip(wanted, folded)}
            # In the order the terms first come in the collection: one count in C over every
            # sentence's distinct words, not one Counter.update per sentence.
            df = Counter(chain.from_iterable(dict.fromkeys(words[s]) for s in counted))
            # `set().union` and `map` in C: some 15,000 words a batch of 85 texts, one at a time
            # in Python before.
            number = self._number_terms(df, set().union(*(words[s] for s in chosen)))
            terms = pack_terms([list(map(number.__getitem__, words[s])) for s in chosen])
            # A candidate's flag is whether summaries may take it, as `Dateline.pick` decides.
            allowed = topical_rows.tolist()
            sentences = {s: (int(corpus.words[s]), int(allowed[s]), kept) for s, kept in zip(chosen, terms)}
            days: dict[int, set[str]] = {tid: set() for tid in text_of}
            for day, tid, *_ in candidates:
                days[tid].add(day)
            self.tables.add_share(votes, days.items(), Counter(corpus.words[counted].tolist()))
            rows = [(day, tid, n, *sentences[s][:2], kind, sentences[s][2]) for day, tid, n, kind, s in candidates]
            # A fresh text comes after every text counted before (`update`), so its rows are
            # appended to their days; a known text's (replaced: `drop_days_of`) are merged in.
            appended += [r for r in rows if r[1] in fresh]
            merged = [r for r in rows if r[1] not in fresh]
            if merged:
                self.tables.add_candidates(merged, later=False)
        self.tables.add_candidates(appended, later=True)
        return touched

    def _number_terms(self, df: Counter[str], needed: set[str]) -> dict[str, int]:
        """Add `df` to the collection's document frequencies, giving new terms the next
        numbers in the order `df` has them; the numbers of those terms and of the `needed` ones
        (already counted). Numbered in the order terms first come in the collection (its texts
        by id), a sentence's terms sorted by number are in the order `Corpus.build`'s TF-IDF
        rows hold them (scikit-learn numbers terms as they come, then renames them in
        alphabetical order without sorting the rows again), so that sums over a row (norms,
        dot products) round the same way and ties between sentences are broken the same way."""
        number = self.tables.term_numbers(sorted(needed | df.keys()))
        counted = self.tables.df()
        unknown = {t: n for n, t in enumerate((t for t in df if t not in number), len(counted))}
        self.tables.add_terms(unknown)
        number.update(unknown)
        counted = np.concatenate([counted, np.zeros(len(unknown), dtype=np.int64)])
        np.add.at(counted, np.asarray([number[t] for t in df], dtype=np.int64),
                  np.asarray(list(df.values()), dtype=np.int64))
        self.tables.set_df(counted)
        return number

    def _aggregate(self, days: set[str] | None) -> None:
        """The per-day sums of the given days (every day when None) from the texts' votes."""
        from dateline.timeline.features import FEATURES

        self.tables.aggregate(len(FEATURES) + 1, days)

    # -- the timeline from the sums -------------------------------------------------------------
    def _compute(self, query: Query, fallback: bool, touched: set[str] | None = None) -> Timeline:
        """Size, rank and summarize from the kept sums, as `timeline.build` does from a corpus.

        A day that summarized nothing last time, because each of its on-topic candidates
        repeated a sentence already in the timeline, is skipped unread when the update did
        not touch it, those sentences are in the timeline again, and the new IDF cannot have
        brought any of those cosines down to the method's bound (`_still_repeating`)."""
        from dateline.timeline import left_out, query_notes, shortfalls
        from dateline.timeline.base import Size, to_timeline
        from dateline.timeline.default import Dateline, ranked
        from dateline.timeline.features import FEATURES, feature_rows
        from dateline.timeline.ranker import shipped
        from dateline.timeline.size import size_for

        params = self.params
        per_day = {dt.date.fromisoformat(day): counts for day, counts in self.tables.day_counts().items()}
        texts = self.tables.texts()
        features = len(FEATURES)
        bounds = Size(1, 1, params.start, params.end)
        # The days the topic reaches (`timeline.size.reached_days`): an on-topic sentence is about them.
        days = sorted(day for day, c in per_day.items() if bounds.allows(day) and c[features])
        size = size_for(len(days), texts, asked=params.dates, sentences=params.sentences,
                        start=params.start, end=params.end)
        counts = {day: dict(zip(FEATURES, per_day[day][:features])) for day in days}
        scores = dict(zip(days, shipped().scores(feature_rows(counts, days)).tolist()))
        order = ranked(scores)
        lengths = self.tables.lengths()
        collection = np.repeat(np.asarray([w for w, _ in lengths], dtype=np.int64),
                               [n for _, n in lengths])
        method = Dateline()
        bound = method.repeat_similarity + SPARE_COSINE
        repeating = self._still_repeating(touched, int(collection.size), bound)
        reach = size.dates + SPARE_DAYS + len(repeating)  # days known to repeat cost nothing to pass
        # Each day's kept candidates as read, for the passes after the first: nothing is written
        # to them while summarizing, so a day is read from the store once.
        blobs: dict[str, tuple[bytes, bytes]] = {}
        while True:
            read = self._days_corpus([d for d in order[:reach] if d not in repeating], query,
                                     int(collection.size), blobs)
            skipper = _Skipper(repeating, read.keys)
            try:
                picks = method.summarize(read.corpus, size, order[:reach], listed=read.listed,
                                         mentioned=read.mentioned, attached=read.attached,
                                         weights=read.corpus.length_weights(collection), skip=skipper)
            except _Unread as unread:
                # Its repeated sentences left the timeline: read it, and with it every repeating
                # day whose repeated sentences are not all in the timeline so far. The next pass
                # summarizes the days before this one the same way, and the timeline only grows,
                # so the days kept still repeat then: one pass more at most, not one per day.
                repeating = {day: repeated for day, repeated in repeating.items()
                             if day != unread.day and repeated <= skipper.in_timeline}
                continue
            if len(picks) == size.dates or reach >= len(order):
                break
            reach = len(order)  # days that summarize nothing are rare: take all the rest at once
        last = max((order.index(day) for day, _ in picks), default=-1) if len(picks) == size.dates else reach - 1
        self._keep_repeats(read, [d for d in order[:last + 1] if d not in skipper.skipped],
                           picks, bound, int(collection.size))
        timeline = to_timeline(*self._cite(query, read.keys, picks), method.name)
        timeline.notes = [] if texts else ["no stored article matches this timeline yet"]
        timeline.notes += query_notes(query, matched=not fallback)
        timeline.notes += shortfalls(timeline, size, asked_dates=params.dates is not None, read=bool(texts))
        if params.dates is None:
            timeline.notes += left_out(set(days), size, timeline)
        return timeline

    def _still_repeating(self, touched: set[str] | None, sentences: int,
                         bound: float) -> dict[dt.date, set[tuple[int, int]]]:
        """The days kept in `timeline_repeats` that still summarize nothing while their
        repeated sentences are in the timeline; for each, those sentences.

        Why it is exact: rows are L2-normalized sublinear counts times the IDF, so when every
        term's IDF is multiplied by a factor between r_min and r_max, a cosine between two
        sentences (non-negative rows) is at least its old value times (r_min / r_max)². A day
        is kept when its least cosine, so lowered over its own terms, stays above the bound,
        and no candidate of it came or went since (the days an update touches are forgotten)."""
        if touched is None:
            return {}
        # What was known of a touched day goes now, whether or not this walk reaches it.
        self.tables.forget_repeats(touched)
        rows = self.tables.repeats()
        if not rows:
            return {}
        pairs = np.frombuffer(b"".join(r[4] for r in rows), dtype="<i4").reshape(-1, 2).astype(np.int64)
        df_now = self.tables.df()
        held = np.asarray([len(r[4]) // 8 for r in rows], dtype=np.int64)  # terms kept per day
        then = np.repeat([r[1] for r in rows], held)
        ratio = (np.log((1 + sentences) / (1 + df_now[pairs[:, 0]])) + 1) / (
            np.log((1 + then) / (1 + pairs[:, 1])) + 1)
        starts = np.cumsum(held) - held
        has_terms = held > 0
        spread = np.ones(len(rows))  # (r_min / r_max)² per day; a day without terms has none
        if ratio.size:
            spread[has_terms] = (np.minimum.reduceat(ratio, starts[has_terms])
                                 / np.maximum.reduceat(ratio, starts[has_terms])) ** 2
        return {dt.date.fromisoformat(day): {(int(t), int(n)) for t, n in
                                             np.frombuffer(repeated, dtype="<i8").reshape(-1, 2).tolist()}
                for (day, _, least, repeated, _), lowered in zip(rows, spread) if least * lowered > bound}

    def _keep_repeats(self, read: _Days, summarized: Sequence[dt.date], picks: Picks, bound: float,
                      sentences: int) -> None:
        """Of the days just summarized (in order), keep in `timeline_repeats` those that gave
        nothing because each on-topic candidate repeats a sentence already in the timeline
        (its cosine with one is above the bound), for `_still_repeating` to skip next time."""
        chosen = dict(picks)
        vectors = read.corpus.vectors
        matches = read.corpus.matches.tolist()
        # Every day's on-topic candidates against every sentence the timeline held before it, in
        # one product: a day's cosines are the columns of the sentences before it (a prefix, in
        # the same order). One product per day cost half an update of a person's two years
        # (scipy's row selection); each cosine is the same sum, term by term in its row's order.
        before: list[int] = []
        owned: list[tuple[dt.date, list[int], int]] = []  # a day, its on-topic rows, before's length
        for day in summarized:
            if day in chosen:
                before += chosen[day]
                continue
            own = [i for i in dict.fromkeys(read.mentioned.get(day, []) + read.attached.get(day, []))
                   if matches[i]]
            if own and not before:
                continue
            owned.append((day, own, len(before)))
        rows = [i for _, own, _ in owned for i in own]
        every = ((vectors[rows] @ vectors[before].T).toarray() if rows and before
                 else np.zeros((len(rows), len(before)), dtype=np.float32))
        # Each row's largest cosine and its first column among its day's prefix, for all rows
        # at once (the columns past it set below any cosine: the same maxima and first
        # positions as each day's own block gives), and each day's least of its rows' maxima.
        lengths = [len(own) for _, own, _ in owned]
        prefix = np.repeat(np.asarray([held for _, _, held in owned], dtype=np.int64), lengths)
        every = np.where(np.arange(every.shape[1]) < prefix[:, None], every, np.float32(-np.inf))
        largest = every.max(axis=1, initial=-np.inf)
        nearest = every.argmax(axis=1).tolist() if every.shape[1] else []
        bounds = np.cumsum([0, *lengths]).tolist()
        with_rows = [k for k, n in enumerate(lengths) if n]
        least_of = dict(zip(with_rows, np.minimum.reduceat(largest, [bounds[k] for k in with_rows]).tolist()
                            if with_rows else []))
        kept = []
        groups: list[list[int]] = []  # each kept day's rows whose terms it keeps
        for k, (day, own, _) in enumerate(owned):
            least = least_of.get(k, 2.0)  # no on-topic candidate: nothing to summarize at any IDF
            if least <= bound:
                continue
            repeated = sorted({before[j] for j in nearest[bounds[k]:bounds[k + 1]]},
                              key=read.keys.__getitem__)  # kept in (text, position) order
            groups.append(own + repeated)
            kept.append((day.isoformat(), sentences, least,
                         np.asarray([read.keys[i] for i in repeated], dtype="<i8").reshape(-1, 2).tobytes()))
        self.tables.keep_repeats([d.isoformat() for d in summarized],
                                 [(*row, terms) for row, terms in zip(kept, self._group_terms(read, groups))])

    @staticmethod
    def _group_terms(read: _Days, groups: list[list[int]]) -> list[bytes]:
        """For each group of rows of `read`'s vectors, the terms they hold with their document
        frequencies, as `timeline_repeats.terms` keeps them: (term number, df) pairs in column
        order, little-endian int32. All groups in one `np.unique` (of group and column), not
        one per group: a person's update keeps some 300 days."""
        from dateline.timeline.summarize import row_entries

        vectors = read.corpus.vectors
        width = max(vectors.shape[1], 1)
        entries, per_row = row_entries(vectors, [i for group in groups for i in group])
        group = np.repeat(np.repeat(np.arange(len(groups), dtype=np.int64), [len(g) for g in groups]), per_row)
        found = np.unique(group * width + vectors.indices[entries])
        columns = found % width
        pairs = np.stack([read.numbers[columns], read.df[columns]], axis=1).astype("<i4").tobytes()
        cuts = (np.searchsorted(found // width, np.arange(len(groups) + 1)) * 8).tolist()
        return [pairs[a:b] for a, b in zip(cuts, cuts[1:])]

    def _days_corpus(self, days: Sequence[dt.date], query: Query, sentences: int,
                     blobs: dict[str, tuple[bytes, bytes]]) -> _Days:
        """What summarizing `days` reads: a corpus of their candidate sentences, vectorized
        with the whole collection's IDF from their kept words, and which of them speak of
        each day, by tier. (Its texts, articles and mentions are left empty: summarizing does
        not read them; `_cite` reads the texts of the sentences chosen.) `blobs` holds the
        days' kept candidates already read (`TimelineTables.packed_days`) and gains the others."""
        from dateline.timeline import Corpus

        names = [d.isoformat() for d in days]
        unread = [day for day in names if day not in blobs]
        blobs.update(zip(unread, self.tables.packed_days(unread)))
        packed = [blobs[day] for day in names]
        # In arrays, not row by row: a topic's update reads some 20,000 candidate rows.
        rows = np.frombuffer(b"".join(candidates for candidates, _ in packed), dtype=DAY_ROW)
        day = np.repeat(np.arange(len(days), dtype=np.int64), [len(c) // DAY_ROW.itemsize for c, _ in packed])
        tid, n = rows["text"], rows["n"].astype(np.int64)
        # Each sentence once, numbered by its first row. A day's rows are in (text, position)
        # order (`TimelineTables.packed_days`), the order `Corpus.build` lists its sentences
        # in, so each tier keeps a day's sentences as they come; the numbers themselves need
        # no order (summarizing reads the tiers' lists, and rows by number), so they follow
        # the rows, and a sentence's terms are taken where they lie, not gathered in another
        # order (every array as long as the terms read costs its page faults: some 200,000).
        _, first, inverse = np.unique((tid << 32) | n, return_index=True, return_inverse=True)
        by_row = np.argsort(first)
        first = first[by_row]
        number = np.empty_like(by_row)
        number[by_row] = np.arange(len(by_row))
        number = number[inverse]
        position = n[first]
        read = _Days(_Keys(tid[first], position))
        tier = rows["tier"]
        for index, wanted in ((read.attached, (tier == ATTACHED) | (tier == CONTINUED)),
                              (read.mentioned, (tier == LISTED) | (tier == MENTIONED)),
                              (read.listed, (tier == LISTED) | (tier == CONTINUED))):
            found_day, found = day[wanted], number[wanted].tolist()
            starts = np.flatnonzero(np.diff(found_day, prepend=-1)).tolist()
            for k, start, end in zip(found_day[starts].tolist(), starts, starts[1:] + [len(found)]):
                index[days[k]] = found[start:end]
        # Each sentence's (term, count) pairs, from its first row; a pair read as one int64,
        # day by day (each day's blob read where it lies, not joined into one more copy).
        held = rows["terms"].astype(np.int64)
        first_row = np.zeros(len(rows), dtype=bool)
        first_row[first] = True
        keep = np.split(np.repeat(first_row, held), np.cumsum([len(terms) // 8 for _, terms in packed])[:-1])
        pairs = np.concatenate([np.frombuffer(terms, dtype="<i8")[kept] for (_, terms), kept in zip(packed, keep)]
                               or [np.zeros(0, dtype="<i8")])
        vectors, read.numbers, read.df = _vectors(self.tables.df(), pairs.view("<i4").reshape(-1, 2),
                                                   held[first], sentences)
        read.corpus = Corpus(
            articles=[], texts=[""] * len(first),
            article_of=tid[first].astype(np.int64),  # each text an article: `summarize.day_targets` weighs them
            position=position,
            words=rows["words"][first].astype(np.int64),
            mentions=[()] * len(first),
            matches=rows["on_topic"][first].astype(bool),
            vectors=vectors, query=query)
        return read

    def _cite(self, query: Query, keys: _Keys,
              picks: Picks) -> tuple[Corpus, Picks]:
        """The chosen sentences, with their texts and articles, as a corpus of their own, and
        the picks numbered in it: what `to_timeline` reads."""
        from scipy import sparse

        from dateline.timeline import Corpus

        chosen = list(dict.fromkeys(keys[i] for _, sentences in picks for i in sentences))
        number = {key: i for i, key in enumerate(chosen)}
        text = self.tables.sentence_texts(sorted({tid for tid, _ in chosen}))
        texts = [" ".join(text[key].split()) for key in chosen]
        text_ids = list(dict.fromkeys(tid for tid, _ in chosen))
        article_of = {tid: a for a, tid in enumerate(text_ids)}
        outlets = self.store.outlets(text_ids)
        langs = self.tables.text_languages(text_ids)
        articles = [Article(id=str(tid), text="", lang=langs.get(tid), date=outlets[tid][0].date, title=outlets[tid][0].title,
                            url=outlets[tid][0].url, path=outlets[tid][0].source,
                            date_inferred=outlets[tid][0].date_how == "inferred",
                            date_confidence=outlets[tid][0].date_confidence) for tid in text_ids]
        corpus = Corpus(
            articles=articles, texts=texts,
            article_of=np.asarray([article_of[tid] for tid, _ in chosen], dtype=np.int64),
            position=np.asarray([n for _, n in chosen], dtype=np.int64),
            words=np.asarray([len(t.split()) for t in texts], dtype=np.int64),
            mentions=[() for _ in chosen], matches=np.ones(len(chosen), dtype=bool),
            vectors=sparse.csr_matrix((len(chosen), 0), dtype=np.float32), query=query,
            outlets=np.asarray([len(outlets[tid]) for tid in text_ids], dtype=np.int64))
        return corpus, [(day, [number[keys[i]] for i in sentences]) for day, sentences in picks]

    # -- history --------------------------------------------------------------------------------

    def _record(self, result: Timeline, causes: Sequence[dict[str, Any]], header: str | None = None) -> int:
        """Save the new result and, per date, what appeared, changed or disappeared, with the
        new articles that speak of that day or that its entry now cites; none when no new
        article does (the collection moved it: see `history`), rather than all the update's
        articles. A `header` row ("updated", naming them all) comes first when any date
        changed; the number of date changes."""
        from dateline.render.jsonout import timeline_dict

        new = timeline_dict(result)
        saved = self.store.saved_timeline(self.id)
        before = {e["date"]: e["sentences"] for e in ((saved and saved.result) or {}).get("entries", [])}
        after = {e["date"]: e["sentences"] for e in new["entries"]}
        speaking = self._speaking(causes, new)
        changes = []
        for day in sorted(before.keys() | after.keys()):
            kind = ("appeared" if day not in before else "disappeared" if day not in after
                    else "changed" if before[day] != after[day] else None)
            if kind is None:
                continue
            why = [c for c in causes if c["id"] in speaking.get(day, ())]
            changes.append((kind, day, before.get(day), after.get(day), why[:CAUSES]))
        if header and changes:
            self.tables.recomputed(header, None, causes)
        self.tables.record(new, changes)
        return len(changes)

    def _speaking(self, causes: Sequence[dict[str, Any]], new: dict[str, Any]) -> dict[str, set[int]]:
        """Day -> the texts of `causes` that speak of it (their day votes and candidate
        sentences) or that its entry in `new`, the result, cites."""
        speaking = cited(causes, new)
        for day, text_id in self.tables.speaking(sorted({c["id"] for c in causes})):
            speaking[day].add(text_id)
        return speaking


def cited(causes: Sequence[dict[str, Any]], result: dict[str, Any]) -> dict[str, set[int]]:
    """Day -> the texts of `causes` that the day's entry in `result` cites (a sentence's
    source or one of its other reports)."""
    ids = {str(c["id"]): c["id"] for c in causes}
    found: dict[str, set[int]] = defaultdict(set)
    for entry in result["entries"]:
        for sentence in entry["sentences"]:
            for source in [sentence["source"], *(r["source"] for r in sentence.get("reports", []))]:
                if source.get("article") in ids:
                    found[entry["date"]].add(ids[source["article"]])
    return found


# What a dated history row that names no article means, when it is an update's row.
MOVED = ("no new article speaks of this day: the collection as a whole moved it (other days "
         "ranking above it, or the dates or sentences per date chosen from its size)")


def history(store: Repository, timeline_id: int) -> list[dict[str, Any]]:
    """The saved timeline's history (`Repository.timeline_history`), each dated row that names
    no article, in an update brought by new articles, given a `reason`: none of them speaks of
    the day, so the collection as a whole moved it. A dated row belongs to the undated row
    before it ("created", "recomputed", "updated"), which names all the articles."""
    rows = store.timeline_history(timeline_id)
    header: dict[str, Any] | None = None
    for row in rows:
        if row["date"] is None:
            header = row
        elif not row["because"] and header is not None and header["because"]:
            row["reason"] = MOVED
    return rows


def _vectors(counted: np.ndarray, pairs: np.ndarray, held: np.ndarray,
         sentences: int) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """TF-IDF rows of sentences from their kept words (`pairs` of term number and count,
    `held[i]` of them for sentence i, one after the other), with the collection's document
    frequencies (`counted`, per term number): what `Corpus.build` gives them when it
    vectorizes the whole collection (same smoothing, sublinear counts and L2 norm, in
    scikit-learn's steps and float32; each row's terms in the order `Corpus.build`'s row
    holds them: see `_number_terms`); and each column's term number and document frequency."""
    from scipy import sparse
    from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2  # what `normalize` calls

    # The terms used, by a mask over every term number: `np.unique` sorts (or hashes) the
    # 200,000 pairs of a topic's update, twenty times slower.
    terms = pairs[:, 0].astype(np.intp)  # converted once: numpy would for each index below
    present = np.zeros(len(counted), dtype=bool)
    present[terms] = True
    used = np.flatnonzero(present)
    if not used.size:
        return sparse.csr_matrix((len(held), 0), dtype=np.float32), used, used
    df = counted[used]
    # In the index type scipy picks for this size, which it would otherwise convert to.
    index = np.int32 if len(pairs) < np.iinfo(np.int32).max else np.int64
    column = (np.cumsum(present) - 1).astype(index)
    indptr = np.zeros(len(held) + 1, dtype=index)
    np.cumsum(held, out=indptr[1:])
    vectors = sparse.csr_matrix((pairs[:, 1].astype(np.float32), column[terms], indptr),
                                shape=(len(held), len(used)), dtype=np.float32)
    vectors.sort_indices()
    # In float32 and in the steps of scikit-learn's `fit` on float32 counts, as `Corpus.build`
    # gets it: an IDF rounded otherwise moves the vectors by ~1e-8, and that decides between
    # two sentences of equal score (same template, words of equal IDF).
    idf = np.full(len(used), sentences + 1, dtype=np.float32)
    idf /= df.astype(np.float32) + np.float32(1)
    np.log(idf, out=idf)
    idf += np.float32(1)
    # `TfidfTransformer(sublinear_tf=True).transform`'s steps, in its order and types, on the
    # matrix itself: its input checks cost a third of this function (the vectors stay the built
    # ones to the bit: `test_the_saved_sentence_vectors_are_the_built_ones_to_the_bit`).
    np.log(vectors.data, out=vectors.data)
    vectors.data += 1.0
    vectors.data *= idf[vectors.indices]
    inplace_csr_row_normalize_l2(vectors)
    return vectors, used, df


class _Keys:
    """(text_id, n) of each sentence of a `_Days` corpus, made when asked for: a computation
    asks for a few dozen of its 10,000."""

    def __init__(self, text: np.ndarray, n: np.ndarray) -> None:
        self.text, self.n = text, n

    def __getitem__(self, i: int) -> tuple[int, int]:
        return int(self.text[i]), int(self.n[i])


@dataclass(slots=True)
class _Days:
    """The candidate sentences of the days a computation reads (`Live._days_corpus`)."""

    keys: _Keys  # (text_id, n) of each corpus sentence
    listed: dict[dt.date, list[int]] = field(default_factory=lambda: defaultdict(list))
    mentioned: dict[dt.date, list[int]] = field(default_factory=lambda: defaultdict(list))
    attached: dict[dt.date, list[int]] = field(default_factory=lambda: defaultdict(list))
    corpus: Corpus = field(init=False)
    numbers: np.ndarray = field(init=False)  # per vector column: its term's number and df
    df: np.ndarray = field(init=False)


class _Unread(Exception):
    """A day left unread as repeating turns out to need reading."""

    def __init__(self, day: dt.date) -> None:
        super().__init__(day.isoformat())
        self.day = day


class _Skipper:
    """`Dateline.summarize`'s `skip`: a repeating day (`Live._still_repeating`) is skipped
    while the sentences it repeats are in the timeline; if they are not, it must be read."""

    def __init__(self, repeating: dict[dt.date, set[tuple[int, int]]], keys: _Keys) -> None:
        self.repeating = repeating
        self.keys = keys
        self.skipped: set[dt.date] = set()
        self.in_timeline: set[tuple[int, int]] = set()  # the timeline only grows while summarizing

    def __call__(self, day: dt.date, in_timeline: list[int]) -> bool:
        repeated = self.repeating.get(day)
        if repeated is None:
            return False
        self.in_timeline.update(self.keys[i] for i in in_timeline[len(self.in_timeline):])
        if repeated <= self.in_timeline:
            self.skipped.add(day)
            return True
        raise _Unread(day)


def pack_terms(sentences: Sequence[Sequence[int]]) -> list[bytes]:
    """Each sentence's term numbers as the store keeps them (`TimelineTables.add_share`): its
    (term number, count) pairs sorted by number. All sentences are counted in one `np.unique`,
    not one Counter and sort each."""
    held = np.fromiter((len(terms) for terms in sentences), dtype=np.int64, count=len(sentences))
    owner = np.repeat(np.arange(len(sentences), dtype=np.int64), held)
    flat = np.fromiter(chain.from_iterable(sentences), dtype=np.int64, count=int(held.sum()))
    keys, counts = np.unique((owner << 32) | flat, return_counts=True)
    pairs = np.stack([keys & 0xFFFFFFFF, counts], axis=1).astype("<i4")
    bounds = np.searchsorted(keys >> 32, np.arange(len(sentences) + 1)).tolist()
    return [pairs[start:end].tobytes() for start, end in zip(bounds, bounds[1:])]


def _tokenizer() -> Callable[[str], list[str]]:
    """The word splitter of `Corpus.build`'s TF-IDF: scikit-learn's default token pattern
    `\\b\\w\\w+\\b` (without lowercasing, accents or n-grams its analyzer is the tokenizer alone),
    written `\\w\\w+`. Why that is the same: found left to right, a match starts where a run of
    word characters does (a run too short to match ends at the next character) and takes the
    run whole, so both boundaries hold by themselves; without testing them the search is a
    fifth faster on an update's 900 sentences (a test compares the two on mixed scripts)."""
    return re.compile(r"(?u)\w\w+").findall
