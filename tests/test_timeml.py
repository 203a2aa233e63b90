"""TimeML in and out: inserting TIMEX3 tags, TempEval-3 scoring, the annotate/evaluate commands."""

from __future__ import annotations

import xml.dom.minidom
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app
from dateline.evaluate.timex import align, count
from dateline.ingest import parse_timeml
from dateline.model import Timex
from dateline.render.timeml import annotate_document

DOC = ('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>D1</DOCID>\n'
       '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">'
       '1998-08-07</TIMEX3></DCT>\n<TEXT>\nBombs <EVENT eid="e1">exploded</EVENT> Friday &amp; '
       'police said two days later that the <EVENT eid="e2">search</EVENT> goes on.\n</TEXT>\n</TimeML>\n')


def tx(start: int, end: int, value: str = "X", type_: str = "DATE") -> Timex:
    return Timex(start, end, "", type_, value)


def test_tags_inserted_document_unchanged_otherwise() -> None:
    doc = parse_timeml(DOC)
    start = doc.text.index("Friday")
    out = annotate_document(DOC, [Timex(start, start + 6, "Friday", "DATE", "1998-08-07"),
                                  Timex(start + 7, start + 8, "&", "DATE", "1998")])
    xml.dom.minidom.parseString(out.encode())
    again = parse_timeml(out)
    assert again.text == doc.text and again.dct == doc.dct
    assert [(t.text, t.value, t.type) for t in again.timexes] == [
        ("Friday", "1998-08-07", "DATE"), ("&", "1998", "DATE")]
    assert 'tid="t1"' in out and '<EVENT eid="e1">exploded</EVENT>' in out


def test_new_tags_are_numbered_after_the_documents_own_tids_only() -> None:
    """A `tid` attribute counts, one whose name only ends in "tid" (`xtid`, `_tid`) does not."""
    raw = DOC.replace('<DOCID>', '<META tid="t4" xtid="t90" _tid="t91" étid="t92"/><DOCID>')
    doc = parse_timeml(raw)
    start = doc.text.index("Friday")
    out = annotate_document(raw, [Timex(start, start + 6, "Friday", "DATE", "1998-08-07")])
    assert '<TIMEX3 tid="t5" type="DATE" value="1998-08-07">Friday</TIMEX3>' in out


def test_tag_crossing_an_element_is_left_out() -> None:
    doc = parse_timeml(DOC)
    start = doc.text.index("the search")
    out = annotate_document(DOC, [Timex(start, start + 10, "the search", "DATE", "X")])
    assert "<TIMEX3 tid=\"t1\"" not in out
    xml.dom.minidom.parseString(out.encode())


def test_scoring_strict_relaxed_and_attributes() -> None:
    gold = [tx(0, 6, "1998-08-07"), tx(10, 20, "P2D", "DURATION"), tx(30, 35, "1998")]
    system = [tx(0, 6, "1998-08-07"), tx(12, 20, "P3D", "DURATION"), tx(40, 45, "1999")]
    alignment = align(gold, system)
    assert len(alignment.pairs) == 2 and len(alignment.missed) == 1 and len(alignment.spurious) == 1
    counts = count(gold, system)
    scores = counts.scores()
    assert (counts.strict, counts.relaxed, counts.value, counts.type) == (1, 2, 1, 2)
    assert abs(scores["relaxed_f1"] - 2 / 3) < 1e-9
    assert abs(scores["value_f1"] - 0.5 * 2 / 3) < 1e-9
    assert abs(scores["strict_f1"] - 1 / 3) < 1e-9


def test_one_to_one_alignment() -> None:
    # One long system expression overlaps two gold ones: only the first is matched.
    counts = count([tx(0, 5), tx(6, 10)], [tx(0, 10)])
    assert (counts.relaxed, counts.strict) == (1, 0)


def test_annotate_and_evaluate_commands(tmp_path: Path) -> None:
    in_dir, out_dir = tmp_path / "in", tmp_path / "out"
    in_dir.mkdir()
    gold = DOC.replace("Friday", '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>')
    gold = gold.replace("two days later", '<TIMEX3 tid="t2" type="DATE" value="1998-08-09">two days later</TIMEX3>')
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "d1.tml").write_text(gold)
    (in_dir / "d1.tml.TE3input").write_text(DOC)
    (in_dir / "broken.tml.TE3input").write_text("<TimeML>nothing here</TimeML>")
    runner = CliRunner()
    result = runner.invoke(app, ["annotate", str(in_dir), str(out_dir), "--format", "timeml"])
    assert result.exit_code == 1, result.output  # the broken file is reported ...
    assert "broken.tml.TE3input" in result.output
    assert (out_dir / "d1.tml").is_file()  # ... and the good one written
    result = runner.invoke(app, ["evaluate", "timex", str(tmp_path / "gold"), str(out_dir)])
    assert result.exit_code == 0, result.output
    assert "strict" in result.output and "1.000" in result.output


def test_sentence_elements_written_tag_to_tag_end_a_line() -> None:
    """SemEval-2015's TimeML writes `<s>` elements back to back: their texts must not glue
    ("2008The"), and tags still go inside the sentence they belong to."""
    raw = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2008-01-09">2008-01-09</TIMEX3></DCT>'
           '<TEXT><s id="1">January 09 , 2008</s><s id="2">The fee fell .</s> <s id="3">It rose .</s></TEXT></TimeML>')
    doc = parse_timeml(raw)
    assert doc.text == "January 09 , 2008\nThe fee fell . It rose ."  # written space stays as it is
    assert len(doc.raw_offsets) == len(doc.text) + 1
    out = annotate_document(raw, [Timex(0, 17, "January 09 , 2008", "DATE", "2008-01-09")])
    assert '<s id="1"><TIMEX3 tid="t1" type="DATE" value="2008-01-09">January 09 , 2008</TIMEX3></s>' in out
    assert parse_timeml(out).text == doc.text


def test_a_plain_text_article_is_written_as_a_timeml_document(tmp_path: Path) -> None:
    article = tmp_path / "visit.txt"
    article.write_text(" date 2023-03-20\nXi & Putin met on Monday; talks will end on Wednesday.\n",
                       encoding="utf-8")
    result = CliRunner().invoke(app, ["annotate", str(article), "--format", "timeml", "--workers", "1"])
    assert result.exit_code == 0, result.output
    xml.dom.minidom.parseString(result.stdout)  # well-formed, the "&" escaped
    doc = parse_timeml(result.stdout)
    assert doc.dct_value == "2023-03-20" and doc.text.startswith("Xi & Putin met")
    assert [(t.text, t.value) for t in doc.timexes] == [("Monday", "2023-03-20"), ("Wednesday", "2023-03-22")]


def test_a_folder_of_articles_becomes_a_folder_of_timeml_documents(tmp_path: Path) -> None:
    from dateline.cli.common import example_dir

    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["annotate", str(example_dir()), str(out), "--format", "timeml",
                                      "--workers", "1"])
    assert result.exit_code == 0, result.output
    written = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    assert set(written) == {p.stem + ".tml" for p in example_dir().glob("*.txt")}
    undated = written["victory-day-visit.tml"]  # dated from its text, and said so
    assert "publication date inferred" in undated and parse_timeml(undated).dct_value == "2025-05-08"
    for document in written.values():
        xml.dom.minidom.parseString(document)
        assert parse_timeml(document).timexes


def test_a_dct_that_is_no_date_is_a_warning_in_a_folder_annotated_into_timeml(tmp_path: Path) -> None:
    """`annotate IN_DIR OUT_DIR -f timeml` failed a file whose DCT is no date, where every other
    reader keeps its article undated with a warning: now the same, dated by `--dct` if given,
    else from its text, and its TimeML written (the DCT kept as it was written)."""
    in_dir = tmp_path / "in"
    in_dir.mkdir()
    unreadable = DOC.replace('value="1998-08-07"', 'value="XXXX-YY"').replace(
        "Friday &amp;", "on Friday, 7 August 1998, &amp;")
    (in_dir / "d1.tml.TE3input").write_text(unreadable)
    runner = CliRunner()
    result = runner.invoke(app, ["annotate", str(in_dir), str(tmp_path / "out"), "--format", "timeml", "--lang", "en"])
    assert result.exit_code == 0, result.output
    [warned] = [line for line in result.output.splitlines() if "d1.tml.TE3input" in line]
    assert warned.startswith("warning ") and "DCT value is not a date: 'XXXX-YY'; article kept undated" in warned
    written = (tmp_path / "out" / "d1.tml").read_text()
    assert 'value="XXXX-YY"' in written and 'value="1998-08-07">7 August 1998' not in written  # DCT as it was
    assert "1998-08-09" in written  # "two days later", from the date its text gives
    (in_dir / "d1.tml.TE3input").write_text(DOC.replace('value="1998-08-07"', 'value="XXXX-YY"'))
    result = runner.invoke(app, ["annotate", str(in_dir), str(tmp_path / "given"), "--format", "timeml",
                                 "--lang", "en", "--dct", "2001-02-03"])  # a Saturday
    assert result.exit_code == 0 and 'value="2001-02-02">Friday' in (tmp_path / "given" / "d1.tml").read_text()


def test_a_folder_of_timeml_annotated_by_workers_is_written_and_reported_as_by_one(tmp_path: Path,
                                                                                   monkeypatch) -> None:
    """`annotate IN_DIR OUT_DIR -f timeml --workers 2` shares the TimeML files among forked
    workers (one per 32 KB of input): the same files, byte for byte, and the same problems in
    the same order (a broken file, a DCT that is no date) as one process gives."""
    import dateline.pipeline as pipeline

    in_dir = tmp_path / "in"
    in_dir.mkdir()
    filler = " The search went on for the third day on Saturday." * 300  # ~15 KB a file
    for i in range(12):
        doc = DOC.replace("goes on.", "goes on." + filler).replace("1998-08-07", f"1998-08-{i + 1:02d}")
        if i == 5:
            doc = doc.replace(f'value="1998-08-{i + 1:02d}"', 'value="XXXX-YY"')
        (in_dir / f"d{i:02d}.tml.TE3input").write_text(doc, encoding="utf-8")
    (in_dir / "d07b.tml.TE3input").write_text("<TimeML>nothing here</TimeML>")
    asked: list[int] = []
    pool = pipeline.process_pool
    monkeypatch.setattr(pipeline, "process_pool", lambda n, *a: asked.append(n) or pool(n, *a))
    outputs = {}
    for workers in ("1", "2"):
        result = CliRunner().invoke(app, ["annotate", str(in_dir), str(tmp_path / workers), "--format", "timeml",
                                          "--lang", "en", "--workers", workers])
        assert result.exit_code == 1  # the broken file
        problems = [line for line in result.output.splitlines() if line.startswith(("warning", "failed"))]
        assert [p.split()[1].rsplit("/", 1)[-1].rstrip(":") for p in problems] == ["d05.tml.TE3input",
                                                                                  "d07b.tml.TE3input"]
        outputs[workers] = ({p.name: p.read_bytes() for p in (tmp_path / workers).iterdir()}, problems)
    assert asked == [2]  # the second run only, for the 11 files after the first (~165 KB)
    assert outputs["1"] == outputs["2"] and len(outputs["1"][0]) == 12


def test_raw_offsets_point_at_each_plain_character_in_the_raw_file() -> None:
    """`raw_offsets` (runs, not a number per character): a copied character points at itself,
    an entity's characters at its "&", a closing tag standing for a line break at its "<", and
    one more entry at the end of the <TEXT> content; read by index, from the end, by slice."""
    raw = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2008-01-09">2008-01-09</TIMEX3></DCT>'
           '<TEXT>A &amp; B <TIMEX3 tid="t1" type="DATE" value="2008">2008</TIMEX3>'
           '<s>one .</s><s>two &#233;&lt;</s></TEXT></TimeML>')
    doc = parse_timeml(raw)
    assert doc.text == "A & B 2008one .\ntwo é<"
    offsets = doc.raw_offsets
    assert len(offsets) == len(doc.text) + 1 and offsets[-1] == offsets[len(doc.text)] == raw.index("</TEXT>")
    for i, ch in enumerate(doc.text):
        at = raw[offsets[i]]
        assert at == ch or at == "&" and ch in "&é<" or at == "<" and ch == "\n", (i, ch, at)
    amp, nl = raw.index("&amp;"), raw.index("</s><s>two")
    assert list(offsets) == offsets[:] == [offsets[i] for i in range(len(offsets))]
    assert offsets[2] == amp and offsets[1] == amp - 1 and offsets[3] == amp + 5
    assert offsets[doc.text.index("\n")] == nl and offsets[doc.text.index("é")] == offsets[doc.text.index("é") + 1] - 6
    assert offsets == list(offsets) and offsets[-2] == raw.index("&lt;")
    try:
        offsets[len(offsets)]
    except IndexError:
        pass
    else:
        raise AssertionError("an index past the end is an IndexError, as for a list")
