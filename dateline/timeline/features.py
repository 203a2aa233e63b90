"""Per-day evidence of importance, as features a learned date ranker weighs.

Each feature counts *articles* (one article repeating a date is one vote):

- `named`: articles naming the day (`Mention.stated`: in full, or a day and month taking the
  publication year; whether the year is written is the outlet's style, so the two are one
  count, which gains on the English set and holds on Spanish), and one count per kind of counted
  reference (`COUNTED_KINDS`): a weekday, a day counted from publication ("yesterday");
- `future`: articles announcing the day before it happens;
- `later`: articles looking back at the day, published `LOOK_BACK_DAYS` or more after it. The
  next day's news reports every day; a day still recalled after that is one the story turned on.
  It replaced the articles published on the day (with `later`, both dev sets score better
  without them);
- `topic`: articles referring to the day in a sentence that matches the query, and
  `topic_stated` those naming it outright in a sentence on topic (`dates.on_topic`: one
  matching the query, or an entry of a chronology about the topic, which opens with the day
  it names);
- `about` and `about_named`: articles *about* the topic (the query matches their lead, the
  first `dates.LEAD_SENTENCES` sentences) referring to the day anywhere, and naming it. A
  sentence that dates an event seldom repeats the topic's name ("On 17 February protests
  began in Benghazi"), but its article's lead does. Over the whole article instead of its
  lead, Spanish loses 0.015 Date-F1.

`future` and `topic` carry the smallest weights, yet leaving either out costs English 0.014
AR1-F or 0.043 Date-F1 (session 15). The kinds of reference stay apart because Spanish news
already dates 80-93% of the days it names within a week before publication by weekday, English
34%, so the dev sets span the range a weekday-dating language would bring; with the scored
topic's recent dates all rewritten as weekdays the shipped features lose Spanish nothing and
English 0.039 Date-F1 (session 14), and no variant tried held better (session 13). Since the
ranker is also fitted on the dev topics rewritten so (`dateline.benchmark.tls.training_rows`),
rewriting the scored topic's days named 1-6 days before publication (`dateline benchmark tls
... --loto --weekday-dated`) costs Spanish 0.011 Date-F1 (0.489 -> 0.478; AR1-F 0.241 ->
0.244), its `--sample 0.5` halves 0.008 and gains 0.003 (0.365 -> 0.357, 0.425 -> 0.428), and
English nothing (`benchmark entity-tls ... --weekday-dated`; closing note of #11, session 20).

Counts become `log(1 + n)` and are standardized within the collection (over its candidate
days), so a feature says how exceptional a day is *in its collection*: the same weights then
hold for 30 English articles and 300 Spanish ones, and for languages that date more events by
weekday, since only a day's standing among the others counts. Ranks, normal quantiles, or one
scale per collection instead of one per feature each score lower on Spanish.

Sessions 10-16 tried many more features, transforms and fits (burstiness, peaks, chronology
and lead counts, shared votes, pairwise and listwise fits, fusion with DATEWISE, days spread
over the span, the right-censoring of look-back evidence, which now decides only ties in
`default.ranked`), each lowering a dev set, and traced why Yemen loses to DATEWISE on dates:
the figures are in the closing notes of #11, sessions 10-16.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence

import numpy as np

from dateline.timeline import dates
from dateline.timeline.base import Size
from dateline.timeline.corpus import Corpus

# Kinds of reference that count to a day rather than name it, each a feature of its own:
# languages differ in which they use (French news dates more events by weekday). A day
# counted from another date ("the next day", `anaphoric`) has none: its weight changed sign
# between leave-one-topic-out fits, and without it both dev sets score slightly higher
# (closing note of #11, session 11). Such references still count in the other features.
COUNTED_KINDS: tuple[str, ...] = ("weekday", "computed")
FEATURES: tuple[str, ...] = ("named", *COUNTED_KINDS, "future", "later", "topic", "topic_stated",
                              "about", "about_named")
# Features whose weight the fit keeps >= 0 (`ranker._fit`): articles looking back at a day,
# naming it in a sentence on topic, or naming it in an article about the topic. That more of
# them never makes a day less likely a reference day is known before any data: it is what a
# reference timeline is. The other features' signs are left to the data, since each is also a
# contrast with these (a day only counted to on topic, "ayer", is routine reporting, and
# `topic` and `about` come out < 0). Why: fitted on one dev set alone, the weights of four
# features change sign between the Spanish and the English fit; `topic_stated`, +1.38 on
# Spanish, came out -0.24 on the English entity timelines' 29 reference days, and used on
# Spanish that fit scored 0.226 / 0.429 AR1-F / Date-F1. Bounded, session 26 (rouge; LOTO =
# leave-one-topic-out, transfer = fitted on the other dev set only): Spanish ML-Crisis from an
# English-only fit 0.226 / 0.429 -> 0.246 / 0.444, English from a Spanish-only fit 0.459 /
# 0.683 the same, and every LOTO figure (Spanish, English, the Spanish halves) identical: no
# fit on both dev sets puts any of them below 0 (closing note of #11, session 26).
NEVER_AGAINST: frozenset[str] = frozenset({"later", "topic_stated", "about_named"})
# Days after which a reference to a day looks back at it rather than reports it: the day
# after is routine reporting ("yesterday"). 2 and 3 score the same on both dev sets, 1 and 7
# lower on the English one (closing note of #11, sensitivity table).
LOOK_BACK_DAYS = 2


def day_voters(corpus: Corpus, size: Size) -> dict[tuple[dt.date, str], set[int]]:
    """(day, feature) -> the articles voting for it; a saved timeline keeps each article's
    votes, so that adding articles adds to the counts without recounting the others.

    A line holding nothing but a counted reference (`Corpus.date_only`: "Actualizado 16:51h.",
    "Hoy.", "Updated 3 hours ago") is the page's stamp, written on every page of the outlet:
    it tells when the page was made, not that anything happened that day, so it gives no vote.
    A line naming its day ("21 de abril de 2011.") heads a chronology's entry and still votes.
    In small collections with barely more candidate days than `--dates`, such stamps put the
    publication days of off-topic pages forward (session 17, egypt's half B: "Actualizado
    16:51h." alone made 2011-05-11 and 2011-06-16 candidates with a vote). Leave-one-topic-out
    AR1-F / Date-F1: Spanish ML-Crisis 0.245 / 0.493 and English 0.482 / 0.794 identical,
    half A 0.108 / 0.362 -> 0.109 / 0.367, half B 0.219 / 0.425 identical (closing note of
    #11, session 17, second round)."""
    voters: dict[tuple[dt.date, str], set[int]] = defaultdict(set)
    topical = bool(corpus.query)
    about = dates.about_articles(corpus)
    usable = dates.on_topic(corpus)
    stamp = dates.stated_only(corpus)
    for i, found in enumerate(corpus.mentions):
        a = int(corpus.article_of[i])
        published = corpus.articles[a].date
        # Per sentence, not per mention: whether it matches the query, is on topic, is in an about article.
        matching, on_topic, about_it = topical and corpus.matches[i], topical and usable[i], about[a]
        for m in found:
            if not size.allows(m.date):
                continue
            if stamp[i] and not m.stated:
                continue  # a page's stamp ("Actualizado 16:51h.", "Hoy."): see `day_voters`
            if m.stated or m.kind in COUNTED_KINDS:
                voters[(m.date, "named" if m.stated else m.kind)].add(a)
            if published is not None and m.date > published:
                voters[(m.date, "future")].add(a)
            if published is not None and (published - m.date).days >= LOOK_BACK_DAYS:
                voters[(m.date, "later")].add(a)
            if matching:
                voters[(m.date, "topic")].add(a)
            if on_topic and m.stated:
                voters[(m.date, "topic_stated")].add(a)
            if about_it:
                voters[(m.date, "about")].add(a)
                if m.stated:
                    voters[(m.date, "about_named")].add(a)
    return voters


def day_counts(corpus: Corpus, size: Size) -> dict[dt.date, dict[str, int]]:
    """Day -> feature -> number of articles, for every day the collection gives evidence for."""
    counts: dict[dt.date, dict[str, int]] = defaultdict(dict)
    for (day, feature), articles in day_voters(corpus, size).items():
        counts[day][feature] = len(articles)
    return dict(counts)


def summarizable_days(corpus: Corpus, size: Size) -> set[dt.date]:
    """Days a timeline can show: some on-topic sentence (`dates.on_topic`) is about them."""
    rows = np.flatnonzero(dates.on_topic(corpus)).tolist()  # only on-topic sentences can make a day one
    return {*dates.mentioned(corpus, size, rows), *dates.attached(corpus, size, rows)}


def day_features(corpus: Corpus, size: Size) -> tuple[list[dt.date], np.ndarray]:
    """Candidate days (ascending) and their standardized feature rows (`FEATURES` order).

    Candidates are the days a summary can be written for (`summarizable_days`): the ranker
    learns, and is used, only to choose among them.
    """
    days = sorted(summarizable_days(corpus, size))
    return days, feature_rows(day_counts(corpus, size), days)


def feature_rows(counts: Mapping[dt.date, Mapping[str, int]], days: Sequence[dt.date]) -> np.ndarray:
    """The standardized feature rows (`FEATURES` order) of candidate days, from their
    article counts; also what a saved timeline ranks its kept per-day counts with."""
    raw = np.log1p(np.asarray([[counts.get(d, {}).get(f, 0) for f in FEATURES] for d in days],
                              dtype=np.float64).reshape(len(days), len(FEATURES)))
    if not days:
        return raw
    spread = raw.std(axis=0)
    return (raw - raw.mean(axis=0)) / np.where(spread > 0, spread, 1.0)
