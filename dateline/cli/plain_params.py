"""Command-line values read without Pydantic when they are plainly valid.

Typer (pinned in pyproject.toml) coerces every parameter through a Pydantic `TypeAdapter`;
importing Pydantic and building the adapters is about 0.1 s of every run, as much as a short
`dateline annotate` spends on a hundred documents. The values most commands get are already
what the adapter would return: a string for `str`, ASCII digits for `int`, a flag's `bool`, an
`Enum`'s value.
Those are taken here as Typer takes them; any other value (a sign, a space, a wrong choice, a
type this module does not know) goes to Typer's own adapter, so results and error messages are
Typer's. `tests/test_cli_plain_params.py` compares both on each kind of value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from typer import _coercion
from typer._click import Context
from typer.core import _TyperParameter

# An int's digits past this many go to Typer (Python limits int() of long strings).
_MAX_DIGITS = 18


def _kind(annotation: Any, info: Any) -> str | None:
    """How a parameter's values are read here: "str", "int", "bool", "list[str]", "enum", or None
    (only by Typer) for anything with a parser, a click type, bounds or another type."""
    if any(getattr(info, name, None) is not None for name in ("parser", "click_type", "min", "max")) \
            or getattr(info, "clamp", False):
        return None
    if annotation in (str, int, bool):
        return annotation.__name__
    if annotation == list[str]:
        return "list[str]"
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "enum"
    return None


def _plain_str(value: Any) -> bool:
    return type(value) is str


@dataclass(frozen=True)
class PlainParam(_coercion.RuntimeParam):
    """A parameter's coercion: plain values here, every other value by Typer's adapter."""

    kind: str

    def _coerce_value(self, value: Any, param: _TyperParameter, ctx: Context) -> Any:
        kind = self.kind
        if kind == "str" and _plain_str(value):
            return value
        if kind == "bool" and type(value) is bool:
            return value
        if kind == "int" and _plain_str(value) and value.isascii() and value.isdigit() \
                and len(value) <= _MAX_DIGITS:
            return int(value)
        if kind == "list[str]" and isinstance(value, (list, tuple)) and all(map(_plain_str, value)):
            return list(value)
        if kind == "enum" and (ctx is None or ctx.token_normalize_func is None) \
                and self.parameter_info.case_sensitive:
            if isinstance(value, self.annotation):
                return value
            if _plain_str(value):
                for member in self.annotation:
                    if str(member.value) == value:
                        return member
        return _coercion.build_runtime_param(param.type_descriptor)._coerce_value(value, param, ctx)


def install(params: list[Any]) -> None:
    """Give each Typer parameter of a command that this module can read a `PlainParam`."""
    for param in params:
        if not isinstance(param, _TyperParameter) or getattr(param, "_runtime_param", ()) is not None:
            continue
        descriptor = param.type_descriptor
        kind = _kind(descriptor.annotation, descriptor.parameter_info)
        if kind is not None and descriptor.file_annotation is None:
            param._runtime_param = PlainParam(annotation=descriptor.annotation,
                                              parameter_info=descriptor.parameter_info, kind=kind)


def installing(get_help_option: Callable[[Context], Any]) -> Callable[[Context], Any]:
    """A command's `get_help_option`, its `--help` option (made when first asked) given a
    `PlainParam` too."""

    def get(ctx: Context) -> Any:
        option = get_help_option(ctx)
        if option is not None:
            install([option])
        return option

    return get
