"""The compiled-regex cache (`dateline.regex_cache`): patterns read back are the ones
`re.compile` makes, a changed rule or language file is never answered from an old entry, and a
damaged or missing cache only costs time."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from dateline import regex_cache as compiled
from dateline.temporal import available_languages, tagger_for
from dateline.temporal.grammar import compile_rule
from dateline.temporal.rules import RULES
from dateline.temporal.tagger import Tagger


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own, read afresh."""
    monkeypatch.setenv(compiled.ENV_VAR, str(tmp_path))
    monkeypatch.setattr(compiled, "_groups", {})
    return tmp_path


def _read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write what was compiled, then forget it: the next patterns come from the files."""
    compiled.save()
    monkeypatch.setattr(compiled, "_groups", {})


@pytest.mark.parametrize("lang", available_languages())
def test_cached_rules_are_the_patterns_re_compiles(lang: str, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lex = tagger_for(lang).lex
    sources = [c.source for r in RULES if (c := compile_rule(r, lex)) is not None]
    expected = [re.compile(s, re.IGNORECASE) for s in sources]
    assert [compiled.regex(s, re.IGNORECASE, lang) for s in sources] == expected  # compiled now
    _read_afresh(monkeypatch)
    assert len(list(cache.glob(f"regex-{lang}-*.marshal"))) == 1
    read = [compiled.regex(s, re.IGNORECASE, lang) for s in sources]  # read from the file
    assert read == expected  # equal patterns: same text, flags and code
    assert [p.groupindex for p in read] == [p.groupindex for p in expected]
    assert not compiled._groups[lang].added  # nothing compiled again


def test_a_tagger_built_from_the_cache_tags_as_one_built_without(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The talks ended on Friday, March 17, 2023, two weeks after the vote; they resume next week."
    day = dt.date(2023, 3, 20)
    lex = tagger_for("en").lex
    monkeypatch.setenv(compiled.ENV_VAR, "off")
    monkeypatch.setattr(compiled, "_groups", {})
    plain = Tagger(lex).tag(text, day)
    monkeypatch.setenv(compiled.ENV_VAR, str(cache))
    monkeypatch.setattr(compiled, "_groups", {})
    first = Tagger(lex).tag(text, day)
    _read_afresh(monkeypatch)
    assert Tagger(lex).tag(text, day) == first == plain != []
    assert list(cache.glob("regex-en-*.marshal"))


def test_a_changed_pattern_is_compiled_anew(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled.regex(r"(?P<a>\d+) days", re.IGNORECASE, "xx")
    _read_afresh(monkeypatch)
    changed = compiled.regex(r"(?P<a>\d+) weeks", re.IGNORECASE, "xx")
    assert changed.match("3 WEEKS") and not changed.match("3 days")
    assert compiled.regex(r"(?P<a>\d+) days", 0, "xx").match("3 DAYS") is None  # the flags are part of the key


def test_a_damaged_file_is_written_again(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled.regex(r"(?P<a>\d+) days", re.IGNORECASE, "xx")
    _read_afresh(monkeypatch)
    (path,) = cache.glob("regex-xx-*.marshal")
    path.write_bytes(path.read_bytes()[:20])
    assert compiled.regex(r"(?P<a>\d+) days", re.IGNORECASE, "xx") == re.compile(r"(?P<a>\d+) days", re.IGNORECASE)
    _read_afresh(monkeypatch)
    assert len(path.read_bytes()) > 20
    compiled.regex(r"(?P<a>\d+) days", re.IGNORECASE, "xx")
    assert not compiled._groups["xx"].added


def test_no_file_when_switched_off_and_a_bad_pattern_raises_as_re_does(cache: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(re.error):
        compiled.regex(r"(unclosed", 0, "xx")
    monkeypatch.setenv(compiled.ENV_VAR, "off")
    monkeypatch.setattr(compiled, "_groups", {})
    assert compiled.regex(r"\d+", 0, "xx").match("12")
    compiled.save()
    assert list(cache.iterdir()) == []


def test_two_processes_saving_keep_each_others_patterns(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled.regex(r"(?P<a>\d+) days", re.IGNORECASE, "xx")  # one process...
    first = compiled._groups
    monkeypatch.setattr(compiled, "_groups", {})
    compiled.regex(r"(?P<a>\d+) weeks", re.IGNORECASE, "xx")  # ...and another, started before it saved
    compiled.save()
    monkeypatch.setattr(compiled, "_groups", first)
    _read_afresh(monkeypatch)  # the first saves last: the file is read again, not written over
    compiled.regex(r"(?P<a>\d+) days", re.IGNORECASE, "xx")
    compiled.regex(r"(?P<a>\d+) weeks", re.IGNORECASE, "xx")
    assert not compiled._groups["xx"].added


def _compile_in_worker(source: str) -> bool:
    return compiled.regex(source, re.IGNORECASE, "xx").match("3 months") is not None


def test_a_pool_workers_patterns_are_kept(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A forked worker leaves by os._exit, without atexit: what it compiled is saved as it ends."""
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here")
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
        assert pool.submit(_compile_in_worker, r"(?P<a>\d+) months").result()
    assert compiled._groups == {}  # nothing compiled here
    compiled.regex(r"(?P<a>\d+) months", re.IGNORECASE, "xx")
    assert not compiled._groups["xx"].added


def test_a_write_clears_leftovers_and_other_builds_unused_files(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Temporary files of a killed writer and the files of a Python build gone for a month were
    never removed (each interpreter Dateline ran under kept its ~1.4 MB per language); what is
    in use stays, and so does what this module did not write."""
    import os
    import time

    month_ago = time.time() - 31 * 86400
    files = {name: cache / name for name in [
        "regex-en-0000000000000000.marshal", "regex-en-0000000000000000.marshal.lock",  # a removed build
        "regex-en-1111111111111111.marshal", "regex-en-1111111111111111.marshal.lock",  # another, in use
        "regex-es-2222222222222222.marshal.lock",  # a lock whose file is gone
        "regex-en-1111111111111111.marshalab12cd.tmp",  # a killed writer's, an hour ago
        "regex-de-1111111111111111.marshalef34gh.tmp",  # a writer's, now
        "notes.txt"]}
    for path in files.values():
        path.write_bytes(b"x")
    for name in ("regex-en-0000000000000000.marshal", "regex-en-0000000000000000.marshal.lock", "notes.txt"):
        os.utime(files[name], (month_ago, month_ago))
    hour_ago = time.time() - 3700
    os.utime(files["regex-en-1111111111111111.marshalab12cd.tmp"], (hour_ago, hour_ago))
    compiled.regex(r"(?P<a>\d+) days", re.IGNORECASE, "xx")
    _read_afresh(monkeypatch)
    build = compiled._build()
    assert sorted(p.name for p in cache.iterdir()) == sorted([
        "regex-en-1111111111111111.marshal", "regex-en-1111111111111111.marshal.lock",
        "regex-de-1111111111111111.marshalef34gh.tmp", "notes.txt",
        f"regex-xx-{build}.marshal", f"regex-xx-{build}.marshal.lock"])
    assert compiled.regex(r"(?P<a>\d+) days", re.IGNORECASE, "xx").match("3 DAYS")
    assert not compiled._groups["xx"].added  # this build's own file read back
