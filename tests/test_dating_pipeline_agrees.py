"""The pipeline dates an undated article as `dateline date` does: one reading of its text for
dating, which the pipeline takes from the same search as its full tagging pass. The two
differed wherever a rule outside the dating pass took a date's words ("yesterday, Thursday"
in "yesterday, Thursday 7 March 2024": `dateline date` said 2024-03-08, the timeline nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ingest import inputs, read_input
from dateline.ingest.reader import make_article
from dateline.model import Article
from dateline.pipeline import date_and_annotate
from dateline.temporal import date_article
from dateline.temporal.annotate import tagger_for_language
from dateline.temporal.calibration import shipped_answer
from dateline.temporal.dating import article_mentions, article_readings

TEXTS = [
    ("en", "Engineers tested the barrier yesterday, Thursday 7 March 2024, closing its gates. "
           "The council will vote on the budget next week."),
    ("es", "Ayer, miércoles 6 de marzo de 2024, el ministro dimitió tras un largo debate. "
           "El Parlamento se reunirá la próxima semana."),
    ("fr", "Hier, mercredi 6 mars 2024, le ministre a démissionné après un long débat. "
           "Le Parlement se réunira la semaine prochaine."),
    ("de", "Gestern, Mittwoch, 6. März 2024, trat der Minister nach einer langen Debatte zurück. "
           "Das Parlament tagt nächste Woche wieder."),
]


def _both(lang: str, text: str) -> tuple[tuple[object, float], tuple[object, float]]:
    """(date, confidence) from `dateline date`'s path and from the pipeline's, on one text."""
    guess = date_article(make_article(text, id="t", lang=lang))
    piped = date_and_annotate(make_article(text, id="t", lang=lang), None, None)
    return (guess.date, guess.confidence if guess.date else 0.0), (piped.date, piped.date_confidence or 0.0)


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_pipeline_dates_as_date_command(lang: str, text: str) -> None:
    alone, piped = _both(lang, text)
    assert piped == alone
    assert alone[0] is not None and alone[1] >= shipped_answer()  # the text says its date


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_agreement_whatever_rules_outside_dating_find(lang: str, text: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # Take the rules that found the full date out of the dating pass: the full pass still finds
    # it, the dating pass does not, and the pipeline must date as `dateline date` does (it dated
    # from the full pass's mentions, and so answered where `dateline date` did not).
    tagger = tagger_for_language(lang)[0]
    dated = [m for m in tagger.find(text) if "2024" in text[m.start:m.end]]
    assert dated
    for compiled in tagger.rules:
        if compiled.rule.name in {name for m in dated for name in m.rules}:
            monkeypatch.setattr(compiled.rule, "dating", False)
    alone, piped = _both(lang, text)
    assert piped == alone


@pytest.mark.shared_data
def test_pages_read_alike(shared_data: Path) -> None:
    # Scraped pages with furniture (menus, comments): the pipeline's dating reading, from its one
    # search, is the one `date_article` makes alone, mention for mention, tense and all.
    pages: list[Article] = []
    for item in inputs([shared_data / "ml-crisis" / "es" / "egypt"]):
        pages.extend(a for a in read_input(item, lang="es") if any(s.boilerplate for s in a.sentences))
        if len(pages) >= 30:
            break
    assert len(pages) >= 30
    for article in pages:
        full, dating = article_readings(article)
        assert dating == article_mentions(article)
        assert full == tagger_for_language("es")[0].analyze(article.text, article.sentence_spans())
