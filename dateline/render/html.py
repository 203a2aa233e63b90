"""Timelines as one self-contained HTML page: inline style, no scripts or external assets."""

from __future__ import annotations

import re
from html import escape

from dateline.model import Timeline, TimelineSentence
from dateline.render.markdown import event_label, source_parts

_STYLE = """
body { font: 16px/1.5 Georgia, serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem;
       color: #222; background: #fdfdfb; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
p.meta { color: #666; margin-top: 0; }
p.note { background: #fff4d6; padding: .4rem .8rem; border-left: 3px solid #e0a800; }
ol.timeline { list-style: none; padding: 0; border-left: 2px solid #b8c4d6; }
ol.timeline > li { margin: 0 0 1.4rem 0; padding-left: 1.2rem; position: relative; }
ol.timeline > li::before { content: ""; position: absolute; left: -7px; top: .45rem;
       width: 12px; height: 12px; border-radius: 50%; background: #3b6ea5; }
time { font: bold 1rem system-ui, sans-serif; color: #3b6ea5; }
ul { padding-left: 1.1rem; }
li li { margin: .35rem 0; }
cite { display: block; font: .8rem system-ui, sans-serif; color: #666; font-style: normal; }
.inferred { color: #a15c00; }
p.event { font: .8rem system-ui, sans-serif; color: #3b6ea5; margin: .2rem 0; }
div.report { margin: .3rem 0 0 1rem; font-size: .9rem; }
p.text { margin: 0; }
.url { color: #888; word-break: break-all; }
"""


# Schemes that may become links. Anything else (javascript:, data:, vbscript:, file:, a
# relative path) is shown as text: a link from an article's metadata must never run script
# or reach into the reader's machine. Browsers ignore ASCII whitespace and control characters
# inside a scheme ("java\tscript:"), so a URL holding any is not linked either.
_LINK_SCHEMES = re.compile(r"(?:https?://|mailto:)[^\x00-\x20\x7f]+\Z", re.I)


def safe_href(url: str | None) -> str | None:
    """The URL if it may be a link (http, https or mailto), else None."""
    if url is None or not _LINK_SCHEMES.match(url):
        return None
    return url


def _source(sentence: TimelineSentence) -> str:
    text, inferred = source_parts(sentence)
    label = escape(text) + (' <span class="inferred">(inferred)</span>' if inferred else "")
    href = safe_href(sentence.url)
    if href is not None:
        return f'<a href="{escape(href, quote=True)}" rel="noopener noreferrer nofollow">{label}</a>'
    if sentence.url and sentence.path:  # without a path, the label names the URL already
        return f'{label} <span class="url">{escape(sentence.url)}</span>'
    return label


def _text(sentence: TimelineSentence) -> str:
    """A sentence as a paragraph in its article's language, its direction taken from its own
    letters (`dir="auto"`), so Arabic reads right to left, its full stop at its left end,
    inside a page laid out left to right."""
    lang = f' lang="{escape(sentence.lang, quote=True)}"' if sentence.lang else ""
    return f'<p class="text"{lang} dir="auto">{escape(sentence.text)}</p>'


def timeline_html(timeline: Timeline) -> str:
    """The timeline as a complete HTML document."""
    title = "Timeline" + (f": {', '.join(timeline.query)}" if timeline.query else "")
    parts = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             # No script, frame or remote asset may load, whatever an article smuggles in.
             '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
             'style-src \'unsafe-inline\'">',
             f"<title>{escape(title)}</title>", f"<style>{_STYLE}</style>", "</head>", "<body>",
             f"<h1>{escape(title)}</h1>",
             f'<p class="meta">{len(timeline.entries)} dates · method {escape(timeline.method)}</p>']
    parts += [f'<p class="note">{escape(note)}</p>' for note in timeline.notes]
    parts.append('<ol class="timeline">')
    for entry in timeline.entries:
        day = entry.date.isoformat()
        parts.append(f'<li><time datetime="{day}">{day}</time><ul>')
        for sentence in entry.sentences:
            parts.append(f"<li>{_text(sentence)}<cite>{_source(sentence)}</cite>")
            if sentence.event is not None:
                parts.append(f'<p class="event">{escape(event_label(sentence))}</p>')
            parts += [f'<div class="report">{_text(r)}<cite>{_source(r)}</cite></div>'
                      for r in sentence.reports]
            parts.append("</li>")
        parts.append("</ul></li>")
    parts += ["</ol>", "</body>", "</html>", ""]
    return "\n".join(parts)
