"""A stress set of hand-written news sentences of kinds the Spanish TimeBank tune half holds few of
(Wikinews-like short reports, sports, economy, wire datelines; "a principios de", "la víspera",
"anteayer", "dentro de quince días", centuries, decades), with the values the TimeML guidelines
give them, and the same kinds in the other languages where the concept exists. Against
timex_cases.DCT, Monday 20 March 2023."""

from __future__ import annotations

import pytest
from timex_cases import finder


@pytest.mark.parametrize("lang, text, expected", [
    ("es", 'El Real Madrid ganó la Copa a principios de febrero.', [('principios de febrero', 'DATE', '2023-02')]),
    ("es", 'La inflación se moderó a mediados de 2022.', [('mediados de 2022', 'DATE', '2022')]),
    ("es", 'Las obras terminarán a finales de año.', [('finales de año', 'DATE', '2023')]),
    ("es", 'El pasado fin de semana se celebraron elecciones municipales.', [('El pasado fin de semana', 'DATE', '2023-W11-WE')]),
    ("es", 'La víspera, el presidente habló con la prensa.', [('La víspera', 'DATE', '2023-03-19')]),
    ("es", 'Anteayer llovió en Sevilla.', [('Anteayer', 'DATE', '2023-03-18')]),
    ("es", 'Pasado mañana se reúne el consejo de ministros.', [('Pasado mañana', 'DATE', '2023-03-22')]),
    ("es", 'La reforma entrará en vigor dentro de quince días.', [('dentro de quince días', 'DATE', '2023-04-04')]),
    ("es", 'En el siglo XIX la ciudad creció mucho.', [('el siglo XIX', 'DATE', '18')]),
    ("es", 'En los años 90 la economía creció.', [('los años 90', 'DATE', '199')]),
    ("es", 'Hace poco el ministro dimitió.', [('Hace poco', 'DATE', 'PAST_REF')]),
    ("es", 'Desde entonces no ha vuelto a jugar.', [('entonces', 'DATE', 'PAST_REF')]),
    ("es", 'El equipo lleva años sin ganar en Bilbao.', [('años', 'DURATION', 'PXY')]),
    ("es", 'El Ibex cerró el primer trimestre con ganancias.', [('el primer trimestre', 'DATE', '2023-Q1')]),
    ("es", 'El PIB creció un 0,5% en el segundo trimestre de 2022.', [('el segundo trimestre de 2022', 'DATE', '2022-Q2')]),
    ("es", 'El próximo jueves se presentarán los resultados.', [('El próximo jueves', 'DATE', '2023-03-23')]),
    ("es", 'Los hechos ocurrieron el pasado martes 14 de marzo.', [('el pasado martes 14 de marzo', 'DATE', '2023-03-14')]),
    ("es", 'El paro bajó en 30.000 personas el mes pasado.', [('el mes pasado', 'DATE', '2023-02')]),
    ("es", 'Hace dos semanas el equipo perdió en casa.', [('Hace dos semanas', 'DATE', '2023-W10')]),
    ("es", 'El mandato de cuatro años termina en 2027.', [('cuatro años', 'DURATION', 'P4Y'), ('2027', 'DATE', '2027')]),
    ("fr", 'Le chômage a baissé début février.', [('début février', 'DATE', '2023-02')]),
    ("fr", "L'inflation a ralenti à la mi-2022.", [('mi-2022', 'DATE', '2022')]),
    ("fr", 'Le week-end dernier, des élections ont eu lieu.', [('Le week-end dernier', 'DATE', '2023-W11-WE')]),
    ("fr", 'La veille, le président a parlé à la presse.', [('La veille', 'DATE', '2023-03-19')]),
    ("fr", 'Avant-hier il a plu à Lyon.', [('Avant-hier', 'DATE', '2023-03-18')]),
    ("fr", 'La réforme entrera en vigueur dans quinze jours.', [('dans quinze jours', 'DATE', '2023-04-04')]),
    ("fr", 'Au XIXe siècle la ville a beaucoup grandi.', [('XIXe siècle', 'DATE', '18')]),
    ("fr", "Dans les années 90 l'économie a crû.", [('les années 90', 'DATE', '199')]),
    ("fr", 'Le PIB a progressé de 0,5 % au deuxième trimestre 2022.', [('deuxième trimestre 2022', 'DATE', '2022-Q2')]),
    ("it", "La disoccupazione è calata all'inizio di febbraio.", [('inizio di febbraio', 'DATE', '2023-02')]),
    ("it", 'Lo scorso fine settimana si sono tenute le elezioni.', [('Lo scorso fine settimana', 'DATE', '2023-W11-WE')]),
    ("it", "L'altro ieri è piovuto a Torino.", [("L'altro ieri", 'DATE', '2023-03-18')]),
    ("it", 'La riforma entrerà in vigore fra quindici giorni.', [('fra quindici giorni', 'DATE', '2023-04-04')]),
    ("it", "Negli anni 90 l'economia è cresciuta.", [('anni 90', 'DATE', '199')]),
    ("it", 'Nel XIX secolo la città è cresciuta molto.', [('XIX secolo', 'DATE', '18')]),
    ("pt", 'O desemprego caiu no início de fevereiro.', [('início de fevereiro', 'DATE', '2023-02')]),
    ("pt", 'Anteontem choveu em Lisboa.', [('Anteontem', 'DATE', '2023-03-18')]),
    ("pt", 'A reforma entra em vigor daqui a quinze dias.', [('daqui a quinze dias', 'DATE', '2023-04-04')]),
    ("pt", 'Na década de 90 a economia cresceu.', [('década de 90', 'DATE', '199')]),
    ("pt", 'No século XIX a cidade cresceu muito.', [('século XIX', 'DATE', '18')]),
    ("de", 'Die Arbeitslosigkeit sank Anfang Februar.', [('Anfang Februar', 'DATE', '2023-02')]),
    ("de", 'Vorgestern regnete es in Berlin.', [('Vorgestern', 'DATE', '2023-03-18')]),
    ("de", 'In den 90er Jahren wuchs die Wirtschaft.', [('den 90er Jahren', 'DATE', '199')]),
    ("de", 'Im 19. Jahrhundert wuchs die Stadt stark.', [('19. Jahrhundert', 'DATE', '18')]),
    ("ru", 'Безработица снизилась в начале февраля.', [('начале февраля', 'DATE', '2023-02')]),
    ("ru", 'Позавчера в Москве шёл дождь.', [('Позавчера', 'DATE', '2023-03-18')]),
    ("ru", 'В 90-е годы экономика росла.', [('90-е годы', 'DATE', '199')]),
    ("ru", 'В XIX веке город сильно вырос.', [('XIX веке', 'DATE', '18')]),
    ("ar", 'انخفضت البطالة في أوائل فبراير.', [('أوائل فبراير', 'DATE', '2023-02')]),
    ("ar", 'أول أمس هطلت الأمطار في القاهرة.', [('أول أمس', 'DATE', '2023-03-18')]),
    ("ar", 'في التسعينيات نما الاقتصاد.', [('التسعينيات', 'DATE', '199')]),
    ("ar", 'في القرن التاسع عشر نمت المدينة كثيرا.', [('القرن التاسع عشر', 'DATE', '18')]),
])
def test_news_kinds_the_tune_half_lacks(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    """Each sentence's expressions, their extent (Spanish TimeML takes the article in, not the
    preposition), type and value: points of a month or year are the month or year (MOD aside),
    "the eve" and "the day before yesterday" are days, centuries and decades are their digits
    ("18", "199"), a vague stretch is PXY."""
    assert finder(lang)(text) == expected
