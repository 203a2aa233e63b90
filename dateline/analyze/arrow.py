"""Articles as Arrow rows: the Parquet schema is derived from the data model itself.

The schema follows `dateline.model.Article`'s type hints (nested dataclasses become structs,
lists and tuples become lists, enums strings), so a field another stage adds to the model is
written and read back without touching this module. A field of a type Arrow cannot express
plainly (a dict, `Any`) is kept as a JSON string.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import types
import typing
from functools import cache
from typing import Any

import pyarrow as pa

from dateline.model import Article

_PRIMITIVES: dict[type, pa.DataType] = {
    str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32(),
}


def _optional(hint: Any) -> Any:
    """`X | None` -> X; any other hint unchanged."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint


def _item(hint: Any) -> Any | None:
    """The item type of `list[X]` or `tuple[X, ...]`, else None."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is list and len(args) == 1:
        return args[0]
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of a model type hint (JSON text for what has no plain Arrow form)."""
    hint = _optional(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return pa.string()
    if hint in _PRIMITIVES:
        return _PRIMITIVES[hint]
    if dataclasses.is_dataclass(hint):
        return pa.struct([pa.field(f.name, arrow_type(_hints(hint)[f.name]))
                          for f in dataclasses.fields(hint)])
    item = _item(hint)
    if item is not None:
        return pa.list_(arrow_type(item))
    return pa.string()


@cache
def article_schema() -> pa.Schema:
    """One row per article, every field of `Article`."""
    return pa.schema([pa.field(f.name, arrow_type(_hints(Article)[f.name]))
                      for f in dataclasses.fields(Article)])


def _to_arrow(value: Any, hint: Any) -> Any:
    if value is None:
        return None
    hint = _optional(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return str(value.value)
    if hint in _PRIMITIVES:
        return value
    if dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        return {f.name: _to_arrow(getattr(value, f.name), hints[f.name])
                for f in dataclasses.fields(hint)}
    item = _item(hint)
    if item is not None:
        return [_to_arrow(v, item) for v in value]
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _from_arrow(value: Any, hint: Any) -> Any:
    if value is None:
        return None
    hint = _optional(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if hint in _PRIMITIVES:
        return value
    if dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        return hint(**{name: _from_arrow(v, hints[name]) for name, v in value.items()})
    item = _item(hint)
    if item is not None:
        items = [_from_arrow(v, item) for v in value]
        return tuple(items) if typing.get_origin(_optional(hint)) is tuple else items
    return json.loads(value)


def article_row(article: Article) -> dict[str, Any]:
    """An article as a row of `article_schema()`."""
    return _to_arrow(article, Article)


def row_article(row: dict[str, Any]) -> Article:
    """The article a row of `article_schema()` holds."""
    return _from_arrow(row, Article)
