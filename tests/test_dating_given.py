"""A publication date the source gives, checked against the text (`dating.given_check`):
scraped collections and feeds file articles under wrong days, and the text can say so."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.temporal.dating import infer_date

FILED = dt.date(2011, 7, 20)  # the day a collection filed the article under

# Two days of 2015 named in the past tense: written in 2015, not on FILED.
LATER_WAR = {
    "en": "The rebels took the city on March 3, 2015. The government fell on March 10, 2015, and talks began.",
    "es": "Los rebeldes tomaron la ciudad el 3 de marzo de 2015. El gobierno cayó el 10 de marzo de 2015 y "
          "comenzaron las negociaciones.",
    "fr": "Les rebelles ont pris la ville le 3 mars 2015. Le gouvernement est tombé le 10 mars 2015 et les "
          "négociations ont commencé.",
    "it": "I ribelli hanno preso la città il 3 marzo 2015. Il governo è caduto il 10 marzo 2015 e sono "
          "iniziati i negoziati.",
    "de": "Die Rebellen haben die Stadt am 3. März 2015 eingenommen. Die Regierung ist am 10. März 2015 "
          "gestürzt, und die Gespräche haben begonnen.",
    "pt": "Os rebeldes tomaram a cidade em 3 de março de 2015. O governo caiu em 10 de março de 2015 e as "
          "negociações começaram.",
    "ru": "Повстанцы захватили город 3 марта 2015 года. Правительство пало 10 марта 2015 года, и начались "
          "переговоры.",
    "ar": "قال المتحدث إن المتمردين سيطروا على المدينة في 3 مارس 2015. وسقطت الحكومة في 10 مارس 2015 وبدأت "
          "المفاوضات.",
}


def _year(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new)


@pytest.mark.parametrize("lang", sorted(LATER_WAR))
def test_days_named_in_the_past_years_after_the_given_date_contradict_it(lang: str) -> None:
    check = infer_date(LATER_WAR[lang], lang, given=FILED, min_confidence=0.0).given
    assert check is not None and check.contradicted, check
    assert check.likelier is not None and check.likelier.year == 2015
    assert check.near < 0.5 and len(check.evidence) == 2


@pytest.mark.parametrize("lang", sorted(LATER_WAR))
def test_a_given_date_after_the_days_named_fits(lang: str) -> None:
    check = infer_date(LATER_WAR[lang], lang, given=dt.date(2015, 3, 12), min_confidence=0.0).given
    assert check is not None and not check.contradicted and check.near > 0.5, check
    # the same days a year before the given date: the text names its past, as news does
    earlier = infer_date(_year(LATER_WAR[lang], "2015", "2011"), lang, given=FILED, min_confidence=0.0).given
    assert earlier is not None and not earlier.contradicted, earlier


@pytest.mark.parametrize("lang", sorted(LATER_WAR))
def test_one_day_named_against_the_given_date_is_no_contradiction(lang: str) -> None:
    """One misread tense or a stray date ("notes due Oct. 15, 1999" in a 1989 story) must not
    overturn the collection's date: it takes two pieces of the text's own word."""
    text = LATER_WAR[lang]
    first = text[:text.index(".", text.index("2015")) + 1]
    check = infer_date(first, lang, given=FILED, min_confidence=0.0).given
    assert check is not None and not check.contradicted and len(check.evidence) == 1, check


def test_the_check_is_only_made_when_asked_and_leaves_the_guess_alone() -> None:
    text = LATER_WAR["en"]
    plain = infer_date(text, "en", min_confidence=0.0)
    checked = infer_date(text, "en", given=FILED, min_confidence=0.0)
    assert plain.given is None
    assert (checked.date, checked.confidence) == (plain.date, plain.confidence)


def test_dateline_date_check_given_shows_the_flag(tmp_path: Path) -> None:
    (tmp_path / "wrong.txt").write_text(f"date {FILED}\n{LATER_WAR['en']}\n", encoding="utf-8")
    (tmp_path / "right.txt").write_text(f"date 2015-03-12\n{LATER_WAR['en']}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["date", str(tmp_path), "--lang", "en", "--check-given"])
    assert result.exit_code == 0, result.output
    rows = {json.loads(line)["id"]: json.loads(line) for line in result.output.splitlines()}
    assert rows["wrong.txt"]["given"]["contradicted"] is True
    assert rows["wrong.txt"]["given"]["likelier"].startswith("2015-03")
    assert [e["cue"] for e in rows["wrong.txt"]["given"]["evidence"]] == ["March 3, 2015", "March 10, 2015"]
    assert rows["right.txt"]["given"] == {"date": "2015-03-12", "contradicted": False,
                                          "near": rows["right.txt"]["given"]["near"],
                                          "likelier": rows["right.txt"]["given"]["likelier"],
                                          "evidence": rows["right.txt"]["given"]["evidence"]}
    unasked = CliRunner().invoke(app, ["date", str(tmp_path), "--lang", "en"])
    assert all("given" not in json.loads(line) for line in unasked.stdout.splitlines())
    table = CliRunner().invoke(app, ["date", str(tmp_path), "--lang", "en", "--check-given", "-f", "table"],
                               env={"COLUMNS": "250"})
    assert "CONTRADICTED" in table.output and "2015-03-12 fits" in table.output
