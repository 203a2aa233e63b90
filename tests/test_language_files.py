"""The language files' contract: every file follows the schema, and a broken one is a one-line
error naming the file and the key."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from dateline.temporal import LanguageError, Tagger, available_languages, tagger_for
from dateline.temporal.lexicon import load_file
from dateline.temporal.rules import RULES

# The rules that cannot fire in each language, because it declares no words for a class they
# need. Adding words that switch a rule on (or off) is a change of coverage: update this list.
INACTIVE = {
    "ar": ["day_in_words_month", "week_of_month_day", "week_of_day_month", "day_alone",
           "month_the_ordinal", "decade", "bare_decade", "quarter_ref", "quarter_of_year", "quarter_ref_short",
           "the_weekend", "unit_in_focus", "qualified_unit", "weekday_the_day", "part_of_day_alone", "guarded_weekday", "clock_words",
           "hour_at_in_words", "clock_words_hour_in_progress", "clock_words_minus_before", "ago",
           "counted_ago", "from_now", "from_now_before", "ref_offset", "weekday_parts", "frequency",
           "the_unit_duration"],
    "de": ["day_in_words_month", "month_day_alone", "day_alone", "month_the_ordinal",
           "decade_words", "weekend_alone", "part_of_day_alone", "guarded_weekday", "clock_words_hour_first",
           "clock_hour_word", "clock_words_minus_before", "ago", "counted_ago",
           "counted_ago_before", "from_now", "every_counted", "weekday_parts", "one_unit_duration", "counted_duration",
           "units_ahead"],
    "en": ["day_in_words_month", "month_day_alone", "month_relative_year_after",
           "month_shift_after", "decade_words", "weekend_alone", "unit_after_focus_word", "part_of_day_after",
           "part_of_day_alone", "guarded_weekday", "clock_words_hour_first", "clock_hour_word",
           "clock_words_hour_in_progress", "clock_words_minus_before", "unit_word",
           "relative_unit_after", "ago_before", "counted_ago_before", "from_now_before",
           "vague_duration", "one_unit_duration", "whole_unit"],
    "es": ["day_alone", "month_the_ordinal", "decade", "quarter_ref_short", "weekend_alone",
           "unit_after_focus_word", "guarded_weekday", "clock_words", "clock_hour_word", "clock_words_hour_in_progress",
           "clock_words_minus_before", "hour_after_day", "unit_word", "from_now", "weekday_parts", "one_unit_duration"],
    "fr": ["month_day_alone", "day_alone", "month_the_ordinal", "decade", "quarter_ref_short",
           "weekend_alone", "unit_after_focus_word", "part_of_day_alone", "guarded_weekday", "clock_words", "clock_hour_word",
           "clock_words_hour_in_progress", "clock_words_minus_before", "unit_word", "ago",
           "counted_ago", "counted_ago_before", "from_now", "every_counted", "weekday_parts", "one_unit_duration", "counted_duration"],
    "it": ["day_alone", "month_the_ordinal", "decade", "quarter_ref_short", "weekend_alone",
           "unit_after_focus_word", "part_of_day_alone", "guarded_weekday", "clock_words", "clock_hour_word", "clock_words_hour_in_progress",
           "clock_words_minus_before", "unit_word", "ago_before",
           "counted_ago_before", "from_now", "weekday_parts", "one_unit_duration"],
    "pt": ["day_alone", "month_the_ordinal", "decade", "quarter_ref_short", "weekend_alone",
           "unit_after_focus_word", "clock_hour_word", "clock_words_hour_in_progress", "clock_words_minus_before",
           "unit_word", "from_now", "weekday_parts", "one_unit_duration"],
    "ru": ["day_in_words_month", "week_of_month_day", "week_of_day_month", "month_day_alone",
           "day_alone", "nth_weekday_after", "month_the_ordinal", "month_relative_year_after",
           "month_shift_after", "decade_words", "bare_decade", "quarter_ref", "quarter_of_year",
           "quarter_ref_short", "the_weekend", "unit_in_focus", "unit_after_focus_word", "qualified_unit", "day_part_word",
           "part_of_day_after", "part_of_day_alone", "guarded_weekday", "clock_words", "clock_words_hour_first",
           "clock_hour_word", "unit_word", "relative_unit_after", "ago_before",
           "counted_ago_before", "from_now", "weekday_parts", "frequency", "one_unit_duration", "the_unit_duration",
           "units_ahead"],
}
# Rules every language must have: explicit dates, weekdays, "yesterday", "last week", amounts.
CORE = ["iso_date", "numeric_date", "month_year", "year", "weekday", "day_word", "relative_unit",
        "duration", "clock"]


def english_file() -> str:
    return (resources.files("dateline.temporal") / "lang" / "en.toml").read_text(encoding="utf-8")


def test_every_language_has_a_file_and_a_list() -> None:
    assert sorted(INACTIVE) == list(available_languages())


@pytest.mark.parametrize("lang", sorted(INACTIVE))
def test_active_rules_per_language(lang: str) -> None:
    active = tagger_for(lang).active_rules
    inactive = [r.name for r in RULES if r.name not in active]
    assert inactive == INACTIVE[lang], f"{lang}: rules active now: {active}"
    assert set(CORE) <= set(active)
    # every active rule compiles (the tagger compiles a rule's regex at its first search only)
    assert all(rule.regex.pattern for rule in tagger_for(lang).rules)


def test_a_misspelt_section_names_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    path.write_text(english_file().replace("[weekday]", "[weekdays]"), encoding="utf-8")
    with pytest.raises(LanguageError, match=r"xx\.toml: unknown section \[weekdays\]") as error:
        load_file(path)
    assert "\n" not in str(error.value)


def test_a_misspelt_word_class_names_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    path.write_text(english_file().replace("\nyear_end = ", "\nyear_ends = "), encoding="utf-8")
    with pytest.raises(LanguageError, match=r"xx\.toml: unknown word class \[period\] year_ends") as error:
        load_file(path)
    assert "\n" not in str(error.value)


def test_a_class_the_rules_need_must_be_declared(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    text = english_file()
    start = text.index("\nweek_of = ")
    path.write_text(text[:start] + text[text.index("\n", start + 1):], encoding="utf-8")
    with pytest.raises(LanguageError, match=r"xx\.toml: \[connector\] week_of is missing.*"
                                            r"rules week_of_month_day, week_of_day_month need it"):
        load_file(path)


def test_a_missing_section_and_a_wrong_shape_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    path.write_text(english_file().replace("[unit_word]", "[unit_word]\nX = 3"), encoding="utf-8")
    with pytest.raises(LanguageError, match=r"xx\.toml \[unit_word\]: expected a list of words"):
        load_file(path)
    path.write_text(english_file().replace("\n[unit_word]", "\n"), encoding="utf-8")
    with pytest.raises(LanguageError, match=r"xx\.toml: section \[unit_word\] is missing"):
        load_file(path)


def test_a_declared_but_empty_class_switches_its_rules_off(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    text = english_file()
    start = text.index("\nweek_of = ")
    path.write_text(text[:start] + "\nweek_of = []" + text[text.index("\n", start + 1):], encoding="utf-8")
    active = Tagger(load_file(path)).active_rules
    assert "week_of_month_day" not in active and "month_day" in active


# The languages that write a day of the month as an ordinal word ("the twenty-second of March",
# "am zweiundzwanzigsten März"); es fr it pt write it as a cardinal but the first ("el veintidós de marzo").
DAYS_AS_ORDINALS = {"en", "de", "ru", "ar"}


@pytest.mark.parametrize("lang", available_languages())
def test_the_ordinal_words_cover_the_centuries_and_the_days(lang: str) -> None:
    """A gap in the ordinals misreads silently ("the twenty-second of March" as the second, "dix-huitième
    siècle" as the eighth century), so every language spells the centuries 1–21, and every day 1–31 where
    it writes days as ordinals."""
    values = {int(v) for v in tagger_for(lang).lex.cls("ordinal").table.values() if v.lstrip("-").isdigit()}
    wanted = set(range(1, 32 if lang in DAYS_AS_ORDINALS else 22))
    assert not wanted - values, f"{lang}: no ordinal word for {sorted(wanted - values)}"


@pytest.mark.parametrize("lang", sorted(INACTIVE))
def test_a_rule_is_told_inactive_from_its_skeleton_as_from_its_whole_pattern(lang: str) -> None:
    # compile_rule parses a skeleton of the rule (its words left out) to tell whether it can fire;
    # the answer must be the one the whole pattern gives, for every rule, active or not
    from re import IGNORECASE, _parser  # type: ignore[attr-defined]

    from dateline.temporal.grammar import _can_match, _skeleton, expand_rule

    lex = tagger_for(lang).lex
    for rule in RULES:
        template, source, classes = expand_rule(rule, lex)
        whole = _can_match(_parser.parse(source, IGNORECASE).data)
        assert _can_match(_parser.parse(_skeleton(template, lex, classes), IGNORECASE).data) == whole, rule.name
