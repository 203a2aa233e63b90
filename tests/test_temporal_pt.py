"""Portuguese time expressions: extents, types and values anchored to the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from timex_cases import DCT, finder

from dateline.temporal import infer_date, tag, tagger_for

found = finder("pt")


@pytest.mark.parametrize("text, expected", [
    ("A audiência será na semana de 10 de abril.", [("semana de 10 de abril", "DATE", "2023-W15")]),
    # Explicit and underspecified calendar dates, European and Brazilian spellings.
    ("O acordo de paz foi assinado a 17 de março de 2021.", [("17 de março de 2021", "DATE", "2021-03-17")]),
    ("A central sindical prepara uma grande marcha para o 1.º de Maio.", [("1.º de Maio", "DATE", "2023-05-01")]),
    ("O decreto entra em vigor no dia 1º de abril.", [("dia 1º de abril", "DATE", "2023-04-01")]),
    ("O relatório da auditoria tem data de 30/11/2022.", [("30/11/2022", "DATE", "2022-11-30")]),
    ("O parlamento aprovou a reforma em Março de 2021.", [("Março de 2021", "DATE", "2021-03")]),
    # A day without its month: the month in focus, else the one its side or tense points at.
    ("No passado dia 21, os estivadores entraram em greve.", [("passado dia 21", "DATE", "2023-02-21")]),
    ("A votação final ficou para o próximo dia 5.", [("próximo dia 5", "DATE", "2023-04-05")]),
    ("A cheia começou a 12 de janeiro e no dia 15 as águas baixaram.",
     [("12 de janeiro", "DATE", "2023-01-12"), ("dia 15", "DATE", "2023-01-15")]),
    ("O Governo apresentou o plano em março do ano passado.", [("março do ano passado", "DATE", "2022-03")]),
    ("No passado mês de fevereiro houve cheias no Algarve.", [("passado mês de fevereiro", "DATE", "2023-02")]),
    ("Os combustíveis ficaram mais caros no início de março.", [("início de março", "DATE", "2023-03")]),
    ("As obras da ponte devem terminar em meados de maio.", [("meados de maio", "DATE", "2023-05")]),
    ("A construtora declarou falência no final de 2022.", [("final de 2022", "DATE", "2022")]),
    # Decades, quarters, seasons, centuries.
    ("A economia do país cresceu muito nos anos 90.", [("anos 90", "DATE", "199")]),
    ("Na década de 1980 o país aderiu à CEE.", [("década de 1980", "DATE", "198")]),
    ("Nos anos noventa a fábrica fechou; a greve durou noventa dias.",
     [("anos noventa", "DATE", "199"), ("noventa dias", "DURATION", "P90D")]),
    ("As exportações caíram no terceiro trimestre de 2022.", [("terceiro trimestre de 2022", "DATE", "2022-Q3")]),
    ("No verão de 2022 arderam milhares de hectares.", [("verão de 2022", "DATE", "2022-SU")]),
    ("O mosteiro foi construído no século XVI.", [("século XVI", "DATE", "15")]),
    # Weekdays: tense, "passado"/"próximo", and "nesta" (the nearest one).
    ("O embaixador foi atacado na sexta-feira.", [("sexta-feira", "DATE", "2023-03-17")]),
    ("Os ministros vão reunir-se na sexta-feira.", [("sexta-feira", "DATE", "2023-03-24")]),
    ("A cimeira está marcada para quarta-feira.", [("quarta-feira", "DATE", "2023-03-22")]),
    ("Na sexta-feira passada o ministro demitiu-se.", [("sexta-feira passada", "DATE", "2023-03-17")]),
    ("O tribunal decidiu no passado sábado libertar os arguidos.", [("passado sábado", "DATE", "2023-03-18")]),
    ("No próximo domingo há eleições autárquicas.", [("próximo domingo", "DATE", "2023-03-26")]),
    ("O presidente anunciou nesta segunda-feira um pacote de medidas.",
     [("nesta segunda-feira", "DATE", "2023-03-20")]),
    ("A explosão ocorreu na noite de sábado.", [("noite de sábado", "TIME", "2023-03-18TNI")]),
    # Deictic and anaphoric expressions.
    ("As negociações terminaram ontem.", [("ontem", "DATE", "2023-03-19")]),
    ("Anteontem choveu torrencialmente em Lisboa.", [("Anteontem", "DATE", "2023-03-18")]),
    ("O tratado entra em vigor amanhã.", [("amanhã", "DATE", "2023-03-21")]),
    ("Hoje de manhã houve um acidente na autoestrada.", [("Hoje de manhã", "TIME", "2023-03-20TMO")]),
    ("Ontem à noite ouviram-se explosões no porto.", [("Ontem à noite", "TIME", "2023-03-19TNI")]),
    ("O ministro reuniu-se na semana passada com os sindicatos.", [("semana passada", "DATE", "2023-W11")]),
    ("A decisão será conhecida na próxima semana.", [("próxima semana", "DATE", "2023-W13")]),
    ("No ano passado a inflação atingiu máximos.", [("ano passado", "DATE", "2022")]),
    ("Este ano a economia deverá abrandar.", [("Este ano", "DATE", "2023")]),
    ("A lei da eutanásia foi aprovada há dois anos.", [("há dois anos", "DATE", "2021")]),
    ("O presidente regressa ao país daqui a três semanas.", [("daqui a três semanas", "DATE", "2023-W15")]),
    ("O novo hospital abre dentro de três semanas.", [("dentro de três semanas", "DATE", "2023-W15")]),
    ("A barragem rompeu a 8 de fevereiro. Dois dias depois foram encontradas as vítimas.",
     [("8 de fevereiro", "DATE", "2023-02-08"), ("Dois dias depois", "DATE", "2023-02-10")]),
    ("O sismo ocorreu a 6 de fevereiro de 2023. No dia seguinte chegaram as equipas de resgate.",
     [("6 de fevereiro de 2023", "DATE", "2023-02-06"), ("dia seguinte", "DATE", "2023-02-07")]),
    ("As eleições foram a 30 de janeiro de 2022. Na véspera, os partidos encerraram a campanha.",
     [("30 de janeiro de 2022", "DATE", "2022-01-30"), ("véspera", "DATE", "2022-01-29")]),
    # Holidays, capitalized.
    ("O Natal de 2022 foi o mais caro da década.", [("Natal de 2022", "DATE", "2022-12-25")]),
    ("O Carnaval deste ano atraiu milhares de turistas.",
     [("Carnaval", "DATE", "2023-02-21"), ("deste ano", "DATE", "2023")]),
    # Durations; "há" is a date unless it counts up to now ("desde há", "vive há").
    ("A guerra civil durou quase três anos.", [("quase três anos", "DURATION", "P3Y")]),
    ("Ele governou o país durante trinta e cinco anos.", [("trinta e cinco anos", "DURATION", "P35Y")]),
    ("A família vive há três anos num contentor.", [("três anos", "DURATION", "P3Y")]),
    ("O activista está detido desde há mais de um ano.", [("mais de um ano", "DURATION", "P1Y")]),
    ("A greve de fome durou um ano e meio.", [("um ano e meio", "DURATION", "P1Y6M")]),
    ("Nos últimos três meses o desemprego caiu.", [("últimos três meses", "DURATION", "P3M")]),
    # Sets.
    ("O boletim epidemiológico é publicado diariamente.", [("diariamente", "SET", "P1D")]),
    ("O autocarro passa todos os dias pela aldeia.", [("todos os dias", "SET", "P1D")]),
    ("Toda semana surge uma nova denúncia.", [("Toda semana", "SET", "P1W")]),
    ("A revista passou a sair semanalmente.", [("semanalmente", "SET", "P1W")]),
    ("O mercado de rua monta-se todas as segundas-feiras.", [("todas as segundas-feiras", "SET", "XXXX-WXX-1")]),
    ("Os deputados reúnem-se duas vezes por semana.", [("duas vezes por semana", "SET", "P1W")]),
    ("O museu abre aos domingos.", [("domingos", "SET", "XXXX-WXX-7")]),
    # References without a date, clock times.
    ("Os preços da habitação sobem agora mais devagar.", [("agora", "DATE", "PRESENT_REF")]),
    ("A sessão começou às 15h30.", [("15h30", "TIME", "2023-03-20T15:30")]),
    ("O recolher obrigatório vai durar 24 horas.", [("24 horas", "DURATION", "PT24H")]),
])
def test_expressions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "O candidato do centro passou à segunda volta.",         # an ordinal, not Monday
    "A equipa terminou na quinta posição pela sexta vez.",  # ordinals, not weekdays
    "Durante a Primavera Árabe caíram vários governos.",    # a name, not a season
    "O escritor regressou à sua cidade natal.",             # "natal" the adjective
    "Os cinquenta deputados votaram contra.",               # an amount, not the fifties
    "O hotel fica a trinta quilómetros da capital.",        # a distance, not the thirties
    "O mar estava calmo e o marco foi reposto.",            # neither is March
    "Os preços baixaram 3,5 por cento.",                     # numbers, not dates
])
def test_non_expressions(text: str) -> None:
    assert found(text) == []


def test_point_modifiers() -> None:
    mods = [(t.text, t.mod) for t in tag("No início de março, em meados de maio e no final de 2022.", DCT, "pt")]
    assert mods == [("início de março", "START"), ("meados de maio", "MID"), ("final de 2022", "END")]


def test_accents_may_be_missing() -> None:
    assert found("Os deputados reuniram-se no sabado; a votacao ficou para a proxima terca-feira.") == [
        ("sabado", "DATE", "2023-03-18"), ("proxima terca-feira", "DATE", "2023-03-21")]


def test_tense_cues() -> None:
    """Preterite and future endings are cues; nouns and present tenses that end alike are not."""
    cues = tagger_for("pt").tense.cues
    sentence = "O Irão anunciou que os europeus votarão no verão; os sindicatos esperam e partiram."
    assert [(sentence[a:b], tense) for a, b, tense, _strong in cues(sentence)] == [
        ("anunciou", "PAST"), ("votarão", "FUTURE"), ("partiram", "PAST")]


def test_anniversary_of_a_commemorated_event() -> None:
    """"O 49.º aniversário da Revolução dos Cravos" gives the year (1974 + 49) that "25 de Abril"
    and "terça-feira" leave open."""
    undated = "Portugal assinala hoje, terça-feira, o 25 de Abril. As comemorações começaram de manhã."
    assert infer_date(undated, "pt", min_confidence=0).date is None
    guess = infer_date("Portugal assinala hoje, terça-feira, o 49.º aniversário da Revolução dos Cravos. "
                       "As comemorações do 25 de Abril começaram de manhã.", "pt", min_confidence=0)
    assert guess.date == dt.date(2023, 4, 25)
    assert any("Revolução dos Cravos" in e.cue for e in guess.evidence)


# Failure types of issue 10 (publication date Monday 2023-03-20): a day word restated by its
# weekday is one expression; cues of the clause's tense; extents.
@pytest.mark.parametrize("text, expected", [
    ("O conselho votou hoje, segunda-feira, o orçamento.", [("hoje, segunda-feira", "DATE", "2023-03-20")]),
    # "dentro de" before a place is no future cue.
    ("Os atletas chegaram dentro do estádio na sexta-feira.", [("sexta-feira", "DATE", "2023-03-17")]),
    # A weekday before an ordinal day is one date.
    ("A votação será no sábado, primeiro de abril.", [("sábado, primeiro de abril", "DATE", "2023-04-01")]),
])
def test_restated_days_tense_cues_and_extents(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Frequencies as SET, vague references to the present and past, a month after the word "month".
@pytest.mark.parametrize("text, expected", [
    ("A reunião anual do conselho foi adiada.", [("anual", "SET", "P1Y")]),
    ("Vi-o há pouco; na época era ministro.", [("há pouco", "DATE", "PAST_REF"), ("na época", "DATE", "PAST_REF")]),
    ("Chegará no mês de maio.", [("mês de maio", "DATE", "2023-05")]),
])
def test_frequencies_and_vague_references(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Issue 17: lower case, a time with its day in either order, machine-written dates, eras.
@pytest.mark.parametrize("text, expected", [
    ("O jogo é amanhã às 9.", [("amanhã às 9", "TIME", "2023-03-21T09:00")]),
    ("O relatório de 19.02.10 é claro.", [("19.02.10", "DATE", "2010-02-19")]),
    ("Roma foi fundada em 753 a.C.", [("753 a.C.", "DATE", "BC0753")]),
])
def test_beyond_newswire_style(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Issue 17: offsets composed from a day word, nth weekdays, ordinal day words, periods
# relative to the publication date.
@pytest.mark.parametrize("text, expected", [
    ("Foi dois dias antes de ontem.", [("dois dias antes de ontem", "DATE", "2023-03-17")]),
    ("Vota-se na primeira segunda-feira de maio.", [("primeira segunda-feira de maio", "DATE", "2023-05-01")]),
])
def test_composed_offsets_and_ordinal_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_without_publication_date_the_first_full_date_anchors_the_rest() -> None:
    assert found("O festival abriu a 12 de julho de 2014. A 13 de julho a multidão cresceu.", None) == [("12 de julho de 2014", "DATE", "2014-07-12"), ("13 de julho", "DATE", "2014-07-13")]


# Issue 17: clock times in words.
@pytest.mark.parametrize("text, expected", [
    ("Chegou às seis e um quarto.", [("seis e um quarto", "TIME", "2023-03-20T06:15")]),
    ("Jantámos às nove e meia.", [("nove e meia", "TIME", "2023-03-20T09:30")]),
    ("Saiu dez para as três.", [("dez para as três", "TIME", "2023-03-20T02:50")]),
])
def test_clock_times_in_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Clock times in universal time, a part of the day in focus, time adjectives as Spanish TimeML tags them.
@pytest.mark.parametrize("text, expected", [
    ("Chegou pela manhã.", [("manhã", "TIME", "2023-03-20TMO")]),
])
def test_zones_parts_of_day_and_time_adjectives(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Dates that name an event are past ones whatever the tense ("the revolution of January 25");
# in a review of the year, a yearless date after a past one of that year stays in it, while a
# future clause still reaches into the next year.
@pytest.mark.parametrize("text, words, value, dct", [
    ('As vítimas dos atentados de 11 de setembro serão lembradas.', '11 de setembro', '2022-09-11', DCT),
    ('O Egito vai celebrar a revolução de 25 de janeiro.', '25 de janeiro', '2022-01-25', dt.date(2023, 1, 10)),
    ('12 de outubro: o novo governo tomou posse. 3 de março: o primeiro-ministro demitiu-se.', '3 de março', '2023-03-03', dt.date(2023, 12, 30)),
    ('A votação de 10 de janeiro vai decidir.', '10 de janeiro', '2024-01-10', dt.date(2023, 12, 28)),
])
def test_event_dates_and_year_in_review(text: str, words: str, value: str, dct: dt.date) -> None:
    assert (words, value) in [(w, v) for w, _type, v in found(text, dct)]


# Compound durations are one expression; an emphatic word after an expression is part of it.
@pytest.mark.parametrize("text, expected", [
    ('Foi condenado a dois anos e três meses de prisão.',
     [('dois anos e três meses', 'DURATION', 'P2Y3M')]),
    ('O debate durou duas horas e 30 minutos.',
     [('duas horas e 30 minutos', 'DURATION', 'PT2H30M')]),
    ('O ministro demitiu-se hoje mesmo.',
     [('hoje mesmo', 'DATE', '2023-03-20')]),
])
def test_compound_durations_and_emphatic_extents(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A period of a year named relative to publication ("of this year") or in focus ("the same period of
# 1999") is one expression; a day naming a street is none, nor someone's future; a rate needs an amount.
@pytest.mark.parametrize("text, expected", [
    ('A fábrica abre no segundo semestre deste ano.',
     [('segundo semestre deste ano', 'DATE', '2023-H2')]),
    ('O lucro subiu no terceiro trimestre, contra o mesmo período de 1999.',
     [('terceiro trimestre', 'DATE', '2022-Q3'), ('o mesmo período de 1999', 'DATE', '1999-Q3')]),
    ('O trânsito parou na Ponte 25 de Abril.',
     []),
    ('O futuro do país é incerto, mas no futuro veremos.',
     [('no futuro', 'DATE', 'FUTURE_REF')]),
])
def test_periods_of_a_year_places_and_non_references(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Past tenses read from irregular participles and endings ("si è dimesso", "si sono conclusi",
# "concluyeron", "zurückgetreten", "ушёл"); movable feasts by their distance from Easter.
@pytest.mark.parametrize("text, expected", [
    ('As conversações terminaram na sexta-feira.',
     [('sexta-feira', 'DATE', '2023-03-17')]),
    ('O Pentecostes reuniu milhares de fiéis.',
     [('Pentecostes', 'DATE', '2023-05-28')]),
])
def test_irregular_past_tenses_and_movable_feasts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Two months before one year share it (the first the year before if it comes later); an amount
# before a comma still counts; Spanish TimeML: vague "hace meses" is the stretch PXM, the count
# goes before "últimos" ("los cinco últimos años"), prepositions stay outside the extent.
@pytest.mark.parametrize("text, expected", [
    ('As vendas subiram entre janeiro e março de 1998, segundo o relatório.',
     [('janeiro', 'DATE', '1998-01'), ('março de 1998', 'DATE', '1998-03')]),
    ('Ganhou nos cinco últimos anos.',
     [('cinco últimos anos', 'DURATION', 'P5Y')]),
])
def test_month_ranges_amounts_and_vague_spans(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "At that moment": a reference to the past.
@pytest.mark.parametrize("text, expected", [
    ('Naquele momento ninguém sabia nada.',
     [('Naquele momento', 'DATE', 'PAST_REF')]),
])
def test_at_that_moment(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day range whose second day takes an article or the word for day ("entre el 5 y el 6 de junio"):
# the first day takes the month of the second.
@pytest.mark.parametrize("text, expected", [
    ('Vão reunir-se entre o dia 5 e o dia 6 de junho.',
     [('dia 5', 'DATE', '2023-06-05'), ('dia 6 de junho', 'DATE', '2023-06-06')]),
])
def test_day_ranges_with_articles(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "The first days of August" is the start of the month.
@pytest.mark.parametrize("text, expected", [
    ('As negociações serão retomadas nos primeiros dias de agosto.',
     [('primeiros dias de agosto', 'DATE', '2023-08')]),
])
def test_first_days_of_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Clock times of a listing, bare in brackets ("(21.30, TV-3)") or in lower-case GMT; "the past"
# as a noun (not before a day it shifts); a frequency adjective after an article is a noun
# (newspapers); a local clock time is not an amount of hours.
@pytest.mark.parametrize("text, expected", [
    ('O jogo passa em direto (21.30, RTP1).',
     [('21.30', 'TIME', '2023-03-20T21:30')]),
    ('O avião aterrou às 8.15 hora local (07.15 gmt).',
     [('8.15 hora local', 'TIME', '2023-03-20T08:15'), ('07.15 gmt', 'TIME', '2023-03-20T07:15Z')]),
    ('O bilhete custou (12.40) euros.',
     []),
    ('Os erros do passado ainda pesam.',
     [('do passado', 'DATE', 'PAST_REF')]),
    ('Foi anunciado no passado sábado.',
     [('passado sábado', 'DATE', '2023-03-18')]),
    ('É uma dose diária.',
     [('diária', 'SET', 'P1D')]),
])
def test_listed_clock_times_the_past_and_newspapers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A plural unit alone after two words that make it a stretch ("después de años", "pendant des
# années"); "to date" is the publication day; "at any moment" lies ahead.
@pytest.mark.parametrize("text, expected", [
    ('Depois de anos de guerra voltou a paz.',
     [('anos', 'DURATION', 'PXY')]),
    ('Até à data ninguém ganhou.',
     [('Até à data', 'DATE', '2023-03-20')]),
    ('A fábrica pode reabrir a qualquer momento.',
     [('a qualquer momento', 'DATE', 'FUTURE_REF')]),
    ('Algum dia voltarei a casa.',
     [('Algum dia', 'DATE', 'FUTURE_REF')]),
])
def test_vague_spans_to_date_and_any_moment(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A phrase that is a stretch of time of unknown length by itself ("hace tiempo", "da tempo"): PXM.
@pytest.mark.parametrize("text, expected", [
    ('A direção vive o cisma há algum tempo.',
     [('há algum tempo', 'DURATION', 'PXM')]),
    ('Não há muito tempo, o presidente dizia o contrário.',
     [('Não há muito tempo', 'DURATION', 'PXM')]),
])
def test_vague_durations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "The same period" after a preposition fused with its article ("al", "nello", "au", "no"), and
# joined to "of last year" by the word for "of": the period in focus, a year back.
@pytest.mark.parametrize("text, expected", [
    ('No mesmo período de 1999 as vendas subiram.',
     [('No mesmo período de 1999', 'DATE', '1999-Q4')]),
    ('As vendas subiram face ao mesmo período do ano passado.',
     [('ao mesmo período do ano passado', 'DATE', '2021-Q4')]),
])
def test_same_period_after_a_contracted_article(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A plural "next"/"last" after a range of days places both days ("del 2 al 28 de abril próximos").
@pytest.mark.parametrize("text, expected", [
    ('Atuará de 2 a 28 de abril próximos em Paris.',
     [('2', 'DATE', '2023-04-02'), ('28 de abril próximos', 'DATE', '2023-04-28')]),
    ('Realizaram-se a 5 e 6 de maio passados.',
     [('5', 'DATE', '2022-05-05'), ('6 de maio passados', 'DATE', '2022-05-06')]),
])
def test_day_ranges_with_a_plural_shift(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day counted from another ("the next day", "the eve") followed by "of" and that day is counted
# from it, not from the date mentioned before; after a comma the day is named again, not the anchor.
@pytest.mark.parametrize("text, expected", [
    ('No dia seguinte ao 11 de setembro, o ator estava em apuros.',
     [('dia seguinte', 'DATE', '2022-09-12'), ('11 de setembro', 'DATE', '2022-09-11')]),
    ('Na véspera do 5 de maio houve protestos.',
     [('véspera', 'DATE', '2023-05-04'), ('5 de maio', 'DATE', '2023-05-05')]),
])
def test_a_day_counted_from_the_day_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A point of a decade ("a mediados de los noventa", "alla fine degli anni novanta", "au milieu des
# années 90", "em meados dos anos noventa"); a decade named by a number only when no noun follows.
@pytest.mark.parametrize("text, expected", [
    ('Em meados dos anos noventa a economia cresceu.',
     [('meados dos anos noventa', 'DATE', '199')]),
    ('No final dos anos 80 a economia cresceu.',
     [('final dos anos 80', 'DATE', '198')]),
])
def test_points_of_a_decade(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "Of the year" with a contracted article is the year in focus ("el resto del año"), unless a
# shift follows ("del año pasado") or the article is the rate's ("al año").
@pytest.mark.parametrize("text, expected", [
    ('No resto do ano a economia crescerá.',
     [('do ano', 'DATE', '2023')]),
    ('Consomem-se 6 quilos de café por pessoa ao ano.',
     [('ao ano', 'SET', 'P1Y')]),
])
def test_the_year_after_a_contracted_article(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A fiscal year named alone after a shift word ("el pasado ejercicio", "lo scorso esercizio") is a year.
@pytest.mark.parametrize("text, expected", [
    ('O próximo exercício será duro.',
     [('próximo exercício', 'DATE', '2024')]),
])
def test_a_fiscal_year_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "That same day" and "the next day" count from the last day mentioned, even when a year was
# mentioned after it ("in 2016"), not from the publication date.
@pytest.mark.parametrize("text, expected", [
    ('Ele foi preso em 5 de outubro de 2019. O irmão, preso em 2016, foi condenado nesse mesmo dia.',
     [('5 de outubro de 2019', 'DATE', '2019-10-05'), ('2016', 'DATE', '2016'), ('nesse mesmo dia', 'DATE', '2019-10-05')]),
    ('Ele foi preso em 5 de outubro de 2019. O irmão, preso em 2016, foi solto no dia seguinte.',
     [('5 de outubro de 2019', 'DATE', '2019-10-05'), ('2016', 'DATE', '2016'), ('dia seguinte', 'DATE', '2019-10-06')]),
])
def test_that_day_after_a_coarser_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# The word for year, "of" and a year in digits are one year ("el año de 2016"), not the year in
# focus followed by 2016.
@pytest.mark.parametrize("text, expected", [
    ('Ocorreu no ano de 2016.',
     [('no ano de 2016', 'DATE', '2016')]),
])
def test_the_year_of_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected



# A clock time or part of the day "of" a day is a time on that day ("a mezzanotte di domenica"),
# not on the publication date.
@pytest.mark.parametrize("text, expected", [
    ('O cessar-fogo começou à meia-noite de domingo.',
     [('meia-noite de domingo', 'TIME', '2023-03-19T24:00')]),
    ('Reuniram-se na noite de 3 de março.',
     [('noite de 3 de março', 'TIME', '2023-03-03TNI')]),
])
def test_a_clock_time_of_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# An all-numeric date whose first or second number cannot be the month is read the other way round.
@pytest.mark.parametrize("text, expected", [
    ('A carta é datada de 03/14/2023.',
     [('03/14/2023', 'DATE', '2023-03-14')]),
])
def test_numeric_date_read_the_only_possible_way(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected



# A century in Roman numerals before its noun, with or without the ordinal's ending.
@pytest.mark.parametrize("text, expected", [
    ('É a pior guerra do XXI século.',
     [('XXI século', 'DATE', '20')]),
])
def test_century_in_roman_numerals_before_its_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A point of the month or year without a shift word ("the end of the month") is one of the
# publication's month or year; "fin de semana" stays the weekend.
@pytest.mark.parametrize("text, expected", [
    ('Veio no fim do mês.',
     [('fim do mês', 'DATE', '2023-03')]),
])
def test_a_point_of_the_month_or_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# An amount before "after" and an event ("three months after the election") is a stretch of
# time, not a date counted from the publication date; "three years later" alone still counts
# from the date mentioned last.
@pytest.mark.parametrize("text, expected", [
    ('Três meses depois da eleição, renunciou.',
     [('Três meses', 'DURATION', 'P3M')]),
    ('Partiu em 2015. Três anos depois, voltou.',
     [('2015', 'DATE', '2015'), ('Três anos depois', 'DATE', '2018')]),
])
def test_an_amount_after_an_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A point of the week is one of the publication week ("early in the week"), except where the
# word for the weekend is "end of the week" ("fin de semana", "fim de semana", "fine settimana").
@pytest.mark.parametrize("text, expected", [
    ('Partiu no fim de março.',
     [('fim de março', 'DATE', '2023-03')]),
    ('Chegou no fim de semana.',
     [('no fim de semana', 'DATE', '2023-W11-WE')]),
])
def test_a_point_of_the_week(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Half and one and a half of a unit, however the language writes them.
@pytest.mark.parametrize("text, expected", [
    ('Ele esperou meia hora.',
     [('meia hora', 'DURATION', 'PT30M')]),
])
def test_half_a_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A word that halves anything is half a year only with the year after it.
@pytest.mark.parametrize("text, expected", [
    ('O crescimento desacelerou na segunda metade do ano passado.',
     [('segunda metade do ano passado', 'DATE', '2022-H2')]),
    ('As vendas subiram na primeira metade de 2021.',
     [('primeira metade de 2021', 'DATE', '2021-H1')]),
    ('Ele marcou na segunda metade.',
     []),
    ('Choveu na primeira metade de março.',
     [('março', 'DATE', '2023-03')]),
])
def test_a_half_of_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Weekends in the plural are a habit (a SET), one weekend a date.
@pytest.mark.parametrize("text, expected", [
    ('A loja abre aos fins de semana.',
     [('fins de semana', 'SET', 'XXXX-WXX-WE')]),
    ('A loja abriu no fim de semana passado.',
     [('no fim de semana passado', 'DATE', '2023-W11-WE')]),
])
def test_weekends_in_the_plural_are_a_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# The weekend with the shift word after it is the weekend it names, one expression ("el fin de semana pasado": not the end of last week).
@pytest.mark.parametrize("text, expected", [
    ('A loja abriu no fim de semana passado.',
     [('no fim de semana passado', 'DATE', '2023-W11-WE')]),
    ('A loja abre no fim de semana que vem.',
     [('no fim de semana que vem', 'DATE', '2023-W13-WE')]),
])
def test_the_weekend_with_a_shift_word_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A set phrase in the present that opens with the auxiliary of the past ("a lieu", "ha luogo", "ha de") is no past cue.
@pytest.mark.parametrize("text, expected", [
    ('A cúpula tem lugar na quinta-feira.',
     [('quinta-feira', 'DATE', '2023-03-23')]),
    ('A cúpula teve lugar na quinta-feira.',
     [('quinta-feira', 'DATE', '2023-03-16')]),
])
def test_a_present_phrase_with_a_past_auxiliary(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A holiday named in a phrase whose name is the capitalized word ("dia de Natal", "am ersten Weihnachtstag").
@pytest.mark.parametrize("text, expected", [
    ('O desfile é no dia de Natal.',
     [('dia de Natal', 'DATE', '2022-12-25')]),
    ('Voltou à cidade natal.',
     []),
])
def test_a_holiday_named_in_a_phrase(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# The past few units, an amount of time up to now, however the language orders the number ("الأيام الثلاثة الماضية": the number after the unit) or counts two (the dual).
@pytest.mark.parametrize("text, expected", [
    ('Os preços subiram nos últimos três dias.',
     [('últimos três dias', 'DURATION', 'P3D')]),
    ('Os preços subiram nas últimas duas semanas.',
     [('últimas duas semanas', 'DURATION', 'P2W')]),
])
def test_the_past_few_units(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A weekday and a part of the day, also in one word ("Donnerstagabend"; "Sonnabend" is Saturday).
@pytest.mark.parametrize("text, expected", [
    ('Eles se reuniram na quinta-feira à noite.',
     [('quinta-feira à noite', 'TIME', '2023-03-16TNI')]),
])
def test_a_weekday_evening(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# An amount before or after an event or a day is the stretch of time ("قبل يومين من التصويت": not two days ago).
@pytest.mark.parametrize("text, expected", [
    ('Ele renunciou dois dias antes da votação.',
     [('dois dias', 'DURATION', 'P2D')]),
    ('Os preços subiram uma semana depois de 1º de maio.',
     [('uma semana', 'DURATION', 'P1W'), ('1º de maio', 'DATE', '2023-05-01')]),
])
def test_an_amount_before_or_after_a_day_or_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# In one unit from now; without articles the unit alone is one ("через неделю").
@pytest.mark.parametrize("text, expected", [
    ('A cúpula será daqui a uma semana.',
     [('daqui a uma semana', 'DATE', '2023-W13')]),
])
def test_in_one_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A century by its ordinal, also in words and after the noun ("القرن التاسع عشر", "siglo vigésimo primero").
@pytest.mark.parametrize("text, expected", [
    ('Foi construído no século XIX.',
     [('século XIX', 'DATE', '18')]),
    ('É o grande desafio do século vigésimo primeiro.',
     [('século vigésimo primeiro', 'DATE', '20')]),
])
def test_a_century_by_its_ordinal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A decade by its name; where the language has no article before it, the name alone ("в восьмидесятые", "في الثمانينيات"), not an age.
@pytest.mark.parametrize("text, expected", [
    ('A indústria cresceu nos anos oitenta.',
     [('anos oitenta', 'DATE', '198')]),
])
def test_a_decade_by_its_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day "of the month" is a day of the month in focus ("the 15th of the month", "15-го числа").
@pytest.mark.parametrize("text, expected", [
    ('Ele renunciou no dia 15 do mês.',
     [('dia 15 do mês', 'DATE', '2023-03-15')]),
])
def test_a_day_of_the_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Days of the month and centuries written as ordinal words, in the forms the language writes
# ("the twenty-second of March", "am dreizehnten März", "двадцать четвёртого февраля", "dix-huitième
# siècle"); an ordinal before another noun is no day ("the twenty-second floor").
@pytest.mark.parametrize("text, expected", [
    ('A votação foi em primeiro de março.',
     [('primeiro de março', 'DATE', '2023-03-01')]),
    ('Foi construído no século décimo oitavo.',
     [('século décimo oitavo', 'DATE', '17')]),
    ('Foi construído no século décimo terceiro.',
     [('século décimo terceiro', 'DATE', '12')]),
    ('É a vigésima segunda edição do festival.',
     []),
    ('A décima terceira edição abre em maio.',
     [('maio', 'DATE', '2023-05')]),
])
def test_a_day_or_century_in_ordinal_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day of the month written as a cardinal word after the word that makes it a day ("el veintidós de
# marzo", "le vingt-deux mars"); a number word before a month is otherwise an amount.
@pytest.mark.parametrize("text, expected", [
    ('A cúpula será no dia vinte e dois de abril.',
     [('dia vinte e dois de abril', 'DATE', '2023-04-22')]),
    ('A votação foi a treze de março.',
     [('treze de março', 'DATE', '2023-03-13')]),
    ('Vendeu as duas casas em março.',
     [('março', 'DATE', '2023-03')]),
])
def test_a_day_in_cardinal_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A past verb governs a date a few short words after it ("trafen sich am", "собрались во") or
# after its subject ("اجتمع الوزراء مساء"), so a Tuesday evening in a past clause published on a
# Monday is the last one, not tomorrow.
@pytest.mark.parametrize("text, expected", [
    ('Os ministros reuniram-se na terça-feira à noite em Genebra.',
     [('terça-feira à noite', 'TIME', '2023-03-14TNI')]),
    ('Os ministros vão reunir-se na terça-feira à noite em Genebra.',
     [('terça-feira à noite', 'TIME', '2023-03-21TNI')]),
    ('Os ministros declaram na terça-feira à noite em Genebra.',
     [('terça-feira à noite', 'TIME', '2023-03-21TNI')]),
])
def test_a_past_verb_governs_the_date_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Where the decimal mark is a comma, "1.20 minutes" is a race time, 1 minute 20 seconds; where
# it is a dot (en, ar), 1.2 minutes.
@pytest.mark.parametrize("text, expected", [
    ('O ciclista chegou a 1.20 minutos do líder.',
     [('1.20 minutos', 'DURATION', 'PT1M20S')]),
])
def test_minutes_and_seconds_after_a_dot(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A half year is a unit as a quarter is: "this semester", "the last half-year", "two semesters"
# (P12M, as "three quarters" is P9M).
@pytest.mark.parametrize("text, expected", [
    ('Portugal preside este semestre ao Conselho.',
     [('este semestre', 'DATE', '2023-H1')]),
    ('O governo aprovou o plano no semestre passado.',
     [('semestre passado', 'DATE', '2022-H2')]),
    ('Passou dois semestres em Paris.',
     [('dois semestres', 'DURATION', 'P12M')]),
])
def test_a_half_year_as_a_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A bare hour after the article that names hours ("a las 10", "alle 10.30", "às 10") is a clock
# time when nothing but a part of the day or a day follows: "las 10 víctimas" and "las 7.000"
# are amounts. (en fr de ru ar name no hour by an article.)
@pytest.mark.parametrize("text, expected", [
    ('A reunião começou às 10.',
     [('10', 'TIME', '2023-03-20T10:00')]),
    ('As 10 propostas foram aprovadas.',
     []),
])
def test_a_bare_hour_after_its_article(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# An hour as a number word after the preposition that puts it on the clock (`clock.at_hour`),
# with a part of the day, the word for hours, or alone after the article that names hours;
# without the preposition the same words are an amount of time.
@pytest.mark.parametrize("text, expected", [
    ('Chegaram às dez horas.',
     [('dez horas', 'TIME', '2023-03-20T10:00')]),
    ('Chegaram às dez da noite.',
     [('dez da noite', 'TIME', '2023-03-20T22:00')]),
    ('Trabalharam durante dez horas.',
     [('dez horas', 'DURATION', 'PT10H')]),
])
def test_an_hour_in_words_after_its_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# An approximator before the article ("por volta das", "cerca das") makes a clock time; "cerca
# de", without the article, is "about" an amount.
@pytest.mark.parametrize("text, expected", [
    ('Chegaram por volta das dez horas.',
     [('dez horas', 'TIME', '2023-03-20T10:00')]),
    ('Chegaram cerca das 22 horas.',
     [('22 horas', 'TIME', '2023-03-20T22:00')]),
    ('Trabalharam cerca de dez horas.',
     [('dez horas', 'DURATION', 'PT10H')]),
    ('Abre às 10 horas até às 12 horas.',
     [('10 horas', 'TIME', '2023-03-20T10:00'), ('12 horas', 'TIME', '2023-03-20T12:00')]),
])
def test_an_approximate_hour_after_its_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A date that opens its sentence is governed by the verb of the clause it opens, even one that
# follows it: with a past verb, a month just after publication is last year's. An aside set off by
# commas ends that clause, and the nearest-cue weighing decides as before.
@pytest.mark.parametrize("text, expected", [
    ('Em abril, os sócios aprovaram a fusão.',
     [('abril', 'DATE', '2022-04')]),
    ('Em abril, os sócios vão aprovar a fusão.',
     [('abril', 'DATE', '2023-04')]),
    ('Em abril, segundo o jornal, os sócios aprovaram a fusão.',
     [('abril', 'DATE', '2023-04')]),
    # The publication day itself is on both sides of it.
    ('O dia 20 de março será feriado.',
     [('dia 20 de março', 'DATE', '2023-03-20')]),
])
def test_a_date_opening_its_sentence_takes_the_tense_of_its_clause(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Both ends of a range of clock times are times, when its second end carries a half of the day or
# o'clock, the word for hours stands on both ends, or the second hour's article joins it; otherwise
# the range is an amount ("between 2 and 3 percent", "de 10 a 12 horas" of work).
@pytest.mark.parametrize("text, expected", [
    ('A votação decorre das 10 às 12 horas.',
     [('10', 'TIME', '2023-03-20T10:00'), ('12 horas', 'TIME', '2023-03-20T12:00')]),
    ('Chegaram entre as dez e as onze da noite.',
     [('dez', 'TIME', '2023-03-20T22:00'), ('onze da noite', 'TIME', '2023-03-20T23:00')]),
    ('Trabalham de 10 a 12 horas.',
     [('12 horas', 'DURATION', 'PT12H')]),
])
def test_a_range_of_clock_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day named with its year relative to publication ("last year") or to the year last mentioned ("of
# that year") is one expression in that year; read apart, the day took the year nearest publication.
@pytest.mark.parametrize("text, expected", [
    ('Abriu em 3 de maio do ano passado.',
     [('3 de maio do ano passado', 'DATE', '2022-05-03')]),
    ('Em 2013 houve combates. Em 24 de março desse ano caiu.',
     [('2013', 'DATE', '2013'), ('24 de março desse ano', 'DATE', '2013-03-24')]),
])
def test_a_day_of_a_relative_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A range of days without their month, after the word for "day" ("del día 3 al 5"): both ends are
# days of the month in focus (English, French, German and Russian name no day by such a word).
@pytest.mark.parametrize("text, expected", [
    ('Reuniram-se do dia 3 a 5 em Lisboa.',
     [('dia 3', 'DATE', '2023-03-03'), ('5', 'DATE', '2023-03-05')]),
    ('Subiu no dia 3 a 5%.',
     [('dia 3', 'DATE', '2023-03-03')]),
])
def test_a_range_of_days_without_their_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day of the month alone, in the form the language names one by (`connector.day_alone`: "on the
# 15th"; the word for day: "el día 15"; "15-го числа", "le 15 du mois"); "on the 15th floor" is none.
@pytest.mark.parametrize("text, expected", [
    ('Assinaram no dia 15.',
     [('dia 15', 'DATE', '2023-03-15')]),
])
def test_a_day_of_the_month_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A day counted forward from a date the text does not give, in a past clause ("Three days later, the
# army announced ..." opening a text), has no known value: counted from publication it would be a
# future date for a past event. In a future clause it counts from publication, after a date from it.
@pytest.mark.parametrize("text, expected", [
    ('No dia seguinte, o exército anunciou uma trégua.',
     [('dia seguinte', 'DATE', 'XXXX-XX-XX')]),
    ('Três dias depois, o exército anunciou uma trégua.',
     [('Três dias depois', 'DATE', 'XXXX-XX-XX')]),
])
def test_later_than_an_unnamed_date_in_the_past(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A clock hour followed by a rate is an amount of time, not a time of day (`clock.rate`): "à 12
# heures par jour" is twelve hours a day; the hour alone after its preposition stays a clock time.
@pytest.mark.parametrize("text, expected", [
    ('Trabalham às 12 horas por dia.',
     [('12 horas', 'DURATION', 'PT12H'), ('por dia', 'SET', 'P1D')]),
    ('Trabalham às doze horas por semana.',
     [('doze horas', 'DURATION', 'PT12H')]),
    ('Chegou às 12 horas.',
     [('12 horas', 'TIME', '2023-03-20T12:00')]),
])
def test_hours_with_a_rate_are_an_amount(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A rate after an amount that is a count by itself ("half a million barrels a day", `set.amount`:
# no number word of two or more before it); after a word that makes an amount of time ("for a day",
# `duration.bare_after`) the article is the amount's, not a rate's.
@pytest.mark.parametrize("text, expected", [
    ('Pescam meio milhão de toneladas de peixe por ano.',
     [('por ano', 'SET', 'P1Y')]),
    ('Chegam milhares de migrantes por semana.',
     [('por semana', 'SET', 'P1W')]),
    ('Um milhão de pessoas marcharam durante um dia.',
     [('um dia', 'DURATION', 'P1D')]),
])
def test_rates_after_counts_of_things(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A clock time on a day counted from another ("at 3 p.m. the next day", "a las 12.00 al día
# siguiente") is that day's: a small word after the time is no time zone, and the hour ends its
# phrase before the counted day as before a day's name.
@pytest.mark.parametrize("text, expected", [
    ('Ele chegou às 12.00 do dia seguinte.',
     [('12.00 do dia seguinte', 'TIME', 'XXXX-XX-XXT12:00')]),
    ('Ele chegou às 15 horas do dia seguinte.',
     [('15 horas do dia seguinte', 'TIME', 'XXXX-XX-XXT15:00')]),
])
def test_a_clock_time_on_a_counted_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Hijri dates (`[hijri]`): a full Hijri date is its Umm al-Qura Gregorian day; a month named after the
# word for month is the Gregorian month holding most of it, nearest the publication date (15 Ramadan
# 1444 = 6 April 2023; Ramadan 1444 ran 23 March - 20 April 2023); the name alone is no date (a person);
# a day without its year and a feast (by its Hijri day) are the occurrence nearest publication, as holidays.
@pytest.mark.parametrize("text, expected", [
    ("O decreto tem data de 15 de Ramadão de 1444 da Hégira.", [("15 de Ramadão de 1444 da Hégira", "DATE", "2023-04-06")]),
    ("Os preços sobem durante o mês do Ramadão.", [("o mês do Ramadão", "DATE", "2023-04")]),
    ("Tariq Ramadan chegou a Genebra.", []),
    ("Celebram o Eid al-Fitr.", [("Eid al-Fitr", "DATE", "2023-04-21")]),
])
def test_hijri_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Day ranges (the TimeML convention of the tune gold: two dates, "del 7" + "al 11 de septiembre",
# "April 24" + "25"): the first day takes the month and year of the second; across two months the
# first takes the second's year (the year before when its month comes later).
@pytest.mark.parametrize("text, expected", [
    ("Estará na Rússia de 20 a 22 de março.", [("20", "DATE", "2023-03-20"), ("22 de março", "DATE", "2023-03-22")]),
    ("A feira decorreu de 30 de março a 2 de abril de 2019.",
     [("30 de março", "DATE", "2019-03-30"), ("2 de abril de 2019", "DATE", "2019-04-02")]),
])
def test_day_ranges(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A clock time before its weekday is that day's ("a las 10 el martes", "às 10h na terça-feira",
# "alle 10 martedì", as "10 a.m. on Tuesday"). A bare number is an hour there only after the full
# preposition of an hour ("a las", not "las": "Llegarán las 10" counts people), and not before "of"
# a day ("a las 17 del domingo" counts the dead of Sunday).
@pytest.mark.parametrize("text, expected", [
    ("A reunião será às 10h na terça-feira.", [("10h na terça-feira", "TIME", "2023-03-21T10:00")]),
    ("O jogo será às 16 no sábado.", [("16 no sábado", "TIME", "2023-03-25T16:00")]),
    ("Chegou no sábado às 10h.", [("sábado às 10h", "TIME", "2023-03-18T10:00")]),
    ("Ficou no sábado na cidade.", [("sábado", "DATE", "2023-03-18")]),
])
def test_a_clock_time_before_its_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Weekday names that are also another word (`[weekday_guarded]`: pt "segunda", "quinta", which are
# ordinals) are days only right after a word that puts a day or a shift word, where the phrase ends
# or a small word follows; never before a noun ("na segunda volta", "pela sexta vez").
@pytest.mark.parametrize("text, expected", [
    ("Na segunda, o presidente falou.", [("segunda", "DATE", "2023-03-20")]),
    ("O presidente disse nesta quarta que vai vetar.", [("nesta quarta", "DATE", "2023-03-15")]),
    ("O jogo será na próxima quinta.", [("próxima quinta", "DATE", "2023-03-23")]),
    ("A greve vai até sexta.", [("sexta", "DATE", "2023-03-24")]),
    ("O projeto foi votado nesta sexta (17).", [("nesta sexta", "DATE", "2023-03-17")]),
    ("Ele venceu na segunda volta.", []),
    ("A equipe ficou na quinta posição.", []),
    ("Ganhou pela sexta vez.", []),
    ("Morreu na Segunda Guerra Mundial.", []),
])
def test_weekday_names_that_are_other_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# "During the year" is the year in focus (the publication year) in every language: where the article
# is glued to the word or declined with the preposition ("خلال العام", "im Laufe des Jahres"),
# `[period] focus_before` names the words before it; a bare word that is an amount stays one
# ("خلال عام": within a year), and a rate stays no date ("10.000 Euro im Jahr").
@pytest.mark.parametrize("text, expected", [
    ("Os preços vão subir ao longo do ano.", [("do ano", "DATE", "2023")]),
])
def test_the_year_in_focus_after_during(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A decade in two digits alone ("en los 80", "a finales de los 90", "nos 80") where a time preposition
# with the plural article comes first (`[decade] bare_before`) and no word follows, or a point of it;
# a count stays none ("Los 80 detenidos"). German writes the dative plural "in den 80ern".
@pytest.mark.parametrize("text, expected", [
    ("Nos 80, a voz mudou.", [("80", "DATE", "198")]),
    ("Os 80 presos saíram.", []),
])
def test_decades_in_two_digits(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A Hijri month named alone after a preposition of time (`[hijri] month_before`: "during Ramadan",
# "durante el Ramadán", "خلال رمضان") is the month, as after the word for month (Ramadan 1444: 23 March -
# 20 April 2023, mostly April); the name alone stays a person's.
@pytest.mark.parametrize("text, expected", [
    ("Os preços sobem durante o Ramadã.", [("Ramadã", "DATE", "2023-04")]),
])
def test_a_hijri_month_after_a_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A perfect (auxiliary + participle: "a adopté", "ha aprobado", "tinha aprovado") is one verb: it
# governs the weekday right after it as a simple past does ("adopta mardi", "said Tuesday"), so
# the day is the one before publication (Monday 20 March) even when it is the next day, 21 March.
# Where a language has no such form, or the auxiliary takes no participle, the guards show the side.
@pytest.mark.parametrize("text, expected", [
    ("O Senado tinha aprovado na terça-feira o projeto de lei.", [("terça-feira", "DATE", "2023-03-14")]),
    ("A polícia havia detido na terça-feira três homens.", [("terça-feira", "DATE", "2023-03-14")]),
    # "tem" + participle is a present of repetition, no past cue.
    ("O governo tem anunciado medidas para terça-feira.", [("terça-feira", "DATE", "2023-03-21")]),
])
def test_a_perfect_governs_the_weekday_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A clause opener (`[tense] clause_openers`: "that", "que", "che", "что", "إن") between a past verb and
# a date ends the verb's reach: the date belongs to the reported clause, read by its own tense or
# the nearest reading ("said that on Tuesday he will attend": the coming Tuesday, 21 March).
# "This" + weekday where it means the nearest one ("este martes") is the next day, not a week
# back, under a past verb: the publication date lagging the news by a day.
@pytest.mark.parametrize("text, expected", [
    ("O ministro disse que na terça-feira irá à cimeira.", [("terça-feira", "DATE", "2023-03-21")]),
    ("As forças lançaram nesta terça-feira uma ofensiva.", [("nesta terça-feira", "DATE", "2023-03-21")]),
])
def test_a_clause_opener_ends_the_verbs_reach(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('O presidente chega na seg. a Brasília.', [('seg.', 'DATE', '2023-03-20')]),
    ('A reunião foi marcada para a ter. (21).', []),
    ('Reunião na ter. (21).', [('ter.', 'DATE', '2023-03-21')]),
    ('O jogo é no dom. às 16h.', [('dom. às 16h', 'TIME', '2023-03-19T16:00')]),
    ('Na quinta aprovou o Senado a lei.', [('quinta', 'DATE', '2023-03-16')]),
    ('Na quinta votaram os deputados.', [('quinta', 'DATE', '2023-03-16')]),
    ('Vai ter.', []),
    ('Ficou na segunda metade da tabela.', []),
    ('Passou à segunda fase.', []),
])
def test_short_weekdays_with_a_dot_and_before_a_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    """The short weekday forms with their dot ("na seg.", "no dom.") are days in the same contexts as
    "segunda", and a guarded weekday before a verb with a tense ("na terça aprovou") is one; "ter." at
    the end of a sentence is "to have", and an ordinal before a noun stays one."""
    assert found(text) == expected
