"""Markdown articles: the text a reader sees, with the title and date of the front matter.

Static-site generators (Jekyll, Hugo) and note tools write a `---` front matter block with
`title:` and `date:` (Hugo also a `+++` one with `title = ` and `date = `); the first
`# heading` is the title otherwise. Markup is removed with a
few rules rather than a Markdown library: only the words matter here, and offsets into the
cleaned text are what sentences and time expressions point at.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dateline.ingest.errors import IngestError, warning
from dateline.ingest.dates import iso_day
from dateline.ingest.html import Page

# YAML front matter between `---` lines (Jekyll, Hugo, note tools), or Hugo's TOML between `+++`.
_FRONT_MATTER = re.compile(r"\A\ufeff?(?:---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)|\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+)"
                           r"[ \t]*(?:\r?\n|\Z)", re.S)
_FIELD = re.compile(r"^(\w+)[ \t]*[:=][ \t]*(.*?)[ \t]*$", re.M)
_RULES = [
    (re.compile(r"^```.*$|^~~~.*$", re.M), ""),                 # code fences (content kept)
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),             # images: alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),              # links: their text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),             # reference links
    (re.compile(r"^\s*\[[^\]]+\]:\s+\S+.*$", re.M), ""),        # link definitions
    (re.compile(r"<[^>\n]+>"), ""),                             # inline HTML tags
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\1"),  # ATX headings
    (re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$", re.M), ""),     # setext underlines, rules
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),              # block quotes
    (re.compile(r"^([ \t]*)(?:[*+-]|\d+[.)])[ \t]+", re.M), r"\1"),  # list markers
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),      # bold
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # italics
    (re.compile(r"`([^`]+)`"), r"\1"),                          # inline code
    (re.compile(r"\n{3,}"), "\n\n"),
]
_HEADING = re.compile(r"^[ \t]{0,3}#[ \t]+(.+?)[ \t#]*$", re.M)


def _unquote(value: str) -> str:
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"" else value


def parse_markdown(raw: str, path: str = "<markdown>",
                   on_warning: Callable[[IngestError], None] | None = None) -> Page:
    """The article of a Markdown file: plain text, title, and the front matter's date (one
    that is no date is reported to `on_warning` and left out, as a JSONL record's is)."""
    fields: dict[str, str] = {}
    m = _FRONT_MATTER.match(raw)
    if m is not None:
        fields = {k.lower(): _unquote(v) for k, v in _FIELD.findall(m.group(1) or m.group(2))}
        raw = raw[m.end():]
    heading = _HEADING.search(raw)
    title = fields.get("title") or (heading.group(1).strip() if heading else None)
    text = raw
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    published = iso_day(fields.get("date", ""))
    if published is None and fields.get("date") and on_warning is not None:
        on_warning(warning(path, f"front matter 'date' {fields['date']!r} is not YYYY-MM-DD; "
                                 "left out (the date is taken from the folder or the text)"))
    return Page(text=text.strip(), title=title or None, author=fields.get("author") or None,
                url=fields.get("url") or fields.get("canonical_url") or None,
                published=published,
                published_source="front matter 'date'" if published else None,
                modified=iso_day(fields.get("lastmod") or fields.get("updated") or ""))
