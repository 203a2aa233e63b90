"""Timeline notes name what they count and give the reason that holds (audit s26 defects 11, 13):
the undated articles by file or JSONL record, with the command that dates them, in the CLI, the
JSON output and the HTTP API alike; "in the requested range" only when a range was asked; and
clust's own reason for fewer dates than asked."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dateline.cli import app
from dateline.model import Article, Entry, Timeline, TimelineSentence
from dateline.serve import Settings
from dateline.serve.app import build_app
from dateline.timeline import build, shortfalls
from dateline.timeline.base import Size

runner = CliRunner()

# Hand-written, one language each: none names a year, a date or a weekday.
UNDATED = {
    "en.txt": "The Velna ferry crews went back to work after the strike at Morlay.",
    "fr.txt": "Les équipages du bac de la Velna ont repris le travail à Morlay.",
    "it.txt": "Gli equipaggi del traghetto della Velna sono tornati al lavoro a Morlay.",
    "es.txt": "Las tripulaciones del transbordador del Velna volvieron al trabajo en Morlay.",
    "de.txt": "Die Besatzungen der Velna-Fähre haben in Morlay die Arbeit wieder aufgenommen.",
}


def _folder(tmp_path: Path, *, dated: bool = True) -> Path:
    news = tmp_path / "news"
    (news / "undated").mkdir(parents=True)
    for name, text in UNDATED.items():
        (news / "undated" / name).write_text(text, encoding="utf-8")
    (news / "wire.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [
        {"id": "w-1", "text": "The Velna ferry strike at Morlay ended with a deal.", "lang": "en"}]))
    if dated:
        (news / "2026-03-10").mkdir()
        (news / "2026-03-10" / "strike.txt").write_text(
            "The Velna ferry crews at Morlay went on strike on Monday.", encoding="utf-8")
    return news


def test_undated_articles_are_named_with_the_command_that_dates_them(tmp_path: Path) -> None:
    news = _folder(tmp_path)
    result = runner.invoke(app, ["timeline", str(news), "--query", "Velna", "--no-store", "-f", "json", "-w", "1"])
    assert result.exit_code == 0, result.output
    notes = json.loads(result.stdout)["notes"]
    [note] = [n for n in notes if "have no publication date" in n]
    assert note.startswith("6 article(s) have no publication date and their text does not say it ("
                           f"{news / 'undated' / 'de.txt'}, {news / 'undated' / 'en.txt'}, ")
    assert "and 3 more)" in note
    assert "`dateline date FILES --hint-start YYYY-MM-DD --hint-end YYYY-MM-DD`" in note
    assert "(the dated articles span 2026-03-10 to 2026-03-10)" in note
    # The CLI prints the same note, a JSONL record's id in brackets kept (no markup eaten).
    printed = runner.invoke(app, ["timeline", str(news / "wire.jsonl"), "--query", "Velna", "--no-store", "-w", "1"])
    assert f"({news / 'wire.jsonl'} [w-1])" in " ".join(printed.output.split())


def test_the_api_names_the_undated_articles_it_was_sent(tmp_path: Path) -> None:
    with TestClient(build_app(str(tmp_path / "c.sqlite"), Settings())) as api:
        sent = api.post("/api/articles", json={"articles": [
            {"text": text, "lang": name[:2], "id": f"posted-{name[:2]}"} for name, text in UNDATED.items()]})
        assert sent.status_code == 200, sent.text
        notes = api.get("/api/timeline", params={"q": "Velna"}).json()["notes"]
    # named by the id `/api/articles/{id}` shows them under (a posted article has no file)
    ids = sorted(str(stored["id"]) for stored in sent.json()["stored"])
    [note] = [n for n in notes if "have no publication date" in n]
    assert f"({', '.join(ids[:3])} and 2 more)" in note and "dateline date" in note


def test_no_range_asked_and_nothing_dated_says_so(tmp_path: Path) -> None:
    news = _folder(tmp_path, dated=False)
    result = runner.invoke(app, ["timeline", str(news), "--query", "Velna", "--no-store", "-f", "json", "-w", "1"])
    notes = json.loads(result.stdout)["notes"]
    assert "no sentence refers to a known day: no article has a publication date (see the note on undated " \
           "articles) and none names a full date" in notes
    assert not any("requested range" in n for n in notes)


def _article(day: dt.date) -> Article:
    from dateline.ingest import make_article
    from dateline.pipeline import analyse

    return analyse(make_article("The Velna ferry crews at Morlay went on strike today.", id=f"{day}.txt",
                                date=day, lang="en"))


def test_the_range_is_named_only_when_one_was_asked() -> None:
    articles = [_article(dt.date(2026, 3, 10))]
    ranged = build(articles, query=["Velna"], start=dt.date(2026, 4, 1))
    assert not ranged.entries and "no sentence refers to a day in the requested range" in ranged.notes
    more = build(articles, query=["Velna"], dates=3)
    assert len(more.entries) == 1
    [fewer] = [n for n in more.notes if "instead of the 3 asked for" in n]
    assert "no other day has a sentence" in fewer and "range" not in fewer


def test_clust_says_it_gives_one_entry_per_event() -> None:
    cited = TimelineSentence(text="The Velna ferry crews went on strike.", article_id="a.txt",
                             article_date=dt.date(2026, 3, 10))
    for method, reason in [("clust", "clust gives one entry per event"), ("datewise", "no other day has a sentence")]:
        timeline = Timeline(entries=[Entry(dt.date(2026, 3, 10), [cited])], query=["Velna"], method=method)
        [note] = shortfalls(timeline, Size(3, 1), asked_dates=True, read=True)
        assert note.startswith("1 date(s) instead of the 3 asked for: ") and reason in note, note


def test_a_headline_chosen_as_a_sentence_is_not_cited_by_itself_again() -> None:
    """Audit s26 defect 20: the page showed the headline as the sentence and again as its citation."""
    from dateline.render import timeline_html, timeline_markdown

    headline = TimelineSentence(text="Crue de la Velna : Morlay sous les eaux", article_id="fr1.txt",
                                article_date=dt.date(2026, 3, 8), title="Crue de la Velna : Morlay sous les eaux",
                                path="news/fr1.txt")
    body = TimelineSentence(text="La Velna a débordé samedi.", article_id="fr1.txt", article_date=dt.date(2026, 3, 8),
                            title="Crue de la Velna : Morlay sous les eaux", path="news/fr1.txt")
    timeline = Timeline(entries=[Entry(dt.date(2026, 3, 7), [headline, body])], query=["Velna"], method="dateline")
    for rendered in (timeline_markdown(timeline), timeline_html(timeline)):
        assert rendered.count("Crue de la Velna : Morlay sous les eaux") == 2, rendered  # the headline once, the body's citation once
        assert "news/fr1.txt, published 2026-03-08" in rendered
