"""Dating from cues a careful reader of a scraped page uses, in every language: a dateline that
opens the story under a site's header, a headline and a long standfirst; the readers' comments
below a story that bound its publication from above."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest import make_article
from dateline.temporal import infer_date
from dateline.temporal.calibration import shipped_answer
from dateline.temporal.dating import date_article, first_comment

from tests.test_dating_leads import AGENCY_FIRST, LANGS
from tests.test_dating_page_parts import DAY, LATER, PAGES
from tests.test_dating_page_parts import LANGS as PAGE_LANGS

# Per language: a site's name, a headline and a standfirst long enough that the dateline
# below them starts more than 400 characters into the page.
HEADERS = {
    "en": ("The Riverton Courier - News from the valley and the world",
           "Rebels seize the airport after a week of fighting",
           "After seven days of street battles around the terminal, the rebel brigades say they now control "
           "the runway, the fuel depot and the road to the port, while the government insists that its troops "
           "withdrew in good order and will return; aid agencies warn that flights carrying food and medicine "
           "cannot land while both sides keep firing."),
    "es": ("El Correo de Riverton - Noticias del valle y del mundo",
           "Los rebeldes toman el aeropuerto tras una semana de combates",
           "Después de siete días de batallas callejeras alrededor de la terminal, las brigadas rebeldes dicen "
           "controlar la pista, el depósito de combustible y la carretera del puerto, mientras el Gobierno "
           "asegura que sus tropas se retiraron en orden y que volverán; las agencias de ayuda advierten que los "
           "vuelos con alimentos y medicinas no pueden aterrizar mientras sigan los disparos."),
    "fr": ("Le Courrier de Riverton - Les nouvelles de la vallée et du monde",
           "Les rebelles prennent l'aéroport après une semaine de combats",
           "Après sept jours de combats de rue autour du terminal, les brigades rebelles affirment contrôler "
           "la piste, le dépôt de carburant et la route du port, tandis que le gouvernement assure que ses "
           "troupes se sont retirées en bon ordre et reviendront ; les agences humanitaires préviennent que les "
           "vols de vivres et de médicaments ne peuvent pas atterrir tant que les tirs continuent."),
    "it": ("Il Corriere di Riverton - Notizie dalla valle e dal mondo",
           "I ribelli prendono l'aeroporto dopo una settimana di combattimenti",
           "Dopo sette giorni di battaglie per le strade intorno al terminal, le brigate ribelli dicono di "
           "controllare la pista, il deposito di carburante e la strada per il porto, mentre il governo "
           "assicura che le sue truppe si sono ritirate in ordine e torneranno; le agenzie umanitarie avvertono "
           "che i voli con cibo e medicine non possono atterrare finché si continua a sparare."),
    "de": ("Der Riverton-Kurier - Nachrichten aus dem Tal und aus aller Welt",
           "Rebellen nehmen nach einer Woche der Kämpfe den Flughafen ein",
           "Nach sieben Tagen Straßenkämpfen rund um das Terminal erklären die Rebellenbrigaden, sie "
           "kontrollierten nun die Landebahn, das Treibstofflager und die Straße zum Hafen, während die "
           "Regierung versichert, ihre Truppen hätten sich geordnet zurückgezogen und würden zurückkehren; "
           "Hilfsorganisationen warnen, dass Flüge mit Lebensmitteln und Medikamenten nicht landen können."),
    "pt": ("O Correio de Riverton - Notícias do vale e do mundo",
           "Os rebeldes tomam o aeroporto após uma semana de combates",
           "Depois de sete dias de batalhas nas ruas em torno do terminal, as brigadas rebeldes dizem "
           "controlar a pista, o depósito de combustível e a estrada do porto, enquanto o governo garante que "
           "as suas tropas se retiraram em ordem e voltarão; as agências de ajuda avisam que os voos com "
           "alimentos e medicamentos não podem aterrar enquanto os tiros continuarem."),
    "ru": ("Ривертонский курьер - Новости долины и мира",
           "Повстанцы захватили аэропорт после недели боев",
           "После семи дней уличных боев вокруг терминала бригады повстанцев заявляют, что контролируют "
           "взлетную полосу, топливный склад и дорогу к порту, а правительство уверяет, что его войска "
           "отошли организованно и вернутся; гуманитарные организации предупреждают, что самолеты с "
           "продовольствием и лекарствами не могут приземлиться, пока продолжается стрельба."),
    "ar": ("بريد ريفرتون - أخبار الوادي والعالم",
           "المتمردون يسيطرون على المطار بعد أسبوع من القتال",
           "بعد سبعة أيام من معارك الشوارع حول مبنى الركاب، تقول كتائب المتمردين إنها تسيطر الآن على المدرج "
           "ومستودع الوقود والطريق المؤدي إلى الميناء، بينما تؤكد الحكومة أن قواتها انسحبت بانتظام وستعود؛ "
           "وتحذر وكالات الإغاثة من أن الرحلات التي تحمل الغذاء والدواء لا تستطيع الهبوط ما دام إطلاق النار "
           "مستمرا بين الطرفين في محيط المطار."),
}


def _dateline_evidence(text: str, lang: str) -> bool:
    guess = infer_date(text, lang, min_confidence=0.0)
    return guess.date == dt.date(2013, 6, 25) and any(e.detail.startswith("dateline") for e in guess.evidence)


@pytest.mark.parametrize("lang", LANGS)
def test_a_dateline_opening_the_story_under_a_long_header_is_a_dateline(lang: str) -> None:
    site, headline, standfirst = HEADERS[lang]
    story = AGENCY_FIRST[lang].split(" - ", 1)[1]  # "WASHINGTON, June 25, 2013 - Rebels took ..."
    text = "\n".join([site, headline, standfirst, story])
    assert text.index(story) > 400
    assert _dateline_evidence(text, lang)
    # Below the story's first paragraphs the same line is no dateline: a chronology's entry, a quote.
    below = "\n".join([site, headline, *[standfirst] * 5, story])
    assert not _dateline_evidence(below, lang)


@pytest.mark.parametrize("lang", PAGE_LANGS)
def test_the_first_readers_comment_bounds_a_story_that_names_no_day(lang: str) -> None:
    """A story that names no year, with readers' comments of 3 and 2 July 2013 under it (the
    newest first, as pages show them): published in the week up to 2 July, a best guess
    below the answer threshold, since a page may show only its latest comments. The dates a
    comment's text names are not bylines, and bound nothing."""
    headline, story, _place, day, heading, byline, comment, _other, _entry = PAGES[lang]
    body_date = day.replace("25", "3", 1)  # "June 3, 2013" in a comment's text
    later = byline.replace("2", "3", 1)  # the byline of 3 July
    page = "\n".join([headline, story, story, heading, later, f"{comment} {body_date}", byline, comment])
    article = make_article(page, id=f"first-comment-{lang}", lang=lang)
    assert first_comment(article) == dt.date(2013, 7, 2)
    guess = date_article(article, min_confidence=0.0)
    assert guess.date is not None and 0 <= (dt.date(2013, 7, 2) - guess.date).days <= 6
    assert guess.confidence < shipped_answer()
    assert any(e.detail.startswith("the first reader's comment") for e in guess.evidence)
    # Without the comments the story names no year: nothing to go on.
    alone = make_article("\n".join([headline, story, story]), id=f"no-comment-{lang}", lang=lang)
    assert first_comment(alone) is None and date_article(alone, min_confidence=0.0).date is None


@pytest.mark.parametrize("lang", PAGE_LANGS)
def test_the_first_comment_outweighs_a_later_day_the_story_names_without_a_stamp(lang: str) -> None:
    """The article's stamp stays its day under later comments; a day named in the story after
    the first comment cannot be publication's."""
    headline, story, _place, day, heading, byline, comment, _other, _entry = PAGES[lang]
    stamped = "\n".join([headline, day, story, story, heading, byline, comment])
    guess = date_article(make_article(stamped, id=f"stamped-{lang}", lang=lang))
    assert guess.date == DAY and guess.confidence >= shipped_answer()
    named_later = "\n".join([headline, story + " " + LATER[lang] + ".", story, heading, byline, comment])
    guess = date_article(make_article(named_later, id=f"later-{lang}", lang=lang), min_confidence=0.0)
    assert guess.date is not None and guess.date <= dt.date(2013, 7, 2)


# Per language: a day named without its year, months before the page's stamp, in the past.
WALKOUT = {
    "en": "The dispute goes back to the walkout of January 25, and to the one of 2012.",
    "es": "El conflicto se remonta al paro del 25 de enero, y al de 2012.",
    "fr": "Le conflit remonte au débrayage du 25 janvier, et à celui de 2012.",
    "it": "La vertenza risale allo sciopero del 25 gennaio, e a quello del 2012.",
    "de": "Der Streit geht auf den Ausstand vom 25. Januar zurück, und auf den von 2012.",
    "pt": "O conflito remonta à paralisação de 25 de janeiro, e à de 2012.",
    "ru": "Конфликт восходит к забастовке 25 января и к забастовке 2012 года.",
    "ar": "يعود النزاع إلى إضراب 25 يناير، وإلى إضراب عام 2012.",
}


@pytest.mark.parametrize("lang", PAGE_LANGS)
def test_a_day_named_without_its_year_does_not_outweigh_the_stamp(lang: str) -> None:
    """"January 25" names a day of every year: publication near one of them is no likelier
    than near any other day of the year, however many years the text lets in (here 2011 to
    2018), so it does not draw the answer from the page's stamp of 25 June 2013."""
    headline, story, _place, day, *_ = PAGES[lang]
    plain = make_article("\n".join([headline, day, story, story]), id=f"plain-{lang}", lang=lang)
    named = make_article("\n".join([headline, day, story, WALKOUT[lang], story]), id=f"walkout-{lang}", lang=lang)
    before, after = date_article(plain), date_article(named)
    assert before.date == after.date == DAY
    assert after.confidence >= before.confidence - 0.1, (before.confidence, after.confidence)


# Per language: a wire dateline without its year, and a full date of the story two weeks
# earlier (12 June 2013), or years earlier (15 March 2011).
YEARLESS_DATELINES = {
    "en": ("BEIRUT, June 25 (Reuters) - At least 40 people were killed in an air strike on Aleppo. "
           "The UN had called for a truce on {}.", "June 12, 2013", "March 15, 2011"),
    "es": ("BEIRUT, 25 de junio (Reuters) - Al menos 40 personas murieron en un ataque aéreo contra Alepo. "
           "La ONU había pedido una tregua el {}.", "12 de junio de 2013", "15 de marzo de 2011"),
    "fr": ("BEYROUTH, 25 juin (Reuters) - Au moins 40 personnes ont été tuées dans un raid aérien sur Alep. "
           "L'ONU avait demandé une trêve le {}.", "12 juin 2013", "15 mars 2011"),
    "it": ("BEIRUT, 25 giugno (Reuters) - Almeno 40 persone sono morte in un raid aereo su Aleppo. "
           "L'Onu aveva chiesto una tregua il {}.", "12 giugno 2013", "15 marzo 2011"),
    "de": ("BEIRUT, 25. Juni (Reuters) - Bei einem Luftangriff auf Aleppo sind mindestens 40 Menschen getötet "
           "worden. Die UN hatten am {} eine Waffenruhe gefordert.", "12. Juni 2013", "15. März 2011"),
    "pt": ("BEIRUTE, 25 de junho (Reuters) - Pelo menos 40 pessoas morreram num ataque aéreo em Alepo. "
           "A ONU tinha pedido uma trégua em {}.", "12 de junho de 2013", "15 de março de 2011"),
    "ru": ("БЕЙРУТ, 25 июня (Рейтер) - По меньшей мере 40 человек погибли при авиаударе по Алеппо. "
           "ООН призвала к перемирию {}.", "12 июня 2013 года", "15 марта 2011 года"),
    "ar": ("بيروت، 25 يونيو (رويترز) - قتل 40 شخصا على الأقل في غارة جوية على حلب. "
           "وكانت الأمم المتحدة قد دعت إلى هدنة في {}.", "12 يونيو 2013", "15 مارس 2011"),
}


@pytest.mark.parametrize("lang", sorted(YEARLESS_DATELINES))
def test_a_yearless_dateline_weeks_after_the_latest_full_date_is_in_its_year(lang: str) -> None:
    """"BEIRUT, June 25 (Reuters) -" over a story naming June 12, 2013: published 25 June 2013,
    as a reader takes it. The ranker had weighed the dateline's day as one left unnamed two
    weeks after the latest full date (0.18-0.22); years after it, the year is a guess."""
    text, recent, old = YEARLESS_DATELINES[lang]
    guess = infer_date(text.format(recent), lang)
    assert guess.date == dt.date(2013, 6, 25), guess.evidence[:3]
    assert infer_date(text.format(old), lang).date is None
