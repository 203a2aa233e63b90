"""Italian time expressions: extents, types and values anchored to the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from timex_cases import DCT, finder

found = finder("it")


@pytest.mark.parametrize("text, expected", [
    ("L'udienza si terrà la settimana del 10 aprile.", [("la settimana del 10 aprile", "DATE", "2023-W15")]),
    ("Negli anni novanta la crisi.", [("anni novanta", "DATE", "199")]),
    # Explicit and underspecified calendar dates; "scorso"/"prossimo" choose the side.
    ("L'accordo è stato firmato il 17 marzo 2021.", [("17 marzo 2021", "DATE", "2021-03-17")]),
    ("Le proteste sono iniziate il 25 gennaio scorso.", [("25 gennaio scorso", "DATE", "2023-01-25")]),
    ("Le elezioni si terranno il 5 novembre prossimo.",
     [("5 novembre prossimo", "DATE", "2023-11-05")]),
    ("Il rapporto porta la data del 30/11/2022.", [("30/11/2022", "DATE", "2022-11-30")]),
    ("Il vertice si svolgerà nel maggio 2024.", [("maggio 2024", "DATE", "2024-05")]),
    ("Il 1° marzo migliaia di persone hanno sfilato.", [("1° marzo", "DATE", "2023-03-01")]),
    ("Il primo marzo hanno sfilato.", [("primo marzo", "DATE", "2023-03-01")]),
    ("Le truppe si sono ritirate lo scorso febbraio.", [("lo scorso febbraio", "DATE", "2023-02")]),
    ("Il piano è stato annunciato nel marzo dell'anno scorso.",
     [("marzo dell'anno scorso", "DATE", "2022-03")]),
    ("I combattimenti sono ripresi a inizio marzo.", [("inizio marzo", "DATE", "2023-03")]),
    ("L'economia è cambiata molto negli anni '90.", [("anni '90", "DATE", "199")]),
    # Weekdays: tense, "scorso" and "prossimo".
    ("L'ambasciata è stata attaccata venerdì.", [("venerdì", "DATE", "2023-03-17")]),
    ("I ministri si riuniranno venerdì.", [("venerdì", "DATE", "2023-03-24")]),
    ("Lunedì scorso è stata firmata la tregua.", [("Lunedì scorso", "DATE", "2023-03-13")]),
    ("Il governo si dimetterà martedì prossimo.", [("martedì prossimo", "DATE", "2023-03-21")]),
    ("È successo mercoledì 15 marzo.", [("mercoledì 15 marzo", "DATE", "2023-03-15")]),
    ("L'esplosione è avvenuta sabato sera.", [("sabato sera", "TIME", "2023-03-18TEV")]),
    # Deictic and anaphoric expressions; elided words need no space.
    ("I negoziati si sono conclusi ieri.", [("ieri", "DATE", "2023-03-19")]),
    ("Arriverà domani mattina.", [("domani mattina", "TIME", "2023-03-21TMO")]),
    ("È arrivato stamattina.", [("stamattina", "TIME", "2023-03-20TMO")]),
    ("La legge è stata approvata tre anni fa.", [("tre anni fa", "DATE", "2020")]),
    ("Si sono incontrati la settimana scorsa.", [("la settimana scorsa", "DATE", "2023-W11")]),
    ("Il vertice si è tenuto la scorsa settimana.", [("la scorsa settimana", "DATE", "2023-W11")]),
    ("Le vendite cresceranno l'anno prossimo.", [("l'anno prossimo", "DATE", "2024")]),
    ("La disoccupazione è scesa l'anno scorso.", [("l'anno scorso", "DATE", "2022")]),
    ("Quest'anno la crescita sarà debole.", [("Quest'anno", "DATE", "2023")]),
    ("Il presidente andrà a Madrid tra due settimane.", [("tra due settimane", "DATE", "2023-W14")]),
    ("Il vertice si è aperto il giorno 3 marzo e si è chiuso il giorno 5.",
     [("giorno 3 marzo", "DATE", "2023-03-03"), ("giorno 5", "DATE", "2023-03-05")]),
    ("L'incendio è scoppiato il 3 giugno 2021. Il giorno dopo era sotto controllo.",
     [("3 giugno 2021", "DATE", "2021-06-03"), ("Il giorno dopo", "DATE", "2021-06-04")]),
    # Durations.
    ("La guerra è durata quasi tre anni.", [("quasi tre anni", "DURATION", "P3Y")]),
    ("La tregua ha retto per due anni.", [("due anni", "DURATION", "P2Y")]),
    ("Ha governato per ventotto anni.", [("ventotto anni", "DURATION", "P28Y")]),
    ("I detenuti sono in sciopero da più di un anno e mezzo.",
     [("più di un anno e mezzo", "DURATION", "P1Y6M")]),
    ("La conferenza durerà un'ora.", [("un'ora", "DURATION", "PT1H")]),
    # Sets.
    ("I mercati chiudono ogni lunedì.", [("ogni lunedì", "SET", "XXXX-WXX-1")]),
    ("Il bollettino esce tutti i giorni.", [("tutti i giorni", "SET", "P1D")]),
    ("Si riuniscono due volte alla settimana.", [("due volte alla settimana", "SET", "P1W")]),
    # References without a date.
    ("I prezzi salgono adesso.", [("adesso", "DATE", "PRESENT_REF")]),
])
def test_expressions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "La primavera araba ha rovesciato diversi regimi.",  # a name, not a season
    "Le sue parole sono state chiare.",                  # "state", not "estate"
])
def test_non_expressions(text: str) -> None:
    assert found(text) == []


# Failure types of issue 10 (publication date Monday 2023-03-20): a day word restated by its
# weekday is one expression; cues of the clause's tense; extents.
@pytest.mark.parametrize("text, expected", [
    ("Il consiglio ha votato oggi, lunedì, il bilancio.", [("oggi, lunedì", "DATE", "2023-03-20")]),
    # Compound past with essere is past; "tra"/"fra" before a noun are no future cues.
    ("I manifestanti sono scesi in piazza sabato.", [("sabato", "DATE", "2023-03-18")]),
    ("La riunione si è svolta venerdì a Roma.", [("venerdì", "DATE", "2023-03-17")]),
    ("I tifosi sono arrivati fra gli applausi venerdì.", [("venerdì", "DATE", "2023-03-17")]),
    ("Hanno sfilato tra la folla sabato.", [("sabato", "DATE", "2023-03-18")]),
    # An event set for a day lies ahead.
    ("La finale è prevista per sabato.", [("sabato", "DATE", "2023-03-25")]),
    # A weekday before an ordinal day is one date; "dopo" before an event is no shift.
    ("Il voto si terrà sabato primo aprile.", [("sabato primo aprile", "DATE", "2023-04-01")]),
    ("Il lunedì dopo la partita la squadra si è allenata.", [("lunedì", "DATE", "2023-03-20")]),
])
def test_restated_days_tense_cues_and_extents(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Frequencies as SET, vague references to the present and past, a month after the word "month".
@pytest.mark.parametrize("text, expected", [
    ("La riunione annuale del consiglio si è tenuta.", [("annuale", "SET", "P1Y")]),
    ("L'ho visto poco fa; all'epoca era ministro.",
     [("poco fa", "DATE", "PAST_REF"), ("all'epoca", "DATE", "PAST_REF")]),
    ("La crisi attuale non si placa.", [("attuale", "DATE", "PRESENT_REF")]),
    ("Arriverà nel mese di maggio.", [("mese di maggio", "DATE", "2023-05")]),
])
def test_frequencies_and_vague_references(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Issue 17: lower case, a time with its day in either order, machine-written dates, eras.
@pytest.mark.parametrize("text, expected", [
    ("La partita è stata sabato alle 20.", [("sabato alle 20", "TIME", "2023-03-18T20:00")]),
    ("Il rapporto del 19.02.10 è chiaro.", [("19.02.10", "DATE", "2010-02-19")]),
    ("Roma fu fondata nel 753 a.C.", [("753 a.C.", "DATE", "BC0753")]),
    ("Il server ha registrato 2004-03-04T18:32:56.", [("2004-03-04T18:32:56", "TIME", "2004-03-04T18:32:56")]),
])
def test_beyond_newswire_style(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Issue 17: offsets composed from a day word, nth weekdays, ordinal day words, periods
# relative to the publication date.
@pytest.mark.parametrize("text, expected", [
    ("Erano due giorni prima di ieri.", [("due giorni prima di ieri", "DATE", "2023-03-17")]),
    ("Si vota il primo lunedì di maggio.", [("il primo lunedì di maggio", "DATE", "2023-05-01")]),
    ("Ci siamo visti martedì, il 14.", [("martedì, il 14", "DATE", "2023-03-14")]),
])
def test_composed_offsets_and_ordinal_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_without_publication_date_the_first_full_date_anchors_the_rest() -> None:
    assert found("Il festival si è aperto il 12 luglio 2014. Il 13 luglio la folla è cresciuta.", None) == [("12 luglio 2014", "DATE", "2014-07-12"), ("13 luglio", "DATE", "2014-07-13")]


# Issue 17: clock times in words.
@pytest.mark.parametrize("text, expected", [
    ("È arrivato alle sei e un quarto.", [("sei e un quarto", "TIME", "2023-03-20T06:15")]),
    ("La cena era alle nove e mezza.", [("nove e mezza", "TIME", "2023-03-20T09:30")]),
    ("È partito alle tre meno dieci.", [("tre meno dieci", "TIME", "2023-03-20T02:50")]),
])
def test_clock_times_in_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Dates that name an event are past ones whatever the tense ("the revolution of January 25");
# in a review of the year, a yearless date after a past one of that year stays in it, while a
# future clause still reaches into the next year.
@pytest.mark.parametrize("text, words, value, dct", [
    ("Le vittime della strage dell'11 settembre saranno ricordate.", '11 settembre', '2022-09-11', DCT),
    ("L'Egitto festeggerà la rivoluzione del 25 gennaio.", '25 gennaio', '2022-01-25', dt.date(2023, 1, 10)),
    ('12 ottobre: il nuovo governo giura. 3 marzo: il primo ministro si dimette.', '3 marzo', '2023-03-03', dt.date(2023, 12, 30)),
    ('Il voto del 10 gennaio deciderà.', '10 gennaio', '2024-01-10', dt.date(2023, 12, 28)),
])
def test_event_dates_and_year_in_review(text: str, words: str, value: str, dct: dt.date) -> None:
    assert (words, value) in [(w, v) for w, _type, v in found(text, dct)]


# Compound durations are one expression; an emphatic word after an expression is part of it.
@pytest.mark.parametrize("text, expected", [
    ('È stato condannato a due anni e tre mesi di carcere.',
     [('due anni e tre mesi', 'DURATION', 'P2Y3M')]),
    ('Il dibattito è durato due ore e 30 minuti.',
     [('due ore e 30 minuti', 'DURATION', 'PT2H30M')]),
    ('Il ministro si è dimesso oggi stesso.',
     [('oggi stesso', 'DATE', '2023-03-20')]),
])
def test_compound_durations_and_emphatic_extents(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A period of a year named relative to publication ("of this year") or in focus ("the same period of
# 1999") is one expression; a day naming a street is none, nor someone's future; a rate needs an amount.
@pytest.mark.parametrize("text, expected", [
    ("La fabbrica aprirà nel secondo semestre di quest'anno.",
     [("secondo semestre di quest'anno", 'DATE', '2023-H2')]),
    ("L'utile è salito nel terzo trimestre. Lo stesso periodo del 1999 era stato peggiore.",
     [('terzo trimestre', 'DATE', '2022-Q3'), ('Lo stesso periodo del 1999', 'DATE', '1999-Q3')]),
    ('Il corteo è partito da piazza 25 aprile.',
     []),
    ('Il futuro del paese è incerto, ma in futuro si vedrà.',
     [('in futuro', 'DATE', 'FUTURE_REF')]),
])
def test_periods_of_a_year_places_and_non_references(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Past tenses read from irregular participles and endings ("si è dimesso", "si sono conclusi",
# "concluyeron", "zurückgetreten", "ушёл"); movable feasts by their distance from Easter.
@pytest.mark.parametrize("text, expected", [
    ('Il ministro si è dimesso sabato.',
     [('sabato', 'DATE', '2023-03-18')]),
    ('I colloqui si sono conclusi venerdì e il vertice si è chiuso sabato.',
     [('venerdì', 'DATE', '2023-03-17'), ('sabato', 'DATE', '2023-03-18')]),
    ('Il ministro è molto stanco: si dimetterà sabato.',
     [('sabato', 'DATE', '2023-03-25')]),
    ("La processione dell'Ascensione ha riunito migliaia di fedeli.",
     [('Ascensione', 'DATE', '2023-05-18')]),
])
def test_irregular_past_tenses_and_movable_feasts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Two months before one year share it (the first the year before if it comes later); an amount
# before a comma still counts; Spanish TimeML: vague "hace meses" is the stretch PXM, the count
# goes before "últimos" ("los cinco últimos años"), prepositions stay outside the extent.
@pytest.mark.parametrize("text, expected", [
    ('Le vendite sono salite tra gennaio e marzo 1998, secondo il rapporto.',
     [('gennaio', 'DATE', '1998-01'), ('marzo 1998', 'DATE', '1998-03')]),
    ('Ha vinto nei cinque ultimi anni.',
     [('cinque ultimi anni', 'DURATION', 'P5Y')]),
])
def test_month_ranges_amounts_and_vague_spans(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "At that moment": a reference to the past.
@pytest.mark.parametrize("text, expected", [
    ('In quel momento nessuno sapeva nulla.',
     [('In quel momento', 'DATE', 'PAST_REF')]),
])
def test_at_that_moment(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day range whose second day takes an article or the word for day ("entre el 5 y el 6 de junio"):
# the first day takes the month of the second.
@pytest.mark.parametrize("text, expected", [
    ('Si riuniranno tra il 5 e il 6 giugno.',
     [('5', 'DATE', '2023-06-05'), ('6 giugno', 'DATE', '2023-06-06')]),
])
def test_day_ranges_with_articles(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "The first days of August" is the start of the month.
@pytest.mark.parametrize("text, expected", [
    ('I negoziati riprenderanno nei primi giorni di agosto.',
     [('primi giorni di agosto', 'DATE', '2023-08')]),
])
def test_first_days_of_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Clock times of a listing, bare in brackets ("(21.30, TV-3)") or in lower-case GMT; "the past"
# as a noun (not before a day it shifts); a frequency adjective after an article is a noun
# (newspapers); a local clock time is not an amount of hours.
@pytest.mark.parametrize("text, expected", [
    ('La partita andrà in onda in diretta (21.30, Rai 1).',
     [('21.30', 'TIME', '2023-03-20T21:30')]),
    ("L'aereo è atterrato alle 8.15 ora locale (07.15 gmt).",
     [('8.15 ora locale', 'TIME', '2023-03-20T08:15'), ('07.15 gmt', 'TIME', '2023-03-20T07:15Z')]),
    ('Il biglietto è costato (12.40) euro.',
     []),
    ('Gli errori del passato pesano ancora.',
     [('del passato', 'DATE', 'PAST_REF')]),
    ('I quotidiani economici aprono con lo sciopero.',
     []),
    ('È una dose quotidiana.',
     [('quotidiana', 'SET', 'P1D')]),
])
def test_listed_clock_times_the_past_and_newspapers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A plural unit alone after two words that make it a stretch ("después de años", "pendant des
# années"); "to date" is the publication day; "at any moment" lies ahead.
@pytest.mark.parametrize("text, expected", [
    ('Dopo anni di guerra è tornata la pace.',
     [('anni', 'DURATION', 'PXY')]),
    ("A tutt'oggi nessuno ha vinto.",
     [("A tutt'oggi", 'DATE', '2023-03-20')]),
    ('La fabbrica può riaprire in qualsiasi momento.',
     [('in qualsiasi momento', 'DATE', 'FUTURE_REF')]),
])
def test_vague_spans_to_date_and_any_moment(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A phrase that is a stretch of time of unknown length by itself ("hace tiempo", "da tempo"): PXM.
@pytest.mark.parametrize("text, expected", [
    ('La dirigenza vive lo scisma da tempo.',
     [('da tempo', 'DURATION', 'PXM')]),
    ('Non molto tempo fa il presidente diceva il contrario.',
     [('Non molto tempo fa', 'DURATION', 'PXM')]),
])
def test_vague_durations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "The same period" after a preposition fused with its article ("al", "nello", "au", "no"), and
# joined to "of last year" by the word for "of": the period in focus, a year back.
@pytest.mark.parametrize("text, expected", [
    ('Le vendite sono cresciute nello stesso periodo del 1999.',
     [('nello stesso periodo del 1999', 'DATE', '1999-Q4')]),
    ("Le vendite sono cresciute rispetto allo stesso periodo dell'anno scorso.",
     [("allo stesso periodo dell'anno scorso", 'DATE', '2021-Q4')]),
])
def test_same_period_after_a_contracted_article(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A plural "next"/"last" after a range of days places both days ("del 2 al 28 de abril próximos").
@pytest.mark.parametrize("text, expected", [
    ('Suonerà dal 2 al 28 aprile prossimi a Parigi.',
     [('2', 'DATE', '2023-04-02'), ('28 aprile prossimi', 'DATE', '2023-04-28')]),
    ('Si sono svolti il 5 e 6 maggio scorsi.',
     [('5', 'DATE', '2022-05-05'), ('6 maggio scorsi', 'DATE', '2022-05-06')]),
])
def test_day_ranges_with_a_plural_shift(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day counted from another ("the next day", "the eve") followed by "of" and that day is counted
# from it, not from the date mentioned before; after a comma the day is named again, not the anchor.
@pytest.mark.parametrize("text, expected", [
    ("Il giorno dopo l'11 settembre l'attore era nei guai.",
     [('Il giorno dopo', 'DATE', '2022-09-12'), ('11 settembre', 'DATE', '2022-09-11')]),
    ('La vigilia del 5 maggio ci sono state proteste.',
     [('La vigilia', 'DATE', '2023-05-04'), ('5 maggio', 'DATE', '2023-05-05')]),
])
def test_a_day_counted_from_the_day_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A point of a decade ("a mediados de los noventa", "alla fine degli anni novanta", "au milieu des
# années 90", "em meados dos anos noventa"); a decade named by a number only when no noun follows.
@pytest.mark.parametrize("text, expected", [
    ("Alla fine degli anni novanta l'economia è cresciuta.",
     [('Alla fine degli anni novanta', 'DATE', '199')]),
    ("A metà degli anni ottanta l'economia è cresciuta.",
     [('A metà degli anni ottanta', 'DATE', '198')]),
])
def test_points_of_a_decade(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "Of the year" with a contracted article is the year in focus ("el resto del año"), unless a
# shift follows ("del año pasado") or the article is the rate's ("al año").
@pytest.mark.parametrize("text, expected", [
    ("Nel resto dell'anno l'economia crescerà.",
     [("dell'anno", 'DATE', '2023')]),
    ("Si consumano 6 chili di caffè a persona all'anno.",
     [("all'anno", 'SET', 'P1Y')]),
])
def test_the_year_after_a_contracted_article(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A fiscal year named alone after a shift word ("el pasado ejercicio", "lo scorso esercizio") is a year.
@pytest.mark.parametrize("text, expected", [
    ('La società ha guadagnato 5 milioni nello scorso esercizio.',
     [('scorso esercizio', 'DATE', '2022')]),
])
def test_a_fiscal_year_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "That same day" and "the next day" count from the last day mentioned, even when a year was
# mentioned after it ("in 2016"), not from the publication date.
@pytest.mark.parametrize("text, expected", [
    ('È stato arrestato il 5 ottobre 2019. Suo fratello, incarcerato nel 2016, è stato condannato quello stesso giorno.',
     [('5 ottobre 2019', 'DATE', '2019-10-05'), ('2016', 'DATE', '2016'), ('quello stesso giorno', 'DATE', '2019-10-05')]),
    ('È stato arrestato il 5 ottobre 2019. Suo fratello, incarcerato nel 2016, è stato liberato il giorno dopo.',
     [('5 ottobre 2019', 'DATE', '2019-10-05'), ('2016', 'DATE', '2016'), ('il giorno dopo', 'DATE', '2019-10-06')]),
])
def test_that_day_after_a_coarser_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# The word for year, "of" and a year in digits are one year ("el año de 2016"), not the year in
# focus followed by 2016.
@pytest.mark.parametrize("text, expected", [
    ("Accadde nell'anno del 2016.",
     [("nell'anno del 2016", 'DATE', '2016')]),
])
def test_the_year_of_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected



# A clock time or part of the day "of" a day is a time on that day ("a mezzanotte di domenica"),
# not on the publication date.
@pytest.mark.parametrize("text, expected", [
    ('Il cessate il fuoco è iniziato a mezzanotte di domenica.',
     [('mezzanotte di domenica', 'TIME', '2023-03-19T24:00')]),
])
def test_a_clock_time_of_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# An all-numeric date whose first or second number cannot be the month is read the other way round.
@pytest.mark.parametrize("text, expected", [
    ('La lettera è datata 03/14/2023.',
     [('03/14/2023', 'DATE', '2023-03-14')]),
])
def test_numeric_date_read_the_only_possible_way(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected



# A century in Roman numerals before its noun, with or without the ordinal's ending.
@pytest.mark.parametrize("text, expected", [
    ('È la peggiore guerra del XXI secolo.',
     [('XXI secolo', 'DATE', '20')]),
])
def test_century_in_roman_numerals_before_its_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A point of the month or year without a shift word ("the end of the month") is one of the
# publication's month or year; "fin de semana" stays the weekend.
@pytest.mark.parametrize("text, expected", [
    ('È venuto alla fine del mese.',
     [('fine del mese', 'DATE', '2023-03')]),
    ('Arriva a fine mese.',
     [('fine mese', 'DATE', '2023-03')]),
])
def test_a_point_of_the_month_or_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# An amount before "after" and an event ("three months after the election") is a stretch of
# time, not a date counted from the publication date; "three years later" alone still counts
# from the date mentioned last.
@pytest.mark.parametrize("text, expected", [
    ('Tre mesi dopo le elezioni si è dimesso.',
     [('Tre mesi', 'DURATION', 'P3M')]),
    ('Due giorni prima del voto ha parlato.',
     [('Due giorni', 'DURATION', 'P2D')]),
    ('È partito nel 2015. Tre anni dopo è tornato.',
     [('2015', 'DATE', '2015'), ('Tre anni dopo', 'DATE', '2018')]),
])
def test_an_amount_after_an_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A point of the week is one of the publication week ("early in the week"), except where the
# word for the weekend is "end of the week" ("fin de semana", "fim de semana", "fine settimana").
@pytest.mark.parametrize("text, expected", [
    ('Il voto si terrà a fine settimana.',
     []),
])
def test_a_point_of_the_week(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Half and one and a half of a unit, however the language writes them.
@pytest.mark.parametrize("text, expected", [
    ("Ha aspettato mezz'ora.",
     [("mezz'ora", 'DURATION', 'PT30M')]),
    ('È rimasto un anno e mezzo.',
     [('un anno e mezzo', 'DURATION', 'P1Y6M')]),
])
def test_half_a_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A word that halves anything is half a year only with the year after it.
@pytest.mark.parametrize("text, expected", [
    ("La crescita ha rallentato nella seconda metà dell'anno scorso.",
     [("seconda metà dell'anno scorso", 'DATE', '2022-H2')]),
    ('Le vendite sono salite nella prima metà del 2021.',
     [('prima metà del 2021', 'DATE', '2021-H1')]),
    ('Ha segnato nella seconda metà.',
     []),
    ("Le vendite saliranno nella seconda metà dell'anno.",
     [("seconda metà dell'anno", 'DATE', '2023-H2')]),
])
def test_a_half_of_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Weekends in the plural are a habit (a SET), one weekend a date.
@pytest.mark.parametrize("text, expected", [
    ('Il negozio apre nei fine settimana.',
     [('nei fine settimana', 'SET', 'XXXX-WXX-WE')]),
    ('Il negozio ha aperto lo scorso fine settimana.',
     [('lo scorso fine settimana', 'DATE', '2023-W11-WE')]),
])
def test_weekends_in_the_plural_are_a_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# The weekend with the shift word after it is the weekend it names, one expression ("el fin de semana pasado": not the end of last week).
@pytest.mark.parametrize("text, expected", [
    ('Il negozio ha aperto il fine settimana scorso.',
     [('il fine settimana scorso', 'DATE', '2023-W11-WE')]),
    ('Il negozio aprirà il fine settimana prossimo.',
     [('il fine settimana prossimo', 'DATE', '2023-W13-WE')]),
])
def test_the_weekend_with_a_shift_word_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A set phrase in the present that opens with the auxiliary of the past ("a lieu", "ha luogo", "ha de") is no past cue.
@pytest.mark.parametrize("text, expected", [
    ('Il vertice ha luogo giovedì.',
     [('giovedì', 'DATE', '2023-03-23')]),
    ('Il vertice ha avuto luogo giovedì.',
     [('giovedì', 'DATE', '2023-03-16')]),
])
def test_a_present_phrase_with_a_past_auxiliary(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A holiday named in a phrase whose name is the capitalized word ("dia de Natal", "am ersten Weihnachtstag").
@pytest.mark.parametrize("text, expected", [
    ('La sfilata è il giorno di Natale.',
     [('giorno di Natale', 'DATE', '2022-12-25')]),
])
def test_a_holiday_named_in_a_phrase(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# The past few units, an amount of time up to now, however the language orders the number ("الأيام الثلاثة الماضية": the number after the unit) or counts two (the dual).
@pytest.mark.parametrize("text, expected", [
    ('I prezzi sono saliti negli ultimi tre giorni.',
     [('ultimi tre giorni', 'DURATION', 'P3D')]),
    ('I prezzi sono saliti nelle ultime due settimane.',
     [('ultime due settimane', 'DURATION', 'P2W')]),
])
def test_the_past_few_units(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A weekday and a part of the day, also in one word ("Donnerstagabend"; "Sonnabend" is Saturday).
@pytest.mark.parametrize("text, expected", [
    ('Si sono incontrati giovedì sera.',
     [('giovedì sera', 'TIME', '2023-03-16TEV')]),
])
def test_a_weekday_evening(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# An amount before or after an event or a day is the stretch of time ("قبل يومين من التصويت": not two days ago).
@pytest.mark.parametrize("text, expected", [
    ('Si è dimesso due giorni prima del voto.',
     [('due giorni', 'DURATION', 'P2D')]),
    ('I prezzi sono saliti una settimana dopo il 1° maggio.',
     [('una settimana', 'DURATION', 'P1W'), ('1° maggio', 'DATE', '2023-05-01')]),
])
def test_an_amount_before_or_after_a_day_or_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# In one unit from now; without articles the unit alone is one ("через неделю").
@pytest.mark.parametrize("text, expected", [
    ('Il vertice si terrà tra una settimana.',
     [('tra una settimana', 'DATE', '2023-W13')]),
])
def test_in_one_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A century by its ordinal, also in words and after the noun ("القرن التاسع عشر", "siglo vigésimo primero").
@pytest.mark.parametrize("text, expected", [
    ('È stato costruito nel XIX secolo.',
     [('XIX secolo', 'DATE', '18')]),
    ('È stato costruito nel ventunesimo secolo.',
     [('ventunesimo secolo', 'DATE', '20')]),
])
def test_a_century_by_its_ordinal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A decade by its name; where the language has no article before it, the name alone ("в восьмидесятые", "في الثمانينيات"), not an age.
@pytest.mark.parametrize("text, expected", [
    ("L'industria è cresciuta negli anni ottanta.",
     [('anni ottanta', 'DATE', '198')]),
])
def test_a_decade_by_its_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day "of the month" is a day of the month in focus ("the 15th of the month", "15-го числа").
@pytest.mark.parametrize("text, expected", [
    ('Si è dimesso il 15 del mese.',
     [('15 del mese', 'DATE', '2023-03-15')]),
])
def test_a_day_of_the_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Days of the month and centuries written as ordinal words, in the forms the language writes
# ("the twenty-second of March", "am dreizehnten März", "двадцать четвёртого февраля", "dix-huitième
# siècle"); an ordinal before another noun is no day ("the twenty-second floor").
@pytest.mark.parametrize("text, expected", [
    ('Il voto si è svolto il primo marzo.',
     [('primo marzo', 'DATE', '2023-03-01')]),
    ('Fu costruito nel diciottesimo secolo.',
     [('diciottesimo secolo', 'DATE', '17')]),
    ('Fu costruito nel tredicesimo secolo.',
     [('tredicesimo secolo', 'DATE', '12')]),
    ('È la ventiduesima edizione del festival.',
     []),
    ('La tredicesima edizione apre a maggio.',
     [('maggio', 'DATE', '2023-05')]),
])
def test_a_day_or_century_in_ordinal_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day of the month written as a cardinal word after the word that makes it a day ("el veintidós de
# marzo", "le vingt-deux mars"); a number word before a month is otherwise an amount.
@pytest.mark.parametrize("text, expected", [
    ('Il vertice sarà il ventidue aprile.',
     [('ventidue aprile', 'DATE', '2023-04-22')]),
    ('Arrivò il giorno tredici marzo.',
     [('giorno tredici marzo', 'DATE', '2023-03-13')]),
    ('Ha venduto le due case a marzo.',
     [('marzo', 'DATE', '2023-03')]),
])
def test_a_day_in_cardinal_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A past verb governs a date a few short words after it ("trafen sich am", "собрались во") or
# after its subject ("اجتمع الوزراء مساء"), so a Tuesday evening in a past clause published on a
# Monday is the last one, not tomorrow.
@pytest.mark.parametrize("text, expected", [
    ('I ministri si sono riuniti martedì sera a Ginevra.',
     [('martedì sera', 'TIME', '2023-03-14TEV')]),
    ('I ministri si riunirono martedì sera a Ginevra.',
     [('martedì sera', 'TIME', '2023-03-14TEV')]),
    ('I ministri si riuniranno martedì sera a Ginevra.',
     [('martedì sera', 'TIME', '2023-03-21TEV')]),
])
def test_a_past_verb_governs_the_date_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Where the decimal mark is a comma, "1.20 minutes" is a race time, 1 minute 20 seconds; where
# it is a dot (en, ar), 1.2 minutes.
@pytest.mark.parametrize("text, expected", [
    ('Il ciclista è arrivato a 1.20 minuti dal leader.',
     [('1.20 minuti', 'DURATION', 'PT1M20S')]),
])
def test_minutes_and_seconds_after_a_dot(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A half year is a unit as a quarter is: "this semester", "the last half-year", "two semesters"
# (P12M, as "three quarters" is P9M).
@pytest.mark.parametrize("text, expected", [
    ("L'Italia presiede questo semestre il Consiglio.",
     [('questo semestre', 'DATE', '2023-H1')]),
    ('Le vendite caleranno il prossimo semestre.',
     [('il prossimo semestre', 'DATE', '2023-H2')]),
    ('Ha trascorso due semestri a Parigi.',
     [('due semestri', 'DURATION', 'P12M')]),
])
def test_a_half_year_as_a_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A bare hour after the article that names hours ("a las 10", "alle 10.30", "às 10") is a clock
# time when nothing but a part of the day or a day follows: "las 10 víctimas" and "las 7.000"
# are amounts. (en fr de ru ar name no hour by an article.)
@pytest.mark.parametrize("text, expected", [
    ('La riunione è iniziata alle 10.30.',
     [('10.30', 'TIME', '2023-03-20T10:30')]),
    ('Le 10 vittime sono state identificate.',
     []),
])
def test_a_bare_hour_after_its_article(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# An hour as a number word after the preposition that puts it on the clock (`clock.at_hour`),
# with a part of the day, the word for hours, or alone after the article that names hours;
# without the preposition the same words are an amount of time.
@pytest.mark.parametrize("text, expected", [
    ('Sono arrivati alle dieci.',
     [('dieci', 'TIME', '2023-03-20T10:00')]),
    ('Sono arrivati alle dieci di sera.',
     [('dieci di sera', 'TIME', '2023-03-20T22:00')]),
    ('Hanno lavorato per dieci ore.',
     [('dieci ore', 'DURATION', 'PT10H')]),
    ('Hanno dato la coppa alle due squadre.',
     []),
])
def test_an_hour_in_words_after_its_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# An approximator before the article ("intorno alle", "verso l'") makes a clock time.
@pytest.mark.parametrize("text, expected", [
    ('Sono arrivati intorno alle dieci.',
     [('dieci', 'TIME', '2023-03-20T10:00')]),
    ("Sono arrivati verso l'una.",
     [('una', 'TIME', '2023-03-20T01:00')]),
    ("Guardava verso l'una e l'altra parte.",
     []),
])
def test_an_approximate_hour_after_its_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A date that opens its sentence is governed by the verb of the clause it opens, even one that
# follows it: with a past verb, a month just after publication is last year's. An aside set off by
# commas ends that clause, and the nearest-cue weighing decides as before.
@pytest.mark.parametrize("text, expected", [
    ('Ad aprile, il governo ha annunciato una riforma.',
     [('aprile', 'DATE', '2022-04')]),
    ('Ad aprile, il governo annuncerà una riforma.',
     [('aprile', 'DATE', '2023-04')]),
    ('Ad aprile, secondo il giornale, il governo ha annunciato una riforma.',
     [('aprile', 'DATE', '2023-04')]),
    # The publication day itself is on both sides of it.
    ('Il 20 marzo sarà festivo.',
     [('20 marzo', 'DATE', '2023-03-20')]),
])
def test_a_date_opening_its_sentence_takes_the_tense_of_its_clause(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Both ends of a range of clock times are times, when its second end carries a half of the day or
# o'clock, the word for hours stands on both ends, or the second hour's article joins it; otherwise
# the range is an amount ("between 2 and 3 percent", "de 10 a 12 horas" of work).
@pytest.mark.parametrize("text, expected", [
    ('Il seggio è aperto dalle 10 alle 12.',
     [('10', 'TIME', '2023-03-20T10:00'), ('12', 'TIME', '2023-03-20T12:00')]),
    ('Arrivarono tra le dieci e le undici di sera.',
     [('dieci', 'TIME', '2023-03-20T22:00'), ('undici di sera', 'TIME', '2023-03-20T23:00')]),
    ('Dalle 10 alle 12 persone.',
     []),
])
def test_a_range_of_clock_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day named with its year relative to publication ("last year") or to the year last mentioned ("of
# that year") is one expression in that year; read apart, the day took the year nearest publication.
@pytest.mark.parametrize("text, expected", [
    ("Ha aperto il 3 maggio dell'anno scorso.",
     [("3 maggio dell'anno scorso", 'DATE', '2022-05-03')]),
    ("Nel 2013 ci furono combattimenti. Il 24 marzo di quell'anno crollò.",
     [('2013', 'DATE', '2013'), ("24 marzo di quell'anno", 'DATE', '2013-03-24')]),
])
def test_a_day_of_a_relative_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A range of days without their month, after the word for "day" ("del día 3 al 5"): both ends are
# days of the month in focus (English, French, German and Russian name no day by such a word).
@pytest.mark.parametrize("text, expected", [
    ('Si sono riuniti dal giorno 3 al 5 a Roma.',
     [('giorno 3', 'DATE', '2023-03-03'), ('5', 'DATE', '2023-03-05')]),
    ('È salito il giorno 3 al 5%.',
     [('giorno 3', 'DATE', '2023-03-03')]),
])
def test_a_range_of_days_without_their_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day of the month alone, in the form the language names one by (`connector.day_alone`: "on the
# 15th"; the word for day: "el día 15"; "15-го числа", "le 15 du mois"); "on the 15th floor" is none.
@pytest.mark.parametrize("text, expected", [
    ("L'hanno firmato il giorno 15.",
     [('giorno 15', 'DATE', '2023-03-15')]),
])
def test_a_day_of_the_month_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day counted forward from a date the text does not give, in a past clause ("Three days later, the
# army announced ..." opening a text), has no known value: counted from publication it would be a
# future date for a past event. In a future clause it counts from publication, after a date from it.
@pytest.mark.parametrize("text, expected", [
    ("Il giorno dopo, l'esercito ha annunciato una tregua.",
     [('Il giorno dopo', 'DATE', 'XXXX-XX-XX')]),
    ("Tre giorni dopo, l'esercito ha annunciato una tregua.",
     [('Tre giorni dopo', 'DATE', 'XXXX-XX-XX')]),
])
def test_later_than_an_unnamed_date_in_the_past(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A clock hour followed by a rate is an amount of time, not a time of day (`clock.rate`): "à 12
# heures par jour" is twelve hours a day; the hour alone after its preposition stays a clock time.
@pytest.mark.parametrize("text, expected", [
    ('Lavorano a 12 ore al giorno.',
     [('12 ore', 'DURATION', 'PT12H'), ('al giorno', 'SET', 'P1D')]),
    ('È arrivato alle 12.',
     [('12', 'TIME', '2023-03-20T12:00')]),
])
def test_hours_with_a_rate_are_an_amount(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A rate after an amount that is a count by itself ("half a million barrels a day", `set.amount`:
# no number word of two or more before it); after a word that makes an amount of time ("for a day",
# `duration.bare_after`) the article is the amount's, not a rate's.
@pytest.mark.parametrize("text, expected", [
    ("Pescano mezzo milione di tonnellate di pesce all'anno.",
     [("all'anno", 'SET', 'P1Y')]),
    ('Arrivano migliaia di migranti alla settimana.',
     [('alla settimana', 'SET', 'P1W')]),
    ('Un milione di persone ha marciato per un giorno.',
     [('un giorno', 'DURATION', 'P1D')]),
])
def test_rates_after_counts_of_things(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A clock time on a day counted from another ("at 3 p.m. the next day", "a las 12.00 al día
# siguiente") is that day's: a small word after the time is no time zone, and the hour ends its
# phrase before the counted day as before a day's name.
@pytest.mark.parametrize("text, expected", [
    ('Arrivò alle 15 del giorno dopo.',
     [('15 del giorno dopo', 'TIME', 'XXXX-XX-XXT15:00')]),
    ("Il 3 marzo l'esercito si ritirò. Tornò alle 15.30 del giorno successivo.",
     [('3 marzo', 'DATE', '2023-03-03'), ('15.30 del giorno successivo', 'TIME', '2023-03-04T15:30')]),
    ('Le 10 vittime morirono il giorno dopo.',
     [('il giorno dopo', 'DATE', 'XXXX-XX-XX')]),
])
def test_a_clock_time_on_a_counted_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Hijri dates (`[hijri]`): a full Hijri date is its Umm al-Qura Gregorian day; a month named after the
# word for month is the Gregorian month holding most of it, nearest the publication date (15 Ramadan
# 1444 = 6 April 2023; Ramadan 1444 ran 23 March - 20 April 2023); the name alone is no date (a person);
# a day without its year and a feast (by its Hijri day) are the occurrence nearest publication, as holidays.
@pytest.mark.parametrize("text, expected", [
    ("Il decreto porta la data del 15 ramadan 1444.", [("15 ramadan 1444", "DATE", "2023-04-06")]),
    ("I prezzi salgono durante il mese di Ramadan.", [("il mese di Ramadan", "DATE", "2023-04")]),
    ("Tariq Ramadan è arrivato a Ginevra.", []),
    ("Si festeggia Eid al-Fitr.", [("Eid al-Fitr", "DATE", "2023-04-21")]),
])
def test_hijri_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Day ranges (the TimeML convention of the tune gold: two dates, "del 7" + "al 11 de septiembre",
# "April 24" + "25"): the first day takes the month and year of the second; across two months the
# first takes the second's year (the year before when its month comes later).
@pytest.mark.parametrize("text, expected", [
    ("Sarà in Russia dal 20 al 22 marzo.", [("20", "DATE", "2023-03-20"), ("22 marzo", "DATE", "2023-03-22")]),
    ("La fiera si è svolta dal 30 marzo al 2 aprile 2019.", [("30 marzo", "DATE", "2019-03-30"), ("2 aprile 2019", "DATE", "2019-04-02")]),
])
def test_day_ranges(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A clock time before its weekday is that day's ("a las 10 el martes", "às 10h na terça-feira",
# "alle 10 martedì", as "10 a.m. on Tuesday"). A bare number is an hour there only after the full
# preposition of an hour ("a las", not "las": "Llegarán las 10" counts people), and not before "of"
# a day ("a las 17 del domingo" counts the dead of Sunday).
@pytest.mark.parametrize("text, expected", [
    ("La riunione sarà alle 10 martedì.", [("10 martedì", "TIME", "2023-03-21T10:00")]),
    ("Il bilancio salirà alle 10 vittime martedì.", [("martedì", "DATE", "2023-03-21")]),
])
def test_a_clock_time_before_its_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Weekday names that are also another word (`[weekday_guarded]`: pt "segunda", "quinta", which are
# ordinals) are days only right after a word that puts a day or a shift word, where the phrase ends
# or a small word follows; never before a noun ("na segunda volta", "pela sexta vez").
@pytest.mark.parametrize("text, expected", [
    ("Partirà in seconda posizione martedì.", [("martedì", "DATE", "2023-03-21")]),
])
def test_weekday_names_that_are_other_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "During the year" is the year in focus (the publication year) in every language: where the article
# is glued to the word or declined with the preposition ("خلال العام", "im Laufe des Jahres"),
# `[period] focus_before` names the words before it; a bare word that is an amount stays one
# ("خلال عام": within a year), and a rate stays no date ("10.000 Euro im Jahr").
@pytest.mark.parametrize("text, expected", [
    ("I prezzi saliranno nel corso dell'anno.", [("dell'anno", "DATE", "2023")]),
])
def test_the_year_in_focus_after_during(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A decade in two digits alone ("en los 80", "a finales de los 90", "nos 80") where a time preposition
# with the plural article comes first (`[decade] bare_before`) and no word follows, or a point of it;
# a count stays none ("Los 80 detenidos"). German writes the dative plural "in den 80ern".
@pytest.mark.parametrize("text, expected", [
    ("Negli anni 80 la voce cambiò.", [("anni 80", "DATE", "198")]),
])
def test_decades_in_two_digits(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A Hijri month named alone after a preposition of time (`[hijri] month_before`: "during Ramadan",
# "durante el Ramadán", "خلال رمضان") is the month, as after the word for month (Ramadan 1444: 23 March -
# 20 April 2023, mostly April); the name alone stays a person's.
@pytest.mark.parametrize("text, expected", [
    ("I prezzi salgono durante il Ramadan.", [("Ramadan", "DATE", "2023-04")]),
])
def test_a_hijri_month_after_a_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A perfect (auxiliary + participle: "a adopté", "ha aprobado", "tinha aprovado") is one verb: it
# governs the weekday right after it as a simple past does ("adopta mardi", "said Tuesday"), so
# the day is the one before publication (Monday 20 March) even when it is the next day, 21 March.
# Where a language has no such form, or the auxiliary takes no participle, the guards show the side.
@pytest.mark.parametrize("text, expected", [
    ("Il Senato ha approvato martedì il disegno di legge.", [("martedì", "DATE", "2023-03-14")]),
    ("Il ministro ha detto martedì che i negoziati riprenderanno.", [("martedì", "DATE", "2023-03-14")]),
    ("La polizia aveva arrestato martedì tre uomini.", [("martedì", "DATE", "2023-03-14")]),
    # "ha luogo" is a present.
    ("Il vertice ha luogo martedì.", [("martedì", "DATE", "2023-03-21")]),
])
def test_a_perfect_governs_the_weekday_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A clause opener (`[tense] clause_openers`: "that", "que", "che", "что", "إن") between a past verb and
# a date ends the verb's reach: the date belongs to the reported clause, read by its own tense or
# the nearest reading ("said that on Tuesday he will attend": the coming Tuesday, 21 March).
# "This" + weekday where it means the nearest one ("este martes") is the next day, not a week
# back, under a past verb: the publication date lagging the news by a day.
@pytest.mark.parametrize("text, expected", [
    ("Il ministro disse che martedì andrà al vertice.", [("martedì", "DATE", "2023-03-21")]),
    ("Le forze hanno lanciato questo martedì un'offensiva.", [("questo martedì", "DATE", "2023-03-21")]),
])
def test_a_clause_opener_ends_the_verbs_reach(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
