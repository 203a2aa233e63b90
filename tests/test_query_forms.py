"""A query term naming a known entity also matches the other ways the article's language writes
it (adjectives included), per language; a term naming none matches as typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.pipeline import process
from dateline.timeline import Query, build

# (language, the term as a user of that language types it, a sentence naming the entity only by
# another form, a sentence that must stay off topic). Each first sentence is missed by word-start
# matching alone.
CASES = [
    ("es", "Egipto", "El ejército egipcio cerró la frontera el martes.", "El precio del trigo subió."),
    ("fr", "Égypte", "Le président égyptien a reçu la délégation mardi.", "Le prix du blé a augmenté."),
    ("it", "Egitto", "Il governo egiziano ha chiuso il valico martedì.", "Il prezzo del grano è salito."),
    ("de", "Ägypten", "Die ägyptische Regierung schloss am Dienstag die Grenze.", "Der Weizenpreis stieg."),
    ("pt", "Egito", "O governo egípcio fechou a fronteira na terça-feira.", "O preço do trigo subiu."),
    ("ru", "Сирия", "Сирийские войска вошли в город во вторник.", "Цены на пшеницу выросли."),
    ("ar", "مصر", "أغلقت الحكومة المصرية الحدود يوم الثلاثاء.", "ارتفع سعر القمح."),
    ("en", "United States", "American officials met the delegation on Tuesday.", "Wheat prices rose."),
]


@pytest.mark.parametrize(("lang", "term", "other_form", "off_topic"), CASES)
def test_a_term_naming_an_entity_matches_its_other_forms_in_the_language(
        lang: str, term: str, other_form: str, off_topic: str) -> None:
    query = Query.of([term], [lang])
    assert query.matches(other_form)
    assert query.matches(other_form, lang)
    assert not query.matches(off_topic, lang)


@pytest.mark.parametrize(("lang", "term", "other_form", "off_topic"), CASES)
def test_an_english_name_finds_the_entity_in_every_language(
        lang: str, term: str, other_form: str, off_topic: str) -> None:
    canonical = "Syria" if lang == "ru" else "United States" if lang == "en" else "Egypt"
    assert Query.of([canonical], [lang]).matches(other_form, lang)


@pytest.mark.parametrize(("lang", "term", "text"), [
    ("en", "United States", "Officials told us on Tuesday that talks would go on."),  # "us": a function word
    ("pt", "European Union", "Eu disse ao ministro que a reunião seria na terça-feira."),  # pt "eu" is "I"
    ("es", "China", "La población de la india es la mayor del continente."),  # not another entity's form
])
def test_forms_of_another_language_or_function_words_never_match(lang: str, term: str, text: str) -> None:
    assert not Query.of([term], [lang]).matches(text, lang)


def test_a_form_belongs_to_its_language_only() -> None:
    # English "EU" in an English article is the European Union; in a Portuguese one it is "I".
    query = Query.of(["European Union"], ["en", "pt"])
    assert query.matches("The EU agreed on Tuesday.", "en")
    assert not query.matches("Eu concordei na terça-feira.", "pt")
    assert query.matches("A UE concordou na terça-feira.", "pt")


@pytest.mark.parametrize("lang", ["es", "fr", "it", "de", "pt", "ru", "ar", "en"])
def test_a_term_naming_no_known_entity_matches_as_typed(lang: str) -> None:
    query = Query.of(["Bank of America", "velna"], [lang])
    assert query.forms == {}
    assert query.matches("Bank-of-America shares fell.", lang)
    assert query.matches("The Velna rose.", lang)
    assert not query.matches("The bank of the river.", lang)


def test_forms_with_any_ending_match_inflected_words() -> None:
    # Russian declines names: the gazetteer's "сири*" finds "Сирии", "Сирию".
    query = Query.of(["Сирия"], ["ru"])
    assert query.matches("Переговоры о Сирии прошли в Женеве.", "ru")
    assert query.matches("Делегация прибыла в Сирию.", "ru")


@pytest.mark.parametrize(("lang", "term", "said"), [
    ("fr", "Égypte", "'Égypte' also matches égyptien, égyptienne, égyptiens, égyptiennes"),
    ("it", "Egitto", "'Egitto' also matches egiziano, egiziana, egiziani, egiziane"),
    ("es", "Egipto", "'Egipto' also matches egipcio, egipcia, egipcios, egipcias"),
])
def test_the_timeline_says_what_a_term_also_matched(tmp_path: Path, lang: str, term: str, said: str) -> None:
    sentence = dict((c[0], c[2]) for c in CASES)[lang]
    (tmp_path / "2024-03-06").mkdir()
    (tmp_path / "2024-03-06" / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    timeline = build(list(process([tmp_path], lang=lang)), query=[term], dates=2, sentences=1)
    assert said in timeline.notes
    assert not any("matches no sentence" in note for note in timeline.notes)


def test_an_entity_glued_to_an_arabic_clitic_is_found() -> None:
    # "in Egypt" and "and the Egyptian (f.)" are one word each; a term naming no entity is unchanged.
    query = Query.of(["مصر"], ["ar"])
    assert query.matches("وصل الوفد إلى القاهرة بمصر أمس.", "ar")
    assert query.matches("قالت الحكومة والمصرية الأخرى.", "ar")
    assert not Query.of(["فيضان"], ["ar"]).matches("وقع بفيضان كبير.", "ar")


def test_a_query_naming_an_entity_stays_hashable() -> None:
    # Its per-language forms follow from the terms: equal terms, equal (and hashable) queries.
    assert hash(Query.of(["Egypt"], ["en"])) == hash(Query.of(["Egypt"], ["en"]))
    assert Query.of(["Egypt"], ["en"]) == Query.of(["Egypt"], ["en"])
    assert len({Query.of(["velna"], ["en"]), Query.of(["velna"], ["en"])}) == 1
