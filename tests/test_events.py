"""The events stage: entities with their aliases, dated events, grouping, entity timelines."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
import json

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli.common import example_dir
from dateline.events import analyze, available_languages, find_entities
from dateline.events.entities import article_names
from dateline.events.lexicon import LexiconError, check, compile_lexicon, fold, lexicon
from dateline.model import EventAnchor
from dateline.pipeline import process
from dateline.timeline import build
from event_cases import arguments, article

def test_every_language_file_is_checked() -> None:
    assert "en" in available_languages()
    for code in available_languages():
        assert lexicon(code).triggers.exact or lexicon(code).triggers.prefixes


def test_every_language_reports_the_same_kinds_of_event_and_office() -> None:
    english = lexicon("en")
    for code in available_languages():
        lex = lexicon(code)
        for table in ("triggers", "titles"):
            kinds = lambda t: set(t.exact.values()) | {v for entries in t.prefixes.values() for _s, v in entries}
            assert kinds(getattr(lex, table)) == kinds(getattr(english, table)), (code, table)


def test_schema_errors_name_the_file_and_the_problem() -> None:
    with pytest.raises(LexiconError, match="xx.toml, \\[names\\]: missing or empty"):
        check({}, "xx.toml")
    good = {k: v for k, v in _en_data().items()}
    good["names"] = dict(good["names"], determiners="the")
    with pytest.raises(LexiconError, match="determiners: expected a list"):
        check(good, "xx.toml")
    short = dict(_en_data(), triggers={"visit": ["v*"]})
    with pytest.raises(LexiconError, match="two letters"):
        compile_lexicon(short, "xx")
    bad = dict(_en_data(), gazetteer={"Atlantis": ["atlantis"]})
    with pytest.raises(LexiconError, match="not in world.toml: Atlantis"):
        check(bad, "xx.toml")


def _en_data() -> dict:
    import tomllib
    from importlib import resources
    return tomllib.loads((resources.files("dateline.events") / "data" / "en.toml").read_text("utf-8"))


def test_acronym_surname_head_noun_and_office_aliases() -> None:
    a = article("General Motors (GM) said on Monday that its profit rose. GM shares gained. "
                "Chinese President Xi Jinping met Mary Barra in Detroit. Barra and Xi praised the deal. "
                "The Dow Jones Industrial Average fell 2%. Traders said the Dow fell again.", "a")
    b = article("The Chinese president will travel to Paris next week.", "b")
    names = find_entities([a, b])
    gm = names.entities["General Motors"]
    assert "GM" in gm.aliases and gm.mentions == 3
    xi = names.entities["Xi Jinping"]
    assert {"Xi", "Chinese president"} <= set(xi.aliases) and xi.articles == 2
    assert "Dow" in names.entities["Dow Jones Industrial Average"].aliases
    assert names.entities["Mary Barra"].type == "person"
    assert names.find("GM") == ["General Motors"]


def test_a_name_only_seen_opening_a_sentence_is_not_an_entity() -> None:
    names = find_entities([article("Signing of the papers is expected. Officials met.", "a")])
    assert "Signing" not in names.entities


def test_places_within_a_country_and_short_forms_in_capitals_only() -> None:
    names = find_entities([article("The Kremlin said Moscow and the US would talk. Let us wait.", "a")])
    assert names.entities["Kremlin"].within == "Russia"
    assert names.within("Russia") >= {"Russia", "Moscow", "Kremlin"}
    assert names.entities["United States"].mentions == 1


def test_event_anchor_status_and_participants() -> None:
    a = article("Russian President Vladimir Putin will visit China on May 16 for two days. "
                "Putin met Chinese President Xi Jinping in Beijing.", "a", dt.date(2024, 5, 6))
    events = analyze([a]).events
    visit = next(e for e in events if e.kind == "visit")
    assert visit.date == dt.date(2024, 5, 16) and visit.status == "planned"
    assert {"Vladimir Putin", "Russia", "China"} <= set(visit.participants)
    meet = next(e for e in events if e.kind == "meet")
    assert meet.date == dt.date(2024, 5, 6) and meet.mentions[0].anchor is EventAnchor.FOCUS_DAY
    assert meet.certainty < visit.certainty and meet.status == "happened"


def test_announced_event_and_range_start() -> None:
    a = article("The Kremlin announced on Sunday that the Chinese president will travel to "
                "Moscow from May 7 to 10 to attend the parade.", "a", dt.date(2025, 5, 6))
    events = analyze([a]).events
    travel = next(e for e in events if e.kind == "visit")
    assert travel.date == dt.date(2025, 5, 7) and travel.status == "announced"
    assert next(e for e in events if e.kind == "attend").status == "announced"  # for its sake
    es = article("El presidente chino viajará a Moscú el 7 de mayo para asistir al desfile.", "b",
                 dt.date(2025, 5, 6), "es")
    assert {e.kind: e.status for e in analyze([es]).events}["attend"] == "planned"


def test_reports_of_one_event_from_two_articles_are_one_event() -> None:
    a = article("Chinese President Xi Jinping arrived in Moscow on May 7 for a state visit.", "a",
                dt.date(2025, 5, 7))
    b = article("Xi Jinping arrived in Moscow on Wednesday, the Kremlin said.", "b", dt.date(2025, 5, 8))
    c = article("Apple unveiled a new iPhone on May 7.", "c", dt.date(2025, 5, 7))
    events = analyze([a, b, c]).events
    visits = [e for e in events if e.kind == "visit"]
    assert len(visits) == 1 and visits[0].articles == ["a", "b"]


def test_entity_and_pair_timelines_cite_every_source() -> None:
    articles = list(process([example_dir()]))
    xi = build(articles, entity=["Xi Jinping"])
    assert xi.method == "events" and xi.entries
    for entry in xi.entries:
        for sentence in entry.sentences:
            assert "Xi Jinping" in sentence.participants and sentence.article_id
    pair = build(articles, entity=["China", "Russia"])
    assert {e.date for e in pair.entries} & {e.date for e in xi.entries}
    assert "query is not used" in build(articles, entity=["Russia"], query=["talks"]).notes[-1]
    missing = build(articles, entity=["Atlantis"])
    assert not missing.entries and "no entity named 'Atlantis'" in missing.notes[0]


def test_a_day_three_articles_report_outranks_a_day_one_long_article_tells() -> None:
    long = article("Nordvik Bank opened a branch in Oslo on March 1. Nordvik Bank hired forty "
                   "clerks on March 1. Nordvik Bank signed a lease on March 1. Nordvik Bank "
                   "launched a savings account on March 1.", "long", dt.date(2024, 3, 2))
    short = [article(text, f"s{n}", dt.date(2024, 4, 11)) for n, text in enumerate((
        "Nordvik Bank bought Sorland Kreditt on April 10.",
        "On April 10 Nordvik Bank bought its rival Sorland Kreditt.",
        "Nordvik Bank bought the lender Sorland Kreditt on April 10, its chief said."))]
    timeline = build([long, *short], entity=["Nordvik Bank"], dates=1)
    assert [e.date for e in timeline.entries] == [dt.date(2024, 4, 10)]
    assert len(build([long, *short], entity=["Nordvik Bank"], dates=2).entries) == 2


def test_two_sentences_about_a_day_outweigh_one_sentence_dense_in_event_words() -> None:
    one = article("On March 1 Nordvik Bank opened a branch, hired forty clerks, signed a lease and "
                  "launched a savings account.", "one", dt.date(2024, 3, 2))
    two = article("Nordvik Bank bought Sorland Kreditt on April 10. Nordvik Bank closed its Bergen "
                  "office on April 10.", "two", dt.date(2024, 4, 11))
    timeline = build([one, two], entity=["Nordvik Bank"], dates=1)
    assert [e.date for e in timeline.entries] == [dt.date(2024, 4, 10)]


def test_a_day_something_happened_on_outranks_a_day_only_plans_fall_on() -> None:
    planned = article("Nordvik Bank will open a branch in Oslo on June 24. Nordvik Bank will "
                      "hire forty clerks on June 24.", "planned", dt.date(2024, 6, 3))
    happened = article("Nordvik Bank bought Sorland Kreditt.", "happened", dt.date(2024, 6, 5))
    timeline = build([planned, happened], entity=["Nordvik Bank"], dates=1)
    assert [e.date for e in timeline.entries] == [dt.date(2024, 6, 5)]
    assert [e.date for e in build([planned, happened], entity=["Nordvik Bank"], dates=2).entries] == [
        dt.date(2024, 6, 5), dt.date(2024, 6, 24)]


def test_an_entity_timeline_cites_the_report_that_names_the_entity() -> None:
    unnamed = article("Sorland Kreditt was bought by a rival bank on April 10.", "a", dt.date(2024, 4, 11))
    named = article("Nordvik Bank bought Sorland Kreditt on April 10.", "b", dt.date(2024, 4, 11))
    timeline = build([unnamed, named], entity=["Nordvik Bank"])
    cited = timeline.entries[0].sentences[0]
    assert cited.article_id == "b" and [r.article_id for r in cited.reports] == ["a"]


@pytest.mark.parametrize("fmt", ["md", "json", "html", "tilse"])
def test_entity_timeline_in_every_format(fmt: str) -> None:
    result = CliRunner().invoke(app, ["timeline", "--example", "--entity", "Xi Jinping",
                                      "--format", fmt, "--no-store"])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        entry = json.loads(result.stdout)["entries"][0]["sentences"][0]
        assert entry["participants"] and entry["source"]["article"] and "reports" in entry
    elif fmt in ("md", "html"):
        assert "participants:" in result.stdout


def test_entities_command() -> None:
    result = CliRunner().invoke(app, ["entities", str(example_dir()), "--format", "json"])
    assert result.exit_code == 0, result.output
    found = {e["id"]: e for e in json.loads(result.stdout)}
    assert "Xi" in found["Xi Jinping"]["aliases"] and found["Russia"]["type"] == "place"
    bad = CliRunner().invoke(app, ["entities", str(example_dir()), "--type", "planet"])
    assert bad.exit_code != 0 and "unknown type" in bad.output


@pytest.mark.shared_data
def test_seeds_bar(shared_data) -> None:
    seeds = shared_data.parent / "seeds"
    articles = list(process([seeds]))
    for query in (["Xi Jinping"], ["China", "Russia"]):
        timeline = build(articles, entity=query)
        by_day = {e.date: e for e in timeline.entries}
        assert dt.date(2023, 3, 20) in by_day, query
        assert {dt.date(2025, 5, 7), dt.date(2025, 5, 8)} & set(by_day), query
        visit = next(s for s in by_day[dt.date(2023, 3, 20)].sentences if "state visit" in s.text)
        assert {"Xi Jinping", "Russia"} <= set(visit.participants) and visit.path


# One hand-written story per language: an office next to its holder, the office alone in a
# second article, a visit to a capital on a stated day, and a visit still to come.
STORIES = {
    "en": ("Chinese President Xi Jinping arrived in Moscow on May 7.",
           "The Chinese president will visit Moscow on May 9."),
    "es": ("El presidente chino, Xi Jinping, llegó a Moscú el 7 de mayo.",
           "El presidente chino visitará Moscú el 9 de mayo."),
    "fr": ("Le président chinois Xi Jinping est arrivé à Moscou le 7 mai.",
           "Le président chinois visitera Moscou le 9 mai."),
    "it": ("Il presidente cinese Xi Jinping è arrivato a Mosca il 7 maggio.",
           "Il presidente cinese visiterà Mosca il 9 maggio."),
    "pt": ("O presidente chinês, Xi Jinping, chegou a Moscou em 7 de maio.",
           "O presidente chinês visitará Moscou em 9 de maio."),
    "de": ("Der chinesische Präsident Xi Jinping ist am 7. Mai in Moskau eingetroffen.",
           "Der chinesische Präsident wird am 9. Mai Moskau besuchen."),
    "ru": ("Председатель КНР Си Цзиньпин прибыл в Москву 7 мая.",
           "Председатель КНР посетит Москву 9 мая, сообщил Кремль."),
    "ar": ("وصل الرئيس الصيني شي جين بينغ إلى موسكو يوم 7 مايو.",
           "سيزور الرئيس الصيني موسكو يوم 9 مايو."),
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_office_alias_place_and_events_in_every_language(lang: str) -> None:
    first, second = STORIES[lang]
    a = article(first, "a", dt.date(2025, 5, 7), lang)
    b = article(second, "b", dt.date(2025, 5, 6), lang)
    analysis = analyze([a, b])
    xi = analysis.names.entities["Xi Jinping"]
    assert xi.articles == 2, (lang, analysis.names.mentions)
    visits = [e for e in analysis.involving("Xi Jinping", "Russia") if e.kind == "visit"]
    by_day = {e.date: e for e in visits}
    assert by_day[dt.date(2025, 5, 7)].status == "happened", (lang, visits)
    assert by_day[dt.date(2025, 5, 9)].status in ("planned", "announced"), (lang, visits)
    assert "Moscow" in by_day[dt.date(2025, 5, 7)].participants


# A company ("Nordvik Inc.") heading a product's name ("Nordvik Falcon"), then the
# product's last word alone ("Falcon"), beside a person written in full and then by surname.
MAKER_AND_PERSON = {
    "en": "Yesterday Nordvik Inc. sold the Nordvik Falcon in Oslo. The Falcon costs little, said Maria Lund. "
          "Lund left later.",
    "es": "Ayer Nordvik SA vendió el Nordvik Falcon en Oslo. El Falcon cuesta poco, dijo Maria Lund. "
          "Lund se fue luego.",
    "fr": "Hier Nordvik SA a vendu le Nordvik Falcon à Oslo. Le Falcon coûte peu, a dit Maria Lund. "
          "Lund est partie ensuite.",
    "it": "Ieri Nordvik SpA ha venduto il Nordvik Falcon a Oslo. Il Falcon costa poco, ha detto Maria Lund. "
          "Lund è partita poi.",
    "pt": "Ontem a Nordvik SA vendeu o Nordvik Falcon em Oslo. O Falcon custa pouco, disse Maria Lund. "
          "Lund saiu depois.",
    "de": "Gestern hat Nordvik AG den Nordvik Falcon in Oslo verkauft. Der Falcon kostet wenig, sagte Maria Lund. "
          "Lund ging dann.",
    "ru": "Вчера ПАО Nordvik продало Nordvik Falcon в Осло. Falcon стоит мало, сказала Мария Лунд. "
          "Лунд потом ушла.",
}


@pytest.mark.parametrize("lang", sorted(MAKER_AND_PERSON))
def test_a_product_named_after_its_maker_is_not_a_person(lang: str) -> None:
    names = find_entities([article(MAKER_AND_PERSON[lang], "a", lang=lang)])
    product = next(e for key, e in names.entities.items() if key.endswith("Falcon") and " " in key)
    assert product.type != "person" and "Nordvik" not in product.aliases
    person = next(e for key, e in names.entities.items() if key.endswith(("Lund", "Лунд")) and " " in key)
    assert person.type == "person" and any(a in ("Lund", "Лунд") for a in person.aliases)


# A bank named in full, then by its head word after an article ("the bank"): the head comes
# last in English and German names, first in Romance ones ("el Banco Nordvik").
BANK = {
    "en": ("Nordvik Savings Bank opened a branch in Oslo on Monday. The bank hired forty people.",
           "Nordvik Savings Bank", "bank", "hired"),
    "es": ("El Banco Nordvik abrió una oficina en Oslo el lunes. El banco contrató a cuarenta personas.",
           "Banco Nordvik", "banco", "contrató"),
    "fr": ("La Banque Nordvik a ouvert une agence à Oslo lundi. La banque a embauché quarante personnes.",
           "Banque Nordvik", "banque", "embauché"),
    "it": ("La Banca Nordvik ha aperto una filiale a Oslo lunedì. La banca ha assunto quaranta persone.",
           "Banca Nordvik", "banca", "assunto"),
    "pt": ("O Banco Nordvik abriu uma agência em Oslo na segunda-feira. O banco contratou quarenta pessoas.",
           "Banco Nordvik", "banco", "contratou"),
    "de": ("Die Nordvik Sparbank hat am Montag eine Filiale in Oslo eröffnet. Die Sparbank stellte "
           "vierzig Leute ein.", "Nordvik Sparbank", "Sparbank", "stellte ein"),
}


@pytest.mark.parametrize("lang", sorted(BANK))
def test_a_definite_head_word_stands_for_the_name_written_before(lang: str) -> None:
    text, bank, head, trigger = BANK[lang]
    analysis = analyze([article(text, "a", dt.date(2024, 3, 5), lang)])
    later = [(m.text, m.entity) for m in analysis.names.mentions["a"] if m.sentence == 1]
    assert later == [(head, bank)], (lang, later)
    hired = [m for m in analysis.mentions if m.sentence == 1 and m.trigger == trigger]
    assert hired and bank in hired[0].arguments, (lang, analysis.mentions)
    assert head not in analysis.names.entities[bank].aliases  # a description is no alias


def test_a_head_word_is_no_description_before_a_name_nor_from_a_heading() -> None:
    text = "NORDVIK SAVINGS BANK. Nordvik Savings Bank opened in Oslo. The bank Kvist Capital opened too."
    assert article_names(article(text, "a")).descriptions == []
    names = find_entities([article("NORDVIK MUSIC STORE. The store grew. Nordvik Music Store opened in Oslo. "
                                   "The new store hired staff. Steve Jobs came. Jobs left. The jobs grew.", "b")])
    described = [(m.text, m.entity.lower(), m.sentence) for m in names.mentions["b"] if m.text.islower()]
    assert described == [("store", "nordvik music store", 3)], described  # no person: "the jobs"


@pytest.mark.parametrize("lang", ["ru", "ar"])
def test_no_description_without_articles(lang: str) -> None:
    """Russian writes no article and Arabic writes it onto the noun: a bare noun is no cue."""
    text = {"ru": "Центральный банк открыл отделение в Осло. Потом банк нанял сорок человек.",
            "ar": "افتتح البنك المركزي فرعا في أوسلو. ثم عين البنك أربعين شخصا."}[lang]
    assert article_names(article(text, "a", lang=lang)).descriptions == []


# A report whose reported clause holds a day: the day is the reported event's, and the report
# is dated by its article ("announced that it would visit Oslo on June 24").
REPORTED = {
    "en": "Nordvik Savings Bank announced that its chief would visit Oslo on June 24.",
    "es": "El Banco Nordvik anunció que su jefe visitará Oslo el 24 de junio.",
    "fr": "La Banque Nordvik a annoncé qu'elle visitera Oslo le 24 juin.",
    "it": "La Banca Nordvik ha annunciato che il suo capo visiterà Oslo il 24 giugno.",
    "pt": "O Banco Nordvik anunciou que o seu chefe visitará Oslo em 24 de junho.",
    "de": "Die Nordvik Sparbank kündigte an, dass ihr Chef Oslo am 24. Juni besuchen wird.",
    "ru": "Председатель КНР объявил, что посетит Москву 24 июня.",
    "ar": "الرئيس الصيني أعلن أنه سيزور موسكو يوم 24 يونيو.",
}


@pytest.mark.parametrize("lang", sorted(REPORTED))
def test_a_day_in_a_reported_clause_is_the_reported_event_s(lang: str) -> None:
    published = dt.date(2024, 6, 3)
    analysis = analyze([article(REPORTED[lang], "a", published, lang)])
    report, visit = analysis.mentions[0], next(m for m in analysis.mentions if m.kind == "visit")
    assert visit.value == "2024-06-24", (lang, analysis.mentions)
    assert report.date == published and report.anchor is EventAnchor.FOCUS_DAY, (lang, analysis.mentions)


def test_a_day_before_the_reported_clause_stays_the_report_s() -> None:
    text = "Nordvik Savings Bank announced on June 1 that its chief would visit Oslo on June 24."
    analysis = analyze([article(text, "a", dt.date(2024, 6, 3))])
    assert [m.value for m in analysis.mentions] == ["2024-06-01", "2024-06-24"], analysis.mentions


# An event told in a past tense on a day after its article's date: it happened (the date is
# what is off), unless a cue puts it ahead ("will", a future form).
PAST_AFTER_PUBLICATION = {
    "en": ("Rescue teams reached Oslo on May 7, 2025.", "Xi Jinping has met the mayor in Oslo on May 7, 2025."),
    "es": ("Xi Jinping llegó a Oslo el 7 de mayo de 2025.", "Xi Jinping ha visitado Oslo el 7 de mayo de 2025."),
    "fr": ("Xi Jinping est arrivé à Oslo le 7 mai 2025.", "Xi Jinping arrivèrent à Oslo le 7 mai 2025."),
    "it": ("Xi Jinping è arrivato a Oslo il 7 maggio 2025.", "Xi Jinping arrivò a Oslo il 7 maggio 2025."),
    "pt": ("Xi Jinping chegou a Oslo em 7 de maio de 2025.", "O acordo foi assinado por Xi Jinping em 7 de maio de 2025."),
    "de": ("Xi Jinping besuchte Oslo am 7. Mai 2025.", "Der Vertrag wurde am 7. Mai 2025 von Xi Jinping unterzeichnet."),
    "ru": ("Си Цзиньпин прибыл в Москву 7 мая 2025 года.", "Договор был подписан Си Цзиньпином 7 мая 2025 года."),
    "ar": ("لقد وصل الرئيس الصيني إلى موسكو يوم 7 مايو 2025.", "ولقد زار الرئيس الصيني موسكو يوم 7 مايو 2025."),
}
FUTURE = {"en": "Xi Jinping will visit Oslo on May 7, 2025.", "es": "Xi Jinping visitará Oslo el 7 de mayo de 2025.",
          "fr": "Xi Jinping visitera Oslo le 7 mai 2025.", "it": "Xi Jinping visiterà Oslo il 7 maggio 2025.",
          "pt": "Xi Jinping visitará Oslo em 7 de maio de 2025.",
          "de": "Xi Jinping wird Oslo am 7. Mai 2025 besuchen.",
          "ru": "Си Цзиньпин посетит Москву 7 мая 2025 года.", "ar": "سيزور الرئيس الصيني موسكو يوم 7 مايو 2025."}


@pytest.mark.parametrize("lang", sorted(PAST_AFTER_PUBLICATION))
def test_a_past_tense_happened_though_its_day_is_after_the_article_s(lang: str) -> None:
    published = dt.date(2025, 5, 6)
    for text in PAST_AFTER_PUBLICATION[lang]:
        mentions = analyze([article(text, "a", published, lang)]).mentions
        dated = [m for m in mentions if m.value == "2025-05-07" and m.kind in ("visit", "meet", "sign", "act")]
        assert dated and all(m.status == "happened" for m in dated), (lang, text, mentions)
    future = [m for m in analyze([article(FUTURE[lang], "b", published, lang)]).mentions if m.kind == "visit"]
    assert [m.status for m in future] == ["planned"], (lang, future)


# The same in a past form no regular ending marks: a strong or irregular past ("estuvo", "veio",
# "vendette", "vint", "trat ... zurück"), a reflexive past ("встретился"), or a past auxiliary
# the event word follows ("كان يزور"). Each sentence and the event kind it must give.
IRREGULAR_PAST = {
    "en": (("Xi Jinping withdrew from Oslo on May 7, 2025.", "act"),
           ("Xi Jinping chose Oslo on May 7, 2025.", "act")),
    "de": (("Xi Jinping trat am 7. Mai 2025 zurück.", "act"),
           ("Xi Jinping gab am 7. Mai 2025 den Rücktritt bekannt.", "resign")),
    "es": (("Xi Jinping estuvo en Oslo el 7 de mayo de 2025.", "act"),
           ("Xi Jinping dijo el 7 de mayo de 2025 que la visita fue un éxito.", "say")),
    "pt": (("Xi Jinping esteve em Oslo em 7 de maio de 2025.", "act"),
           ("Xi Jinping disse em 7 de maio de 2025 que a visita foi um sucesso.", "say")),
    "it": (("Xi Jinping partì per Oslo il 7 maggio 2025.", "act"),
           ("Xi Jinping vendette la società il 7 maggio 2025.", "sell")),
    "fr": (("Xi Jinping vint à Oslo le 7 mai 2025.", "act"),
           ("Xi Jinping visita Oslo le 7 mai 2025.", "visit")),
    "ru": (("Си Цзиньпин встретился с мэром Осло 7 мая 2025 года.", "meet"),
           ("Лидеры двух стран встретились в Москве 7 мая 2025 года.", "meet")),
    "ar": (("الرئيس الصيني كان يزور موسكو يوم 7 مايو 2025.", "visit"),
           ("الرئيس الصيني كان يجتمع مع بوتين يوم 7 مايو 2025.", "meet")),
}


@pytest.mark.parametrize("lang", sorted(IRREGULAR_PAST))
def test_an_irregular_past_happened_though_its_day_is_after_the_article_s(lang: str) -> None:
    for text, kind in IRREGULAR_PAST[lang]:
        mentions = analyze([article(text, "a", dt.date(2025, 5, 6), lang)]).mentions
        dated = [m for m in mentions if m.value == "2025-05-07" and m.kind == kind]
        assert dated and all(m.status == "happened" for m in dated), (lang, text, mentions)


# A past light verb ("made", "hizo", "a effectué", "قام") gives its tense to the event noun it
# governs, past an article or a subject ("made a visit"); a future one leaves it planned.
LIGHT_VERB = {
    "en": ("Xi Jinping made a visit to Oslo on May 7, 2025.", "Xi Jinping will make a visit to Oslo on May 7, 2025."),
    "es": ("Xi Jinping hizo una visita a Oslo el 7 de mayo de 2025.",
           "Xi Jinping va a hacer una visita a Oslo el 7 de mayo de 2025."),
    "fr": ("Xi Jinping a effectué une visite à Oslo le 7 mai 2025.",
           "Xi Jinping va effectuer une visite à Oslo le 7 mai 2025."),
    "it": ("Xi Jinping ha fatto una visita a Oslo il 7 maggio 2025.", "Xi Jinping farà una visita a Oslo il 7 maggio 2025."),
    "pt": ("Xi Jinping fez uma visita a Oslo em 7 de maio de 2025.",
           "Xi Jinping vai fazer uma visita a Oslo em 7 de maio de 2025."),
    "de": ("Xi Jinping machte am 7. Mai 2025 einen Besuch in Oslo.",
           "Xi Jinping wird am 7. Mai 2025 einen Besuch in Oslo machen."),
    "ru": ("Си Цзиньпин совершил визит в Осло 7 мая 2025 года.", "Си Цзиньпин совершит визит в Осло 7 мая 2025 года."),
    "ar": ("قام شي جين بينغ بزيارة إلى أوسلو يوم 7 مايو 2025.", "سيقوم شي جين بينغ بزيارة إلى أوسلو يوم 7 مايو 2025."),
}
# A past verb after an event noun says it happened ("the summit took place", "состоялся").
TOOK_PLACE = {
    "en": "The summit with Xi Jinping took place in Oslo on May 7, 2025.",
    "es": "La reunión con Xi Jinping se celebró en Oslo el 7 de mayo de 2025.",
    "fr": "La réunion avec Xi Jinping a eu lieu à Oslo le 7 mai 2025.",
    "it": "L'incontro con Xi Jinping si è svolto a Oslo il 7 maggio 2025.",
    "pt": "A reunião com Xi Jinping teve lugar em Oslo em 7 de maio de 2025.",
    "de": "Das Treffen mit Xi Jinping fand am 7. Mai 2025 in Oslo statt.",
    "ru": "Встреча с Си Цзиньпином состоялась в Осло 7 мая 2025 года.",
    "ar": "كان شي جين بينغ قد زار أوسلو يوم 7 مايو 2025.",  # the pluperfect: "قد" before a perfect
}


@pytest.mark.parametrize("lang", sorted(LIGHT_VERB))
def test_a_past_light_verb_or_a_verb_after_the_noun_says_the_event_happened(lang: str) -> None:
    published = dt.date(2025, 5, 6)
    past, future = LIGHT_VERB[lang]
    for text, status in ((past, "happened"), (TOOK_PLACE[lang], "happened"), (future, "planned")):
        events = [m for m in analyze([article(text, "a", published, lang)]).mentions
                  if m.kind in ("visit", "meet")]
        assert [(m.value, m.status) for m in events] == [("2025-05-07", status)], (lang, text, events)


def test_an_arabic_particle_before_an_imperfect_is_no_past() -> None:
    """"قد يزور" is "may visit": only before a perfect (or after "كان") does "قد" mark the past."""
    text = "قد يزور شي جين بينغ أوسلو يوم 7 مايو 2025."
    visits = [m for m in analyze([article(text, "a", dt.date(2025, 5, 6), "ar")]).mentions if m.kind == "visit"]
    assert [m.status for m in visits] == ["planned"], visits


# An event noun before a cue is the subject of the cue's clause ("the summit will take place
# on May 7"): the day after the cue is the noun's own, not another clause's.
NOUN_BEFORE_CUE = {
    "en": "The summit with Xi Jinping will take place in Oslo on May 7, 2025.",
    "es": "La cumbre con Xi Jinping va a tener lugar en Oslo el 7 de mayo de 2025.",
    "fr": "Le sommet avec Xi Jinping doit avoir lieu à Oslo le 7 mai 2025.",
    "it": "Il vertice con Xi Jinping deve svolgersi a Oslo il 7 maggio 2025.",
    "pt": "A cúpula com Xi Jinping vai acontecer em Oslo em 7 de maio de 2025.",
    "de": "Der Gipfel mit Xi Jinping wird am 7. Mai 2025 in Oslo stattfinden.",
    "ru": "Саммит с Си Цзиньпином будет проходить в Осло 7 мая 2025 года.",
    "ar": "القمة مع شي جين بينغ من المقرر أن تعقد في أوسلو يوم 7 مايو 2025.",
}


@pytest.mark.parametrize("lang", sorted(NOUN_BEFORE_CUE))
def test_an_event_noun_before_a_cue_takes_the_day_after_it(lang: str) -> None:
    meetings = [m for m in analyze([article(NOUN_BEFORE_CUE[lang], "a", dt.date(2025, 5, 6), lang)]).mentions
                if m.kind == "meet"]
    assert [(m.value, m.anchor, m.status) for m in meetings] == [
        ("2025-05-07", EventAnchor.EXPRESSION, "planned")], (lang, meetings)


# Two clauses joined by "and" with no comma, each with its day: the second event takes the day of
# its own clause, not the nearer one of the first ("visited Oslo on May 1 and met the mayor on May
# 3"); with no day of its own, it keeps the first clause's.
AND_CLAUSES = {
    "en": ("Xi Jinping visited Oslo on May 1, 2025 and met the mayor", "on May 3, 2025"),
    "es": ("Xi Jinping visitó Oslo el 1 de mayo de 2025 y se reunió con el alcalde", "el 3 de mayo de 2025"),
    "fr": ("Xi Jinping a visité Oslo le 1er mai 2025 et a rencontré le maire", "le 3 mai 2025"),
    "it": ("Xi Jinping ha visitato Oslo il 1 maggio 2025 e ha incontrato il sindaco", "il 3 maggio 2025"),
    "pt": ("Xi Jinping visitou Oslo em 1 de maio de 2025 e se reuniu com o prefeito", "em 3 de maio de 2025"),
    "de": ("Xi Jinping besuchte am 1. Mai 2025 Oslo und traf den Bürgermeister", "am 3. Mai 2025"),
    "ru": ("Си Цзиньпин посетил Осло 1 мая 2025 года и встретился с мэром", "3 мая 2025 года"),
    "ar": ("زار شي جين بينغ أوسلو يوم 1 مايو 2025 واجتمع مع رئيس البلدية", "يوم 3 مايو 2025"),
}


def test_an_arabic_event_word_after_a_glued_and_is_read_whole() -> None:
    """"والتقى" is "و" + "التقى" (and met), though "وال" is also a clitic: the shorter one fits."""
    text = "زار شي جين بينغ أوسلو يوم 1 مايو 2025 والتقى رئيس البلدية يوم 3 مايو 2025."
    mentions = analyze([article(text, "a", dt.date(2025, 5, 6), "ar")]).mentions
    assert [(m.kind, m.value) for m in mentions] == [("visit", "2025-05-01"), ("meet", "2025-05-03")], mentions


@pytest.mark.parametrize("lang", sorted(AND_CLAUSES))
def test_an_event_after_and_takes_the_day_of_its_own_clause(lang: str) -> None:
    first, day = AND_CLAUSES[lang]
    for text, second in ((f"{first} {day}.", "2025-05-03"), (f"{first}.", "2025-05-01")):
        mentions = analyze([article(text, "a", dt.date(2025, 5, 6), lang)]).mentions
        assert [m.value for m in mentions] == ["2025-05-01", second], (lang, text, mentions)


# A day after a cue ("will", "va a", "من المقرر") is the day of the clause the cue opens, not of
# an event before it ("visited Oslo and will visit Moscow on May 9"; "said the dam would be
# inspected on Friday").
CUED_CLAUSE = {
    "en": "Xi Jinping visited Oslo and will visit Moscow on May 9, 2025.",
    "es": "Xi Jinping visitó Oslo y va a visitar Moscú el 9 de mayo de 2025.",
    "fr": "Xi Jinping a visité Oslo et doit visiter Moscou le 9 mai 2025.",
    "it": "Xi Jinping ha visitato Oslo e deve visitare Mosca il 9 maggio 2025.",
    "pt": "Xi Jinping visitou Oslo e vai visitar Moscou em 9 de maio de 2025.",
    "de": "Xi Jinping besuchte Oslo und wird am 9. Mai 2025 Moskau besuchen.",
    "ru": "Си Цзиньпин посетил Осло и будет посещать Москву 9 мая 2025 года.",
    "ar": "زار الرئيس الصيني أوسلو ومن المقرر أن يزور موسكو يوم 9 مايو 2025.",
}


# A cue that is an adjective ("the next rocket") opens no clause, and a clause a cue opens ends
# at a comma ("the rocket, which will carry a crew, on June 7"): the day stays the event's.
CLOSED_CUE = {
    "en": "Russia launched the rocket, which will carry a crew, on June 7, 2025.",
    "es": "Rusia lanzó el cohete, que va a llevar una tripulación, el 7 de junio de 2025.",
    "fr": "La Russie a lancé la fusée, qui doit porter un équipage, le 7 juin 2025.",
    "it": "La Russia ha lanciato il razzo, che deve portare un equipaggio, il 7 giugno 2025.",
    "pt": "A Rússia lançou o foguete, que vai levar uma tripulação, em 7 de junho de 2025.",
    "de": "Russland startete die Rakete, die eine Besatzung tragen wird, am 7. Juni 2025.",
    "ru": "Россия запустила ракету, которая будет нести экипаж, 7 июня 2025 года.",
    "ar": "أطلقت روسيا الصاروخ، الذي من المقرر أن يحمل طاقما، يوم 7 يونيو 2025.",
}
NEXT_THING = {
    "en": "Russia launched the next rocket on June 7, 2025.",
    "es": "Rusia lanzó el próximo cohete el 7 de junio de 2025.",
    "fr": "La Russie a lancé la prochaine fusée le 7 juin 2025.",
    "it": "La Russia ha lanciato il prossimo razzo il 7 giugno 2025.",
    "pt": "A Rússia lançou o próximo foguete em 7 de junho de 2025.",
    "de": "Russland startete die nächste Rakete am 7. Juni 2025.",
    "ru": "Россия запустила следующую ракету 7 июня 2025 года.",
    "ar": "أطلقت روسيا الصاروخ المقبل يوم 7 يونيو 2025.",
}


@pytest.mark.parametrize("lang", sorted(NEXT_THING))
def test_an_adjective_cue_or_a_closed_cued_clause_leaves_the_day_to_the_event(lang: str) -> None:
    for text in (NEXT_THING[lang], CLOSED_CUE[lang]):
        launches = analyze([article(text, "a", dt.date(2025, 6, 30), lang)]).mentions
        assert [(m.value, m.anchor) for m in launches][:1] == [("2025-06-07", EventAnchor.EXPRESSION)], \
            (lang, text, launches)


@pytest.mark.parametrize("lang", sorted(CUED_CLAUSE))
def test_a_day_after_a_cue_is_the_cued_clause_s(lang: str) -> None:
    published = dt.date(2025, 5, 6)
    visits = [m for m in analyze([article(CUED_CLAUSE[lang], "a", published, lang)]).mentions if m.kind == "visit"]
    assert [(m.date, m.status) for m in visits] == [(published, "happened"), (dt.date(2025, 5, 9), "planned")], \
        (lang, visits)


# A capitalized word opening a quotation after a colon, or a sentence glued to the one before
# by a stop with no space ("contra.No"), is written as a sentence's first word: no name unless
# the collection confirms it. (Arabic writes no capitals; German's noun rule already held
# these lone words, its sentence checks that it still does. German also holds a lone unknown
# place after an office, "Bürgermeister von Oslo": its sentence names the town "Stadt Oslo".)
CLAUSE_OPENERS = {
    "en": ('The mayor of Oslo said: "Believe me, the dam holds." Nordvik Bank voted against.None came.',
           ["Believe", "None"]),
    "es": ("El alcalde de Oslo dijo: «Creo que la presa aguanta». El Banco Nordvik votó en contra.No vino nadie.",
           ["Creo", "No"]),
    "fr": ("Le maire d'Oslo a dit : « Crois-moi, le barrage tient. » La Banque Nordvik a voté contre.Personne "
           "n'est venu.", ["Crois", "Personne"]),
    "it": ("Il sindaco di Oslo ha detto: «Credo che la diga regga». La Banca Nordvik ha votato contro.Nessuno "
           "è venuto.", ["Credo", "Nessuno"]),
    "pt": ('O prefeito de Oslo disse: "Acredito que a barragem aguenta." O Banco Nordvik votou contra.Ninguém veio.',
           ["Acredito", "Ninguém"]),
    "de": ('Der Bürgermeister der Stadt Oslo sagte: "Glaube mir, der Damm hält." Die Nordvik Sparbank stimmte '
           "dagegen.Niemand kam.", ["Glaube", "Niemand"]),
    "ru": ("Мэр Осло сказал: «Верю, что плотина выдержит». Банк Nordvik голосовал против.Никто не пришёл.",
           ["Верю", "Никто"]),
}


@pytest.mark.parametrize("lang", sorted(CLAUSE_OPENERS))
def test_a_word_opening_a_quotation_or_a_glued_sentence_is_no_name(lang: str) -> None:
    text, junk = CLAUSE_OPENERS[lang]
    names = find_entities([article(text, "a", lang=lang)])
    found = {m.text for ms in names.mentions.values() for m in ms}
    assert not [t for t in found if set(junk) & set(t.replace(".", " ").split())], (lang, found)
    assert any("Oslo" in t or "Осло" in t for t in found) and any("Nordvik" in t for t in found), (lang, found)


# An announcement of an event on another day is one entry, under the event it announces; a
# sentence telling two events that happened keeps both days.
ANNOUNCEMENT = {
    "en": ("The Kremlin announced on Sunday that Xi Jinping will visit Moscow on May 7.",
           "On May 1 Xi Jinping visited Oslo, and on May 3 he met the mayor of Moscow."),
    "es": ("El Kremlin anunció el domingo que Xi Jinping visitará Moscú el 7 de mayo.",
           "El 1 de mayo Xi Jinping visitó Oslo, y el 3 de mayo se reunió con el alcalde de Moscú."),
    "fr": ("Le Kremlin a annoncé dimanche que Xi Jinping visitera Moscou le 7 mai.",
           "Le 1er mai Xi Jinping a visité Oslo, et le 3 mai il a rencontré le maire de Moscou."),
    "it": ("Il Cremlino ha annunciato domenica che Xi Jinping visiterà Mosca il 7 maggio.",
           "Il 1 maggio Xi Jinping ha visitato Oslo, e il 3 maggio ha incontrato il sindaco di Mosca."),
    "pt": ("O Kremlin anunciou no domingo que Xi Jinping visitará Moscou em 7 de maio.",
           "Em 1 de maio Xi Jinping visitou Oslo, e em 3 de maio se reuniu com o prefeito de Moscou."),
    "de": ("Der Kreml kündigte am Sonntag an, dass Xi Jinping am 7. Mai Moskau besuchen wird.",
           "Am 1. Mai besuchte Xi Jinping Oslo, und am 3. Mai traf er den Bürgermeister von Moskau."),
    "ru": ("Кремль объявил в воскресенье, что Си Цзиньпин посетит Москву 7 мая.",
           "1 мая Си Цзиньпин посетил Осло, и 3 мая он встретился с мэром Москвы."),
    "ar": ("أعلن الكرملين يوم الأحد أن شي جين بينغ سيزور موسكو يوم 7 مايو.",
           "يوم 1 مايو زار شي جين بينغ أوسلو، ويوم 3 مايو التقى عمدة موسكو."),
}


@pytest.mark.parametrize("lang", sorted(ANNOUNCEMENT))
def test_an_announcement_is_one_entry_under_the_event_it_announces(lang: str) -> None:
    announcement, two_events = ANNOUNCEMENT[lang]
    published = dt.date(2025, 5, 5)  # a Monday: "Sunday" is May 4
    timeline = build([article(announcement, "a", published, lang)], entity=["Xi Jinping"])
    days = [(e.date, s.status) for e in timeline.entries for s in e.sentences]
    assert days == [(dt.date(2025, 5, 7), "announced")], (lang, days)
    timeline = build([article(two_events, "b", published, lang)], entity=["Xi Jinping"])
    assert [e.date for e in timeline.entries] == [dt.date(2025, 5, 1), dt.date(2025, 5, 3)], (lang, timeline)


# A plan the text gives no day has no day on the entity's timeline: not its article's.
UNDATED_PLAN = {
    "en": "On May 1 Xi Jinping visited Oslo. Xi Jinping will visit Moscow.",
    "es": "El 1 de mayo Xi Jinping visitó Oslo. Xi Jinping visitará Moscú.",
    "fr": "Le 1er mai Xi Jinping a visité Oslo. Xi Jinping visitera Moscou.",
    "it": "Il 1 maggio Xi Jinping ha visitato Oslo. Xi Jinping visiterà Mosca.",
    "pt": "Em 1 de maio Xi Jinping visitou Oslo. Xi Jinping visitará Moscou.",
    "de": "Am 1. Mai besuchte Xi Jinping Oslo. Xi Jinping wird Moskau besuchen.",
    "ru": "1 мая Си Цзиньпин посетил Осло. Си Цзиньпин намерен посетить Москву.",
    "ar": "يوم 1 مايو زار شي جين بينغ أوسلو. شي جين بينغ سيزور موسكو.",
}


@pytest.mark.parametrize("lang", sorted(UNDATED_PLAN))
def test_a_plan_without_a_day_is_not_put_on_its_articles_day(lang: str) -> None:
    published = dt.date(2025, 5, 20)  # May 1 is no focus day: more than a week before
    timeline = build([article(UNDATED_PLAN[lang], "a", published, lang)], entity=["Xi Jinping"])
    assert [e.date for e in timeline.entries] == [dt.date(2025, 5, 1)], (lang, timeline)


# An office holder is the name set beside the office, not the object of the office's verb:
# the second sentence's "Chinese president" is Xi Jinping, whom he met is not.
OFFICE_THEN_VERB = {
    "en": "Chinese President Xi Jinping arrived in Moscow on Monday. The Chinese president met Vladimir Putin.",
    "es": "El presidente chino, Xi Jinping, llegó a Moscú el lunes. El presidente chino se reunió con Vladimir Putin.",
    "fr": "Le président chinois Xi Jinping est arrivé à Moscou lundi. Le président chinois a rencontré Vladimir Poutine.",
    "it": "Il presidente cinese Xi Jinping è arrivato a Mosca lunedì. Il presidente cinese ha incontrato Vladimir Putin.",
    "pt": "O presidente chinês Xi Jinping chegou a Moscou na segunda-feira. O presidente chinês encontrou Vladimir Putin.",
    "de": "Der chinesische Präsident Xi Jinping ist am Montag in Moskau eingetroffen. "
          "Der chinesische Präsident traf Wladimir Putin.",
    "ru": "Президент Китая Си Цзиньпин прибыл в Москву в понедельник. Президент Китая встретился с Владимиром Путиным.",
    "ar": "وصل الرئيس الصيني شي جين بينغ إلى موسكو يوم الاثنين. الرئيس الصيني التقى فلاديمير بوتين.",
}


@pytest.mark.parametrize("lang", sorted(OFFICE_THEN_VERB))
def test_an_office_holder_is_not_the_object_of_its_verb(lang: str) -> None:
    names = find_entities([article(OFFICE_THEN_VERB[lang], "a", dt.date(2024, 3, 5), lang)])
    second = {m.entity for m in names.mentions["a"] if m.sentence == 1}
    assert "Xi Jinping" in second, (lang, names.mentions["a"])


# A person named once, then only by a pronoun in every sentence after: the pronoun still
# stands for them three sentences on ("he will visit Moscow").
PRONOUN_CHAIN = {
    "en": "Xi Jinping arrived in Oslo. He met the mayor. He spoke to reporters. He will visit Moscow in May.",
    "es": "Xi Jinping llegó a Oslo. Luego él se reunió con el alcalde. Después él habló con la prensa. "
          "En mayo él visitará Moscú.",
    "fr": "Xi Jinping est arrivé à Oslo. Il a vu le maire. Il a parlé à la presse. Il visitera Moscou en mai.",
    "it": "Xi Jinping è arrivato a Oslo. Lui ha visto il sindaco. Lui ha parlato alla stampa. Lui visiterà Mosca a maggio.",
    "pt": "Xi Jinping chegou a Oslo. Ele viu o prefeito. Ele falou à imprensa. Ele visitará Moscou em maio.",
    "de": "Xi Jinping ist in Oslo eingetroffen. Er traf den Bürgermeister. Er sprach mit der Presse. "
          "Er wird im Mai Moskau besuchen.",
    "ru": "Си Цзиньпин прибыл в Осло. Он встретился с мэром. Он говорил с прессой. Он посетит Москву в мае.",
    "ar": "وصل شي جين بينغ إلى أوسلو. هو التقى العمدة. هو تحدث للصحافة. هو سيزور موسكو في مايو.",
}


@pytest.mark.parametrize("lang", sorted(PRONOUN_CHAIN))
def test_a_pronoun_chain_keeps_its_person(lang: str) -> None:
    analysis = analyze([article(PRONOUN_CHAIN[lang], "a", dt.date(2024, 3, 5), lang)])
    visit = [m for m in analysis.mentions if m.kind == "visit" and m.sentence == 3]
    assert visit and "Xi Jinping" in visit[0].participants, (lang, analysis.mentions)


def test_the_spanish_article_el_is_no_pronoun() -> None:
    text = "Xi Jinping llegó a Oslo el lunes. Ayer la ministra firmó el acuerdo. Luego él firmó otro."
    analysis = analyze([article(text, "a", dt.date(2024, 3, 5), "es")])
    signed = {m.sentence: m for m in analysis.mentions if m.trigger == "firmó"}
    assert "Xi Jinping" not in signed[1].participants and "Xi Jinping" in signed[2].participants, signed


# "The company" after two companies: the one the article names most (not the latest), and
# "the computer company": the one whose name holds "computer".
COMPANY = {
    "en": "Yesterday Nordvik Inc. opened in Oslo. Then Nordvik Inc. hired staff. But Kvist Ltd. stayed away. "
          "The company grew.",
    "es": "Ayer Nordvik SA abrió en Oslo. Luego Nordvik SA contrató personal. Pero Kvist SA no vino. "
          "La empresa creció.",
    "fr": "Hier Nordvik SA a ouvert à Oslo. Puis Nordvik SA a embauché. Mais Kvist SA est restée. "
          "L'entreprise a grandi.",
    "it": "Ieri Nordvik SpA ha aperto a Oslo. Poi Nordvik SpA ha assunto. Ma Kvist SpA è rimasta. "
          "L'azienda è cresciuta.",
    "pt": "Ontem a Nordvik SA abriu em Oslo. Depois a Nordvik SA contratou. Mas a Kvist SA ficou. "
          "A empresa cresceu.",
    "de": "Gestern hat Nordvik AG in Oslo eröffnet. Dann stellte Nordvik AG ein. Aber Kvist AG blieb fern. "
          "Das Unternehmen wuchs.",
}


@pytest.mark.parametrize("lang", sorted(COMPANY))
def test_the_company_stands_for_the_organization_named_most(lang: str) -> None:
    names = find_entities([article(COMPANY[lang], "a", lang=lang)])
    assert {e.type for key, e in names.entities.items() if key.startswith(("Nordvik", "Kvist"))} == {"org"}
    last = [m.entity.split()[0] for m in names.mentions["a"] if m.sentence == 3]
    assert last == ["Nordvik"], (lang, names.mentions["a"])


def test_the_computer_company_is_the_one_whose_name_says_computer() -> None:
    text = ("Yesterday Apple Corps sued Apple Computer. Then Apple Corps won. Later Apple Corps appealed. "
            "The young computer company paid. The company also paid Kvist Inc.")
    names = find_entities([article(text, "a")])
    described = [(m.text, m.entity) for m in names.mentions["a"] if m.text.islower()]
    assert described == [("company", "Apple Computer"), ("company", "Apple Corps")], described


# A name, then its initials without brackets ("GM" for General Motors; words in lower case
# inside a name give no letter: "Compagnie Nordique de Navigation" is CNN).
INITIALS = {
    "en": ("Yesterday General Motors opened a plant in Oslo. Later GM hired staff.", "General Motors", "GM"),
    "es": ("Ayer la Caja Rural abrió una oficina en Oslo. Hoy la CR contrató personal.", "Caja Rural", "CR"),
    "fr": ("Hier la Compagnie Nordique de Navigation a ouvert à Oslo. Puis la CNN a embauché.",
           "Compagnie Nordique de Navigation", "CNN"),
    "it": ("Ieri la Società Nordica Trasporti ha aperto a Oslo. Poi la SNT ha assunto.", "Società Nordica Trasporti",
           "SNT"),
    "pt": ("Ontem o Banco Central Europeu abriu em Oslo. Depois o BCE contratou.", "Banco Central Europeu", "BCE"),
    "de": ("Gestern hat die Nordische Kraftwerke Gruppe in Oslo eröffnet. Dann stellte die NKG ein.",
           "Nordische Kraftwerke Gruppe", "NKG"),
    "ru": ("Вчера Северная Энергетическая Компания открылась в Осло. Потом СЭК наняла людей.",
           "Северная Энергетическая Компания", "СЭК"),
}


@pytest.mark.parametrize("lang", sorted(INITIALS))
def test_initials_are_an_alias_without_brackets(lang: str) -> None:
    text, name, acronym = INITIALS[lang]
    names = find_entities([article(text, "a", lang=lang)])
    assert acronym in names.entities[name].aliases, (lang, names.entities)


# An organization's name holding a place word is one name, and belongs to the place; a place
# beside a person, an office or a government stays a place. One case per language.
ORG_WITH_PLACE = [
    ("en", "Bank of America reported a profit. Russian Railways raised fares. China Mobile grew. Qatar Airways flew.",
     {"Bank of America": "United States", "Russian Railways": "Russia", "China Mobile": "China",
      "Qatar Airways": "Qatar"},
     "The German chancellor Merkel met Xi Jinping in Moscow.", {"German": "Germany", "Moscow": "Moscow"}),
    ("de", "Die Deutsche Bahn erhöht die Preise.", {"Deutsche Bahn": "Germany"},
     "Merkel sagte in Deutschland, dass die Russische Regierung schweigt.",
     {"Deutschland": "Germany", "Russische": "Russia"}),
    ("fr", "Électricité de France a annoncé une hausse.", {"Électricité de France": "France"},
     "La France et l'Allemagne ont signé un accord.", {"France": "France", "Allemagne": "Germany"}),
    ("es", "El Banco de España subió los tipos.", {"Banco de España": "Spain"},
     "El Gobierno de Libia rechazó la orden y Merkel viajó a España.", {"Libia": "Libya", "España": "Spain"}),
    ("it", "Ferrovie dello Stato Italiane ha aumentato i prezzi. La Banca d'Italia ha parlato.",
     {"Ferrovie dello Stato Italiane": None}, "Merkel è arrivata in Italia.", {"Italia": "Italy"}),
    ("pt", "O Banco do Brasil anunciou lucros.", {"Banco do Brasil": "Brazil"},
     "Lula viajou ao Brasil e a Portugal.", {"Brasil": "Brazil", "Portugal": "Portugal"}),
    ("ru", "В понедельник Российские железные дороги повысили тарифы.", {"Российские железные дороги": "Russia"},
     "Си Цзиньпин прибыл в Москву, где российские власти его встретили.",
     {"Москву": "Moscow", "российские": "Russia"}),
    ("ar", "أعلنت الخطوط الجوية القطرية عن رحلات جديدة.", {"الخطوط الجوية القطرية": "Qatar"},
     "وصل الرئيس الصيني شي جين بينغ إلى روسيا.", {"الصيني": "China", "روسيا": "Russia"}),
]


@pytest.mark.parametrize("lang,text,whole,negative,places", ORG_WITH_PLACE, ids=[c[0] for c in ORG_WITH_PLACE])
def test_an_organization_named_after_a_place_is_kept_whole(
        lang: str, text: str, whole: dict[str, str | None], negative: str, places: dict[str, str]) -> None:
    names = find_entities([article(text, "a", lang=lang), article(negative, "b", lang=lang)])
    found = {m.text: m.entity for m in names.mentions["a"]}
    for name, place in whole.items():
        assert found.get(name) == name, (lang, found)
        assert names.entities[name].type == "org"
        assert names.entities[name].within == place
    near = {m.text: m.entity for m in names.mentions["b"]}
    for text_, place in places.items():
        assert near.get(text_) == place, (lang, near)


def test_a_place_opening_lower_case_words_at_a_sentence_start_is_the_country() -> None:
    """Russian capitalizes a name's first word only, and every sentence's first word: at a
    sentence's start "Российская армия" is the country's, unless the collection writes it as
    a name elsewhere."""
    names = find_entities([article("Российская армия начала учения. Путин сказал, что российская "
                                   "армия готова.", "a", lang="ru")])
    assert {m.text: m.entity for m in names.mentions["a"]}["Российская армия"] == "Russia"
    assert "Российская армия" not in names.entities
    named = find_entities([article("Российские железные дороги повысили тарифы.", "a", lang="ru"),
                           article("Путин посетил Российские железные дороги.", "b", lang="ru")])
    assert {m.entity for m in named.mentions["a"]} == {"Российские железные дороги"}


# "Airbus, the European planemaker, said": a name opening its sentence, said to be a company by
# the apposition between commas; then a sentence opening with an adverb before the same kind of
# phrase, which closes with no comma, and a person described by a phrase whose head is no company.
APPOSITION = {
    "en": ("Airbus, the European aircraft maker, said on Monday it would cut jobs.",
           "Meanwhile, the company said it would wait. Nordvik, the company's chief executive, left."),
    "es": ("Airbus, el fabricante europeo de aviones, anunció el lunes que recortará empleos.",
           "Mientras, la empresa dijo que esperaría. Nordvik, el jefe de la empresa, dimitió."),
    "fr": ("Airbus, l'entreprise européenne, a annoncé lundi qu'elle supprimera des emplois.",
           "Cependant, l'entreprise a dit qu'elle attendrait. Nordvik, le patron de la banque, est parti."),
    "it": ("Airbus, il produttore europeo di aerei, ha annunciato lunedì che taglierà posti.",
           "Intanto, l'azienda ha detto che aspetterà. Nordvik, il capo della banca, si è dimesso."),
    "pt": ("Airbus, a fabricante europeia de aviões, anunciou na segunda-feira que cortará empregos.",
           "Enquanto isso, a empresa disse que esperaria. Nordvik, o chefe do banco, saiu."),
    "de": ("Airbus, der europäische Hersteller, kündigte am Montag an, Stellen zu streichen.",
           "Inzwischen, sagte das Unternehmen, werde man warten. Nordvik, der Chef der Bank, ging."),
}


@pytest.mark.parametrize("lang", sorted(APPOSITION))
def test_an_apposition_saying_what_company_it_is_makes_a_sentence_opener_a_name(lang: str) -> None:
    text, negative = APPOSITION[lang]
    names = find_entities([article(text, "a", lang=lang), article(negative, "b", lang=lang)])
    assert names.entities["Airbus"].type == "org", (lang, names.entities)
    assert not names.mentions["b"], (lang, names.mentions["b"])


# A present-tense verb, an event word after it, then a day: the day is the event word's, and
# the verb's state holds when the report is written (Arabic reads no present state here).
PRESENT_STATE = {
    "en": ("Nordvik Bank prepares the launch of its app on June 24.", "prepares"),
    "es": ("Nordvik Bank prepara el lanzamiento de su aplicación el 24 de junio.", "prepara"),
    "fr": ("Nordvik Bank prépare le lancement de son application le 24 juin.", "prépare"),
    "it": ("Nordvik Bank prepara il lancio della sua app il 24 giugno.", "prepara"),
    "pt": ("O Nordvik Bank prepara o lançamento do seu aplicativo em 24 de junho.", "prepara"),
    "de": ("Die Nordvik Bank plant die Eröffnung einer Filiale am 24. Juni.", "plant"),
    "ru": ("Nordvik Bank готовит запуск приложения 24 июня.", "готовит"),
}


@pytest.mark.parametrize("lang", sorted(PRESENT_STATE))
def test_a_day_after_a_present_state_and_an_event_word_is_the_event_word_s(lang: str) -> None:
    text, verb = PRESENT_STATE[lang]
    mentions = analyze([article(text, "a", dt.date(2010, 6, 16), lang)]).mentions
    days = {m.trigger: m.date for m in mentions}
    assert days[verb] == dt.date(2010, 6, 16), (lang, days)
    assert dt.date(2010, 6, 24) in days.values(), (lang, days)


# Adjectives of regions and peoples ("European", "africanos", "Европейские") are the region, a
# place, not names of their own; an organization's name built on one stays whole where the
# language capitalizes its words (French and Arabic write them otherwise: not asked there).
REGIONS = {
    "en": ("European leaders met African ministers in Brussels. The African Union and the "
           "European Central Bank said Asian markets fell.", {"African Union", "European Central Bank"}),
    "es": ("Los líderes europeos se reunieron con ministros africanos en Bruselas. La Unión Africana y "
           "el Banco Central Europeo dijeron que los mercados asiáticos cayeron.",
           {"Unión Africana", "Banco Central Europeo"}),
    "fr": ("Les dirigeants européens ont rencontré des ministres africains à Bruxelles. Les "
           "marchés asiatiques ont chuté.", set()),
    "it": ("I leader europei hanno incontrato i ministri africani a Bruxelles. L'Unione Africana e la "
           "Banca Centrale Europea hanno detto che i mercati asiatici sono scesi.",
           {"Unione Africana", "Banca Centrale Europea"}),
    "pt": ("Os líderes europeus encontraram ministros africanos em Bruxelas. A União Africana e o Banco "
           "Central Europeu disseram que os mercados asiáticos caíram.", {"União Africana", "Banco Central Europeu"}),
    "de": ("Europäische Politiker trafen afrikanische Minister in Brüssel. Die Afrikanische Union und die "
           "Europäische Zentralbank sagten, asiatische Märkte seien gefallen.",
           {"Afrikanische Union", "Europäische Zentralbank"}),
    "ru": ("Европейские лидеры встретились с африканскими министрами в Брюсселе. Вчера "
           "Европейский центральный банк заявил, что азиатские рынки упали.", {"Европейский центральный банк"}),
    "ar": ("التقى القادة الأوروبيون وزراء أفارقة في بروكسل. وقالت الوزارة إن الأسواق الآسيوية تراجعت.", set()),
}


@pytest.mark.parametrize("lang", sorted(REGIONS))
def test_a_region_s_adjective_is_the_region_not_a_name(lang: str) -> None:
    text, organizations = REGIONS[lang]
    names = find_entities([article(text, "a", lang=lang)])
    types = {e.id: e.type for e in names.entities.values()}
    assert {"Europe", "Africa", "Asia"} <= {i for i, t in types.items() if t == "place"}, (lang, types)
    regional = {m.text for m in names.mentions["a"] if m.entity in ("Europe", "Africa", "Asia")}
    assert not regional & set(types), (lang, types)  # no adjective is an entity of its own
    assert all(types.get(o) == "org" for o in organizations), (lang, types)


# What happens once (founded, born) told in a relative clause describing a name is no news of
# the report's day; the main clause's event after it is.
RELATIVE = {
    "en": ("Nordvik Bank, which was founded by Lars Berg, opened a branch in Oslo.", "founded", "opened"),
    "es": ("Nordvik Bank, que fue fundado por Lars Berg, abrió una sucursal en Oslo.", "fundado", "abrió"),
    "fr": ("Nordvik Bank, qui a été fondée par Lars Berg, a ouvert une agence à Oslo.", "fondée", "ouvert"),
    "it": ("Nordvik Bank, che è stata fondata da Lars Berg, ha aperto una filiale a Oslo.", "fondata", "aperto"),
    "pt": ("O Nordvik Bank, que foi fundado por Lars Berg, abriu uma agência em Oslo.", "fundado", "abriu"),
    "de": ("Die Nordvik Bank, die von Lars Berg gegründet wurde, eröffnete eine Filiale in Oslo.",
           "gegründet", "eröffnete"),
    "ru": ("Nordvik Bank, который был основан Ларсом Бергом, открыл отделение в Осло.", "основан", "открыл"),
    "ar": ("قال الرئيس الروسي فلاديمير بوتين الذي ولد في لينينغراد إن روسيا افتتحت سفارة.", "ولد", "قال"),
}


@pytest.mark.parametrize("lang", sorted(RELATIVE))
def test_what_happens_once_in_a_relative_clause_is_not_the_report_s_day(lang: str) -> None:
    text, once, main = RELATIVE[lang]
    mentions = analyze([article(text, "a", dt.date(2010, 6, 16), lang)]).mentions
    days = {m.trigger: m.date for m in mentions}
    assert days[once] is None and days[main] == dt.date(2010, 6, 16), (lang, days)


# Two places under one "of" are an organization's own ("Institute of China and Modern Asia");
# a conjunction before another name stays between two names ("Bank of America and Wells
# Fargo"). Where names are written in lower case after the first word (ru, ar; fr writes
# "l'Asie moderne") the coordinated place is no capitalized name: not asked there.
COORDINATED = {
    "en": ("The director of the Institute of China and Modern Asia spoke.", "Institute of China and Modern Asia",
           "Bank of America and Wells Fargo raised rates.", "Bank of America"),
    "es": ("El director del Instituto de China y Asia Moderna habló.", "Instituto de China y Asia Moderna",
           "El Banco de España y Wells Fargo subieron los tipos.", "Banco de España"),
    "it": ("Il direttore dell'Istituto di Cina e Asia Moderna ha parlato.", "Istituto di Cina e Asia Moderna",
           None, None),
    "pt": ("O diretor do Instituto de China e Ásia Moderna falou.", "Instituto de China e Ásia Moderna",
           "O Banco de Portugal e Wells Fargo subiram as taxas.", "Banco de Portugal"),
    "fr": (None, None, "La Banque de France et Wells Fargo ont relevé les taux.", "Banque de France"),
}


@pytest.mark.parametrize("lang", sorted(COORDINATED))
def test_two_places_under_one_of_are_one_organization_s_name(lang: str) -> None:
    joined, name, apart, bank = COORDINATED[lang]
    if joined:
        names = find_entities([article(joined, "a", lang=lang)])
        assert names.entities[name].type == "org", (lang, names.entities)
    if apart:
        names = find_entities([article(apart, "b", lang=lang)])
        assert {m.text for m in names.mentions["b"]} == {bank, "Wells Fargo"}, (lang, names.mentions["b"])


# A conjunction between two names parts them in every language ("Banco Nordvik y Wells Fargo"),
# also before a country written alone ("Bank of England and South Africa": a place of the
# gazetteer, not a second place of the bank's name). Where a name holds the conjunction, the
# writer's acronym of its initials keeps it whole, and so does the same name written again
# ("Freedom and Justice Party (FJP)"). Russian capitalizes a name's first word only, so the
# acronym test writes a capitalized title; Arabic has no capitals: names after titles only, and an
# organization only around a place (the bank alone is not found), whose clitic "و" parts it.
CONJUNCTION = {
    "en": ("Nordvik Bank and Wells Fargo raised rates.", ("Nordvik Bank", "Wells Fargo"),
           "The Bank of England and South Africa signed a deal.", ("Bank of England", "South Africa"),
           "The Freedom and Justice Party (FJP) won. The Freedom and Justice Party won again.",
           "Freedom and Justice Party"),
    "es": ("El Banco Nordvik y Wells Fargo subieron los tipos.", ("Banco Nordvik", "Wells Fargo"),
           "El Banco de Inglaterra y Sudáfrica firmaron un acuerdo.", ("Banco de Inglaterra", "Sudáfrica"),
           "El Partido Libertad y Justicia (PLJ) ganó. El Partido Libertad y Justicia ganó de nuevo.",
           "Partido Libertad y Justicia"),
    "fr": ("La Banque Nordvik et Wells Fargo ont relevé les taux.", ("Banque Nordvik", "Wells Fargo"),
           "La Banque de France et Afrique du Sud ont signé un accord.", ("Banque de France", "Afrique du Sud"),
           "Le Parti Liberté et Justice (PLJ) a gagné. Le Parti Liberté et Justice a gagné de nouveau.",
           "Parti Liberté et Justice"),
    "it": ("La Banca Nordvik e Wells Fargo hanno alzato i tassi.", ("Banca Nordvik", "Wells Fargo"),
           "La Banca di Spagna e Sudafrica hanno firmato un accordo.", ("Banca di Spagna", "Sudafrica"),
           "Il Partito Libertà e Giustizia (PLG) ha vinto. Il Partito Libertà e Giustizia ha vinto di nuovo.",
           "Partito Libertà e Giustizia"),
    "pt": ("O Banco Nordvik e Wells Fargo subiram as taxas.", ("Banco Nordvik", "Wells Fargo"),
           "O Banco de Portugal e África do Sul assinaram um acordo.", ("Banco de Portugal", "África do Sul"),
           "O Partido Liberdade e Justiça (PLJ) venceu. O Partido Liberdade e Justiça venceu de novo.",
           "Partido Liberdade e Justiça"),
    "de": ("Die Nordvik Bank und Wells Fargo erhöhten die Zinsen.", ("Nordvik Bank", "Wells Fargo"),
           "Die Bank von England und Südafrika unterzeichneten ein Abkommen.", ("Bank von England", "Südafrika"),
           "Die Partei für Freiheit und Gerechtigkeit (PFG) gewann. Die Partei für Freiheit und "
           "Gerechtigkeit gewann erneut.", "Partei für Freiheit und Gerechtigkeit"),
    "ru": ("Банк Нордвик и Уэллс Фарго повысили ставки.", ("Банк Нордвик", "Уэллс Фарго"),
           "Банк Англии и Южная Африка подписали соглашение.", ("Банк Англии", "Южная Африка"),
           "Партия Свобода и Справедливость (ПСС) победила. Партия Свобода и Справедливость победила снова.",
           "Партия Свобода и Справедливость"),
    "ar": ("التقى الرئيس فلاديمير بوتين و الرئيس شي جين بينغ.", ("فلاديمير بوتين", "شي جين بينغ"),
           "وقع بنك إنجلترا وجنوب أفريقيا اتفاقا.", ("وجنوب أفريقيا",), None, None),
}


@pytest.mark.parametrize("lang", sorted(CONJUNCTION))
def test_a_conjunction_parts_two_names_unless_an_acronym_spells_one(lang: str) -> None:
    two, names, country, bank_and_country, whole, party = CONJUNCTION[lang]
    for text, expected in ((two, names), (country, bank_and_country)):
        if text:
            found = find_entities([article(text, "a", lang=lang)])
            assert {m.text for m in found.mentions["a"]} == set(expected), (lang, found.mentions["a"])
    if whole:
        found = find_entities([article(whole, "b", lang=lang)])
        assert [m.text for m in found.mentions["b"] if len(m.text) > 3] == [party, party], (lang, found.mentions["b"])
        assert found.entities[party].type == "org", (lang, found.entities)


# A state's word heads a place where the name holds a country ("State of Israel"), else an
# organization ("Islamic State", not a place); alone after its article it is the common noun,
# nobody's alias ("the State"). Russian writes "Исламское государство" with one capital (its
# acronym makes it whole, asked below); Arabic has no capitals.
POLITY = {
    "en": ("The Islamic State attacked Mosul. The State of Israel protested. The State said nothing.",
           "Islamic State", "State of Israel"),
    "es": ("El Estado Islámico atacó Mosul. El Estado de Israel protestó. El Estado no dijo nada.",
           "Estado Islámico", "Estado de Israel"),
    "fr": ("L'État Islamique a attaqué Mossoul. L'État du Qatar a protesté. L'État n'a rien dit.",
           "État Islamique", "État du Qatar"),
    "it": ("Lo Stato Islamico ha attaccato Mosul. Lo Stato di Israele ha protestato. Lo Stato non ha detto nulla.",
           "Stato Islamico", "Stato di Israele"),
    "pt": ("O Estado Islâmico atacou Mossul. O Estado de Israel protestou. O Estado não disse nada.",
           "Estado Islâmico", "Estado de Israel"),
    "de": ("Der Islamische Staat griff Mossul an. Der Staat Israel protestierte. Der Staat schwieg.",
           "Islamische Staat", "Staat Israel"),
    "ru": ("Государство Израиль протестовало. Государство промолчало.", None, "Государство Израиль"),
}


@pytest.mark.parametrize("lang", sorted(POLITY))
def test_a_state_s_word_heads_a_place_only_with_a_country(lang: str) -> None:
    text, org, place = POLITY[lang]
    names = find_entities([article(text, "a", lang=lang)])
    types = {m.text: names.entities[m.entity].type for m in names.mentions["a"]
             if not m.text.startswith("Mos")}  # the city attacked is no concern here
    assert types == ({org: "org"} if org else {}) | {place: "place"}, (lang, types)


# A name written with one capital ("Front national", "Partito democratico", "Народный фронт")
# is whole where the writer's acronym spells every word's initial, and again later in the
# article; a lower-case phrase before an acronym is no name ("el gobierno sirio (GS)"). The
# other languages capitalize such names (asked above).
ONE_CAPITAL = {
    "fr": ("Le Front national (FN) a gagné à Lyon. Le Front national a reculé.", "Front national"),
    "it": ("Il Partito democratico (PD) ha vinto a Roma. Il Partito democratico ha perso.", "Partito democratico"),
    "ru": ("Народный фронт (НФ) победил в Москве. Народный фронт отступил.", "Народный фронт"),
    "es": ("El gobierno sirio (GS) respondió.", None),
}


@pytest.mark.parametrize("lang", sorted(ONE_CAPITAL))
def test_an_acronym_spells_a_name_written_with_one_capital(lang: str) -> None:
    text, name = ONE_CAPITAL[lang]
    names = find_entities([article(text, "a", lang=lang)])
    whole = [m.text for m in names.mentions["a"] if " " in m.text]
    assert whole == ([name, name] if name else []), (lang, names.mentions["a"])
    if name:
        assert names.entities[name].type == "org", (lang, names.entities)


# The Islamic State is one organization in every language, written with or without its acronym
# and with or without capitals ("l'État islamique", "lo Stato islamico", "Исламское государство",
# "الدولة الإسلامية"): a gazetteer entity, as no capital marks it where every state's word is
# written so. A country's own state stays the country, or a place ("l'État français" is France,
# "государство Израиль" a place), never the organization.
STATE_ORG = {
    "en": ("The Islamic State attacked Mosul. The French state protested.", "Islamic State", "IS", "French",
           "France"),
    "es": ("El Estado Islámico atacó Mosul. El Estado español protestó.", "Estado Islámico", "EI", "español",
           "Spain"),
    "fr": ("L'État islamique a attaqué Mossoul. L'État français a protesté.", "État islamique", "EI", "français",
           "France"),
    "it": ("Lo Stato islamico ha attaccato Mosul. Lo Stato italiano ha protestato.", "Stato islamico", "IS",
           "italiano", "Italy"),
    "ru": ("Исламское государство атаковало Мосул. Государство Израиль протестовало.", "Исламское государство",
           "ИГ", "Государство Израиль", None),
    "ar": ("هاجم تنظيم الدولة الإسلامية الموصل. واحتجت الدولة المصرية.", "الدولة الإسلامية", None, "المصرية",
           "Egypt"),
}


@pytest.mark.parametrize("lang", sorted(STATE_ORG))
def test_the_islamic_state_is_one_organization_in_every_language(lang: str) -> None:
    text, org, acronym, state, country = STATE_ORG[lang]
    names = find_entities([article(text, "a", lang=lang)])
    found = {m.text: m.entity for m in names.mentions["a"]}
    assert found[org] == "Islamic State" and names.entities["Islamic State"].type == "org", (lang, found)
    assert found[state] == (country or found[state]) and names.entities[found[state]].type == "place", (lang, found)
    if acronym:  # Arabic writes no acronym in brackets
        spelled = find_entities([article(text.replace(org, f"{org} ({acronym})", 1), "b", lang=lang)])
        assert {m.entity for m in spelled.mentions["b"] if m.text == acronym} == {"Islamic State"}, (lang, spelled)


# "It was announced that ...": a thing pronoun whose verb takes a clause stands for nothing, so
# the thing named before takes no part; "It later announced a loan" still stands for it. Only
# English and German write such a pronoun (the others drop the subject: "Se anunció que").
EXPLETIVE = {
    "en": "Nordvik Bank opened a branch in Oslo. It was announced that the branch would hire ten "
          "people. It later announced a loan.",
    "de": "Die Nordvik Bank eröffnete eine Filiale in Oslo. Es wurde angekündigt, dass die Filiale "
          "zehn Leute einstellt. Es kündigte später einen Kredit an.",
}


@pytest.mark.parametrize("lang", sorted(EXPLETIVE))
def test_a_pronoun_before_a_clause_stands_for_nothing(lang: str) -> None:
    mentions = analyze([article(EXPLETIVE[lang], "a", dt.date(2007, 9, 5), lang)]).mentions
    announced = {m.sentence: m.participants for m in mentions if m.kind == "announce"}
    assert announced == {1: [], 2: ["Nordvik Bank"]}, (lang, announced)


# A name written with a legal form ("Nordvik Inc.", "Nordvik AG") is a company's name in full:
# never the head word of another name the article writes ("the Nordvik brand" is no alias of
# Nordvik Records because "Nordvik Inc." reduces to "Nordvik"). The head-word rule needs an
# article before the name (ru, ar have none).
LEGAL_FORM = {
    "en": ("Nordvik Inc. settled its dispute with Nordvik Records. Nordvik Inc. will own the Nordvik brand.", "Nordvik Inc"),
    "es": ("Nordvik SA resolvió su disputa con Nordvik Records. Nordvik SA tendrá la Nordvik y sus marcas.", "Nordvik SA"),
    "fr": ("Nordvik SA a réglé son litige avec Nordvik Records. Nordvik SA aura la Nordvik et ses marques.", "Nordvik SA"),
    "it": ("Nordvik SpA ha risolto la disputa con Nordvik Records. Nordvik SpA avrà la Nordvik e i marchi.", "Nordvik SpA"),
    "pt": ("A Nordvik SA resolveu a disputa com a Nordvik Records. A Nordvik SA terá a Nordvik e as marcas.", "Nordvik SA"),
    "de": ("Die Nordvik AG legte den Streit mit Nordvik Records bei. Die Nordvik AG besitzt die Nordvik und "
           "die Marken.", "Nordvik AG"),
}


@pytest.mark.parametrize("lang", sorted(LEGAL_FORM))
def test_a_name_with_a_legal_form_is_no_head_word_of_another_name(lang: str) -> None:
    text, company = LEGAL_FORM[lang]
    names = find_entities([article(text, "a", lang=lang)])
    of = {m.text: m.entity for m in names.mentions["a"]}
    assert of[company] == company and of["Nordvik Records"] == "Nordvik Records", (lang, of)


# A dash between spaces parts two phrases (a byline "AGENCIAS - Bengasi", "Nordvik Bank - Oslo
# Mining"); a hyphen joins the parts of one name ("Jean-Pierre Berg"). Arabic has no capitals.
DASH = {
    "en": "Shares of Nordvik Bank - Oslo Mining rose, said Jean-Pierre Berg.",
    "es": "Las acciones de Nordvik Bank - Oslo Mining subieron, dijo Jean-Pierre Berg.",
    "fr": "Les actions de Nordvik Bank - Oslo Mining ont monté, a dit Jean-Pierre Berg.",
    "it": "Le azioni di Nordvik Bank - Oslo Mining sono salite, ha detto Jean-Pierre Berg.",
    "pt": "As ações do Nordvik Bank - Oslo Mining subiram, disse Jean-Pierre Berg.",
    "de": "Die Anleger kauften Nordvik Bank - Oslo Mining, sagte Jean-Pierre Berg.",
    "ru": "Инвесторы купили Nordvik Bank - Oslo Mining, сказал Жан-Пьер Берг.",
}


@pytest.mark.parametrize("lang", sorted(DASH))
def test_a_dash_between_spaces_parts_two_names_a_hyphen_joins_one(lang: str) -> None:
    names = find_entities([article(DASH[lang], "a", lang=lang)])
    written = {m.text for m in names.mentions["a"]}
    person = "Жан-Пьер Берг" if lang == "ru" else "Jean-Pierre Berg"
    assert {"Nordvik Bank", "Oslo Mining", person} <= written, (lang, written)


# A word the collection writes after a preposition of place ("in Varnholm") in more articles
# than it ends a name written like a person's ("Rif Varnholm") is a place, nobody's surname; a
# surname ("Berg" of Lars Berg) still links. Russian and Arabic inflect or join the word to the
# preposition ("в Варнхольме", "فيفارنهولم"), so the same word is not seen: not asked there.
LOCATED = {
    "en": ("Rebels fought in Varnholm.", "Shelling went on in Varnholm.",
           "The army took Rif Varnholm. Later Varnholm was calm. Lars Berg spoke. Berg left."),
    "es": ("Los rebeldes lucharon en Varnholm.", "Siguieron los bombardeos en Varnholm.",
           "El ejército tomó Rif Varnholm. Luego Varnholm estuvo en calma. Lars Berg habló. Berg se fue."),
    "fr": ("Les rebelles ont combattu dans Varnholm.", "Les tirs ont continué dans Varnholm.",
           "L'armée a pris Rif Varnholm. Puis Varnholm était calme. Lars Berg a parlé. Berg est parti."),
    "it": ("I ribelli hanno combattuto in Varnholm.", "I bombardamenti sono continuati in Varnholm.",
           "L'esercito ha preso Rif Varnholm. Poi Varnholm era calma. Lars Berg ha parlato. Berg è partito."),
    "pt": ("Os rebeldes lutaram em Varnholm.", "Os bombardeios continuaram em Varnholm.",
           "O exército tomou Rif Varnholm. Depois Varnholm ficou calma. Lars Berg falou. Berg saiu."),
    "de": ("Die Rebellen kämpften in Varnholm.", "Der Beschuss ging in Varnholm weiter.",
           "Die Armee nahm Rif Varnholm ein. Danach war Varnholm ruhig. Lars Berg sprach. Berg ging."),
}


@pytest.mark.parametrize("lang", sorted(LOCATED))
def test_a_word_written_after_in_is_a_place_not_a_surname(lang: str) -> None:
    names = find_entities([article(t, f"a{k}", lang=lang) for k, t in enumerate(LOCATED[lang])])
    of = {m.text: m.entity for m in names.mentions["a2"]}
    assert names.entities["Rif Varnholm"].type != "person" and of.get("Varnholm") != "Rif Varnholm", (lang, of)
    assert of["Berg"] == "Lars Berg" and names.entities["Lars Berg"].type == "person", (lang, of)


# A bracketed acronym after a known name that completes another noun's phrase ("Office … of the
# United Nations (OCHA)") may be that phrase's: it becomes the known name's alias only if it
# spells its words ("the leader of the Islamic State (IS)"); right after the name, any acronym
# is its alias ("the Islamic State (ISIS)"). Nor is an acronym after the second of two names
# under one "of" ("of Iraq and the Levant (ISIS)") the second name's. Russian and Arabic write no
# word for "of": not asked.
COORDINATED_TAIL = {
    "en": "The Islamic State of Iraq and the Levant (ISIS) attacked the town.",
    "es": "El Estado Islámico de Irak y el Levante (ISIS) atacó la ciudad.",
    "fr": "L'État islamique d'Irak et du Levant (ISIS) a attaqué la ville.",
    "it": "Lo Stato islamico dell'Iraq e del Levante (ISIS) ha attaccato la città.",
    "pt": "O Estado Islâmico do Iraque e do Levante (ISIS) atacou a cidade.",
    "de": "Der Islamische Staat des Irak und der Levante (ISIS) griff die Stadt an.",
}
COMPLEMENT_ACRONYM = {
    "en": ("The Office for the Coordination of Humanitarian Affairs of the United Nations (OCHA) asked for aid.",
           "The leader of the Islamic State (IS) spoke.", "IS", "Islamic State", "The Islamic State (ISIS) advanced."),
    "es": ("La Oficina de Coordinación de Asuntos Humanitarios de las Naciones Unidas (OCHA) pidió ayuda.",
           "El líder del Estado Islámico (EI) habló.", "EI", "Islamic State", "El Estado Islámico (ISIS) avanzó."),
    "fr": ("Le Bureau de la coordination des affaires humanitaires des Nations unies (OCHA) a demandé de l'aide.",
           "Le chef de l'État islamique (EI) a parlé.", "EI", "Islamic State", "L'État islamique (ISIS) a avancé."),
    "it": ("L'Ufficio per il coordinamento degli affari umanitari delle Nazioni Unite (OCHA) ha chiesto aiuti.",
           "Il segretario generale delle Nazioni Unite (NU) ha parlato.", "NU", "United Nations", "Lo Stato islamico (ISIS) è avanzato."),
    "pt": ("O Escritório de Coordenação de Assuntos Humanitários das Nações Unidas (OCHA) pediu ajuda.",
           "O líder do Estado Islâmico (EI) falou.", "EI", "Islamic State", "O Estado Islâmico (ISIS) avançou."),
    "de": ("Das Büro für die Koordinierung humanitärer Angelegenheiten der Vereinten Nationen (OCHA) bat um Hilfe.",
           "Der Anführer des Islamischen Staates (IS) sprach.", "IS", "Islamic State", "Der Islamische Staat (ISIS) rückte vor."),
}


@pytest.mark.parametrize("lang", sorted(COMPLEMENT_ACRONYM))
def test_an_acronym_after_a_complement_is_its_alias_only_if_it_spells_it(lang: str) -> None:
    office, leader, spelled, entity, direct = COMPLEMENT_ACRONYM[lang]

    def of(text: str, word: str) -> set[str]:
        names = find_entities([article(text, "a", lang=lang)])
        return {m.entity for m in names.mentions["a"] if m.text == word}

    assert of(office, "OCHA") - {"United Nations"} == of(office, "OCHA") != set(), lang
    assert of(leader, spelled) == {entity}, lang
    assert of(direct, "ISIS") == {"Islamic State"}, lang
    tail = COORDINATED_TAIL[lang]
    assert of(tail, "ISIS") == {"ISIS"}, lang


# A known organization named after a place it is "of" ("Islamic State of Iraq") is one mention of
# the organization, not one of the place too; the place after "in" is the place ("the United
# Nations in Iraq"). German names the group "im Irak", Russian and Arabic write no "of": only
# the place after "in" is asked there.
ORG_OF_PLACE = {
    "en": ("The Islamic State of Iraq claimed the attack.", "The United Nations in Iraq sent aid."),
    "es": ("El Estado Islámico de Irak reivindicó el atentado.", "Las Naciones Unidas en Irak enviaron ayuda."),
    "fr": ("L'État islamique d'Irak a revendiqué l'attentat.", "Les Nations unies en Irak ont envoyé de l'aide."),
    "it": ("Lo Stato islamico dell'Iraq ha rivendicato l'attentato.", "Le Nazioni Unite in Iraq hanno inviato aiuti."),
    "pt": ("O Estado Islâmico do Iraque reivindicou o atentado.", "As Nações Unidas no Iraque enviaram ajuda."),
    "de": (None, "Die Vereinten Nationen im Irak schickten Hilfe."),
    "ru": (None, "ООН в Ираке направила помощь."),
    "ar": (None, "أرسلت الأمم المتحدة في العراق مساعدات."),
}


@pytest.mark.parametrize("lang", sorted(ORG_OF_PLACE))
def test_an_organization_named_after_a_place_is_no_mention_of_the_place(lang: str) -> None:
    named, located = ORG_OF_PLACE[lang]
    text = f"{named} {located}" if named else located
    names = find_entities([article(text, "a", lang=lang)])
    entities = [(m.sentence, m.entity) for m in names.mentions["a"]]
    last = 1 if named else 0
    assert (last, "United Nations") in entities and (last, "Iraq") in entities, (lang, entities)
    if named:
        assert [e for n, e in entities if n == 0] == ["Islamic State"], (lang, entities)


# Words the collection writes in lower case, joined by a conjunction beside an organization's
# word, are one name ("el partido Libertad y Justicia": no acronym, "partido" in lower case);
# names of their own stay two ("el partido Baaz y Hezbolá"), and so do organizations' words
# ("the House and Senate"). German capitalizes every noun, Russian writes such names in lower
# case after their first word, Arabic has no capitals: not asked there.
COMMON_WORDS_NAME = {
    "en": ("The Freedom and Justice party won the vote. Leaders of the Baath party and Hezbollah met.",
           "They want freedom and justice.", "Freedom and Justice", ["Baath", "Hezbollah"]),
    "es": ("El partido Libertad y Justicia ganó el voto. El partido Baaz y Hezbolá se reunieron.",
           "Piden libertad y justicia.", "Libertad y Justicia", ["Baaz", "Hezbolá"]),
    "fr": ("Le parti Liberté et Justice a gagné le vote. Le parti Baas et Hezbollah se sont réunis.",
           "Ils veulent la liberté et la justice.", "Liberté et Justice", ["Baas", "Hezbollah"]),
    "it": ("Il partito Libertà e Giustizia ha vinto il voto. Il partito Baath e Hezbollah si sono riuniti.",
           "Vogliono libertà e giustizia.", "Libertà e Giustizia", ["Baath", "Hezbollah"]),
    "pt": ("O partido Liberdade e Justiça venceu o voto. O partido Baath e Hezbollah se reuniram.",
           "Querem liberdade e justiça.", "Liberdade e Justiça", ["Baath", "Hezbollah"]),
}


@pytest.mark.parametrize("lang", sorted(COMMON_WORDS_NAME))
def test_common_words_joined_beside_an_organization_word_are_one_name(lang: str) -> None:
    text, elsewhere, party, apart = COMMON_WORDS_NAME[lang]
    names = find_entities([article(text, "a", lang=lang), article(elsewhere, "b", lang=lang)])
    found = [m.entity for m in names.mentions["a"]]
    assert found[0] == party and all(name in found for name in apart), (lang, found)
    alone = find_entities([article(text, "a", lang=lang)])  # no lower-case "freedom", "justice"
    assert party not in [m.entity for m in alone.mentions["a"]], lang


# A heading run into its text ("The new Nordvik Phone On Wednesday, …") ends the name before the
# common word that opens the time expression; es/fr/it write it inside the expression ("El
# miércoles"), already outside any name (checked). Arabic has no capitals.
HEADING_RUN_IN = {
    "en": "The new Nordvik Phone On Wednesday, Nordvik Bank unveiled a phone.",
    "es": "El nuevo Nordvik Phone El miércoles, Nordvik Bank presentó un teléfono.",
    "fr": "Le nouveau Nordvik Phone Le mercredi, Nordvik Bank a présenté un téléphone.",
    "it": "Il nuovo Nordvik Phone Il mercoledì, Nordvik Bank ha presentato un telefono.",
    "pt": "O novo Nordvik Phone Na quarta-feira, Nordvik Bank apresentou um telefone.",
    "de": "Das neue Nordvik Phone Am Mittwoch stellte die Nordvik Bank ein Telefon vor.",
    "ru": "Новый Nordvik Phone В среду Nordvik Bank представил телефон.",
}


@pytest.mark.parametrize("lang", sorted(HEADING_RUN_IN))
def test_a_name_ends_before_the_word_opening_a_time_expression(lang: str) -> None:
    names = find_entities([article(HEADING_RUN_IN[lang], "a", lang=lang)])
    texts = [m.text for m in names.mentions["a"]]
    assert texts[0].endswith("Nordvik Phone") and "Nordvik Bank" in texts, (lang, texts)


# A sentence written in capitals throughout (a headline, a caption, a reader's comment) marks no
# name by its capitals: only what the gazetteer knows ("LIBIA"). Arabic has no capitals.
SHOUTED = {
    "en": "NORDVIK PLANES EXTEND THE BOMBING OVER LIBYA",
    "es": "AVIONES DE NORDVIK EXTIENDEN LOS BOMBARDEOS SOBRE LIBIA",
    "fr": "LES AVIONS DE NORDVIK ÉTENDENT LES BOMBARDEMENTS SUR LA LIBYE",
    "it": "GLI AEREI DI NORDVIK ESTENDONO I BOMBARDAMENTI SULLA LIBIA",
    "pt": "AVIÕES DE NORDVIK ESTENDEM OS BOMBARDEIOS SOBRE A LÍBIA",
    "de": "NORDVIKS FLUGZEUGE WEITEN DIE ANGRIFFE AUF LIBYEN AUS",
    "ru": "САМОЛЕТЫ НОРДВИКА РАСШИРЯЮТ БОМБАРДИРОВКИ ЛИВИИ",
}


@pytest.mark.parametrize("lang", sorted(SHOUTED))
def test_a_sentence_in_capitals_marks_no_name_by_them(lang: str) -> None:
    names = find_entities([article(SHOUTED[lang], "a", lang=lang)])
    assert {m.entity for m in names.mentions.get("a", [])} == {"Libya"}, (lang, names.mentions)


# A local office written before its holder's name: the office word is no part of the name
# ("Mayor Lior Tams" is Lior Tams), it says the name is a person's, and a later "the mayor"
# stands for him. Arabic names (no capitals) are found only after such a word.
MAYOR = {
    "en": ("Mayor Lior Tams cut the ribbon at noon. Lior Tams thanked the workers.", "Lior Tams"),
    "es": ("El alcalde Lior Tams cortó la cinta al mediodía. Lior Tams agradeció a los obreros.", "Lior Tams"),
    "fr": ("Le maire Lior Tams a coupé le ruban à midi. Lior Tams a remercié les ouvriers.", "Lior Tams"),
    "it": ("Il sindaco Lior Tams ha tagliato il nastro a mezzogiorno. Lior Tams ha ringraziato gli operai.",
           "Lior Tams"),
    "de": ("Bürgermeister Lior Tams hat am Mittag das Band durchgeschnitten. Lior Tams dankte den Arbeitern.",
           "Lior Tams"),
    "pt": ("O prefeito Lior Tams cortou a fita ao meio-dia. Lior Tams agradeceu aos operários.", "Lior Tams"),
    "ru": ("Мэр Лиор Тамс перерезал ленту в полдень. Лиор Тамс поблагодарил рабочих.", "Лиор Тамс"),
    "ar": ("قال العمدة ليور تامس. وأعلن العمدة ليور تامس.", "ليور تامس"),
}


@pytest.mark.parametrize("lang", sorted(MAYOR))
def test_a_mayor_written_before_a_name_makes_it_a_person_and_is_not_part_of_it(lang: str) -> None:
    text, name = MAYOR[lang]
    names = find_entities([article(text, "a", lang=lang)])
    assert list(names.entities) == [name], (lang, list(names.entities))
    assert names.entities[name].type == "person"


# Senator, judge and minister are offices like mayor: before a name, no part of it, and it
# is a person's.
OFFICES = {
    "en": "Senator Lior Tams opened the session. Judge Ana Pel spoke. Minister Ivo Rask answered later.",
    "es": "El senador Lior Tams abrió la sesión. La jueza Ana Pel habló. El ministro Ivo Rask respondió después.",
    "fr": "Le sénateur Lior Tams a ouvert la séance. La juge Ana Pel a parlé. Le ministre Ivo Rask a répondu ensuite.",
    "it": "Il senatore Lior Tams ha aperto la seduta. Il giudice Ana Pel ha parlato. "
          "Il ministro Ivo Rask ha risposto dopo.",
    "pt": "O senador Lior Tams abriu a sessão. A juíza Ana Pel falou. O ministro Ivo Rask respondeu depois.",
    "de": "Senator Lior Tams eröffnete die Sitzung. Richterin Ana Pel sprach. Minister Ivo Rask antwortete später.",
    "ru": "Сенатор Лиор Тамс открыл заседание. Судья Ана Пел выступила. Министр Иво Раск ответил позже.",
    "ar": "قال السيناتور ليور تامس. وتحدثت القاضية آنا بيل. ورد الوزير إيفو راسك.",
}


@pytest.mark.parametrize("lang", sorted(OFFICES))
def test_senator_judge_and_minister_are_offices(lang: str) -> None:
    names = find_entities([article(OFFICES[lang], "a", lang=lang)])
    expected = ["Лиор Тамс", "Ана Пел", "Иво Раск"] if lang == "ru" else \
        ["ليور تامس", "آنا بيل", "إيفو راسك"] if lang == "ar" else ["Lior Tams", "Ana Pel", "Ivo Rask"]
    assert list(names.entities) == expected, (lang, list(names.entities))
    assert {e.type for e in names.entities.values()} == {"person"}, (lang, names.entities)


def test_an_arabic_name_after_an_office_ends_before_an_adverb() -> None:
    """Arabic alone finds names only after an office (no capitals): the words after it are the
    name up to an adverb ("later"), not the adverb too."""
    names = find_entities([article("ورد الوزير إيفو راسك لاحقا.", "a", lang="ar")])
    assert list(names.entities) == ["إيفو راسك"], list(names.entities)


def test_a_german_lone_place_after_in_is_a_name_and_a_noun_there_is_not() -> None:
    """German capitalizes every noun, so a lone capitalized word needs confirming: right after
    "in" with no article it is a place ("in Oslo"); a noun there ("in Kraft") is one the
    collection also writes after an article ("die Kraft"), and "im Rathaus" holds its article.
    (Only German capitalizes its nouns: elsewhere a lone capital is a name already.)"""
    text = ("Die Nordvik Sparbank hat am Montag eine Filiale in Oslo eröffnet. Das Gesetz trat in Kraft. "
            "Die Kraft fehlt. Maria Lund sprach im Rathaus. Das Rathaus ist alt.")
    names = find_entities([article(text, "a", lang="de")])
    assert "Oslo" in names.entities and "Kraft" not in names.entities and "Rathaus" not in names.entities, \
        list(names.entities)


# A company written with its legal form, then by its first word alone: one entity ("Toyota"
# after "Toyota Motor Corp."). Arabic, with no capitals, finds names only after an office.
FIRST_WORD = {
    "en": "Nordvik Motor Corp. opened a plant on Monday. Later, Nordvik said that sales rose.",
    "es": "Nordvik Motor SA abrió una planta el lunes. Después, Nordvik dijo que las ventas subieron.",
    "fr": "Nordvik Motor SA a ouvert une usine lundi. Ensuite, Nordvik a dit que les ventes montaient.",
    "it": "Nordvik Motor SpA ha aperto uno stabilimento lunedì. Poi, Nordvik ha detto che le vendite salivano.",
    "pt": "Nordvik Motor SA abriu uma fábrica na segunda-feira. Depois, Nordvik disse que as vendas subiram.",
    "de": "Die Nordvik Motor AG hat am Montag ein Werk eröffnet. Später sagte Nordvik, der Absatz sei gestiegen.",
    "ru": "Nordvik Motor Corp. открыла завод в понедельник. Позже Nordvik сообщила о росте продаж.",
}


@pytest.mark.parametrize("lang", sorted(FIRST_WORD))
def test_a_companys_first_word_alone_is_the_company_written_with_its_legal_form(lang: str) -> None:
    names = find_entities([article(FIRST_WORD[lang], "a", lang=lang)])
    assert len(names.entities) == 1 and next(iter(names.entities)).startswith("Nordvik Motor"), (lang, names.entities)
    assert any(m.text == "Nordvik" and m.sentence == 1 for m in names.mentions["a"]), (lang, names.mentions["a"])


# A name joined by "&" is one name ("Standard & Poor's", "S&P 500", "AT&T"), its single
# letters too. Arabic, with no capitals, finds names only after an office.
AMPERSAND = {
    "en": "Nordvik & Lund cut its rating on Monday. The N&L 500 index fell.",
    "es": "Nordvik & Lund rebajó su calificación el lunes. El índice N&L 500 cayó.",
    "fr": "Nordvik & Lund a abaissé sa note lundi. L'indice N&L 500 a baissé.",
    "it": "Nordvik & Lund ha tagliato il rating lunedì. L'indice N&L 500 è sceso.",
    "pt": "Nordvik & Lund cortou a nota na segunda-feira. O índice N&L 500 caiu.",
    "de": "Nordvik & Lund senkte am Montag die Bewertung. Danach fiel der N&L 500.",
    "ru": "Nordvik & Lund понизило рейтинг в понедельник. Потом индекс N&L 500 упал.",
}


# An acronym may leave out the organization's word that closes the name ("European Aeronautic
# Defence and Space Company (EADS)"): the whole name is still one, the acronym its alias. Only
# where that word comes last; head-first languages write it first ("Compañía ..."), where the
# acronym spells it.
CLOSING_ORG_WORD = {
    "en": ("The Nordvik Aviation and Space Company (NAS) said on Friday that its chief had resigned. "
           "NAS shares fell.", "Nordvik Aviation and Space Company"),
    "de": ("Die Nordvik Luftfahrt und Raumfahrt Gruppe (NLR) meldete am Freitag Verluste. "
           "Die NLR entlässt Mitarbeiter.", "Nordvik Luftfahrt und Raumfahrt Gruppe"),
}


@pytest.mark.parametrize("lang", sorted(CLOSING_ORG_WORD))
def test_an_acronym_leaving_out_the_closing_organization_word_names_the_whole(lang: str) -> None:
    text, name = CLOSING_ORG_WORD[lang]
    names = find_entities([article(text, "a", lang=lang)])
    assert list(names.entities) == [name], (lang, list(names.entities))
    assert len(names.mentions["a"]) == 3, (lang, names.mentions["a"])


def test_the_mayor_later_in_the_article_is_the_mayor_it_named() -> None:
    names = find_entities([article("Governor Ana Pel opened the bridge. Mayor Lior Tams spoke first. "
                                   "The mayor thanked the governor.", "a")])
    assert names.entities["Lior Tams"].type == names.entities["Ana Pel"].type == "person"
    # "The mayor" and "the governor" are their holders' mentions, but no aliases (a bare office names no one).
    assert names.entities["Lior Tams"].mentions == names.entities["Ana Pel"].mentions == 2, names.entities
    assert "mayor" not in names.entities["Lior Tams"].aliases and "governor" not in names.entities["Ana Pel"].aliases


# A user looks a name up as the text writes it, punctuation and all ("Standard & Poor's",
# "Dow Jones & Co.", "U.S."), or with a hyphen or accent left out: the name found is kept
# without its final period and possessive ("Dow Jones & Co"), so the lookup must fold the
# query the same way. Arabic writes neither periods nor hyphens in names.
LOOKUP = {
    "en": "Nordvik Jones & Co. cut its rating on Monday. Later, Lund-Érard Bank said its sales rose.",
    "es": "Nordvik Jones & Co. rebajó su calificación el lunes. Después, Lund-Érard Bank dijo que sus ventas subieron.",
    "fr": "Nordvik Jones & Co. a abaissé sa note lundi. Puis, Lund-Érard Bank a dit que ses ventes montaient.",
    "it": "Nordvik Jones & Co. ha tagliato il rating lunedì. Poi, Lund-Érard Bank ha detto che le vendite salivano.",
    "pt": "Nordvik Jones & Co. cortou a nota na segunda-feira. Depois, Lund-Érard Bank disse que as vendas subiram.",
    "de": "Nordvik Jones & Co. senkte am Montag die Bewertung. Später meldete die Lund-Érard Bank höhere Umsätze.",
    "ru": "Nordvik Jones & Co. понизило рейтинг в понедельник. Позже Lund-Érard Bank сообщил о росте продаж.",
}


@pytest.mark.parametrize("lang", sorted(LOOKUP))
def test_a_name_is_found_by_its_punctuated_spelling(lang: str) -> None:
    names = find_entities([article(LOOKUP[lang], "a", lang=lang)])
    jones = names.find("Nordvik Jones & Co.")
    assert len(jones) == 1 and jones[0].startswith("Nordvik Jones"), (lang, list(names.entities))
    assert names.find("Lund Erard Bank") == names.find("Lund-Érard Bank") == ["Lund-Érard Bank"], (lang, list(names.entities))


# A user types "and" in the language of the query where the name writes "&" ("Standard and
# Poor's" for "Standard & Poor's"). Arabic finds no "&" name (see AMPERSAND).
AND_TYPED = {"en": "Nordvik and Lund", "es": "Nordvik y Lund", "fr": "Nordvik et Lund", "it": "Nordvik e Lund",
             "pt": "Nordvik e Lund", "de": "Nordvik und Lund", "ru": "Nordvik и Lund"}


@pytest.mark.parametrize("lang", sorted(AND_TYPED))
def test_a_name_written_with_ampersand_is_found_by_and(lang: str) -> None:
    names = find_entities([article(AMPERSAND[lang], "a", lang=lang)])
    assert names.find(AND_TYPED[lang]) == names.find("Nordvik & Lund") == ["Nordvik & Lund"], (lang, list(names.entities))


def test_a_possessive_name_is_found_as_written() -> None:
    names = find_entities([article("Nordvik & Lund's cut its rating on Monday. The U.S. economy grew.", "a", lang="en")])
    assert names.find("Nordvik & Lund's") == names.find("Nordvik & Lund’s") != [], list(names.entities)
    assert names.find("U.S.") == names.find("US") == ["United States"], list(names.entities)


# "Next" and its kin are adjectives: they plan only the event noun beside them ("the next
# summit", Arabic "القمة المقبلة" after it), not a noun that is no event ("the next
# generation") nor a verb further on ("the next day, he visited").
NEXT_DAY = {
    "en": "The next day, China's envoy visited Moscow.",
    "es": "El próximo día, Xi Jinping visitó Moscú.",
    "fr": "Le prochain président de la Chine a visité Moscou lundi.",
    "it": "Il prossimo presidente della Cina ha visitato Mosca lunedì.",
    "pt": "O próximo presidente da China visitou Moscou na segunda-feira.",
    "de": "Am nächsten Tag besuchte der Gesandte Chinas Moskau.",
    "ru": "На следующий день посланник Китая посетил Москву.",
}
NEXT_SUMMIT = {
    "en": "China and Russia prepared the next summit on Monday.",
    "es": "China y Rusia prepararon la próxima cumbre el lunes.",
    "fr": "La Chine et la Russie ont préparé le prochain sommet lundi.",
    "it": "La Cina e la Russia hanno preparato il prossimo vertice lunedì.",
    "pt": "A China e a Rússia prepararam a próxima cúpula na segunda-feira.",
    "de": "China und Russland bereiteten am Montag den nächsten Gipfel vor.",
    "ru": "Китай и Россия в понедельник подготовили следующий саммит.",
    "ar": "أعدت الصين وروسيا يوم الاثنين القمة المقبلة.",
}

# The adjective agrees with a plural or neuter noun too ("las próximas cumbres", "das nächste
# Gipfeltreffen"); English "next" and the Russian and Arabic stems do not change.
NEXT_SUMMITS = {
    "es": "China y Rusia prepararon las próximas cumbres el lunes.",
    "fr": "La Chine et la Russie ont préparé les prochains sommets lundi.",
    "it": "La Cina e la Russia hanno preparato i prossimi incontri lunedì.",
    "pt": "A China e a Rússia prepararam as próximas cúpulas na segunda-feira.",
    "de": "China und Russland bereiteten am Montag ein kommendes Gipfeltreffen vor.",
}


def _statuses(text: str, lang: str) -> dict[str, str]:
    analysis = analyze([article(text, "a", lang=lang)])
    return {m.kind: m.status.name for e in analysis.events for m in e.mentions}


# Per case: the event kind, its status, and each language's sentence: "next" before a word
# that is no event plans no later verb; beside an event noun it plans it.
NEXT_STATUS = {
    "next_day": ("visit", "HAPPENED", NEXT_DAY),
    "next_summit": ("meet", "PLANNED", NEXT_SUMMIT),
    "next_summits": ("meet", "PLANNED", NEXT_SUMMITS),
}


@pytest.mark.parametrize(("case", "lang"), [(c, lang) for c, (*_, texts) in NEXT_STATUS.items() for lang in sorted(texts)])
def test_next_plans_only_the_event_noun_beside_it(case: str, lang: str) -> None:
    kind, status, texts = NEXT_STATUS[case]
    assert _statuses(texts[lang], lang)[kind] == status, (case, lang)


def test_the_next_generation_is_no_plan() -> None:
    analysis = analyze([article("China unveiled the next generation of its rockets on Monday.", "a")])
    assert all(m.status.name == "HAPPENED" for e in analysis.events for m in e.mentions), analysis.events


# An office's place after its "of" is a name ("the Mayor of Oslo", "der Bürgermeister von
# Oslo"), even where every noun has a capital and a lone capitalized word needs proof.
# Russian and Arabic write the place as a genitive with no "of" word.
OFFICE_OF_PLACE = {
    "en": "The Mayor of Oslo, Lior Tamsen, opened the session on Monday.",
    "es": "El alcalde de Oslo, Lior Tamsen, abrió la sesión el lunes.",
    "fr": "Le maire de Oslo, Lior Tamsen, a ouvert la séance lundi.",
    "it": "Il sindaco di Oslo, Lior Tamsen, ha aperto la seduta lunedì.",
    "pt": "O prefeito de Oslo, Lior Tamsen, abriu a sessão na segunda-feira.",
    "de": "Der Bürgermeister von Oslo, Lior Tamsen, eröffnete am Montag die Sitzung.",
}


# Per case: the names each language's sentence must yield, and those sentences.
NAMES_FOUND = {
    "ampersand": ({"Nordvik & Lund", "N&L 500"}, AMPERSAND),
    "office_of_place": ({"Oslo", "Lior Tamsen"}, OFFICE_OF_PLACE),
}


@pytest.mark.parametrize(("case", "lang"), [(c, lang) for c, (_, texts) in NAMES_FOUND.items() for lang in sorted(texts)])
def test_the_names_of_each_case_are_found(case: str, lang: str) -> None:
    expected, texts = NAMES_FOUND[case]
    names = find_entities([article(texts[lang], "a", lang=lang)])
    assert expected <= set(names.entities), (case, lang, list(names.entities))


# An event noun in the plural reports events too ("the summits", "i vertici"): a stem written
# with its singular ending ("vertice*", "invasión") or a language's own plural ("قمم",
# "aquisições") needs the plural listed. One sentence per language (the kind it must report),
# then the plural forms each language file lists, each looked up alone.
PLURAL_EVENT_SENTENCE = {
    "en": ("agree", "The treaties between China and Russia are from May 2025."),
    "es": ("visit", "Las giras de Xi Jinping por Rusia en mayo de 2025."),
    "fr": ("visit", "Les tournées de Xi Jinping en Russie en mai 2025."),
    "it": ("meet", "I vertici tra la Cina e la Russia in maggio 2025."),
    "pt": ("visit", "As viagens de Xi Jinping à Rússia em maio de 2025."),
    "de": ("meet", "Die Begegnungen zwischen China und Russland im Mai 2025."),
    "ru": ("legal", "Иски против компании Газпром в мае 2025 года."),
    "ar": ("meet", "القمم بين الصين وروسيا في مايو 2025."),
}
PLURAL_EVENT_WORDS = {
    "en": {"accords": "agree", "pacts": "agree", "verdicts": "legal", "rulings": "legal", "takeovers": "acquire",
           "deaths": "die", "invasions": "attack", "ceremonies": "attend", "tours": "visit"},
    "es": {"invasiones": "attack", "dimisiones": "resign", "presentaciones": "launch",
           "adquisiciones": "acquire", "cumbres": "meet"},
    "fr": {"invasions": "attack", "créations": "found", "sommets": "meet"},
    "it": {"trattati": "agree", "patti": "agree", "sentenze": "legal", "multe": "legal", "acquisizioni": "acquire",
           "fusioni": "acquire", "cessioni": "sell", "nomine": "appoint", "decessi": "die", "parate": "attend"},
    "pt": {"aquisições": "acquire", "fusões": "acquire", "nomeações": "appoint", "invasões": "attack",
           "demissões": "resign", "mortes": "die", "telefonemas": "talk"},
    "de": {"prozesse": "legal", "pakte": "agree", "zusammenkünfte": "meet", "invasionen": "attack",
           "rückgänge": "fall", "anstiege": "rise"},
    "ru": {"иски": "legal", "саммиты": "meet", "визиты": "visit"},
    "ar": {"لقاءات": "meet", "الاجتماعات": "meet", "زيارات": "visit", "الاتفاقات": "agree", "هجمات": "attack",
           "المظاهرات": "protest", "دعاوى": "legal"},
}


@pytest.mark.parametrize("lang", sorted(PLURAL_EVENT_SENTENCE))
def test_a_plural_event_noun_reports_an_event(lang: str) -> None:
    kind, text = PLURAL_EVENT_SENTENCE[lang]
    analysis = analyze([article(text, "a", lang=lang)])
    assert kind in {m.kind for e in analysis.events for m in e.mentions}, (lang, text)
    lex = lexicon(lang)
    found = {word: (lex.triggers.match([fold(word)], 0) or (0, None))[1] for word in PLURAL_EVENT_WORDS[lang]}
    assert found == PLURAL_EVENT_WORDS[lang], lang


# A name of a person's shape opening with the first name of someone known to be a person (by an
# office, a title or the gazetteer) is a person too ("Vladimir Portyakov" beside Vladimir
# Putin), not "other". Arabic finds names only after an office, where they are people already.
GIVEN_NAME = {
    "en": "President Ana Pelkova opened the fair on Monday. Later, Ana Dorsk praised the fair.",
    "es": "La presidenta Ana Pelkova inauguró la feria el lunes. Después, Ana Dorsk elogió la feria.",
    "fr": "La présidente Ana Pelkova a ouvert la foire lundi. Ensuite, Ana Dorsk a salué la foire.",
    "it": "La presidente Ana Pelkova ha aperto la fiera lunedì. Poi, Ana Dorsk ha lodato la fiera.",
    "pt": "A presidente Ana Pelkova abriu a feira na segunda-feira. Depois, Ana Dorsk elogiou a feira.",
    "de": "Präsidentin Ana Pelkova eröffnete am Montag die Messe. Später lobte Ana Dorsk die Messe.",
    "ru": "Президент Анна Пелкова открыла ярмарку в понедельник. Позже Анна Дорск похвалила ярмарку.",
}


@pytest.mark.parametrize("lang", sorted(GIVEN_NAME))
def test_a_name_opening_with_a_known_persons_first_name_is_a_person(lang: str) -> None:
    names = find_entities([article(GIVEN_NAME[lang], "a", lang=lang)])
    assert sorted(e.type for e in names.entities.values()) == ["person", "person"], (lang, names.entities)


def test_a_name_sharing_a_first_name_keeps_its_organization_words() -> None:
    names = find_entities([article("President Ana Pelkova opened the fair on Monday. Later, Ana Dorsk Bank "
                                   "praised the fair.", "a")])
    assert {e.id: e.type for e in names.entities.values()} == {"Ana Pelkova": "person", "Ana Dorsk Bank": "org"}


# A name may open with a word that is otherwise common ("New York", "New Zealand"): capitalized
# inside running text, after a lower-case word or a determiner, it opens the name rather than
# being dropped ("York Stock Exchange", "Zealand"); such a name is no person's. Only English
# lists a name's first word as common ("new"); the other languages write their "new" as a name
# word already and must keep doing so. German, where every noun has a capital, is left out.
COMMON_WORD_OPENS = {
    "en": ("Shares fell on the New York Stock Exchange on Monday, and the envoy flew to New Zealand.",
           {"New York Stock Exchange", "New Zealand"}),
    "es": ("Las acciones cayeron en la Bolsa de Nueva York el lunes, y el enviado voló a Nueva Zelanda.",
           {"Bolsa de Nueva York", "Nueva Zelanda"}),
    "fr": ("Les actions ont baissé à la Bourse de New York lundi, et l'envoyé est allé en Nouvelle Zélande.",
           {"Bourse de New York", "Nouvelle Zélande"}),
    "it": ("Le azioni sono scese alla Borsa di Nuova York lunedì, e l'inviato è andato in Nuova Zelanda.",
           {"Borsa di Nuova York", "Nuova Zelanda"}),
    "pt": ("As ações caíram na Bolsa de Nova York na segunda-feira, e o enviado foi à Nova Zelândia.",
           {"Bolsa de Nova York", "Nova Zelândia"}),
    "ru": ("Акции упали в понедельник, а посланник улетел в Новую Зеландию.", {"Новую Зеландию"}),
}


@pytest.mark.parametrize("lang", sorted(COMMON_WORD_OPENS))
def test_a_common_word_capitalized_in_running_text_opens_a_name(lang: str) -> None:
    text, expected = COMMON_WORD_OPENS[lang]
    names = find_entities([article(text, "a", lang=lang)])
    assert set(names.entities) == expected, (lang, list(names.entities))
    assert all(e.type != "person" for e in names.entities.values()), (lang, names.entities)


def test_a_name_opening_with_a_common_word_is_no_persons_surname() -> None:
    # "York" alone (the sentence's capital hides "New") must not make "New York" a person.
    names = find_entities([article("New York banks rose on Monday. Traders in New York said the rally "
                                   "would last.", "a")])
    assert names.entities["New York"].type != "person", names.entities


# A territory or region that is no country (disputed, or within one) is a place as a country is:
# one sentence per language, written for this test, each naming two of them.
TERRITORIES = {
    "en": ("Protesters in Hong Kong and officials in Crimea met on Friday.", {"Hong Kong", "Crimea"}),
    "es": ("Los observadores viajaron a Cisjordania y a Crimea el lunes.", {"West Bank", "Crimea"}),
    "fr": ("Les observateurs sont allés en Cisjordanie et au Tibet lundi.", {"West Bank", "Tibet"}),
    "it": ("Gli osservatori sono arrivati in Crimea e a Taiwan lunedì.", {"Crimea", "Taiwan"}),
    "de": ("Die Beobachter reisten am Montag auf die Krim und nach Tibet.", {"Crimea", "Tibet"}),
    "pt": ("Os observadores chegaram à Crimeia e ao Kosovo na segunda-feira.", {"Crimea", "Kosovo"}),
    "ru": ("В понедельник наблюдатели приехали в Крым и в Гонконг.", {"Crimea", "Hong Kong"}),
    "ar": ("وصل المراقبون إلى القرم ثم إلى تايوان يوم الاثنين.", {"Crimea", "Taiwan"}),
}


@pytest.mark.parametrize("lang", sorted(TERRITORIES))
def test_a_territory_that_is_no_country_is_a_place(lang: str) -> None:
    text, expected = TERRITORIES[lang]
    names = find_entities([article(text, "a", lang=lang)])
    places = {e for e, ent in names.entities.items() if ent.type == "place"}
    assert expected <= places, (lang, {e: ent.type for e, ent in names.entities.items()})


# An office written with no country ("the president said") means its holder in that article,
# but names no one: it is no alias of the holder, and a lookup of the bare office finds nobody.
# One pair of sentences per language, written for this test: (text, the bare office, holder).
BARE_OFFICES = {
    "en": ("President Ana Dorsk opened the fair. The president thanked the workers.", "president", "Ana Dorsk"),
    "es": ("El presidente Ana Dorsk inauguró la feria. El presidente agradeció a los obreros.",
           "presidente", "Ana Dorsk"),
    "fr": ("Le président Ana Dorsk a ouvert la foire. Le président a remercié les ouvriers.",
           "président", "Ana Dorsk"),
    "it": ("Il presidente Ana Dorsk ha aperto la fiera. Il presidente ha ringraziato gli operai.",
           "presidente", "Ana Dorsk"),
    "de": ("Präsident Ana Dorsk eröffnete die Messe. Der Präsident dankte den Arbeitern.", "präsident", "Ana Dorsk"),
    "pt": ("O presidente Ana Dorsk abriu a feira. O presidente agradeceu aos operários.",
           "presidente", "Ana Dorsk"),
    "ru": ("Президент Ана Дорск открыла ярмарку. Президент поблагодарила рабочих.", "президент", "Ана Дорск"),
    "ar": ("افتتح الرئيس أنا دورسك المعرض. وشكر الرئيس العمال.", "الرئيس", None),
}


@pytest.mark.parametrize("lang", sorted(BARE_OFFICES))
def test_a_bare_office_is_no_alias_of_its_holder(lang: str) -> None:
    text, office, holder = BARE_OFFICES[lang]
    names = find_entities([article(text, "a", lang=lang)])
    aliases = {fold(a) for e in names.entities.values() for a in e.aliases}
    assert fold(office) not in aliases, (lang, names.entities)
    assert names.find(office) == [], (lang, names.find(office))
    if holder is not None:
        assert names.entities[holder].type == "person", (lang, names.entities)


# An adjective a text capitalizes ("Western pressure", "the Allied victory") is no name alone,
# though a name may open with one ("Western Union", "Sahara Occidental"). English capitalizes
# them as a rule; the other languages' writers do it at times, and the lone word then passed for
# the surname of the name it opens ("Sahara Occidental" a person). German capitalizes the noun
# after it, so its sentence only guards a name. One sentence per language,
# written for this test: (text, the adjective as written, a name that must stay whole).
CAPITAL_ADJECTIVES = {
    "en": ("Beijing resisted Western pressure and hailed the Allied victory; Western Union said nothing.",
           {"Western", "Allied"}, "Western Union"),
    "es": ("Pekín resistió la presión Occidental, y Marruecos habló del Sahara Occidental.",
           {"Occidental"}, "Sahara Occidental"),
    "fr": ("Pékin a résisté à la pression Occidentale, et Rabat a parlé du Sahara Occidental.",
           {"Occidentale"}, "Sahara Occidental"),
    "it": ("Pechino ha resistito alla pressione Occidentale, e Rabat ha parlato del Sahara Occidentale.",
           {"Occidentale"}, "Sahara Occidentale"),
    "pt": ("Pequim resistiu à pressão Ocidental, e Rabat falou do Saara Ocidental.",
           {"Ocidental"}, "Saara Ocidental"),
    "de": ("Peking widerstand dem Druck der Westlichen Staaten, sagte Anna Dorsk.", {"Westlichen"}, "Anna Dorsk"),
    "ru": ("Пекин противостоял давлению Западных стран, сказала Анна Дорск.", {"Западных"}, "Анна Дорск"),
    "ar": ("قاوم الصينيون الضغط الغربي يوم الاثنين.", {"الغربي"}, None),
}


@pytest.mark.parametrize("lang", sorted(CAPITAL_ADJECTIVES))
def test_a_capitalized_adjective_is_no_name_alone(lang: str) -> None:
    text, adjectives, whole = CAPITAL_ADJECTIVES[lang]
    names = find_entities([article(text, "a", lang=lang)])
    assert not adjectives & set(names.entities), (lang, list(names.entities))
    aliases = {a for e in names.entities.values() for a in e.aliases}
    assert not adjectives & aliases, (lang, names.entities)  # "Occidental" made a person's surname
    if whole is not None:
        assert whole in names.entities, (lang, list(names.entities))


# "'s" a name ends with is its own where no noun follows it ("at Standard & Poor's,"): the
# name keeps it ("Standard & Poor" was listed), and "Putin's visit" stays a possessive. Only
# English cuts a possessive clitic ([names] suffixes); the other languages keep the word whole
# and must go on doing so (Arabic writes no such name). Sentences written for this test.
OWN_SUFFIXES = {
    "en": ("Standard & Poor's cut the rating. Analysts at Standard & Poor's, and at Moody's, said so. "
           "Ana Dorsk's visit ended.", {"Standard & Poor's", "Moody's", "Ana Dorsk"}),
    "es": ("La agencia Standard & Poor's rebajó la nota, dijeron en Moody's.", {"Standard & Poor's", "Moody's"}),
    "fr": ("L'agence Standard & Poor's a abaissé la note, a-t-on dit chez Moody's.", {"Standard & Poor's", "Moody's"}),
    "it": ("L'agenzia Standard & Poor's ha tagliato il voto, hanno detto da Moody's.", {"Standard & Poor's", "Moody's"}),
    "pt": ("A agência Standard & Poor's cortou a nota, disseram na Moody's.", {"Standard & Poor's", "Moody's"}),
    "de": ("Die Note senkte Standard & Poor's, hieß es bei Moody's.", {"Standard & Poor's"}),
    "ru": ("Рейтинг понизило агентство Standard & Poor's, сообщили в Moody's.", {"Standard & Poor's", "Moody's"}),
}


@pytest.mark.parametrize("lang", sorted(OWN_SUFFIXES))
def test_a_name_keeps_the_clitic_no_noun_follows(lang: str) -> None:
    text, expected = OWN_SUFFIXES[lang]
    names = find_entities([article(text, "a", lang=lang)])
    assert expected <= set(names.entities), (lang, list(names.entities))
    assert not any(a.endswith("Poor") for e in names.entities.values() for a in e.aliases), names.entities


# A noun naming one appearance or absence with no event ending ("speech", "leave", "request"):
# the object of the entity's verb, or the head of its genitive, is the entity's event, as a
# noun with an event ending is ("filed a lawsuit"). Each sentence fails on 007b95f.
EVENT_NOUN = {
    "en": ("Ana Dorsk gave a speech in Oslo on Monday.", "speech", "Ana Dorsk"),
    "es": ("Ana Dorsk pronunció un discurso en Oslo el lunes.", "discurso", "Ana Dorsk"),
    "fr": ("Ana Dorsk a prononcé un discours à Oslo lundi.", "discours", "Ana Dorsk"),
    "it": ("Ana Dorsk ha tenuto un discorso a Oslo lunedì.", "discorso", "Ana Dorsk"),
    "pt": ("Ana Dorsk fez um discurso em Oslo na segunda-feira.", "discurso", "Ana Dorsk"),
    "de": ("Ana Dorsk hielt eine Rede in Oslo.", "Rede", "Ana Dorsk"),
    "ru": ("Владимир Путин произнёс речь в Осло в понедельник.", "речь", "Vladimir Putin"),
    "ar": ("وجاء خطاب فلاديمير بوتين في أوسلو يوم الاثنين.", "خطاب", "Vladimir Putin"),
}


@pytest.mark.parametrize("lang", sorted(EVENT_NOUN))
def test_an_event_noun_without_an_event_ending_is_its_entitys_event(lang: str) -> None:
    text, noun, entity = EVENT_NOUN[lang]
    found = arguments(text, lang)
    assert entity in found.get(noun, []), (lang, found)
    assert noun.lower() in lexicon(lang).grammar.event_nouns


# An adjective (the data's `adjective_endings`) or a verb's "-ing" form before an event noun does
# not hide it from the verb before: "gave her annual opening keynote", "has taken medical leave".
# Each fails on 4bbe4bb except Arabic, a guard: its adjectives follow their noun ("خطابا سنويا"),
# so its list is empty and the noun stands right after the verb.
ADJECTIVE_BEFORE_EVENT_NOUN = {
    "en": ("Ana Dorsk gave her annual opening keynote in Oslo on Monday.", "keynote", "Ana Dorsk"),
    "es": ("Ana Dorsk pronunció su tradicional discurso en Oslo el lunes.", "discurso", "Ana Dorsk"),
    "fr": ("Ana Dorsk a prononcé son traditionnel discours à Oslo lundi.", "discours", "Ana Dorsk"),
    "it": ("Ana Dorsk ha tenuto il tradizionale discorso a Oslo lunedì.", "discorso", "Ana Dorsk"),
    "pt": ("Ana Dorsk fez o tradicional discurso em Oslo na segunda-feira.", "discurso", "Ana Dorsk"),
    "de": ("Ana Dorsk hielt ihre jährliche Rede in Oslo.", "Rede", "Ana Dorsk"),
    "ru": ("Владимир Путин отменил ежегодную речь в Осло в понедельник.", "речь", "Vladimir Putin"),
    "ar": ("ألقى فلاديمير بوتين الخطاب السنوي في أوسلو يوم الاثنين.", "الخطاب", "Vladimir Putin"),
}


@pytest.mark.parametrize("lang", sorted(ADJECTIVE_BEFORE_EVENT_NOUN))
def test_an_adjective_between_a_verb_and_its_event_noun_is_skipped(lang: str) -> None:
    text, noun, entity = ADJECTIVE_BEFORE_EVENT_NOUN[lang]
    found = arguments(text, lang)
    assert entity in found.get(noun, []), (lang, found)


# A heading opening with a verb before a place written with its article ("Visita El Cairo"): the
# verb is a word the collection writes in lower case, no part of the name; read as one name of a
# person's shape, the place alone ("Cairo") was its surname (ML-Crisis es: 440 mentions of Cairo
# as a person named "Visita El Cairo"). Each fails on 4bbe4bb; Russian and Arabic write no article.
OPENING_VERB = {
    "en": ("Visit The Hague\nThousands of tourists came to The Hague on Monday for a visit. Hague hotels were "
           "full.", "Visit"),
    "es": ("Visita El Cairo\nMiles de turistas llegaron el lunes a El Cairo para una visita. Cairo recibe a "
           "millones cada año.", "Visita"),
    "fr": ("Visitez Le Caire\nDes milliers de touristes sont arrivés lundi au Caire pour une visite. Le Caire "
           "accueille des millions de visiteurs, visitez vite.", "Visitez"),
    "it": ("Visita Il Cairo\nMigliaia di turisti sono arrivati lunedì a Il Cairo per una visita. Cairo accoglie "
           "milioni di turisti.", "Visita"),
    "pt": ("Visite O Cairo\nMilhares de turistas chegaram na segunda-feira ao Cairo para uma visita. Cairo recebe "
           "milhões de turistas, visite já.", "Visite"),
    "de": ("Entdecke Den Haag\nTausende Touristen kamen am Montag nach Den Haag. Haag ist schön, entdecke es "
           "bald.", "Entdecke"),
}


@pytest.mark.parametrize("lang", sorted(OPENING_VERB))
def test_a_headings_opening_verb_is_no_part_of_the_name_after_it(lang: str) -> None:
    text, verb = OPENING_VERB[lang]
    names = find_entities([article(text, "a", lang=lang)])
    assert not any(e.id.startswith(verb) or e.type == "person" for e in names.entities.values()), \
        (lang, names.entities)


def test_an_organizations_lower_case_complement_is_in_its_name_where_names_capitalize_one_word() -> None:
    # Russian capitalizes an organization's first word only: "Центр политических исследований и
    # прогнозов" was "Центр" alone. Past its organization word, adjectives and complement nouns
    # (two of them joined by "и") are the name's; another name after "и" is not ("Министерство
    # обороны и Газпром"). Fails on 4bbe4bb. Arabic writes no capitals, so its runs are not read.
    names = find_entities([article("Центр политических исследований и прогнозов опубликовал доклад. "
                                   "Министерство обороны и Газпром подписали договор.", "a", lang="ru")])
    assert set(names.entities) >= {"Центр политических исследований и прогнозов", "Министерство обороны"}, \
        names.entities
    for lang in ("en", "es"):  # names capitalize every word: a lower-case word after one ends it
        text = {"en": "The Center said studies and forecasts were due.",
                "es": "El Centro dijo que estudios y pronósticos llegarán."}[lang]
        assert all(" " not in e for e in find_entities([article(text, "a", lang=lang)]).entities), lang


# A definite description headed by a noun saying what an organization is stands for the
# organization named before it, also with a capitalized name between the article and the noun
# saying where it is from or what it makes ("the Detroit automaker"); each language's nouns for a
# carmaker are among its organization nouns. French had "constructeur" already (a guard). Russian
# and Arabic write no article, so no description is read there.
ORG_DESCRIPTION = {
    "en": ("On Monday, General Motors said it would recall 800,000 trucks. The Detroit automaker said the "
           "recall covers trucks built in 2023.", "automaker", "General Motors"),
    "es": ("El lunes, el Grupo Dorsk anunció que revisará 800.000 camionetas. La automotriz dijo que la "
           "revisión cubre camionetas de 2023.", "automotriz", "Grupo Dorsk"),
    "fr": ("Lundi, le Groupe Dorsk a annoncé le rappel de 800 000 camions. Le constructeur a dit que le "
           "rappel couvre les camions de 2023.", "constructeur", "Groupe Dorsk"),
    "it": ("Lunedì il Gruppo Dorsk ha annunciato il richiamo di 800.000 camion. Il costruttore ha detto che "
           "il richiamo riguarda i camion del 2023.", "costruttore", "Gruppo Dorsk"),
    "pt": ("Na segunda-feira, o Grupo Dorsk anunciou o recall de 800 mil caminhonetes. A montadora disse que "
           "o recall cobre caminhonetes de 2023.", "montadora", "Grupo Dorsk"),
    "de": ("Am Montag kündigte die Dorsk AG den Rückruf von 800.000 Pick-ups an. Der Autobauer sagte, der "
           "Rückruf betreffe Fahrzeuge von 2023.", "Autobauer", "Dorsk AG"),
}


@pytest.mark.parametrize("lang", sorted(ORG_DESCRIPTION))
def test_a_description_headed_by_an_organization_noun_is_the_organization(lang: str) -> None:
    text, noun, org = ORG_DESCRIPTION[lang]
    names = find_entities([article(text, "a", lang=lang)])
    assert (noun, org) in [(m.text, m.entity) for m in names.mentions["a"]], (lang, names.mentions["a"])


# "The firm of Ana Pelkova", "la empresa de Ana Pelkova": a description completed by a name is
# that name's, not the organization named before (ML-Crisis es: of 54 such links, about 40 were
# wrong, "la guerra de Irak" as the Cold War, "el gobierno de Myanmar" as Belgium's). Each fails on
# 007b95f.
OF_A_NAME = {
    "en": "On Monday, General Motors said it would sell its plant. The buyer is the firm of Ana Pelkova.",
    "es": "El lunes, el Grupo Dorsk anunció la venta de su planta. El comprador es la empresa de Ana Pelkova.",
    "fr": "Lundi, le Groupe Dorsk a annoncé la vente de son usine. L'acheteur est la société de Ana Pelkova.",
    "it": "Lunedì il Gruppo Dorsk ha annunciato la vendita del suo impianto. L'acquirente è la società di Ana Pelkova.",
    "pt": "Na segunda-feira, o Grupo Dorsk anunciou a venda de sua fábrica. O comprador é a empresa de Ana Pelkova.",
    "de": "Am Montag kündigte die Dorsk AG den Verkauf ihres Werks an. Käufer ist das Unternehmen der Pelkova Holding.",
}


@pytest.mark.parametrize("lang", sorted(OF_A_NAME))
def test_a_description_completed_by_a_name_is_not_the_organization_before(lang: str) -> None:
    names = find_entities([article(OF_A_NAME[lang], "a", lang=lang)])
    texts = {m.text: m.entity for m in names.mentions["a"]}
    assert len(names.entities) == 2 and set(texts) == set(names.entities), (lang, texts)


# A company whose name holds no organization word ("Nordvik", "General Motors" in es/fr) is of no
# known type, so "the company" found no organization to stand for; as the subject of the sentence
# the description continues (its own before it, or the one before), the description makes it one
# and types it an organization. Russian and Arabic write no article: no description there. Each
# fails on 4bbe4bb.
UNTYPED_ORG = {
    "en": ("On Monday, Nordvik unveiled a phone. The company said sales would start in June.", "company", "Nordvik"),
    "es": ("General Motors presentó el lunes un coche. La empresa dijo que las ventas empezarán en junio.",
           "empresa", "General Motors"),
    "fr": ("General Motors a présenté lundi une voiture. Le constructeur a dit que les ventes commenceront en juin.",
           "constructeur", "General Motors"),
    "it": ("Lunedì, Nordvik ha presentato un telefono. La società ha detto che le vendite inizieranno a giugno.",
           "società", "Nordvik"),
    "pt": ("Na segunda-feira, Nordvik apresentou um telefone. A empresa disse que as vendas começam em junho.",
           "empresa", "Nordvik"),
    "de": ("Kessler Brandt stellte am Montag ein Telefon vor. Das Unternehmen sagte, der Verkauf beginne im Juni.",
           "Unternehmen", "Kessler Brandt"),
}


@pytest.mark.parametrize("lang", sorted(UNTYPED_ORG))
def test_a_description_types_the_untyped_subject_it_continues_an_organization(lang: str) -> None:
    text, noun, org = UNTYPED_ORG[lang]
    names = find_entities([article(text, "a", lang=lang)])
    assert (noun, org) in [(m.text, m.entity) for m in names.mentions["a"]], (lang, names.mentions["a"])
    assert names.entities[org].type == "org", lang


def test_a_description_stands_for_no_untyped_name_after_a_preposition_or_an_article() -> None:
    # Where the company is ("in Cupertino") and an adjective after an article ("the Finnish
    # government") are no subject the description continues.
    for text in ("The phone was shown in Cupertino on Monday. The company said sales would start in June.",
                 "The Finnish government met on Monday. The new company will start in June."):
        names = find_entities([article(text, "a")])
        assert [m.text for m in names.mentions["a"] if m.text.islower()] == [], names.mentions["a"]
        assert all(e.type != "org" for e in names.entities.values()), names.entities


# A country's leader ("the Russian leader", "el líder ruso") names no office of its own: with no
# one named its leader, it is the one holder of an office leading the country the article names
# (its president, prime minister, chancellor or monarch). Each fails on 4bbe4bb.
COUNTRY_LEADER = {
    "en": "Russian President Pavel Dorsk visited Oslo on Monday. On Tuesday the Russian leader met students.",
    "es": "El presidente ruso, Pavel Dorsk, visitó Oslo el lunes. El martes el líder ruso se reunió con estudiantes.",
    "fr": "Le président russe, Pavel Dorsk, a visité Oslo lundi. Mardi, le dirigeant russe a rencontré des étudiants.",
    "it": "Il presidente russo Pavel Dorsk ha visitato Oslo lunedì. Martedì il leader russo ha incontrato gli studenti.",
    "pt": "O presidente russo, Pavel Dorsk, visitou Oslo na segunda-feira. Na terça-feira, o líder russo se reuniu "
          "com estudantes.",
    "de": "Der russische Präsident Pavel Dorsk besuchte am Montag Oslo. Am Dienstag sagte der russische Führer, "
          "die Lage sei ernst.",
    "ru": "Президент России Павел Дорск посетил Осло в понедельник. Во вторник российский лидер встретился со "
          "студентами.",
    "ar": "وصل الرئيس الروسي بافيل دورسك يوم الاثنين إلى أوسلو. وقال الزعيم الروسي إن العلاقات قوية.",
}


@pytest.mark.parametrize("lang", sorted(COUNTRY_LEADER))
def test_a_countrys_leader_is_the_holder_of_an_office_leading_it(lang: str) -> None:
    names = find_entities([article(COUNTRY_LEADER[lang], "a", lang=lang)])
    person = next(e.id for e in names.entities.values() if e.type == "person")
    assert [m.sentence for m in names.mentions["a"] if m.entity == person] == [0, 1], (lang, names.mentions["a"])


def test_a_countrys_leader_is_no_one_where_two_hold_its_offices_or_a_comma_parts_them() -> None:
    two = ("Russian President Pavel Dorsk met Russian Prime Minister Ivan Kessel on Monday. The Russian "
           "leader spoke first.")
    apart = ("El primer ministro iraquí, Iván Kessel, habló el lunes. Tras la toma de la ciudad, la segunda de "
             "Irak, el líder del Frente Suní apareció en público.")  # the Front's leader
    for text, lang in ((two, "en"), (apart, "es")):
        names = find_entities([article(text, "a", lang=lang)])
        assert [m.text for m in names.mentions["a"] if "leader" in m.text or "líder" in m.text] == [], \
            names.mentions["a"]


def test_a_description_with_a_country_adjective_is_no_link_to_the_organization_before() -> None:
    # "the British car maker" after Ford is Jaguar as often as not (TBAQ: 4 of 4 such links wrong).
    names = find_entities([article("On Monday, Ford Motor Co. bid for Jaguar PLC. The British car maker said "
                                   "it would consider the offer.", "a")])
    assert "maker" not in [m.text for m in names.mentions["a"]], names.mentions["a"]


def test_a_names_possessive_owns_the_event_noun_heading_its_phrase() -> None:
    # "Ana Dorsk's two long absences": past numbers and adjectives, the noun is her event; of
    # nouns in a row the last ("keynote address"). Only English writes a possessive ending apart
    # ("'s"); the other languages' "de"/genitive is read by the "of" rule. Fails on 007b95f.
    found = arguments("Ana Dorsk's two long absences worried the board. Later, Ana "
                                     "Dorsk's keynote address was praised.", "en")
    assert found.get("absences") == ["Ana Dorsk"] and found.get("address") == ["Ana Dorsk"], found


def _assert_names_are_ana_org_and_oslo(text: str, org: str, lang: str) -> None:
    """The sentence's names are the speaker, the organization whole and the place, nothing else."""
    names = find_entities([article(text, "a", lang=lang)])
    assert sorted(names.entities) == sorted(["Ana Dorsk", org, "Oslo"]), (lang, sorted(names.entities))


# A name's particle or connector after a comma opens no part of it: "Ana Dorsk, del Centro de
# Estudios" was one name (ML-Crisis es: 158 name mentions with a comma inside, "Gadafi, el
# Gobierno", "Siria, el presidente"; 5 after). es, it, pt and fr fail on 007b95f; en and de are
# guards (their connector after a comma opened no name before either).
COMMA_NAME = {
    "en": ("On Monday, Ana Dorsk, of the Center for Political Studies, spoke in Oslo.", "Center for Political Studies"),
    "es": ("El lunes habló Ana Dorsk, del Centro de Estudios Políticos, en Oslo.", "Centro de Estudios Políticos"),
    "it": ("Lunedì ha parlato Ana Dorsk, del Centro di Studi Politici, a Oslo.", "Centro di Studi Politici"),
    "pt": ("Na segunda-feira falou Ana Dorsk, do Centro de Estudos Políticos, em Oslo.", "Centro de Estudos Políticos"),
    "fr": ("Lundi, Ana Dorsk, du Centre des Études Politiques, a parlé à Oslo.", "Centre des Études Politiques"),
    "de": ("Am Montag sprach Ana Dorsk, vom Zentrum für Politische Studien, in Oslo.", "Zentrum für Politische Studien"),
}


@pytest.mark.parametrize("lang", sorted(COMMA_NAME))
def test_a_name_after_a_comma_and_a_particle_is_apart_from_the_name_before(lang: str) -> None:
    text, org = COMMA_NAME[lang]
    _assert_names_are_ana_org_and_oslo(text, org, lang)


# The conjunction between two nouns of an organization's complement joins them: "Center for
# Political Studies and Forecasts" in the seeds was split at "and" ("Forecasts" a name alone).
# Each fails on 007b95f. Russian and Arabic write no capitals inside such a name, and these rules
# read capitalized runs: there "Центр политических исследований и прогнозов" stays "Центр".
COMPLEMENT_NAME = {
    "en": ("On Monday, Ana Dorsk of the Center for Political Studies and Forecasts spoke in Oslo.",
           "Center for Political Studies and Forecasts"),
    "es": ("El lunes habló Ana Dorsk, del Centro de Estudios Políticos y Pronósticos, en Oslo.",
           "Centro de Estudios Políticos y Pronósticos"),
    "it": ("Lunedì ha parlato Ana Dorsk, del Centro di Studi Politici e Previsioni, a Oslo.",
           "Centro di Studi Politici e Previsioni"),
    "pt": ("Na segunda-feira falou Ana Dorsk, do Centro de Estudos Políticos e Previsões, em Oslo.",
           "Centro de Estudos Políticos e Previsões"),
    "fr": ("Lundi, Ana Dorsk, du Centre des Études Politiques et Prévisions, a parlé à Oslo.",
           "Centre des Études Politiques et Prévisions"),
    "de": ("Am Montag sprach Ana Dorsk vom Zentrum für Politische Studien und Prognosen in Oslo.",
           "Zentrum für Politische Studien und Prognosen"),
}


@pytest.mark.parametrize("lang", sorted(COMPLEMENT_NAME))
def test_an_organizations_complement_joined_by_and_is_one_name(lang: str) -> None:
    text, org = COMPLEMENT_NAME[lang]
    _assert_names_are_ana_org_and_oslo(text, org, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Monday, the Ministry of Defence and Gazprom signed a deal in Oslo."),
    ("es", "El lunes, el Ministerio de Defensa y Gazprom firmaron un acuerdo en Oslo."),
    ("de", "Am Montag unterzeichneten das Ministerium für Verteidigung und Gazprom in Oslo einen Vertrag."),
])
def test_a_name_after_and_is_its_own_beside_an_organizations_complement(lang: str, text: str) -> None:
    # A guard: the complement rule must not join a name of its own (German finds no lone
    # capitalized word as a name here, so only the first half of the check applies).
    names = find_entities([article(text, "a", lang=lang)])
    assert not any("Gazprom" in e and e != "Gazprom" for e in names.entities), sorted(names.entities)


# A wire dateline and its agency's credit ("El Cairo (EFE).-", "PARIS (AFP) -") say who filed the
# report and from where: neither takes part in the sentence's events, the credit is no acronym of
# the place before it, and the agency named later in the text is the agency (world.toml's
# agencies, written alike in every language). Each fails on 35d8d5a: there the credit was the
# place's acronym (es "EFE" → Cairo, 149 mentions on ML-Crisis es) or the agency no entity.
WIRE_DATELINE = {
    "en": ("HAVANA, Cuba (AP) _ The minister visited Beijing on Monday. AP reporters saw the talks.", "AP"),
    "es": ("El Cairo (EFE).- El ministro visitó Pekín el lunes. EFE informó de la reunión.", "EFE"),
    "fr": ("PARIS (AFP) - Le ministre a visité Pékin lundi. L'AFP a annoncé la rencontre.", "AFP"),
    "it": ("ROMA (ANSA) - Il ministro ha visitato Pechino lunedì. L'ANSA ha annunciato l'incontro.", "ANSA"),
    "pt": ("LISBOA (Lusa) - O ministro visitou Pequim na segunda-feira. A Lusa anunciou a reunião.", "Lusa"),
    "de": ("MOSKAU (dpa) - Der Minister besuchte am Montag Peking. Die DPA berichtete über das Treffen.", "DPA"),
    "ru": ("МОСКВА (ТАСС) - Министр посетил Пекин в понедельник. ТАСС сообщил о встрече.", "ТАСС"),
    "ar": ("القاهرة (رويترز) - زار الوزير بكين يوم الاثنين. وقالت رويترز إن الزيارة مهمة.", "رويترز"),
}
AGENCY = {"AP": "Associated Press", "EFE": "EFE", "AFP": "Agence France-Presse", "ANSA": "ANSA", "Lusa": "Lusa",
          "DPA": "Deutsche Presse-Agentur", "ТАСС": "TASS", "رويترز": "Reuters"}


@pytest.mark.parametrize("lang", sorted(WIRE_DATELINE))
def test_a_wire_dateline_and_its_agency_credit_take_no_part_in_the_events(lang: str) -> None:
    text, agency = WIRE_DATELINE[lang]
    analysis = analyze([article(text, "a", lang=lang)])
    names = analysis.names.mentions["a"]  # the dateline's place and the credit are no names
    assert [m.entity for m in names] == ["Beijing", AGENCY[agency]] and names[1].text == agency, (lang, names)
    visit = next(m for m in analysis.mentions if m.sentence == names[0].sentence)
    assert visit.participants == ["Beijing"], (lang, visit)


# A wire dateline with no agency, its date in the language's own month words or none at all
# ("WASHINGTON —"): the temporal stage's `opening_dateline`, the one pattern dating reads too.
# The place opening the story is where it was filed, no participant of its events; named again
# inside the text it is a place like any other. Each fails on de21ff9 (the place took part in
# the visit).
BARE_DATELINE = {
    "en": "MOSCOW, March 20 — The minister visited Beijing on Monday. He flew back to Moscow on Tuesday.",
    "es": "MOSCÚ, 5 de marzo.- El ministro visitó Pekín el lunes. Regresó a Moscú el martes.",
    "fr": "MOSCOU, 5 mars - Le ministre a visité Pékin lundi. Il est rentré à Moscou mardi.",
    "it": "MOSCA, 5 marzo - Il ministro ha visitato Pechino lunedì. È tornato a Mosca martedì.",
    "pt": "MOSCOU, 5 de março - O ministro visitou Pequim na segunda-feira. Voltou a Moscou na terça-feira.",
    "de": "MOSKAU, 5. März - Der Minister besuchte am Montag Peking. Am Dienstag flog er nach Moskau zurück.",
    "ru": "МОСКВА, 5 марта - Министр посетил Пекин в понедельник. Во вторник он вернулся в Москву.",
    "ar": "موسكو، 5 مارس - زار الوزير بكين يوم الاثنين. وعاد إلى موسكو يوم الثلاثاء.",
}


@pytest.mark.parametrize("lang", sorted(BARE_DATELINE))
def test_a_dateline_without_agency_opening_a_story_takes_no_part_in_its_events(lang: str) -> None:
    analysis = analyze([article(BARE_DATELINE[lang], "a", lang=lang)])
    assert [m.entity for m in analysis.names.mentions["a"]] == ["Beijing", "Moscow"], (lang, analysis.names.mentions)
    visit = next(m for m in analysis.mentions if "Beijing" in m.participants)
    assert visit.participants == ["Beijing"], (lang, visit)


def test_a_dateline_of_a_place_alone_is_in_capitals_and_opens_a_paragraph() -> None:
    # "WASHINGTON —" at a paragraph's start is a dateline; "Ana Dorsk — the minister —" is not (a
    # place alone needs its capitals), nor is a dateline-like phrase inside a line. Fails on
    # de21ff9 for the first paragraph only.
    text = ("Report of the week.\n\nWASHINGTON — The minister visited Beijing on Monday.\n\n"
            "Ana Dorsk — the minister — met Washington officials. Then OSLO — the capital — hosted talks.")
    analysis = analyze([article(text, "a", lang="en")])
    visit = next(m for m in analysis.mentions if m.trigger == "visited")
    assert visit.participants == ["Beijing"], visit
    assert [m.text for m in analysis.names.mentions["a"]] == ["Beijing", "Washington", "Ana Dorsk", "OSLO"], \
        analysis.names.mentions["a"]


def test_a_round_up_opening_paragraphs_with_places_alone_keeps_the_places_as_participants() -> None:
    # "LIBYA - …", "YEMEN - …": a story opening several paragraphs with a place alone is a
    # round-up, each place where its paragraph's events happened, not where the story was filed.
    # A guard: the round-up reads as on de21ff9.
    text = ("Protests across the region.\n\nLIBYA - Rebels attacked Brega on Monday.\n\n"
            "YEMEN - Protesters marched in Aden on Monday.")
    analysis = analyze([article(text, "a", lang="en")])
    attack = next(m for m in analysis.mentions if m.trigger == "attacked")
    assert attack.participants[0] == "Libya", attack


def test_a_bracket_of_agencies_anywhere_is_a_credit_and_a_seat_of_government_has_a_capital() -> None:
    # A photo's credit mid-text names no one ("en Brega (AFP, EFE)"), nor is it Brega's acronym;
    # "una casa blanca" (a white house) and "efe" (the letter) in lower case are no seat of
    # government and no agency.
    names = find_entities([article("Un rebelde dispara en Brega (AFP, EFE). La AFP dijo que vivía en una "
                                   "casa blanca. La efe es una letra.", "a", lang="es")])
    assert [(m.text, m.entity) for m in names.mentions["a"]] == [
        ("Brega", "Brega"), ("AFP", "Agence France-Presse")], names.mentions["a"]


def test_russian_names_in_their_cases_are_one_entity_with_the_latin_spelling_the_data_knows() -> None:
    # "Путина", "Путине" are Путин, whom the gazetteer writes "Vladimir Putin"; "Ивана Кесселя",
    # "Кесселю", "Кесселем" are "Иван Кессель" (`name_endings`: only Russian's names take case
    # endings among our languages; German's genitive "Putins Besuch" is left, see de.toml).
    # Fails on 35d8d5a: each form was an entity of its own.
    text = ("Президент России Владимир Путин прибыл в Осло в понедельник. Министр Иван Кессель встретил Путина. "
            "Во вторник журналисты спросили Ивана Кесселя о визите, и Кесселю задали вопрос о Путине. "
            "Кесселем довольны.")
    names = find_entities([article(text, "a", lang="ru"),
                           article("Журналисты спросили Путина о визите.", "b", lang="ru")])
    by_form = {m.text: m.entity for ms in names.mentions.values() for m in ms}
    assert {by_form[f] for f in ("Владимир Путин", "Путина", "Путине")} == {"Vladimir Putin"}, by_form
    assert {by_form[f] for f in ("Иван Кессель", "Ивана Кесселя", "Кесселю", "Кесселем")} == {"Иван Кессель"}, by_form
    assert [m.entity for m in names.mentions["b"]] == ["Vladimir Putin"], names.mentions["b"]


def test_russian_fleeting_vowels_adjective_surnames_and_ija_names_meet_in_their_cases() -> None:
    # A fleeting vowel ("Павел", "Павла", "Павлу"), an adjective-like surname ("Жириновский",
    # "Жириновского", "Жириновскому", "Жириновским"; "Черный", "Черного"), a feminine "-ия" name
    # ("Мария", "Марией", "Марии") are one person in every case (`[names] bound_endings`,
    # `fleeting_vowels`). Guards: a given name's "-ий" and "-ей" keep meeting as before
    # ("Дмитрий", "Дмитрия", "Дмитрием"; "Алексей", "Алексея"). Fails on de21ff9: the forms of
    # Павел, Жириновский, Черный and Мария were entities of their own.
    text = ("Министр Павел Дорск прибыл в Осло. Журналисты спросили Павла Дорска о визите, и Павлу задали вопрос. "
            "Лидер партии Игорь Жириновский прибыл в Осло. Журналисты спросили Жириновского о визите, "
            "Жириновскому задали вопрос, и с Жириновским встретился мэр. "
            "Министр Андрей Черный прибыл в Берген. Журналисты спросили Черного о визите. "
            "Министр Мария Ласкова прибыла в Осло. Мэр встретился с Марией Ласковой, и Марии задали вопрос. "
            "Министр Дмитрий Норин прибыл в Осло. Журналисты спросили Дмитрия Норина, и с Дмитрием Нориным "
            "встретился мэр. Министр Алексей Ранов прибыл в Осло. Мэр встретил Алексея Ранова.")
    names = find_entities([article(text, "a", lang="ru")])
    people = defaultdict(set)
    for m in names.mentions["a"]:
        if names.entities[m.entity].type == "person":
            people[m.entity].add(m.text)
    assert dict(people) == {
        "Павел Дорск": {"Павел Дорск", "Павла Дорска", "Павлу"},
        "Игорь Жириновский": {"Игорь Жириновский", "Жириновского", "Жириновскому", "Жириновским"},
        "Андрей Черный": {"Андрей Черный", "Черного"},
        "Мария Ласкова": {"Мария Ласкова", "Марией Ласковой", "Марии"},
        "Дмитрий Норин": {"Дмитрий Норин", "Дмитрия Норина", "Дмитрием Нориным"},
        "Алексей Ранов": {"Алексей Ранов", "Алексея Ранова"}}, dict(people)


def test_a_german_genitive_name_before_a_noun_is_the_name_and_the_noun() -> None:
    # Every German noun has a capital: "Putins Besuch" is Putin's visit, not a name "Putins
    # Besuch" (`[names] name_endings` de: the genitive "s"; the run is parted after a word that,
    # without it, is a word of a person's name written before), and the visit is his event.
    # "Anna Dorsks Rede" is Anna Dorsk's speech. Guards: "Klaus Dorsk" written again stays whole
    # (his own "s"), and so does "Hans Meier" (no "Han" named). Fails on de21ff9 ("Putins Besuch"
    # and "Anna Dorsks Rede" were names of their own).
    text = ("Der russische Präsident Wladimir Putin reiste am Montag nach Oslo. Putins Besuch dauerte zwei Tage. "
            "Bundeskanzlerin Anna Dorsk sprach am Dienstag. Anna Dorsks Rede war kurz.")
    analysis = analyze([article(text, "a", lang="de"),
                        article("Klaus Dorsk reiste nach Oslo. Klaus Dorsk sagte nichts. Hans Meier kam am Montag.",
                                "b", lang="de")])
    names = analysis.names
    assert [(m.text, m.entity) for m in names.mentions["a"] if names.entities[m.entity].type == "person"] == [
        ("Wladimir Putin", "Vladimir Putin"), ("Putins", "Vladimir Putin"), ("Anna Dorsk", "Anna Dorsk"),
        ("Anna Dorsks", "Anna Dorsk")], names.mentions["a"]
    assert [(m.text, m.entity) for m in names.mentions["b"] if m.entity != "Oslo"] == [
        ("Klaus Dorsk", "Klaus Dorsk"), ("Klaus Dorsk", "Klaus Dorsk"), ("Hans Meier", "Hans Meier")], \
        names.mentions["b"]
    visit = next(m for m in analysis.mentions if m.trigger == "Besuch")
    assert "Vladimir Putin" in visit.arguments, visit


def test_a_german_compound_closing_with_an_office_is_the_office_before_its_holder() -> None:
    # "Hafensprecherin Ines Korval" is the port's spokeswoman and her name, not a name of three
    # words; "Bundesaußenministerin" closes with "Außenministerin". Only before a name of two
    # capitalized words: "Lautsprecher" closes with "Sprecher" and is a loudspeaker. Only German
    # writes such compounds (`compound_titles`). Fails on 35d8d5a.
    names = find_entities([article("Hafensprecherin Ines Korval eröffnete am Montag das Terminal. Korval sagte, "
                                   "der Hafen wachse. Bundesaußenministerin Anna Dorsk reiste nach Oslo. Der "
                                   "Lautsprecher Boxen fiel aus.", "a", lang="de")])
    people = {e.id: e.mentions for e in names.entities.values() if e.type == "person"}
    assert people == {"Ines Korval": 2, "Anna Dorsk": 1}, names.entities


def test_a_german_noun_after_an_office_is_no_holder_unless_a_name_written_before() -> None:
    # Every German noun has a capital: "der russische Führer Studenten" (met students) names no
    # holder "Studenten", so the leader is the president named before; "Bundeskanzlerin Merkel"
    # after "Angela Merkel" is her. Fails on 35d8d5a ("Studenten" held the office).
    names = find_entities([article("Der russische Präsident Pavel Dorsk besuchte am Montag Oslo. Am Dienstag "
                                   "traf der russische Führer Studenten. Angela Merkel reiste ab. Bundeskanzlerin "
                                   "Merkel sagte nichts.", "a", lang="de")])
    assert [(m.text, m.entity) for m in names.mentions["a"] if names.entities[m.entity].type == "person"] == [
        ("Pavel Dorsk", "Pavel Dorsk"), ("russische Führer", "Pavel Dorsk"), ("Angela Merkel", "Angela Merkel"),
        ("Merkel", "Angela Merkel")], names.mentions["a"]


# A state after a form of "be" and a preposition of state (`[grammar] state_prepositions`): the
# event noun after the preposition is the subject's event ("has been on medical leave", "he
# would be on medical leave", "estaba de visita").
# Each fails on 35d8d5a (the subject had no event there) but Arabic, a guard: "في زيارة" right
# after the name was already read as its event noun.
STATE_EVENT = {
    "en": ("Ana Dorsk has been on medical leave since Monday.", "leave"),
    "es": ("Ana Dorsk estaba de visita en Oslo el lunes.", "visita"),
    "fr": ("Ana Dorsk était en visite à Oslo lundi.", "visite"),
    "it": ("Ana Dorsk era in visita a Oslo lunedì.", "visita"),
    "pt": ("Ana Dorsk estava em visita a Oslo na segunda-feira.", "visita"),
    "de": ("Ana Dorsk war auf Besuch in Oslo.", "Besuch"),
    "ru": ("Анна Дорск была на встрече в Осло в понедельник.", "встрече"),
    "ar": ("الوزير آنا دورسك في زيارة إلى أوسلو يوم الاثنين.", "زيارة"),
}


@pytest.mark.parametrize("lang", sorted(STATE_EVENT))
def test_a_state_after_be_and_a_preposition_of_state_is_the_subjects_event(lang: str) -> None:
    text, noun = STATE_EVENT[lang]
    found = arguments(text, lang)
    assert found.get(noun), (lang, found)


# A city the gazetteer does not list is a place when the texts write it where only places stand:
# after a preposition of place ("à Velmora", "a Velmora", "in Velmora"), or as the place a story
# was filed from (its dateline). Each fails on c5e1f53 (typed "other", so `--type place` missed it).
# Arabic is not here: with no capitals, a name neither the gazetteer nor a person's cue gives is
# not found at all (a known limit, in the closing note of stop 24).
CITY_AFTER_PREPOSITION = {
    "en": "The minister spoke on Monday in Velmora.",
    "es": "El ministro habló el lunes en Velmora.",
    "fr": "Le ministre a parlé lundi à Velmora.",
    "it": "Il ministro ha parlato lunedì a Velmora.",
    "pt": "O ministro falou na segunda-feira em Velmora.",
    "de": "Der Minister sprach am Montag in Velmora.",
    "ru": "Министр выступил в понедельник в Велморе.",
}
CITY_FILED_FROM = {
    "en": ("VELMORA, March 5 — The minister visited Beijing on Monday.", "The minister left Velmora on Monday."),
    "es": ("VELMORA, 5 de marzo.- El ministro visitó Pekín el lunes.", "El ministro dejó Velmora el lunes."),
    "fr": ("VELMORA, 5 mars - Le ministre a visité Pékin lundi.", "Le ministre a quitté Velmora lundi."),
    "it": ("VELMORA, 5 marzo - Il ministro ha visitato Pechino lunedì.", "Il ministro ha lasciato Velmora lunedì."),
    "pt": ("VELMORA, 5 de março - O ministro visitou Pequim na segunda-feira.",
           "O ministro deixou Velmora na segunda-feira."),
    "de": ("VELMORA, 5. März - Der Minister besuchte am Montag Peking.", "Der Bürgermeister von Velmora sprach am Montag."),
    "ru": ("ВЕЛМОРА, 5 марта - Министр посетил Пекин в понедельник.", "Министр покинул Велмора в понедельник."),
}


def _types(texts: list[str], lang: str) -> dict[str, str]:
    names = find_entities([article(text, f"a{n}", lang=lang) for n, text in enumerate(texts)])
    return {e.id: e.type for e in names.entities.values()}


@pytest.mark.parametrize("lang", sorted(CITY_AFTER_PREPOSITION))
def test_a_name_written_after_a_preposition_of_place_is_a_place(lang: str) -> None:
    types = _types([CITY_AFTER_PREPOSITION[lang]], lang)
    assert list(types.values()) == ["place"], (lang, types)


@pytest.mark.parametrize("lang", sorted(CITY_FILED_FROM))
def test_the_place_a_story_was_filed_from_is_a_place_where_else_it_is_named(lang: str) -> None:
    types = _types(list(CITY_FILED_FROM[lang]), lang)
    assert {k: v for k, v in types.items() if k != "Beijing"} and \
        set(v for k, v in types.items() if k != "Beijing") == {"place"}, (lang, types)


def test_a_product_now_and_then_after_in_stays_no_place() -> None:
    # "in Zentrix" in one of three articles: a product a feature is in, not a town (the guard
    # that keeps "iPod" of the SemEval trial no place).
    texts = ["Buyers liked Zentrix on Monday.", "Shops sold Zentrix well.",
             "A new feature arrived in Zentrix on Monday."]
    assert _types(texts, "en").get("Zentrix") == "other"
    # Nor is a numbered name after "in" a place: a war, a product's model (guards: "other" on
    # c5e1f53 too; the seeds' "World War II" was typed place without the numbered-name rule).
    types = _types(["Veterans who served in World War II met on Monday.", "Buyers in Zentrix 4 were few."], "en")
    assert types.get("World War II") == "other" and "place" not in types.values(), types


# An auxiliary that also means "have" is never the event when a plain word follows it: that
# word is the participle, though the data lists neither its ending nor its form ("ha difeso",
# "a défendu", "tem aceito", "has undertaken"). Possession keeps it ("has two cameras").
# it/fr/pt/en fail on c5e1f53 (trigger "ha", "a", "tem", "has"); es ("ha" is no possession
# there), de (the participle ends the clause), ru and ar (no auxiliary) are guards that read as
# before.
AUXILIARY_THEN_PARTICIPLE = {
    "it": ("Ieri Marco Ferlini ha difeso il piano.", "difeso"),
    "fr": ("Hier Paul Arnaud a défendu le plan.", "défendu"),
    "pt": ("Ontem Paul Arnaud tem aceito o plano.", "aceito"),
    "en": ("Yesterday Paul Arnaud has undertaken the plan.", "undertaken"),
    "es": ("Ayer Paul Arnaud ha defendido el plan.", "defendido"),
    "de": ("Paul Arnaud hat den Plan verworfen.", "verworfen"),
    "ru": ("Павел Дорск защитил план.", "защитил"),
    "ar": ("أعلن الرئيس فلاديمير بوتين الخطة.", "أعلن"),
}


@pytest.mark.parametrize("lang", sorted(AUXILIARY_THEN_PARTICIPLE))
def test_an_auxiliary_is_never_the_trigger_of_its_participle(lang: str) -> None:
    text, participle = AUXILIARY_THEN_PARTICIPLE[lang]
    triggers = [m.trigger for m in analyze([article(text, "a", lang=lang)]).mentions]
    assert triggers == [participle], (lang, triggers)


def test_an_auxiliary_of_possession_stays_the_event_before_a_determiner_or_number() -> None:
    # guard: "has two cameras", "a un plan" are states of having (as on c5e1f53)
    for text, lang, aux in [("Paul Arnaud has two cameras.", "en", "has"), ("Paul Arnaud a un plan.", "fr", "a")]:
        assert [m.trigger for m in analyze([article(text, "a", lang=lang)]).mentions] == [aux], text


# A verb that is the language's cue of a plan ("is expected to", "is set to", "pretende",
# "планирует") is no event of its own when the trigger it plans follows: only that trigger,
# planned. Each fails on c5e1f53 (an extra "happened" event on the cue); ar ("من المتوقع أن",
# no verb) is a guard that reads as before.
PLAN_CUE_THEN_TRIGGER = {
    "en": ("Daniel Hartwell is expected to sign the law next week.", "sign", "expected"),
    "fr": ("Paul Arnaud est attendu pour signer l'accord la semaine prochaine.", "signer", "attendu"),
    "it": ("Marco Ferlini intende firmare il documento la prossima settimana.", "firmare", "intende"),
    "es": ("Paul Arnaud pretende firmar el documento la próxima semana.", "firmar", "pretende"),
    "pt": ("Paul Arnaud pretende assinar o documento na próxima semana.", "assinar", "pretende"),
    "de": ("Paul Arnaud plant, das Abkommen nächste Woche zu unterzeichnen.", "unterzeichnen", "plant"),
    "ru": ("Павел Дорск планирует подписать закон на следующей неделе.", "подписать", "планирует"),
    "ar": ("من المتوقع أن يوقع الرئيس فلاديمير بوتين القانون الأسبوع المقبل.", "يوقع", "المتوقع"),
}


@pytest.mark.parametrize("lang", sorted(PLAN_CUE_THEN_TRIGGER))
def test_a_cue_of_a_plan_is_no_event_of_its_own(lang: str) -> None:
    text, trigger, cue = PLAN_CUE_THEN_TRIGGER[lang]
    found = {m.trigger: m.status.value for m in analyze([article(text, "a", lang=lang)]).mentions}
    assert found.get(trigger) == "planned" and cue not in found and set(found.values()) == {"planned"}, (lang, found)


# An outlet's desk named after its dateline's credit and before a colon is part of the credit,
# no participant ("Afghan Voice Agency (AVA) - International Service:", seed 003). Each fails on
# c5e1f53 (the desk took part in the visit); ar has no capitals to tell a desk, left out.
OUTLET_DESK = {
    "en": "Velmora News Agency (VNA) - International Service: The minister visited Beijing on Monday.",
    "es": "Agencia Velmora (AVE) - Servicio Internacional: El ministro visitó Pekín el lunes.",
    "fr": "Agence Velmora (AVE) - Service International: Le ministre a visité Pékin lundi.",
    "it": "Agenzia Velmora (AVE) - Servizio Estero: Il ministro ha visitato Pechino lunedì.",
    "pt": "Agência Velmora (AVE) - Serviço Internacional: O ministro visitou Pequim na segunda-feira.",
    "de": "Agentur Velmora (AVE) - Internationaler Dienst: Der Minister besuchte am Montag Peking.",
    "ru": "Агентство Велмора (АВЕ) - Международная Служба: Министр посетил Пекин в понедельник.",
}


@pytest.mark.parametrize("lang", sorted(OUTLET_DESK))
def test_an_outlet_desk_after_a_credit_takes_no_part_in_the_events(lang: str) -> None:
    analysis = analyze([article(OUTLET_DESK[lang], "a", lang=lang)])
    visit = next(m for m in analysis.mentions if "Beijing" in m.participants)
    assert visit.participants == ["Beijing"], (lang, visit)


def test_a_sentence_after_a_credit_with_a_colon_is_no_desk() -> None:
    # guard: "Le ministre a dit :" is the sentence, not a desk (not every word has a capital)
    text = "PARIS, 5 mars (AFP) - Ana Dorsk a dit: le ministre a visité Pékin lundi."
    names = [m.entity for m in analyze([article(text, "a", lang="fr")]).names.mentions["a"]]
    assert "Ana Dorsk" in names, names


# A perfect's auxiliary that says nothing else (es "haber": "ha", "había") leads to the plain
# word right after it, its participle, also an irregular one the data does not list ("ha
# resuelto", "habían devuelto", "han puesto"). es fails on 5669007 (no event at all: es "ha" is
# no possession, so nothing was read); the other languages make their perfect with "have" (under
# possession) or have no auxiliary, and are guards that read as before.
PERFECT_THEN_IRREGULAR_PARTICIPLE = {
    "es": [("Ayer Pablo Ortega ha resuelto el conflicto.", "resuelto"),
           ("Pablo Ortega y Ana Vidal habían devuelto el dinero.", "devuelto"),
           ("Los ministros Pablo Ortega y Ana Vidal han puesto fin a la huelga.", "puesto")],
    "pt": [("Ontem Paulo Ortega tinha escrito a carta.", "escrito")],
    "it": [("Ieri Marco Ferlini ha messo fine allo sciopero.", "messo")],
    "fr": [("Hier Paul Arnaud a pris la parole.", "pris")],
    "en": [("Paul Arnaud has undertaken the plan.", "undertaken")],
    "de": [("Paul Arnaud hat den Plan verworfen.", "verworfen")],
    "ru": [("Павел Дорск отверг план.", "отверг")],
    "ar": [("أعلن الرئيس فلاديمير بوتين الخطة.", "أعلن")],
}


@pytest.mark.parametrize("lang", sorted(PERFECT_THEN_IRREGULAR_PARTICIPLE))
def test_a_perfect_auxiliary_leads_to_its_irregular_participle(lang: str) -> None:
    for text, participle in PERFECT_THEN_IRREGULAR_PARTICIPLE[lang]:
        mentions = analyze([article(text, "a", lang=lang)]).mentions
        assert [m.trigger for m in mentions] == [participle], (lang, text, [m.trigger for m in mentions])
        assert all(m.participants for m in mentions), (lang, text)


def test_a_perfect_auxiliary_is_no_event_of_its_own() -> None:
    # guards: es "ha" says no "have": before a determiner it is no event; "había" also says
    # "there was" and is left out ("Había gente" is no event "gente"); both as on 5669007
    assert analyze([article("Pablo Ortega ha una casa.", "a", lang="es")]).mentions == []
    assert analyze([article("Con Pablo Ortega había gente en la plaza.", "a", lang="es")]).mentions == []


# "Will sign the treaty next week" is anchored to next week, not to the publication day: a
# week's value (2024-W20) was read as its year alone, which holds the publication day, so the
# event fell on that day (audit s24 defect 8, "expected to sign it next week"). The week is
# written as the month holding it (published Monday 2024-05-06; W20 = May 13-19). Every
# language fails on 5669007 (FOCUS_DAY 2024-05-06). ru's future verb is not anchored to the
# expression (its object noun is; left as it was), so ru asserts on the noun.
NEXT_WEEK = {
    "en": ("Daniel Hartwell will sign the treaty next week.", "sign"),
    "es": ("Daniel Hartwell firmará el tratado la próxima semana.", "firmará"),
    "fr": ("Daniel Hartwell signera le traité la semaine prochaine.", "signera"),
    "it": ("Daniel Hartwell firmerà il trattato la prossima settimana.", "firmerà"),
    "pt": ("Daniel Hartwell assinará o tratado na próxima semana.", "assinará"),
    "de": ("Daniel Hartwell wird den Vertrag nächste Woche unterzeichnen.", "unterzeichnen"),
    "ru": ("Даниэль Хартвелл подпишет договор на следующей неделе.", "договор"),
    "ar": ("سيوقع الرئيس فلاديمير بوتين المعاهدة الأسبوع المقبل.", "سيوقع"),
}


@pytest.mark.parametrize("lang", sorted(NEXT_WEEK))
def test_an_event_next_week_is_anchored_to_that_week_not_to_the_publication_day(lang: str) -> None:
    text, trigger = NEXT_WEEK[lang]
    mention = next(m for m in analyze([article(text, "a", lang=lang)]).mentions if m.trigger == trigger)
    assert (mention.anchor, mention.value, mention.date) == (EventAnchor.EXPRESSION, "2024-05-XX", None), lang
    # a week across two months is its year: published Monday 2024-04-22, next week is Apr 29 - May 5
    mention = next(m for m in analyze([article(text, "a", dt.date(2024, 4, 22), lang=lang)]).mentions
                   if m.trigger == trigger)
    assert mention.value == "2024-XX-XX", lang


def test_this_week_still_says_no_more_than_the_publication_day() -> None:
    # guard (as on 5669007): the article's own week is its focus day
    m = analyze([article("Daniel Hartwell signs the treaty this week.", "a")]).mentions[0]
    assert (m.anchor, m.date) == (EventAnchor.FOCUS_DAY, dt.date(2024, 5, 6))


# A director is an office that names its holder, and an office's own complement ("of the port")
# may stand between it and the holder set apart by commas (audit s24 defect 9: "The port's
# director, James Whitaker" and "Le directeur du port, Paul Arnaud" were typed other). Every
# language fails on 5669007 (typed other, or in ar not found at all); ar lists only the
# director-general (a name after a bare "المدير" runs on into the next words, no capitals).
DIRECTOR_APPOSED = {
    "en": ["The port's director, James Whitaker, said the strike was over.",
           "The director of the port, James Whitaker, said the strike was over."],
    "fr": ["Le directeur du port, Paul Arnaud, a annoncé la fin de la grève.",
           "Le porte-parole du port, Paul Arnaud, a annoncé la fin de la grève."],
    "it": ["Il direttore del porto, Marco Ferlini, ha annunciato la fine dello sciopero."],
    "es": ["El director del puerto, Pablo Ortega, anunció el fin de la huelga."],
    "pt": ["O diretor do porto, Paulo Ortega, anunciou o fim da greve."],
    "de": ["Der Direktor des Hafens, Paul Arnaud, hat das Ende des Streiks verkündet."],
    "ru": ["Директор порта, Павел Дорск, объявил о конце забастовки."],
    "ar": ["أعلن المدير العام، بول أرنو، نهاية الإضراب."],
}


@pytest.mark.parametrize("lang", sorted(DIRECTOR_APPOSED))
def test_a_director_set_apart_by_commas_is_a_person(lang: str) -> None:
    for text in DIRECTOR_APPOSED[lang]:
        entities = analyze([article(text, "a", lang=lang)]).names.entities.values()
        assert [e.type for e in entities] == ["person"], (lang, text, [(e.id, e.type) for e in entities])


def test_an_office_with_a_complement_takes_no_holder_without_a_comma() -> None:
    # guard (as on 5669007): whom the director met is not the director
    for text in ("The director met James Whitaker on Monday.", "The director of the port met James Whitaker on Monday."):
        entities = analyze([article(text, "a")]).names.entities.values()
        assert [e.type for e in entities] == ["other"], text


# A ship running aground is an event in every language (audit s25 defect 5: "auf Grund gelaufen",
# "encalló", "сел на мель", "جنحت" were no event word anywhere); each fails on 78d3ca0.
AGROUND = {
    "en": ("The tanker Nordic Star ran aground off Dover on Monday.", "ran aground", "Nordic Star"),
    "es": ("El petrolero Nordic Star encalló el lunes frente a Dover.", "encalló", "Nordic Star"),
    "pt": ("O petroleiro Nordic Star encalhou na segunda-feira ao largo de Dover.", "encalhou", "Nordic Star"),
    "fr": ("Le pétrolier Nordic Star s'est échoué lundi au large de Douvres.", "s'est échoué", "Nordic Star"),
    "it": ("La petroliera Nordic Star si è arenata lunedì al largo di Dover.", "arenata", "Nordic Star"),
    "de": ("Der Frachter Nordic Star ist am Montag vor Dover auf Grund gelaufen.", "auf Grund gelaufen", "Nordic Star"),
    "ru": ("Танкер «Нордик Стар» сел на мель у Дувра в понедельник.", "сел на мель", "Нордик Стар"),
    "ar": ("جنحت ناقلة النفط قبالة سواحل إسبانيا يوم الاثنين.", "جنحت", "Spain"),
}


@pytest.mark.parametrize("lang", sorted(AGROUND))
def test_running_aground_is_an_accident_in_every_language(lang: str) -> None:
    text, trigger, participant = AGROUND[lang]
    mentions = [m for e in analyze([article(text, "a", lang=lang)]).events for m in e.mentions]
    assert [(m.trigger, m.kind) for m in mentions] == [(trigger, "accident")], (lang, mentions)
    assert any(participant in name for name in mentions[0].participants), (lang, mentions[0].participants)


def test_a_failed_talk_is_no_accident() -> None:
    # guard: fr "échouer" also says "to fail"; only the reflexive "s'est échoué" is a ship's
    mentions = [m for e in analyze([article("Les négociations ont échoué lundi à Paris.", "a", lang="fr")]).events
                for m in e.mentions]
    assert "accident" not in {m.kind for m in mentions}


# An obligation is not yet done: "must sell" is planned, as "will sell" is (audit s25 defect 6:
# de "muss ... aufkommen" was filed as happened). Each fails on 78d3ca0 (happened); ru "должен"
# and fr "doit", es "debe", it "deve" were cues already, so their sentences use the other forms.
OBLIGATION = {
    "en": "Nordic Lines must sell the tanker.",
    "de": "Die Reederei Nordic Lines muss den Tanker verkaufen.",
    "es": "Nordic Lines tiene que vender el petrolero.",
    "pt": "A Nordic Lines tem de vender o petroleiro.",
    "fr": "Nordic Lines est tenue de vendre le pétrolier.",
    "it": "Le compagnie Nordic Lines e Baltic Trans devono vendere la petroliera.",
    "ru": "Компания «Нордик Лайнс» обязана подписать договор.",
    "ar": "يجب على إسبانيا أن توقع الاتفاق.",
}


@pytest.mark.parametrize("lang", sorted(OBLIGATION))
def test_an_obligation_is_planned_in_every_language(lang: str) -> None:
    mentions = [m for e in analyze([article(OBLIGATION[lang], "a", lang=lang)]).events for m in e.mentions]
    assert mentions and {m.status.name for m in mentions} == {"PLANNED"}, (lang, mentions)


def test_a_past_obligation_happened() -> None:
    # guard: "musste verkaufen" (had to sell) is done, as on 78d3ca0
    mentions = [m for e in analyze([article("Die Reederei Nordic Lines musste den Tanker verkaufen.", "a",
                                            lang="de")]).events for m in e.mentions]
    assert [(m.trigger, m.status.name) for m in mentions] == [("verkaufen", "HAPPENED")]


# A product named after its maker's or line's name ("Kestrel Nova" after "Kestrel") is another
# thing: a query for "Kestrel" keeps the names that hold it with words inside ("Kestrel Music
# Store" for "Kestrel Store") or after an "of" ("Ministry of Kestrel"), not one going on with a
# word of its own. Each language writes the names as its news do.
NAMED_AFTER = {
    "en": ("The Kestrel Nova went on sale on Monday. In 2023, Kestrel sold ten million players. "
           "Kestrel Music Store opened in 2003.", "Kestrel store"),
    "es": ("El Kestrel Nova salió a la venta el lunes. En 2023, Kestrel vendió diez millones de equipos. "
           "La Tienda Musical Kestrel abrió en 2003.", "Tienda Kestrel"),
    "fr": ("Le Kestrel Nova est sorti lundi. En 2023, Kestrel a vendu dix millions d'appareils. "
           "La Boutique Musicale Kestrel a ouvert en 2003.", "Boutique Kestrel"),
    "it": ("Il Kestrel Nova è uscito lunedì. Nel 2023 Kestrel ha venduto dieci milioni di lettori. "
           "Il Negozio Musicale Kestrel ha aperto nel 2003.", "Negozio Kestrel"),
    "pt": ("O Kestrel Nova chegou às lojas na segunda-feira. Em 2023, Kestrel vendeu dez milhões de aparelhos. "
           "A Loja Musical Kestrel abriu em 2003.", "Loja Kestrel"),
    "de": ("Der Kestrel Nova kam am Montag in den Handel. Die Kestrel AG verkaufte 2023 zehn Millionen Geräte. "
           "Der Kestrel Musik Store öffnete 2003.", "Kestrel Store"),
}


@pytest.mark.parametrize("lang", sorted(NAMED_AFTER))
def test_a_thing_named_after_the_query_is_not_the_query(lang: str) -> None:
    text, store = NAMED_AFTER[lang]
    names = find_entities([article(text, "a", lang=lang)])
    assert "Kestrel Nova" in names.entities, (lang, list(names.entities))
    assert "Kestrel Nova" not in names.find("Kestrel", loose=True), (lang, list(names.entities))
    assert len(names.find(store, loose=True)) == 1, (lang, list(names.entities))


def test_a_name_holding_the_query_after_an_of_is_still_found() -> None:
    es = find_entities([article("El Gobierno de Kestrel anunció el lunes un plan. En 2023, Kestrel creció.",
                                "a", lang="es")])
    assert len(es.find("Kestrel", loose=True)) == 2, list(es.entities)


# A company written with its legal form is an organization, and a user finds it by its name
# alone (audit s25: "GmbH", "S.A.", "Ltd" made companies "other" or unfindable by the name).
WITH_LEGAL_FORM = {
    "en": ("On Monday, Walton Ltd reported a profit.", "Walton Ltd"),
    "es": ("El lunes, Transportes Ibéricos S.A. anunció beneficios.", "Transportes Ibéricos S.A"),
    "fr": ("Lundi, Transports Lemaire SAS a annoncé un bénéfice.", "Transports Lemaire SAS"),
    "it": ("Lunedì Trasporti Bellini S.p.A. ha annunciato un utile.", "Trasporti Bellini S.p.A"),
    "pt": ("Na segunda-feira, Transportes Lusos Ltda anunciou lucro.", "Transportes Lusos Ltda"),
    "de": ("Am Montag meldete die Kessler GmbH einen Gewinn.", "Kessler GmbH"),
}


@pytest.mark.parametrize("lang", sorted(WITH_LEGAL_FORM))
def test_a_company_with_its_legal_form_is_an_organization_found_by_its_name(lang: str) -> None:
    text, name = WITH_LEGAL_FORM[lang]
    names = find_entities([article(text, "a", lang=lang)])
    assert names.entities[name].type == "org", (lang, names.entities)
    bare = " ".join(name.split()[:-1])
    assert names.find(bare) == names.find(name + ".") == [name], (lang, list(names.entities))


# A ministry named with its country is an organization of its own that belongs to the country
# (found by a pair query through `within`), not the country nor one of its names: "of" written
# ("Ministry of Foreign Affairs of Russia"), or said by the country's case (Russian "МИД России",
# German "Außenministerium Russlands"), or by an adjective (Arabic "وزارة الخارجية الروسية").
MINISTRY = {
    "en": "On Monday, the Ministry of Foreign Affairs of Russia criticized the deal. Russia signed it later.",
    "es": "El lunes, el Ministerio de Asuntos Exteriores de Rusia criticó el acuerdo. Rusia lo firmó después.",
    "fr": "Lundi, le Ministère des Affaires étrangères de Russie a critiqué l'accord. La Russie l'a signé ensuite.",
    "it": "Lunedì il Ministero degli Affari Esteri di Russia ha criticato l'accordo. La Russia lo ha firmato dopo.",
    "pt": "Na segunda-feira, o Ministério das Relações Exteriores da Rússia criticou o acordo. A Rússia assinou depois.",
    "de": "Am Montag kritisierte das Außenministerium Russlands das Abkommen. Russland unterschrieb es später.",
    "ru": "В понедельник МИД России раскритиковал соглашение. Позже Россия подписала его.",
    "ar": "انتقدت وزارة الخارجية الروسية الاتفاق يوم الاثنين. ووقعت روسيا الاتفاق لاحقا.",
}


@pytest.mark.parametrize("lang", sorted(MINISTRY))
def test_a_ministry_belongs_to_its_country_and_is_not_it(lang: str) -> None:
    names = find_entities([article(MINISTRY[lang], "a", lang=lang)])
    ministries = [e for e in names.entities.values() if e.id != "Russia" and e.type == "org"]
    assert len(ministries) == 1 and ministries[0].within == "Russia", (lang, names.entities)
    assert not any(fold(a) == fold(ministries[0].id) for a in names.entities["Russia"].aliases), (lang, names.entities)
    assert ministries[0].id in names.within("Russia")


def test_a_company_in_the_genitive_or_after_its_article_is_the_company() -> None:
    text = ("Die Nordwerft GmbH erhielt am Montag einen Auftrag. Der Sprecher der Nordwerft sagte, "
            "man stelle 200 Menschen ein. Der Minister lobte die Nordwerfts Pläne.")
    names = find_entities([article(text, "a", lang="de")])
    assert list(names.entities) == ["Nordwerft GmbH"] and names.entities["Nordwerft GmbH"].mentions == 3, names.entities


# The Union's institutions, named with the region's adjective, are the Union's; the adjective
# inside them is no mention of Europe (audit s26 defect 5).
EU_INSTITUTIONS = {
    "en": "The European Commission approved the aid on Monday. The European Parliament votes next week.",
    "es": "La Comisión Europea aprobó la ayuda el lunes. El Parlamento Europeo vota la próxima semana.",
    "fr": "La Commission européenne a approuvé l'aide lundi. Le Parlement européen vote la semaine prochaine.",
    "it": "La Commissione europea ha approvato gli aiuti lunedì. Il Parlamento europeo vota la settimana prossima.",
    "de": "Die Europäische Kommission billigte die Hilfe am Montag. Das Europäische Parlament stimmt nächste Woche ab.",
    "pt": "A Comissão Europeia aprovou a ajuda na segunda-feira. O Parlamento Europeu vota na próxima semana.",
    "ru": "Европейская комиссия одобрила помощь в понедельник. Европейский парламент проголосует на следующей неделе.",
    "ar": "وافقت المفوضية الأوروبية على المساعدة يوم الاثنين. ويصوت البرلمان الأوروبي الأسبوع المقبل.",
}


@pytest.mark.parametrize("lang", sorted(EU_INSTITUTIONS))
def test_a_union_institution_belongs_to_the_union_and_names_no_place(lang: str) -> None:
    names = find_entities([article(EU_INSTITUTIONS[lang], "a", lang=lang)])
    assert set(names.entities) == {"European Commission", "European Parliament"}, (lang, names.entities)
    assert all(e.type == "org" and e.within == "European Union" for e in names.entities.values())
    assert {"European Commission", "European Parliament"} <= names.within("European Union")


# The Union's short form as each language writes it, Italian with one capital ("l'Ue").
UNION_SHORT = {
    "en": ("The fund of the EU pays for the repairs.", "EU"),
    "es": ("El fondo de la UE paga las obras.", "UE"),
    "fr": ("Le fonds de l'UE paie les travaux.", "UE"),
    "it": ("Il fondo dell'Ue paga i lavori.", "Ue"),
    "de": ("Die Arbeiten bezahlt am Ende die EU.", "EU"),
    "pt": ("O fundo da UE paga as obras.", "UE"),
    "ru": ("Работы оплатит ЕС.", "ЕС"),
    "ar": ("يدفع الاتحاد الأوروبي تكاليف الأشغال.", "الاتحاد الأوروبي"),
}


@pytest.mark.parametrize("lang", sorted(UNION_SHORT))
def test_the_union_short_form_is_the_union(lang: str) -> None:
    text, written = UNION_SHORT[lang]
    names = find_entities([article(text, "a", lang=lang)])
    union = names.entities.get("European Union")
    assert union is not None and union.mentions == 1, (lang, names.entities)
    assert written in union.aliases, (lang, union)


def test_a_short_form_with_one_capital_needs_a_place_inside_a_sentence() -> None:
    # The opening word of a sentence carries the sentence's capital; "Un" of "Kim Jong Un" is a
    # name's word, not the United Nations.
    names = find_entities([article("Kim Jong Un met the envoy. Ue fondi arrivano.", "a", lang="en")])
    assert "United Nations" not in names.entities and "European Union" not in names.entities, names.entities


# Civil protection agencies are organizations, never a person (defect 5).
CIVIL_PROTECTION = {
    "en": ("Officials from Civil Protection inspected the bridge.", "Civil Protection"),
    "es": ("La Protección Civil inspeccionó el puente.", "Protección Civil"),
    "fr": ("Les agents de la Protection Civile ont inspecté le pont.", "Protection Civile"),
    "it": ("La Protezione Civile ha ispezionato il ponte.", "Protezione Civile"),
    "pt": ("A Proteção Civil inspecionou a ponte.", "Proteção Civil"),
}


@pytest.mark.parametrize("lang", sorted(CIVIL_PROTECTION))
def test_civil_protection_is_an_organization(lang: str) -> None:
    text, name = CIVIL_PROTECTION[lang]
    names = find_entities([article(text, "a", lang=lang)])
    assert names.entities[name].type == "org", (lang, names.entities)


# A place name written with hyphens around a lower-case word is one name (defect 6).
HYPHENATED = {
    "en": ("The mayor of Stratford-upon-Avon spoke on Monday.", "Stratford-upon-Avon"),
    "es": ("El alcalde de Breil-sur-Roya habló el lunes.", "Breil-sur-Roya"),
    "fr": ("Le maire de Breil-sur-Roya a parlé lundi, puis celui d'Aix-en-Provence.", "Breil-sur-Roya"),
    "it": ("Il sindaco di Breil-sur-Roya ha parlato lunedì.", "Breil-sur-Roya"),
    "de": ("Der Bürgermeister von Breil-sur-Roya sprach am Montag.", "Breil-sur-Roya"),
    "pt": ("O prefeito de Breil-sur-Roya falou na segunda-feira.", "Breil-sur-Roya"),
}


@pytest.mark.parametrize("lang", sorted(HYPHENATED))
def test_a_hyphenated_place_name_stays_whole(lang: str) -> None:
    text, name = HYPHENATED[lang]
    names = find_entities([article(text, "a", lang=lang)])
    assert name in names.entities, (lang, names.entities)
    assert not any(e in names.entities for e in ("Roya", "Breil", "Avon", "Stratford")), (lang, names.entities)


# A participle used as an adjective of a common noun ("le zone colpite": the stricken areas)
# is no event of the sentence (audit s26 defect 7). English, German and Arabic write no form
# only a participle has, so their "the bombed areas" is not read so.
ADJECTIVAL_PARTICIPLE = {
    "it": "Giorgia Meloni ha visitato lunedì le zone colpite dall'alluvione.",
    "fr": "Emmanuel Macron a visité lundi les zones frappées par la crue.",
    "es": "Pedro Sánchez visitó el lunes las ciudades bombardeadas por la aviación.",
    "pt": "Marcelo Rebelo de Sousa visitou na segunda-feira as cidades bombardeadas pela aviação.",
    "ru": "Владимир Путин посетил в понедельник атакованные районы.",
}


@pytest.mark.parametrize("lang", sorted(ADJECTIVAL_PARTICIPLE))
def test_a_participle_describing_a_noun_is_no_event(lang: str) -> None:
    analysis = analyze([article(ADJECTIVAL_PARTICIPLE[lang], "a", lang=lang)])
    assert [m.kind for m in analysis.mentions] == ["visit"], (lang, analysis.mentions)
    assert len(analysis.events) == 1


def test_a_participle_with_a_day_of_its_own_stays_an_event() -> None:
    analysis = analyze([article("Giorgia Meloni ha ricordato l'accordo firmato lunedì con la Francia.", "a", lang="it")])
    assert "sign" in {m.kind for m in analysis.mentions}, analysis.mentions


# The subject of an act stays its participant across a time expression ("The Commission on
# Thursday activated"), and the entities of the phrase saying whom the act is for take part
# in it, so that a pair query finds it (defect 8).
BENEFICIARY = {
    "en": "The European Commission on Thursday activated the EU Solidarity Fund for the areas of France and Italy.",
    "it": "La Commissione europea ha attivato giovedì il Fondo di solidarietà per le zone di Francia e Italia.",
    "fr": "La Commission européenne a activé jeudi le Fonds de solidarité pour les zones de France et d'Italie.",
    "es": "La Comisión Europea activó el jueves el Fondo de Solidaridad para las zonas de Francia e Italia.",
    "pt": "A Comissão Europeia ativou na quinta-feira o Fundo de Solidariedade para as zonas de França e Itália.",
    "de": "Die Europäische Kommission aktivierte am Donnerstag den Solidaritätsfonds für die Gebiete in Frankreich und Italien.",
    "ru": "Европейская комиссия в четверг задействовала фонд солидарности для районов Франции и Италии.",
    "ar": "أعلنت المفوضية الأوروبية يوم الخميس مساعدات لصالح فرنسا وإيطاليا.",
}


@pytest.mark.parametrize("lang", sorted(BENEFICIARY))
def test_the_subject_and_whom_an_act_is_for_take_part_in_it(lang: str) -> None:
    analysis = analyze([article(BENEFICIARY[lang], "a", lang=lang)])
    found = analysis.involving("France", "Italy")
    assert found and {"European Commission", "France", "Italy"} <= set(found[0].participants), (lang, analysis.mentions)
    assert analysis.involving("European Union", "Italy") == found  # the Commission is the Union's
    assert found[0].date == dt.date(2024, 5, 2)


def test_a_for_phrase_after_a_comma_is_not_the_acts() -> None:
    analysis = analyze([article("Ursula Lindqvist on Thursday praised the workers, and money for France and Italy "
                                "arrived later.", "a", lang="en")])
    assert not any({"France", "Italy"} <= set(m.participants) and m.trigger == "praised" for m in analysis.mentions), \
        analysis.mentions
