"""What the per-language tagging tests share: the publication date they anchor to, and the
(text, type, value) triples they compare."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Callable

from dateline.temporal import tag

DCT = dt.date(2023, 3, 20)  # a Monday

Found = Callable[..., list[tuple[str, str, str]]]


def _tagged(text: str, dct: dt.date | None = DCT, *, lang: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct, lang)]


def finder(lang: str) -> Found:
    """`found(text, dct=DCT)`: the expressions of a text in one language, as triples."""
    return partial(_tagged, lang=lang)
