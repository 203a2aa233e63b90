"""An update line years after the story ("Updated June 25, 2013" under a story of 2011) is left
out of the evidence of which day the article came out (`without_late_stamps`), but the page
existed by then: publication was on that day or before (`BOUND`). Left out entirely, it left a
story that names no day of its own with no guess at all."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib.resources import files

import pytest

from dateline.ingest import make_article
from dateline.temporal.dating import date_article, existed_by, infer_date, reading, served_by, universe

from tests.test_page_dates import MENU  # a site's menu over the page: a served page, which may carry its date of the day

UPDATED = dt.date(2013, 6, 25)
# Per language: a story naming its year (2011) and a weekday but no day, and an update line.
PAGES = {
    "en": ("The 2011 budget was passed by parliament on Monday after a long night of talks. "
           "The opposition voted against it.", "Updated June 25, 2013"),
    "es": ("El parlamento aprobó el lunes los presupuestos de 2011 tras una larga noche de negociaciones. "
           "La oposición votó en contra.", "Actualizado el 25 de junio de 2013"),
    "fr": ("Le parlement a adopté lundi le budget 2011 après une longue nuit de négociations. "
           "L'opposition a voté contre.", "Mis à jour le 25 juin 2013"),
    "it": ("Il parlamento ha approvato lunedì il bilancio 2011 dopo una lunga notte di trattative. "
           "L'opposizione ha votato contro.", "Aggiornato il 25 giugno 2013"),
    "de": ("Das Parlament hat am Montag den Haushalt 2011 nach einer langen Nacht der Verhandlungen "
           "beschlossen. Die Opposition stimmte dagegen.", "Aktualisiert am 25. Juni 2013"),
    "pt": ("O parlamento aprovou na segunda-feira o orçamento de 2011 após uma longa noite de negociações. "
           "A oposição votou contra.", "Atualizado em 25 de junho de 2013"),
    "ru": ("Парламент в понедельник принял бюджет на 2011 год после долгой ночи переговоров. "
           "Оппозиция голосовала против.", "Обновлено 25 июня 2013 года"),
    "ar": ("أقر البرلمان يوم الاثنين ميزانية 2011 بعد ليلة طويلة من المفاوضات. "
           "وصوتت المعارضة ضدها.", "آخر تحديث 25 يونيو 2013"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_late_update_line_still_bounds_publication(lang: str) -> None:
    story, update = PAGES[lang]
    guess = infer_date(f"Headline of the day\n{story}\n{update}\n", lang, min_confidence=0.0)
    assert guess.date is not None and guess.date <= UPDATED, guess
    assert any(e.detail.startswith(f"the page existed by {UPDATED}") for e in guess.evidence), guess.evidence


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_no_year_after_the_update_is_weighed(lang: str) -> None:
    """A day named without its year ("Tuesday, March 4" is one in 2008, 2014 and 2025) is not
    placed after the day the page existed by (2014 was the likeliest year after the story's 2011)."""
    story, update = PAGES[lang]
    named = {"en": "Talks resume on Tuesday, March 4.", "es": "Las negociaciones se reanudan el martes 4 de marzo.",
             "fr": "Les négociations reprennent le mardi 4 mars.", "it": "Le trattative riprendono martedì 4 marzo.",
             "de": "Die Gespräche beginnen wieder am Dienstag, 4. März.",
             "pt": "As negociações recomeçam na terça-feira, 4 de março.",
             "ru": "Переговоры возобновятся во вторник, 4 марта.", "ar": "تستأنف المفاوضات يوم الثلاثاء 4 مارس."}[lang]
    article = make_article(f"Headline of the day\n{story} {named}\n{update}\n", id=f"bound-{lang}", lang=lang)
    guess = date_article(article, min_confidence=0.0)
    assert guess.date is not None and guess.date <= UPDATED, guess


SERVED = dt.date(2020, 7, 31)
SERVED_LINE = {"en": "Friday 31 July 2020", "es": "Viernes 31 de julio de 2020", "fr": "Vendredi 31 juillet 2020",
               "it": "Venerdì 31 luglio 2020", "de": "Freitag, 31. Juli 2020", "pt": "Sexta-feira, 31 de julho de 2020",
               "ru": "Пятница, 31 июля 2020", "ar": "الجمعة 31 يوليو 2020"}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_day_a_page_was_served_bounds_publication(lang: str) -> None:
    """A site's date of the day over a story of 2011, which ingest leaves out as the page's
    ("page date"), is the day the page existed by."""
    story, _update = PAGES[lang]
    article = make_article(f"{MENU[lang]}\n{SERVED_LINE[lang]}\nHeadline of the day\n{story}\n", id=f"served-{lang}", lang=lang)
    assert served_by(article) == SERVED


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_an_update_line_kept_as_evidence_bounds_publication(lang: str) -> None:
    """An update line the story's years do not leave out ("Updated June 25, 2013" under a
    story of 2011) says the page existed by then, as a late one does: a site's date of the
    day years after it ("Friday 31 July 2020" over the page) is no answer. Its days after the
    update were weighed as any other day, and the site's date was answered."""
    story, update = PAGES[lang]
    guess = infer_date(f"{MENU[lang]}\n{SERVED_LINE[lang]}\nHeadline of the day\n{story}\n{update}\n", lang)
    assert guess.date is None or guess.date <= UPDATED, guess


def _numeric(lang: str, day: dt.date) -> str:
    """A day written in the language file's own numeric order ("06/25/2013", "25/06/2013")."""
    order = _language_file(lang)["grammar"].get("numeric_date_order", "dmy")
    parts = {"d": f"{day.day:02d}", "m": f"{day.month:02d}", "y": str(day.year)}
    return "/".join(parts[c] for c in order)


def _language_file(lang: str) -> dict:
    return tomllib.loads((files("dateline.temporal") / "lang" / f"{lang}.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_ranker_chooses_no_day_after_an_update_line(lang: str) -> None:
    """The fitted ranker weighs a site's date of the day at the top ("Friday 31/07/2020") as the
    text's latest full date, a likely day, though the update line below ("Updated on 25/06/2013",
    in the language file's own words) says the page existed by 2013: the bound has the last
    word, for the best guess as for the answer. The ranker chose 2020-07-31 over the model's
    2013-06-25. Built from the language file's update label, Friday and date order."""
    updated = _language_file(lang)["stamp"]["updated"][0]
    _assert_bounded(f"{_served_line(lang)}\n{updated.capitalize()} {_numeric(lang, UPDATED)}\n", lang)


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_ranker_chooses_no_day_after_the_first_comment(lang: str) -> None:
    """As for an update line: readers commented by 2013, so the site's date of 2020 is no answer."""
    _assert_bounded(_served_line(lang) + "\n", lang, first_comment=UPDATED)


def _served_line(lang: str) -> str:
    """A site's date of the day at the top ("Friday 31/07/2020", from the language file's Friday
    and date order) over a story of 2011 that names no day of its own."""
    friday = _language_file(lang)["weekday"]["5"][0]
    return f"{MENU[lang]}\n{friday.capitalize()} {_numeric(lang, SERVED)}\nHeadline of the day\n{PAGES[lang][0]}"


def _assert_bounded(text: str, lang: str, **known: dt.date) -> None:
    best = infer_date(text, lang, min_confidence=0.0, **known)
    assert best.date is not None and best.date <= UPDATED, best
    answer = infer_date(text, lang, **known)
    assert answer.date is None or answer.date <= UPDATED, answer


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_years_weighed_end_at_an_update_line(lang: str) -> None:
    """An update line kept as evidence ("Updated June 25, 2011" under a story of 2011) bounds the
    years the model weighs as it bounds the ranker's days (`existed_by`): before, only a left-out
    late stamp did, and the model still weighed the HORIZON years after the story (to 2016)."""
    story, update = PAGES[lang]
    read = reading(f"Headline of the day\n{story}\n{update.replace('2013', '2011')}\n", lang)
    assert existed_by(read.cues) == dt.date(2011, 6, 25)
    assert universe(read.cues) == (2010, 2011)
