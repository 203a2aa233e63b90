"""Near-duplicates: wire copies found with MinHash LSH, counted as one text with many outlets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from dateline.ingest import make_article
from dateline.ingest.dedup import NearDuplicates, collapse, originals, shingle_hashes, signature, signature_of
from dateline.temporal import annotate
from dateline.timeline import build
from dateline.timeline.corpus import Corpus
from dateline.timeline.dates import articles_published
from dateline.timeline.base import Size

# Per language: a wire story, and a different story on the same subject.
STORIES = {
    "en": ("The foreign ministers of both countries met in the capital on Monday to discuss the "
           "trade agreement signed last year, officials said. The talks lasted three hours and "
           "ended with a joint statement on energy cooperation and new investment in the north.",
           "Heavy rain flooded the northern provinces on Monday, forcing thousands of residents "
           "to leave their homes, the emergency ministry said in a statement on its website."),
    "es": ("Los ministros de Exteriores de ambos países se reunieron el lunes en la capital para "
           "hablar del acuerdo comercial firmado el año pasado, según fuentes oficiales. Las "
           "conversaciones duraron tres horas y terminaron con una declaración conjunta.",
           "Las lluvias inundaron el lunes las provincias del norte y miles de vecinos tuvieron "
           "que dejar sus casas, informó el ministerio de emergencias en un comunicado."),
    "ru": ("Министры иностранных дел двух стран встретились в понедельник в столице, чтобы "
           "обсудить торговое соглашение, подписанное в прошлом году, сообщили официальные лица. "
           "Переговоры продолжались три часа и завершились совместным заявлением.",
           "Сильные дожди затопили в понедельник северные провинции, тысячи жителей покинули свои "
           "дома, сообщило министерство по чрезвычайным ситуациям на своем сайте."),
    "ar": ("التقى وزيرا خارجية البلدين في العاصمة يوم الاثنين لمناقشة الاتفاق التجاري الذي وقع "
           "العام الماضي، بحسب مسؤولين. واستمرت المحادثات ثلاث ساعات وانتهت ببيان مشترك حول "
           "التعاون في مجال الطاقة والاستثمار الجديد في الشمال.",
           "أغرقت الأمطار الغزيرة المحافظات الشمالية يوم الاثنين، وأجبرت آلاف السكان على مغادرة "
           "منازلهم، بحسب ما أعلنت وزارة الطوارئ في بيان على موقعها."),
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_wire_copies_are_found_and_other_stories_are_not(lang: str) -> None:
    story, other = STORIES[lang]
    copy = "AGENCY — " + story + " (reporting by staff)"
    follow_up = story + " " + other + " " + other.upper()  # a longer piece built on the story
    assert originals([story, copy, other, copy.upper(), follow_up]) == [0, 0, 2, 0, 4]


def test_stored_signatures_index_like_texts() -> None:
    story, other = STORIES["en"]
    index = NearDuplicates()
    assert index.add("a", hashvalues=np.frombuffer(signature(story).tobytes(), np.uint32)) is None
    assert index.add("b", other) is None
    assert index.add("c", "Reuters: " + story) == "a"
    assert len(index) == 2  # a copy stands for nothing new
    with pytest.raises(ValueError):
        index.add("a", story)


def _article(id: str, text: str, day: dt.date) -> object:
    return annotate(make_article(text, id=id, date=day, lang="en"))


def test_copies_count_as_outlets_of_one_text() -> None:
    story, other = STORIES["en"]
    day, later = dt.date(2023, 3, 20), dt.date(2023, 3, 21)
    articles = [_article("a", story, day), _article("b", "AP: " + story, day),
                _article("c", story + " More to come.", day), _article("d", other, later)]
    kept, outlets = collapse(articles)
    assert [a.id for a in kept] == ["a", "d"] and outlets == [3, 1]
    corpus = Corpus.build(kept, outlets=outlets)
    assert articles_published(corpus, Size(2, 1)) == {day: 3, later: 1}
    for method in ("dateline", "datewise", "clust"):
        timeline = build(articles, method=method, dates=2)
        cited = [s.article_id for e in timeline.entries for s in e.sentences]
        assert "b" not in cited and "c" not in cited, method
        assert any("2 near-duplicate" in n for n in timeline.notes)


def test_a_signature_is_the_same_whatever_the_order_of_its_shingle_hashes() -> None:
    """A reading worker hashes a text's shingles (`shingle_hashes`, a set's order, which another
    process's hash seed changes) and the index finishes the signature (`signature_of`)."""
    for story, other in STORIES.values():
        hashes = shingle_hashes(story + " " + story)
        assert len(set(hashes)) == len(hashes) == len(shingle_hashes(story)) + 2  # a shingle once
        hashes = shingle_hashes(story)
        assert np.array_equal(signature_of(hashes[::-1]), signature(story))
        assert np.array_equal(signature_of(np.roll(hashes, 3)), signature(story))
        assert not np.array_equal(signature_of(shingle_hashes(other)), signature(story))
    assert np.array_equal(signature_of(shingle_hashes("")), signature(""))


def test_collapse_finds_the_same_copies_from_the_hashes_it_is_given() -> None:
    story, other = STORIES["es"]
    day = dt.date(2011, 3, 20)
    articles = [_article("a", story, day), _article("b", other, day), _article("c", "EFE: " + story, day)]
    given = [shingle_hashes(a.text) for a in articles]
    kept, outlets = collapse(articles, hashes=given)
    assert ([a.id for a in kept], outlets) == (["a", "b"], [2, 1])
    assert collapse(articles) == (kept, outlets)
    # the hashes are the articles': another article's give another answer
    assert collapse(articles, hashes=[given[0], given[1], given[1]])[1] == [1, 2]
    with pytest.raises(ValueError, match="2 shingle hashes for 3 articles"):
        collapse(articles, hashes=given[:2])


def test_the_reading_workers_hand_on_each_articles_shingle_hashes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`process(hashes=...)` gets every article's hashes, in the order the articles come,
    computed by the workers (none in this process) for read files, dated or undated, and by this
    process for the articles a store gives back."""
    from dateline import pipeline
    from dateline.pipeline import process
    from dateline.store import ArticleStore

    story, other = STORIES["en"]
    monkeypatch.setattr(pipeline, "BATCH_BYTES", 2000)
    for k, day in enumerate(("2023-03-20", "2023-03-21")):  # each file above BATCH_BYTES: two batches
        (tmp_path / "news" / day).mkdir(parents=True)
        (tmp_path / "news" / day / "long.txt").write_text(
            " ".join(f"{story} Part {k}-{i}." for i in range(10)), encoding="utf-8")
        assert len((tmp_path / "news" / day / "long.txt").read_text()) > pipeline.BATCH_BYTES
    (tmp_path / "news" / "undated-1.txt").write_text(other, encoding="utf-8")  # dated one per task
    (tmp_path / "news" / "undated-2.txt").write_text("Reuters - " + story, encoding="utf-8")
    here: list[str] = []
    real = pipeline.shingle_hashes

    def counted(text: str) -> np.ndarray:
        here.append(text)
        return real(text)

    monkeypatch.setattr(pipeline, "shingle_hashes", counted)
    with ArticleStore(tmp_path / "store.sqlite") as store:
        for run in ("read", "stored"):
            hashes: list[np.ndarray] = []
            articles = list(process([tmp_path / "news"], workers=2, store=store, hashes=hashes))
            assert len(articles) == len(hashes) == 4
            for article, given in zip(articles, hashes):
                assert np.array_equal(np.sort(given), np.sort(real(article.text))), run
            assert articles[-1].date is not None  # the undated copy took its twin's date
            assert len(here) == (0 if run == "read" else 4), run
    assert list(process([tmp_path / "news"])) == articles
