"""A site's date of the day over a scraped page: a date at the top with a word or two
("Domingo 13/01/2013. Actualizado") but no clock time and not under the headline looks like
the article's stamp and like the day the page was served alike. Over a story that names no
year nothing checks it, so it pins publication half as often as a stamp (`BARE_STAMP_ODDS`),
as a bare date line does: it was weighed as the article's own stamp and answered (0.55)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.temporal.calibration import shipped_answer
from dateline.ingest import make_article
from dateline.temporal.dating import date_article

DAY = dt.date(2013, 1, 13)
# Per language: the site's menu, its header's date with a word, the headline, a story that
# names no year, and a clock time the header would show for its own stamp.
PAGES = {
    "en": ("Home | News | World | Sport | Opinion", "Sunday 13/01/2013. Updated", "Thousands return to the square",
           "Protesters returned to the square on Tuesday to demand the president's departure. Police answered "
           "with tear gas and dozens were hurt, doctors said.\nThe government announced a curfew on Wednesday.",
           "10:39"),
    "es": ("Inicio | Noticias | Internacional | Deportes | Opinión", "Domingo 13/01/2013. Actualizado",
           "Miles de manifestantes vuelven a la plaza",
           "Los manifestantes volvieron el martes a la plaza para exigir la salida del presidente. La policía "
           "respondió con gases y hubo decenas de heridos, según fuentes médicas.\nEl gobierno anunció el "
           "miércoles un toque de queda.", "10:39h"),
    "fr": ("Accueil | Actualités | Monde | Sport | Opinions", "Dimanche 13/01/2013. Actualisé",
           "Des milliers de manifestants reviennent sur la place",
           "Les manifestants sont revenus mardi sur la place pour exiger le départ du président. La police a "
           "répondu par des gaz lacrymogènes, selon des médecins.\nLe gouvernement a annoncé mercredi un "
           "couvre-feu.", "10h39"),
    "it": ("Home | Notizie | Esteri | Sport | Opinioni", "Domenica 13/01/2013. Aggiornato",
           "Migliaia di manifestanti tornano in piazza",
           "I manifestanti sono tornati martedì in piazza per chiedere le dimissioni del presidente. La polizia "
           "ha risposto con i lacrimogeni, secondo fonti mediche.\nIl governo ha annunciato mercoledì il "
           "coprifuoco.", "10:39"),
    "de": ("Startseite | Nachrichten | Ausland | Sport | Meinung", "Sonntag 13.01.2013. Aktualisiert",
           "Tausende kehren auf den Platz zurück",
           "Die Demonstranten kehrten am Dienstag auf den Platz zurück und forderten den Rücktritt des "
           "Präsidenten. Die Polizei setzte Tränengas ein, sagten Ärzte.\nDie Regierung verhängte am "
           "Mittwoch eine Ausgangssperre.", "10:39"),
    "pt": ("Início | Notícias | Mundo | Desporto | Opinião", "Domingo 13/01/2013. Atualizado",
           "Milhares de manifestantes voltam à praça",
           "Os manifestantes voltaram na terça-feira à praça para exigir a saída do presidente. A polícia "
           "respondeu com gás lacrimogéneo, segundo fontes médicas.\nO governo anunciou na quarta-feira um "
           "recolher obrigatório.", "10:39"),
    "ru": ("Главная | Новости | В мире | Спорт | Мнения", "Воскресенье 13.01.2013. Обновлено",
           "Тысячи демонстрантов вернулись на площадь",
           "Демонстранты во вторник вернулись на площадь и потребовали отставки президента. Полиция "
           "применила слезоточивый газ, сообщили врачи.\nПравительство в среду объявило комендантский час.",
           "10:39"),
    "ar": ("الرئيسية | أخبار | العالم | رياضة | رأي", "الأحد 13/01/2013. تحديث",
           "آلاف المتظاهرين يعودون إلى الميدان",
           "عاد المتظاهرون يوم الثلاثاء إلى الميدان للمطالبة برحيل الرئيس. وردت الشرطة بالغاز المسيل "
           "للدموع بحسب مصادر طبية.\nوأعلنت الحكومة يوم الأربعاء حظر التجول.", "10:39"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_headers_date_with_words_over_a_story_without_a_year_is_no_answer(lang: str) -> None:
    menu, header, headline, story, _clock = PAGES[lang]
    page = make_article(f"{menu}\n{header}\n{headline}\n{story}\n", id=f"header-{lang}", lang=lang)
    guess = date_article(page, min_confidence=0.0)
    assert guess.date == DAY and guess.confidence < shipped_answer(), guess


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_stamp_with_its_clock_time_stays_the_articles(lang: str) -> None:
    """A site's date of the day has no clock time: a stamp with one is the article's."""
    menu, header, headline, story, clock = PAGES[lang]
    guess = date_article(make_article(f"{menu}\n{header} {clock}\n{headline}\n{story}\n", id=f"stamp-{lang}", lang=lang))
    assert guess.date == DAY and guess.confidence >= shipped_answer(), guess
