"""Dating an undated article within its collection, as the pipeline does, and the benchmark
mode that measures it (`dateline benchmark dating --collection`)."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from dateline.benchmark import dating as dating_bench
from dateline.temporal.calibration import shipped_answer
from dateline.cli import app
from dateline.pipeline import collection_span, process

STORY = ("Rescue teams reached the northern valley after three days of rain cut the only road, "
         "officials said. The regional governor said the army would open a temporary bridge "
         "within days, and that food and medicine would be flown in to the villages cut off. "
         "Hundreds of families spent the night in schools and churches on higher ground.")


def _collection(root: Path) -> Path:
    """One topic in the ML-Crisis layout: stamped stories of March 2013, a wire story whose
    dateline has no year (only its lead's weekday and the collection can place it), and two
    copies of one story without a date in their text."""
    pages = {
        ("2013-03-01", "a"): "Publié le 1 mars 2013\nLes secours ont atteint la vallée le 28 février 2013.",
        ("2013-03-04", "a"): "Posted March 4, 2013\nThe road reopened on March 3, 2013, officials said.",
        ("2013-03-05", "a"): "ROME, March 5 (Reuters) - Unions called off the strike on Tuesday after talks "
                             "with the ministry. Trains will run normally.",
        ("2013-03-08", "a"): "Publicado el 8 de marzo de 2013\nLas lluvias cesaron el 7 de marzo de 2013.",
        ("2013-03-11", "a"): STORY,
        ("2013-03-11", "b"): "Share this article\n" + STORY,
    }
    for (day, name), text in pages.items():
        folder = root / "floods" / day
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.txt").write_text(text)
    return root


def _by_truth(docs: list[dating_bench.Doc], found: list) -> dict[tuple[dt.date, str], dt.date | None]:
    return {(d.truth, d.article.id.rsplit("/", 1)[-1]): g.date for d, g in zip(docs, found)}


def _alone_and_within(root: Path) -> tuple[dict, dict]:
    """Each document's text-only answer, and its answer with its date hidden alone (its own
    fold) in the collection."""
    docs = dating_bench.load(_collection(root), None, ("floods",))
    own = dating_bench.date_all(docs)
    found = dating_bench.in_collections(docs, list(range(len(docs))))
    alone = {key: g.date if g.confidence >= shipped_answer() else None
             for key, g in zip(_by_truth(docs, own), own)}
    return alone, _by_truth(docs, found)


def test_collection_mode_dates_hidden_near_duplicates_by_each_other(tmp_path: Path) -> None:
    alone, within = _alone_and_within(tmp_path / "data")
    copies = [k for k in within if k[0] == dt.date(2013, 3, 11)]
    assert all(alone[k] is None for k in copies)
    assert all(within[k] == dt.date(2013, 3, 11) for k in copies)  # each the other's near-duplicate


def test_collection_mode_hides_a_fold_at_a_time(tmp_path: Path) -> None:
    docs = dating_bench.load(_collection(tmp_path / "data"), None, ("floods",))
    # every document in one fold: no dated article is left, so no span and no twin
    found = dating_bench.in_collections(docs, [0] * len(docs))
    assert all(g.date is None for d, g in zip(docs, found) if d.truth in (dt.date(2013, 3, 5), dt.date(2013, 3, 11)))
    assert dating_bench.folds(docs) == dating_bench.folds(docs)  # a fixed seed
    assert set(dating_bench.folds(docs * 10)) == set(range(dating_bench.FOLDS))


def test_benchmark_dating_collection_prints_its_rows(tmp_path: Path) -> None:
    data = _collection(tmp_path / "data")
    out = CliRunner().invoke(app, ["benchmark", "dating", str(data), "--repeats", "1", "--dev", "floods",
                                   "--collection"], terminal_width=240).output
    rows = [line for line in out.splitlines() if "collection" in line and "Dateline answers" in line]
    assert rows and all("best guesses" not in line for line in rows), out


def test_collection_mode_dates_a_yearless_dateline_by_the_collections_prior(tmp_path: Path) -> None:
    """"ROME, March 5 (Reuters) - ... on Tuesday" names no year: among 2012..2014 (the old
    margin of a year each side) its weekday left it at 0.50, unanswered; the prior of the
    collection's dated days (March 2013) gives 2013."""
    alone, within = _alone_and_within(tmp_path / "data")
    wire = next(k for k in within if k[0] == dt.date(2013, 3, 5))
    assert alone[wire] is None  # the text alone names no year
    assert within[wire] == dt.date(2013, 3, 5)


def test_collection_span_is_a_hint_range_with_the_prior_of_its_dated_days() -> None:
    week = collection_span(dt.date(2026, 3, 12), dt.date(2026, 3, 18), 3)
    assert isinstance(week, tuple) and week == (week[0], week[1]) and week[0] < dt.date(2026, 3, 12)
    assert pickle.loads(pickle.dumps(week)) == week and pickle.loads(pickle.dumps(week)).count == 3
    # a longer span widens the range; more dated articles in the same span narrow the prior, not
    # the range (a stored article's date holds while the span does); none: no span
    many = collection_span(dt.date(2026, 3, 12), dt.date(2026, 3, 18), 30)
    long = collection_span(dt.date(2025, 3, 12), dt.date(2026, 3, 18), 3)
    assert many == week and long[0] < week[0] and week[1] < long[1]
    assert collection_span(None, None, 0) is None
    later = np.array([dt.date(2026, 4, 18).toordinal()])
    assert many.prior(later)[0] < week.prior(later)[0]
    # the nearer the likelier, inside the span all alike
    days = np.array([dt.date(2026, 3, d).toordinal() for d in (12, 15, 18, 25)]
                    + [dt.date(2025, 3, 16).toordinal()])
    odds = week.prior(days)
    assert list(odds[:3]) == [1.0, 1.0, 1.0] and 1.0 > odds[3] > odds[4]


# "CITY, 16 March - The government approved the budget yesterday." in each language: a
# dateline with its day and no year, in a folder whose dated articles are all from March 2026.
YEARLESS = {
    "it": "MILANO, 16 marzo - Il governo ha approvato ieri il bilancio della regione.",
    "fr": "PARIS, 16 mars - Le gouvernement a approuvé hier le budget de la région.",
    "en": "LONDON, March 16 - The government approved the regional budget yesterday.",
    "es": "MADRID, 16 de marzo - El gobierno aprobó ayer el presupuesto de la región.",
    "de": "BERLIN, 16. März - Die Regierung hat gestern den Haushalt der Region gebilligt.",
    "pt": "LISBOA, 16 de março - O governo aprovou ontem o orçamento da região.",
    "ru": "МОСКВА, 16 марта - Правительство вчера одобрило бюджет региона.",
    "ar": "القاهرة، 16 مارس - وافقت الحكومة أمس على ميزانية المنطقة.",
}
DATED = {
    "it": "Lo sciopero dei treni è stato confermato dai sindacati.",
    "fr": "La grève des trains a été confirmée par les syndicats.",
    "en": "The rail strike was confirmed by the unions.",
    "es": "La huelga de trenes fue confirmada por los sindicatos.",
    "de": "Der Bahnstreik wurde von den Gewerkschaften bestätigt.",
    "pt": "A greve dos comboios foi confirmada pelos sindicatos.",
    "ru": "Забастовка на железной дороге была подтверждена профсоюзами.",
    "ar": "أكدت النقابات إضراب القطارات.",
}


@pytest.mark.parametrize("lang", sorted(YEARLESS))
def test_a_yearless_dateline_in_a_collection_of_one_month_is_dated(tmp_path: Path, lang: str) -> None:
    """Audit s24 defect 1: the dated articles are all of March 2026; a margin of a year each
    side left three years tied and the story undated."""
    for day in (12, 21, 26):
        (tmp_path / f"dated_{day}.txt").write_text(f"date 2026-03-{day}\n{DATED[lang]}\n", encoding="utf-8")
    (tmp_path / "undated.txt").write_text(YEARLESS[lang] + "\n", encoding="utf-8")
    found = {a.id: a for a in process([tmp_path], lang=lang)}
    story = found["undated.txt"]
    assert story.date == dt.date(2026, 3, 16) and story.date_inferred, story.date_source


def test_a_posted_article_is_dated_within_the_corpus_given_span(tmp_path: Path) -> None:
    """The server dates a posted undated article within its corpus's given dates, counted as
    the pipeline counts a collection's (`Repository.given_span`: inferred dates left out)."""
    from serving import build_corpus

    from dateline.model import Article
    from dateline.serve.analysis import analyse_all
    from dateline.store import open_store

    with open_store(build_corpus(tmp_path / "corpus.sqlite")) as store:
        first, last, count = store.given_span()
        given = store.db.execute("SELECT count(*) FROM articles WHERE date IS NOT NULL AND date_how != 'inferred'")
        assert first is not None and last is not None and count == given.fetchone()[0] > 0
        assert store.db.execute("SELECT count(*) FROM articles WHERE date_how = 'inferred'").fetchone()[0] > 0
    story = Article(id="posted", text=YEARLESS["en"].replace("March 16", "March 27"), lang="en")
    [dated] = analyse_all([story], (dt.date(2026, 3, 12), dt.date(2026, 3, 26), 3))
    assert dated.date == dt.date(2026, 3, 27) and dated.date_inferred
