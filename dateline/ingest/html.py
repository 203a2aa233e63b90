"""Web pages: the article's main text and its metadata, without the page around it.

trafilatura finds the main text (menus, cookie banners, related links and footers left out)
and the title, author and canonical URL; htmldate, through it, the publication date from the
page's markup (meta tags, JSON-LD, <time>, the URL), never from the running text: a date the
page does not state is left to Dateline's own inference, which says how sure it is. This
module adds only what those libraries do not report: which markup the date came from, and the
modification date.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from dateline.ingest.dates import iso_day
from dateline.ingest.errors import IngestError, skipped
from dateline.ingest.text import with_headline

# Metadata keys (meta property/name/itemprop, JSON-LD keys) that state when a page was
# published or last modified, as news sites and CMSs write them.
_PUBLISHED_KEYS = ("article:published_time", "datepublished", "og:published_time",
                   "datecreated", "pubdate", "publishdate", "publish-date", "dc.date.issued",
                   "dc.date", "dcterms.created", "dcterms.issued", "sailthru.date",
                   "parsely-pub-date", "citation_publication_date", "date")
_MODIFIED_KEYS = ("article:modified_time", "datemodified", "og:updated_time",
                  "dcterms.modified", "last-modified", "revised")


@dataclass(slots=True)
class Page:
    """An article read from a page or a feed item: text and what its source says about it."""

    text: str
    title: str | None = None
    author: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_source: str | None = None
    modified: dt.date | None = None


def _json_ld_dates(tree) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """datePublished / dateModified / dateCreated of the page's JSON-LD, lower-cased keys."""
    found: dict[str, str] = {}

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str) and key.lower() in ("datepublished", "datemodified",
                                                               "datecreated"):
                    found.setdefault(key.lower(), value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(script.text or ""))
        except ValueError:
            continue
    return found


def _markup_dates(tree) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(where, value) of every date-bearing metadata item, in document order."""
    items: list[tuple[str, str]] = []
    for meta in tree.xpath("//meta[@content]"):
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = (meta.get(attr) or "").strip().lower()
            if key:
                items.append((f'<meta {attr}="{key}">', meta.get("content")))
    items += [(f"JSON-LD {key}", value) for key, value in _json_ld_dates(tree).items()]
    items += [("<time datetime>", t.get("datetime")) for t in tree.xpath("//time[@datetime]")]
    return items


def _key_of(where: str) -> str:
    return where.split('"')[1] if '"' in where else where.split()[-1].lower()


def _dates(tree, published: dt.date | None, url: str | None  # type: ignore[no-untyped-def]
           ) -> tuple[str | None, dt.date | None]:
    """Which markup states the publication date, and the modification date if the page has one."""
    items = _markup_dates(tree)
    source = None
    if published is not None:
        stating = [where for where, value in items if iso_day(value) == published]
        known = sorted((w for w in stating if _key_of(w) in _PUBLISHED_KEYS + _MODIFIED_KEYS),
                       key=lambda w: (_PUBLISHED_KEYS + _MODIFIED_KEYS).index(_key_of(w)))
        if known:
            source = f"page metadata {known[0]}"
        elif url and (published.strftime("%Y/%m/%d") in url or published.isoformat() in url):
            source = "the page URL"
        elif stating:
            source = f"page metadata {stating[0]}"
        else:
            source = "page markup (htmldate)"
    modified = next((day for where, value in items
                     if _key_of(where) in _MODIFIED_KEYS and (day := iso_day(value))), None)
    return source, modified


def parse_html(raw: str, path: str, url: str | None = None) -> Page:
    """The article of a web page; IngestError when the page has no article text."""
    # Imported here: trafilatura and lxml take ~0.3 s to load, which text-only runs skip.
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.fromstring(raw)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise IngestError(path, f"not an HTML page ({exc})") from None
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True, "url": url})
    text = (doc.text or "").strip() if doc is not None else ""
    if not text or _only_links(text, tree):
        # Skipped, not failed: the file holds no article to lose. A page a script fills in once
        # loaded is saved this way too, so the reason says how to save it with its text.
        raise skipped(path, "no article text in the page (markup only: empty, all navigation, or "
                            "filled in by a script; save it from the browser once it has loaded)")
    published = iso_day(doc.date)
    source, modified = _dates(tree, published, doc.url or url)
    if source is not None and any(f'"{key}"' in source or source.endswith(key)
                                  for key in _MODIFIED_KEYS):
        # htmldate falls back to the modification date; that is when the page last changed,
        # not when the article appeared, so the article is dated from its text instead.
        published, source, modified = None, None, modified or published
    return Page(text=with_headline(doc.title, text, add=False), title=doc.title or None, author=doc.author or None,
                url=doc.url or url, published=published, published_source=source,
                modified=modified if modified != published else None)


def _only_links(text: str, tree: object) -> bool:
    """Whether every line the extractor kept is the label of a link: a menu or an index of
    headlines, which the extractor returns when the page has nothing else ("Home\nWorld" was
    stored as an article)."""
    labels = {" ".join(a.text_content().split()) for a in tree.iter("a")}  # type: ignore[attr-defined]
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    return bool(labels) and all(line in labels for line in lines)


_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "section", "article", "pre", "figcaption")


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed item's content), one line per block.

    Not trafilatura: a fragment has no page furniture to remove, and its extractor drops
    short texts such as a two-sentence feed summary.
    """
    import lxml.html

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return fragment.strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for block in root.iter(*_BLOCKS):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
