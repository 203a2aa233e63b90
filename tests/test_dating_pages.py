"""Whole pages as scraped from news sites, one per language, written by hand: a menu, the
site's date of the day the page was crawled (years later), the headline, a byline and the
article's stamp, a dateline, the story, share and "related" lines with other articles'
dates, a cookie banner and the copyright notice of the crawl.

The article's day must come out as an answer (confidence at the default threshold), the
crawl's date must be marked as page furniture, with or without the copyright notice that
gives its year away.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest import make_article
from dateline.ingest.boilerplate import furniture
from dateline.temporal.dating import date_article

DAY = dt.date(2013, 6, 25)
PAGES = {
"en": """Home | World | Business | Sport | Culture
Wednesday, 11 November 2020
Ferry strike ends as crews accept night-shift deal
By Jane Doe, Transport correspondent
Tue 25 Jun 2013 10.32 BST
PORTSMOUTH, June 25 (Reuters) - Ferry crews on the south coast returned to work on Tuesday after their union accepted a new rota for night shifts, ending a strike that began on June 18.
The company said the first crossings would leave at noon and that the full timetable would be back by Thursday.
Crews had walked out twice before, in 2011 and in March 2012, over the same dispute.
Share this article
Related stories
Port workers vote on pay offer 12/06/2013
New terminal opens in the east 03/05/2013
We use cookies to improve your experience. Accept all cookies.
© 2020 Example News. All rights reserved.""",
"fr": """Accueil | International | Économie | Sport
Mercredi 11 novembre 2020
La grève des ferries prend fin après un accord sur les horaires de nuit
Par Jean Dupont
Publié le 25 juin 2013 à 10h32 - Mis à jour le 25 juin 2013 à 18h05
CHERBOURG, 25 juin (AFP) - Les équipages des ferries ont repris le travail mardi après que leur syndicat a accepté un nouveau planning de nuit, mettant fin à une grève commencée le 18 juin.
La compagnie a indiqué que les premières traversées partiraient à midi et que l'horaire complet serait rétabli d'ici jeudi.
Les équipages avaient déjà cessé le travail en 2011 et en mars 2012 pour le même conflit.
Partager sur Facebook
Sur le même sujet
Les dockers votent sur l'offre salariale 12/06/2013
Un nouveau terminal ouvre à l'est 03/05/2013
Nous utilisons des cookies pour améliorer votre expérience. Accepter les cookies.
© 2020 Exemple Infos. Tous droits réservés.""",
"it": """Home | Mondo | Economia | Sport
Mercoledì 11 novembre 2020
Finisce lo sciopero dei traghetti dopo l'accordo sui turni di notte
di Mario Rossi
25 giugno 2013 ore 10:32
(ANSA) - GENOVA, 25 GIU - Gli equipaggi dei traghetti sono tornati al lavoro martedì dopo che il sindacato ha accettato i nuovi turni di notte, ponendo fine a uno sciopero iniziato il 18 giugno.
La compagnia ha detto che le prime partenze sarebbero state a mezzogiorno e che l'orario completo sarebbe tornato entro giovedì.
Gli equipaggi si erano già fermati nel 2011 e nel marzo 2012 per la stessa disputa.
Condividi su Facebook
Articoli correlati
I portuali votano sull'offerta salariale 12/06/2013
Apre un nuovo terminal a est 03/05/2013
Utilizziamo i cookie per migliorare la tua esperienza. Accetta i cookie.
© 2020 Esempio Notizie. Tutti i diritti riservati.""",
"es": """Inicio | Internacional | Economía | Deportes
Miércoles 11 de noviembre de 2020
Termina la huelga de los ferris tras un acuerdo sobre los turnos de noche
Por Juan Pérez
Publicado el 25/06/2013 a las 10:32
SANTANDER, 25 jun (EFE).- Las tripulaciones de los ferris volvieron al trabajo el martes después de que su sindicato aceptara un nuevo turno de noche, poniendo fin a una huelga que comenzó el 18 de junio.
La naviera dijo que las primeras salidas serían a mediodía y que el horario completo volvería antes del jueves.
Las tripulaciones ya habían parado en 2011 y en marzo de 2012 por la misma disputa.
Compartir en Facebook
Noticias relacionadas
Los estibadores votan la oferta salarial 12/06/2013
Abre una nueva terminal en el este 03/05/2013
Utilizamos cookies propias y de terceros. Aceptar cookies.
© 2020 Ejemplo Noticias. Todos los derechos reservados.""",
"de": """Startseite | Welt | Wirtschaft | Sport
Mittwoch, 11. November 2020
Fährstreik endet nach Einigung über Nachtschichten
Von Hans Müller
25.06.2013, 10:32 Uhr
KIEL, 25. Juni (dpa) - Die Fährbesatzungen haben am Dienstag die Arbeit wieder aufgenommen, nachdem ihre Gewerkschaft einen neuen Nachtschichtplan angenommen hatte. Der Streik hatte am 18. Juni begonnen.
Die Reederei teilte mit, die ersten Fähren würden mittags ablegen und der volle Fahrplan gelte ab Donnerstag wieder.
Die Besatzungen hatten schon 2011 und im März 2012 wegen desselben Streits gestreikt.
Auf Facebook teilen
Mehr zum Thema
Hafenarbeiter stimmen über Lohnangebot ab 12.06.2013
Neues Terminal im Osten eröffnet 03.05.2013
Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren.
© 2020 Beispiel Nachrichten. Alle Rechte vorbehalten.""",
"pt": """Início | Mundo | Economia | Desporto
Quarta-feira, 11 de novembro de 2020
Termina a greve dos ferries após acordo sobre os turnos da noite
Por João Silva
25 jun 2013 10:32
LISBOA, 25 jun (Lusa) - As tripulações dos ferries voltaram ao trabalho na terça-feira depois de o sindicato ter aceitado uma nova escala noturna, pondo fim a uma greve iniciada em 18 de junho.
A companhia disse que as primeiras partidas seriam ao meio-dia e que o horário completo voltaria até quinta-feira.
As tripulações já tinham parado em 2011 e em março de 2012 pela mesma disputa.
Partilhar no Facebook
Notícias relacionadas
Estivadores votam a oferta salarial 12/06/2013
Abre um novo terminal no leste 03/05/2013
Utilizamos cookies para melhorar a sua experiência. Aceitar cookies.
© 2020 Exemplo Notícias. Todos os direitos reservados.""",
"ru": """Главная | В мире | Экономика | Спорт
Среда, 11 ноября 2020 года
Забастовка паромщиков завершилась после соглашения о ночных сменах
Иван Петров
25 июня 2013, 10:32
МУРМАНСК, 25 июня (РИА Новости) - Экипажи паромов во вторник вернулись к работе после того, как профсоюз принял новый график ночных смен. Забастовка началась 18 июня.
В компании сообщили, что первые рейсы отправятся в полдень, а полное расписание вернётся к четвергу.
Экипажи уже бастовали в 2011 году и в марте 2012 года из-за того же спора.
Поделиться в Facebook
Читайте также
Докеры голосуют по предложению о зарплате 12.06.2013
Новый терминал открылся на востоке 03.05.2013
Мы используем файлы cookies. Принять все cookies.
© 2020 Пример Новости. Все права защищены.""",
"ar": """الرئيسية | العالم | اقتصاد | رياضة
الأربعاء 11 نوفمبر 2020
انتهاء إضراب العبارات بعد اتفاق على المناوبات الليلية
بقلم أحمد علي
نشر في 25 يونيو 2013 الساعة 10:32
الإسكندرية، 25 يونيو (أ ف ب) - عاد طاقم العبارات إلى العمل يوم الثلاثاء بعد أن قبلت النقابة جدولا جديدا للمناوبات الليلية، منهيا إضرابا بدأ في 18 يونيو.
وقالت الشركة إن أولى الرحلات ستنطلق ظهرا وإن الجدول الكامل سيعود بحلول الخميس.
وكان الطاقم قد أضرب من قبل في 2011 وفي مارس 2012 بسبب الخلاف نفسه.
شارك على فيسبوك
أخبار ذات صلة
عمال الميناء يصوتون على عرض الأجور 12/06/2013
افتتاح محطة جديدة في الشرق 03/05/2013
نستخدم ملفات تعريف الارتباط. قبول الكل.
© 2020 أخبار المثال. جميع الحقوق محفوظة.""",
}


@pytest.mark.parametrize("lang", sorted(PAGES))
@pytest.mark.parametrize("notice", [True, False])
def test_a_scraped_page_is_dated_by_its_stamp_not_by_the_crawl(lang: str, notice: bool) -> None:
    page = "\n".join(line for line in PAGES[lang].split("\n") if notice or "©" not in line)
    crawl = page.split("\n")[1]
    assert (crawl, "page date") in {(page[s:e], why) for s, e, why in furniture(page)}
    guess = date_article(make_article(page, id=f"page-{lang}", lang=lang))
    assert guess.date == DAY, guess


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_long_menu_over_the_page_does_not_push_its_stamp_out_of_reach(lang: str) -> None:
    """A stamp or a dateline opens the page's own text, however long the menus above it."""
    lines = PAGES[lang].split("\n")
    menu = [lines[0]] * 15  # more than the reach of a stamp, in characters
    page = "\n".join(menu + lines[1:])
    guess = date_article(make_article(page, id=f"menu-{lang}", lang=lang))
    assert guess.date == DAY, guess


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_site_clock_with_a_time_over_the_articles_stamp_is_the_crawls(lang: str) -> None:
    """Two stamps at the top, years apart, the later one years after all the story names:
    the later is the site's clock of the day the page was served, not a second stamp."""
    lines = PAGES[lang].split("\n")
    lines[1] += " 14:32"
    page = "\n".join(line for line in lines if "©" not in line)
    guess = date_article(make_article(page, id=f"clock-{lang}", lang=lang))
    assert guess.date == DAY, guess
    # Alone over a story of older years, a stamp with a clock time stays the article's.
    alone = "\n".join([lines[1], lines[2], lines[7], lines[7]])
    evidence = date_article(make_article(alone, id=f"alone-{lang}", lang=lang), min_confidence=0.0).evidence
    assert any("2020-11-11" in e.detail and "stamp" in e.detail for e in evidence), evidence
