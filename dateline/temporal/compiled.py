"""Rule regexes compiled once per language and kept on disk between runs.

Python's `re` compiles a pattern in pure Python, and a language's ~100 rules, each spelling out
its word lists, take a third of a second or more to compile: most of the start-up of a short
`dateline annotate` run. A compiled `re.Pattern` cannot be saved (pickling one compiles it
again), and no library keeps `re` patterns across processes, so this keeps what `re.compile`
turns a pattern into (its SRE code, made by the same steps `re.compile` takes) and builds the
patterns from that, which takes milliseconds.

A cache file is named by a digest of the exact pattern texts, their flags and the Python build:
a changed language file or rule changes a pattern, so a stale file is never read, and the
stored texts are compared again on reading. A file is written whole under a temporary name and
then renamed, so a reader sees the old file or the new one, never half of one. Anything
unexpected (a damaged file, a Python whose `re` internals differ, a folder that cannot be
written) leaves the caller compiling as before. `$DATELINE_CACHE` names the folder (`off`: no
cache); the default is the user's cache folder.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import _sre  # type: ignore[import-not-found]

ENV_VAR = "DATELINE_CACHE"
# (pattern text, flags, SRE code, groups, group index, index group): `_sre.compile`'s arguments.
Entry = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]


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


def _digest(sources: Sequence[str], flags: int) -> str:
    h = hashlib.sha256(f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{flags}".encode())
    for source in sources:
        h.update(b"\0" + source.encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]


def _entry(source: str, flags: int) -> Entry:
    """What `re.compile(source, flags)` hands `_sre.compile` (`re._compiler.compile`)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (source, int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
            dict(groupindex), tuple(indexgroup))


def _patterns(entries: list[Entry]) -> list[re.Pattern[str]]:
    return [_sre.compile(*entry) for entry in entries]


def patterns(name: str, sources: Sequence[str], flags: int) -> list[re.Pattern[str]] | None:
    """The compiled `sources` (each equal to `re.compile(source, flags)`), from the cache file
    of `name` (a language's code) when it holds them, else compiled now and saved; None when
    there is no usable cache (the caller compiles each pattern when it first needs it)."""
    where = folder()
    if where is None:
        return None
    path = where / f"rules-{name}-{_digest(sources, flags)}.marshal"
    try:
        entries = marshal.loads(path.read_bytes())
        if [entry[0] for entry in entries] == list(sources):
            return _patterns(entries)
    except Exception:  # noqa: BLE001 - no file, or a damaged one: compiled and written again below
        pass
    try:
        where.mkdir(parents=True, exist_ok=True)
        if not os.access(where, os.W_OK):
            return None
        entries = [_entry(source, flags) for source in sources]
        compiled = _patterns(entries)
    except Exception:  # noqa: BLE001 - a pattern that does not compile says so where it is used
        return None
    _write(path, marshal.dumps(entries))
    return compiled


def _write(path: Path, data: bytes) -> None:
    """Write the file whole (a temporary file renamed over it), and remove the files of the
    same name with other digests: a language file edited many times leaves one cache file."""
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
        return
    stem = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{stem}-*.marshal"):
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass
