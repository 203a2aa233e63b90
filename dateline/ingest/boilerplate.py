"""Page furniture in plain text: which lines of an article are not the article.

Text copied or scraped from a web page keeps the page's menus, share buttons, "related
articles" lists with other articles' headlines and dates, cookie banners and copyright lines,
written when the page was crawled, years after the article. They are marked here so that
dating and timelines can leave them out; they stay in the article's text.

Why by hand: the well-kept extractors (trafilatura, jusText, boilerpy3, goose3) classify the
blocks of an HTML page by its markup (link density, tags, DOM position). On plain text they
have nothing of that: jusText, the one that also weighs words, marks every short line (a
headline, a date stamp, a dateline) as furniture, the lines dating needs most. HTML pages go
through trafilatura at ingest; what is left, and every plain text, is read line by line here.

A line is furniture by one of a few rules, each with its reason:

- **legal**: ©, or a copyright, privacy, terms or cookie phrase, in a line of modest length;
- **furniture words**: a short line that opens with a share, subscribe, comment, advertising
  or "related articles" phrase, or is made only of navigation words and separators; a line of
  any length up to a teaser's that opens with a "related articles" phrase and a colon: the
  heading and its list of other articles' headlines on one line ("Noticias relacionadas: A · B",
  "Читайте также: ...");
- **comment policy**: a line of modest length that names the comments and how they are moderated
  ("This site reserves the right not to publish comments..."), or a short count of them with
  no end punctuation ("Se han publicado 7 comentarios");
- **series**: a line saying the text is part of the outlet's coverage, series or dossier ("This
  post is part of our special coverage of...");
- **credit**: a short line led by a credit word and a colon or comma ("Photo: Reuters", "Image
  source, AFP", "Author: J. Doe"), and a photo's caption that ends with its credit ("Protesters
  in the square. | Reuters", "... in Sanaa. (Photo: AP)"). A credit or caption that names a year
  or a numeric date is not marked: it says what happened on a day, as the story does. Series
  notes, credits and captions were written with the article: dating reads them (`with_article`);
- **menu**: a line of short items between separators ("Home | World | Sport");
- **other articles**: below the top, a line that ends with a numeric date or "N hours ago" —
  the headline or teaser of another article in a list —, a short headline with its date after
  a dash or in brackets ("Rebels retake Aleppo district - March 13, 2021"), or a headline led
  by its numeric date ("03/07/2011 - Gaddafi's son speaks on state TV"; `is_teaser` says the
  same of a date in words for dating, which reads them);
- **comment section**: below the story's first paragraph, a short comments heading ("12 comments", "Commentaires
  (3)", "Lascia un commento") followed within a few lines by a comment's byline (a short
  line with a year and a clock time or a day's date, or "3 hours ago"): it and every line
  after it are readers' comments, written after the article;
- **related list**: below the page's top, the short, unpunctuated lines that follow a "related
  articles" heading, and the date lines among them (an item's "Posted 14/03/2021 at 10:02"):
  other articles, whose stamps dating does not read;
- **link list**: such lines at the top, and any run of three or more short, unpunctuated
  lines below it;
- **site line**: in a collection (`site_lines`), a line of a few words repeated on several
  pages that tell different stories: the site's name and header, a menu or a "latest news"
  teaser the rules above do not know, written when the pages were crawled. A line the pages of
  one story share (copies of a wire story) is the story's;
- **page date**: the site's date of the day the page was served, written when it was crawled,
  not the article's stamp: a short line at the top in the year of the page's copyright notice,
  a year the story itself never names ("Miércoles 11 de noviembre de 2020" over a 2011
  article, with "Copyright © 2020" at the bottom); or a date alone at the top or the bottom,
  with no clock time, at least two years after every year the story names and not older than
  the years its other furniture names ("31 jul 2020" over a story of 2016 that names 2014);
  and, whatever its year, a line at the top or the bottom that a site-clock phrase opens, with
  a date and nothing else but furniture ("Today: Thursday, November 16, 2023 | Subscribe | Log
  in", "Aujourd'hui : jeudi 16 novembre 2023", "Oggi è giovedì 16 novembre 2023 - Meteo",
  `site_clock`): it says so itself.

The cue phrases are language data (`data/boilerplate/<lang>.toml`, the same classes in every
language) and all languages' phrases apply to every text: a Spanish page often carries an
English cookie banner, and language identification of a whole page says nothing of its footer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dateline.model import Sentence

CLASSES = ("legal", "cookies", "related", "navigation", "share", "subscribe", "comments",
           "advertising", "ago", "moderation", "series", "credit", "clock")
# Classes whose phrase opening a short line makes it furniture ("Share this article",
# "Lo más visto en...", "Recibe el boletín de Internacional").
_OPENERS = ("related", "share", "subscribe", "comments", "advertising")

# Lines at the top (headline, standfirst, date stamp, byline), counted from the first line
# that is not a menu or the like, are never "other articles" or part of a link list: a
# page's own stamp and headline live there.
TOP_LINES = 4
# A legal or cookie line longer than this (in words) is prose about the subject, not a notice;
# a © alone makes a notice of a short line only (a photo caption ends "© Agency"), and a line
# with a day's date is a caption's credit, not the page's notice (those name a year).
LEGAL_WORDS = 60
COPYRIGHT_WORDS = 12
COOKIE_WORDS = 90
# A line opening with a furniture phrase is furniture up to this many words.
OPENER_WORDS = 8
# A line about the outlet's series ("part of our special coverage of ...") is furniture up to
# this many words; longer, it is a story that happens to say so.
SERIES_WORDS = 30
# A caption's trailing credit: an agency or a name of a few words after a sentence's end and a
# bar ("... en Trípoli. | Afp").
CREDIT_CHARS = 40
# Lines of a link list or a run of headlines: at most this many words, no end punctuation.
LINK_WORDS = 16
RUN = 3
# A teaser of another article may be a paragraph long.
TEASER_WORDS = 80

_TOKEN = re.compile(r"\w+")
_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SEPARATOR_CHARS = frozenset("|·•»›/>")
_SEPARATOR_SPLIT = re.compile(r"\s[|·•»›/>]\s|\s\|$|^\|\s")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|®", re.IGNORECASE)
_NUMERIC_DATE = r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
_DAY_DATE = re.compile(_NUMERIC_DATE)
_ENDS_WITH_DATE = re.compile(rf"\(?{_NUMERIC_DATE}\)?[\s.|]*\Z")
# A date in words, with its year: "13 March 2021", "13 de marzo de 2021", "13. März 2021",
# "March 13, 2021", "Mar. 13 2021", "13 марта 2021 года" (the month may be any language's word:
# three letters at least, as its shortest abbreviation "Mar."; after the year, a word of up to
# four letters is the word for year, "года", "г."). The day's ordinal ending ("13th", "1er",
# "13.") and the words joining day, month and year ("de", "del") are every language's, as its
# temporal file writes them for the tagger's full dates ([day_suffix], [connector] day_month
# and month_year); `{suffix}`, `{day_month}`, `{month_year}` stand for them.
_WORD_DATE = (r"(?:\d{{1,2}}(?:{suffix})?\s+(?:(?:{day_month})\s+)?[^\W\d_]{{3,}}\.?,?\s+"
              r"(?:(?:{month_year})\s+)?(?:19|20)\d{{2}}"
              r"|[^\W\d_]{{3,}}\.?\s+\d{{1,2}}(?:{suffix})?,?\s+(?:19|20)\d{{2}})(?:\s+[^\W\d_]{{1,4}}\.?)?")
# A headline's own date after it, set off by a dash or a bar, or in brackets: "Rebels retake
# Aleppo district - March 13, 2021", "L'ONU s'inquiète du sort des civils (12 mars 2021)".
_SENTENCE_INSIDE = re.compile(r"[.!?]\s")
_TEASER_DATE = r"\s(?:[-–—|·•]\s*{word_date}|\(\s*(?:{word_date}|{numeric_date})\s*\))[\s.]*\Z"
# What every `_TEASER_DATE` match has: a dash, bar or bracket after a space, then a letter or digit
# ("($2.90)." is no date), and at the line's end two digits (the year, or a numeric date's last
# part), perhaps the word for year and a bracket.
# Checked first because `_teaser_date` reads all 8 temporal files: most texts never need it.
_TEASER_SHAPE = re.compile(r"\s[-–—|·•(]\s*[^\W_].*\d\d(?:\s+[^\W\d_]{1,4}\.?)?\s*\)?[\s.]*\Z", re.DOTALL)
# A sentence's end: its punctuation, perhaps inside a closing quote or bracket ('dijo.»', 'grave".');
# a quote closing a line with none before it ends a headline ('... la situación es "muy grave"').
_END_PUNCTUATION = re.compile(r"(?:[.!?:;…][»\"”)]*|\))\s*\Z")
# A headline's trailing note of what it holds or who wrote it ("(+ Fotos)", "(video)", "(AFP)"):
# a few words in brackets with no end punctuation before them, not a sentence's end.
_HEADLINE_NOTE = re.compile(r"(?<![.!?:;…])\s*\(\+?\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*\)\s*\Z")
_POST = re.compile(r"\W{0,2}[@#]\w")
_STARTS_WITH_DATE = re.compile(rf"\W{{0,3}}\(?{_NUMERIC_DATE}\)?")
# What separates a teaser's date (and its clock time) from its headline: "03/07/2011 - ",
# "3 juillet 2011 | ", "03.07.2011 14:32 · ".
_TEASER_HEAD = re.compile(r"[ \t]*(?:\d{1,2}[:.hH]\d{2}[ \t]*)?[-–—|·•:][ \t]*(?=\w)")
# A headline has a few words; a stamp's clock and section ("28/08/2011 - 12:24 Mundo") fewer.
TEASER_MIN_WORDS = 3
# Readers' comments start this few lines below their heading.
COMMENT_REACH = 3
COMMENTS = "comment section"
OTHER_ARTICLE = "other article"
RELATED_LIST = "related list"
# Furniture written with the article, by its editors, when it was published: left out of a
# timeline's sentences, but as good evidence of the article's date as its story ("This post is
# part of our special coverage of the 2011 protests", a photo's credit and caption).
WITH_ARTICLE = frozenset({"series", "credit", "caption"})


@dataclass(frozen=True, slots=True)
class Cues:
    """Every language's phrases of each class, compiled into one pattern per class."""

    patterns: dict[str, re.Pattern[str]]
    openers: re.Pattern[str]
    # A credit word leading a line, then a colon or comma ("Photo: Reuters", "Fuente de la imagen, AFP").
    credit: re.Pattern[str]
    # A caption's end: its credit after a bar, or a credit word and a name in brackets ("(Foto: EFE)").
    caption: re.Pattern[str]
    # The first word of every phrase of a class: a line with none of them is not searched.
    first_words: dict[str, frozenset[str]]
    # A "related articles" phrase leading a line, then a colon: the heading of a list of other
    # articles written on its line ("Noticias relacionadas: A · B · C", "Lire aussi : ...").
    related_heading: re.Pattern[str]
    # A site-clock phrase leading a line ("Today:", "Oggi è", "Météo du jour :"): `site_clock`.
    clock: re.Pattern[str]

    def has(self, cls: str, line: str, tokens: frozenset[str] | None = None) -> bool:
        if tokens is not None and not tokens & self.first_words[cls]:
            return False
        return self.patterns[cls].search(line) is not None


def _load(lang: str) -> dict[str, list[str]]:
    """One language's cue file, checked: every class present, a list of phrases each."""
    name = f"{lang}.toml"
    raw = tomllib.loads((resources.files("dateline.ingest") / "data" / "boilerplate" / name).read_text("utf-8"))
    unknown = set(raw) - set(CLASSES)
    missing = set(CLASSES) - set(raw)
    if unknown or missing:
        raise ValueError(f"boilerplate/{name}: unknown class(es) {sorted(unknown)}, missing {sorted(missing)}")
    for cls, phrases in raw.items():
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
            raise ValueError(f"boilerplate/{name}: [{cls}] must be a list of phrases")
    return raw


def languages() -> list[str]:
    """The languages with a cue file."""
    folder = resources.files("dateline.ingest") / "data" / "boilerplate"
    return sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))


def _alternation(phrases: Sequence[str]) -> str:
    """The phrases as one alternation, longest first; phrases of one length in text order, so
    that every process builds the same pattern text (a set's order changes with the process's
    hash seed, and `regex_cache` finds a pattern by its text)."""
    ordered = sorted({p.casefold() for p in phrases}, key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


# The compiled-regex cache's group of the cue patterns (`dateline.regex_cache`).
_CACHE_GROUP = "boilerplate"


@lru_cache(maxsize=1)
def cues() -> Cues:
    """All languages' cues, loaded and compiled once."""
    from dateline import regex_cache  # when cues are read, not for every importer of ingest (the store)

    by_class: dict[str, list[str]] = {cls: [] for cls in CLASSES}
    for lang in languages():
        for cls, phrases in _load(lang).items():
            by_class[cls] += phrases
    patterns = {cls: regex_cache.regex(rf"(?<!\w)(?:{_alternation(p)})(?!\w)", re.IGNORECASE, _CACHE_GROUP)
                for cls, p in by_class.items()}
    openers = regex_cache.regex(rf"\W*(?:{_alternation([p for c in _OPENERS for p in by_class[c]])})(?!\w)",
                                re.IGNORECASE, _CACHE_GROUP)
    first_words = {cls: frozenset(m.group() for p in phrases if (m := _TOKEN.search(p.casefold())))
                   for cls, phrases in by_class.items()}
    credits = _alternation(by_class["credit"])
    credit = regex_cache.regex(rf"\W*(?:{credits})\s*[:,]", re.IGNORECASE, _CACHE_GROUP)
    caption = re.compile(rf"(?:[.!?]\s*\|\s*[^|.!?]{{1,{CREDIT_CHARS}}}"
                         rf"|\(\s*(?:{credits})\s*:[^()]{{1,{CREDIT_CHARS}}}\)[.\s]*)\Z", re.IGNORECASE)
    related_heading = regex_cache.regex(rf"\W*(?:{_alternation(by_class['related'])})\s*:", re.IGNORECASE,
                                        _CACHE_GROUP)
    clock = regex_cache.regex(rf"\W*(?:{_alternation(by_class['clock'])})(?!\w)", re.IGNORECASE, _CACHE_GROUP)
    return Cues(patterns, openers, credit, caption, first_words, related_heading, clock)


@lru_cache(maxsize=1)
def _teaser_date() -> re.Pattern[str]:
    """A headline's own date after it: `_TEASER_DATE` with every language's ordinal endings and
    date joiners (`_WORD_DATE`), built at the first line of `_TEASER_SHAPE`."""
    from dateline.temporal.lexicon import available_languages, load, trie_regex  # temporal imports ingest

    def words(name: str) -> str:
        return trie_regex(sorted({w for code in available_languages() for w in load(code).cls(name).table}))

    word_date = _WORD_DATE.format(suffix=words("day_suffix.words"), day_month=words("connector.day_month"),
                                  month_year=words("connector.month_year"))
    return re.compile(_TEASER_DATE.format(word_date=word_date, numeric_date=_NUMERIC_DATE))


def _count(line: str) -> int:
    """Words of a line, as whitespace sees them (cheap on long paragraphs)."""
    return len(line.split())


def _only_furniture_words(line: str, c: Cues) -> bool:
    """Whether nothing but navigation and share words, separators and numbers is left."""
    rest = c.patterns["navigation"].sub(" ", line)
    rest = c.patterns["share"].sub(" ", rest)
    return not _WORDS.search(rest)


def _is_menu(line: str, words: int) -> bool:
    """"Inicio | Internacional | Oriente Medio": two items or more between separators, a few
    words each (a date between separators is a page's stamp, not a menu)."""
    if not _SEPARATOR_CHARS.intersection(line):
        return False
    items = [i for i in _SEPARATOR_SPLIT.split(line) if _WORDS.search(i)]
    return len(items) >= 2 and words <= 4 * len(items) and not any(ch.isdigit() for ch in line)


def _is_other_article(line: str, words: int, c: Cues) -> bool:
    """A headline or teaser ending with its own date, or a line saying "3 hours ago"; not a
    photo's credit with the day it was taken ("Foto de X © Demotix (22/08/11)")."""
    if 3 <= words and not _COPYRIGHT.search(line):
        if words <= TEASER_WORDS and _ENDS_WITH_DATE.search(line[-24:]):
            return True
        # a headline is one phrase: no sentence ends inside it ("Protesters outside. Photo by X (…)")
        if words <= LINK_WORDS and _TEASER_SHAPE.search(line) and (date := _teaser_date().search(line)) \
                and _is_link(head := line[:date.start()], words) and not _SENTENCE_INSIDE.search(head):
            return True
    return words <= OPENER_WORDS and _says_ago(line, c)


def _says_ago(line: str, c: Cues) -> bool:
    """"3 hours ago", "hace 2 días", "3 ore fa": a number and an "ago" phrase."""
    return any(ch.isdigit() for ch in line) and c.has("ago", line)


def _is_link(line: str, words: int) -> bool:
    """A short line with no end punctuation: a headline in a list (its trailing note aside:
    "Talks resume in Geneva (+ Video)"), an outlet's name; not a post the story quotes."""
    return 0 < words <= LINK_WORDS and _is_phrase(line)


def _is_phrase(line: str) -> bool:
    """No end punctuation, and not a post led by its author's handle or a hashtag ("@user: ...",
    "#Jan25 ..."): a blog quoting tweets one a line quotes them as its story."""
    return not _END_PUNCTUATION.search(_HEADLINE_NOTE.sub("", line)) and not _POST.match(line)


def is_teaser(after_date: str) -> bool:
    """Whether what follows a date that opens a line is another article's headline in a
    list ("03/07/2011 - Gaddafi's son speaks on state TV"): a separator, then a short line
    with no end punctuation. A chronology's entry ("25/06/2011 - Rebels take Zawiya.") is
    a sentence, and stays: a timeline article names its own days."""
    head = _TEASER_HEAD.match(after_date)
    if head is None:
        return False
    rest = after_date[head.end():]
    return len(_WORDS.findall(rest)) >= TEASER_MIN_WORDS and _is_link(rest, _count(rest))


def _is_comment_heading(line: str, words: int, c: Cues) -> bool:
    """"12 comments", "Commentaires (3)", "Lascia un commento": a short line with a comments phrase."""
    return 0 < words <= OPENER_WORDS // 2 and c.has("comments", line)


def _is_comment_byline(line: str, words: int, c: Cues) -> bool:
    """"Maria R., July 2, 2011 at 8:01 pm", "Jean D. — 29/06/2011", "Marco, 3 ore fa": a
    short line with a year and a clock time or a day's date, or an "ago"."""
    if not 0 < words <= LINK_WORDS:
        return False
    if _YEAR.search(line) and (_CLOCK.search(line) or _DAY_DATE.search(line)):
        return True
    return _says_ago(line, c)


def reason(line: str, c: Cues | None = None) -> str | None:
    """Why a line on its own is furniture ("legal", "cookies", "menu", ...), or None."""
    c = c or cues()
    words = _count(line)
    if words > max(LEGAL_WORDS, COOKIE_WORDS):  # a paragraph of the story: no cue is looked for
        return None
    tokens = frozenset(_TOKEN.findall(line.casefold()))
    dated = _DAY_DATE.search(line) is not None  # "copyright Demotix (18/09/2011)": a photo credit
    if not dated and (c.has("legal", line, tokens) and words <= LEGAL_WORDS
                      or _COPYRIGHT.search(line) and words <= COPYRIGHT_WORDS):
        return "legal"
    if c.has("cookies", line, tokens) and (words <= OPENER_WORDS or c.has("legal", line, tokens)
                                           or len(c.patterns["cookies"].findall(line)) >= 2):
        return "cookies"
    if words <= OPENER_WORDS and c.openers.match(line):
        return "related" if c.has("related", line) else "furniture words"
    if words <= TEASER_WORDS and c.related_heading.match(line):  # the heading with its list: no
        return RELATED_LIST                                       # list below it to mark
    if 0 < words <= OPENER_WORDS and not dated and _only_furniture_words(line, c):  # "25/06/2013 - 10:32" is a stamp
        return "navigation"
    if _is_menu(line, words):
        return "menu"
    return _notice(line, words, tokens, c)


def _notice(line: str, words: int, tokens: frozenset[str], c: Cues) -> str | None:
    """The page's notes about itself (see the module's "comment policy", "series" and
    "credit"), or None."""
    if c.has("comments", line, tokens) and (words <= LEGAL_WORDS and c.has("moderation", line, tokens)
                                            or _is_comment_count(line, words)):
        return "comment policy"
    if words <= SERIES_WORDS and c.has("series", line, tokens):
        return "series"
    # A line naming a date is no credit nor caption ("Foto: EFE (22/08/11)": a day's photo);
    # asked only of a line shaped like one (the date search reads the whole line).
    if words <= OPENER_WORDS and c.credit.match(line):
        return None if _names_a_date(line) else "credit"
    if words <= TEASER_WORDS and c.caption.search(line[-2 * CREDIT_CHARS - 20:]):
        return None if _names_a_date(line) else "caption"
    return None


def _is_comment_count(line: str, words: int) -> bool:
    """"Se han publicado 7 comentarios", "43 Comments", "Commentaires (3)": a short line with a
    number (and a comments phrase), no end punctuation: a sentence that counts comments ends
    with one. A count beside a date ("25 June 2013 · 12 comments") is the article's stamp."""
    return words <= OPENER_WORDS and any(ch.isdigit() for ch in line) \
        and not _END_PUNCTUATION.search(line.rstrip(")")) and not _names_a_date(line)


def _names_a_date(line: str) -> bool:
    """Whether a line names a year or a numeric day's date (in any digits)."""
    return bool(_years(line)) or _DAY_DATE.search(line) is not None


@lru_cache(maxsize=4096)
def with_article(line: str) -> bool:
    """Whether a line is furniture written with the article (`WITH_ARTICLE`): a series note or
    a photo's credit or caption, evidence of the article's date though not of its story.
    Remembered: dating asks it of every furniture line, and a collection's pages repeat theirs."""
    return reason(line) in WITH_ARTICLE


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line; in a hard-wrapped text (most lines of a similar,
    middling length), of each paragraph instead."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if text[m.start():m.end()].strip()]
    lengths = [e - s for s, e in lines]
    wrapped = len(lines) >= 8 and sum(40 <= n <= 100 for n in lengths) >= 0.7 * len(lines) and max(lengths) <= 110
    if not wrapped:
        return lines
    return [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text)]


def furniture(text: str, published: dt.date | None = None,
              site: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, reason) of every furniture line of the text; `published`, when known,
    is the article's own day (it decides which lone date lines are the page's, not the
    article's); `site`, the collection's `site_lines`."""
    c = cues()
    spans = line_spans(text)
    reasons = [reason(text[start:end], c) or (SITE if site and site_key(text[start:end]) in site else None)
               for start, end in spans]
    # The top of the page's own text: its first lines after the menus above it.
    top = next((i for i, why in enumerate(reasons) if why is None), 0) + TOP_LINES
    marks: list[str | None] = []
    links: list[bool] = []  # of the lines no rule marked: whether each looks like a link
    heads: list[bool] = []  # ... or a headline too long for a link (see `_mark_runs`)
    listing = False  # inside the list after a "related articles" heading
    for i, (start, end) in enumerate(spans):
        line = text[start:end]
        why = reasons[i]
        words = _count(line) if why is None else 0
        link = _is_link(line, words) and date_line(line) is None  # "Riverton, 3 May 2012": a signature
        below_top = i >= top
        if why is None and below_top and (_is_other_article(line, words, c)
                                          or (m := _STARTS_WITH_DATE.match(line)) and is_teaser(line[m.end():])):
            why = OTHER_ARTICLE
        # Below the page's top, a list of other articles, where a date on a line of its own is an
        # item's ("Latest news\nPosted 14/03/2021 at 10:02\nPresident to speak tonight"); at the
        # top, a short line under "Most read" may be the page's own headline or stamp.
        if why is None and listing and (link or below_top and date_line(line) is not None):
            why = RELATED_LIST if below_top else "link list"
        listing = why == "related" or (listing and why is not None)
        marks.append(why)
        links.append(link)
        heads.append(why is None and not link and _is_long_headline(line, words))
    _mark_runs(marks, links, heads, top)
    _mark_teaser_list(marks, links, [text[s:e] for s, e in spans], top)
    _mark_comments(text, spans, marks, c)
    _mark_page_dates(text, spans, marks, top, published)
    return [(s, e, why) for (s, e), why in zip(spans, marks) if why is not None]


def _is_long_headline(line: str, words: int) -> bool:
    """A headline longer than a link's: one phrase up to a teaser's length, with no sentence's
    end inside it or at its end ("La oposición siria denuncia la muerte de 39 civiles, la cifra
    más alta de las últimas semanas"), and not a date line."""
    return LINK_WORDS < words <= TEASER_WORDS and not _SENTENCE_INSIDE.search(line) and _is_phrase(line) \
        and date_line(line) is None


def _mark_runs(marks: list[str | None], links: Sequence[bool], heads: Sequence[bool], top: int) -> None:
    """Mark the runs of unmarked headlines below the page's top (`links`, `heads`) with RUN
    short ones (`links`), or of RUN or more, at least half of them short: a list of other
    articles' headlines or of outlets. A long headline does not end the run: a Spanish page's
    list was cut in two by one of 17 words."""
    i = top
    while i < len(marks):
        j, short = i, 0
        while j < len(marks) and marks[j] is None and (links[j] or heads[j]):
            short += links[j]
            j += 1
        if short >= RUN or j - i >= RUN and 2 * short >= j - i:
            marks[i:j] = ["link list"] * (j - i)
        i = max(j, i + 1)


def _mark_teaser_list(marks: list[str | None], links: Sequence[bool], lines: Sequence[str], top: int) -> None:
    """Mark the rest of a list of other articles whose teasers end with their dates (marked as
    "other articles", each a paragraph: "... en Kuwait. (23.03.2016)"): the headline right above
    such a teaser, and between two of them, the items whose teaser has no date, each a
    headline with at most one paragraph under it. Left unmarked, three of a list's headlines
    that opened with a day ("El 18 de abril se retoman negociaciones de paz para Yemen") made
    a chronology of the page for the timeline."""
    for i in range(top, len(marks) - 1):
        if marks[i] is None and links[i] and marks[i + 1] == OTHER_ARTICLE:
            marks[i] = OTHER_ARTICLE
    listed = [i for i in range(top, len(marks)) if marks[i] == OTHER_ARTICLE]
    for before, after in zip(listed, listed[1:]):
        if after - before > 1 and _items(marks[before + 1:after], links[before + 1:after],
                                         lines[before + 1:after]):
            marks[before + 1:after] = [OTHER_ARTICLE] * (after - before - 1)


def _items(marks: Sequence[str | None], links: Sequence[bool], lines: Sequence[str]) -> bool:
    """Whether unmarked lines are list items: each a headline (`links`), then at most one
    paragraph of a teaser's length."""
    if any(why is not None for why in marks) or not links[0]:
        return False
    return all(links[k] or links[k - 1] and _count(lines[k]) <= TEASER_WORDS for k in range(1, len(lines)))


def _mark_comments(text: str, spans: Sequence[tuple[int, int]], marks: list[str | None], c: Cues) -> None:
    """Mark a comment section (see the module's "comment section"): from its heading below
    the story's first paragraph to the end of the text (a share bar's "Comment" is above it)."""
    lines = [text[s:e] for s, e in spans]
    story = next((i for i, line in enumerate(lines) if marks[i] is None and _count(line) > LINK_WORDS), len(lines))
    for i in range(story + 1, len(lines)):
        if not _is_comment_heading(lines[i], _count(lines[i]), c):
            continue
        if any(_is_comment_byline(line, _count(line), c) for line in lines[i + 1:i + 1 + COMMENT_REACH]):
            # the heading opens the section, whatever rule marked it on its own ("3 comments": a count)
            marks[i:] = [COMMENTS] + [why or COMMENTS for why in marks[i + 1:]]
            return


def is_comment_heading(line: str) -> bool:
    """Whether a line could head a comment section (a cheap test before `comment_bylines`)."""
    return _is_comment_heading(line, _count(line), cues())


def comment_bylines(text: str, found: Sequence[tuple[int, int, str]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of the bylines of the readers' comments (see `_mark_comments`): the lines
    that date the comments, and so bound the article's publication from above. The section
    runs from its heading to the end, whatever other rule marked its lines (a run of short
    bylines is a "link list" too). `found`: the text's `furniture(text)`, if the caller has it."""
    marks = furniture(text) if found is None else found
    section = next((start for start, _end, why in marks if why == COMMENTS), None)
    if section is None:
        return []
    c = cues()
    return [(start, end) for start, end in line_spans(text)
            if start >= section and _is_comment_byline(text[start:end], _count(text[start:end]), c)]


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A page date line is as short as a stamp ("Miércoles 11 de noviembre de 2020").
PAGE_DATE_WORDS = 8
# A line that is only a date has a day, a year, and at most this many words: a weekday, a
# month, connectors ("Quarta-feira, 11 de novembro de 2020").
DATE_LINE_WORDS = 4
# A page's own stamp is in the year of the latest events its story names, or the next one (a
# story of late December out in January); a lone date this many years after all of them was
# written when the page was served.
LATE_YEARS = 2
PAGE_DATE = "page date"
_DAY_NUMBER = re.compile(r"(?<![\d:.,])(?:0?[1-9]|[12]\d|3[01])(?![\d:]|[.,]\d)")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}(?::|[.hH](?=\d\d))\d\d(?!\d)")
_NUMBER = re.compile(r"\d+")
# Arabic-Indic and Persian digits, read as ASCII ones for years and days ("٢٠٢٠").
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_EASTERN_DIGIT = re.compile("[٠-٩۰-۹]")


def _ascii_digits(line: str) -> str:
    """The line with its Arabic-Indic digits as ASCII ones (translating only where there are
    some: `str.translate` costs more than the rest of the line's rules)."""
    return line.translate(_DIGITS) if _EASTERN_DIGIT.search(line) else line


def _years(line: str) -> set[str]:
    return set(_YEAR.findall(_ascii_digits(line)))


def date_line(line: str) -> tuple[int, bool] | None:
    """(its year, whether it shows a clock time) when a line is a date and little else
    ("31 jul 2020", "Среда, 11 ноября 2020 года", "11/11/2020 14:32"): one year, one day, a
    few words; else None."""
    line = _ascii_digits(line)
    years = set(_YEAR.findall(line))
    if len(years) != 1 or _count(line) > PAGE_DATE_WORDS or len(_WORDS.findall(line)) > DATE_LINE_WORDS:
        return None
    clock = _CLOCK.search(_DAY_DATE.sub(" ", line)) is not None
    rest = _CLOCK.sub(" ", _YEAR.sub(" ", line))
    day = _DAY_DATE.search(line) is not None or len(_DAY_NUMBER.findall(rest)) == 1
    if not day or len(_NUMBER.findall(rest)) > 3:
        return None
    return int(years.pop()), clock


# What separates the items of a page's header line: a bar, a bullet, a dash between spaces.
_ITEM_SPLIT = re.compile(r"\s[|·•»›/>–—-]\s")


def site_clock(line: str) -> bool:
    """Whether a line is a site's date of the day, as it says itself (see the module's "page
    date"): split at its separators, its first item a site-clock phrase (the `clock` class) and a
    date (`date_line`), and every other item one more such, a site-clock phrase alone (a link to
    the weather), or furniture ("Subscribe", "Log in")."""
    c = cues()
    if c.clock.match(line) is None:  # the cheap test first: most lines open with no such phrase
        return False
    items = _ITEM_SPLIT.split(line)
    for n, item in enumerate(items):
        clock = c.clock.match(item)
        rest = item[clock.end():] if clock is not None else item
        if clock is not None and (date_line(rest) is not None or n and not _WORDS.search(rest)):
            continue
        if n == 0 or not (reason(item, c) or _only_furniture_words(item, c)):
            return False
    return True


def _mark_page_dates(text: str, spans: Sequence[tuple[int, int]], marks: list[str | None], top: int,
                     published: dt.date | None) -> None:
    """Mark the lines that date the page, not the article (see the module's "page date"; the
    page's top ends at line `top`): a short top line in the year of the copyright notice that
    the story never names, and a date alone at the top or the bottom, with no clock time, at
    least LATE_YEARS after every year the story names (site clocks over the page, "31 jul
    2020" over a 2014 story), on a page: a text with no other furniture line (wire copy, a
    feed's body, a TimeML document) has no site clock, and its date line is its own (the 30
    Wikinews texts of the SemEval-2015 trial data open with theirs; 6 recall only years 2 to
    16 before it). A stamp with a clock time ("Jueves 12/05/2011. Actualizado
    16:51h.") is the article's, even over a story that names only 1992: a site's date of the
    day has none."""
    lines = [text[s:e] for s, e in spans]
    last_paragraph = next((i for i in range(len(lines) - 1, -1, -1)
                           if marks[i] is None and _count(lines[i]) > LINK_WORDS), len(lines))
    bottom = min(len(lines) - TOP_LINES, last_paragraph + 1)
    at_edges = [*range(min(top, len(lines))), *range(max(bottom, top), len(lines))]
    for i in at_edges:
        if marks[i] is None and site_clock(lines[i]):
            marks[i] = PAGE_DATE
    edges = {i: found for i in at_edges if marks[i] is None and (found := date_line(lines[i])) is not None}
    notices = {y for line, why in zip(lines, marks) if why == "legal" and _COPYRIGHT.search(line)
               for y in _years(line)}
    if not notices and all(clock for _year, clock in edges.values()):
        return  # nothing to mark: spare reading the story's years
    story = {i: _years(line) for i, line in enumerate(lines) if marks[i] is None and i not in edges}
    # The story's latest year stands in for the article's own year, which is better when known:
    # a wire story recalling 2006 under its own "January 09, 2008" line is not a crawled page.
    latest = published.year if published is not None else \
        max((int(y) for years in story.values() for y in years), default=None)
    # The page's other furniture (teasers, notices) was written when it was served too: a
    # date older than the years it names was written before, with the article.
    crawl = max((int(y) for line, why in zip(lines, marks) if why is not None for y in _years(line)), default=0)
    page = any(why is not None for why in marks)  # served by a site: menus, notices, lists
    for i, line in enumerate(lines):
        if marks[i] is not None:
            continue
        if i in edges and latest is not None and not edges[i][1] and page \
                and edges[i][0] >= max(latest + LATE_YEARS, crawl):
            marks[i] = PAGE_DATE
        elif i < top and notices and _count(line) <= PAGE_DATE_WORDS:
            years = _years(line) & notices
            if published is not None:
                years.discard(str(published.year))
            if years and not any(years & other for j, other in story.items() if j != i):
                marks[i] = PAGE_DATE


def depends_on_date(text: str) -> bool:
    """Whether the furniture found in the text can depend on its known publication day
    (`furniture`'s `published`): only where it has a copyright notice or a date line without
    a clock time (see `_mark_page_dates`). A caller that read a dated text and hides its date
    marks it again only then."""
    return _COPYRIGHT.search(text) is not None or any(
        (found := date_line(text[s:e])) is not None and not found[1] for s, e in line_spans(text))


def mark(text: str, sentences: list[Sentence], published: dt.date | None = None,
         site: frozenset[str] = frozenset()) -> list[Sentence]:
    """The sentences, cut where furniture lines begin and end, those inside them marked
    (`site`: the collection's `site_lines`).

    A sentence is cut at a furniture line's edge so that a copyright line glued to the last
    paragraph by the splitter does not take the paragraph with it, nor stay in it.
    """
    found = furniture(text, published, site)
    if not found:
        return sentences
    return _cut(text, sentences, [(s, e) for s, e, _ in found], keep=False)


def mark_site_lines(text: str, sentences: list[Sentence], lines: Sequence[tuple[int, int]]) -> list[Sentence]:
    """The sentences of a text whose furniture is marked already, with its site lines (`lines`,
    from `site_lines_in`) marked too (cut at their edges as `mark` cuts); the same sentences
    when it has none unmarked. Spares finding the rest of its furniture again."""
    if all(any(s.boilerplate and s.start <= a and b <= s.end for s in sentences) for a, b in lines):
        return sentences
    return _cut(text, sentences, lines, keep=True)


def _cut(text: str, sentences: list[Sentence], found: Sequence[tuple[int, int]], keep: bool) -> list[Sentence]:
    """The sentences cut at the edges of the `found` lines (disjoint, as lines are), those
    inside them marked (`keep`: a sentence marked already stays marked)."""
    edges = sorted({x for s, e in found for x in (s, e)})
    found = sorted(found)
    starts = [s for s, _e in found]

    def inside(a: int, b: int) -> bool:
        """Whether (a, b) lies in a found line: the last one starting at or before it (the
        lines are disjoint, so it ends last of those)."""
        k = bisect_right(starts, a)
        return k > 0 and b <= found[k - 1][1]

    out: list[Sentence] = []
    for sentence in sentences:
        inner = edges[bisect_right(edges, sentence.start):bisect_left(edges, sentence.end)]
        if keep and not inner and (sentence.boilerplate or not inside(sentence.start, sentence.end)):
            out.append(sentence)  # neither cut nor newly marked
            continue
        cuts = [sentence.start, *inner, sentence.end]
        for a, b in zip(cuts, cuts[1:]):
            piece = text[a:b]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            if trail <= lead:
                continue
            a, b = a + lead, a + trail
            out.append(Sentence(a, b, text[a:b], boilerplate=keep and sentence.boilerplate or inside(a, b)))
    return out


# ----------------------------------------------------------------------------- site lines
# A line is the site's when it is on at least SITE_PAGES pages of a collection that tell
# different stories, and has at most SITE_WORDS words (a header, a menu, a teaser; a story's
# paragraphs are longer). Scraped at one time, a site's pages repeat its name, menus and
# "latest news" list, with the days of the crawl ("Aeropuerto ... reiniciará operaciones el
# próximo 15 de noviembre" under 2011 stories); the per-line rules above know only the kinds
# of furniture their words name. A date line is left to the page-date rule (a site's date of
# the day is marked by its lateness; a stamp shared by pages of one day is theirs). Two pages
# are enough: on the es dev pages, a site's name line is on only its two pages there.
SITE_PAGES = 2
SITE_WORDS = 30
SITE_CHARS = 12 * SITE_WORDS  # longer, a line has more words than a site's line may
# A line on more pages than this is no story's copies' but a site's.
STORY_COPIES = 16
SITE = "site line"
# A line that ends in a dash or a colon leads into the next: a wire story's dateline on a line
# of its own ("WASHINGTON (AP) --"), a label, the article's own opening.
_LEADS_ON = re.compile(r"[-–—_:]\s*\Z")


def site_key(line: str) -> str:
    """A line as `site_lines` compares it: as written, without the spaces around it (one
    site's template prints its lines alike on every page)."""
    return line.strip()


def site_lines(texts: Sequence[str]) -> frozenset[str]:
    """The lines (`site_key`s) that are the site's in a collection of texts (see SITE_PAGES)."""
    return site_lines_in(texts)[0]


def site_lines_in(texts: Sequence[str]) -> tuple[frozenset[str], list[list[tuple[int, int]]]]:
    """`site_lines` of the texts, and where each text has them ((start, end) of its lines)."""
    spans = [line_spans(text) for text in texts]  # found once, for both steps
    found = SiteLines()
    for text, lines in zip(texts, spans):
        found.add(page_lines(text, lines))
    site = found.lines()
    return site, [lines_of(text, site, lines) for text, lines in zip(texts, spans)]


def lines_of(text: str, site: frozenset[str], spans: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of the text's lines that are in `site` (`site_lines`; `spans`: the text's
    `line_spans`, if at hand)."""
    if not site:
        return []
    return [(a, b) for a, b in (line_spans(text) if spans is None else spans) if site_key(text[a:b]) in site]


def own_site_lines(text: str, site: frozenset[str]) -> frozenset[str]:
    """The lines of `site` the text has: all that dating one text needs of a collection's."""
    return frozenset(site_key(text[a:b]) for a, b in lines_of(text, site))


@dataclass(frozen=True, slots=True)
class PageLines:
    """What `SiteLines` needs of one page, computed where the page is read (a worker): its
    distinct lines short enough to be a site's (`site_key`s), and its prose lines (`_line_kind`:
    key, length), which tell the pages of one story; a prose line too long to be a site's is
    kept as a digest, so that a collection's pages are not held twice in memory."""

    short: tuple[str, ...]
    prose: tuple[tuple[str | bytes, int], ...]


@lru_cache(maxsize=8192)
def _line_kind(key: str) -> tuple[bool, bool]:
    """Whether a line (`site_key`) is short enough to be a site's, and whether it is prose, a
    story's line: a sentence (end punctuation) or a paragraph (too long to be a site's); a
    site's name, menus and headlines are neither. Remembered: a collection's pages repeat
    their sites' lines."""
    short = len(key) <= SITE_CHARS and _count(key) <= SITE_WORDS
    return short, not short or _END_PUNCTUATION.search(key) is not None


def page_lines(text: str, spans: Sequence[tuple[int, int]] | None = None) -> PageLines:
    """The page's lines as `SiteLines` counts them (`spans`: its `line_spans`, if at hand)."""
    short: list[str] = []
    prose: list[tuple[str | bytes, int]] = []
    for key in {site_key(text[a:b]) for a, b in (line_spans(text) if spans is None else spans)}:
        is_short, is_prose = _line_kind(key)
        if is_short:
            short.append(key)
        if is_prose:
            prose.append((key if is_short else hashlib.blake2b(key.encode(), digest_size=8).digest(), len(key)))
    return PageLines(tuple(short), tuple(prose))


class SiteLines:
    """A collection's site lines (`site_lines`), its pages added one at a time (`page_lines`)
    as a stream reads them.

    Pages that tell one story (copies of a wire story, a page crawled twice) count once: two
    pages whose shared prose (sentences and paragraphs, `_line_kind`) is at least half the
    prose of the one with less tell one story (a site's pages share their header, menus and a
    teaser or two, each its own story). A line on more than STORY_COPIES pages is a site's,
    not a story's copies'. Why by hand: the boilerplate libraries (jusText, trafilatura) judge
    one page's markup, not what a collection's pages repeat.
    """

    def __init__(self) -> None:
        self._having: dict[str | bytes, list[int]] = {}  # a line's pages
        self._prose: dict[str | bytes, int] = {}  # a prose line's length
        self._sizes: list[int] = []  # a page's prose, in characters

    def add(self, page: PageLines) -> None:
        """Count one more page of the collection."""
        i = len(self._sizes)
        self._sizes.append(sum(n for _key, n in page.prose))
        for key in page.short:
            self._having.setdefault(key, []).append(i)
        for key, n in page.prose:
            self._prose[key] = n
            if not isinstance(key, str):  # a short one is counted above
                self._having.setdefault(key, []).append(i)

    def lines(self) -> frozenset[str]:
        """The site lines of the pages added so far."""
        shared: dict[tuple[int, int], int] = {}
        for line, found in self._having.items():
            if 2 <= len(found) <= STORY_COPIES and line in self._prose:
                for n, i in enumerate(found):
                    for j in found[n + 1:]:
                        shared[i, j] = shared.get((i, j), 0) + self._prose[line]
        story = list(range(len(self._sizes)))  # union-find of the pages that tell one story

        def root(i: int) -> int:
            while story[i] != i:
                story[i] = story[story[i]]
                i = story[i]
            return i

        for (i, j), count in shared.items():
            if 2 * count >= min(self._sizes[i], self._sizes[j]):
                story[root(i)] = root(j)
        return frozenset(line for line, found in self._having.items()
                         if isinstance(line, str) and len(found) >= SITE_PAGES
                         and date_line(line) is None and not _LEADS_ON.search(line)
                         and len({root(i) for i in found}) >= SITE_PAGES)
