"""Fetching a URL politely: a timeout, a size limit, a user agent, a bounded number of redirects."""

from __future__ import annotations

from dataclasses import dataclass

from dateline.version import __version__
from dateline.ingest.errors import IngestError

USER_AGENT = f"Dateline/{__version__} (news timeline engine; +https://pypi.org/project/dateline/)"
TIMEOUT_SECONDS = 20.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
_SCHEMES = ("http://", "https://")


@dataclass(slots=True)
class Fetched:
    """A fetched resource: the final URL after redirects, its media type and its bytes."""

    url: str
    media_type: str
    data: bytes
    charset: str | None = None


def is_url(source: str) -> bool:
    """Whether a source names a web resource rather than a file."""
    return source.lower().startswith(_SCHEMES)


def fetch(url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES,
          max_redirects: int = MAX_REDIRECTS) -> Fetched:
    """GET a URL; every failure becomes an IngestError that says what went wrong."""
    import httpx  # imported here: only URL input needs it

    try:
        with httpx.Client(follow_redirects=True, max_redirects=max_redirects, timeout=timeout,
                          headers={"User-Agent": USER_AGENT,
                                   "Accept": "text/html, application/xhtml+xml, application/rss+xml, "
                                             "application/atom+xml, application/xml;q=0.9, text/*;q=0.8"}
                          ) as client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise IngestError(url, f"HTTP {response.status_code} {response.reason_phrase}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise IngestError(url, f"larger than the {max_bytes // 1_000_000} MB limit "
                                       f"({int(declared):,} bytes)")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(url, f"larger than the {max_bytes // 1_000_000} MB limit")
                chunks.append(chunk)
            media = response.headers.get("content-type", "").split(";")[0].strip().lower()
            return Fetched(url=str(response.url), media_type=media, data=b"".join(chunks),
                           charset=response.charset_encoding)
    except httpx.TooManyRedirects:
        raise IngestError(url, f"more than {max_redirects} redirects") from None
    except httpx.TimeoutException:
        raise IngestError(url, f"no answer within {timeout:g} s (timed out)") from None
    except httpx.UnsupportedProtocol as exc:
        raise IngestError(url, f"unsupported URL ({exc})") from None
    except httpx.HTTPError as exc:
        raise IngestError(url, f"could not fetch ({type(exc).__name__}: {exc})") from None
