"""Stage 5, render: write articles, time expressions and timelines in the formats users read.

Public API: `timeline_markdown`, `timeline_html`, `timeline_dict` / `timeline_from_dict`
(JSON, both ways), `write_timeline` / `read_timeline` (tilse's text format), `article_dict`,
`search_hit_dict`, `stored_article_dict`, and `annotate_document` / `annotate_parsed` /
`strip_timexes` / `article_timeml` (TimeML).

Names are imported when first used (PEP 562), so that a command writing Markdown does not
load what the JSON of stored articles needs (the store's types, NumPy with them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.lazy import lazy_exports

if TYPE_CHECKING:
    from dateline.render.html import timeline_html
    from dateline.render.jsonout import (article_dict, search_hit_dict, stored_article_dict, timeline_dict,
                                         timeline_from_dict)
    from dateline.render.markdown import timeline_markdown
    from dateline.render.tilse import read_timeline, write_timeline
    from dateline.render.timeml import annotate_document, annotate_parsed, article_timeml, strip_timexes

_WHERE = {
    "timeline_html": "html", "article_dict": "jsonout", "search_hit_dict": "jsonout",
    "stored_article_dict": "jsonout", "timeline_dict": "jsonout", "timeline_from_dict": "jsonout",
    "timeline_markdown": "markdown", "read_timeline": "tilse", "write_timeline": "tilse",
    "annotate_document": "timeml", "annotate_parsed": "timeml", "article_timeml": "timeml", "strip_timexes": "timeml",
}
__all__ = sorted(_WHERE)
__getattr__ = lazy_exports(__name__, _WHERE)
