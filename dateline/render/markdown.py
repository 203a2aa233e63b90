"""Timelines as Markdown: one heading per date, each sentence followed by its source."""

from __future__ import annotations

from dateline.model import Timeline, TimelineSentence


def source_parts(sentence: TimelineSentence) -> tuple[str, bool]:
    """"title, path, published 2025-05-08" and whether that date was inferred. An article
    with no file (fetched, posted, from a feed URL) is named by its URL: its id may be only
    the store's number for it.

    Apart so each format marks an inferred date its own way, without searching its own text.
    A sentence that is its article's headline is not cited by the headline again (the page
    showed "Crue historique … Crue historique …, news/…"): a headline is a fine summary of its day,
    once.
    """
    title = sentence.title if sentence.title and sentence.title.strip() != sentence.text.strip() else None
    parts = [p for p in (title, sentence.path or sentence.url or sentence.article_id) if p]
    if sentence.article_date is None:
        return ", ".join(parts), False
    parts.append(f"published {sentence.article_date.isoformat()}")
    return ", ".join(parts), sentence.date_inferred


def source_label(sentence: TimelineSentence) -> str:
    """"title, path, published 2025-05-08 (inferred)": enough to find the article again."""
    label, inferred = source_parts(sentence)
    return label + " (inferred)" if inferred else label


def event_label(sentence: TimelineSentence) -> str:
    """"visit (happened; dated by expression, 0.9) · participants: Xi Jinping, Russia · 3 sources"."""
    parts = [f"{sentence.event} ({sentence.status}; dated by {sentence.anchor}, {sentence.certainty})"]
    if sentence.participants:
        parts.append("participants: " + ", ".join(sentence.participants))
    sources = 1 + len(sentence.reports)
    parts.append(f"{sources} source" + ("s" if sources > 1 else ""))
    return " · ".join(parts)


def _escape(text: str) -> str:
    """Keep Markdown from reading article text as markup."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def timeline_markdown(timeline: Timeline) -> str:
    """The timeline as a Markdown document."""
    title = "Timeline" + (f": {', '.join(timeline.query)}" if timeline.query else "")
    lines = [f"# {_escape(title)}", ""]
    lines += [f"> {_escape(note)}" for note in timeline.notes]
    if timeline.notes:
        lines.append("")
    for entry in timeline.entries:
        lines += [f"## {entry.date.isoformat()}", ""]
        for sentence in entry.sentences:
            lines.append(f"- {_escape(sentence.text)}  \n  *{_escape(source_label(sentence))}*")
            if sentence.event is not None:
                lines.append(f"  {_escape(event_label(sentence))}")
            lines += [f"  - also: {_escape(r.text)}  \n    *{_escape(source_label(r))}*"
                      for r in sentence.reports]
        lines.append("")
    if not timeline.entries:
        lines += ["*No entries.*", ""]
    return "\n".join(lines)
