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


def language_problem(lang: str | None, name: str = "lang") -> str | None:
    """Why `lang` cannot be an article's language (Dateline has no data for it), else None.

    One check for the CLI's `--lang` and the HTTP API's `lang`: an article read as 'xx' would be
    tagged with no language's words, so a code without a language file is refused, naming the
    codes there are, rather than silently read in the fallback language."""
    from dateline.temporal import available_languages

    if lang is None or lang in available_languages():
        return None
    return f"{name} {lang!r} is not a language Dateline knows; available: {', '.join(available_languages())}"


def identify(text: str, default: str = "en") -> str:
    """The ISO 639-1 code of the text's language, or `default` when there is too little text."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return default
    lang, _score = _identifier().classify(sample)
    return _written_standards().get(str(lang), str(lang))
