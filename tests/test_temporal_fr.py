"""French time expressions: extents, types and values anchored to the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from timex_cases import DCT, finder

found = finder("fr")


@pytest.mark.parametrize("text, expected", [
    ("L'audience aura lieu la semaine du 10 avril.", [("la semaine du 10 avril", "DATE", "2023-W15")]),
    ("La crise des années quatre-vingt-dix.", [("années quatre-vingt-dix", "DATE", "199")]),
    # Explicit and underspecified calendar dates; "dernier"/"prochain" choose the side.
    ("L'accord a été signé le 17 mars 2021.", [("17 mars 2021", "DATE", "2021-03-17")]),
    ("Les manifestations ont commencé le 25 janvier dernier.",
     [("25 janvier dernier", "DATE", "2023-01-25")]),
    ("Le scrutin aura lieu le 5 novembre prochain.", [("5 novembre prochain", "DATE", "2023-11-05")]),
    ("Le rapport est daté du 30/11/2022.", [("30/11/2022", "DATE", "2022-11-30")]),
    ("Le sommet se tiendra en mai 2024.", [("mai 2024", "DATE", "2024-05")]),
    ("Le 1er mars, des milliers de personnes ont défilé.", [("1er mars", "DATE", "2023-03-01")]),
    ("Le premier mars, ils ont défilé.", [("premier mars", "DATE", "2023-03-01")]),
    ("Les troupes se sont retirées en février dernier.", [("février dernier", "DATE", "2023-02")]),
    ("Le plan a été annoncé en mars de l'année dernière.",
     [("mars de l'année dernière", "DATE", "2022-03")]),
    ("Les combats ont repris début mars.", [("début mars", "DATE", "2023-03")]),
    ("L'économie a beaucoup changé dans les années 1990.", [("les années 1990", "DATE", "199")]),
    ("Au XXIe siècle, tout a changé.", [("XXIe siècle", "DATE", "20")]),
    # Weekdays: tense, "dernier" and "prochain".
    ("L'ambassade a été attaquée vendredi.", [("vendredi", "DATE", "2023-03-17")]),
    ("Les ministres se réuniront vendredi.", [("vendredi", "DATE", "2023-03-24")]),
    ("Lundi dernier, la trêve a été signée.", [("Lundi dernier", "DATE", "2023-03-13")]),
    ("Le gouvernement démissionnera mardi prochain.", [("mardi prochain", "DATE", "2023-03-21")]),
    ("L'explosion a eu lieu samedi soir.", [("samedi soir", "TIME", "2023-03-18TEV")]),
    # Deictic and anaphoric expressions; elided articles need no space.
    ("Les négociations se sont terminées hier.", [("hier", "DATE", "2023-03-19")]),
    ("Il arrivera demain matin.", [("demain matin", "TIME", "2023-03-21TMO")]),
    ("Il est arrivé ce matin.", [("ce matin", "TIME", "2023-03-20TMO")]),
    ("La loi a été adoptée il y a trois ans.", [("il y a trois ans", "DATE", "2020")]),
    ("Ils se sont rencontrés la semaine dernière.", [("la semaine dernière", "DATE", "2023-W11")]),
    ("Les ventes augmenteront l'année prochaine.", [("l'année prochaine", "DATE", "2024")]),
    ("Le chômage a baissé l'an dernier.", [("l'an dernier", "DATE", "2022")]),
    ("Cette année, la croissance sera faible.", [("Cette année", "DATE", "2023")]),
    ("Le président se rendra à Madrid dans deux semaines.",
     [("dans deux semaines", "DATE", "2023-W14")]),
    ("L'incendie a éclaté le 3 juin 2021. Le lendemain, il était maîtrisé.",
     [("3 juin 2021", "DATE", "2021-06-03"), ("Le lendemain", "DATE", "2021-06-04")]),
    ("Le séisme a eu lieu le 3 juin 2021. Ce jour-là, l'école était fermée.",
     [("3 juin 2021", "DATE", "2021-06-03"), ("Ce jour-là", "DATE", "2021-06-03")]),
    ("Les prix ont baissé ce mois-ci.", [("ce mois-ci", "DATE", "2023-03")]),
    # Durations.
    ("La guerre a duré près de trois ans.", [("près de trois ans", "DURATION", "P3Y")]),
    ("La trêve a tenu pendant deux ans.", [("deux ans", "DURATION", "P2Y")]),
    ("Il a régné vingt-cinq ans.", [("vingt-cinq ans", "DURATION", "P25Y")]),
    ("Les détenus sont en grève depuis plus d'un an et demi.",
     [("plus d'un an et demi", "DURATION", "P1Y6M")]),
    # Sets.
    ("Les marchés ferment chaque lundi.", [("chaque lundi", "SET", "XXXX-WXX-1")]),
    ("Tous les lundis, le marché est fermé.", [("Tous les lundis", "SET", "XXXX-WXX-1")]),
    ("Le bulletin paraît tous les jours.", [("tous les jours", "SET", "P1D")]),
    ("Ils se réunissent deux fois par semaine.", [("deux fois par semaine", "SET", "P1W")]),
    # References without a date.
    ("Les prix montent actuellement.", [("actuellement", "DATE", "PRESENT_REF")]),
    # Clock times.
    ("Le train est parti à 14 h 30.", [("14 h 30", "TIME", "2023-03-20T14:30")]),
])
def test_expressions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Le printemps arabe a renversé plusieurs régimes.",  # a name, not a season
    "Il a été élu député.",                              # "été", the participle
])
def test_non_expressions(text: str) -> None:
    assert found(text) == []


# Failure types of issue 10 (publication date Monday 2023-03-20): a day word restated by its
# weekday is one expression; cues of the clause's tense; extents.
@pytest.mark.parametrize("text, expected", [
    ("Le conseil a voté aujourd'hui, lundi, le budget.", [("aujourd'hui, lundi", "DATE", "2023-03-20")]),
    # Compound past with être is past; "dans" before a place is no future cue.
    ("Les manifestants sont descendus dans la rue samedi.", [("samedi", "DATE", "2023-03-18")]),
    ("Ils ont défilé dans le centre samedi.", [("samedi", "DATE", "2023-03-18")]),
    ("La réunion s'est déroulée vendredi à Lyon.", [("vendredi", "DATE", "2023-03-17")]),
    # An event set for a day lies ahead.
    ("La finale est prévue pour samedi.", [("samedi", "DATE", "2023-03-25")]),
    # A weekday before an ordinal day is one date; "d'après" before an event is no shift.
    ("Le vote aura lieu samedi premier avril.", [("samedi premier avril", "DATE", "2023-04-01")]),
    ("Le lundi d'après le match, l'équipe s'est reposée.", [("lundi", "DATE", "2023-03-20")]),
])
def test_restated_days_tense_cues_and_extents(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Frequencies as SET, vague references to the present and past, a month after the word "month".
@pytest.mark.parametrize("text, expected", [
    ("La réunion annuelle du conseil a eu lieu.", [("annuelle", "SET", "P1Y")]),
    ("Il l'a vu il y a peu; à l'époque il était ministre.",
     [("il y a peu", "DATE", "PAST_REF"), ("à l'époque", "DATE", "PAST_REF")]),
    ("La crise actuelle ne cède pas.", [("actuelle", "DATE", "PRESENT_REF")]),
    ("Il arrivera au mois de mai.", [("mois de mai", "DATE", "2023-05")]),
])
def test_frequencies_and_vague_references(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Issue 17: lower case, a time with its day in either order, machine-written dates, eras.
@pytest.mark.parametrize("text, expected", [
    ("Le match a eu lieu samedi à 20 heures.", [("samedi à 20 heures", "TIME", "2023-03-18T20:00")]),
    ("Il a attendu 20 heures.", [("20 heures", "DURATION", "PT20H")]),
    ("Le rapport du 19.02.10 est clair.", [("19.02.10", "DATE", "2010-02-19")]),
    ("Rome fut fondée en 753 av. J.-C.", [("753 av. J.-C.", "DATE", "BC0753")]),
    ("Le serveur a noté 2004-03-04T18:32:56.", [("2004-03-04T18:32:56", "TIME", "2004-03-04T18:32:56")]),
])
def test_beyond_newswire_style(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Issue 17: offsets composed from a day word, nth weekdays, ordinal day words, periods
# relative to the publication date.
@pytest.mark.parametrize("text, expected", [
    ("C'était deux jours avant hier.", [("deux jours avant hier", "DATE", "2023-03-17")]),
    ("Le vote a lieu le premier lundi de mai.", [("le premier lundi de mai", "DATE", "2023-05-01")]),
    # "est arrivé" governs the date: last year's May 1, as "He arrived on May 1" reads.
    ("Il est arrivé le premier mai.", [("premier mai", "DATE", "2022-05-01")]),
])
def test_composed_offsets_and_ordinal_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_without_publication_date_the_first_full_date_anchors_the_rest() -> None:
    assert found("Le festival a ouvert le 12 juillet 2014. Le 13 juillet la foule a grandi.", None) == [("12 juillet 2014", "DATE", "2014-07-12"), ("13 juillet", "DATE", "2014-07-13")]


# Issue 17: clock times in words.
@pytest.mark.parametrize("text, expected", [
    ("Il est arrivé à six heures et quart.", [("six heures et quart", "TIME", "2023-03-20T06:15")]),
    ("Il est parti à trois heures moins dix.", [("trois heures moins dix", "TIME", "2023-03-20T02:50")]),
    ("Le dîner était à neuf heures et demie.", [("neuf heures et demie", "TIME", "2023-03-20T09:30")]),
])
def test_clock_times_in_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Dates that name an event are past ones whatever the tense ("the revolution of January 25");
# in a review of the year, a yearless date after a past one of that year stays in it, while a
# future clause still reaches into the next year.
@pytest.mark.parametrize("text, words, value, dct", [
    ('Les victimes des attentats du 13 novembre seront honorées.', '13 novembre', '2022-11-13', DCT),
    ("L'Égypte fêtera la révolution du 25 janvier.", '25 janvier', '2022-01-25', dt.date(2023, 1, 10)),
    ('12 octobre : le nouveau gouvernement a pris ses fonctions. 3 mars : le Premier ministre a démissionné.', '3 mars', '2023-03-03', dt.date(2023, 12, 30)),
    ('Le vote du 10 janvier aura lieu à Paris.', '10 janvier', '2024-01-10', dt.date(2023, 12, 28)),
])
def test_event_dates_and_year_in_review(text: str, words: str, value: str, dct: dt.date) -> None:
    assert (words, value) in [(w, v) for w, _type, v in found(text, dct)]


# Compound durations are one expression; an emphatic word after an expression is part of it.
@pytest.mark.parametrize("text, expected", [
    ('Il a été condamné à deux ans et trois mois de prison.',
     [('deux ans et trois mois', 'DURATION', 'P2Y3M')]),
    ('Les débats ont duré deux heures et 30 minutes.',
     [('deux heures et 30 minutes', 'DURATION', 'PT2H30M')]),
    ("Le ministre a démissionné aujourd'hui même.",
     [("aujourd'hui même", 'DATE', '2023-03-20')]),
])
def test_compound_durations_and_emphatic_extents(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A period of a year named relative to publication ("of this year") or in focus ("the same period of
# 1999") is one expression; a day naming a street is none, nor someone's future; a rate needs an amount.
@pytest.mark.parametrize("text, expected", [
    ("L'usine ouvrira au second semestre de l'an prochain.",
     [("second semestre de l'an prochain", 'DATE', '2024-H2')]),
    ('Le bénéfice a augmenté au troisième trimestre. Il avait baissé sur la même période de 1999.',
     [('troisième trimestre', 'DATE', '2022-Q3'), ('la même période de 1999', 'DATE', '1999-Q3')]),
    ('Le cortège a remonté la rue du 4 Septembre.',
     []),
    ("L'avenir de la zone euro inquiète, mais à l'avenir tout ira mieux.",
     [("à l'avenir", 'DATE', 'FUTURE_REF')]),
])
def test_periods_of_a_year_places_and_non_references(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Past tenses read from irregular participles and endings ("si è dimesso", "si sono conclusi",
# "concluyeron", "zurückgetreten", "ушёл"); movable feasts by their distance from Easter.
@pytest.mark.parametrize("text, expected", [
    ('Les pourparlers se sont conclus vendredi.',
     [('vendredi', 'DATE', '2023-03-17')]),
    ('Le lundi de Pentecôte a été férié.',
     [('lundi de Pentecôte', 'DATE', '2023-05-29')]),
])
def test_irregular_past_tenses_and_movable_feasts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Two months before one year share it (the first the year before if it comes later); an amount
# before a comma still counts; Spanish TimeML: vague "hace meses" is the stretch PXM, the count
# goes before "últimos" ("los cinco últimos años"), prepositions stay outside the extent.
@pytest.mark.parametrize("text, expected", [
    ('Les ventes ont augmenté entre janvier et mars 1998, selon le rapport.',
     [('janvier', 'DATE', '1998-01'), ('mars 1998', 'DATE', '1998-03')]),
    ('Il a gagné lors des cinq dernières années.',
     [('cinq dernières années', 'DURATION', 'P5Y')]),
    ('Il a été accusé il y a quelques jours.',
     [('il y a quelques jours', 'DATE', 'PAST_REF')]),
])
def test_month_ranges_amounts_and_vague_spans(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "At that moment": a reference to the past.
@pytest.mark.parametrize("text, expected", [
    ('À ce moment-là, personne ne savait rien.',
     [('À ce moment-là', 'DATE', 'PAST_REF')]),
])
def test_at_that_moment(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day range whose second day takes an article or the word for day ("entre el 5 y el 6 de junio"):
# the first day takes the month of the second.
@pytest.mark.parametrize("text, expected", [
    ('Ils se réuniront entre le 5 et le 6 juin.',
     [('5', 'DATE', '2023-06-05'), ('6 juin', 'DATE', '2023-06-06')]),
])
def test_day_ranges_with_articles(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "The first days of August" is the start of the month.
@pytest.mark.parametrize("text, expected", [
    ("Les négociations reprendront dans les premiers jours d'août.",
     [("les premiers jours d'août", 'DATE', '2023-08')]),
])
def test_first_days_of_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Clock times of a listing, bare in brackets ("(21.30, TV-3)") or in lower-case GMT; "the past"
# as a noun (not before a day it shifts); a frequency adjective after an article is a noun
# (newspapers); a local clock time is not an amount of hours.
@pytest.mark.parametrize("text, expected", [
    ('Le match sera diffusé en direct (21.30, France 2).',
     [('21.30', 'TIME', '2023-03-20T21:30')]),
    ("L'avion a atterri à 8.15 heure locale (07.15 gmt).",
     [('8.15 heure locale', 'TIME', '2023-03-20T08:15'), ('07.15 gmt', 'TIME', '2023-03-20T07:15Z')]),
    ('Le billet a coûté (12.40) euros.',
     []),
    ('Les erreurs du passé pèsent encore.',
     [('du passé', 'DATE', 'PAST_REF')]),
    ('Les quotidiens économiques titrent sur la grève.',
     []),
    ("C'est une dose quotidienne.",
     [('quotidienne', 'SET', 'P1D')]),
])
def test_listed_clock_times_the_past_and_newspapers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A plural unit alone after two words that make it a stretch ("después de años", "pendant des
# années"); "to date" is the publication day; "at any moment" lies ahead.
@pytest.mark.parametrize("text, expected", [
    ('Après des années de guerre, la paix est revenue.',
     [('années', 'DURATION', 'PXY')]),
    ("À ce jour, personne n'a gagné.",
     [('À ce jour', 'DATE', '2023-03-20')]),
    ("L'usine peut rouvrir à tout moment.",
     [('à tout moment', 'DATE', 'FUTURE_REF')]),
])
def test_vague_spans_to_date_and_any_moment(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A phrase that is a stretch of time of unknown length by itself ("hace tiempo", "da tempo"): PXM.
@pytest.mark.parametrize("text, expected", [
    ('La direction vit ce schisme depuis quelque temps.',
     [('depuis quelque temps', 'DURATION', 'PXM')]),
    ("Il n'y a pas longtemps, le président disait le contraire.",
     [("Il n'y a pas longtemps", 'DURATION', 'PXM')]),
])
def test_vague_durations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "The same period" after a preposition fused with its article ("al", "nello", "au", "no"), and
# joined to "of last year" by the word for "of": the period in focus, a year back.
@pytest.mark.parametrize("text, expected", [
    ('Les ventes ont progressé par rapport au même trimestre de 1999.',
     [('au même trimestre de 1999', 'DATE', '1999-Q4')]),
    ("Les ventes ont progressé par rapport à la même période de l'année dernière.",
     [("la même période de l'année dernière", 'DATE', '2021-Q4')]),
])
def test_same_period_after_a_contracted_article(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A plural "next"/"last" after a range of days places both days ("del 2 al 28 de abril próximos").
@pytest.mark.parametrize("text, expected", [
    ('Il jouera du 2 au 28 avril prochains à Paris.',
     [('2', 'DATE', '2023-04-02'), ('28 avril prochains', 'DATE', '2023-04-28')]),
    ('Ils ont eu lieu les 5 et 6 mai derniers.',
     [('5', 'DATE', '2022-05-05'), ('6 mai derniers', 'DATE', '2022-05-06')]),
])
def test_day_ranges_with_a_plural_shift(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day counted from another ("the next day", "the eve") followed by "of" and that day is counted
# from it, not from the date mentioned before; after a comma the day is named again, not the anchor.
@pytest.mark.parametrize("text, expected", [
    ("Le lendemain du 11 septembre, l'acteur était en difficulté.",
     [('Le lendemain', 'DATE', '2022-09-12'), ('11 septembre', 'DATE', '2022-09-11')]),
    ('La veille du 5 mai, il y a eu des manifestations.',
     [('La veille', 'DATE', '2023-05-04'), ('5 mai', 'DATE', '2023-05-05')]),
])
def test_a_day_counted_from_the_day_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A point of a decade ("a mediados de los noventa", "alla fine degli anni novanta", "au milieu des
# années 90", "em meados dos anos noventa"); a decade named by a number only when no noun follows.
@pytest.mark.parametrize("text, expected", [
    ("Au milieu des années quatre-vingt-dix, l'économie a crû.",
     [('Au milieu des années quatre-vingt-dix', 'DATE', '199')]),
    ('À la fin des années 80, il a grandi.',
     [('À la fin des années 80', 'DATE', '198')]),
])
def test_points_of_a_decade(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "Of the year" with a contracted article is the year in focus ("el resto del año"), unless a
# shift follows ("del año pasado") or the article is the rate's ("al año").
@pytest.mark.parametrize("text, expected", [
    ("Le reste de l'année sera dur.",
     [("l'année", 'DATE', '2023')]),
    ('On consomme 6 kilos de café par personne par an.',
     [('par an', 'SET', 'P1Y')]),
])
def test_the_year_after_a_contracted_article(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A fiscal year named alone after a shift word ("el pasado ejercicio", "lo scorso esercizio") is a year.
@pytest.mark.parametrize("text, expected", [
    ('La croissance ralentira au cours du prochain exercice.',
     [('prochain exercice', 'DATE', '2024')]),
])
def test_a_fiscal_year_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "That same day" and "the next day" count from the last day mentioned, even when a year was
# mentioned after it ("in 2016"), not from the publication date.
@pytest.mark.parametrize("text, expected", [
    ('Il a été arrêté le 5 octobre 2019. Son frère, emprisonné en 2016, a été condamné le même jour.',
     [('5 octobre 2019', 'DATE', '2019-10-05'), ('2016', 'DATE', '2016'), ('le même jour', 'DATE', '2019-10-05')]),
    ('Il a été arrêté le 5 octobre 2019. Son frère, emprisonné en 2016, a été libéré le lendemain.',
     [('5 octobre 2019', 'DATE', '2019-10-05'), ('2016', 'DATE', '2016'), ('le lendemain', 'DATE', '2019-10-06')]),
])
def test_that_day_after_a_coarser_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# The word for year, "of" and a year in digits are one year ("el año de 2016"), not the year in
# focus followed by 2016.
@pytest.mark.parametrize("text, expected", [
    ("C'est arrivé en l'an de 2016.",
     [("l'an de 2016", 'DATE', '2016')]),
])
def test_the_year_of_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected



# A clock time "of" a day is a time on that day ("minuit du 3 mars"), not on the publication date.
@pytest.mark.parametrize("text, expected", [
    ('Le cessez-le-feu a commencé à minuit du 3 mars.',
     [('minuit du 3 mars', 'TIME', '2023-03-03T24:00')]),
])
def test_a_clock_time_of_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# An all-numeric date whose first or second number cannot be the month is read the other way round.
@pytest.mark.parametrize("text, expected", [
    ('La lettre est datée du 03/14/2023.',
     [('03/14/2023', 'DATE', '2023-03-14')]),
])
def test_numeric_date_read_the_only_possible_way(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected



# A century in Roman numerals before its noun, with or without the ordinal's ending.
@pytest.mark.parametrize("text, expected", [
    ("C'est la pire guerre du XXIe siècle.",
     [('XXIe siècle', 'DATE', '20')]),
])
def test_century_in_roman_numerals_before_its_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A point of the month or year without a shift word ("the end of the month") is one of the
# publication's month or year; "fin de semana" stays the weekend.
@pytest.mark.parametrize("text, expected", [
    ('Il est venu au début du mois.',
     [('au début du mois', 'DATE', '2023-03')]),
    ('Il est venu à la fin du mois.',
     [('à la fin du mois', 'DATE', '2023-03')]),
])
def test_a_point_of_the_month_or_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# An amount before "after" and an event ("three months after the election") is a stretch of
# time, not a date counted from the publication date; "three years later" alone still counts
# from the date mentioned last.
@pytest.mark.parametrize("text, expected", [
    ("Trois mois après l'élection, il a démissionné.",
     [('Trois mois', 'DURATION', 'P3M')]),
    ('Deux jours avant le scrutin, il a parlé.',
     [('Deux jours', 'DURATION', 'P2D')]),
    ('Il est parti en 2015. Trois ans après, il est revenu.',
     [('2015', 'DATE', '2015'), ('Trois ans après', 'DATE', '2018')]),
])
def test_an_amount_after_an_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A point of the week is one of the publication week ("early in the week"), except where the
# word for the weekend is "end of the week" ("fin de semana", "fim de semana", "fine settimana").
@pytest.mark.parametrize("text, expected", [
    ('La réunion aura lieu en fin de semaine.',
     [('fin de semaine', 'DATE', '2023-W12')]),
])
def test_a_point_of_the_week(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Half and one and a half of a unit, however the language writes them.
@pytest.mark.parametrize("text, expected", [
    ('Il a attendu une demi-heure.',
     [('une demi-heure', 'DURATION', 'PT30M')]),
])
def test_half_a_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A word that halves anything is half a year only with the year after it.
@pytest.mark.parametrize("text, expected", [
    ("La croissance a ralenti dans la seconde moitié de l'année dernière.",
     [("la seconde moitié de l'année dernière", 'DATE', '2022-H2')]),
    ('Les ventes ont augmenté dans la première moitié de 2021.',
     [('la première moitié de 2021', 'DATE', '2021-H1')]),
    ('Il a marqué en seconde moitié.',
     []),
    ('Il a plu dans la première moitié de mars.',
     [('mars', 'DATE', '2023-03')]),
])
def test_a_half_of_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Weekends in the plural are a habit (a SET), one weekend a date.
@pytest.mark.parametrize("text, expected", [
    ('Le magasin ouvre les week-ends.',
     [('week-ends', 'SET', 'XXXX-WXX-WE')]),
    ('Le magasin a ouvert le week-end dernier.',
     [('le week-end dernier', 'DATE', '2023-W11-WE')]),
])
def test_weekends_in_the_plural_are_a_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# The weekend with the shift word after it is the weekend it names, one expression ("el fin de semana pasado": not the end of last week).
@pytest.mark.parametrize("text, expected", [
    ('Le magasin a ouvert le week-end dernier.',
     [('le week-end dernier', 'DATE', '2023-W11-WE')]),
    ('Le magasin ouvrira le week-end prochain.',
     [('le week-end prochain', 'DATE', '2023-W13-WE')]),
])
def test_the_weekend_with_a_shift_word_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A set phrase in the present that opens with the auxiliary of the past ("a lieu", "ha luogo", "ha de") is no past cue.
@pytest.mark.parametrize("text, expected", [
    ('Le sommet a lieu jeudi.',
     [('jeudi', 'DATE', '2023-03-23')]),
    ('Le sommet a eu lieu jeudi.',
     [('jeudi', 'DATE', '2023-03-16')]),
    ("Les partis ont besoin d'un accord avant jeudi.",
     [('jeudi', 'DATE', '2023-03-23')]),
])
def test_a_present_phrase_with_a_past_auxiliary(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A holiday named in a phrase whose name is the capitalized word ("dia de Natal", "am ersten Weihnachtstag").
@pytest.mark.parametrize("text, expected", [
    ('Le défilé a lieu le jour de Noël.',
     [('jour de Noël', 'DATE', '2023-12-25')]),
])
def test_a_holiday_named_in_a_phrase(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# The past few units, an amount of time up to now, however the language orders the number ("الأيام الثلاثة الماضية": the number after the unit) or counts two (the dual).
@pytest.mark.parametrize("text, expected", [
    ('Les prix ont augmenté au cours des trois derniers jours.',
     [('trois derniers jours', 'DURATION', 'P3D')]),
    ('Les prix ont augmenté au cours des deux dernières semaines.',
     [('deux dernières semaines', 'DURATION', 'P2W')]),
])
def test_the_past_few_units(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A weekday and a part of the day, also in one word ("Donnerstagabend"; "Sonnabend" is Saturday).
@pytest.mark.parametrize("text, expected", [
    ('Ils se sont réunis jeudi soir.',
     [('jeudi soir', 'TIME', '2023-03-16TEV')]),
])
def test_a_weekday_evening(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# An amount before or after an event or a day is the stretch of time ("قبل يومين من التصويت": not two days ago).
@pytest.mark.parametrize("text, expected", [
    ('Il a démissionné deux jours avant le vote.',
     [('deux jours', 'DURATION', 'P2D')]),
    ('Les prix ont augmenté une semaine après le 1er mai.',
     [('une semaine', 'DURATION', 'P1W'), ('1er mai', 'DATE', '2023-05-01')]),
])
def test_an_amount_before_or_after_a_day_or_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# In one unit from now; without articles the unit alone is one ("через неделю").
@pytest.mark.parametrize("text, expected", [
    ('Le sommet aura lieu dans une semaine.',
     [('dans une semaine', 'DATE', '2023-W13')]),
])
def test_in_one_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A century by its ordinal, also in words and after the noun ("القرن التاسع عشر", "siglo vigésimo primero").
@pytest.mark.parametrize("text, expected", [
    ('Il a été construit au XIXe siècle.',
     [('XIXe siècle', 'DATE', '18')]),
    ('Il a été construit au vingt et unième siècle.',
     [('vingt et unième siècle', 'DATE', '20')]),
])
def test_a_century_by_its_ordinal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A decade by its name; where the language has no article before it, the name alone ("в восьмидесятые", "في الثمانينيات"), not an age.
@pytest.mark.parametrize("text, expected", [
    ("L'industrie a prospéré dans les années quatre-vingt.",
     [('les années quatre-vingt', 'DATE', '198')]),
])
def test_a_decade_by_its_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day "of the month" is a day of the month in focus ("the 15th of the month", "15-го числа").
@pytest.mark.parametrize("text, expected", [
    ('Il a démissionné le 15 du mois.',
     [('15 du mois', 'DATE', '2023-03-15')]),
    ('Le loyer est dû le premier du mois.',
     [('premier du mois', 'DATE', '2023-04-01')]),
])
def test_a_day_of_the_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Days of the month and centuries written as ordinal words, in the forms the language writes
# ("the twenty-second of March", "am dreizehnten März", "двадцать четвёртого февраля", "dix-huitième
# siècle"); an ordinal before another noun is no day ("the twenty-second floor").
@pytest.mark.parametrize("text, expected", [
    ('Le vote a eu lieu le premier mars.',
     [('premier mars', 'DATE', '2023-03-01')]),
    ('Il fut construit au dix-huitième siècle.',
     [('dix-huitième siècle', 'DATE', '17')]),
    ('Il fut construit au treizième siècle.',
     [('treizième siècle', 'DATE', '12')]),
    ("C'est la vingt-deuxième édition du festival.",
     []),
    ('La treizième édition ouvre en mai.',
     [('mai', 'DATE', '2023-05')]),
])
def test_a_day_or_century_in_ordinal_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day of the month written as a cardinal word after the word that makes it a day ("el veintidós de
# marzo", "le vingt-deux mars"); a number word before a month is otherwise an amount.
@pytest.mark.parametrize("text, expected", [
    ('Le sommet aura lieu le vingt-deux avril.',
     [('vingt-deux avril', 'DATE', '2023-04-22')]),
    ('Le vote a eu lieu le trente et un janvier.',
     [('trente et un janvier', 'DATE', '2023-01-31')]),
    ('Il a vendu les deux maisons en mars.',
     [('mars', 'DATE', '2023-03')]),
])
def test_a_day_in_cardinal_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A past verb governs a date a few short words after it ("trafen sich am", "собрались во") or
# after its subject ("اجتمع الوزراء مساء"), so a Tuesday evening in a past clause published on a
# Monday is the last one, not tomorrow.
@pytest.mark.parametrize("text, expected", [
    ('Les ministres se sont réunis mardi soir à Genève.',
     [('mardi soir', 'TIME', '2023-03-14TEV')]),
    ('Les ministres se rencontrèrent mardi soir à Genève.',
     [('mardi soir', 'TIME', '2023-03-14TEV')]),
    ('Les ministres se réuniront mardi soir à Genève.',
     [('mardi soir', 'TIME', '2023-03-21TEV')]),
])
def test_a_past_verb_governs_the_date_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Where the decimal mark is a comma, "1.20 minutes" is a race time, 1 minute 20 seconds; where
# it is a dot (en, ar), 1.2 minutes.
@pytest.mark.parametrize("text, expected", [
    ('Le coureur est arrivé à 1.20 minute du leader.',
     [('1.20 minute', 'DURATION', 'PT1M20S')]),
])
def test_minutes_and_seconds_after_a_dot(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A half year is a unit as a quarter is: "this semester", "the last half-year", "two semesters"
# (P12M, as "three quarters" is P9M).
@pytest.mark.parametrize("text, expected", [
    ('La France préside ce semestre le Conseil.',
     [('ce semestre', 'DATE', '2023-H1')]),
    ('Le gouvernement a adopté le plan le semestre dernier.',
     [('le semestre dernier', 'DATE', '2022-H2')]),
    ('Il a passé deux semestres à Paris.',
     [('deux semestres', 'DURATION', 'P12M')]),
])
def test_a_half_year_as_a_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# An hour as a number word after the preposition that puts it on the clock (`clock.at_hour`),
# with a part of the day, the word for hours, or alone after the article that names hours;
# without the preposition the same words are an amount of time.
@pytest.mark.parametrize("text, expected", [
    ('Ils sont arrivés à dix heures.',
     [('dix heures', 'TIME', '2023-03-20T10:00')]),
    ('Ils sont arrivés à dix heures du soir.',
     [('dix heures du soir', 'TIME', '2023-03-20T22:00')]),
    ('Ils ont marché pendant dix heures.',
     [('dix heures', 'DURATION', 'PT10H')]),
    ('Le village est à dix heures de route.',
     [('dix heures', 'DURATION', 'PT10H')]),
])
def test_an_hour_in_words_after_its_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "vers" before an hour with "heures" is "around" a clock time, in digits as in words; "environ"
# is "about" an amount.
@pytest.mark.parametrize("text, expected", [
    ('Ils sont arrivés vers 10 heures.',
     [('10 heures', 'TIME', '2023-03-20T10:00')]),
    ('Ils sont arrivés vers dix heures.',
     [('dix heures', 'TIME', '2023-03-20T10:00')]),
    ('Ils ont marché environ dix heures.',
     [('dix heures', 'DURATION', 'PT10H')]),
    ('Le bureau ouvre vers 10 heures à 11 heures.',
     [('10 heures', 'TIME', '2023-03-20T10:00'), ('11 heures', 'TIME', '2023-03-20T11:00')]),
])
def test_an_approximate_or_digit_hour_after_vers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A date that opens its sentence is governed by the verb of the clause it opens, even one that
# follows it: with a past verb, a month just after publication is last year's. An aside set off by
# commas ends that clause, and the nearest-cue weighing decides as before.
@pytest.mark.parametrize("text, expected", [
    ('En avril, le gouvernement a annoncé une réforme.',
     [('avril', 'DATE', '2022-04')]),
    ('En avril, le gouvernement annoncera une réforme.',
     [('avril', 'DATE', '2023-04')]),
    ('En avril, selon le journal, le gouvernement a annoncé une réforme.',
     [('avril', 'DATE', '2023-04')]),
    # The publication day itself is on both sides of it.
    ('Le 20 mars sera férié.',
     [('20 mars', 'DATE', '2023-03-20')]),
])
def test_a_date_opening_its_sentence_takes_the_tense_of_its_clause(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Both ends of a range of clock times are times, when its second end carries a half of the day or
# o'clock, the word for hours stands on both ends, or the second hour's article joins it; otherwise
# the range is an amount ("between 2 and 3 percent", "de 10 a 12 horas" of work).
@pytest.mark.parametrize("text, expected", [
    ("Entre deux et trois heures de l'après-midi.",
     [('deux', 'TIME', '2023-03-20T14:00'), ("trois heures de l'après-midi", 'TIME', '2023-03-20T15:00')]),
    ('Le musée ouvre de 10 heures à 12 heures.',
     [('10 heures', 'TIME', '2023-03-20T10:00'), ('12 heures', 'TIME', '2023-03-20T12:00')]),
    ('Ils attendent entre 10 et 12 heures.',
     [('12 heures', 'DURATION', 'PT12H')]),
])
def test_a_range_of_clock_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day named with its year relative to publication ("last year") or to the year last mentioned ("of
# that year") is one expression in that year; read apart, the day took the year nearest publication.
@pytest.mark.parametrize("text, expected", [
    ("Il a ouvert le 3 mai de l'année dernière.",
     [("3 mai de l'année dernière", 'DATE', '2022-05-03')]),
    ("Il a ouvert le 3 mai l'an dernier.",
     [("3 mai l'an dernier", 'DATE', '2022-05-03')]),
    ('En 2013, il y a eu des combats. Le 3 mars de cette année-là, il est tombé.',
     [('2013', 'DATE', '2013'), ('3 mars de cette année-là', 'DATE', '2013-03-03')]),
    ('En 2013, il y a eu des combats. En mars de cette année-là, il est tombé.',
     [('2013', 'DATE', '2013'), ('mars de cette année-là', 'DATE', '2013-03')]),
])
def test_a_day_of_a_relative_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day of the month alone, in the form the language names one by (`connector.day_alone`: "on the
# 15th"; the word for day: "el día 15"; "15-го числа", "le 15 du mois"); "on the 15th floor" is none.
@pytest.mark.parametrize("text, expected", [
    ("Ils l'ont signé le 15 du mois.",
     [('15 du mois', 'DATE', '2023-03-15')]),
    ('Il faut appeler le 15.',
     []),
])
def test_a_day_of_the_month_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day counted forward from a date the text does not give, in a past clause ("Three days later, the
# army announced ..." opening a text), has no known value: counted from publication it would be a
# future date for a past event. In a future clause it counts from publication, after a date from it.
@pytest.mark.parametrize("text, expected", [
    ("Le lendemain, l'armée a annoncé une trêve.",
     [('Le lendemain', 'DATE', 'XXXX-XX-XX')]),
    ("Trois jours plus tard, l'armée a annoncé une trêve.",
     [('Trois jours plus tard', 'DATE', 'XXXX-XX-XX')]),
])
def test_later_than_an_unnamed_date_in_the_past(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A clock hour followed by a rate is an amount of time, not a time of day (`clock.rate`): "à 12
# heures par jour" is twelve hours a day; the hour alone after its preposition stays a clock time.
@pytest.mark.parametrize("text, expected", [
    ('Ils travaillent à 12 heures par jour.',
     [('12 heures', 'DURATION', 'PT12H'), ('par jour', 'SET', 'P1D')]),
    ('Ils travaillent à douze heures par semaine.',
     [('douze heures', 'DURATION', 'PT12H'), ('par semaine', 'SET', 'P1W')]),
    ('Il est arrivé à 12 heures.',
     [('12 heures', 'TIME', '2023-03-20T12:00')]),
    ('Le magasin ouvre à 8 heures chaque jour.',
     [('8 heures', 'TIME', '2023-03-20T08:00'), ('chaque jour', 'SET', 'P1D')]),
])
def test_hours_with_a_rate_are_an_amount(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A rate after an amount that is a count by itself ("half a million barrels a day", `set.amount`:
# no number word of two or more before it); after a word that makes an amount of time ("for a day",
# `duration.bare_after`) the article is the amount's, not a rate's.
@pytest.mark.parametrize("text, expected", [
    ('Ils pompent un demi-million de barils par jour.',
     [('par jour', 'SET', 'P1D')]),
    ('Un million de personnes ont défilé pendant un jour.',
     [('un jour', 'DURATION', 'P1D')]),
])
def test_rates_after_counts_of_things(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A clock time on a day counted from another ("at 3 p.m. the next day", "a las 12.00 al día
# siguiente") is that day's: a small word after the time is no time zone, and the hour ends its
# phrase before the counted day as before a day's name.
@pytest.mark.parametrize("text, expected", [
    ('Il est arrivé à 15 heures le lendemain.',
     [('15 heures le lendemain', 'TIME', 'XXXX-XX-XXT15:00')]),
])
def test_a_clock_time_on_a_counted_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Hijri dates (`[hijri]`): a full Hijri date is its Umm al-Qura Gregorian day; a month named after the
# word for month is the Gregorian month holding most of it, nearest the publication date (15 Ramadan
# 1444 = 6 April 2023; Ramadan 1444 ran 23 March - 20 April 2023); the name alone is no date (a person);
# a day without its year and a feast (by its Hijri day) are the occurrence nearest publication, as holidays.
@pytest.mark.parametrize("text, expected", [
    ("Le décret est daté du 1er chawwal 1444 de l'hégire.", [("1er chawwal 1444 de l'hégire", "DATE", "2023-04-21")]),
    ("Les prix montent pendant le mois de ramadan.", [("le mois de ramadan", "DATE", "2023-04")]),
    ("Tariq Ramadan est arrivé à Paris.", []),
    ("Les musulmans fêteront l'Aïd el-Fitr.", [("Aïd el-Fitr", "DATE", "2023-04-21")]),
])
def test_hijri_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Day ranges (the TimeML convention of the tune gold: two dates, "del 7" + "al 11 de septiembre",
# "April 24" + "25"): the first day takes the month and year of the second; across two months the
# first takes the second's year (the year before when its month comes later).
@pytest.mark.parametrize("text, expected", [
    ("Il se rendra en Russie du 20 au 22 mars.", [("20", "DATE", "2023-03-20"), ("22 mars", "DATE", "2023-03-22")]),
    ("Le salon a eu lieu du 30 mars au 2 avril 2019.", [("30 mars", "DATE", "2019-03-30"), ("2 avril 2019", "DATE", "2019-04-02")]),
])
def test_day_ranges(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A clock time before its weekday is that day's ("a las 10 el martes", "às 10h na terça-feira",
# "alle 10 martedì", as "10 a.m. on Tuesday"). A bare number is an hour there only after the full
# preposition of an hour ("a las", not "las": "Llegarán las 10" counts people), and not before "of"
# a day ("a las 17 del domingo" counts the dead of Sunday).
@pytest.mark.parametrize("text, expected", [
    ("La réunion aura lieu à 10 heures ce mardi.", [("10 heures ce mardi", "TIME", "2023-03-21T10:00")]),
    ("Le bilan passera à 10 mardi.", [("mardi", "DATE", "2023-03-21")]),
])
def test_a_clock_time_before_its_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Weekday names that are also another word (`[weekday_guarded]`: pt "segunda", "quinta", which are
# ordinals) are days only right after a word that puts a day or a shift word, where the phrase ends
# or a small word follows; never before a noun ("na segunda volta", "pela sexta vez").
@pytest.mark.parametrize("text, expected", [
    ("Il partira en deuxième position mardi.", [("mardi", "DATE", "2023-03-21")]),
])
def test_weekday_names_that_are_other_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "During the year" is the year in focus (the publication year) in every language: where the article
# is glued to the word or declined with the preposition ("خلال العام", "im Laufe des Jahres"),
# `[period] focus_before` names the words before it; a bare word that is an amount stays one
# ("خلال عام": within a year), and a rate stays no date ("10.000 Euro im Jahr").
@pytest.mark.parametrize("text, expected", [
    ("Les prix augmenteront au cours de l'année.", [("l'année", "DATE", "2023")]),
])
def test_the_year_in_focus_after_during(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A decade in two digits alone ("en los 80", "a finales de los 90", "nos 80") where a time preposition
# with the plural article comes first (`[decade] bare_before`) and no word follows, or a point of it;
# a count stays none ("Los 80 detenidos"). German writes the dative plural "in den 80ern".
@pytest.mark.parametrize("text, expected", [
    ("Dans les années 80, sa voix a changé.", [("les années 80", "DATE", "198")]),
])
def test_decades_in_two_digits(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A Hijri month named alone after a preposition of time (`[hijri] month_before`: "during Ramadan",
# "durante el Ramadán", "خلال رمضان") is the month, as after the word for month (Ramadan 1444: 23 March -
# 20 April 2023, mostly April); the name alone stays a person's.
@pytest.mark.parametrize("text, expected", [
    ("Les prix augmentent pendant le ramadan.", [("ramadan", "DATE", "2023-04")]),
])
def test_a_hijri_month_after_a_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A perfect (auxiliary + participle: "a adopté", "ha aprobado", "tinha aprovado") is one verb: it
# governs the weekday right after it as a simple past does ("adopta mardi", "said Tuesday"), so
# the day is the one before publication (Monday 20 March) even when it is the next day, 21 March.
# Where a language has no such form, or the auxiliary takes no participle, the guards show the side.
@pytest.mark.parametrize("text, expected", [
    ("Le Sénat a adopté mardi le projet de loi.", [("mardi", "DATE", "2023-03-14")]),
    ("Le ministre a déclaré mardi que les négociations reprendront.", [("mardi", "DATE", "2023-03-14")]),
    # "a prévu": the participle is a plan, the day ahead; "a lieu" is a present.
    ("Le gouvernement a prévu mardi un vote.", [("mardi", "DATE", "2023-03-21")]),
    ("Le vote a lieu mardi.", [("mardi", "DATE", "2023-03-21")]),
])
def test_a_perfect_governs_the_weekday_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A clause opener (`[tense] clause_openers`: "that", "que", "che", "что", "إن") between a past verb and
# a date ends the verb's reach: the date belongs to the reported clause, read by its own tense or
# the nearest reading ("said that on Tuesday he will attend": the coming Tuesday, 21 March).
# "This" + weekday where it means the nearest one ("este martes") is the next day, not a week
# back, under a past verb: the publication date lagging the news by a day.
@pytest.mark.parametrize("text, expected", [
    ("Le ministre a dit que mardi il ira au sommet.", [("mardi", "DATE", "2023-03-21")]),
    ("Les forces ont lancé ce mardi une offensive.", [("ce mardi", "DATE", "2023-03-21")]),
])
def test_a_clause_opener_ends_the_verbs_reach(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
