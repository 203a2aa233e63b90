"""Labels of a page's creation or publication day in every language ("Date de création :",
"Erstellungsdatum:", "Data pubblicazione:", "تم النشر في"): the day is publication's, as
"Publié le" says, not a date that merely stands at the top."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.temporal.calibration import shipped_answer
from dateline.temporal.dating import LEAD_WEEKDAY_DATE, DayCue, _named, infer_date, read_cues, reading
from dateline.temporal.tagger import tagger_for

DAY = dt.date(2013, 6, 25)
LINES = [
    ("en", "Creation date: June 25, 2013"),
    ("es", "Fecha de creación: 25/06/2013"),
    ("fr", "Date de création : 25 juin 2013"),
    ("it", "Data pubblicazione: 25/06/2013"),
    ("it", "Pubblicato in data 25 giugno 2013"),
    ("de", "Datum der Veröffentlichung: 25.06.2013"),
    ("de", "Erstellungsdatum: 25.06.2013"),
    ("pt", "Data de criação: 25/06/2013"),
    ("ru", "Дата создания: 25.06.2013"),
    ("ar", "تم النشر في 25/06/2013"),
]
STORY = {
    "en": "Ferry crews returned to work after the union accepted a new rota. They had walked out in 2011.",
    "es": "Las tripulaciones volvieron al trabajo tras el acuerdo. Ya habían parado en 2011.",
    "fr": "Les équipages ont repris le travail après l'accord. Ils avaient cessé le travail en 2011.",
    "it": "Gli equipaggi sono tornati al lavoro dopo l'accordo. Si erano fermati nel 2011.",
    "de": "Die Besatzungen nahmen die Arbeit nach der Einigung wieder auf. Sie hatten 2011 gestreikt.",
    "pt": "As tripulações voltaram ao trabalho após o acordo. Tinham parado em 2011.",
    "ru": "Экипажи вернулись к работе после соглашения. Они бастовали в 2011 году.",
    "ar": "عادت الأطقم إلى العمل بعد الاتفاق. وكانت قد أضربت في 2011.",
}


@pytest.mark.parametrize(("lang", "line"), LINES)
def test_a_creation_or_publication_label_says_the_day_of_publication(lang: str, line: str) -> None:
    guess = infer_date(f"Headline\n{line}\n{STORY[lang]}", lang)
    assert guess.date == DAY and guess.confidence >= shipped_answer(), guess
    assert any(e.detail.startswith(f"says it was published on {DAY}") for e in guess.evidence), guess.evidence


@pytest.mark.parametrize("lang", sorted(STORY))
def test_words_of_creation_in_a_sentence_are_not_a_label(lang: str) -> None:
    """The story's own words about something else made on a day ("the fund, created on ...",
    "le livre, paru le ..."): only a label's words ("Creation date:") say when the page was made."""
    sentence = {"en": "The fund, created on June 25, 2013 by the union, paid the crews during the strike.",
                "es": "El fondo, creado el 25 de junio de 2013 por el sindicato, pagó a las tripulaciones.",
                "fr": "Le livre du syndicat, paru le 25 juin 2013, racontait la grève.",
                "it": "Il fondo, creato il 25 giugno 2013 dal sindacato, ha pagato gli equipaggi durante lo sciopero.",
                "de": "Der Bericht, erstellt am 25.06.2013 von der Gewerkschaft, nannte die Kosten des Streiks.",
                "pt": "O fundo, criado em 25/06/2013 pelo sindicato, pagou as tripulações durante a greve.",
                "ru": "Фонд, созданный 25.06.2013 профсоюзом, платил экипажам во время забастовки.",
                "ar": "دفع الصندوق الذي أنشئ في 25/06/2013 أجور الطواقم أثناء الإضراب."}[lang]
    guess = infer_date(f"Headline\n{STORY[lang]} {sentence}", lang, min_confidence=0.0)
    assert not any(e.detail.startswith("says it was published") for e in guess.evidence), guess.evidence


# Per language: a one-sentence story naming its date at its start, a headline, a second
# sentence, and a stamp of the same day with its clock time.
BRIEFS = {
    "en": ("On 3 May 2019 the council met.", "Council meets", "It voted for the new budget.", "3 May 2019, 10:32"),
    "es": ("El 3 de mayo de 2019 se reunió el consejo.", "Se reúne el consejo", "Votó el nuevo presupuesto.",
           "3 de mayo de 2019, 10:32"),
    "fr": ("Le 3 mai 2019, le conseil s'est réuni.", "Le conseil se réunit", "Il a voté le nouveau budget.",
           "3 mai 2019, 10h32"),
    "it": ("Il 3 maggio 2019 il consiglio si è riunito.", "Si riunisce il consiglio", "Ha votato il nuovo bilancio.",
           "3 maggio 2019, 10:32"),
    "de": ("Am 3. Mai 2019 tagte der Rat.", "Der Rat tagt", "Er beschloss den neuen Haushalt.", "3. Mai 2019, 10:32"),
    "pt": ("Em 3 de maio de 2019 o conselho reuniu-se.", "O conselho reúne-se", "Votou o novo orçamento.",
           "3 de maio de 2019, 10:32"),
    "ru": ("3 мая 2019 года совет собрался.", "Совет собрался", "Он принял новый бюджет.", "3 мая 2019 года, 10:32"),
    "ar": ("في 3 مايو 2019 اجتمع المجلس.", "المجلس يجتمع", "وأقر الميزانية الجديدة.", "3 مايو 2019، 10:32"),
}
BRIEF_DAY = dt.date(2019, 5, 3)


@pytest.mark.parametrize("lang", sorted(BRIEFS))
def test_a_short_sentence_naming_a_date_is_not_a_stamp(lang: str) -> None:
    """A sentence with as few long words as a stamp ("On 3 May 2019 the council met."), alone
    or under a headline, names the day of an event, not of publication: no confident answer.
    The date line of a stamp above it still is one. Arabic has no case to tell a clause from
    a stamp's words by: there the preposition that opens the sentence ("في") tells it."""
    sentence, headline, more, stamp = BRIEFS[lang]
    for text in (sentence, f"{headline}\n{sentence}\n{more}"):
        guess = infer_date(text, lang, min_confidence=0.0)
        assert guess.date == BRIEF_DAY and guess.confidence < shipped_answer(), (text, guess)
        assert infer_date(text, lang).date is None
    guess = infer_date(f"{headline}\n{stamp}\n{sentence} {more}", lang)
    assert guess.date == BRIEF_DAY and guess.confidence >= shipped_answer(), guess


@pytest.mark.parametrize("text", ["Council to meet on 3 May 2019", "Council Meets On 3 May 2019",
                                  "3 May 2019 the council met"])
def test_a_headline_or_a_line_alone_is_not_the_stamp_of_a_text(text: str) -> None:
    """A text that is one line has no story under or over it for the line to stamp: its date is
    an event's (a headline's "to meet on 3 May 2019"), not publication's."""
    guess = infer_date(text, "en", min_confidence=0.0)
    assert guess.confidence < shipped_answer(), guess
    assert not any("stamp" in e.detail for e in guess.evidence), guess.evidence


# Per language: a line under a headline whose date a preposition governs, written where case
# gives no sign of a clause (title case, or a script without case), and the story under it.
GOVERNED = {
    "en": ("Council Meets On 3 May 2019", "It voted for the new budget."),
    "es": ("Reunión Del Consejo Hasta El 3 de mayo de 2019", "Votó el nuevo presupuesto."),
    "fr": ("Le Conseil Se Réunit Le 3 mai 2019", "Il a voté le nouveau budget."),
    "it": ("Il Consiglio Si Riunisce Il 3 maggio 2019", "Ha votato il nuovo bilancio."),
    "de": ("Der Rat Tagt Am 3. Mai 2019", "Er beschloss den neuen Haushalt."),
    "pt": ("Conselho Reunido Desde 3 de maio de 2019", "Votou o novo orçamento."),
    "ru": ("Совет Отложен На 3 мая 2019 года", "Он принял новый бюджет."),
    "ar": ("اجتمع المجلس في 3 مايو 2019.", "وأقر الميزانية الجديدة."),
}


@pytest.mark.parametrize("lang", sorted(GOVERNED))
def test_a_date_governed_by_a_preposition_is_not_a_stamp_in_any_case(lang: str) -> None:
    """A date after the language's word that governs it in a sentence ("On", "في") is an
    event's day, whatever the case of the line: the [stamp] clause words say so where a
    lowercase word cannot (a title-case headline, Arabic)."""
    line, more = GOVERNED[lang]
    guess = infer_date(f"{BRIEFS[lang][1]}\n{line}\n{more}", lang, min_confidence=0.0)
    assert guess.date is not None and guess.confidence < shipped_answer(), guess
    assert not any("stamp" in e.detail for e in guess.evidence), guess.evidence


# Per language: an author's line with the day after a name and a lowercase word ("on", "le"),
# the day first with the author after it, and the day and its clock time before the author.
BYLINES = {
    "en": ("By Jane Doe on June 25, 2013", "June 25, 2013, by Jane Doe",
           "June 25, 2013 at 10:32 am by Jane Doe"),
    "es": ("Por Juan Pérez, el 25 de junio de 2013", "25 de junio de 2013, por Juan Pérez",
           "25 de junio de 2013 a las 10:32, por Juan Pérez"),
    "fr": ("Par Jean Dupont, le 25 juin 2013", "25 juin 2013, par Jean Dupont", "Le 25/06/2013 à 10h32 par Jean Dupont"),
    "it": ("Scritto da Mario Rossi il 25 giugno 2013", "25 giugno 2013, di Mario Rossi",
           "25 giugno 2013 alle 10:32 di Mario Rossi"),
    "de": ("Von Hans Müller am 25. Juni 2013", "25. Juni 2013, von Hans Müller",
           "25. Juni 2013 um 10:32 Uhr von Hans Müller"),
    "pt": ("Por João Silva em 25 de junho de 2013", "25 de junho de 2013, por João Silva",
           "25 de junho de 2013 às 10:32 por João Silva"),
    "ru": ("Автор Иван Петров, 25 июня 2013 года", "25 июня 2013 года, автор Иван Петров",
           "25 июня 2013 года в 10:32, автор Иван Петров"),
    "ar": ("بقلم محمد علي في 25 يونيو 2013", "25 يونيو 2013، بقلم محمد علي", "25 يونيو 2013 الساعة 10:32 بقلم محمد علي"),
}


@pytest.mark.parametrize("lang", sorted(BYLINES))
def test_the_date_of_an_authors_byline_is_a_stamp(lang: str) -> None:
    """A byline's date under the headline is the article's, though a lowercase word joins it to
    the name ("Par Jean Dupont, le 25 juin 2013") or follows it (", par Jean Dupont", "à 10h32
    par Jean Dupont"), as in a clause: the byline word and the name say it is no sentence."""
    for line in BYLINES[lang]:
        guess = infer_date(f"Headline\n{line}\n{STORY[lang]}", lang)
        assert guess.date == DAY and guess.confidence >= shipped_answer(), (line, guess)


@pytest.mark.parametrize("text", ["By Tuesday 25/06/2013 the crews were back.",
                                  "By 25 June 2013 the crews were back."])
def test_by_and_a_date_open_a_clause_not_a_byline(text: str) -> None:
    """"By" before a weekday or the date itself governs the date: no name, no byline, no stamp
    (a weekday-date where the article opens is still the lead's day, `LEAD_WEEKDAY_DATE`)."""
    read = reading(f"Ferry crews end strike\n{text}\nThey had walked out in 2011.", "en")
    roles = {c.role for c in _named(read.cues) if isinstance(c, DayCue) and c.year == 2013}
    assert roles and roles <= {"date", LEAD_WEEKDAY_DATE}, roles


# A short story naming its day, a reader's comment three days later, and the comment's text.
COMMENTS = {
    "en": ("Dock workers ended their strike on June 25, 2013 after talks with the port. Ships began to unload "
           "the same evening.", "Jane Miller, June 28, 2013 at 2:14 pm", "Good news for the town at last."),
    "es": ("Los estibadores pusieron fin a su huelga el 25 de junio de 2013 tras negociar con el puerto. Los "
           "barcos empezaron a descargar esa misma tarde.", "Juan Pérez, 28 de junio de 2013 a las 14:14",
           "Por fin una buena noticia para la ciudad."),
    "fr": ("Les dockers ont mis fin à leur grève le 25 juin 2013 après des discussions avec le port. Les navires "
           "ont commencé à décharger le soir même.", "Jean Dupont, 28 juin 2013 à 14h14",
           "Enfin une bonne nouvelle pour la ville."),
    "it": ("I portuali hanno concluso lo sciopero il 25 giugno 2013 dopo i colloqui con il porto. Le navi hanno "
           "iniziato a scaricare la sera stessa.", "Mario Rossi, 28 giugno 2013 alle 14:14",
           "Finalmente una buona notizia per la città."),
    "de": ("Die Hafenarbeiter beendeten ihren Streik am 25. Juni 2013 nach Gesprächen mit dem Hafen. Die Schiffe "
           "wurden noch am selben Abend entladen.", "Hans Müller, 28. Juni 2013 um 14:14",
           "Endlich eine gute Nachricht für die Stadt."),
    "pt": ("Os estivadores encerraram a greve em 25 de junho de 2013 após negociações com o porto. Os navios "
           "começaram a descarregar na mesma noite.", "João Silva, 28 de junho de 2013 às 14:14",
           "Finalmente uma boa notícia para a cidade."),
    "ru": ("Докеры прекратили забастовку 25 июня 2013 года после переговоров с портом. Суда начали разгружать в "
           "тот же вечер.", "Иван Петров, 28 июня 2013 года в 14:14", "Наконец хорошая новость для города."),
    "ar": ("أنهى عمال الميناء إضرابهم في 25 يونيو 2013 بعد محادثات مع الميناء. وبدأت السفن في التفريغ في المساء "
           "نفسه.", "محمد علي، 28 يونيو 2013 الساعة 14:14", "أخيرا خبر سار للمدينة."),
}


@pytest.mark.parametrize("lang", sorted(COMMENTS))
def test_a_readers_comment_under_a_short_story_is_not_its_stamp(lang: str) -> None:
    """A name, a date and a clock time under a story of full sentences, with less text under
    it than over it, is a reader's comment (written after the story), not the page's stamp."""
    story, comment, reply = COMMENTS[lang]
    guess = infer_date(f"{story}\n{comment}\n{reply}", lang, min_confidence=0.0)
    assert guess.confidence < shipped_answer(), guess


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_stamp_under_a_standfirst_stays_the_stamp(lang: str) -> None:
    """Full sentences over a date line are a standfirst when the story follows under it, longer."""
    text = f"Headline\n{STORY[lang]}\n25/06/2013 - 12:24\n{STORY[lang]} {STORY[lang]} {STORY[lang]}"
    guess = infer_date(text, lang)
    assert guess.date == DAY and guess.confidence >= shipped_answer(), guess


CLOCKED = {
    "en": "June 25, 2013 at 14:14", "es": "25 de junio de 2013 a las 14:14", "fr": "25 juin 2013 à 14h14",
    "it": "25 giugno 2013 alle 14:14", "de": "25. Juni 2013 um 14:14 Uhr", "pt": "25 de junho de 2013 às 14:14",
    "ru": "25 июня 2013 года в 14:14", "ar": "25 يونيو 2013 الساعة 14:14",
}


@pytest.mark.parametrize("lang", sorted(CLOCKED))
def test_a_stamps_clock_time_and_its_preposition_are_no_clause(lang: str) -> None:
    """The word before a stamp's clock time ("alle 14:14") belongs to the time, however long,
    not to a clause joined to the date."""
    guess = infer_date(f"{CLOCKED[lang]}\n{STORY[lang]}", lang)
    assert guess.date == DAY and guess.confidence >= shipped_answer(), guess


# Per language: a story's closing line saying which print edition it appeared in, the date
# with its weekday (a Tuesday), after words that end with the preposition some taggers fold
# into the date's extent ("del Martes, 25 de junio de 2013", as Spanish TimeML marks it).
PRINT_LINES = {
    "en": "This article appeared in the print edition of Tuesday, June 25, 2013",
    "es": "* Este artículo apareció en la edición impresa del Martes, 25 de junio de 2013",
    "fr": "Article paru dans l'édition du mardi 25 juin 2013",
    "it": "Articolo pubblicato nell'edizione cartacea del martedì 25 giugno 2013",
    "de": "Erschienen in der Printausgabe vom Dienstag, 25. Juni 2013",
    "pt": "Publicado na edição impressa de terça-feira, 25 de junho de 2013",
    "ru": "Опубликовано в печатной версии от вторника, 25 июня 2013 года",
    "ar": "نشر في النسخة الورقية بتاريخ الثلاثاء 25 يونيو 2013",
}


@pytest.mark.parametrize("lang", sorted(PRINT_LINES))
def test_a_print_edition_line_with_its_weekday_is_the_print_stamp(lang: str) -> None:
    """The print edition's day, weekday or not, is the day after the web's (or the same):
    read as the "print" label, not as a date of the story's week (`WEEKDAY_DATE`)."""
    tagger = tagger_for(lang)
    text = f"Headline\n{STORY[lang]}\n{PRINT_LINES[lang]}\n"
    roles = [c.role for c in read_cues(text, tagger) if isinstance(c, DayCue) and c.year == 2013]
    assert roles == ["print"], roles


@pytest.mark.parametrize("lang", sorted(PRINT_LINES))
def test_a_print_edition_line_dates_the_story_the_day_before(lang: str) -> None:
    """A story is on the web the day before the print edition that carries it (8 of the 8
    print lines of the es dev pages), answered with the confidence of a stamp."""
    guess = infer_date(f"Headline\n{STORY[lang]}\n{PRINT_LINES[lang]}\n", lang)
    assert guess.date == dt.date(2013, 6, 24) and guess.confidence >= shipped_answer(), guess
