"""Chronologies inside a collection: their entries are on topic when their article is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.ingest import make_article
from dateline.pipeline import analyse
from dateline.render.jsonout import timeline_dict
from dateline.store import open_store
from dateline.temporal import annotate
from dateline.timeline import Size, build, prepare
from dateline.timeline.dates import on_topic
from dateline.timeline.features import day_counts, summarizable_days

D = dt.date

# Per language: a lead naming the topic, then entries opening with the day they name and
# never naming the topic (one per line, as chronologies are laid out).
CHRONOLOGIES = {
    "en": ("dam", "The Orva dam crisis, step by step. Engineers feared the dam would fail. "
           "On 2 March 2024 engineers reported cracks in the wall. "
           "On 5 March 2024 the valley towns were evacuated. "
           "On 9 March 2024 the water level started to fall. "
           "On 12 March 2024 families returned to their homes.", D(2024, 3, 12)),
    "es": ("presa", "La crisis de la presa del Orva, paso a paso. Los ingenieros temían que la "
           "presa cediera.\n2 de marzo de 2024: los ingenieros detectan grietas en el muro.\n"
           "5 de marzo de 2024: los pueblos del valle son evacuados.\n"
           "9 de marzo de 2024: el nivel del agua empieza a bajar.\n"
           "12 de marzo de 2024: las familias vuelven a sus casas.", D(2024, 3, 12)),
    "fr": ("barrage", "La crise du barrage de l'Orva, pas à pas. Les ingénieurs craignaient que le "
           "barrage cède. Le 2 mars 2024, les ingénieurs signalent des fissures dans le mur. "
           "Le 5 mars 2024, les villages de la vallée sont évacués. "
           "Le 9 mars 2024, le niveau de l'eau commence à baisser. "
           "Le 12 mars 2024, les familles rentrent chez elles.", D(2024, 3, 12)),
    "de": ("damm", "Die Krise am Orva-Damm, Schritt für Schritt. Ingenieure fürchteten, der Damm "
           "könnte brechen.\nAm 2. März 2024 meldeten Ingenieure Risse in der Mauer.\n"
           "Am 5. März 2024 wurden die Orte im Tal evakuiert.\n"
           "Am 9. März 2024 begann der Wasserstand zu sinken.\n"
           "Am 12. März 2024 kehrten die Familien nach Hause zurück.", D(2024, 3, 12)),
    "it": ("diga", "La crisi della diga dell'Orva, passo dopo passo. Gli ingegneri temevano che la "
           "diga cedesse.\nIl 2 marzo 2024 gli ingegneri segnalano crepe nel muro.\n"
           "Il 5 marzo 2024 i paesi della valle vengono evacuati.\n"
           "Il 9 marzo 2024 il livello dell'acqua comincia a scendere.\n"
           "Il 12 marzo 2024 le famiglie tornano a casa.", D(2024, 3, 12)),
    "pt": ("barragem", "A crise da barragem do Orva, passo a passo. Os engenheiros temiam que a "
           "barragem cedesse.\nEm 2 de março de 2024, os engenheiros relatam fissuras no muro.\n"
           "Em 5 de março de 2024, as aldeias do vale são evacuadas.\n"
           "Em 9 de março de 2024, o nível da água começa a baixar.\n"
           "Em 12 de março de 2024, as famílias voltam para casa.", D(2024, 3, 12)),
    "ru": ("плотин", "Кризис на плотине Орва, шаг за шагом. Инженеры опасались, что плотина не "
           "выдержит.\n2 марта 2024 года инженеры сообщили о трещинах в стене.\n"
           "5 марта 2024 года жителей долины эвакуировали.\n"
           "9 марта 2024 года уровень воды начал снижаться.\n"
           "12 марта 2024 года семьи вернулись домой.", D(2024, 3, 12)),
    "ar": ("السد", "أزمة سد أورفا خطوة بخطوة. خشي المهندسون أن ينهار السد.\n"
           "في 2 مارس 2024 أبلغ المهندسون عن شقوق في الجدار.\n"
           "في 5 مارس 2024 تم إجلاء سكان قرى الوادي.\n"
           "في 9 مارس 2024 بدأ منسوب المياه في الانخفاض.\n"
           "في 12 مارس 2024 عادت العائلات إلى منازلها.", D(2024, 3, 12)),
}


def _article(text: str, day: dt.date, name: str, lang: str):
    return annotate(make_article(text, id=name, date=day, lang=lang))


@pytest.mark.parametrize("lang", sorted(CHRONOLOGIES))
def test_entries_of_a_chronology_about_the_topic_are_on_topic(lang: str) -> None:
    query, text, day = CHRONOLOGIES[lang]
    corpus, _ = prepare([_article(text, day, "chronology", lang)], [query])
    assert corpus.listed.sum() == 4 and not corpus.matches[corpus.listed].any()
    assert on_topic(corpus)[corpus.listed].all()
    assert D(2024, 3, 5) in summarizable_days(corpus, Size(5, 1))
    counts = day_counts(corpus, Size(5, 1))[D(2024, 3, 5)]  # an entry names its day on topic
    assert counts["topic_stated"] == 1 and "topic" not in counts
    timeline = build([_article(text, day, "chronology", lang)], query=[query], dates=4, sentences=1)
    assert [e.date for e in timeline.entries] and all(
        e.date in {D(2024, 3, 2), D(2024, 3, 5), D(2024, 3, 9), D(2024, 3, 12)} for e in timeline.entries)


def test_a_list_needs_three_entries_and_an_article_about_the_topic() -> None:
    """Two sentences opening with a date are not a list; and the entries of a list in an
    article whose lead does not match the query stay off topic."""
    _, text, day = CHRONOLOGIES["en"]
    two = _article("The dam held. On 2 March 2024 engineers reported cracks. "
                   "On 5 March 2024 the valley towns were evacuated.", day, "two", "en")
    corpus, _ = prepare([two], ["dam"])
    assert not corpus.listed.any()
    other = _article("The reservoir was drained on 4 March 2024.", day, "other", "en")
    elsewhere, _ = prepare([_article(text, day, "chronology", "en"), other], ["reservoir"])
    assert elsewhere.listed.sum() == 4 and (on_topic(elsewhere) == elsewhere.matches).all()


def test_a_saved_timeline_uses_chronology_entries_as_a_built_one_does(tmp_path: Path) -> None:
    """The store keeps which candidates are on topic only as list entries: the saved timeline
    equals the one `build` gives from the same stored articles, entries included."""
    query, text, day = CHRONOLOGIES["en"]
    articles = [analyse(make_article(text, id="chronology", date=day, lang="en")),
                analyse(make_article("The dam reopened to visitors on 20 March 2024.", id="later",
                                     date=D(2024, 3, 21), lang="en"))]
    with open_store(tmp_path / "c.sqlite") as store:
        store.add(articles)
        timeline_id = store.save_timeline("dam", {"q": [query], "dates": 4})
        stored, outlets, _ = store.timeline_articles([query], limit=100)
        built = timeline_dict(build(stored, query=[query], dates=4, outlets=outlets))
        saved = store.saved_timeline(timeline_id).result
    assert saved["entries"] == built["entries"]
    assert "2024-03-05" in {entry["date"] for entry in saved["entries"]}
