"""A byline that carries the article's date: "Carlos Salinas Maldonado | 28/8/2011 @CSMaldonado".

The author's handle, the site's address or a mail address on the byline's line are the
author's or the site's name once more, not words of a headline: the date is still the page's
stamp. Each language has, written by hand, a headline, a byline with a three-word name, the
date in the site's format and a handle or an address, and two sentences of the story.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest import make_article
from dateline.temporal.calibration import shipped_answer
from dateline.temporal.dating import date_article

DAY = dt.date(2013, 6, 25)
# (headline, byline with the date and a handle or an address, story)
PAGES = {
    "en": ("Ferry strike ends as crews accept night-shift deal",
           "Mary Ellen Jones | June 25, 2013 @MEJonesNews",
           "Ferry crews returned to work on Tuesday after their union accepted a new rota.",
           "They had walked out twice before, in 2011 and in 2012, over the same dispute."),
    "es": ("Termina la huelga de los transbordadores",
           "Carlos Salinas Maldonado | 25/6/2013 @CSMaldonado",
           "Las tripulaciones volvieron al trabajo el martes tras aceptar su sindicato los nuevos turnos.",
           "Ya habían parado dos veces, en 2011 y en 2012, por la misma disputa."),
    "fr": ("Fin de la grève des ferries",
           "Jean Pierre Dupont | 25 juin 2013 | jp.dupont@exemple.fr",
           "Les équipages ont repris le travail mardi après l'accord de leur syndicat sur les horaires.",
           "Ils avaient déjà cessé le travail en 2011 et en 2012 pour le même conflit."),
    "it": ("Finisce lo sciopero dei traghetti",
           "Maria Grazia Bianchi | 25 giugno 2013 | www.esempio.it",
           "Gli equipaggi sono tornati al lavoro martedì dopo l'accordo del sindacato sui turni.",
           "Si erano già fermati nel 2011 e nel 2012 per la stessa disputa."),
    "de": ("Fährstreik beendet",
           "Hans Peter Schmidt | 25.06.2013 | @HPSchmidt",
           "Die Besatzungen haben am Dienstag die Arbeit wieder aufgenommen, nachdem die Gewerkschaft zustimmte.",
           "Sie hatten schon 2011 und 2012 wegen desselben Streits gestreikt."),
    "pt": ("Termina a greve dos ferries",
           "Ana Maria Souza | 25/06/2013 | https://exemplo.com.br/ana",
           "As tripulações voltaram ao trabalho na terça-feira depois do acordo do sindicato.",
           "Já tinham parado em 2011 e em 2012 pela mesma disputa."),
    "ru": ("Забастовка паромщиков закончилась",
           "Иван Петрович Сидоров | 25.06.2013 | @IPSidorov",
           "Экипажи паромов вернулись к работе во вторник после того, как профсоюз принял новый график.",
           "Они уже бастовали в 2011 и 2012 году из-за того же спора."),
    "ar": ("انتهاء إضراب العبارات",
           "محمد عبد الله حسن | 25/06/2013 | @MAHassan",
           "عادت أطقم العبارات إلى العمل يوم الثلاثاء بعد أن قبلت النقابة الجدول الجديد.",
           "وكانت قد أضربت في 2011 و2012 بسبب الخلاف نفسه."),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_byline_with_a_handle_or_an_address_is_the_pages_stamp(lang: str) -> None:
    page = "\n".join(PAGES[lang])
    guess = date_article(make_article(page, id=f"byline-{lang}", lang=lang))
    assert guess.date == DAY and guess.confidence >= shipped_answer(), guess
    assert any("date stamp" in e.detail for e in guess.evidence), guess.evidence


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_sentence_with_a_date_and_an_address_is_not_a_stamp(lang: str) -> None:
    """More words than a byline holds, the address aside: a sentence of the story, not the page's stamp."""
    headline, byline, first, second = PAGES[lang]
    line = f"{first} {byline.split('|', 1)[1].strip()}" if "|" in byline else f"{first} {byline}"
    guess = date_article(make_article("\n".join([headline, line, second]), id=f"sentence-{lang}", lang=lang),
                         min_confidence=0.0)
    assert not [e for e in guess.evidence if e.detail.startswith("date stamp")], guess.evidence


# (a site's menu, a byline word, an author and the date, over the headline) per language.
SIGNED = {
    "en": ("Home | World | Sport", "By Mary Jones | 25 June 2013"),
    "es": ("Inicio | Mundo | Deportes", "Por Carlos Salinas | 25/6/2013"),
    "fr": ("Accueil | Monde | Sport", "Par Jean Dupont | 25 juin 2013"),
    "it": ("Home | Mondo | Sport", "di Maria Bianchi | 25 giugno 2013"),
    "de": ("Startseite | Welt | Sport", "Von Hans Schmidt | 25.06.2013"),
    "pt": ("Início | Mundo | Desporto", "Por Ana Souza | 25/06/2013"),
    "ru": ("Главная | В мире | Спорт", "Автор: Иван Сидоров | 25.06.2013"),
    "ar": ("الرئيسية | العالم | رياضة", "بقلم محمد حسن | 25/06/2013"),
}


@pytest.mark.parametrize("lang", sorted(SIGNED))
def test_a_signed_date_over_the_headline_is_the_articles_not_the_sites(lang: str) -> None:
    """A site prints its date of the day over every page's headline, but not an author's name:
    a byline's date is the article's own, on a served page whose story names no year as well."""
    menu, byline = SIGNED[lang]
    headline, _dated, first, _second = PAGES[lang]
    page = "\n".join([menu, byline, headline, first])
    guess = date_article(make_article(page, id=f"signed-{lang}", lang=lang))
    assert guess.date == DAY and guess.confidence >= shipped_answer(), guess
    unsigned = page.replace(byline, byline.split("|")[1].strip())  # the same date alone: the site's, perhaps
    assert date_article(make_article(unsigned, id=f"unsigned-{lang}", lang=lang), min_confidence=0.0).confidence \
        < guess.confidence
