"""Countries of Europe, the Mediterranean and the G20 and their capitals (`world.toml`), written
in every language: a query names them in any language and finds each language's own forms.
Hand-written sentences, one pair per language; none was matched before these entries."""

from __future__ import annotations

import pytest

from dateline.events.lexicon import world
from dateline.timeline import Query

# lang -> (a sentence naming Morocco, a sentence naming Brussels), each in that language.
SENTENCES = {
    "en": ("Moroccan fishermen cleaned the beaches near the port.", "The ministers met in Brussels on Monday."),
    "es": ("El Gobierno ofreció ayuda a Marruecos.", "Los ministros se reunieron en Bruselas."),
    "fr": ("Le ministre marocain a visité le port.", "Les ministres se sont réunis à Bruxelles."),
    "it": ("Il governo del Marocco ha chiesto aiuto.", "I ministri si sono riuniti a Bruxelles ieri."),
    "de": ("Die marokkanischen Behörden sperrten den Strand.", "Die Minister trafen sich in Brüssel."),
    "pt": ("As autoridades de Marrocos fecharam o porto.", "Os ministros reuniram-se em Bruxelas."),
    "ru": ("Власти Марокко закрыли пляжи.", "Министры встретились в Брюсселе."),
    "ar": ("أعلنت السلطات المغربية إغلاق الشواطئ.", "اجتمع الوزراء في بروكسل."),
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_a_country_and_a_capital_named_in_english_find_each_language(lang: str) -> None:
    morocco, brussels = SENTENCES[lang]
    # An English query for a non-English text; a Spanish / French one for the English text.
    country = Query.of(["Marruecos" if lang == "en" else "Morocco"])
    capital = Query.of(["Bruxelles" if lang == "en" else "Brussels"])
    assert country.matches(morocco, lang)
    assert capital.matches(brussels, lang)
    assert not country.matches(brussels, lang) and not capital.matches(morocco, lang)


def test_capitals_are_within_their_country_and_every_language_writes_each_place() -> None:
    from dateline.events import written_forms

    places = world()
    added = ["Morocco", "Malta", "Belgium", "Netherlands", "Poland", "Madrid", "Lisbon", "Berlin", "Brussels"]
    assert places["Madrid"].within == "Spain" and places["Brussels"].within == "Belgium"
    assert places["Rabat"].within == "Morocco" and places["Valletta"].within == "Malta"
    for lang in SENTENCES:
        table = written_forms(lang)
        assert all(table.get(name) for name in added), lang


def test_a_word_that_is_another_word_is_no_form() -> None:
    """French "vienne" (of venir), Italian "serbo" (of serbare), English "poles": not places."""
    from dateline.events import written_forms

    assert "vienne" not in written_forms("fr").get("Vienna", ())
    assert "serbo" not in written_forms("it").get("Serbia", ())
    assert "poles" not in written_forms("en").get("Poland", ())
