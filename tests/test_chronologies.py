"""Chronologies inside a collection: their entries are on topic when their article is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.ingest import make_article
from dateline.model import Timex
from dateline.pipeline import analyse
from dateline.render.jsonout import timeline_dict
from dateline.saved import save_timeline
from dateline.store import open_store
from dateline.temporal import annotate
from dateline.timeline import Size, build, prepare
from dateline.timeline.corpus import elsewhere, period_of
from dateline.timeline.dates import attached, listed, on_topic
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
        timeline_id = save_timeline(store, "dam", {"q": [query], "dates": 4})
        stored, outlets, _ = store.timeline_articles([query], limit=100)
        built = timeline_dict(build(stored, query=[query], dates=4, outlets=outlets))
        saved = store.saved_timeline(timeline_id).result
    assert saved["entries"] == built["entries"]
    assert "2024-03-05" in {entry["date"] for entry in saved["entries"]}


# Per language: the query, two reports dating the gates' closing by weekday (Tuesday 5 March
# 2024, published Thursday 7 March), each followed by a sentence of its own, and a later
# article naming that day in full in passing.
WEEKDAY_REPORTS = {
    "en": ("dam", "On Tuesday engineers closed the dam gates as the flood water kept rising.",
           "Engineers closed the gates of the dam on Tuesday while the flood water kept rising.",
           "The dam, damaged on 5 March 2024, has a new director who promises repairs."),
    "es": ("presa", "El martes los ingenieros cerraron las compuertas de la presa ante la crecida.",
           "Los ingenieros cerraron el martes las compuertas de la presa por la crecida del agua.",
           "La presa, dañada el 5 de marzo de 2024, tiene un nuevo director que promete obras."),
    "fr": ("barrage", "Mardi, les ingénieurs ont fermé les vannes du barrage face à la crue.",
           "Les ingénieurs ont fermé mardi les vannes du barrage pendant que la crue montait.",
           "Le barrage, endommagé le 5 mars 2024, a un nouveau directeur qui promet des travaux."),
    "it": ("diga", "Martedì gli ingegneri hanno chiuso le paratoie della diga per la piena.",
           "Gli ingegneri hanno chiuso martedì le paratoie della diga mentre la piena saliva.",
           "La diga, danneggiata il 5 marzo 2024, ha un nuovo direttore che promette lavori."),
    "de": ("damm", "Am Dienstag schlossen die Ingenieure die Tore am Damm wegen der Flut.",
           "Die Ingenieure schlossen am Dienstag die Tore am Damm, während die Flut stieg.",
           "Der Damm, am 5. März 2024 beschädigt, hat einen neuen Leiter, der Reparaturen verspricht."),
    "pt": ("barragem", "Na terça-feira os engenheiros fecharam as comportas da barragem pela cheia.",
           "Os engenheiros fecharam na terça-feira as comportas da barragem enquanto a cheia subia.",
           "A barragem, danificada em 5 de março de 2024, tem um novo diretor que promete obras."),
    "ru": ("плотин", "Во вторник инженеры закрыли затворы плотины из-за паводка.",
           "Инженеры во вторник закрыли затворы плотины, пока паводок поднимался.",
           "У плотины, поврежденной 5 марта 2024 года, новый директор, который обещает ремонт."),
    "ar": ("السد", "يوم الثلاثاء أغلق المهندسون بوابات السد بسبب الفيضان.",
           "أغلق المهندسون يوم الثلاثاء بوابات السد بينما كان الفيضان يرتفع.",
           "السد الذي تضرر في 5 مارس 2024 له مدير جديد يعد بالإصلاحات."),
}


@pytest.mark.parametrize("lang", sorted(WEEKDAY_REPORTS))
def test_a_day_dated_by_weekday_is_summarized_by_its_reports(lang: str) -> None:
    """The sentence closest to what the day's sentences say wins, however it dates the day:
    the reports dating it by weekday, not a later sentence naming it in full in passing (a
    sentence naming its day came first until session 13, which cost languages that date
    events by weekday their best sentences)."""
    query, first, second, passing = WEEKDAY_REPORTS[lang]
    day, published = D(2024, 3, 5), D(2024, 3, 7)
    articles = [_article(first, published, "first", lang), _article(second, published, "second", lang),
                _article(passing, D(2024, 4, 2), "later", lang)]
    corpus, _ = prepare(articles, [query])
    assert [[m.kind for m in found if m.date == day] for found in corpus.mentions] == \
        [["weekday"], ["weekday"], ["stated"]]
    timeline = build(articles, query=[query], dates=1, sentences=1, start=day, end=day)
    assert [e.date for e in timeline.entries] == [day]
    assert timeline.entries[0].sentences[0].article_id in {"first", "second"}


def test_a_chronology_entry_comes_before_other_sentences_about_its_day() -> None:
    """A chronology's entry is its outlet's one-line summary of the day: it is taken before
    reports that say more about the day (here two that share most of their words)."""
    query, text, day = CHRONOLOGIES["en"]
    reports = [_article(f"Crews moved Brenna residents below the dam on 5 March 2024, {who} said.",
                        D(2024, 3, 6), name, "en") for name, who in (("a", "police"), ("b", "officials"))]
    articles = [_article(text, day, "chronology", "en"), *reports]
    timeline = build(articles, query=[query], dates=1, sentences=1, start=D(2024, 3, 5),
                     end=D(2024, 3, 5))
    assert [s.article_id for e in timeline.entries for s in e.sentences] == ["chronology"]


# Per language: the opening of the 9 March entry, and an undated sentence going on with the
# 5 March entry before it.
CONTINUATIONS = {
    "en": ("On 9 March", "Buses waited at the school gates."),
    "es": ("9 de marzo", "Los autobuses esperaban ante la escuela."),
    "fr": ("Le 9 mars", "Les bus attendaient devant l'école."),
    "de": ("Am 9. März", "Die Busse warteten vor der Schule."),
    "it": ("Il 9 marzo", "Gli autobus aspettavano davanti alla scuola."),
    "pt": ("Em 9 de março", "Os ônibus esperavam em frente à escola."),
    "ru": ("9 марта", "Автобусы ждали у школы."),
    "ar": ("في 9 مارس", "انتظرت الحافلات أمام المدرسة."),
}


def _going_on(lang: str) -> tuple[str, str, str, dt.date]:
    """The chronology of `lang` with an undated sentence going on with its 5 March entry."""
    query, text, day = CHRONOLOGIES[lang]
    marker, going_on = CONTINUATIONS[lang]
    assert text.count(marker) == 1
    return query, text.replace(marker, f"{going_on}\n{marker}"), going_on, day


@pytest.mark.parametrize("lang", sorted(CHRONOLOGIES))
def test_an_undated_sentence_after_an_entry_tells_of_the_entrys_day(lang: str) -> None:
    """It goes on with the entry, not with the article's focus day (the first entry's)."""
    query, text, going_on, day = _going_on(lang)
    corpus, _ = prepare([_article(text, day, "chronology", lang)], [query])
    (i,) = [k for k, t in enumerate(corpus.texts) if t == going_on]
    assert not corpus.mentions[i] and corpus.listed.sum() == 4
    under = attached(corpus, Size(5, 1))
    assert i in under[D(2024, 3, 5)] and i not in under.get(D(2024, 3, 2), [])


# Per language: a chronology giving each day a line of its own, its events in the next line; and
# the 5 March events.
DATE_LINES = {
    "en": ("dam", "The Orva dam crisis, step by step. Engineers feared the dam would fail.\n"
           "2 March 2024.\nEngineers reported cracks in the wall of the dam.\n"
           "5 March 2024.\nThe valley towns below the dam were evacuated by the army.\n"
           "9 March 2024.\nThe water level behind the dam started to fall.",
           "The valley towns below the dam were evacuated by the army."),
    "es": ("presa", "La crisis de la presa del Orva, paso a paso. Los ingenieros temían que la "
           "presa cediera.\n-. 2 de marzo de 2024.\nLos ingenieros detectan grietas en el muro de la presa.\n"
           "-. 5 de marzo de 2024.\nEl ejército evacúa los pueblos del valle bajo la presa.\n"
           "-. 9 de marzo de 2024.\nEl nivel del agua de la presa empieza a bajar.",
           "El ejército evacúa los pueblos del valle bajo la presa."),
    "fr": ("barrage", "La crise du barrage de l'Orva, pas à pas. Les ingénieurs craignaient que le "
           "barrage cède.\n2 mars 2024.\nLes ingénieurs signalent des fissures dans le mur du barrage.\n"
           "5 mars 2024.\nL'armée évacue les villages de la vallée sous le barrage.\n"
           "9 mars 2024.\nLe niveau de l'eau du barrage commence à baisser.",
           "L'armée évacue les villages de la vallée sous le barrage."),
    "de": ("damm", "Die Krise am Orva-Damm, Schritt für Schritt. Ingenieure fürchteten, der Damm "
           "könnte brechen.\n2. März 2024.\nIngenieure melden Risse in der Mauer des Damms.\n"
           "5. März 2024.\nDie Armee räumt die Dörfer im Tal unter dem Damm.\n"
           "9. März 2024.\nDer Wasserstand hinter dem Damm beginnt zu sinken.",
           "Die Armee räumt die Dörfer im Tal unter dem Damm."),
    "it": ("diga", "La crisi della diga dell'Orva, passo dopo passo. Gli ingegneri temevano che la "
           "diga cedesse.\n2 marzo 2024.\nGli ingegneri segnalano crepe nel muro della diga.\n"
           "5 marzo 2024.\nL'esercito evacua i paesi della valle sotto la diga.\n"
           "9 marzo 2024.\nIl livello dell'acqua della diga comincia a scendere.",
           "L'esercito evacua i paesi della valle sotto la diga."),
    "pt": ("barragem", "A crise da barragem do Orva, passo a passo. Os engenheiros temiam que a "
           "barragem cedesse.\n2 de março de 2024.\nOs engenheiros relatam fissuras no muro da barragem.\n"
           "5 de março de 2024.\nO exército evacua as aldeias do vale abaixo da barragem.\n"
           "9 de março de 2024.\nO nível da água da barragem começa a baixar.",
           "O exército evacua as aldeias do vale abaixo da barragem."),
    "ru": ("плотин", "Кризис на плотине Орва, шаг за шагом. Инженеры опасались, что плотина не "
           "выдержит.\n2 марта 2024 года.\nИнженеры сообщают о трещинах в стене плотины.\n"
           "5 марта 2024 года.\nАрмия эвакуирует деревни в долине под плотиной.\n"
           "9 марта 2024 года.\nУровень воды у плотины начинает снижаться.",
           "Армия эвакуирует деревни в долине под плотиной."),
    "ar": ("السد", "أزمة سد أورفا خطوة بخطوة. خشي المهندسون أن ينهار السد.\n"
           "2 مارس 2024.\nأبلغ المهندسون عن شقوق في جدار السد.\n"
           "5 مارس 2024.\nأجلى الجيش سكان قرى الوادي تحت السد.\n"
           "9 مارس 2024.\nبدأ منسوب المياه خلف السد في الانخفاض.",
           "أجلى الجيش سكان قرى الوادي تحت السد."),
}


@pytest.mark.parametrize("lang", sorted(DATE_LINES))
def test_a_chronology_line_holding_only_its_date_is_not_the_days_summary(lang: str) -> None:
    """The line naming the day is an entry, yet says nothing of it: among the collection's
    shortest sentences (weight 0), it is taken only when nothing else is left, so the day's
    summary is the entry's next sentence (until session 13 the date line came first)."""
    query, text, events = DATE_LINES[lang]
    filler = " ".join(f"The museum opened its new hall number {k} to the many visitors." for k in range(40))
    articles = [_article(text, D(2024, 3, 12), "chronology", lang),
                _article(filler, D(2024, 3, 12), "filler", "en")]
    corpus, _ = prepare(articles, [query])
    lines = [i for i, t in enumerate(corpus.texts) if corpus.listed[i]]
    assert len(lines) == 3 and (corpus.length_weights()[lines] == 0).all()
    timeline = build(articles, query=[query], dates=1, sentences=1, start=D(2024, 3, 5), end=D(2024, 3, 5))
    (entry,) = timeline.entries
    assert entry.date == D(2024, 3, 5) and [s.text for s in entry.sentences] == [events]


@pytest.mark.parametrize("lang", sorted(DATE_LINES))
def test_a_date_line_is_no_summary_among_short_sentences(lang: str) -> None:
    """Where the collection's sentences are short, the date lines are not among its shortest
    tenth, yet say as little: a line holding nothing but its date (`Corpus.date_only`) heads
    its entry without being part of it, so the day's summary is the entry's next sentence.
    (Syria's ML-Crisis collection, many of whose lines are short, had five days summarized by
    their date line alone until session 15.) An entry telling its events is no date line."""
    query, text, events = DATE_LINES[lang]
    articles = [_article(text, D(2024, 3, 12), "chronology", lang)]
    corpus, _ = prepare(articles, [query])
    lines = [i for i in range(len(corpus)) if corpus.listed[i]]
    assert len(lines) == 3 and corpus.date_only[lines].all() and corpus.date_only.sum() == 3
    assert (corpus.length_weights()[lines] > 0).all()
    timeline = build(articles, query=[query], dates=1, sentences=1, start=D(2024, 3, 5), end=D(2024, 3, 5))
    (entry,) = timeline.entries
    assert entry.date == D(2024, 3, 5) and [s.text for s in entry.sentences] == [events]
    told, _ = prepare([_article(CHRONOLOGIES[lang][1], D(2024, 3, 12), "told", lang)], [query])
    assert told.listed.sum() == 4 and not told.date_only.any()


@pytest.mark.parametrize("lang", sorted(CHRONOLOGIES))
def test_a_sentence_going_on_with_an_entry_is_part_of_the_entry(lang: str) -> None:
    """It never names the topic, yet tells of the entry's day as the entry does: it is on topic
    with the entry and comes in the entry's tier (until session 14 it was off topic, so the day
    had only its opening line)."""
    query, text, going_on, day = _going_on(lang)
    articles = [_article(text, day, "chronology", lang)]
    corpus, _ = prepare(articles, [query])
    (i,) = [k for k, t in enumerate(corpus.texts) if t == going_on]
    assert not corpus.matches[i] and on_topic(corpus)[i]
    assert i in listed(corpus, Size(5, 1))[D(2024, 3, 5)]
    timeline = build(articles, query=[query], dates=1, sentences=2, start=D(2024, 3, 5), end=D(2024, 3, 5))
    (entry,) = timeline.entries
    assert going_on in [s.text for s in entry.sentences] and len(entry.sentences) == 2


def test_a_saved_timeline_keeps_the_sentences_going_on_with_an_entry(tmp_path: Path) -> None:
    """The store keeps them as a tier of their own (first tier and attached at once): the saved
    timeline equals the built one."""
    query, text, going_on, day = _going_on("en")
    saved = _saved_as_built(tmp_path, query, text, day, dates=4, sentences=2)
    assert going_on in {s["text"] for entry in saved for s in entry["sentences"]}


def test_a_saved_timeline_leaves_date_lines_out_as_a_built_one_does(tmp_path: Path) -> None:
    """The store keeps the first tier as `dates.listed` gives it: without the date lines."""
    query, text, events = DATE_LINES["en"]
    saved = _saved_as_built(tmp_path, query, text, D(2024, 3, 12), dates=3, sentences=1)
    assert events in {s["text"] for entry in saved for s in entry["sentences"]}


def _saved_as_built(tmp_path: Path, query: str, text: str, day: dt.date, *, dates: int,
                    sentences: int) -> list[dict]:
    """The entries of a saved timeline over one English article, checked equal to those
    `build` gives from the same stored article."""
    articles = [analyse(make_article(text, id="chronology", date=day, lang="en"))]
    with open_store(tmp_path / "c.sqlite") as store:
        store.add(articles)
        timeline_id = save_timeline(store, "dam", {"q": [query], "dates": dates, "sentences": sentences})
        stored, outlets, _ = store.timeline_articles([query], limit=100)
        built = timeline_dict(build(stored, query=[query], dates=dates, sentences=sentences, outlets=outlets))
        saved = store.saved_timeline(timeline_id).result
    assert saved["entries"] == built["entries"]
    return saved["entries"]


# Per language, after an entry: a sentence naming another year in passing (it still tells of
# the entry's day), one opening with another year, and an undated sentence after that.
ANOTHER_TIME = {
    "en": ("The valley had been calm since 1963.", "In 1998, the state built the dam.", "It cost a fortune."),
    "es": ("El valle estaba en calma desde 1963.", "En 1998, el Estado construyó la presa.", "Costó una fortuna."),
    "fr": ("La vallée était calme depuis 1963.", "En 1998, l'État a construit le barrage.",
           "Il a coûté une fortune."),
    "de": ("Das Tal war seit 1963 ruhig.", "1998 baute der Staat den Damm.", "Er kostete ein Vermögen."),
    "it": ("La valle era tranquilla dal 1963.", "Nel 1998 lo Stato costruì la diga.", "Costò una fortuna."),
    "pt": ("O vale estava calmo desde 1963.", "Em 1998, o Estado construiu a barragem.", "Custou uma fortuna."),
    "ru": ("Долина была спокойной с 1963 года.", "В 1998 году государство построило плотину.",
           "Она стоила целое состояние."),
    "ar": ("كان الوادي هادئا منذ 1963.", "في 1998، بنت الدولة السد.", "وكلف ذلك ثروة."),
}


@pytest.mark.parametrize("lang", sorted(ANOTHER_TIME))
def test_a_sentence_opening_with_another_year_ends_the_entry(lang: str) -> None:
    """"Desde mediados de 2004, el Ejército..." after a profile's "El 27 de abril de 1993"
    entry went on with it, so the 1993 day was summarized by a 2004 event (yemen, ML-Crisis).
    A sentence opening with a year or month that does not hold the entry's day tells of that
    time: it ends the entry, and neither it nor the undated sentence after it is the day's, nor
    is it the article's focus day's. A year named in passing does not end it."""
    query, text, day = CHRONOLOGIES[lang]
    marker = CONTINUATIONS[lang][0]
    passing, opening, after = ANOTHER_TIME[lang]
    text = text.replace(marker, f"{passing}\n{opening}\n{after}\n{marker}")
    corpus, _ = prepare([_article(text, day, "chronology", lang)], [query])
    number = {t: k for k, t in enumerate(corpus.texts)}
    assert corpus.listed.sum() == 4 and not any(corpus.mentions[number[t]] for t in (passing, opening, after))
    entry = corpus.continues
    assert corpus.texts[entry[number[passing]]].startswith(marker.replace("9", "5"))
    assert entry[number[opening]] == -1 and entry[number[after]] == -1
    under = attached(corpus, Size(5, 1))
    assert number[passing] in under[D(2024, 3, 5)] and number[after] not in under[D(2024, 3, 5)]
    assert all(number[opening] not in found for found in under.values())
    assert all(number[opening] not in found and number[after] not in found
               for found in listed(corpus, Size(5, 1)).values())


def test_a_period_is_the_stretch_of_days_it_names() -> None:
    def timex(value: str, kind: str = "DATE") -> Timex:
        return Timex(start=0, end=1, text="x", type=kind, value=value)

    assert period_of(timex("2004")) == (D(2004, 1, 1), D(2004, 12, 31))
    assert period_of(timex("2024-02")) == (D(2024, 2, 1), D(2024, 2, 29))
    assert period_of(timex("2024-12")) == (D(2024, 12, 1), D(2024, 12, 31))
    assert period_of(timex("2011-W05")) == (D(2011, 1, 31), D(2011, 2, 6))
    assert period_of(timex("201")) == (D(2010, 1, 1), D(2019, 12, 31))
    assert period_of(timex("2011-SU")) == period_of(timex("2011-Q3")) == (D(2011, 1, 1), D(2011, 12, 31))
    for value in ("2011-03-05", "PRESENT_REF", "PAST_REF", "XXXX-03", "2011-13", "2011-W60"):
        assert period_of(timex(value)) is None, value
    assert period_of(timex("P3Y", "DURATION")) is None and period_of(timex("2004", "SET")) is None
    assert elsewhere(((D(2004, 1, 1), D(2004, 12, 31)),), D(1993, 4, 27))
    assert not elsewhere(((D(1993, 1, 1), D(1993, 12, 31)),), D(1993, 4, 27)) and not elsewhere((), D(1993, 4, 27))
