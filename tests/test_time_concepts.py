"""The time-concept coverage audit (tests/time_concepts.py): every concept news uses, one
sentence per language, found with the extent, type and value TimeML gives it. Cells listed in
`GAPS` are expected to fail, each for its stated reason; `python tests/time_concepts.py`
prints the whole concept × language table."""

from __future__ import annotations

import pytest
from time_concepts import CONCEPTS, GAPS, LANGS, Triple
from timex_cases import finder

CASES = [
    pytest.param(lang, text, expected, id=f"{concept}-{lang}",
                 marks=[pytest.mark.xfail(reason=GAPS[concept, lang], strict=True)] if (concept, lang) in GAPS else [])
    for concept, cases in CONCEPTS.items() for lang, (text, expected) in cases.items()
]


def test_every_concept_is_written_in_every_language() -> None:
    """Equal care: no concept lacks a language, and every known gap names a real cell."""
    assert all(tuple(cases) == LANGS for cases in CONCEPTS.values())
    assert all(concept in CONCEPTS and lang in LANGS for concept, lang in GAPS)


@pytest.mark.parametrize("lang, text, expected", CASES)
def test_time_concept(lang: str, text: str, expected: list[Triple]) -> None:
    assert finder(lang)(text) == expected
