"""A plain text written as a headline, a blank line, then the story: the headline is shown as the
article's title and stays the story's first sentence, so a timeline may still summarize a day
with it (headlines summarize their day well: the English entity timelines lost 0.486 -> 0.460
AR1-F when the line left the text, closing note of #11, session 22). Hand-written cases in every
language Dateline has data for."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ingest import read
from dateline.temporal import annotate
from dateline.timeline import build

# (language, headline, story): each story names its own day.
STORIES = [
    ("en", "Ferry service to Olmar island resumes",
     "The ferry to Olmar island sailed again on Tuesday, 12 March 2024, after a week of storms. "
     "The harbour master said the crossings would run twice a day."),
    ("es", "Se reanuda el ferri a la isla de Olmar",
     "El ferri a la isla de Olmar volvió a zarpar el martes 12 de marzo de 2024 tras una semana de temporales. "
     "El capitán del puerto dijo que habrá dos travesías al día."),
    ("fr", "Le ferry pour l'île d'Olmar reprend du service",
     "Le ferry pour l'île d'Olmar a repris la mer le mardi 12 mars 2024 après une semaine de tempêtes. "
     "Le capitaine du port a annoncé deux traversées par jour."),
    ("it", "Riprende il traghetto per l'isola di Olmar",
     "Il traghetto per l'isola di Olmar è ripartito martedì 12 marzo 2024 dopo una settimana di tempeste. "
     "Il capitano del porto ha annunciato due corse al giorno."),
    ("de", "Fähre zur Insel Olmar fährt wieder",
     "Die Fähre zur Insel Olmar ist am Dienstag, dem 12. März 2024, nach einer Woche voller Stürme wieder ausgelaufen. "
     "Der Hafenmeister kündigte zwei Fahrten am Tag an."),
    ("pt", "Balsa para a ilha de Olmar volta a navegar",
     "A balsa para a ilha de Olmar voltou a navegar na terça-feira, 12 de março de 2024, após uma semana de tempestades. "
     "O capitão do porto anunciou duas travessias por dia."),
    ("ru", "Паром на остров Олмар снова ходит",
     "Паром на остров Олмар снова вышел в море во вторник, 12 марта 2024 года, после недели штормов. "
     "Начальник порта сообщил, что рейсы будут дважды в день."),
    ("ar", "استئناف رحلات العبارة إلى جزيرة أولمار",
     "أبحرت العبارة إلى جزيرة أولمار من جديد يوم الثلاثاء 12 مارس 2024 بعد أسبوع من العواصف. "
     "وقال قائد الميناء إن الرحلات ستكون مرتين في اليوم."),
]


@pytest.mark.parametrize(("lang", "headline", "story"), STORIES, ids=[s[0] for s in STORIES])
def test_a_text_files_headline_is_its_title_and_its_first_sentence(tmp_path: Path, lang: str, headline: str,
                                                                   story: str) -> None:
    (tmp_path / "story.txt").write_text(f"{headline}\n\n{story}\n", encoding="utf-8")
    (tmp_path / "dated.txt").write_text(f"date 2024-03-12\n{headline}\n\n{story}\n", encoding="utf-8")
    for article in read([tmp_path / "story.txt", tmp_path / "dated.txt"], lang=lang):
        assert article.title == headline
        assert article.sentences[0].text.strip() == headline
        assert article.text.strip() == f"{headline}\n\n{story}"


@pytest.mark.parametrize(("lang", "headline", "story"), STORIES, ids=[s[0] for s in STORIES])
def test_a_timeline_cites_the_title_and_may_summarize_with_the_headline(tmp_path: Path, lang: str,
                                                                        headline: str, story: str) -> None:
    """One article, one day, one sentence: its headline is a candidate like its lead (it was
    none once the line was the title and its lead on topic, `timeline.default`)."""
    (tmp_path / "story.txt").write_text(f"date 2024-03-12\n{headline}\n\n{story}\n", encoding="utf-8")
    articles = [annotate(a) for a in read([tmp_path / "story.txt"], lang=lang)]
    timeline = build(articles, dates=1, sentences=3)
    said = [s for e in timeline.entries for s in e.sentences]
    assert said and all(s.title == headline for s in said)
    assert headline in [s.text for s in said]


@pytest.mark.parametrize("first", [
    "The ferry to Olmar island sailed again on Tuesday.",  # a sentence
    "Olmar, 12.03.2024",  # a dateline naming its day
    "Ferry service to Olmar resumes in 2024",  # a year: dating's evidence
    "Olmar",  # one word
    "Ferry service to Olmar island resumes:",  # a lead-in
])
def test_a_first_line_that_is_no_headline_gives_no_title(tmp_path: Path, first: str) -> None:
    (tmp_path / "story.txt").write_text(f"{first}\n\n{STORIES[0][2]}\n", encoding="utf-8")
    assert [a.title for a in read([tmp_path / "story.txt"], lang="en")] == [None]


def test_a_headline_needs_the_blank_line(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(f"{STORIES[0][1]}\n{STORIES[0][2]}\n", encoding="utf-8")
    assert [a.title for a in read([tmp_path / "story.txt"], lang="en")] == [None]
