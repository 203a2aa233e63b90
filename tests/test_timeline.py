"""Timeline stage: query matching, the three methods, sizes, bad input, and every output format."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.evaluate import read_timeline
from dateline.ingest import make_article
from dateline.model import Article
from dateline.pipeline import process
from dateline.render.html import timeline_html
from dateline.render.markdown import timeline_markdown
from dateline.render.tilse import write_timeline
from dateline.temporal import annotate
from dateline.timeline import METHODS, Query, build

D = dt.date

# A small, self-written story: a river flood in a fictional town, told by four articles.
STORY = {
    "2024-04-02/first.txt": (
        "Heavy rain pushed the Velna river over its banks on Monday.\n"
        "The flood reached the old market of Brisk on April 1 and forced hundreds of families "
        "from their homes.\n"
        "Officials said the water level had not been this high since the spring of 1998.\n"),
    "2024-04-03/second.txt": (
        "Rescue teams in Brisk evacuated two schools on Tuesday as the Velna kept rising.\n"
        "The flood that began on April 1 has now covered the whole lower town.\n"
        "The mayor asked the national government for help on April 2.\n"),
    "2024-04-10/third.txt": (
        "The Velna fell back below its banks on April 9, a week after the flood began.\n"
        "Residents of Brisk started to return to their homes on Wednesday.\n"
        "The government promised on April 9 to pay for the repair of the river walls.\n"),
    "2024-04-10/sport.txt": (
        "The Brisk football club won its third match in a row on Sunday.\n"
        "The team will play the league leaders on April 14 in the capital.\n"),
}


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("story")
    for name, text in STORY.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def articles(story: Path) -> list[Article]:
    return list(process([story], lang="en"))


# ------------------------------------------------------------------------------------ query
@pytest.mark.parametrize(("terms", "text", "expected"), [
    (["egypt"], "The Egyptian army moved in.", True),
    (["egipci"], "Los soldados egipcios avanzan.", True),
    (["EGIPTO"], "Protestas en Egipto.", True),
    (["gypt"], "The Egyptian army moved in.", False),  # only at the start of a word
    (['"muslim brotherhood"'], "Leaders of the Muslim Brotherhood met.", True),
    (['"muslim brotherhood"'], "Muslim leaders and a brotherhood.", False),
    (["velna", "flood"], "The flood went on.", True),  # any of the terms
    (['velna "flood"'], "The flood went on.", True),  # quotes: a list of terms
    (["velna flood"], "The flood went on.", False),  # one value of two words is a phrase
    (["Bank of America"], "Shares of Bank of America's rivals fell.", True),
    (["Bank of America"], "The bank of the river, in America.", False),
    (["Bank of America"], "Most of the sentences say of.", False),
    (["bank america"], "Bank-America talks.", True),  # punctuation between the words
    (["Bank of America", "of"], "Most of the sentences say of.", False),  # "of" never alone
    (["Bolsa de Madrid"], "La bolsa de Madrid cayó.", True),
    (["côte d'ivoire"], "Elections in Cote d'Ivoire.", True),
    (["São"], "Protest in Sao Paulo.", True),
    ([], "Anything at all.", True),
])
def test_query_matching(terms: list[str], text: str, expected: bool) -> None:
    assert Query.of(terms).matches(text) is expected


def test_query_with_unbalanced_quote_names_it() -> None:
    with pytest.raises(ValueError, match="query"):
        Query.of(['"open phrase'])


@pytest.mark.parametrize(("lang", "term"), [
    ("en", "of the"), ("es", "de la"), ("fr", "de la"), ("it", "della"), ("de", "der die"),
    ("pt", "do"), ("ru", "в"), ("ar", "في"),
])
def test_function_words_never_match_alone(lang: str, term: str) -> None:
    query = Query.of([term, "flood"], [lang])
    assert query.terms == ("flood",) and query.dropped == (term,)


def test_a_dropped_term_is_noted(articles: list[Article]) -> None:
    timeline = build(articles, query=["the", "velna"], dates=2, sentences=1)
    assert timeline.query == ["velna"]
    assert any("'the'" in note for note in timeline.notes)


# ---------------------------------------------------------------------------------- methods
@pytest.mark.parametrize("method", sorted(METHODS))
def test_every_method_gives_a_sourced_ascending_timeline(articles: list[Article], method: str) -> None:
    timeline = build(articles, query=["velna", "flood"], dates=3, sentences=1, method=method)
    assert timeline.method == method
    assert 1 <= len(timeline.entries) <= 3
    days = [e.date for e in timeline.entries]
    assert days == sorted(days)
    paths = {a.path for a in articles}
    for entry in timeline.entries:
        assert len(entry.sentences) == 1
        for sentence in entry.sentences:
            assert sentence.path in paths and sentence.article_date is not None
            assert Query.of(["velna", "flood"]).matches(sentence.text)


def test_default_method_finds_the_flood_days(articles: list[Article]) -> None:
    # April 1 is named by three articles; April 9 by one, twice, on topic.
    timeline = build(articles, query=["velna", "flood"], dates=1, sentences=1)
    assert [e.date for e in timeline.entries] == [D(2024, 4, 1)]
    assert "April 1" in timeline.entries[0].sentences[0].text
    timeline = build(articles, query=["velna", "flood"], dates=3, sentences=1)
    assert {D(2024, 4, 1), D(2024, 4, 9)} <= {e.date for e in timeline.entries}


def test_start_and_end_bound_the_dates(articles: list[Article]) -> None:
    timeline = build(articles, start=D(2024, 4, 2), end=D(2024, 4, 8), dates=5)
    assert timeline.entries
    assert all(D(2024, 4, 2) <= e.date <= D(2024, 4, 8) for e in timeline.entries)


def test_default_size_comes_from_the_collection(articles: list[Article]) -> None:
    timeline = build(articles)
    assert 2 <= len(timeline.entries) <= 6
    assert all(len(e.sentences) <= 2 for e in timeline.entries)


def test_no_sentence_repeats_across_the_timeline(articles: list[Article]) -> None:
    timeline = build(articles, dates=6, sentences=3)
    texts = [s.text for e in timeline.entries for s in e.sentences]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("method", list(METHODS))
def test_a_sentence_naming_two_days_is_shown_once(method: str) -> None:
    # Both days are named by the same sentences only: a method filling each day from the
    # sentences naming it would show them twice (DATEWISE did).
    text = ("The harbour talks that opened on May 3 ended on May 5 without a deal.\n"
            "Dock workers who struck on May 3 went back to work on May 5 after the talks.\n")
    article = annotate(make_article(text, id="talks", date=D(2024, 5, 6), lang="en"))
    timeline = build([article], query=["talks"], dates=2, sentences=2, method=method)
    texts = [s.text for e in timeline.entries for s in e.sentences]
    assert texts and len(texts) == len(set(texts))


def test_query_matching_nothing_gives_an_empty_timeline_that_says_so(articles: list[Article]) -> None:
    timeline = build(articles, query=["volcano"], dates=2)
    assert timeline.entries == []
    assert any("the query (volcano) matches no sentence; the timeline is empty" in note for note in timeline.notes)
    assert not any("no sentence refers to a day" in note for note in timeline.notes)


def test_the_cli_says_a_query_matched_nothing_in_the_files(story: Path) -> None:
    result = CliRunner().invoke(app, ["timeline", str(story), "--lang", "en", "--query", "volcano",
                                      "--no-store", "-f", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["entries"] == []
    assert "matches no sentence" in result.stderr


def test_no_articles_gives_an_empty_timeline_with_a_note() -> None:
    timeline = build([])
    assert timeline.entries == [] and timeline.notes


def test_no_dated_sentence_gives_a_note() -> None:
    article = annotate(make_article("Nothing happened here. Really, nothing at all.", id="x",
                                    date=D(2024, 1, 1), lang="en"))
    timeline = build([article], start=D(2025, 1, 1))
    assert timeline.entries == []
    assert "no sentence refers to a day" in timeline.notes[0]


def test_unknown_method_is_refused(articles: list[Article]) -> None:
    with pytest.raises(ValueError, match="unknown method"):
        build(articles, method="oracle")


# ---------------------------------------------------------------------------------- renders
def test_renders(articles: list[Article]) -> None:
    timeline = build(articles, query=["velna"], dates=2, sentences=1)
    timeline.entries[0].sentences[0].text = "Flood <script>alert(1)</script> & more"
    page = timeline_html(timeline)
    assert page.startswith("<!DOCTYPE html>") and "<script>" not in page
    assert "&lt;script&gt;" in page and "://" not in page  # self-contained
    markdown = timeline_markdown(timeline)
    assert "## 2024-04-01" in markdown and "published 2024-04-0" in markdown
    assert read_timeline(write_timeline(timeline)) == timeline.as_dict() | {
        timeline.entries[0].date: ["Flood <script>alert(1)</script> & more"]}


# -------------------------------------------------------------------------------------- CLI
def test_cli_timeline_json_cites_articles(story: Path) -> None:
    result = CliRunner().invoke(app, ["timeline", str(story), "-q", "velna", "--dates", "3",
                                      "--format", "json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["method"] == "dateline" and data["query"] == ["velna"]
    assert {"2024-04-01", "2024-04-09"} <= {e["date"] for e in data["entries"]}
    source = data["entries"][0]["sentences"][0]["source"]
    assert source["published"].startswith("2024-04") and source["date_inferred"] is False
    assert source["path"].endswith(".txt")


def test_cli_timeline_reports_bad_files_and_still_builds(story: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    out = tmp_path / "tl.txt"
    result = CliRunner().invoke(app, ["timeline", str(story), str(bad), "--format", "tilse",
                                      "-o", str(out), "--lang", "en"])
    assert result.exit_code == 1
    assert "broken.jsonl" in result.output
    assert read_timeline(out)


def test_cli_timeline_empty_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["timeline", str(tmp_path)])
    assert "no article" in result.output


def test_cli_evaluate_tls(tmp_path: Path) -> None:
    system = tmp_path / "system.txt"
    system.write_text(write_timeline({D(2024, 4, 1): ["The Velna flooded the town ."]}))
    reference = tmp_path / "reference.txt"
    reference.write_text(write_timeline({D(2024, 4, 1): ["The Velna flooded the town ."],
                                         D(2024, 4, 9): ["The water went down ."]}))
    result = CliRunner().invoke(app, ["evaluate", "tls", str(system), str(reference)])
    assert result.exit_code == 0, result.output
    assert "date_selection" in result.output and "0.667" in result.output


def test_cli_benchmark_tls_on_a_small_dataset(story: Path, tmp_path: Path) -> None:
    dataset = tmp_path / "crisis"
    (dataset / "reference").mkdir(parents=True)
    for name, text in STORY.items():
        path = dataset / "flood" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (dataset / "reference" / "flood.txt").write_text(write_timeline({
        D(2024, 4, 1): ["The Velna river floods the market of Brisk ."],
        D(2024, 4, 9): ["The river falls back and the government promises repairs ."]}))
    keywords = tmp_path / "keywords.json"
    keywords.write_text(json.dumps({"flood": ["velna"]}))
    result = CliRunner().invoke(app, ["benchmark", "tls", str(dataset), "--lang", "en",
                                      "--keywords", str(keywords)])
    assert result.exit_code == 0, result.output
    for word in ("flood", "dateline", "datewise", "clust", "AR1-F", "Date-F1", "mean"):
        assert word in result.output


def test_cli_timeline_of_the_built_in_example() -> None:
    result = CliRunner().invoke(app, ["timeline", "--example"])
    assert result.exit_code == 0, result.output
    assert "## 2023-03-2" in result.stdout
    assert "## 2025-05-08" in result.stdout and "(inferred)" in result.stdout


def test_an_undated_article_is_named_in_the_notes(articles: list[Article]) -> None:
    undated = annotate(make_article("The talks went on. Nobody said when.", id="u", lang="en"))
    timeline = build([*articles, undated], query=["velna"], dates=2)
    assert timeline.entries
    assert any("1 article(s) have no publication date" in note for note in timeline.notes)


def test_shortfalls_are_noted(articles: list[Article]) -> None:
    timeline = build(articles, query=["velna"], dates=30, sentences=5)
    assert 0 < len(timeline.entries) < 30
    assert any(f"{len(timeline.entries)} date(s) instead of the 30 asked for" in n
               for n in timeline.notes)
    assert any("fewer than 5 sentence(s)" in n for n in timeline.notes)
    full = build(articles, query=["velna"], dates=1, sentences=1)
    assert not any("instead of" in n or "fewer than" in n for n in full.notes)


def test_a_size_may_hold_only_some_days() -> None:
    """As the benchmark's oracle keeps a method to the reference's dates (`benchmark.tls`)."""
    import datetime as dt

    from dateline.timeline.base import Size

    bounded = Size(2, 1, dt.date(2023, 1, 1), None, frozenset({dt.date(2023, 3, 20)}))
    assert bounded.allows(dt.date(2023, 3, 20))
    assert not bounded.allows(dt.date(2023, 3, 21))  # not among its days
    assert not Size(2, 1, dt.date(2024, 1, 1)).allows(dt.date(2023, 3, 20))  # before the start


# A feed's items: each text opens with its title, as `ingest.feed` gives it.
HEADLINED = [
    ("Barrier gates tested before the floods", D(2024, 3, 8),
     "Engineers tested the river barrier on Thursday, closing its gates for two hours. The test showed "
     "that the old gates still hold the water. The council will discuss the maintenance budget next week."),
    ("Council votes maintenance budget", D(2024, 3, 13),
     "The city council voted on Tuesday a budget of four million euros for the maintenance of the river "
     "barrier. The mayor said the works would start in April. Engineers had asked for the money since last year."),
    ("Floods reach the old town", D(2024, 3, 18),
     "The river flooded the old town on Sunday after three days of rain. The barrier held but the water "
     "came through the drains. The mayor thanked the engineers for the maintenance works on the barrier."),
]


def _headlined() -> list[Article]:
    return [annotate(make_article(f"{title}\n{text}", id=f"h{n}", date=day, lang="en", title=title))
            for n, (title, day, text) in enumerate(HEADLINED)]


def test_a_headline_summarizes_as_it_would_without_being_the_title() -> None:
    """A title opening its text is a sentence of the story like any other: the timeline is the
    same whether or not the reader took the line for the title (until session 23 a title over an
    on-topic lead was no candidate, which cost the English entity timelines 0.486 -> 0.448
    AR1-F once their headlines were read as titles)."""
    titled = _headlined()
    untitled = [annotate(make_article(f"{title}\n{text}", id=f"h{n}", date=day, lang="en"))
                for n, (title, day, text) in enumerate(HEADLINED)]
    for sentences in (1, 2):
        said = [[s.text for s in e.sentences] for e in build(titled, dates=3, sentences=sentences).entries]
        assert said == [[s.text for s in e.sentences] for e in build(untitled, dates=3, sentences=sentences).entries]
    assert {title for title, _, _ in HEADLINED} & {text for entry in said for text in entry}


def test_a_headline_whose_lead_is_off_topic_may_summarize() -> None:
    """The rule leaves a headline that alone names the topic: its lead cannot stand for it."""
    timeline = build(_headlined(), query=["floods"], dates=3, sentences=2)
    chosen = {s.text for e in timeline.entries for s in e.sentences}
    assert "Floods reach the old town" in chosen or "Barrier gates tested before the floods" in chosen


def test_one_long_article_does_not_outweigh_the_other_outlets_in_a_days_summary() -> None:
    """A day's target weighs each article that speaks of it the same (`summarize.day_targets`):
    one outlet's five sentences on a crane no longer pull the day's one sentence away from what
    two other outlets report, the strike (the old target, a mean over sentences, took the crane)."""
    day = D(2024, 5, 7)
    long = ("The worn Velna crane cable broke on Monday 6 May, the crane driver said. The Velna crane cable "
            "is worn, the crane driver said. Engineers will replace the Velna crane cable. The Velna crane is "
            "the oldest crane of the port. The Velna crane driver blamed the worn crane cable.")
    texts = [long,
             "A dockers' strike closed the Velna port on Monday 6 May.",
             "The dockers' strike closed the port of Velna on Monday 6 May, the union said."]
    articles = [annotate(make_article(t, id=f"s{n}", date=day, lang="en")) for n, t in enumerate(texts)]
    timeline = build(articles, query=["velna"], dates=1, sentences=1)
    said = [s.text for e in timeline.entries for s in e.sentences]
    assert said == ["A dockers' strike closed the Velna port on Monday 6 May."]
