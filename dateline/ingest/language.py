"""Language identification, with py3langid (bundled model, no download, ~10k texts/s)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# langid needs a few words to be reliable; below this many letters we do not guess.
_MIN_LETTERS = 12
_SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def _written_standards() -> dict[str, str]:
    """Spoken variety -> the standard language its news is written in (`data/written_standards.txt`)."""
    text = (resources.files("dateline.ingest") / "data" / "written_standards.txt").read_text("utf-8")
    pairs = (line.split() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {code: standard for code, standard in pairs}


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
    return _written_standards().get(str(lang), str(lang))
