"""The server's options, with safe defaults for a newsroom network."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Settings:
    """`read_only` refuses every write; `token`, when set, is required (as `Authorization:
    Bearer TOKEN`) by write endpoints; `cors_origins` empty means no cross-origin access."""

    read_only: bool = False
    token: str | None = None
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    max_body_bytes: int = 5_000_000
    max_query_bytes: int = 4_096
    max_articles_per_request: int = 1_000
