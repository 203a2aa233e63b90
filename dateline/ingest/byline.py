"""An author's name without the label of its byline ("Автор: Мария Соколова", "Por Ana García").

trafilatura reads a page's byline as its author and drops the English "By" and German "von",
but keeps every other language's label ("Автор Мария Соколова", with the colon dropped). The
labels are language data (`data/bylines/<lang>.txt`); all languages' labels apply to every
author, as a page's language says nothing of its byline's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_LABEL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def languages() -> list[str]:
    """The languages with a list of byline labels."""
    folder = resources.files("dateline.ingest") / "data" / "bylines"
    return sorted(p.name.removesuffix(".txt") for p in folder.iterdir() if p.name.endswith(".txt"))


@lru_cache(maxsize=1)
def _labels() -> re.Pattern[str]:
    """Every language's labels, checked (lower-case words of letters), as one pattern: a label
    opening the byline, then a colon or a dash, or a space before the name."""
    labels: set[str] = set()
    for lang in languages():
        text = (resources.files("dateline.ingest") / "data" / "bylines" / f"{lang}.txt").read_text("utf-8")
        for line in text.splitlines():
            label = line.strip()
            if not label or label.startswith("#"):
                continue
            if not _LABEL.fullmatch(label) or label != label.lower():
                raise ValueError(f"bylines/{lang}.txt: {label!r} is not a lower-case label of words")
            labels.add(label)
    alternation = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"\s*(?:{alternation})(?:\s*[:：\-–—]\s*|\s+)(?=\S)", re.IGNORECASE)


def author_name(byline: str) -> str:
    """The name of a byline without its label. Without a colon or dash after the label, the
    name must keep two words at least: "Di Stefano" may be a surname, "Di Marco Rossi" is
    Marco Rossi's byline."""
    m = _labels().match(byline)
    if m is None:
        return byline.strip()
    name = byline[m.end():].strip()
    if not m.group().strip()[-1:].isalpha() or len(name.split()) >= 2:
        return name
    return byline.strip()
