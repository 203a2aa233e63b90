"""Language identification, with py3langid (bundled model, no download, ~10k texts/s)."""

from __future__ import annotations

from functools import lru_cache

# Spoken varieties py3langid tells apart whose news is written in the standard language
# (Moroccan and Egyptian Arabic newspapers write Modern Standard Arabic).
_STANDARD = {"ary": "ar", "arz": "ar"}
# langid needs a few words to be reliable; below this many letters we do not guess.
_MIN_LETTERS = 12
_SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    # Imported late: loading the model costs ~0.3 s, which commands that never need it skip.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def identify(text: str, default: str = "en") -> str:
    """The ISO 639-1 code of the text's language, or `default` when there is too little text."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return default
    lang, _score = _identifier().classify(sample)
    return _STANDARD.get(str(lang), str(lang))
