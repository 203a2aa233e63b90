"""Page furniture marked at ingest, left out of dating and timelines; publication stamps.

Each page below is written by hand in one language as text copied from a news page: a
headline, a publication stamp, the story, then a share line, a "related" list with other
articles' dates, a cookie line and a copyright line from the crawl, years later.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from dateline.ingest import boilerplate, make_article
from dateline.ingest.boilerplate import furniture, languages, reason
from dateline.temporal import annotate, infer_date, tagger_for
from dateline.temporal.dating import date_article, labelled_stamp
from dateline.timeline.corpus import Corpus

# (language, page, words of the story that must stay, the stamp's date)
PAGES = [
    ("en", """Floods cut off the northern valley
Published on June 25, 2013
Rescue teams reached the northern valley on Tuesday after three days of rain cut the only road.
The regional governor said the army would open a temporary bridge by Friday.
Share this article
Related articles
Storm season starts early 12.05.2021
Dam repairs finished 03/11/2020
We use cookies to improve your experience. Accept all cookies.
© 2021 Example News. All rights reserved.""", "temporary bridge", dt.date(2013, 6, 25)),
    ("es", """Las inundaciones aíslan el valle del norte
Publicado el 25 de junio de 2013
Los equipos de rescate llegaron el martes al valle del norte tras tres días de lluvia que cortaron la única carretera.
El gobernador regional dijo que el ejército abrirá un puente provisional antes del viernes.
Compartir en Facebook
Noticias relacionadas
Empieza pronto la temporada de tormentas 12.05.2021
Terminan las obras de la presa 03/11/2020
Utilizamos cookies propias y de terceros. Aceptar cookies.
© 2021 Diario Ejemplo. Todos los derechos reservados.""", "puente provisional", dt.date(2013, 6, 25)),
    ("fr", """Les inondations isolent la vallée du nord
Publié le 25 juin 2013
Les secours ont atteint mardi la vallée du nord après trois jours de pluie qui ont coupé la seule route.
Le préfet a indiqué que l'armée ouvrirait un pont provisoire d'ici vendredi.
Partager sur Facebook
Sur le même sujet
La saison des orages commence tôt 12.05.2021
Fin des travaux du barrage 03/11/2020
Nous utilisons des cookies pour améliorer votre expérience. Accepter les cookies.
© 2021 Journal Exemple. Tous droits réservés.""", "pont provisoire", dt.date(2013, 6, 25)),
    ("it", """Le alluvioni isolano la valle del nord
Pubblicato il 25 giugno 2013
Le squadre di soccorso hanno raggiunto martedì la valle del nord dopo tre giorni di pioggia che hanno interrotto l'unica strada.
Il prefetto ha detto che l'esercito aprirà un ponte provvisorio entro venerdì.
Condividi su Facebook
Articoli correlati
La stagione dei temporali inizia presto 12.05.2021
Finiti i lavori alla diga 03/11/2020
Utilizziamo i cookie per migliorare la tua esperienza. Accetta i cookie.
© 2021 Giornale Esempio. Tutti i diritti riservati.""", "ponte provvisorio", dt.date(2013, 6, 25)),
    ("de", """Hochwasser schneidet das nördliche Tal ab
Veröffentlicht am 25. Juni 2013
Rettungskräfte erreichten am Dienstag das nördliche Tal, nachdem drei Tage Regen die einzige Straße unterbrochen hatten.
Der Regierungspräsident sagte, die Armee werde bis Freitag eine Behelfsbrücke öffnen.
Teilen auf Facebook
Mehr zum Thema
Die Sturmsaison beginnt früh 12.05.2021
Reparatur am Damm beendet 03.11.2020
Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Cookies akzeptieren.
© 2021 Beispielzeitung. Alle Rechte vorbehalten.""", "Behelfsbrücke", dt.date(2013, 6, 25)),
    ("pt", """As cheias isolam o vale do norte
Publicado em 25 de junho de 2013
As equipas de resgate chegaram na terça-feira ao vale do norte depois de três dias de chuva que cortaram a única estrada.
O governador regional disse que o exército abrirá uma ponte provisória até sexta-feira.
Compartilhar no Facebook
Notícias relacionadas
A época de tempestades começa cedo 12.05.2021
Terminam as obras da barragem 03/11/2020
Utilizamos cookies para melhorar a sua experiência. Aceitar cookies.
© 2021 Jornal Exemplo. Todos os direitos reservados.""", "ponte provisória", dt.date(2013, 6, 25)),
    ("ru", """Наводнение отрезало северную долину
Опубликовано 25 июня 2013 года
Спасатели во вторник добрались до северной долины после трёх дней дождей, которые перекрыли единственную дорогу.
Губернатор сообщил, что армия откроет временный мост к пятнице.
Поделиться в Facebook
Читайте также
Сезон штормов начинается рано 12.05.2021
Ремонт плотины завершён 03.11.2020
Мы используем файлы cookie, чтобы улучшить работу сайта. Согласие на cookies.
© 2021 Пример Ньюс. Все права защищены.""", "временный мост", dt.date(2013, 6, 25)),
    ("ar", """الفيضانات تعزل الوادي الشمالي
نشر في 25 يونيو 2013
وصلت فرق الإنقاذ يوم الثلاثاء إلى الوادي الشمالي بعد ثلاثة أيام من الأمطار قطعت الطريق الوحيد.
وقال المحافظ إن الجيش سيفتح جسرا مؤقتا بحلول الجمعة.
شارك على فيسبوك
اقرأ أيضا
موسم العواصف يبدأ مبكرا 12.05.2021
انتهاء أعمال إصلاح السد 03/11/2020
نستخدم ملفات تعريف الارتباط لتحسين تجربتك. الموافقة على ملفات تعريف الارتباط.
© 2021 صحيفة المثال. جميع الحقوق محفوظة.""", "جسرا مؤقتا", dt.date(2013, 6, 25)),
]


def test_every_language_has_cues() -> None:
    assert languages() == sorted(["en", "es", "fr", "it", "de", "pt", "ru", "ar"])


@pytest.mark.parametrize(("lang", "page", "story", "stamp"), PAGES, ids=[p[0] for p in PAGES])
def test_furniture_is_marked_and_left_out_of_dating(lang: str, page: str, story: str, stamp: dt.date) -> None:
    article = make_article(page, id=f"page-{lang}", lang=lang)
    marked = [s.text for s in article.sentences if s.boilerplate]
    kept = " ".join(s.text for s in article.sentences if not s.boilerplate)
    # the story and its stamp stay; share, related list, cookie and copyright lines go
    assert story in kept and "2013" in kept
    assert not any(year in kept for year in ("2020", "2021"))
    assert len(marked) >= 6
    assert article.text == page  # marked lines stay in the article
    # on the whole text the crawl's dates mislead; without the furniture the stamp decides
    guess = date_article(article, min_confidence=0.0)
    assert guess.date == stamp, guess.evidence[:3]
    assert any("published" in e.detail for e in guess.evidence)


@pytest.mark.parametrize(("lang", "page", "story", "stamp"), PAGES, ids=[p[0] for p in PAGES])
def test_timeline_sentences_leave_furniture_out(lang: str, page: str, story: str, stamp: dt.date) -> None:
    article = make_article(page, id=f"page-{lang}", date=stamp, lang=lang)
    corpus = Corpus.build([annotate(article)])
    assert any(story in t for t in corpus.texts)
    assert not any("2021" in t or "©" in t for t in corpus.texts)


@pytest.mark.parametrize("line", [
    "Inicio | Internacional | Oriente Medio",
    "Home · World · Business · Sport",
    "Lo más visto en...",
    "Recibe el boletín de Internacional",
    "Facebook Twitter WhatsApp",
    "© 2020 Cable News Network.",
    "Mentions légales | Politique de confidentialité",
    "Tutti i diritti riservati",
    "Impressum",
])
def test_lines_that_are_furniture(line: str) -> None:
    assert reason(line) is not None


@pytest.mark.parametrize("line", [
    "The minister said the home of the family was searched on Monday.",
    "Domingo 30/01/2011. Actualizado 09:30h.",
    "22 de Agosto, 2011 |",
    "Celebrando la caída del régimen frente a la embajada. Foto de un lector © Agencia Ejemplo (22/08/11)",
    "Le président a partagé ses craintes sur la situation à Benghazi, a-t-il dit.",
    "Publicado el 25 de junio de 2013",
    "Foto de un lector, copyright Agencia Ejemplo (18/09/2011).",
])
def test_lines_that_are_not(line: str) -> None:
    assert reason(line) is None


def test_plain_article_has_no_furniture() -> None:
    text = ("NAIROBI, Kenya (AP) _ Suspected bombs exploded outside the U.S. embassies on Friday.\n\n"
            "The American ambassador was among hundreds injured, a local TV said.\n\n"
            "Officials said the death toll was expected to rise.")
    assert furniture(text) == []


def test_run_of_headlines_below_the_story() -> None:
    text = ("Talks resume in Geneva\nDelegations met again on Monday in Geneva to discuss a ceasefire, "
            "officials said.\nThey will meet again next week.\nThe mediator called the talks useful.\n"
            "Election date set for March\nMarkets fall on oil prices\nNew museum opens in the capital\n")
    marks = [text[s:e] for s, e, why in furniture(text) if why == "link list"]
    assert marks == ["Election date set for March", "Markets fall on oil prices", "New museum opens in the capital"]


@pytest.mark.parametrize(("text", "lang", "day", "kind"), [
    ("Mis à jour le 26 juin 2013\nLe président a parlé hier soir.", "fr", dt.date(2013, 6, 26), "updated"),
    ("Aggiornato il 26 giugno 2013\nIl presidente ha parlato ieri sera.", "it", dt.date(2013, 6, 26), "updated"),
    ("Actualizado el 26 de junio de 2013\nEl presidente habló anoche.", "es", dt.date(2013, 6, 26), "updated"),
    ("Aktualisiert am 26. Juni 2013\nDer Präsident sprach gestern Abend.", "de", dt.date(2013, 6, 26), "updated"),
    ("Atualizado em 26 de junho de 2013\nO presidente falou ontem à noite.", "pt", dt.date(2013, 6, 26), "updated"),
    ("Обновлено 26 июня 2013 года\nПрезидент выступил вчера вечером.", "ru", dt.date(2013, 6, 26), "updated"),
    ("آخر تحديث 26 يونيو 2013\nتحدث الرئيس مساء أمس.", "ar", dt.date(2013, 6, 26), "updated"),
    ("Updated June 26, 2013\nThe president spoke last night.", "en", dt.date(2013, 6, 26), "updated"),
    ("Veröffentlicht am 25. Juni 2013\nDer Präsident sprach.", "de", dt.date(2013, 6, 25), "published"),
    ("Pubblicato il 25 giugno 2013\nIl presidente ha parlato.", "it", dt.date(2013, 6, 25), "published"),
    ("Publicado el 25 de junio de 2013\nEl presidente habló.", "es", dt.date(2013, 6, 25), "published"),
    # A clock time between the stamp words and the date.
    ("Mis à jour à 08h00 le 26 juin 2013\nLe président a parlé hier soir.", "fr", dt.date(2013, 6, 26), "updated"),
    ("Aggiornato alle 10:32 del 26 giugno 2013\nIl presidente ha parlato ieri sera.", "it", dt.date(2013, 6, 26), "updated"),
    ("Actualizado a las 08:00 del 26 de junio de 2013\nEl presidente habló anoche.", "es", dt.date(2013, 6, 26), "updated"),
    ("Aktualisiert um 08:00 Uhr am 26. Juni 2013\nDer Präsident sprach gestern Abend.", "de", dt.date(2013, 6, 26), "updated"),
    ("Atualizado às 08:00 de 26 de junho de 2013\nO presidente falou ontem à noite.", "pt", dt.date(2013, 6, 26), "updated"),
    ("Обновлено в 08:00 26 июня 2013 года\nПрезидент выступил вчера вечером.", "ru", dt.date(2013, 6, 26), "updated"),
    ("آخر تحديث الساعة 08:00 يوم 26 يونيو 2013\nتحدث الرئيس مساء أمس.", "ar", dt.date(2013, 6, 26), "updated"),
    ("Updated at 8:00 a.m. on June 26, 2013\nThe president spoke last night.", "en", dt.date(2013, 6, 26), "updated"),
    ("Published 10:32 BST, 25 June 2013\nThe president spoke.", "en", dt.date(2013, 6, 25), "published"),
    ("Pubblicato alle 10:32 del 25 giugno 2013\nIl presidente ha parlato.", "it", dt.date(2013, 6, 25), "published"),
    ("Publié à 10h32 le 25 juin 2013\nLe président a parlé.", "fr", dt.date(2013, 6, 25), "published"),
])
def test_stamps_and_updates_in_every_language(text: str, lang: str, day: dt.date, kind: str) -> None:
    """A publication stamp names the day; an update line a day on or after publication."""
    guess = infer_date(text, lang, min_confidence=0.0)
    assert guess.date is not None
    if kind == "published":
        assert guess.date == day
    else:
        assert day - dt.timedelta(days=7) <= guess.date <= day
    assert any(kind in e.detail for e in guess.evidence)


def test_update_is_later_than_publication() -> None:
    text = "Publié le 25 juin 2013 à 10h12. Mis à jour le 27 juin 2013 à 08h00.\nLe président a parlé."
    assert infer_date(text, "fr", min_confidence=0.0).date == dt.date(2013, 6, 25)


@pytest.mark.parametrize("caption", [
    "Protesters outside the embassy. Photo by a reader © Example Agency (22/08/11)",
    "Manifestantes ante la embajada. Foto de un lector © Agencia Ejemplo (22/08/11)",
    "Des manifestants devant l'ambassade. Photo d'un lecteur © Agence Exemple (22/08/11)",
    "Manifestanti davanti all'ambasciata. Foto di un lettore © Agenzia Esempio (22/08/11)",
    "Demonstranten vor der Botschaft. Foto eines Lesers © Beispielagentur (22.08.11)",
    "Manifestantes diante da embaixada. Foto de um leitor © Agência Exemplo (22/08/11)",
    "Демонстранты у посольства. Фото читателя © Агентство Пример (22.08.11)",
    "متظاهرون أمام السفارة. صورة قارئ © وكالة مثال (22/08/11)",
])
def test_a_photo_credit_with_its_day_below_the_top_is_not_another_article(caption: str) -> None:
    """The day a photo of the story was taken is evidence of its date; a teaser's date is not."""
    story = "\n".join(["Headline", "Standfirst of the story.", "By a reporter",
                       "The first paragraph of the story, with a full stop.",
                       "The second paragraph of the story, with a full stop.",
                       caption, "Another country's election result announced 22/08/2011",
                       "The last paragraph of the story, with a full stop."])
    marked = {story[s:e] for s, e, _ in furniture(story)}
    assert caption not in marked
    assert "Another country's election result announced 22/08/2011" in marked


# Per language: the site's date of the day the page was served, a story of 2011, the notice.
PAGE_DATES = {
    "en": ("Wednesday, November 11, 2020", "The protesters returned to the square on January 25, 2011, "
           "the day the uprising began.", "Copyright © 2020 Example News. All rights reserved."),
    "es": ("Miércoles 11 de noviembre de 2020", "Los manifestantes volvieron a la plaza el 25 de enero de "
           "2011, el día en que empezó la revuelta.", "Copyright © 2020 Ejemplo Noticias. Todos los derechos reservados."),
    "fr": ("Mercredi 11 novembre 2020", "Les manifestants sont revenus sur la place le 25 janvier 2011, "
           "le jour où la révolte a commencé.", "Copyright © 2020 Exemple Infos. Tous droits réservés."),
    "it": ("Mercoledì 11 novembre 2020", "I manifestanti sono tornati in piazza il 25 gennaio 2011, "
           "il giorno in cui è iniziata la rivolta.", "Copyright © 2020 Esempio Notizie. Tutti i diritti riservati."),
    "de": ("Mittwoch, 11. November 2020", "Die Demonstranten kehrten am 25. Januar 2011 auf den Platz "
           "zurück, dem Tag, an dem der Aufstand begann.", "Copyright © 2020 Beispiel Nachrichten. Alle Rechte vorbehalten."),
    "pt": ("Quarta-feira, 11 de novembro de 2020", "Os manifestantes voltaram à praça em 25 de janeiro de "
           "2011, o dia em que a revolta começou.", "Copyright © 2020 Exemplo Notícias. Todos os direitos reservados."),
    "ru": ("Среда, 11 ноября 2020 года", "Демонстранты вернулись 25 января 2011 года на площадь, в день, "
           "когда началось восстание.", "Copyright © 2020 Пример Новости. Все права защищены."),
    "ar": ("الأربعاء 11 نوفمبر 2020", "عاد المتظاهرون إلى الميدان في 25 يناير 2011، اليوم الذي بدأت فيه "
           "الانتفاضة.", "Copyright © 2020 أخبار المثال. جميع الحقوق محفوظة."),
}


@pytest.mark.parametrize("lang", sorted(PAGE_DATES))
def test_the_page_date_in_the_year_of_the_notice_is_not_the_articles(lang: str) -> None:
    header, story, notice = PAGE_DATES[lang]
    page = "\n".join([header, "Example News", story, story, notice])
    assert (header, "page date") in {(page[s:e], why) for s, e, why in furniture(page)}
    guess = date_article(make_article(page, id=f"page-{lang}", lang=lang), min_confidence=0.0)
    assert guess.date is not None and guess.date.year == 2011
    # A story that names the year keeps its stamp.
    fresh = page.replace("2011", "2020")
    assert header not in {fresh[s:e] for s, e, _ in furniture(fresh)}


@pytest.mark.parametrize(("lang", "sentence", "stamp"), [
    ("en", "The offensive blog post by the official, published on October 1, 2015, is still online.",
     "published on October 1, 2015"),
    ("es", "La entrada de blog ofensiva del funcionario, publicada el 1 de octubre de 2015, sigue en línea.",
     "publicada el 1 de octubre de 2015"),
    ("fr", "Le billet de blog offensant du responsable, publié le 1er octobre 2015, est toujours en ligne.",
     "publié le 1er octobre 2015"),
    ("it", "Il post offensivo del funzionario sul blog, pubblicato il 1° ottobre 2015, è ancora online.",
     "pubblicato il 1° ottobre 2015"),
    ("de", "Der beleidigende Blogeintrag des Beamten, veröffentlicht am 1. Oktober 2015, ist noch online.",
     "veröffentlicht am 1. Oktober 2015"),
    ("pt", "A postagem ofensiva do funcionário no blog, publicada em 1 de outubro de 2015, continua no ar.",
     "publicada em 1 de outubro de 2015"),
    ("ru", "Оскорбительная запись чиновника в блоге, опубликована 1 октября 2015 года и до сих пор доступна.",
     "опубликована 1 октября 2015 года"),
    ("ar", "التدوينة المسيئة التي كتبها المسؤول على مدونته نشر في 1 أكتوبر 2015 ولا تزال متاحة.",
     "نشر في 1 أكتوبر 2015"),
])
def test_stamp_words_inside_a_sentence_are_not_the_pages_stamp(lang: str, sentence: str, stamp: str) -> None:
    """"Published on" in a sentence of the story is about something else (a post, a report);
    opening a line, or after a byline and a separator, it is the page's stamp."""
    tagger = tagger_for(lang)
    for text, kind in (("The talks resumed.\n" + sentence, None), (stamp, "published"),
                       ("Por Juan Pérez | " + stamp, "published"), ("By the correspondent, " + stamp, "published")):
        mention = next(m for m in tagger.find(text, dating=True) if "2015" in text[m.start:m.end])
        assert labelled_stamp(text, mention, tagger) == kind, text


# Per language: notes a page writes about itself, whatever the outlet: a comment policy, a
# series footer, a photo credit, a caption ending with its credit; each with its kind.
NOTICES = {
    "en": [("We reserve the right not to publish comments that are offensive or off topic.", "comment policy"),
           ("This post is part of our special coverage of the floods in the north.", "series"),
           ("Image source, Example Agency", "credit"),
           ("Rescue teams on the flooded road near the valley. | Example Agency", "caption")],
    "es": [("Nos reservamos el derecho de no publicar los comentarios ofensivos o ajenos al tema.", "comment policy"),
           ("Este artículo forma parte de nuestra cobertura especial de las inundaciones del norte.", "series"),
           ("Fuente de la imagen, Agencia Ejemplo", "credit"),
           ("Equipos de rescate en la carretera inundada junto al valle. (Foto: Agencia Ejemplo)", "caption")],
    "fr": [("Nous nous réservons le droit de ne pas publier les commentaires injurieux ou hors sujet.", "comment policy"),
           ("Cet article fait partie de notre couverture spéciale des inondations dans le nord.", "series"),
           ("Photo : Agence Exemple", "credit"),
           ("Les secours sur la route inondée près de la vallée. | Agence Exemple", "caption")],
    "it": [("Ci riserviamo il diritto di non pubblicare i commenti offensivi o fuori tema.", "comment policy"),
           ("Questo articolo fa parte della nostra copertura speciale sulle alluvioni nel nord.", "series"),
           ("Foto: Agenzia Esempio", "credit"),
           ("I soccorritori sulla strada allagata vicino alla valle. (Foto: Agenzia Esempio)", "caption")],
    "de": [("Wir behalten uns vor, beleidigende Kommentare nicht zu veröffentlichen.", "comment policy"),
           ("Dieser Beitrag ist Teil unserer Sonderberichterstattung über das Hochwasser im Norden.", "series"),
           ("Bildquelle: Beispielagentur", "credit"),
           ("Rettungskräfte auf der überfluteten Straße im Tal. | Beispielagentur", "caption")],
    "pt": [("Reservamo-nos o direito de não publicar comentários ofensivos ou fora do tema.", "comment policy"),
           ("Este texto faz parte da nossa cobertura especial das cheias no norte.", "series"),
           ("Fonte da imagem, Agência Exemplo", "credit"),
           ("Equipas de resgate na estrada inundada junto ao vale. (Foto: Agência Exemplo)", "caption")],
    "ru": [("Редакция оставляет за собой право не публиковать оскорбительные комментарии.", "comment policy"),
           ("Этот материал — часть нашего специального репортажа о наводнении на севере.", "series"),
           ("Фото: Агентство Пример", "credit"),
           ("Спасатели на затопленной дороге у долины. | Агентство Пример", "caption")],
    "ar": [("يحتفظ الموقع بالحق في عدم نشر التعليقات المسيئة أو الخارجة عن الموضوع.", "comment policy"),
           ("هذا المقال جزء من تغطيتنا الخاصة للفيضانات في الشمال.", "series"),
           ("مصدر الصورة: وكالة المثال", "credit"),
           ("فرق الإنقاذ على الطريق المغمور قرب الوادي. | وكالة المثال", "caption")],
}

# Per language: news sentences with the same words, which stay: a government that reserves a
# right, an outlet's coverage in the news, a photo as a subject, a dated caption (evidence).
NOT_NOTICES = {
    "en": ["The government reserves the right to respond to the comments of the opposition, the minister said.",
           "The network said its coverage of the protests would continue despite the ban.",
           "Photos of the wounded were shared widely on Monday, activists said.",
           "Rescue teams on the flooded road on 25 June 2013. | Example Agency"],
    "es": ["El Gobierno se reserva el derecho de responder a los comentarios de la oposición, dijo el ministro.",
           "La cadena dijo que su cobertura especial de las protestas continuará pese a la prohibición.",
           "Fotos de los heridos circularon el lunes en las redes, según los activistas.",
           "Equipos de rescate en la carretera inundada el 25 de junio de 2013. | Agencia Ejemplo"],
    "fr": ["Le gouvernement se réserve le droit de répondre aux commentaires de l'opposition, a dit le ministre.",
           "La chaîne a indiqué que sa couverture des manifestations continuerait malgré l'interdiction.",
           "Des photos des blessés ont circulé lundi sur les réseaux, selon des militants.",
           "Les secours sur la route inondée le 25 juin 2013. | Agence Exemple"],
    "it": ["Il governo si riserva il diritto di rispondere ai commenti dell'opposizione, ha detto il ministro.",
           "La rete ha detto che la sua copertura delle proteste continuerà nonostante il divieto.",
           "Foto dei feriti sono circolate lunedì sui social, secondo gli attivisti.",
           "I soccorritori sulla strada allagata il 25 giugno 2013. | Agenzia Esempio"],
    "de": ["Die Regierung behält sich vor, auf die Kommentare der Opposition zu antworten, sagte der Minister.",
           "Der Sender erklärte, seine Berichterstattung über die Proteste werde trotz des Verbots fortgesetzt.",
           "Fotos der Verletzten verbreiteten sich am Montag in sozialen Netzwerken, sagten Aktivisten.",
           "Rettungskräfte auf der überfluteten Straße am 25. Juni 2013. | Beispielagentur"],
    "pt": ["O governo reserva-se o direito de responder aos comentários da oposição, disse o ministro.",
           "A emissora disse que a sua cobertura dos protestos continuará apesar da proibição.",
           "Fotos dos feridos circularam na segunda-feira nas redes, segundo ativistas.",
           "Equipas de resgate na estrada inundada em 25 de junho de 2013. | Agência Exemplo"],
    "ru": ["Правительство оставляет за собой право ответить на комментарии оппозиции, заявил министр.",
           "Телеканал заявил, что продолжит освещение протестов, несмотря на запрет.",
           "Фото раненых в понедельник разошлись по соцсетям, сообщили активисты.",
           "Спасатели на затопленной дороге 25 июня 2013 года. | Агентство Пример"],
    "ar": ["تحتفظ الحكومة بحقها في الرد على تعليقات المعارضة، بحسب الوزير.",
           "قالت القناة إن تغطيتها للاحتجاجات ستستمر رغم الحظر.",
           "انتشرت صور الجرحى يوم الاثنين على مواقع التواصل، بحسب ناشطين.",
           "فرق الإنقاذ على الطريق المغمور يوم 25 يونيو 2013. | وكالة المثال"],
}


@pytest.mark.parametrize("lang", sorted(NOTICES))
def test_notes_a_page_writes_about_itself(lang: str) -> None:
    for line, kind in NOTICES[lang]:
        assert reason(line) == kind, line


@pytest.mark.parametrize("lang", sorted(NOT_NOTICES))
def test_news_sentences_with_the_same_words_stay(lang: str) -> None:
    for line in NOT_NOTICES[lang]:
        assert reason(line) is None, line


@pytest.mark.parametrize("lang", sorted(NOTICES))
def test_notes_are_left_out_of_timelines_but_date_the_article(lang: str) -> None:
    """A series footer naming the year is furniture for a timeline, evidence for dating: a story
    that names a day but no year is dated near it."""
    series = {"en": "This post is part of our special coverage of the 2013 floods.",
              "es": "Este post forma parte de nuestra cobertura especial de las inundaciones de 2013.",
              "fr": "Cet article fait partie de notre couverture spéciale des inondations de 2013.",
              "it": "Questo articolo fa parte della nostra copertura speciale sulle alluvioni del 2013.",
              "de": "Dieser Beitrag ist Teil unserer Sonderberichterstattung über das Hochwasser 2013.",
              "pt": "Este texto faz parte da nossa cobertura especial das cheias de 2013.",
              "ru": "Этот материал — часть нашего специального репортажа о наводнении 2013 года.",
              "ar": "هذا المقال جزء من تغطيتنا الخاصة لفيضانات 2013."}[lang]
    _header, story, _notice = PAGE_DATES[lang]
    story = story.replace(" 2011", "").replace("2011 ", "")
    assert "2011" not in story
    page = "\n".join([story, story, series])
    assert (series, "series") in {(page[s:e], why) for s, e, why in furniture(page)}
    article = make_article(page, id=f"series-{lang}", date=dt.date(2013, 6, 25), lang=lang)
    corpus = Corpus.build([annotate(article)])
    assert not any("2013" in t for t in corpus.texts)
    # the story names a day but no year: only the footer's year lets dating guess
    alone = date_article(make_article("\n".join([story, story]), id=f"story-{lang}", lang=lang), min_confidence=0.0)
    assert alone.date is None
    guess = date_article(make_article(page, id=f"series-{lang}", lang=lang), min_confidence=0.0)
    assert guess.date is not None and guess.date.year in (2012, 2013)
    assert any("2013" in e.detail for e in guess.evidence)


@pytest.mark.parametrize(("count", "sentence"), [
    ("7 comments have been posted", "The minister made 7 comments on the plan."),
    ("Se han publicado 7 comentarios", "El ministro hizo 7 comentarios sobre el plan."),
    ("Il y a 7 commentaires", "Le ministre a fait 7 commentaires sur le plan."),
    ("Ci sono 7 commenti", "Il ministro ha fatto 7 commenti sul piano."),
    ("Es gibt 7 Kommentare", "Der Minister gab 7 Kommentare zum Plan ab."),
    ("Foram publicados 7 comentários", "O ministro fez 7 comentários sobre o plano."),
    ("Опубликовано 7 комментариев", "Министр сделал 7 комментариев о плане."),
    ("تم نشر 7 تعليقات", "أدلى الوزير بـ 7 تعليقات على الخطة."),
])
def test_a_count_of_comments_is_furniture_a_sentence_about_comments_is_not(count: str, sentence: str) -> None:
    assert reason(count) is not None
    assert reason(sentence) is None
    # beside a date, the count belongs to the article's stamp line, which dating reads
    assert reason(f"25/06/2013 · {count}") is None


def test_headlines_with_a_trailing_note_are_a_link_list() -> None:
    """"(+ Video)", "(AFP)" after a headline is not a sentence's end: the list is still a list."""
    text = ("Talks resume in Geneva\nDelegations met again on Monday in Geneva to discuss a ceasefire, "
            "officials said.\nThey will meet again next week.\nThe mediator called the talks useful.\n"
            "Election date set for March (+ Video)\nMarkets fall on oil prices (AFP)\nNew museum opens (+ Fotos)\n"
            "The minister said the talks would go on (he said).\n")
    marks = [text[s:e] for s, e, why in furniture(text) if why == "link list"]
    assert marks == ["Election date set for March (+ Video)", "Markets fall on oil prices (AFP)", "New museum opens (+ Fotos)"]



def _other_article(line: str) -> bool:
    return boilerplate._is_other_article(line, len(line.split()), boilerplate.cues())


@pytest.mark.parametrize("headline", [
    "Rebels retake Aleppo district - March 13, 2021", "L'ONU s'inquiète du sort des civils (12 mars 2021)",
    "Las tropas entran en la ciudad - 13 de marzo de 2021", "Wahl in Bayern | 13. März 2021",
    "Il governo cade (1° maggio 2021)", "Переговоры возобновятся — 25-го июня 2021 года",
    "Talks resume in Geneva (03/07/2011)"])
def test_a_headline_with_its_date_is_another_article(headline: str) -> None:
    # `_TEASER_SHAPE`, checked first, lets every headline date of `_TEASER_DATE` through
    assert _other_article(headline)


def test_the_headline_date_pattern_is_built_only_for_a_line_of_its_shape() -> None:
    """It reads all 8 temporal files (~60 ms): a text with no dated headline does not pay for it."""
    boilerplate._teaser_date.cache_clear()
    assert not _other_article("British Gas closed at 185 pence ($2.90)")
    assert boilerplate._teaser_date.cache_info().currsize == 0
    assert _other_article("Rebels retake Aleppo district - March 13, 2021")
    assert boilerplate._teaser_date.cache_info().currsize == 1


def test_the_cue_patterns_are_the_same_text_in_every_process() -> None:
    """`regex_cache` finds a compiled pattern by its text: cue patterns whose phrases of one
    length came in a set's order were another text in each process (its hash seed), so the
    boilerplate group never hit and its file grew to its size limit."""
    script = ("import hashlib; from dateline.ingest import boilerplate as b; c = b.cues(); print(hashlib.sha256("
              "'\\0'.join(p.pattern for p in [*c.patterns.values(), c.openers, c.credit, c.caption]).encode()).hexdigest())")
    texts = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": seed, "DATELINE_CACHE": "off"}).stdout
             for seed in ("1", "2", "3")}
    assert len(texts) == 1, texts
