"""Crawl-time dates on scraped pages: a site's date of the day, alone at the top or the bottom.

Each language has, written by hand: the date a site prints over every page on the day it is
served (no clock time), a story of 2013 that names an event of 2011, and the story's own
stamp with a clock time. A crawl years later prints the first over the story; it must be
marked as page furniture and left out of dating, while the stamp, a lone date in the story's
year, and a date older than the page's other furniture stay.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest import make_article
from dateline.ingest.boilerplate import date_line, depends_on_date, furniture
from dateline.temporal import tagger_for
from dateline.temporal.dating import date_article

# (site date of the crawl, the story's stamp with a clock, two sentences of a 2013 story)
PAGES = {
    "en": ("Wednesday, November 11, 2020", "June 25, 2013 10:32 AM",
           "The ferry company resumed crossings on Tuesday, June 25, 2013, after the strike ended.",
           "Its crews had stopped work in 2011 over the same dispute about night shifts."),
    "es": ("Miércoles 11 de noviembre de 2020", "25 de junio de 2013 10:32 h",
           "La naviera reanudó las travesías el martes 25 de junio de 2013, tras el fin de la huelga.",
           "Sus tripulaciones ya habían parado en 2011 por la misma disputa sobre los turnos de noche."),
    "fr": ("Mercredi 11 novembre 2020", "25 juin 2013 à 10h32",
           "La compagnie a repris les traversées le mardi 25 juin 2013, après la fin de la grève.",
           "Ses équipages avaient déjà cessé le travail en 2011 pour le même conflit sur les horaires de nuit."),
    "it": ("Mercoledì 11 novembre 2020", "25 giugno 2013 ore 10:32",
           "La compagnia ha ripreso le traversate martedì 25 giugno 2013, dopo la fine dello sciopero.",
           "I suoi equipaggi si erano già fermati nel 2011 per la stessa disputa sui turni di notte."),
    "de": ("Mittwoch, 11. November 2020", "25. Juni 2013, 10:32 Uhr",
           "Die Reederei nahm die Überfahrten am Dienstag, 25. Juni 2013, nach dem Ende des Streiks wieder auf.",
           "Ihre Besatzungen hatten schon 2011 wegen desselben Streits um die Nachtschichten die Arbeit niedergelegt."),
    "pt": ("Quarta-feira, 11 de novembro de 2020", "25 de junho de 2013 10:32",
           "A companhia retomou as travessias na terça-feira, 25 de junho de 2013, após o fim da greve.",
           "As suas tripulações já tinham parado em 2011 pela mesma disputa sobre os turnos da noite."),
    "ru": ("Среда, 11 ноября 2020 года", "25 июня 2013 года, 10:32",
           "Паромная компания возобновила рейсы во вторник, 25 июня 2013 года, после окончания забастовки.",
           "Её экипажи уже останавливали работу в 2011 году из-за того же спора о ночных сменах."),
    "ar": ("الأربعاء 11 نوفمبر 2020", "25 يونيو 2013 الساعة 10:32",
           "استأنفت شركة العبارات رحلاتها يوم الثلاثاء 25 يونيو 2013 بعد انتهاء الإضراب.",
           "وكانت أطقمها قد توقفت عن العمل في 2011 بسبب الخلاف نفسه حول المناوبات الليلية."),
}
LANGS = sorted(PAGES)
STORY_DAY = dt.date(2013, 6, 25)
# A site's menu: what makes a text a served page, which may carry the site's date of the day.
MENU = {"en": "Home | World | Business | Sport", "es": "Inicio | Internacional | Economía | Deportes",
        "fr": "Accueil | Monde | Économie | Sport", "it": "Home | Mondo | Economia | Sport",
        "de": "Startseite | Welt | Wirtschaft | Sport", "pt": "Início | Mundo | Economia | Desporto",
        "ru": "Главная | В мире | Экономика | Спорт", "ar": "الرئيسية | العالم | اقتصاد | رياضة"}


def _page(*lines: str) -> str:
    return "\n".join(lines)


def _page_dates(page: str, published: dt.date | None = None) -> set[str]:
    return {page[s:e] for s, e, why in furniture(page, published) if why == "page date"}


@pytest.mark.parametrize("lang", LANGS)
def test_a_crawl_date_at_the_top_is_furniture_and_not_the_publication_day(lang: str) -> None:
    crawl, _stamp, first, second = PAGES[lang]
    page = _page(MENU[lang], crawl, "Example News", first, second)
    assert _page_dates(page) == {crawl}
    guess = date_article(make_article(page, id=f"top-{lang}", lang=lang), min_confidence=0.0)
    assert guess.date is not None and guess.date.year == 2013, guess


@pytest.mark.parametrize("lang", LANGS)
def test_a_crawl_date_at_the_bottom_is_furniture(lang: str) -> None:
    crawl, _stamp, first, second = PAGES[lang]
    page = _page(MENU[lang], "Example News", first, second, "Example News", crawl)
    assert _page_dates(page) == {crawl}


@pytest.mark.parametrize("lang", LANGS)
def test_the_storys_own_stamp_stays(lang: str) -> None:
    """A stamp with a clock time is the article's even over a story that names only older
    years; a lone date in the story's year is its stamp; so is one older than the years the
    page's other furniture names (a copyright notice of the crawl)."""
    crawl, stamp, first, second = PAGES[lang]
    history = second  # names 2011 only
    with_clock = _page(stamp.replace("2013", "2016"), "Example News", history, history)
    assert _page_dates(with_clock) == set()
    story_year = _page(crawl.replace("2020", "2013"), "Example News", first, second)
    assert _page_dates(story_year) == set()
    guess = date_article(make_article(_page(stamp, first, second), id=f"stamp-{lang}", lang=lang))
    assert guess.date == STORY_DAY, guess
    older = _page(crawl.replace("2020", "2016"), "Example News", history, "© 2020 Example News")
    assert _page_dates(older) == set()


@pytest.mark.parametrize("lang", LANGS)
def test_a_known_publication_day_decides_whose_date_a_lone_line_is(lang: str) -> None:
    """A dated article's own date line stays over a story recalling older years (a wire
    story of 2016 that names only 2011); a crawl date years after the known day is still
    the page's, and so is the top line in a copyright notice's year."""
    crawl, _stamp, _first, second = PAGES[lang]
    own = crawl.replace("2020", "2016").replace("11", "10")
    page = _page(MENU[lang], own, "Example News", second, second)
    assert _page_dates(page) == {own}  # alone, the text cannot tell
    published = dt.date(2016, 11, 10)
    assert _page_dates(page, published) == set()
    article = make_article(page, id=f"known-{lang}", lang=lang, date=published)
    assert [s.text for s in article.sentences if s.boilerplate] == [MENU[lang]]
    crawled = _page(MENU[lang], crawl, "Example News", second, second)
    assert _page_dates(crawled, published) == {crawl}


@pytest.mark.parametrize("lang", LANGS)
def test_a_text_without_page_furniture_keeps_its_date_line(lang: str) -> None:
    """Wire copy, a feed's body, a TimeML document carry no site clock: the date line over a
    story that recalls only older years is the article's own (the Wikinews texts of the
    SemEval-2015 trial data open with theirs) and dates it; the same line under a menu may be
    the day the page was served and is left out."""
    own, _stamp, _first, second = PAGES[lang]
    text = _page(own, second, second)
    assert _page_dates(text) == set()
    guess = date_article(make_article(text, id=f"wire-{lang}", lang=lang))
    assert guess.date == dt.date(2020, 11, 11), guess
    assert _page_dates(_page(MENU[lang], own, second, second)) == {own}


@pytest.mark.parametrize("lang", LANGS)
def test_a_story_without_years_keeps_its_lone_date(lang: str) -> None:
    """Nothing to compare with: a lone date over a story that names no year may be its stamp."""
    crawl, _stamp, _first, _second = PAGES[lang]
    page = _page(crawl, "Example News", "The talks went on all night.", "They resume on Friday.")
    assert _page_dates(page) == set()


@pytest.mark.parametrize(("line", "found"), [
    ("31 jul 2020", (2020, False)),
    ("11/11/2020 14:32", (2020, True)),
    ("Jueves 12/05/2011. Actualizado 16:51h.", (2011, True)),
    ("الأربعاء ١١ نوفمبر ٢٠٢٠", (2020, False)),
    ("Tue 25 Jun 2013 10.32 BST", (2013, True)),
    # Not a date alone: a headline with a range of years, a count, a year without a day.
    ("Siria: 10 años de guerra (2011-2021)", None),
    ("The 2020 budget: 12 ministers, 30 agencies, 45 programmes", None),
    ("Campaign 2020 for the children of the valley", None),
])
def test_date_lines(line: str, found: tuple[int, bool] | None) -> None:
    assert date_line(line) == found


@pytest.mark.parametrize("lang", LANGS)
def test_a_numeric_stamp_with_a_clock_time_is_not_navigation(lang: str) -> None:
    """"25/06/2013 - 10:32" has no word, as a navigation line has none but its menu items;
    it is the page's stamp, not a menu."""
    _crawl, _stamp, first, second = PAGES[lang]
    stamp = "6/25/2013 - 10:32" if lang == "en" else "25/06/2013 - 10:32"  # English puts the month first
    page = _page("Example News", stamp, first.replace("2013", "2012"), second)
    assert furniture(page) == []
    guess = date_article(make_article(page, id=f"numeric-{lang}", lang=lang), min_confidence=0.0)
    assert guess.date == STORY_DAY, guess


# Per language: the date of the last edit, alone at the bottom (the day the page was served)
# and with a clock time (an edit years after the story).
LATE_UPDATES = {
    "en": ("Last updated 11/11/2020", "Updated 11/11/2020 14:32"),
    "es": ("Última actualización 11/11/2020", "Actualizado 11/11/2020 14:32"),
    "fr": ("Dernière mise à jour 11/11/2020", "Mis à jour le 11/11/2020 à 14h32"),
    "it": ("Ultima modifica 11/11/2020", "Aggiornato il 11/11/2020 alle 14:32"),
    "de": ("Zuletzt aktualisiert 11.11.2020", "Aktualisiert am 11.11.2020, 14:32 Uhr"),
    "pt": ("Última atualização 11/11/2020", "Atualizado em 11/11/2020 14:32"),
    "ru": ("Последнее обновление 11.11.2020", "Обновлено 11.11.2020 14:32"),
    "ar": ("آخر تحديث 11/11/2020", "تم التحديث في 11/11/2020 الساعة 14:32"),
}


def _on_the_next_day(footer: str, lang: str) -> str:
    """The update line of LATE_UPDATES dated the day after the story (English puts the month first)."""
    day = "06/26/2013" if lang == "en" else "26/06/2013"
    return footer.replace("11/11/2020", day).replace("11.11.2020", "26.06.2013")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("clock", [False, True])
def test_an_edit_years_after_the_story_says_nothing_of_its_day(lang: str, clock: bool) -> None:
    """An update line years after every year the story names was written by a later edit or
    by the crawl; the story's own date decides. An update the next day still counts."""
    _crawl, _stamp, first, second = PAGES[lang]
    footer = LATE_UPDATES[lang][clock]
    page = _page("Example News", first, second, footer)
    guess = date_article(make_article(page, id=f"update-{lang}", lang=lang), min_confidence=0.0)
    assert guess.date is not None and guess.date.year == 2013, guess
    next_day = _page("Example News", first, second, _on_the_next_day(footer, lang))
    evidence = date_article(make_article(next_day, id=f"next-{lang}", lang=lang), min_confidence=0.0).evidence
    assert any("updated on 2013-06-26" in e.detail for e in evidence), evidence


@pytest.mark.parametrize("lang", LANGS)
def test_the_pipelines_mentions_date_as_the_text_does(lang: str) -> None:
    """An update line among the furniture at the bottom ("Última actualización 26/06/2013",
    which ends like another article's teaser) is kept for dating, whether the caller passes
    the tagger's dating mentions (`analyze(..., dating=True)`) or not. The pipeline passes its
    own reading (`article_readings`); test_dating_pipeline_agrees.py checks that one."""
    _crawl, _stamp, first, second = PAGES[lang]
    footer = _on_the_next_day(LATE_UPDATES[lang][0], lang)
    article = make_article(_page("Example News", first, second, "Example News", footer), id=f"pipe-{lang}", lang=lang)
    assert any(s.boilerplate for s in article.sentences)
    mentions = tagger_for(lang).analyze(article.text, article.sentence_spans(), dating=True)
    alone, given = date_article(article, min_confidence=0.0), date_article(article, mentions=mentions, min_confidence=0.0)
    assert (given.date, given.confidence) == (alone.date, alone.confidence)
    assert any("updated on 2013-06-26" in e.detail for e in given.evidence), given.evidence


# Per language: a story that names no year, and a line of a site's menu.
NO_YEAR = {
    "en": ("The ferry company resumed crossings on Tuesday after the strike ended.", "Home | World | Business | Sport"),
    "es": ("La naviera reanudó las travesías el martes, tras el fin de la huelga.", "Portada | Mundo | Economía | Deportes"),
    "fr": ("La compagnie a repris les traversées mardi, après la fin de la grève.", "Accueil | International | Économie | Sport"),
    "it": ("La compagnia ha ripreso le traversate martedì, dopo la fine dello sciopero.", "Home | Mondo | Economia | Sport"),
    "de": ("Die Reederei nahm die Überfahrten am Dienstag nach dem Ende des Streiks wieder auf.",
           "Startseite | Welt | Wirtschaft | Sport"),
    "pt": ("A companhia retomou as travessias na terça-feira, após o fim da greve.", "Início | Mundo | Economia | Desporto"),
    "ru": ("Паромная компания возобновила рейсы во вторник после окончания забастовки.",
           "Главная | Мир | Экономика | Спорт"),
    "ar": ("استأنفت شركة العبارات رحلاتها يوم الثلاثاء بعد انتهاء الإضراب.", "الرئيسية | العالم | اقتصاد | رياضة"),
}
CRAWL_DAY = dt.date(2020, 11, 11)


@pytest.mark.parametrize("lang", LANGS)
def test_a_date_line_over_a_text_without_page_furniture_is_its_own(lang: str) -> None:
    """No menu, no notice: no site printed its date of the day over the text (wire copy, a
    feed's body), so its lone date line is answered; on a page it counts half (nothing
    checks it against the story's years)."""
    date, story = PAGES[lang][0], NO_YEAR[lang][0]
    clean = date_article(make_article(_page(date, story), id=f"clean-{lang}", lang=lang))
    assert clean.date == CRAWL_DAY and clean.confidence >= 0.5, clean
    page = make_article(_page(NO_YEAR[lang][1], date, story), id=f"page-{lang}", lang=lang)
    assert any(s.boilerplate for s in page.sentences)
    served = date_article(page, min_confidence=0.0)
    assert served.date == CRAWL_DAY and served.confidence < clean.confidence, served


@pytest.mark.parametrize("lang", LANGS)
def test_a_full_date_on_its_own_line_below_a_long_header_is_a_weaker_stamp(lang: str) -> None:
    """Below the page's top (a long standfirst no furniture rule marks), the article's date
    under its headline still reads as a stamp, at half a stamp's odds: such a line may also
    be a comment's or a signature's date."""
    _crawl, stamp, first, second = PAGES[lang]
    standfirst = " ".join([second] * 8)  # over 600 characters of the page's own text
    page = _page("Example News", standfirst, stamp, first, second)
    guess = date_article(make_article(page, id=f"lower-{lang}", lang=lang), min_confidence=0.0)
    assert guess.date == STORY_DAY, guess
    assert any(e.detail.startswith("date 2013-06-25 alone on a line below the top") for e in guess.evidence), guess


@pytest.mark.parametrize("lang", LANGS)
def test_only_a_notice_or_a_lone_date_line_makes_furniture_depend_on_the_known_day(lang: str) -> None:
    """`depends_on_date` spares `benchmark dating` marking a dated text again without its date:
    it must be True wherever the furniture found can differ with the day known."""
    crawl, stamp, first, second = PAGES[lang]
    pages = {"crawl": _page(MENU[lang], crawl, "Example News", second, second),
             "notice": _page(MENU[lang], "Example News 2020", second, "© 2020 Example News"),
             "clock": _page(MENU[lang], stamp, first, second), "story": _page(first, second)}
    found = {name: depends_on_date(page) for name, page in pages.items()}
    assert found == {"crawl": True, "notice": True, "clock": False, "story": False}
    for name, page in pages.items():
        differs = any(furniture(page, day) != furniture(page) for day in (dt.date(2013, 6, 25), dt.date(2020, 11, 11)))
        assert not differs or found[name], name
    assert furniture(pages["crawl"], dt.date(2020, 11, 11)) != furniture(pages["crawl"])  # it does depend


# Per language: a site's header that says it prints its date of the day ("Today: ..."), with a
# login link beside it, and a sentence of a story that opens with the same word and a date.
SITE_CLOCKS = {
    "en": ("Today: Wednesday, November 11, 2020 | Subscribe | Log in",
           "Today, Wednesday November 11, 2020, the ferry company resumed crossings after the strike."),
    "es": ("Hoy es Miércoles 11 de noviembre de 2020 | Iniciar sesión",
           "Hoy, miércoles 11 de noviembre de 2020, la naviera reanudó las travesías tras la huelga."),
    "fr": ("Aujourd'hui : mercredi 11 novembre 2020 | Se connecter",
           "Aujourd'hui, mercredi 11 novembre 2020, la compagnie a repris les traversées après la grève."),
    "it": ("Oggi è mercoledì 11 novembre 2020 - Meteo | Accedi",
           "Oggi, mercoledì 11 novembre 2020, la compagnia ha ripreso le traversate dopo lo sciopero."),
    "de": ("Heute ist Mittwoch, 11. November 2020 | Anmelden",
           "Heute, am Mittwoch, 11. November 2020, nahm die Reederei die Überfahrten nach dem Streik wieder auf."),
    "pt": ("Hoje: quarta-feira, 11 de novembro de 2020 | Entrar",
           "Hoje, quarta-feira, 11 de novembro de 2020, a companhia retomou as travessias após a greve."),
    "ru": ("Сегодня: среда, 11 ноября 2020 года | Войти",
           "Сегодня, в среду, 11 ноября 2020 года, паромная компания возобновила рейсы после забастовки."),
    "ar": ("اليوم: الأربعاء 11 نوفمبر 2020 | تسجيل الدخول",
           "اليوم الأربعاء 11 نوفمبر 2020 استأنفت شركة العبارات رحلاتها بعد انتهاء الإضراب."),
}


@pytest.mark.parametrize("lang", sorted(SITE_CLOCKS))
def test_a_header_that_says_it_is_the_sites_date_of_the_day_is_the_pages(lang: str) -> None:
    """Whatever its year: a site's clock over a 2013 story, and over a story of its own year
    (2020), is the day the page was served; it bounds publication from above, no more."""
    clock, sentence = SITE_CLOCKS[lang]
    _crawl, _stamp, first, second = PAGES[lang]
    page = _page(clock, "Example News", first, second)
    assert _page_dates(page) == {clock}
    article = make_article(page, id=f"clock-{lang}", lang=lang)
    guess = date_article(article, min_confidence=0.0)
    assert guess.date == STORY_DAY, guess
    recent = page.replace("2013", "2020").replace("2011", "2019")
    assert _page_dates(recent) == {clock}
    assert date_article(make_article(recent, id=f"clock2-{lang}", lang=lang), min_confidence=0.0).date \
        != dt.date(2020, 11, 11)


@pytest.mark.parametrize("lang", sorted(SITE_CLOCKS))
def test_a_story_that_opens_with_today_and_its_date_is_not_a_site_clock(lang: str) -> None:
    clock, sentence = SITE_CLOCKS[lang]
    page = _page(MENU[lang], "Example News", sentence, PAGES[lang][3])
    assert _page_dates(page) == set()
    assert date_article(make_article(page, id=f"today-{lang}", lang=lang)).date == dt.date(2020, 11, 11)
