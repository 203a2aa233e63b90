"""The compiled-rule cache: patterns read back are the ones `re.compile` makes, a changed rule or
language file is never answered from an old file, and a damaged or missing cache only costs time."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline.temporal import available_languages, tagger_for
from dateline.temporal.compiled import ENV_VAR, patterns
from dateline.temporal.grammar import compile_rule
from dateline.temporal.rules import RULES
from dateline.temporal.tagger import Tagger


@pytest.mark.parametrize("lang", available_languages())
def test_cached_rules_are_the_patterns_re_compiles(lang: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    lex = tagger_for(lang).lex
    sources = [c.source for r in RULES if (c := compile_rule(r, lex)) is not None]
    written = patterns(lang, sources, re.IGNORECASE)  # compiled now and saved
    assert len(list(tmp_path.glob(f"rules-{lang}-*.marshal"))) == 1
    read = patterns(lang, sources, re.IGNORECASE)  # read from the file
    expected = [re.compile(s, re.IGNORECASE) for s in sources]
    assert written == expected and read == expected  # equal patterns: same text, flags and code
    assert [p.groupindex for p in read] == [p.groupindex for p in expected]


def test_a_tagger_built_from_the_cache_tags_as_one_built_without(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The talks ended on Friday, March 17, 2023, two weeks after the vote; they resume next week."
    monkeypatch.setenv(ENV_VAR, "off")
    lex = tagger_for("en").lex
    plain = Tagger(lex)
    assert all(rule._regex is None for rule in plain.rules)  # no cache: compiled when first searched
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    Tagger(lex)  # writes the file
    cached = Tagger(lex)
    assert all(rule._regex is not None for rule in cached.rules)
    dct = __import__("datetime").date(2023, 3, 20)
    assert cached.tag(text, dct) == plain.tag(text, dct) != []


def test_a_changed_rule_is_compiled_again_and_the_old_file_removed(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    patterns("xx", [r"(?P<a>\d+) days"], re.IGNORECASE)
    changed = patterns("xx", [r"(?P<a>\d+) weeks"], re.IGNORECASE)
    assert changed is not None and changed[0].match("3 WEEKS") and not changed[0].match("3 days")
    assert len(list(tmp_path.glob("rules-xx-*.marshal"))) == 1


def test_a_damaged_file_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    patterns("xx", [r"(?P<a>\d+) days"], re.IGNORECASE)
    (path,) = tmp_path.glob("rules-xx-*.marshal")
    path.write_bytes(path.read_bytes()[:20])
    again = patterns("xx", [r"(?P<a>\d+) days"], re.IGNORECASE)
    assert again == [re.compile(r"(?P<a>\d+) days", re.IGNORECASE)]
    assert len(path.read_bytes()) > 20  # written whole again


def test_no_cache_when_switched_off_or_a_pattern_does_not_compile(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "off")
    assert patterns("xx", [r"\d+"], re.IGNORECASE) is None
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert patterns("xx", [r"\d+", r"(unclosed"], re.IGNORECASE) is None  # the rule's own error is kept for its use
    assert list(tmp_path.iterdir()) == []
