"""Saved timelines follow the corpus: an update after each ingest gives exactly the timeline
computed from scratch, and the history says what changed because of which article."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path

import numpy as np
import pytest

from dateline.ingest import make_article
from dateline.model import Article
from dateline.pipeline import analyse
from dateline.render.jsonout import timeline_dict
from dateline.saved import save_timeline, update_timelines
from dateline.store import DAY_ROW, Repository, StoreError, open_store
from dateline.timeline import build

# Sentences written for this test: {d} a date, {c} a town, {o} an organization.
EN = ["The {o} board met in {c} on {d} to approve the flood plan.",
      "Residents said the river rose two metres overnight.",
      "The {o} promised new pumps for {c} before the winter.",
      "Critics said the money arrives too late for the farmers."]
ES = ["La junta de {o} se reunió en {c} el {d} para aprobar el plan contra las inundaciones.",
      "Los vecinos dijeron que el río subió dos metros durante la noche.",
      "{o} prometió nuevas bombas para {c} antes del invierno.",
      "Los críticos afirmaron que el dinero llega tarde para los agricultores."]
MONTHS_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
TOWNS = ["Velna", "Harlow", "Orrin", "Tarnby"]
ORGS = ["Rivers Agency", "Delta Fund", "Harbour Trust"]


def _written(day: dt.date, lang: str) -> str:
    if lang == "es":
        return f"{day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"
    return day.strftime("%B ") + f"{day.day}, {day.year}"


def _articles(rng: random.Random, start: int, count: int, earlier: list[Article]) -> list[Article]:
    """Analysed articles: two languages, a sixth undated (half of them with a date inferred),
    some exact wire copies and near copies (a dateline prefixed) of earlier articles from
    other outlets; the copy of an undated article may bring the date it lacked."""
    made: list[Article] = []
    for number in range(start, start + count):
        if earlier and rng.random() < 0.2:
            original = rng.choice(earlier)
            text = original.text if rng.random() < 0.5 else f"{rng.choice(TOWNS).upper()} — {original.text}"
            # A copy of an undated article may come dated: it then dates the text.
            date = original.date if original.date and not original.date_inferred else \
                rng.choice((None, dt.date(2024, 4, 20) + dt.timedelta(days=rng.randrange(5))))
            made.append(analyse(make_article(text, id=f"copy-{number}", date=date,
                                             lang=original.lang, path=f"outlet{number % 3}/copy-{number}")))
            continue
        lang = rng.choice(("en", "es"))
        event = dt.date(2024, 3, 1) + dt.timedelta(days=rng.randrange(40))
        fill = {"d": _written(event, lang), "c": rng.choice(TOWNS), "o": rng.choice(ORGS)}
        sentences = rng.sample(EN if lang == "en" else ES, k=3)
        text = " ".join(s.format(**fill) for s in sentences)
        published = None if rng.random() < 0.17 else event + dt.timedelta(days=rng.randrange(3))
        article = make_article(text, id=f"a-{number}", date=published, lang=lang,
                               path=f"outlet{number % 3}/a-{number}")
        if published is None and rng.random() < 0.5:  # as if dated from its text, a day late
            article.date, article.date_inferred = event + dt.timedelta(days=1), True
        made.append(analyse(article))
    return made


def _unpack_terms(data: bytes) -> dict[int, int]:
    """Term number -> count, from `dateline.saved.live.pack_terms`."""
    return dict(np.frombuffer(data, dtype="<i4").reshape(-1, 2).tolist())


def _sums(store: Repository, timeline_id: int) -> dict[str, list[tuple]]:
    """The sums a saved timeline keeps (SQLite store tables), its id left out; terms by their
    text (their numbers depend on the order texts came in)."""
    db = store.db  # type: ignore[attr-defined]
    sums = {table: sorted(row[1:] for row in db.execute(f"SELECT * FROM {table} WHERE timeline_id = ?",
                                                        (timeline_id,)))
            for table in ("timeline_texts", "timeline_votes", "timeline_days", "timeline_lengths")}
    term = dict(db.execute("SELECT number, term FROM timeline_terms WHERE timeline_id = ?", (timeline_id,)))
    df = np.frombuffer(db.execute("SELECT df FROM timeline_state WHERE timeline_id = ?",
                                  (timeline_id,)).fetchone()[0], dtype="<i4")
    assert len(df) == len(term)
    sums["timeline_terms"] = sorted((t, int(df[number])) for number, t in term.items())
    sums["timeline_day_candidates"] = sorted(
        (day, [(*row, sorted((term[t], n) for t, n in _unpack_terms(terms).items())) for *row, terms in found])
        for day, found in _packed(store, timeline_id).items())
    return sums


def _packed(store: Repository, timeline_id: int) -> dict[str, list[tuple[int, int, int, int, int, bytes]]]:
    """Each day's candidates as the saved timeline keeps them packed: (text, position, words,
    on topic, tier, terms), checked to be in (text, position) order, as an update reads them."""
    db = store.db  # type: ignore[attr-defined]
    found = {}
    for day, candidates, terms in db.execute("SELECT day, candidates, terms FROM timeline_day_candidates "
                                             "WHERE timeline_id = ?", (timeline_id,)):
        rows = np.frombuffer(candidates, dtype=DAY_ROW)
        ends = np.cumsum(rows["terms"].astype(np.int64) * 8).tolist()
        assert ends[-1] == len(terms)
        found[day] = [(int(r["text"]), int(r["n"]), int(r["words"]), int(r["on_topic"]), int(r["tier"]),
                       terms[end - 8 * int(r["terms"]):end]) for r, end in zip(rows, ends)]
        keys = [row[:2] for row in found[day]]
        assert keys == sorted(set(keys))
    return found


def _same(store: Repository, timeline_id: int, params: dict) -> None:
    """The updated timeline, and every sum it keeps, equal those computed from scratch on
    the same corpus."""
    updated = store.saved_timeline(timeline_id)
    fresh_id = save_timeline(store, "fresh", params)
    fresh = store.saved_timeline(fresh_id)
    assert updated is not None and fresh is not None
    assert updated.result == fresh.result
    assert _sums(store, timeline_id) == _sums(store, fresh_id)
    store.delete_timeline(fresh_id)


@pytest.mark.parametrize("params", [{"q": ["velna"]}, {"q": ["flood", "inundaciones"], "dates": 4},
                                    {"from": "2024-03-10", "to": "2024-03-30"}])
def test_updates_equal_a_computation_from_scratch(tmp_path: Path, params: dict) -> None:
    rng = random.Random(16)
    with open_store(tmp_path / "c.sqlite") as store:
        first = _articles(rng, 0, 30, [])
        store.add(first)
        timeline_id = save_timeline(store, "followed", params)
        assert store.saved_timeline(timeline_id).result["entries"]
        earlier = list(first)
        for round_ in range(3):
            batch = _articles(rng, 100 * (round_ + 1), 12, earlier)
            earlier += batch
            store.add(batch)
            update_timelines(store)
            _same(store, timeline_id, params)
        assert update_timelines(store) == {timeline_id: 0}  # nothing new: nothing to do


def _built(store: Repository, query: list[str]) -> list[dict]:
    """The entries `timeline.build` gives from every stored article matching the query."""
    articles, outlets, cut = store.timeline_articles(query, limit=10_000)
    assert not cut
    return timeline_dict(build(articles, query=query, outlets=outlets))["entries"]


def test_the_saved_timeline_is_the_timeline_of_its_articles(tmp_path: Path) -> None:
    """Kept sums give what `timeline.build` gives from the same stored articles."""
    rng = random.Random(7)
    with open_store(tmp_path / "c.sqlite") as store:
        store.add(_articles(rng, 0, 40, []))
        store.add(_articles(rng, 100, 10, []))
        timeline_id = save_timeline(store, "velna", {"q": ["velna"]})
        assert store.saved_timeline(timeline_id).result["entries"] == _built(store, ["velna"])


def test_history_names_the_articles_behind_each_change(tmp_path: Path) -> None:
    with open_store(tmp_path / "c.sqlite") as store:
        store.add([analyse(make_article("The Velna dam broke on March 3, 2024, flooding the valley.",
                                        id="dam", date=dt.date(2024, 3, 3), lang="en"))])
        timeline_id = save_timeline(store, "velna", {"q": ["velna"]})
        store.add([analyse(make_article("Velna held a day of mourning on April 9, 2024.",
                                        id="mourning", date=dt.date(2024, 4, 9), lang="en")),
                   analyse(make_article("Harlow opened a new school on April 9, 2024.",
                                        id="school", date=dt.date(2024, 4, 9), lang="en"))])
        assert update_timelines(store)[timeline_id] >= 1
        history = store.timeline_history(timeline_id)
        assert history[0]["change"] == "created"
        appeared = [h for h in history if h["change"] == "appeared" and h["date"] == "2024-04-09"]
        assert appeared and [c["article"] for c in appeared[0]["because"]] == ["mourning"]
        assert "Velna held a day of mourning" in appeared[0]["after"][0]["text"]
        listed = store.saved_timelines()
        assert listed[0].updated is not None and listed[0].params == {"q": ["velna"], "method": "dateline"}
        assert store.delete_timeline(timeline_id) and store.timeline_history(timeline_id) == []


def test_a_bad_method_is_refused(tmp_path: Path) -> None:
    with open_store(tmp_path / "c.sqlite") as store, pytest.raises(ValueError, match="unknown method"):
        save_timeline(store, "x", {"method": "nope"})


def _plain(number: int, text: str, day: dt.date | None) -> Article:
    return analyse(make_article(text, id=f"p-{number}", date=day, lang="en", path=f"outlet/p-{number}"))


def _dates(store: Repository, timeline_id: int) -> list[str]:
    return [e["date"] for e in store.saved_timeline(timeline_id).result["entries"]]


def test_a_text_published_on_a_day_it_does_not_speak_of_still_backs_it(tmp_path: Path) -> None:
    """A day's support counts the texts published on it (`timeline.size.support`), also one
    whose sentences all tell of another day: May 10 is announced by one article and is the
    publication day of another, about May 3, so it has two signals and the sized timeline shows
    it. The saved timeline once counted a publication only with a vote of its text for the
    day, missed May 10, and sized itself to May 3 alone."""
    params = {"q": ["Orsk"]}
    with open_store(tmp_path / "c.sqlite") as store:
        store.add([_plain(0, "Velna Orsk said on May 3, 2024 that the Kell bridge was finished.", dt.date(2024, 5, 3)),
                   _plain(1, "Mayor Orsk will open the new Kell river bridge on May 10, 2024.", dt.date(2024, 5, 2))])
        timeline_id = save_timeline(store, "orsk", params)
        store.add([_plain(2, "Orsk toured the harbour of Brask with fishermen on May 3, 2024.", dt.date(2024, 5, 10))])
        update_timelines(store)
        _same(store, timeline_id, params)
        assert _dates(store, timeline_id) == ["2024-05-03", "2024-05-10"]
        assert store.saved_timeline(timeline_id).result["entries"] == _built(store, ["Orsk"])


def test_a_day_that_only_repeated_is_read_again_when_an_update_can_change_it(tmp_path: Path) -> None:
    """A day whose on-topic sentences all repeat one already in the timeline summarizes
    nothing; the next update skips it unread unless the update can change it: a new article
    about that day (May 4, which then leads and is shown), or new articles that lower the
    repeated words' IDF until a sentence (May 6's, cosine 0.57 with May 4's) no longer
    repeats it. The days tie at first, and the later comes first (`default.ranked`)."""
    days = [dt.date(2024, 5, d) for d in range(1, 7)]
    params = {"q": ["Orsk"], "dates": 6}
    with open_store(tmp_path / "c.sqlite") as store:
        store.add([_plain(0, "Mayor Velna Orsk met the harbour council on May 6, 2024.", days[-1])] + [
            _plain(n, f"Mayor Velna Orsk met the harbour council on May {day.day}, 2024, then toured the "
                      "Kell docks with fishermen from Brask and Ulm to discuss new fishing quotas and prices.", day)
            for n, day in enumerate(days[:-1], 1)])
        timeline_id = save_timeline(store, "orsk", params)
        assert _dates(store, timeline_id) == ["2024-05-06"]
        assert store.db.execute("SELECT count(*) FROM timeline_repeats").fetchone()[0] == 5  # type: ignore[attr-defined]
        store.add([_plain(10, "Velna Orsk opened the bridge over the Kell river on May 4, 2024.", days[3])])
        update_timelines(store)
        _same(store, timeline_id, params)
        assert _dates(store, timeline_id) == ["2024-05-04"]  # its sentence now repeats in May 6
        store.add([_plain(100 + n, f"Mayor Velna Orsk met the harbour council again in June {2000 + n}.", None)
                   for n in range(30)])
        update_timelines(store)
        _same(store, timeline_id, params)
        assert _dates(store, timeline_id) == ["2024-05-04", "2024-05-06"]


def _may_1_repeated(store: Repository, params: dict) -> int:
    """Three articles on May 1 and one each on May 2-6, all saying the same of their day: a saved
    timeline of them (its id), where May 2-6 only repeat May 1's sentence."""
    store.add([_plain(n, f"Mayor Velna Orsk met the harbour council on May {day}, 2024{more}.", dt.date(2024, 5, day))
               for n, (day, more) in enumerate([(1, ""), (1, " in the town hall"), (1, " about the port"),
                                                (2, ""), (3, ""), (4, ""), (5, ""), (6, "")])])
    return save_timeline(store, "orsk", params)


def test_a_repeating_day_that_an_update_touches_is_read_again(tmp_path: Path) -> None:
    """May 2-6 only repeat May 1's sentence and are skipped by updates, until an article
    brings May 5 a sentence of its own."""
    params = {"q": ["Orsk"], "dates": 6}
    with open_store(tmp_path / "c.sqlite") as store:
        timeline_id = _may_1_repeated(store, params)
        assert _dates(store, timeline_id) == ["2024-05-01"]
        store.add([_plain(20, "Orsk cut the ribbon of the new Kell river bridge on May 5, 2024.", dt.date(2024, 5, 5))])
        update_timelines(store)
        _same(store, timeline_id, params)
        assert _dates(store, timeline_id) == ["2024-05-01", "2024-05-05"]


def test_an_update_forgets_what_it_knew_of_the_days_it_touches(tmp_path: Path) -> None:
    """May 2-5 only repeat May 1's sentence. An update brings May 9 a stronger story of its
    own, so the walk stops before May 5, and brings May 5 a sentence of its own: what was
    known of May 5 (that it only repeats) must go even though May 5 is not read, or a later
    update that reaches it would skip its new sentence."""
    params = {"q": ["Orsk"], "dates": 2}
    with open_store(tmp_path / "c.sqlite") as store:
        store.add([_plain(n, f"Mayor Velna Orsk met the harbour council on May {day}, 2024{more}.",
                          dt.date(2024, 5, day))
                   for n, (day, more) in enumerate([(1, ""), (1, " in the town hall"), (1, " about the port"),
                                                    (2, ""), (3, ""), (4, ""), (5, "")])])
        timeline_id = save_timeline(store, "orsk", params)
        db = store.db  # type: ignore[attr-defined]
        assert {r[0] for r in db.execute("SELECT day FROM timeline_repeats")} >= {"2024-05-05"}
        store.add([_plain(10 + n, f"Orsk cut the ribbon of the new Kell river bridge on May 9, 2024{more}.",
                          dt.date(2024, 5, 9)) for n, more in enumerate(["", " at dawn", " with the mayor", " in the rain", " before noon"])]
                  + [_plain(20, "Orsk signed the fishing treaty with Brask on May 5, 2024.", dt.date(2024, 5, 5))])
        update_timelines(store)
        _same(store, timeline_id, params)
        assert _dates(store, timeline_id) == ["2024-05-01", "2024-05-09"]
        assert "2024-05-05" not in {r[0] for r in db.execute("SELECT day FROM timeline_repeats")}


def test_repeating_days_whose_repeated_sentence_left_the_timeline_cost_one_pass_more(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """May 2-6 only repeat May 1's sentence. New articles make May 7 lead, and May 1's sentence
    then repeats May 7's and leaves the timeline, so none of May 2-6 may be skipped as before:
    the update reads them in one pass more, not in one pass more per day (it once summarized
    the timeline again for each, and a person's first update on a 4,000-article store took ten
    times a computation from scratch)."""
    from dateline.saved.live import Live

    params = {"q": ["Orsk"], "dates": 6}
    with open_store(tmp_path / "c.sqlite") as store:
        timeline_id = _may_1_repeated(store, params)
        assert store.db.execute("SELECT count(*) FROM timeline_repeats").fetchone()[0] == 5  # type: ignore[attr-defined]
        store.add([_plain(10 + n, f"Mayor Velna Orsk met the harbour council on May 7, 2024{more}.", dt.date(2024, 5, 7))
                   for n, more in enumerate(["", " in the town hall", " about the port", " again", " at noon",
                                             " with the fishermen", " in Brask", " on the quay"])])
        passes = []
        read = Live._days_corpus
        monkeypatch.setattr(Live, "_days_corpus", lambda *args: passes.append(args[1]) or read(*args))
        update_timelines(store)
        monkeypatch.undo()
        assert _dates(store, timeline_id) == ["2024-05-07"]
        assert len(passes) == 2
        _same(store, timeline_id, params)


def test_the_saved_sentence_vectors_are_the_built_ones_to_the_bit(tmp_path: Path) -> None:
    """An update vectorizes the candidate sentences from their kept words; the floats, and
    their order in each row, are those `timeline.build` gets by vectorizing the collection, so
    sums over a row round alike and two sentences of equal score (one template, words of equal
    IDF) tie alike. Once the rows held their terms in alphabetical order and the IDF was rounded
    from float64: a generated 4,000-article store's saved Spanish timeline showed another
    sentence than the built one on one day."""
    rng = random.Random(5)
    params = {"q": ["velna", "inundaciones"]}
    with open_store(tmp_path / "c.sqlite") as store:
        first = _articles(rng, 0, 30, [])
        store.add(first)
        timeline_id = save_timeline(store, "followed", params)
        store.add(_articles(rng, 100, 12, first))
        update_timelines(store)
        assert _vectors_as_built(store, timeline_id, params) > 20


def _vectors_as_built(store: Repository, timeline_id: int, params: dict) -> int:
    """Check that the saved timeline's candidate sentences vectorize, from their kept words, to
    the very floats of `timeline.build`'s rows, in the same order; how many sentences."""
    from dateline.saved.live import _vectors
    from dateline.timeline import prepare

    db = store.db  # type: ignore[attr-defined]
    rows = sorted({row[:2]: (*row[:2], row[-1]) for found in _packed(store, timeline_id).values()
                   for row in found}.values())
    sentences = db.execute("SELECT sum(sentences) FROM timeline_lengths WHERE timeline_id = ?",
                           (timeline_id,)).fetchone()[0]
    pairs = np.frombuffer(b"".join(r[2] for r in rows), dtype="<i4").reshape(-1, 2)
    saved = _vectors(store.timeline_tables(timeline_id).df(), pairs, np.asarray([len(r[2]) // 8 for r in rows]),
                     sentences)[0]
    start = dt.date.fromisoformat(params["from"]) if "from" in params else None
    articles, outlets, _ = store.timeline_articles(params["q"], start=start, limit=10 ** 9)
    corpus, _ = prepare(articles, params["q"], outlets)
    ids = store.collection(params["q"], start=start)
    number = {(ids[a], p): s for s, (a, p) in enumerate(zip(corpus.article_of.tolist(), corpus.position.tolist()))}
    built = corpus.vectors[[number[r[0], r[1]] for r in rows]]
    assert np.array_equal(saved.indptr, built.indptr)
    assert saved.data.tobytes() == built.data.tobytes()
    return len(rows)


def test_an_older_text_joining_the_timeline_computes_it_again(tmp_path: Path) -> None:
    """An undated article's "yesterday" names no day, so its text is out of a timeline from
    May 1. Analysed again by a newer Dateline, with its date (May 3), it joins the timeline
    before a text already counted. The term order the vectors follow is the collection's (its
    texts by id), so the timeline is computed again whole, and equals a computation from
    scratch."""
    params = {"q": ["Orsk"], "from": "2024-05-01"}
    undated = "Velna Orsk opened the Kell bridge yesterday, the mayor said."
    with open_store(tmp_path / "c.sqlite") as store:
        store.add([_plain(0, undated, None),
                   _plain(1, "Mayor Velna Orsk met the harbour council on May 2, 2024.", dt.date(2024, 5, 2))])
        store.db.execute("UPDATE texts SET fingerprint = 'older' WHERE id = 1")  # type: ignore[attr-defined]
        timeline_id = save_timeline(store, "orsk", params)
        store.add([_plain(0, undated, dt.date(2024, 5, 3))])
        update_timelines(store)
        _same(store, timeline_id, params)
        _vectors_as_built(store, timeline_id, params)
        recomputed = [c["after"] for c in store.timeline_history(timeline_id) if c["change"] == "recomputed"]
        assert recomputed == ["a text older than some of the timeline's joined it"]


def test_a_store_of_schema_6_computes_its_saved_timelines_again(tmp_path: Path) -> None:
    """Schema 6 kept each candidate and sentence in a row of its own, and no candidate days per
    text: opened read-only, such a store is refused in one line; opened to write, it drops what
    its saved timelines were computed from (their history stays), and the next update computes
    them again whole, as from scratch."""
    import sqlite3

    params = {"q": ["velna"]}
    path = tmp_path / "c.sqlite"
    rng = random.Random(6)
    with open_store(path) as store:
        store.add(_articles(rng, 0, 20, []))
        timeline_id = save_timeline(store, "followed", params)
        saved, history = store.saved_timeline(timeline_id), store.timeline_history(timeline_id)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("DROP TABLE timeline_texts")  # as schema 6 had them
    db.execute("CREATE TABLE timeline_texts (timeline_id INTEGER NOT NULL, text_id INTEGER NOT NULL, "
               "PRIMARY KEY (timeline_id, text_id)) WITHOUT ROWID")
    db.execute("CREATE TABLE timeline_candidates (timeline_id INTEGER, day TEXT, text_id INTEGER, n INTEGER, "
               "tier INTEGER)")
    db.execute("PRAGMA user_version = 6")
    db.close()
    with pytest.raises(StoreError) as read_only:  # not upgraded read-only: one line saying how
        open_store(path, read_only=True)
    assert "older schema (6)" in str(read_only.value) and "\n" not in str(read_only.value)
    with open_store(path) as store:
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}  # type: ignore[attr-defined]
        assert "timeline_candidates" not in tables and "timeline_texts" in tables
        assert store.timeline_history(timeline_id)[0]["change"] == "created"
        # Its definition, latest result and history stay; when it was brought up to date goes
        # with the state it is computed again from.
        assert store.saved_timeline(timeline_id) == dataclasses.replace(saved, updated=None)
        assert store.timeline_history(timeline_id) == history
        update_timelines(store)
        assert [c["after"] for c in store.timeline_history(timeline_id)
                if c["change"] == "recomputed"] == ["Dateline changed"]
        _same(store, timeline_id, params)


def test_the_word_splitter_is_the_tf_idfs() -> None:
    """The update's word splitter gives the words `Corpus.build`'s TF-IDF gives, on text mixing
    scripts, digits, underscores, apostrophes and one-letter words; and it is not a splitter
    on blanks (which would keep one-letter words and punctuation)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from dateline.saved.live import _tokenizer

    tokens, expected = _tokenizer(), TfidfVectorizer(lowercase=False).build_tokenizer()
    rng = random.Random(5)
    alphabet = "ab z_9é'’-.,:;\n\t ñß日本語ال1 ΩωДж\u0301\u200b"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(3000)]
    texts += ["a bc d'ef 12 x_y , l'état 3.5 km"]
    assert [tokens(t) for t in texts] == [expected(t) for t in texts]
    assert tokens(texts[-1]) != texts[-1].split()


@pytest.mark.parametrize("seed", range(4))
def test_the_repeating_days_terms_are_each_days_own(seed: int) -> None:
    """`Live._group_terms` (every repeating day's terms in one `np.unique`) gives each group of
    rows the bytes one `np.unique` of its rows' columns gives, groups empty or overlapping,
    rows repeated, in any order; and none for no group."""
    from scipy import sparse

    from dateline.saved.live import Live, _Days, _Keys

    rng = np.random.default_rng(seed)
    vectors = sparse.random(200, 300, density=0.03, format="csr", dtype=np.float32, random_state=seed)
    read = _Days(_Keys(np.arange(200), np.zeros(200, dtype=np.int64)))
    read.corpus = dataclasses.replace(_empty_corpus(), vectors=vectors)
    read.numbers = rng.permutation(5000)[:300].astype(np.intp)
    read.df = rng.integers(1, 90, 300)
    groups = [rng.integers(0, 200, rng.integers(0, 6)).tolist() for _ in range(150)]
    expected = []
    for group in groups:
        columns = np.unique(vectors[group].indices) if group else np.zeros(0, dtype=np.int32)
        expected.append(np.stack([read.numbers[columns], read.df[columns]], axis=1).astype("<i4").tobytes())
    assert Live._group_terms(read, groups) == expected
    assert any(not group for group in groups) and any(expected)
    assert Live._group_terms(read, []) == []


def _empty_corpus():  # noqa: ANN202  (a Corpus of no sentence; `_group_terms` reads its vectors alone)
    from scipy import sparse

    from dateline.timeline import Corpus, Query

    return Corpus(articles=[], texts=[], article_of=np.zeros(0, dtype=np.int64), position=np.zeros(0, dtype=np.int64),
                  words=np.zeros(0, dtype=np.int64), mentions=[], matches=np.zeros(0, dtype=bool),
                  vectors=sparse.csr_matrix((0, 0), dtype=np.float32), query=Query.of(None))


def test_a_changed_date_credits_only_the_articles_that_speak_of_it(tmp_path: Path) -> None:
    """Five articles of April made the collection larger, so the March date, which none of them
    speaks of, shows more sentences: its "changed" row named all five; it names none, and says
    the collection moved it, while each April date names its own articles."""
    from dateline.saved import history

    said = ["held a vote", "opened a school", "closed the road", "met the council", "paid the farmers",
            "rebuilt the bridge", "hired nurses", "planted trees", "raised taxes", "moved the market"]

    def told(number: int, day: dt.date) -> Article:  # five sentences of their own (no copies)
        text = " ".join(f"{TOWNS[number % 4]} and Velna {said[(number + k) % 10]} with {ORGS[k % 3]} on "
                        f"{day:%B} {day.day}, {day.year}." for k in range(5))
        return analyse(make_article(text, id=f"a{number}", date=day, lang="en"))

    with open_store(tmp_path / "c.sqlite") as store:
        store.add([told(0, dt.date(2024, 3, 3))])
        timeline_id = save_timeline(store, "velna", {"q": ["velna"]})
        store.add([told(n, dt.date(2024, 4, 1) + dt.timedelta(days=n)) for n in range(1, 6)])
        update_timelines(store)
        rows = history(store, timeline_id)
    march = [r for r in rows if r["date"] == "2024-03-03" and r["change"] == "changed"]
    assert march and march[0]["because"] == [] and "no new article speaks of this day" in march[0]["reason"]
    created = [r for r in rows if r["date"] == "2024-03-03" and r["change"] == "appeared"]
    assert created and "reason" not in created[0]  # the "created" row says why
    april = [r for r in rows if r["date"] and r["date"].startswith("2024-04")]
    assert april and all(r["because"] and "reason" not in r for r in april)
    assert all(c["date"] == r["date"] for r in april for c in r["because"])  # each its own day's


def test_a_saved_timeline_summarizes_with_headlines_as_a_fresh_one_does(tmp_path: Path) -> None:
    """A feed item's title opening its text is a candidate like its other sentences (decided
    when its text is analysed, `timeline.default`): the saved timeline gives what `build` gives."""
    stories = [("Barrier gates tested before the floods", dt.date(2024, 3, 8),
                "Engineers tested the Velna barrier on Thursday, closing its gates for two hours. "
                "The test showed that the old gates still hold the water."),
               ("Council votes Velna maintenance budget", dt.date(2024, 3, 13),
                "The city council voted on Tuesday a budget of four million euros for the Velna barrier. "
                "The mayor said the works would start in April.")]
    params = {"q": ["velna", "barrier"], "sentences": 2}
    with open_store(tmp_path / "c.sqlite") as store:
        store.add([analyse(make_article(f"{title}\n{text}", id=f"h-{n}", date=day, lang="en", title=title,
                                        path=f"feed/h-{n}"))
                   for n, (title, day, text) in enumerate(stories)])
        timeline_id = save_timeline(store, "velna", params)
        entries = store.saved_timeline(timeline_id).result["entries"]
        articles, outlets, _ = store.timeline_articles(params["q"], limit=10_000)
        assert entries == timeline_dict(build(articles, query=params["q"], sentences=2, outlets=outlets))["entries"]
        said = [s["text"] for e in entries for s in e["sentences"]]
        assert said and {title for title, _, _ in stories} & set(said)


def test_a_new_version_of_an_article_replaces_the_old_one_in_the_corpus_and_its_timelines(tmp_path: Path) -> None:
    """A feed item (or a page, or a file edited in place) stored again with another text was
    kept beside its old version: search and timelines showed both. Now the new version replaces
    the old one (same source, id and URL), and a saved timeline holding the old text is
    computed again: it equals one saved afresh. A record named by its place in a file
    ("export.jsonl:3") is another article when the file changes: both stay."""
    from dateline.store import KNOWN, NEW, REVISED

    def item(text: str, *, id: str = "https://courier.example.org/pier", day: int = 19) -> Article:
        return analyse(make_article(text, id=id, date=dt.date(2026, 11, day), lang="en", path="courier.rss",
                                    url=None if id.startswith("export") else id))

    old = item("The Velna pier closed on Thursday after a storm, and Velna ferries use the southern quay.")
    fund = item("The Velna council approved a flood fund on Friday.", id="https://courier.example.org/fund", day=20)
    with open_store(tmp_path / "c.sqlite") as store:
        assert [a.outcome for a in store.add([old, fund])] == [NEW, NEW]
        params = {"q": ["velna"]}
        timeline_id = save_timeline(store, "velna", params)
        new = item("The Velna pier closed on Thursday after a storm; repairs start on Monday, November 23, "
                   "the harbour master said, and take ten days.")
        assert [a.outcome for a in store.add([new, fund])] == [REVISED, KNOWN]
        assert [h.text for h in store.search("quay")] == []  # the old text is gone
        assert store.info().texts == 2 and store.info().articles == 2
        before = _said(store, timeline_id)
        assert update_timelines(store)[timeline_id] > 0
        _same(store, timeline_id, params)
        said = _said(store, timeline_id)
        assert any("ferries" in s for s in before) and not any("ferries" in s for s in said)
        assert any("repairs start" in s for s in said)
        [why] = [c for c in store.timeline_history(timeline_id) if c["change"] == "recomputed"]
        assert why["after"] == "an article was replaced by a newer version"
        assert [a["id"] for a in why["because"]] == [store.search("repairs")[0].article_id]
        # a correction of a few words is a near copy of the old text: its row takes the new one
        corrected = item(new.text.replace("ten days", "twelve days"))
        assert store.add([corrected])[0].outcome == REVISED
        [shown] = [a for a in store.articles([store.search("harbour master")[0].article_id])]
        assert "twelve days" in shown.article.text and store.info().articles == 2
        # records named by their line: another article at line 1 today, both kept
        store.add([item("The Velna museum reopened on Monday.", id="export.jsonl:1")])
        assert store.add([item("The Harlow ferry was cancelled on Monday.", id="export.jsonl:1")])[0].outcome == NEW
        assert store.info().texts == 4


def _said(store: Repository, timeline_id: int) -> list[str]:
    return [s["text"] for e in store.saved_timeline(timeline_id).result["entries"] for s in e["sentences"]]
