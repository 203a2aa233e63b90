"""Parts of a scraped page that date something else than the article, or date it from an odd place.

Each language has, written by hand, one ferry-strike story of 25 June 2013 and the page
parts around it that failed before:
- readers' comments under a comments heading, dated after the article (left out);
- teasers of other articles below the story, led by their date (left out), beside a
  chronology entry led by a date, which is a sentence of the story (kept);
- a title that ends with its dateline ("… STRIKE. PORTSMOUTH, 25 JUNE 2013.");
- a signature at the end ("Portsmouth, 25 June 2013"), and the same line mid-text (no signature),
  also with the page's tag list after it;
- a date right under the headline, the article's (a site's clock of the day stands above it);
- another article's stamp in a "latest news" list below the story (left out), and a breadcrumb
  of the site's sections led by ">" (a menu).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest import make_article
from dateline.ingest.boilerplate import COMMENTS, RELATED_LIST, furniture, reason
from dateline.temporal import tagger_for
from dateline.temporal.dating import SIGNATURE, DayCue, LatestCue, date_article, furniture_blanked, reading

DAY = dt.date(2013, 6, 25)


# headline; a paragraph of the story, no date in it; the place; the day (25 June 2013);
# a comments heading; a comment's byline on 2 July 2013 with a clock time; a comment;
# another article's headline; a chronology entry (a sentence) for its date, 3 July 2013
PAGES = {
    "en": ("Ferry strike ends as crews accept night-shift deal",
           "Ferry crews on the south coast went back to work after their union accepted a new rota for night "
           "shifts, ending a strike that had stopped every crossing for a week.",
           "Portsmouth", "June 25, 2013", "3 comments", "Maria Rossi, July 2, 2013 at 8:01 pm",
           "About time, the queues at the port were endless.", "Port workers vote on the new pay offer",
           "The port reopened its second terminal."),
    "es": ("Fin de la huelga de los ferris tras el acuerdo sobre los turnos de noche",
           "Las tripulaciones de los ferris de la costa volvieron al trabajo después de que su sindicato aceptara "
           "un nuevo turno de noche, lo que pone fin a una huelga que había parado todas las travesías.",
           "Santander", "25 de junio de 2013", "3 comentarios", "María Pérez, 2 de julio de 2013 a las 20:01",
           "Ya era hora, las colas en el puerto eran eternas.", "Los estibadores votan la nueva oferta salarial",
           "El puerto reabrió su segunda terminal."),
    "fr": ("Fin de la grève des ferries après un accord sur les horaires de nuit",
           "Les équipages des ferries de la côte ont repris le travail après que leur syndicat a accepté un "
           "nouveau roulement de nuit, mettant fin à une grève qui avait arrêté toutes les traversées.",
           "Calais", "25 juin 2013", "3 commentaires", "Marie Dubois, 2 juillet 2013 à 20h01",
           "Il était temps, les files au port étaient interminables.", "Les dockers votent sur la nouvelle offre",
           "Le port a rouvert son second terminal."),
    "it": ("Finisce lo sciopero dei traghetti dopo l'accordo sui turni di notte",
           "Gli equipaggi dei traghetti della costa sono tornati al lavoro dopo che il sindacato ha accettato un "
           "nuovo turno di notte, ponendo fine a uno sciopero che aveva fermato tutte le traversate.",
           "Genova", "25 giugno 2013", "3 commenti", "Maria Rossi, 2 luglio 2013 alle 20:01",
           "Era ora, le code al porto erano infinite.", "I portuali votano sulla nuova offerta salariale",
           "Il porto ha riaperto il secondo terminal."),
    "de": ("Fährstreik endet nach Einigung über die Nachtschichten",
           "Die Fährbesatzungen an der Küste haben die Arbeit wieder aufgenommen, nachdem ihre Gewerkschaft einen "
           "neuen Plan für die Nachtschichten angenommen hatte, und damit einen Streik beendet, der jede Überfahrt "
           "gestoppt hatte.",
           "Kiel", "25. Juni 2013", "3 Kommentare", "Maria Schmidt, 2. Juli 2013 um 20:01 Uhr",
           "Wurde auch Zeit, die Schlangen am Hafen waren endlos.", "Hafenarbeiter stimmen über das neue Angebot ab",
           "Der Hafen öffnete sein zweites Terminal wieder."),
    "pt": ("Termina a greve dos ferries após acordo sobre os turnos da noite",
           "As tripulações dos ferries da costa voltaram ao trabalho depois de o sindicato aceitar uma nova escala "
           "para os turnos da noite, pondo fim a uma greve que tinha parado todas as travessias.",
           "Lisboa", "25 de junho de 2013", "3 comentários", "Maria Silva, 2 de julho de 2013 às 20:01",
           "Já era tempo, as filas no porto eram intermináveis.", "Os estivadores votam a nova proposta salarial",
           "O porto reabriu o seu segundo terminal."),
    "ru": ("Забастовка паромщиков закончилась соглашением о ночных сменах",
           "Экипажи паромов на побережье вернулись к работе после того, как их профсоюз принял новый график "
           "ночных смен, что положило конец забастовке, остановившей все рейсы через пролив.",
           "Калининград", "25 июня 2013 года", "3 комментария", "Мария Иванова, 2 июля 2013 года в 20:01",
           "Давно пора, очереди в порту были бесконечными.", "Портовые рабочие голосуют по новому предложению",
           "Порт снова открыл второй терминал."),
    "ar": ("انتهاء إضراب العبارات بعد اتفاق على المناوبات الليلية",
           "عاد طواقم العبارات على الساحل إلى العمل بعد أن وافقت نقابتهم على جدول جديد للمناوبات الليلية، "
           "منهين بذلك إضرابا أوقف كل الرحلات عبر المضيق طوال الأسبوع الماضي كله.",
           "الإسكندرية", "25 يونيو 2013", "3 تعليقات", "مريم علي، 2 يوليو 2013 الساعة 20:01",
           "أخيرا، كانت الطوابير في الميناء لا تنتهي.", "عمال الميناء يصوتون على العرض الجديد",
           "أعاد الميناء فتح محطته الثانية."),
}
LANGS = sorted(PAGES)
# The date of another article below the story, 3 July 2013, in each language.
LATER = {"en": "July 3, 2013", "es": "3 de julio de 2013", "fr": "3 juillet 2013", "it": "3 luglio 2013",
         "de": "3. Juli 2013", "pt": "3 de julho de 2013", "ru": "3 июля 2013 года", "ar": "3 يوليو 2013"}


def _days_named(text: str, lang: str) -> dict[str, str]:
    """The days the dating model reads in a text: their words → role ("date" for the plain ones)."""
    found: dict[str, str] = {}
    for cue in reading(text, lang).cues:
        if isinstance(cue, LatestCue):
            found.update((item.text, "date") for item in cue.items if isinstance(item, DayCue))
        elif isinstance(cue, DayCue):
            found[cue.text] = cue.role
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_readers_comments_under_their_heading_are_left_out_of_dating(lang: str) -> None:
    headline, story, place, day, heading, byline, comment, _other, _entry = PAGES[lang]
    page = "\n".join([headline, day, story, story, heading, byline, comment])
    article = make_article(page, id=f"comments-{lang}", lang=lang)
    marked = {page[a:b] for a, b, why in furniture(page) if why == COMMENTS}
    assert {heading, byline, comment} <= marked
    assert byline not in furniture_blanked(article)
    assert date_article(article, min_confidence=0.0).date == DAY


@pytest.mark.parametrize("lang", LANGS)
def test_a_comments_heading_without_dated_comments_or_above_the_story_marks_nothing(lang: str) -> None:
    headline, story, _place, day, heading, byline, comment, _other, _entry = PAGES[lang]
    undated = "\n".join([headline, day, story, heading, comment, comment])
    above = "\n".join([headline, heading, byline, story])
    for page in (undated, above):
        assert not [why for _a, _b, why in furniture(page) if why == COMMENTS], page


@pytest.mark.parametrize("lang", LANGS)
def test_another_articles_teaser_led_by_its_date_is_not_this_ones_day(lang: str) -> None:
    headline, story, _place, day, _heading, _byline, _comment, other, entry = PAGES[lang]
    numeric = "\n".join([headline, day, story, story, f"03/07/2013 - {other}"])
    assert [why for _a, _b, why in furniture(numeric) if why == "other article"]
    words = "\n".join([headline, day, story, story, f"{LATER[lang]} - {other}"])
    assert LATER[lang] not in _days_named(words, lang)
    assert date_article(make_article(words, id=f"teaser-{lang}", lang=lang), min_confidence=0.0).date == DAY
    chronology = "\n".join([headline, day, story, story, f"{LATER[lang]} - {entry}"])
    assert _days_named(chronology, lang).get(LATER[lang]) == "date"
    assert not furniture(chronology.replace(LATER[lang], "03/07/2013"))


@pytest.mark.parametrize("lang", LANGS)
def test_a_title_that_ends_with_its_dateline_dates_the_article(lang: str) -> None:
    headline, story, place, day, *_ = PAGES[lang]
    page = f"{headline.upper()}. {place.upper()}, {day.upper()}.\n{story}"
    assert _days_named(page, lang).get(day.upper()) == "dateline"
    guess = date_article(make_article(page, id=f"title-{lang}", lang=lang), min_confidence=0.0)
    assert guess.date == DAY
    # A title sentence that ends with a date but no place before it is not a dateline.
    plain = f"{headline}. {day}.\n{story}"
    assert _days_named(plain, lang).get(day) != "dateline"


@pytest.mark.parametrize("lang", LANGS)
def test_a_place_and_a_date_closing_the_text_are_its_signature(lang: str) -> None:
    headline, story, place, day, *_ = PAGES[lang]
    signed = "\n".join([headline, story, story, f"{place}, {day}"])
    assert _days_named(signed, lang).get(day) == SIGNATURE
    guess = date_article(make_article(signed, id=f"signed-{lang}", lang=lang), min_confidence=0.0)
    assert guess.date == DAY
    assert _days_named("\n".join([headline, story, f"{place}, {day}", story]), lang).get(day) != SIGNATURE


# A page's tag list after the signature, in each language.
TAGS = {"en": "Tags: ferries, strikes", "es": "Etiquetas: ferris, huelgas", "fr": "Mots-clés : ferries, grèves",
        "it": "Tag: traghetti, scioperi", "de": "Schlagwörter: Fähren, Streiks", "pt": "Tags: ferries, greves",
        "ru": "Теги: паромы, забастовки", "ar": "الوسوم: العبارات، الإضرابات"}


@pytest.mark.parametrize("lang", LANGS)
def test_a_signature_before_the_pages_tag_list_is_still_the_signature(lang: str) -> None:
    headline, story, place, day, *_ = PAGES[lang]
    signed = "\n".join([headline, story, story, f"{place}, {day}", TAGS[lang]])
    assert [why for a, b, why in furniture(signed) if signed[a:b] == TAGS[lang]] == ["related"]
    guess = date_article(make_article(signed, id=f"tagged-{lang}", lang=lang), min_confidence=0.0)
    assert guess.date == DAY and any("signed" in e.detail for e in guess.evidence), guess.evidence


@pytest.mark.parametrize("lang", LANGS)
def test_a_date_right_under_the_headline_is_the_articles_and_one_above_it_may_be_the_sites(lang: str) -> None:
    headline, story, _place, day, *_ = PAGES[lang]
    menu = {"en": "Home | World | Sport", "es": "Inicio | Mundo | Deportes", "fr": "Accueil | Monde | Sport",
            "it": "Home | Mondo | Sport", "de": "Startseite | Welt | Sport", "pt": "Início | Mundo | Desporto",
            "ru": "Главная | Мир | Спорт", "ar": "الرئيسية | العالم | الرياضة"}[lang]
    under = make_article("\n".join([menu, headline, day, story, story]), id=f"under-{lang}", lang=lang)
    answer = date_article(under)
    assert answer.date == DAY and any("at the top" in e.detail for e in answer.evidence), answer.evidence
    byline = {"en": "By Jane Doe", "es": "Por María Pérez", "fr": "Par Marie Dubois", "it": "di Maria Rossi",
              "de": "Von Maria Schmidt", "pt": "Por Maria Silva", "ru": "Мария Иванова", "ar": "بقلم مريم علي"}[lang]
    signed = make_article("\n".join([menu, headline, byline, day, story, story]), id=f"byline-{lang}", lang=lang)
    assert date_article(signed).date == DAY
    above = make_article("\n".join([menu, day, headline, story, story]), id=f"above-{lang}", lang=lang)
    guess = date_article(above, min_confidence=0.0)
    assert guess.date == DAY and guess.confidence < answer.confidence
    assert any("the day the page was served" in e.detail for e in guess.evidence), guess.evidence


def test_the_tagger_reads_every_day_written_here() -> None:
    """The tests above mean something only if each language's tagger reads its dates as days."""
    for lang, (*_, day, _heading, _byline, _comment, _other, _entry) in PAGES.items():
        tagger = tagger_for(lang)
        for written in (day, LATER[lang]):
            assert [written] == [written[m.start:m.end] for m in tagger.find(written, dating=True)], (lang, written)


# Per language: a "latest news" heading, another article's stamp with the language's stamp
# words and a clock time (a date on a line of its own: "Published 14/03/2021 10:02"), and a
# breadcrumb of the site's sections led by ">".
LATEST_NEWS = {
    "en": ("Latest news", "Published 14/03/2021 10:02", "Home > World > Europe"),
    "es": ("Últimas noticias", "Publicado el 14/03/2021 10:02", "Inicio > Internacional > Europa"),
    "fr": ("Dernières actualités", "Publié le 14/03/2021 à 10h02", "Accueil > International > Europe"),
    "it": ("Ultime notizie", "Pubblicato il 14/03/2021 10:02", "Home > Esteri > Europa"),
    "de": ("Neueste Artikel", "Veröffentlicht am 14.03.2021 10:02", "Startseite > Politik > Ausland"),
    "pt": ("Últimas notícias", "Publicado em 14/03/2021 10:02", "Início > Mundo > Europa"),
    "ru": ("Последние новости", "Опубликовано 14.03.2021 10:02", "Главная > В мире > Европа"),
    "ar": ("آخر الأخبار", "نشر في 14/03/2021 10:02", "الرئيسية > العالم > أوروبا"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_stamp_in_a_list_of_other_articles_is_not_this_ones(lang: str) -> None:
    """Below the story, a "latest news" list whose item carries its stamp on a line of its
    own, with a clock time: that article's day (2021), not this one's (the story names no
    day). Dating read it as the page's stamp and answered 14 March 2021."""
    headline, story, _place, _day, _heading, _byline, _comment, other, _entry = PAGES[lang]
    heading, stamp, _crumbs = LATEST_NEWS[lang]
    page = "\n".join([headline, story, story, heading, stamp, other])
    assert {page[a:b]: why for a, b, why in furniture(page)}.get(stamp) == RELATED_LIST
    guess = date_article(make_article(page, id=f"latest-{lang}", lang=lang), min_confidence=0.0)
    assert guess.date is None, guess.evidence[:3]
    # the same stamp under the headline is the article's
    own = "\n".join([headline, stamp, story, story, heading, other])
    assert date_article(make_article(own, id=f"own-{lang}", lang=lang)).date == dt.date(2021, 3, 14)


@pytest.mark.parametrize("lang", LANGS)
def test_a_breadcrumb_led_by_angle_brackets_is_a_menu(lang: str) -> None:
    crumbs = LATEST_NEWS[lang][2]
    assert reason(crumbs) == "menu"
    headline, story, _place, day, *_rest = PAGES[lang]
    assert date_article(make_article("\n".join([crumbs, headline, day, story]), id=f"crumbs-{lang}",
                                     lang=lang)).date == DAY


@pytest.mark.parametrize("lang", LANGS)
def test_headlines_of_other_articles_with_their_date_after_them_are_left_out(lang: str) -> None:
    """Teasers below the story whose date follows the headline ("Port workers vote on the new
    pay offer - July 3, 2013", "… (July 3, 2013)"): other articles' days, not this one's (the
    story names no day). Dating read the last one as the text's signature or its stamp."""
    headline, story, _place, _day, _heading, _byline, _comment, other, entry = PAGES[lang]
    for teaser in (f"{other} - {LATER[lang]}", f"{other} ({LATER[lang]})"):
        page = "\n".join([headline, story, story, story, teaser, teaser])
        assert {page[a:b]: why for a, b, why in furniture(page)}.get(teaser) == "other article"
        assert date_article(make_article(page, id=f"teaser-after-{lang}", lang=lang), min_confidence=0.0).date is None
    # a sentence of the story that ends with a date in brackets stays
    assert not furniture("\n".join([headline, story, story, f"{entry} ({LATER[lang]})"]))
