"""Public names of a package imported from their submodules only when first used (PEP 562).

A package's `__init__` that imported every submodule would make each caller pay for all of
them: `dateline.temporal` would load NumPy for a program that only tags, `dateline.render`
the store's types for one that only writes Markdown.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """The module `__getattr__` for `package`: each name in `where` comes from the submodule
    `where[name]` on first use, and is then kept as the package's own attribute."""

    def __getattr__(name: str) -> Any:
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{where[name]}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
