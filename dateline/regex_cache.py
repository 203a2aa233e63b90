"""Regexes compiled once and kept on disk between runs.

Python's `re` compiles a pattern in pure Python, and the patterns Dateline builds from its
language files are long (a language's ~100 tagging rules each spell out their word lists, the
page-furniture cues hold every language's phrases): compiling them took most of the start-up of a
short `dateline annotate` run. A compiled `re.Pattern` cannot be saved (pickling one compiles it
again), and no library keeps `re` patterns across processes, so this keeps what `re.compile` turns
a pattern into (its SRE code, made by the same steps `re.compile` takes) and builds the pattern from
that, which takes microseconds.

Each group of patterns (a language's, or `common`) has a file named by the Python build, holding
entries keyed by the exact pattern text and flags: a changed language file or rule makes another
pattern text, so an entry is never used for a pattern it was not made from. Patterns compiled by a
process (a pool's worker too) are added to their group's file when it ends: the file is read
again and written whole under a temporary name, then renamed, with a lock held throughout, so a
reader sees the old file or the new one, never half of one, and two processes ending together
add in turn instead of one writing over the other's patterns; a file grown past `MAX_BYTES` (old
entries of edited language files) starts again from the process's own entries. A write also
clears the folder of what nothing will read: temporary files a killed writer left, and the files
of a Python build (an upgraded or removed interpreter) that has not written for `STALE_DAYS`.
Anything unexpected (a damaged file, a Python whose `re` internals differ, a folder that cannot
be written) only means compiling as `re.compile` does. `$DATELINE_CACHE` names the folder (`off`:
no cache); the default is the user's cache folder.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import _sre  # type: ignore[import-not-found]

ENV_VAR = "DATELINE_CACHE"
MAX_BYTES = 32 * 1024 * 1024
# Another Python build's files unwritten this long are taken for a removed interpreter's. One
# still in use only compiles its patterns once more (a second) and writes them again.
STALE_DAYS = 30
# A temporary file older than this is a killed writer's: a live one renames it within a second.
STALE_TMP_SECONDS = 3600
# `_sre.compile`'s arguments after the pattern text: flags, SRE code, groups, group index, index group.
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


@dataclass(slots=True)
class _Group:
    path: Path
    entries: dict[tuple[str, int], Entry]
    added: dict[tuple[str, int], Entry] = field(default_factory=dict)


_groups: dict[str, _Group | None] = {}
_saving_pid = 0  # the process set to save at its end (a forked worker is another)


def folder() -> Path | None:
    """Where compiled patterns are kept: `$DATELINE_CACHE`, else the user's cache folder;
    None when `$DATELINE_CACHE` is `off`."""
    value = os.environ.get(ENV_VAR)
    if value == "off":
        return None
    if value:
        return Path(value)
    from platformdirs import user_cache_path

    return user_cache_path("dateline")


def _build() -> str:
    """The Python build the SRE code is valid for."""
    return hashlib.sha256(f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}".encode()).hexdigest()[:16]


def _group(name: str) -> _Group | None:
    if name not in _groups:
        where = folder()
        group = None
        if where is not None:
            path = where / f"regex-{name}-{_build()}.marshal"
            group = _Group(path, _read(path)[0])
        _groups[name] = group
    return _groups[name]


def _read(path: Path) -> tuple[dict[tuple[str, int], Entry], int]:
    """A group file's entries and its size; none for no file yet or a damaged one (written again)."""
    try:
        data = path.read_bytes()
        loaded = marshal.loads(data)
    except Exception:  # noqa: BLE001 - no file, or marshal's error for a damaged one
        return {}, 0
    return (loaded, len(data)) if isinstance(loaded, dict) else ({}, 0)


def _entry(source: str, flags: int, first_chars: bool = False) -> Entry:
    """What `re.compile(source, flags)` hands `_sre.compile` (`re._compiler.compile`); with
    `first_chars`, its code told the characters a match can start with (`_starting_with`)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    if first_chars:
        code = _starting_with(code, parsed, flags | parsed.state.flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
            dict(groupindex), tuple(indexgroup))


def regex(source: str, flags: int = 0, group: str = "common", first_chars: bool = False) -> re.Pattern[str]:
    """`re.compile(source, flags)` (an equal pattern: same text, flags and code), from `group`'s
    file when it holds it; else compiled now and added to the file when the process ends. A
    pattern that does not compile raises `re.error`, as `re.compile` does.

    `first_chars`: the same matches, but the code also lists the characters a match can start
    with (`_starting_with`), so a search skips the other positions without trying the pattern
    there, as `re` does by itself for a pattern without IGNORECASE or a leading lookbehind."""
    store = _group(group)
    if store is None and not first_chars:  # no cache folder (`$DATELINE_CACHE` off)
        return re.compile(source, flags)
    key = (source, int(flags) | (_FIRST_CHARS if first_chars else 0))
    if store is not None and (entry := store.entries.get(key) or store.added.get(key)) is not None:
        try:
            return _sre.compile(source, *entry)
        except Exception:  # noqa: BLE001 - a damaged entry: compiled again below
            store.entries.pop(key, None)
    try:
        entry = _entry(source, flags, first_chars)
        pattern = _sre.compile(source, *entry)
    except Exception:  # noqa: BLE001 - re.compile's own error, or other re internals
        return re.compile(source, flags)
    if store is not None:
        store.added[key] = entry
        _save_at_exit()
    return pattern


# A cache key's flag for `first_chars` code (above every `re` flag).
_FIRST_CHARS = 1 << 24


class _AnyStart(Exception):
    """A match may start with any character, or with none (`_firsts` gives up)."""


def _starting_with(code: list[int], parsed: object, flags: int) -> list[int]:
    """`code` with an INFO block that lists the characters a match can start with, when `re`'s
    own compiler gave it none: it gives none under IGNORECASE, nor past a leading lookbehind,
    and every tagging rule has both, so SRE tried the whole pattern at every position of a
    window. The set is a superset of the real one (each literal with every character that
    IGNORECASE lets it match, as SRE compares: `_sre.unicode_tolower` and `re`'s extra cases);
    a pattern that can match the empty string, or whose start is anything else (a negated set,
    `.`, a back-reference, a class beyond digits and spaces), keeps `re`'s code unchanged."""
    from re import _compiler  # type: ignore[attr-defined]
    from re import _constants as sre  # type: ignore[attr-defined]

    if code[0] != sre.INFO or code[2] & (sre.SRE_INFO_PREFIX | sre.SRE_INFO_CHARSET) or code[3] == 0 \
            or flags & sre.SRE_FLAG_LOCALE or not flags & sre.SRE_FLAG_UNICODE:
        return code
    try:
        chars, categories, empty = _firsts(parsed.data, flags)  # type: ignore[attr-defined]
    except _AnyStart:
        return code
    if empty:
        return code
    if categories:  # "\d" under IGNORECASE: a character whose lower case is a digit
        probe = re.compile("[" + "".join(_CATEGORY_CLASS[c] for c in categories) + "]")
        chars |= {c for lower, cs in _cased().items() if probe.match(chr(lower)) for c in cs}
    items = [(sre.LITERAL, c) for c in sorted(chars)] + [(sre.CATEGORY, c) for c in categories]
    charset, _ = _compiler._optimize_charset(items)
    info = [sre.INFO, 0, code[2] | sre.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags & ~sre.SRE_FLAG_IGNORECASE, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1:]


def _firsts(items: list[tuple[object, object]], flags: int) -> tuple[set[int], list[object], bool]:
    """The characters (with their IGNORECASE variants) and categories a sequence of parsed items
    can start with, and whether it can match the empty string."""
    from re import _compiler  # type: ignore[attr-defined]
    from re import _constants as sre  # type: ignore[attr-defined]

    chars: set[int] = set()
    categories: list[object] = []
    folded = bool(flags & sre.SRE_FLAG_IGNORECASE)
    for op, av in items:
        if op is sre.LITERAL:
            chars |= _variants(av) if folded else {av}  # type: ignore[arg-type]
            return chars, categories, False
        if op is sre.IN:
            for member, value in av:  # type: ignore[attr-defined]
                if member is sre.LITERAL:
                    chars |= _variants(value) if folded else {value}
                elif member is sre.RANGE and value[1] - value[0] < 1024:
                    for c in range(value[0], value[1] + 1):
                        chars |= _variants(c) if folded else {c}
                elif member is sre.CATEGORY and value in _CATEGORY_CLASS:
                    if value not in categories:
                        categories.append(value)
                else:
                    raise _AnyStart
            return chars, categories, False
        if op is sre.SUBPATTERN:
            _, add, remove, sub = av  # type: ignore[misc]
            inner = _compiler._combine_flags(flags, add, remove)
            if inner & sre.SRE_FLAG_LOCALE or not inner & sre.SRE_FLAG_UNICODE:
                raise _AnyStart
            more, cats, empty = _firsts(sub.data, inner)
        elif op is sre.BRANCH:
            more, cats, empty = set(), [], False
            for alternative in av[1]:  # type: ignore[index]
                a_chars, a_cats, a_empty = _firsts(alternative.data, flags)
                more |= a_chars
                cats += a_cats
                empty = empty or a_empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, sub = av  # type: ignore[misc]
            more, cats, empty = _firsts(sub.data, flags)
            empty = empty or low == 0
        elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):  # zero-width: the next item starts the match
            continue
        else:
            raise _AnyStart
        chars |= more
        categories += [c for c in cats if c not in categories]
        if not empty:
            return chars, categories, False
    return chars, categories, True


def _class_map() -> dict[object, str]:
    from re import _constants as sre  # type: ignore[attr-defined]

    return {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s"}


_CATEGORY_CLASS = _class_map()
_by_lower: dict[int, list[int]] | None = None


def _cased() -> dict[int, list[int]]:
    """Every code point that `_sre.unicode_tolower` changes, by its lower case (computed once,
    when a pattern is compiled)."""
    global _by_lower
    if _by_lower is None:
        tolower = _sre.unicode_tolower
        _by_lower = {}
        for c in range(sys.maxunicode + 1):
            lower = tolower(c)
            if lower != c:
                _by_lower.setdefault(lower, []).append(c)
    return _by_lower


def _variants(char: int) -> set[int]:
    """The characters an IGNORECASE literal `char` matches (and more): those whose lower case,
    as SRE takes it, is `char`'s or one of `re`'s extra cases of it (ſ for s, K for k)."""
    from re import _compiler  # type: ignore[attr-defined]

    lower = _sre.unicode_tolower(char)
    targets = {char, lower, *_compiler._EXTRA_CASES.get(lower, ())}
    found = set(targets)
    for target in targets:
        found.update(_cased().get(target, ()))
    return found


def _save_at_exit() -> None:
    """Have `save` run when this process ends, through multiprocessing's exit hook: it runs at a
    main process's exit (atexit) and as a pool's worker ends, where atexit does not (a forked
    worker leaves by `os._exit`). A worker starts with the hook's list emptied, so each process
    registers once, at the first pattern it compiles."""
    global _saving_pid
    if _saving_pid != os.getpid():
        from multiprocessing import util

        util.Finalize(None, save, exitpriority=0)
        _saving_pid = os.getpid()


def save() -> None:
    """Write every group that gained patterns (at the process's end, or when a caller asks),
    then clear each folder written of what nothing will read (`_clear_stale`)."""
    written: set[Path] = set()
    for group in _groups.values():
        if group is None or not group.added:
            continue
        try:
            group.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        with _locked(group.path):
            kept, size = _read(group.path)  # as it is now: other processes may have added to it
            if size > MAX_BYTES:
                kept = {}
            kept.update(group.added)
            group.entries, group.added = kept, {}
            _write(group.path, marshal.dumps(kept))
        written.add(group.path.parent)
    for where in written:
        _clear_stale(where)


def _clear_stale(where: Path) -> None:
    """Remove the cache files nothing will read again: a killed writer's temporary files, and a
    Python build's files (with their lock) that build has not written for `STALE_DAYS` (each
    interpreter Dateline ran under kept ~1.4 MB per language for good). Only names this module
    writes; a file that cannot be removed is left."""
    import time

    build, now = _build(), time.time()
    try:
        names = [entry for entry in os.scandir(where) if entry.name.startswith("regex-")]
    except OSError:
        return
    for entry in names:
        try:
            age = now - entry.stat().st_mtime
            if entry.name.endswith(".tmp"):
                stale = age > STALE_TMP_SECONDS
            else:
                data = entry.name.removesuffix(".lock")
                stale = (data.endswith(".marshal") and not data.endswith(f"-{build}.marshal")
                         and _older(where / data, now))
            if stale:
                os.unlink(entry.path)
        except OSError:
            continue


def _older(path: Path, now: float) -> bool:
    """Whether a group file was last written more than `STALE_DAYS` ago, or is gone (its lock is
    then left over)."""
    try:
        return now - path.stat().st_mtime > STALE_DAYS * 86400
    except FileNotFoundError:
        return True


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold `path`'s lock file (fcntl's, on POSIX) while the file is read and written again.
    Without one (Windows, a folder that cannot be written) the later writer's file wins, which
    only means compiling the other's patterns again."""
    fd = None
    try:
        import fcntl

        fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
    except (ImportError, OSError):
        pass
    try:
        yield
    finally:
        if fd is not None:
            os.close(fd)  # and with it the lock


def _write(path: Path, data: bytes) -> None:
    """Write the file whole: a temporary file renamed over it."""
    import tempfile  # only when something was compiled

    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
