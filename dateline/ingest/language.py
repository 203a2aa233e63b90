"""Language identification, with py3langid (bundled model, no download, ~10k texts/s), into
the languages Dateline reads: those with a temporal language file (`dateline.temporal`)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from importlib import resources

# langid needs a few words to be reliable; below this many letters we do not guess.
_MIN_LETTERS = 12
_SAMPLE_CHARS = 4000
# The scripts of the languages Dateline reads, by letter; any other letter is "other". A line
# belongs to the script most of its letters are in.
_SCRIPTS = {"latin": re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]"),
            "cyrillic": re.compile(r"[\u0400-\u052F]"),
            "arabic": re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")}
# Any letter beyond the Latin blocks (punctuation and symbols aside): a text without one is in
# one script, and is read whole without counting letters per script.
_LETTER = re.compile(r"[^\W\d_]")
_BEYOND_LATIN = re.compile(r"[\u0370-\u1DFF\u2E80-\uFFFF]")


def code_table(name: str) -> dict[str, str]:
    """A data file of lines "code value" (`#` comments and blank lines aside) as a mapping:
    the ingest stage's tables by language code (`written_standards.txt`, `stemmers.txt`)."""
    text = (resources.files("dateline.ingest") / "data" / name).read_text("utf-8")
    pairs = (line.split() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {code: value for code, value in pairs}


@lru_cache(maxsize=1)
def _written_standards() -> dict[str, str]:
    """Spoken variety -> the standard language its news is written in (`data/written_standards.txt`)."""
    return code_table("written_standards.txt")


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    # Imported late: loading the model costs ~0.3 s, which commands that never need it skip.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def _supported() -> tuple[str, ...]:
    from dateline.temporal import available_languages

    return available_languages()


def language_code(value: str | None, name: str = "lang") -> str | None:
    """A language tag as the code of a language Dateline reads: 'EN', 'es-MX' and 'pt_BR' are
    en, es and pt (what feeds, exports and users write); None stays None.

    The one check for the CLI's `--lang`, the HTTP API's `lang` and a JSONL record's `lang`: a
    code without a language file is a ValueError naming the codes there are (an article read as
    'xx' would be tagged with no language's words), which each caller reports its own way
    (exit 2, HTTP 422, a warning) rather than silently reading the fallback language."""
    if value is None:
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    if code not in _supported():
        raise ValueError(f"{name} {code!r} is not a language Dateline knows; available: {', '.join(_supported())}")
    return code


def _counts(text: str) -> dict[str, int]:
    """Letters per script (`_SCRIPTS`, and "other")."""
    counts = {script: len(letters.findall(text)) for script, letters in _SCRIPTS.items()}
    counts["other"] = max(0, len(_LETTER.findall(text)) - sum(counts.values()))
    return counts


def _majority_script(sample: str) -> tuple[str, str]:
    """The script most of the sample's letters are in ("latin" for a text with no letter
    beyond it), and the sample's lines in that script: a Spanish article quoting posts in
    Arabic is read by its Spanish, whose letters are the most, where the identifier, weighing
    every Arabic letter far above a Latin one, said Arabic. A text in one script is itself
    (the identifier weighs languages of one script by their share)."""
    if not _BEYOND_LATIN.search(sample):
        return "latin", sample
    counts = _counts(sample)
    if sum(1 for n in counts.values() if n) <= 1:
        return max(counts, key=counts.__getitem__), sample
    by_script: dict[str, list[str]] = {}
    letters: dict[str, int] = {}
    for line in sample.splitlines():
        counts = _counts(line)
        script = max(counts, key=counts.__getitem__)
        if counts[script]:
            by_script.setdefault(script, []).append(line)
            letters[script] = letters.get(script, 0) + sum(counts.values())
    script = max(letters, key=letters.__getitem__)
    return script, "\n".join(by_script[script])


def identification(text: str, default: str = "en") -> tuple[str, str | None]:
    """The language to read the text in and, when the identifier named a language Dateline has
    no data for, that language (else None).

    The answer is always a language Dateline reads. For a text identified as another one (a
    short Spanish text taken for Extremaduran 'ext', a Galician or Ukrainian text) it is the
    one the identifier ranks highest, which for a variety or a neighbour in the same script is
    the language it is closest to; for a script none of them is written in (Chinese), where
    that ranking means nothing, `default`. The caller says so. `default` too when there is
    too little text."""
    script, sample = _majority_script(text[:_SAMPLE_CHARS])
    if len(list(islice(_LETTER.finditer(sample), _MIN_LETTERS))) < _MIN_LETTERS:
        return default, None
    standards, supported = _written_standards(), _supported()
    found, _score = _identifier().classify(sample)
    found = standards.get(str(found), str(found))
    if found in supported:
        return found, None
    if script == "other":
        return default, found
    ranked = (standards.get(str(code), str(code)) for code, _score in _identifier().rank(sample))
    return next((code for code in ranked if code in supported), default), found


def identify(text: str, default: str = "en") -> str:
    """The ISO 639-1 code of the text's language among those Dateline reads (`identification`),
    or `default` when there is too little text."""
    return identification(text, default)[0]
