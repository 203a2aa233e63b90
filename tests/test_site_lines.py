"""A collection's site lines: what the pages of one site repeat over different stories.

A scraped collection's pages carry their site's name line and "latest news" teasers, written
when the pages were crawled; the per-line rules do not know a site's name. Over two pages
that tell different stories such a line is the site's furniture, which also makes each page
a served page, whose lone late date line is the crawl's (`test_page_dates`). Lines that the
copies of one story share, and a wire dateline on a line of its own, stay the story's.
Each language has, written by hand: a site's name line, a teaser of the crawl's days, and a
second story's sentence (the first story and the crawl date are `test_page_dates.PAGES`').
"""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.ingest import make_article
from dateline.ingest.boilerplate import SITE, SITE_WORDS, furniture, site_key, site_lines
from dateline.temporal import date_article, with_site_lines
from tests.test_page_dates import PAGES

# (a site's name line, a teaser of another article written at the crawl, a sentence of another story)
SITES = {
    "en": ("The Riverton Courier - News from the valley",
           "Airport to reopen to flights on November 15",
           "The town council approved the budget for the new bridge in 2011 after a long debate."),
    "es": ("El Correo de Riverton - Noticias del valle",
           "El aeropuerto reabrirá a los vuelos el 15 de noviembre",
           "El ayuntamiento aprobó en 2011 el presupuesto del nuevo puente tras un largo debate."),
    "fr": ("Le Courrier de Riverton - L'actualité de la vallée",
           "L'aéroport rouvrira aux vols le 15 novembre",
           "Le conseil municipal a approuvé en 2011 le budget du nouveau pont après un long débat."),
    "it": ("Il Corriere di Riverton - Notizie dalla valle",
           "L'aeroporto riaprirà ai voli il 15 novembre",
           "Il consiglio comunale ha approvato nel 2011 il bilancio del nuovo ponte dopo un lungo dibattito."),
    "de": ("Der Riverton-Kurier - Nachrichten aus dem Tal",
           "Flughafen öffnet am 15. November wieder für Flüge",
           "Der Stadtrat hat 2011 nach langer Debatte den Haushalt für die neue Brücke gebilligt."),
    "pt": ("O Correio de Riverton - Notícias do vale",
           "Aeroporto reabre aos voos a 15 de novembro",
           "A câmara municipal aprovou em 2011 o orçamento da nova ponte após um longo debate."),
    "ru": ("Ривертонский курьер - Новости долины",
           "Аэропорт возобновит полёты 15 ноября",
           "Городской совет в 2011 году после долгих споров утвердил бюджет нового моста."),
    "ar": ("بريد ريفرتون - أخبار الوادي",
           "المطار يستأنف الرحلات في 15 نوفمبر",
           "وافق المجلس البلدي في 2011 على ميزانية الجسر الجديد بعد نقاش طويل."),
}
LANGS = sorted(SITES)
assert sorted(PAGES) == LANGS


def _pages(lang: str) -> list[str]:
    """Two pages of one site, crawled on one day years later, with different stories of 2011."""
    crawl, _stamp, _first, second = PAGES[lang]
    name, teaser, other = SITES[lang]
    return ["\n".join([name, crawl, second, second, teaser]), "\n".join([name, crawl, other, other, teaser])]


@pytest.mark.parametrize("lang", LANGS)
def test_a_site_name_and_a_teaser_on_two_stories_pages_are_site_lines(lang: str) -> None:
    name, teaser, other = SITES[lang]
    crawl, _stamp, _first, second = PAGES[lang]
    found = site_lines(_pages(lang))
    assert found == {site_key(name), site_key(teaser)}  # not the crawl date: the page-date rule's
    marked = {_pages(lang)[0][s:e] for s, e, why in furniture(_pages(lang)[0], site=found) if why == SITE}
    assert marked == {name, teaser}


@pytest.mark.parametrize("lang", LANGS)
def test_the_copies_of_one_story_keep_their_headline(lang: str) -> None:
    """Three outlets' copies of a wire story share its headline and its paragraphs: one story,
    whose headline is not a site's; the outlets' own names are on one page each."""
    _crawl, _stamp, first, second = PAGES[lang]
    name, _teaser, other = SITES[lang]
    paragraph = f"{first} {second} {other}"
    assert len(paragraph.split()) > SITE_WORDS
    headline = second.rstrip(".")
    copies = ["\n".join([f"{name} {n}", headline, paragraph]) for n in range(3)]
    assert site_lines(copies) == frozenset()


@pytest.mark.parametrize("line", ["WASHINGTON (AP) --", "MIAMI _", "PARIS (AFP) -", "Beirut:"])
def test_a_dateline_on_its_own_line_is_the_story_s(line: str) -> None:
    """Wire stories of different days open with the same place: the line leads into the story."""
    _crawl, _stamp, _first, second = PAGES["en"]
    other = SITES["en"][2]
    assert site_lines([f"{line}\n{second}", f"{line}\n{other}"]) == frozenset()


@pytest.mark.parametrize("lang", LANGS)
def test_a_site_s_date_of_the_day_over_its_pages_does_not_date_them(lang: str) -> None:
    """Alone, a page with no furniture the rules know keeps its late date line as its own
    (wire copy has no site clock); beside another page of its site, it is a served page, and
    the date line is the crawl's: left out, it bounds publication from above."""
    articles = [make_article(text, id=f"{lang}-{n}", lang=lang) for n, text in enumerate(_pages(lang))]
    crawl_day = dt.date(2020, 11, 11)
    assert date_article(articles[0]).date == crawl_day
    site = with_site_lines(articles)
    for article in articles:
        guess = date_article(article, min_confidence=0.0, site=site)
        assert guess.date != crawl_day and (guess.date is None or guess.date < crawl_day), guess
        assert any(s.boilerplate and s.text == SITES[lang][0] for s in article.sentences)


def test_dateline_date_reads_a_folder_as_one_collection(tmp_path) -> None:
    """`dateline date` on a folder: each page's site lines are found across the others."""
    for n, text in enumerate(_pages("en")):
        (tmp_path / f"page{n}.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["date", str(tmp_path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert '"date": "2020-11-11"' not in result.output
    assert "existed by 2020-11-11" in result.output  # the crawl's day bounds publication
    alone = CliRunner().invoke(app, ["date", str(tmp_path / "page0.txt"), "--lang", "en"])
    assert '"date": "2020-11-11"' in alone.output


@pytest.mark.parametrize(("lang", "workers"), [*((lang, 1) for lang in LANGS), ("es", 2)])
def test_the_pipeline_reads_undated_pages_as_one_collection(tmp_path, lang: str, workers: int) -> None:
    """`process` (what `dateline timeline` and `ingest` run) finds the undated pages' site
    lines as `dateline date` does: the site's name is marked (left out of dating and of the
    timeline's sentences), and the crawl's date line does not date the pages. One page alone
    is still dated by its date line."""
    from dateline.pipeline import process

    for n, text in enumerate(_pages(lang)):
        (tmp_path / f"page{n}.txt").write_text(text, encoding="utf-8")
    crawl_day = dt.date(2020, 11, 11)
    articles = list(process([tmp_path], lang=lang, workers=workers))
    assert len(articles) == 2
    for article in articles:
        assert article.date != crawl_day, (article.date, article.date_source)
        assert any(s.boilerplate and s.text == SITES[lang][0] for s in article.sentences)
    alone = list(process([tmp_path / "page0.txt"], lang=lang))
    assert alone[0].date == crawl_day
