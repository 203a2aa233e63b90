"""The timex benchmark's dev split: held-back documents by a hash of their id, listed in a file."""

from __future__ import annotations

import pytest

from dateline.benchmark import timex as timex_bench


def test_spanish_split_file_follows_the_hash_rule() -> None:
    heldback = timex_bench.read_split(timex_bench.DEFAULT_SPLIT)
    assert 50 <= len(heldback) <= 65  # about a third of the 175 documents
    assert all(timex_bench.held_back(doc) for doc in heldback)
    assert timex_bench.doc_id("es-timebank-train_007.tml") == "es-timebank-train_007"
    assert timex_bench.doc_id("es-timebank-train_007.tml.TE3input") == "es-timebank-train_007"


def test_split_selects_tune_or_heldback_part() -> None:
    docs = {"a.tml": "A", "b.tml": "B", "c.tml.TE3input": "C"}
    assert timex_bench.select(docs, "heldback", {"b"}) == {"b.tml": "B"}
    assert timex_bench.select(docs, "tune", {"b"}) == {"a.tml": "A", "c.tml.TE3input": "C"}
    assert timex_bench.select(docs, "all", set()) == docs
    with pytest.raises(ValueError, match="names none"):
        timex_bench.select(docs, "tune", {"z"})


def test_tempeval_layout_is_scored_from_its_gold_part(tmp_path) -> None:
    from dateline.evaluate.timex import gold_files

    (tmp_path / "gold").mkdir()
    (tmp_path / "input").mkdir()
    (tmp_path / "gold" / "d1.tml").write_text("<TimeML/>")
    (tmp_path / "input" / "d1.tml.TE3input").write_text("<TimeML/>")
    assert [p.relative_to(tmp_path).as_posix() for p in gold_files(tmp_path)] == ["gold/d1.tml"]
    # A plain folder of TimeML files is read whole, as before.
    assert [p.name for p in gold_files(tmp_path / "input")] == ["d1.tml.TE3input"]


def test_tbaq_split_file_follows_the_hash_rule() -> None:
    heldback = timex_bench.read_split(timex_bench.TBAQ_SPLIT)
    assert 70 <= len(heldback) <= 100  # about a third of the 256 documents
    assert all(timex_bench.held_back(doc) for doc in heldback)
    assert {"APW19980213.1310", "ABC19980108.1830.0711"} <= heldback


def test_split_file_is_found_from_the_documents(tmp_path) -> None:
    (tmp_path / "APW19980213.1310.tml").write_text("<TimeML/>")
    assert timex_bench.shipped_split(tmp_path) == timex_bench.TBAQ_SPLIT
    (tmp_path / "APW19980213.1310.tml").rename(tmp_path / "es-timebank-train_004.tml")
    assert timex_bench.shipped_split(tmp_path) == timex_bench.DEFAULT_SPLIT
    (tmp_path / "es-timebank-train_004.tml").rename(tmp_path / "unknown.tml")
    assert timex_bench.shipped_split(tmp_path) is None


def test_values_are_counted_by_how_they_were_resolved(tmp_path) -> None:
    # Gold gives "March 3, 2023" another day on purpose: a stated value that differs from gold.
    (tmp_path / "d1.tml").write_text(
        '<?xml version="1.0" ?><TimeML><DOCID>d1</DOCID>'
        '<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2023-03-20">2023-03-20'
        '</TIMEX3></DCT><TEXT>The talks ended <TIMEX3 tid="t1" type="DATE" value="2023-03-19">yesterday</TIMEX3>. '
        'They had begun on <TIMEX3 tid="t2" type="DATE" value="2023-03-04">March 3, 2023</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8")
    result = timex_bench.run(tmp_path, "en", repeats=1)
    assert result.resolutions == {"stated": (1, 0), "publication date": (1, 1)}
    assert [(m.gold.text, str(m.system.resolution)) for m in result.misses] == [("March 3, 2023", "stated")]
