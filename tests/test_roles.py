"""Which event words an entity takes part in (dateline.events.roles), in every language.

One hand-written sentence per language for each way the rules can fail: a verb no trigger list
holds (a state or a use, "China has new ports"), a compound tense or a modal between the
entity and its verb, the entity as the object of a verb (or after it, in verb-first order), a
passive's agent (or, without one, a verb before its subject), an event noun about the entity,
a statement whose subordinate clause names the entity without it taking part in the
statement, and an event noun its verb takes as object ("filed a lawsuit").
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.events import analyze, available_languages
from event_cases import arguments, article

# lang -> failure type -> (sentence, entity, event word the entity takes part in, or None,
# event word it does not take part in, or None)
CASES: dict[str, dict[str, tuple[str, str, str | None, str | None]]] = {
    "en": {
        "state": ("China now uses a new satellite network.", "China", "uses", None),
        "compound": ("China has quietly expanded its ports.", "China", "expanded", "has"),
        "object": ("Brazil praised China on Monday.", "China", "praised", None),
        "agent": ("The plan was approved by Russia.", "Russia", "approved", None),
        "noun": ("Analysts follow the expansion of China.", "China", "expansion", "follow"),
        "statement": ("Analysts said that China has new ports.", "China", "has", "said"),
        "object_noun": ("China filed a lawsuit against Brazil.", "China", "lawsuit", None),
    },
    "es": {
        "state": ("China tiene dos nuevos puertos.", "China", "tiene", None),
        "compound": ("China ha ampliado sus puertos.", "China", "ampliado", None),
        "object": ("Brasil elogió a China el lunes.", "China", "elogió", None),
        "agent": ("El plan fue aprobado por Rusia.", "Russia", "aprobado", None),
        "noun": ("Los analistas siguen la ampliación de China.", "China", "ampliación", None),
        "statement": ("Los analistas dijeron que China tiene nuevos puertos.", "China", "tiene", "dijeron"),
        "object_noun": ("China presentó una demanda contra Brasil.", "China", "demanda", None),
    },
    "fr": {
        "state": ("La Chine possède deux nouveaux ports.", "China", "possède", None),
        "compound": ("La Chine a modernisé ses ports.", "China", "modernisé", None),
        "object": ("Le Brésil a salué la Chine lundi.", "China", "salué", None),
        "agent": ("Le plan a été approuvé par la Russie.", "Russia", "approuvé", None),
        "noun": ("Les analystes suivent l'expansion de la Chine.", "China", "expansion", None),
        "statement": ("Les analystes ont dit que la Chine possède de nouveaux ports.", "China",
                      "possède", "dit"),
        "object_noun": ("La Chine a déposé une plainte contre le Brésil.", "China", "plainte", None),
    },
    "it": {
        "state": ("La Cina possiede due nuovi porti.", "China", "possiede", None),
        "compound": ("La Cina ha ampliato i suoi porti.", "China", "ampliato", None),
        "object": ("Il Brasile ha lodato la Cina lunedì.", "China", "lodato", None),
        "agent": ("Il piano è stato approvato dalla Russia.", "Russia", "approvato", None),
        "noun": ("Gli analisti seguono l'espansione della Cina.", "China", "espansione", None),
        "statement": ("Gli analisti hanno detto che la Cina possiede nuovi porti.", "China",
                      "possiede", "detto"),
        "object_noun": ("La Cina ha presentato una denuncia contro il Brasile.", "China", "denuncia", None),
    },
    "pt": {
        "state": ("A China usa dois novos portos.", "China", "usa", None),
        "compound": ("A China tem ampliado seus portos.", "China", "ampliado", None),
        "object": ("O Brasil elogiou a China na segunda-feira.", "China", "elogiou", None),
        "agent": ("O plano foi aprovado pela Rússia.", "Russia", "aprovado", None),
        "noun": ("Os analistas acompanham a expansão da China.", "China", "expansão", None),
        "statement": ("Os analistas disseram que a China usa novos portos.", "China", "usa", "disseram"),
        "object_noun": ("A China abriu um processo contra o Brasil.", "China", "processo", None),
    },
    "de": {
        "state": ("China besitzt zwei neue Häfen.", "China", "besitzt", None),
        "compound": ("China hat seine Häfen erweitert.", "China", "erweitert", "hat"),
        "object": ("Brasilien lobte China am Montag.", "China", "lobte", None),
        "agent": ("Der Plan wurde von Russland gebilligt.", "Russia", "gebilligt", None),
        "noun": ("Analysten verfolgen die Erweiterung der Europäischen Union.", "European Union",
                 "Erweiterung", None),
        "statement": ("Analysten sagten, dass China neue Häfen besitzt.", "China", None, "sagten"),
        "object_noun": ("China reichte eine Klage gegen Brasilien ein.", "China", "Klage", None),
    },
    "ru": {
        "state": ("Китай имеет два новых порта.", "China", "имеет", None),
        "compound": ("Китай будет строить новые порты.", "China", "строить", None),
        "object": ("Бразилия похвалила Китай в понедельник.", "China", "похвалила", None),
        "agent": ("Об этом сообщил Китай.", "China", "сообщил", None),
        "noun": ("Аналитики следят за расширением Китая.", "China", "расширением", "следят"),
        "statement": ("Аналитики сообщили, что Китай имеет новые порты.", "China", "имеет", "сообщили"),
        "object_noun": ("Китай подал иск против Бразилии.", "China", "иск", None),
    },
    "ar": {
        "state": ("تملك الصين موانئ جديدة.", "China", "تملك", None),
        "compound": ("سوف تبني الصين موانئ جديدة.", "China", "تبني", None),
        "object": ("استقبلت البرازيل الصين يوم الاثنين.", "China", "استقبلت", None),
        "agent": ("أعلنت الصين خطة جديدة.", "China", "أعلنت", None),
        "noun": ("يتابع المحللون زيارة الصين.", "China", "زيارة", None),
        "statement": ("قال المحللون إن الصين تملك موانئ جديدة.", "China", None, "قال"),
        "object_noun": ("رفعت الصين دعوى ضد البرازيل.", "China", "دعوى", None),
    },
}


def test_every_language_has_every_failure_type() -> None:
    assert set(CASES) == set(available_languages())
    for lang, cases in CASES.items():
        assert set(cases) == set(CASES["en"]), lang


@pytest.mark.parametrize(("lang", "failure"), [(lang, f) for lang in CASES for f in CASES[lang]])
def test_the_entity_takes_part_in_its_own_event_words_only(lang: str, failure: str) -> None:
    text, entity, takes_part, not_part = CASES[lang][failure]
    found = arguments(text, lang)
    if takes_part is not None:
        assert entity in found.get(takes_part, []), found
    if not_part is not None:
        assert entity not in found.get(not_part, []), found


def test_a_thing_named_before_is_what_it_stands_for() -> None:
    found = arguments("Contoso Motors opened a plant in Ohio. It also has a new design centre.", "en")
    assert "Contoso Motors" in found["has"], found
    found = arguments("Contoso Motors eröffnete ein Werk. Es besitzt auch ein neues Designzentrum.", "de")
    assert "Contoso Motors" in found["besitzt"], found


def test_a_particle_completes_its_verb() -> None:
    assert "took off" in arguments("Steve Jobs took six months off in 2009.", "en")
    found = arguments("Steve Jobs has chosen to step down as CEO.", "en")
    assert "chosen" in found and "step down" in found, found  # not "chosen down"
    found = arguments("Contoso Motors stellte am Montag ein neues Auto vor.", "de")
    assert "Contoso Motors" in found["stellte vor"], found
    assert "besitzt" in arguments("Contoso Motors besitzt ein Werk in Bremen.", "de")


def test_a_present_state_is_dated_by_its_report_and_a_past_event_by_the_focus_day() -> None:
    text = "Contoso Motors unveiled its new car on Monday. Contoso Motors builds it in Ohio."
    by_word = {m.trigger: m for m in analyze([article(text, "en-2", dt.date(2024, 5, 8))]).mentions}
    assert by_word["unveiled"].date == dt.date(2024, 5, 6)
    assert by_word["builds"].date == dt.date(2024, 5, 8)


# A quotation attributed after it, the speaker after the verb ("said" is also a common word).
ATTRIBUTED_QUOTES = {
    "en": ('"We will build new ports," said Xi Jinping.', "said"),
    "es": ('"Construiremos nuevos puertos", dijo Xi Jinping.', "dijo"),
    "fr": ('"Nous construirons des ports", a déclaré Xi Jinping.', "déclaré"),
    "it": ('"Costruiremo nuovi porti", ha detto Xi Jinping.', "ha detto"),
    "pt": ('"Vamos construir novos portos", disse Xi Jinping.', "disse"),
    "de": ('"Wir bauen neue Häfen", sagte Xi Jinping.', "sagte"),
    "ru": ('"Мы построим новые порты", сказал Си Цзиньпин.', "сказал"),
    "ar": ('"سنبني موانئ جديدة"، قال شي جين بينغ.', "قال"),
}


@pytest.mark.parametrize("lang", sorted(ATTRIBUTED_QUOTES))
def test_the_speaker_after_a_quotation_takes_part_in_the_statement(lang: str) -> None:
    text, verb = ATTRIBUTED_QUOTES[lang]
    assert "Xi Jinping" in arguments(text, lang).get(verb, []), lang


def test_a_grammar_word_is_no_event_though_folded_it_spells_one() -> None:
    # French "ne" (negation) and "né" (born) fold to one word: only the second is a birth.
    negation = arguments("La Chine ne commente pas l'accord.", "fr")
    assert "ne" not in negation and "China" in negation["commente"], negation
    assert arguments("Xi Jinping est né le 15 juin 1953 à Pékin.", "fr")["né"] == ["Xi Jinping"]
    # An adverb with accents, written with or without them, still stands between subject and verb.
    for also in ("también", "tambien"):
        assert "Xi Jinping" in arguments(f"Xi Jinping {also} visitó Moscú.", "es")["visitó"], also


def test_a_possessor_is_not_the_object_of_the_verb_before_it() -> None:
    """English marks the possessor with an apostrophe: "showed off iPhone 4's new camera"
    shows the camera; the other languages write "de", "des", "di", "do" (the "of" rule)."""
    found = arguments("Steve Jobs showed off the Contoso Phone's new camera in Ohio.", "en")
    assert "Contoso Phone" not in found["showed off"] and "Steve Jobs" in found["showed off"], found
    found = arguments("Steve Jobs showed off the Contoso Phone in Ohio.", "en")
    assert "Contoso Phone" in found["showed off"], found


# A light verb with an event noun as its object: the noun is the event, the verb is not.
LIGHT = {
    "en": ("China made a visit to Brazil.", "made", "visit"),
    "es": ("China hizo una visita a Brasil.", "hizo", "visita"),
    "fr": ("La Chine a fait une visite au Brésil.", "fait", "visite"),
    "it": ("La Cina ha fatto una visita in Brasile.", "fatto", "visita"),
    "pt": ("A China fez uma visita ao Brasil.", "fez", "visita"),
    "de": ("China machte einen Besuch in Brasilien.", "machte", "Besuch"),
    "ru": ("Китай сделал визит в Бразилию.", "сделал", "визит"),
    "ar": ("الصين أجرت زيارة إلى البرازيل.", "أجرت", "زيارة"),
}


@pytest.mark.parametrize("lang", sorted(LIGHT))
def test_after_a_light_verb_the_noun_is_the_event(lang: str) -> None:
    text, verb, noun = LIGHT[lang]
    found = arguments(text, lang)
    assert "China" in found.get(noun, []) and "China" not in found.get(verb, []), (lang, found)


# An entity completing a noun with "of" is not the subject of the verb after it: the noun is.
OF_COMPLEMENT = {
    "en": ("Pre-orders of the recently announced Contoso Phone began on Tuesday.", "Contoso Phone", "began"),
    "es": ("Las ventas del nuevo Contoso Phone comenzaron el martes.", "Contoso Phone", "comenzaron"),
    "fr": ("Les ventes du nouveau Contoso Phone ont commencé mardi.", "Contoso Phone", "commencé"),
    "it": ("Le prenotazioni del nuovo Contoso Phone sono cominciate martedì.", "Contoso Phone", "cominciate"),
    "pt": ("As vendas do novo Contoso Phone começaram na terça-feira.", "Contoso Phone", "começaram"),
    "de": ("Der Verkauf des neuen Contoso Phone verdoppelte sich am Dienstag.", "Contoso Phone", "verdoppelte"),
}


@pytest.mark.parametrize("lang", sorted(OF_COMPLEMENT))
def test_an_of_complement_is_not_the_subject_of_the_next_verb(lang: str) -> None:
    text, entity, verb = OF_COMPLEMENT[lang]
    found = arguments(text, lang)
    assert entity not in found.get(verb, []), (lang, found)
    control = arguments(text.split(" ", 1)[0] + " " + entity + " " + verb + " " + text.rsplit(verb, 1)[1], lang)
    assert entity in control.get(verb, []), (lang, control)
