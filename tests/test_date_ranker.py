"""The learned date ranker: features, fitting, the shipped weights, LOTO and refit commands."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.ingest import make_article
from dateline.render.tilse import write_timeline
from dateline.temporal import annotate
from dateline.timeline import Size, build, prepare
from dateline.timeline.dates import attached, focus_days
from dateline.timeline.features import FEATURES, day_counts, day_features
from dateline.timeline.ranker import REGULARIZATION_C, DateRanker, _fit, shipped

D = dt.date


def _article(text: str, day: dt.date, name: str):
    return annotate(make_article(text, id=name, date=day, lang="en"))


ARTICLES = [
    _article("The dam broke on March 3, 2024. The valley flooded. Crews worked through the night.",
             D(2024, 3, 4), "a"),
    _article("Yesterday the valley was evacuated after the dam broke on March 3. Repairs begin on "
             "March 20.", D(2024, 3, 5), "b"),
    _article("Officials met on Friday to plan the repairs of the dam.", D(2024, 3, 9), "c"),
]


def test_counts_are_article_votes_by_kind() -> None:
    corpus, _ = prepare(ARTICLES, ["dam"])
    counts = day_counts(corpus, Size(5, 1))
    assert counts[D(2024, 3, 3)]["named"] == 2  # in full in a, day and month in b
    assert counts[D(2024, 3, 3)]["topic"] == 2
    assert counts[D(2024, 3, 4)]["computed"] == 1  # "yesterday" in b
    assert counts[D(2024, 3, 20)]["future"] == 1
    assert counts[D(2024, 3, 8)]["weekday"] == 1  # "on Friday" in c
    assert counts[D(2024, 3, 3)]["later"] == 1  # b, published two days after, looks back
    assert "later" not in counts[D(2024, 3, 4)]  # b's "yesterday" reports the day before
    assert focus_days(corpus) == {0: D(2024, 3, 3), 1: D(2024, 3, 4), 2: D(2024, 3, 8)}


def test_an_undated_lead_tells_of_the_publication_day_and_the_day_before() -> None:
    """News mostly reports the day before: a lead naming no day goes under both days (DATEWISE's
    rule), a lead naming its day only under that day; a timeline shows the sentence once."""
    undated = _article("The dam gave way and the valley flooded. Crews searched the valley.",
                       D(2024, 3, 4), "undated")
    corpus, _ = prepare([undated, ARTICLES[0]], ["dam"])
    index = attached(corpus, Size(5, 1))
    assert index[D(2024, 3, 4)] == index[D(2024, 3, 3)][:2] == [0, 1]
    assert 3 in index[D(2024, 3, 3)] and 3 not in index[D(2024, 3, 4)]  # a's lead names its day
    timeline = build([undated], query=["dam"], dates=2, sentences=1)
    shown = [s.text for e in timeline.entries for s in e.sentences]
    assert shown and len(shown) == len(set(shown))


def test_articles_about_the_topic_count_every_day_they_name() -> None:
    """An article whose lead matches the query is about the topic: the days it names count for
    `about` even in sentences that do not repeat the query; another article's do not."""
    lead = _article("The dam on the Orva river broke. Repairs began on March 20, 2024.",
                    D(2024, 3, 4), "lead")
    passing = _article("Rain fell all week. Farmers met on March 20, 2024. Roads were closed. "
                       "Schools shut early. Markets stayed quiet. A farmer asked "
                       "about the dam.", D(2024, 3, 9), "passing")
    corpus, _ = prepare([lead, passing], ["dam"])
    counts = day_counts(corpus, Size(5, 1))[D(2024, 3, 20)]
    assert counts["about"] == 1 and counts["about_named"] == 1 and "topic" not in counts
    assert counts["named"] == 2
    no_query, _ = prepare([lead, passing], None)
    assert "about" not in day_counts(no_query, Size(5, 1))[D(2024, 3, 20)]


def test_features_are_standardized_within_the_collection() -> None:
    corpus, _ = prepare(ARTICLES, ["dam"])
    days, rows = day_features(corpus, Size(5, 1))
    assert days == sorted(days) and rows.shape == (len(days), len(FEATURES))
    assert np.allclose(rows.mean(axis=0), 0.0)


def test_of_days_with_the_same_evidence_the_later_comes_first() -> None:
    """Each day is named once, on topic, by the article of the next day: the same feature row.
    The later day had less of the collection after it in which to be recalled (`ranked`)."""
    articles = [_article(f"The council met about the dam on May {day}, 2024.", D(2024, 5, day + 1), f"m{day}")
                for day in (1, 8)]
    corpus, _ = prepare(articles, ["dam"])
    days, rows = day_features(corpus, Size(1, 1))
    assert days == [D(2024, 5, 1), D(2024, 5, 8)] and np.array_equal(rows[0], rows[1])
    timeline = build(articles, query=["dam"], dates=1, sentences=1)
    assert [entry.date for entry in timeline.entries] == [D(2024, 5, 8)]


def test_fit_save_read_and_refuse(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, len(FEATURES)))
    y = (x[:, 0] + 0.1 * rng.normal(size=200) > 0).astype(int)
    ranker = DateRanker.fit([x], [y], ["toy"])
    assert ranker.weights[0] == max(ranker.weights)
    path = tmp_path / "ranker.json"
    ranker.save(path)
    assert DateRanker.read(path) == ranker
    with pytest.raises(ValueError, match="both in and out"):
        DateRanker.fit([x], [np.zeros(200, dtype=int)])
    path.write_text(json.dumps({"features": ["stated"], "weights": [1.0]}))
    with pytest.raises(ValueError, match="refit"):
        DateRanker.read(path)
    assert shipped().features == FEATURES and len(shipped().fitted_on) >= 2


def _crisis(root: Path) -> Path:
    stories = {
        "dam": {"2024-03-04/a.txt": ARTICLES[0].text, "2024-03-05/b.txt": ARTICLES[1].text,
                "2024-03-09/c.txt": ARTICLES[2].text},
        "fire": {"2024-06-11/a.txt": "The forest fire started on June 10, 2024 near Orsk. It "
                                     "spread fast.\nSmoke covered the whole valley of Orsk for hours.\n"
                                     "The fire reached Orsk on June 10.",
                 "2024-06-11/c.txt": "Schools in Orsk stayed closed as smoke hung over the valley.",
                 "2024-06-13/b.txt": "Firefighters stopped the fire on June 12. The fire began "
                                     "on June 10 near Orsk."},
    }
    references = {"dam": {D(2024, 3, 3): ["The dam broke ."], D(2024, 3, 20): ["Repairs ."]},
                  "fire": {D(2024, 6, 10): ["The fire started ."], D(2024, 6, 12): ["It stopped ."]}}
    for topic, files in stories.items():
        for name, text in files.items():
            (root / topic / name).parent.mkdir(parents=True, exist_ok=True)
            (root / topic / name).write_text(text, encoding="utf-8")
        (root / "reference").mkdir(exist_ok=True)
        (root / "reference" / f"{topic}.txt").write_text(write_timeline(references[topic]))
    return root


def test_loto_and_refit_commands(tmp_path: Path) -> None:
    dataset = _crisis(tmp_path / "crisis")
    result = CliRunner().invoke(app, ["benchmark", "tls", str(dataset), "--lang", "en", "--loto",
                                      "-m", "namecount"])
    assert result.exit_code == 0, result.output
    assert "dateline/loto" in result.output and "namecount" in result.output
    out = tmp_path / "ranker.json"
    result = CliRunner().invoke(app, ["benchmark", "refit", str(dataset), "--lang", "en",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert DateRanker.read(out).fitted_on == ("dam", "fire")


# Per language: a page's stamp holding only "today", the query, the same page's report with
# "today" in a sentence, and that report without it.
STAMPS = {
    "en": ("Today.", "dam", "The dam broke today near the valley.", "The dam broke near the valley."),
    "es": ("Hoy.", "presa", "La presa se rompió hoy cerca del valle.", "La presa se rompió cerca del valle."),
    "fr": ("Aujourd'hui.", "barrage", "Le barrage a cédé aujourd'hui près de la vallée.",
           "Le barrage a cédé près de la vallée."),
    "it": ("Oggi.", "diga", "La diga ha ceduto oggi vicino alla valle.", "La diga ha ceduto vicino alla valle."),
    "de": ("Heute.", "Damm", "Der Damm ist heute nahe dem Tal gebrochen.", "Der Damm ist nahe dem Tal gebrochen."),
    "pt": ("Hoje.", "barragem", "A barragem rompeu hoje perto do vale.", "A barragem rompeu perto do vale."),
    "ru": ("Сегодня.", "плотина", "Плотина прорвалась сегодня возле долины.", "Плотина прорвалась возле долины."),
    "ar": ("اليوم.", "السد", "انهار السد اليوم قرب الوادي.", "انهار السد قرب الوادي."),
}


@pytest.mark.parametrize("lang", sorted(STAMPS))
def test_a_page_stamp_counting_to_its_day_gives_no_vote(lang: str) -> None:
    """A line holding only "today" is the page's stamp, not news of the day: it gives the
    publication day no vote (until session 17 it gave one for `computed`, and for `about` on
    a page about the topic), while the same word in a sentence still does."""
    stamp, query, told, undated = STAMPS[lang]
    day = D(2024, 3, 12)

    def votes(text: str) -> dict[str, int]:
        article = annotate(make_article(text, id="page", date=day, lang=lang))
        corpus, _ = prepare([article], [query])
        return day_counts(corpus, Size(5, 1)).get(day, {})

    assert votes(f"{stamp}\n\n{undated}") == {}
    assert votes(f"{stamp}\n\n{told}") == {"computed": 1, "topic": 1, "about": 1}
    assert votes(told) == {"computed": 1, "topic": 1, "about": 1}


def test_the_fit_averages_the_fits_that_leave_each_collection_out() -> None:
    """Weights a single collection pulls its own way are averaged with fits that do not hold
    it: with three collections each rewarding another feature, the fit is the mean of the
    three two-collection fits, not the pooled fit; a collection with no reference day is
    kept in the others' fits."""
    rng = np.random.default_rng(1)
    xs = [rng.normal(size=(80, len(FEATURES))) for _ in range(3)]
    ys = [(x[:, k] > 0.5).astype(int) for k, x in enumerate(xs)]
    bagged = DateRanker.fit(xs, ys)
    leaving_out = [DateRanker.fit(xs[:i] + xs[i + 1:], ys[:i] + ys[i + 1:]) for i in range(3)]
    assert np.allclose(bagged.weights, np.mean([r.weights for r in leaving_out], axis=0))
    pooled = _fit(xs, ys, REGULARIZATION_C)
    assert pooled is not None and not np.allclose(bagged.weights, pooled[0])
    assert sorted(np.argsort(bagged.weights)[-3:].tolist()) == [0, 1, 2]
    empty = [*xs, rng.normal(size=(10, len(FEATURES)))]
    assert DateRanker.fit(empty, [*ys, np.zeros(10, dtype=int)]).weights[0] > 0


def test_a_pool_also_scores_the_ranker_fitted_on_the_pool_alone(tmp_path: Path) -> None:
    """`dateline/transfer`: each topic of the scored dev set ranked with weights fitted on the
    pool's topics only (another language or kind in the benchmark), beside leave-one-topic-out;
    no pool, no such row."""
    from dateline.benchmark import tls
    from dateline.timeline.default import Dateline

    scored = list(tls.load_topics(_crisis(tmp_path / "crisis"), lang="en"))
    pool = [t for t in tls.load_topics(_crisis(tmp_path / "other"), lang="en") if t.name == "fire"]
    results = tls.run_topics(scored, methods=["namecount"], loto=True, pool=pool)
    assert all(tls.TRANSFER in r.methods and tls.LOTO in r.methods for r in results)
    fitted = tls.fit_ranker(pool)
    assert fitted.fitted_on == ("fire",) and fitted != tls.loto_rankers(scored, pool)["dam"]
    for topic, result in zip(scored, results):
        size = topic.size()
        expected = build(topic.articles, query=topic.query, dates=size.dates, sentences=size.sentences,
                         start=size.start, end=size.end, method=Dateline(ranker=fitted))
        assert result.methods[tls.TRANSFER].timeline.as_dict() == expected.as_dict()
    assert all(tls.TRANSFER not in r.methods for r in tls.run_topics(scored, methods=["namecount"], loto=True))
    result = CliRunner().invoke(app, ["benchmark", "tls", str(tmp_path / "crisis"), "--lang", "en", "--loto",
                                      "-m", "datewise", "--pool", str(tmp_path / "other")], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "dateline/transfer over datewise" in result.output and "dateline/loto over datewise" in result.output


def test_evidence_naming_a_day_on_topic_never_weighs_against_it() -> None:
    """A collection where naming a day on topic goes with days outside the reference (as the
    English entity timelines' 29 reference days pulled `topic_stated` below 0) still fits
    those features at >= 0; free features keep their sign, and with no bound binding the
    fit is scikit-learn's logistic regression."""
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(2)
    x = rng.normal(size=(300, len(FEATURES)))
    against = [FEATURES.index(f) for f in ("topic_stated", "about_named", "later")]
    free = FEATURES.index("topic")
    y = (x[:, 0] - x[:, against].sum(axis=1) - x[:, free] + 0.3 * rng.normal(size=300) > 0).astype(int)
    ranker = DateRanker.fit([x], [y])
    assert all(ranker.weights[i] >= 0 for i in against) and min(ranker.weights[i] for i in against) < 1e-6
    assert ranker.weights[free] < -0.5 and ranker.weights[0] > 0.5
    y = (x[:, 0] + x[:, against].sum(axis=1) + 0.3 * rng.normal(size=300) > 0).astype(int)
    w, b = _fit([x], [y], REGULARIZATION_C)
    model = LogisticRegression(C=REGULARIZATION_C, class_weight="balanced", max_iter=1000).fit(x, y)
    assert np.allclose(w, model.coef_[0], atol=1e-3) and abs(b - model.intercept_[0]) < 1e-3
