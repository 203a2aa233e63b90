"""Month names cut short without a dot, as page stamps write them ("Tue 25 Jun 2013 10.32
BST", "31 jul 2013", "25 GIU 2013"), next to a day; and the words they could be mistaken for
("Wang Jun", "mar Nero", "sept personnes", "il primo set", "Dez pessoas"), which stay words.

Arabic writes its month names in full; it has no such abbreviation to test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest import make_article
from dateline.temporal import tagger_for
from dateline.temporal.dating import date_article
from dateline.temporal.meanings import Calendar

# (language, stamp line, its day, a sentence of the story)
STAMPS = [
    ("en", "Tue 25 Jun 2013 10.32 BST", dt.date(2013, 6, 25), "The ferry crossings resumed on Tuesday after the strike."),
    ("en", "Mar 3, 2012", dt.date(2012, 3, 3), "The ferry crossings resumed on Saturday after the strike."),
    ("es", "31 jul 2013", dt.date(2013, 7, 31), "Las travesías se reanudaron el miércoles tras la huelga."),
    ("es", "15 may 2013", dt.date(2013, 5, 15), "Las travesías se reanudaron el miércoles tras la huelga."),
    ("fr", "25 juil 2013", dt.date(2013, 7, 25), "Les traversées ont repris jeudi après la grève."),
    ("fr", "3 sept 2013", dt.date(2013, 9, 3), "Les traversées ont repris mardi après la grève."),
    ("it", "25 GIU 2013", dt.date(2013, 6, 25), "Le traversate sono riprese martedì dopo lo sciopero."),
    ("it", "3 dic 2012", dt.date(2012, 12, 3), "Le traversate sono riprese lunedì dopo lo sciopero."),
    ("de", "25. Jun 2013", dt.date(2013, 6, 25), "Die Überfahrten wurden am Dienstag nach dem Streik wieder aufgenommen."),
    ("de", "3. Dez 2012", dt.date(2012, 12, 3), "Die Überfahrten wurden am Montag nach dem Streik wieder aufgenommen."),
    ("pt", "25 out 2013", dt.date(2013, 10, 25), "As travessias foram retomadas na sexta-feira após a greve."),
    ("pt", "3 dez 2012", dt.date(2012, 12, 3), "As travessias foram retomadas na segunda-feira após a greve."),
    ("ru", "25 июн 2013", dt.date(2013, 6, 25), "Паромы возобновили рейсы во вторник после забастовки."),
    ("ru", "3 дек 2012", dt.date(2012, 12, 3), "Паромы возобновили рейсы в понедельник после забастовки."),
]


@pytest.mark.parametrize(("lang", "stamp", "day", "story"), STAMPS)
def test_a_stamp_with_a_short_month_dates_the_page(lang: str, stamp: str, day: dt.date, story: str) -> None:
    page = "\n".join(["Example News", stamp, story])
    guess = date_article(make_article(page, id=f"stamp-{lang}", lang=lang), min_confidence=0.0)
    assert guess.date == day, (stamp, guess)


# (language, sentence, a word in it that is not a month)
WORDS = [
    ("en", "Wang Jun said on Tuesday that the talks would resume.", "Jun"),
    ("en", "Li Jun, 25, was arrested in 2012.", "Jun"),
    ("en", "Protesters tried to mar 3 ceremonies in 2012.", "mar"),
    ("es", "El buque cruzó el mar Mediterráneo en 2012.", "mar"),
    ("es", "Ganó el primer set 6-3 en 2012.", "set"),
    ("fr", "Sept personnes ont été tuées en 2012.", "Sept"),
    ("fr", "Les sept pays ont signé l'accord en 2012.", "sept"),
    ("it", "La nave è affondata nel mar Nero nel 2012.", "mar"),
    ("it", "Ha vinto il primo set 6-3 nel 2012.", "set"),
    ("de", "Jan Müller, 25, sagte am Dienstag, die Gespräche gingen weiter.", "Jan"),
    ("pt", "O navio afundou no mar em 2012.", "mar"),
    ("pt", "Dez pessoas morreram em 2012.", "Dez"),
    ("pt", "Venceu o primeiro set por 6-3.", "set"),
    ("ru", "Декан 3 факультета ушёл в 2012 году.", "Декан"),
]


@pytest.mark.parametrize(("lang", "sentence", "word"), WORDS)
def test_words_that_look_like_short_months_stay_words(lang: str, sentence: str, word: str) -> None:
    at = sentence.index(word)
    months = [m for m in tagger_for(lang).find(sentence, dating=True)
              if isinstance(m.meaning, Calendar) and m.meaning.gran in ("D", "M") and m.start <= at < m.end]
    assert months == [], sentence
