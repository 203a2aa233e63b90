"""The HTTP API and the web page, one FastAPI application over one corpus.

Security is the default: the CLI binds 127.0.0.1; bodies and query strings are size-limited;
no endpoint takes a file-system path; `read_only` refuses writes; a `token`, when set, guards
every write; CORS is off unless origins are given; every page is served with a Content
Security Policy that allows no inline script, and the page builds its DOM from text nodes
only, so article text, titles and URLs never become markup.
"""

from __future__ import annotations

import copy
import datetime as dt
import hmac
import json
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi import Path as PathParam
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, BeforeValidator, Field, field_validator, model_validator

from dateline.version import __version__
from dateline.ingest import given_day, language_code, not_a_day, option_day, url_list
from dateline.model import Article
from dateline.saved import NameTaken, Params, history, save_timeline, stored_timeline, update_timelines
from dateline.serve.analysis import BODY_TYPES, analyse_all, from_body, from_records, http_url
from dateline.serve.settings import Settings
from dateline.store import Repository, open_store

STATIC = Path(str(resources.files("dateline.serve") / "static"))
# The page and its assets: scripts and styles only from this server, nothing inline, no
# frames, no plugins, links may go anywhere but forms only here.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            "form-action 'self'")
# Swagger UI starts from an inline script; /docs shows no article content.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")

API_DESCRIPTION = """
Dateline's corpus over HTTP: **ingest** articles (JSON, or a text, page or feed body),
**search** sentences, build **timelines** (every option of `dateline timeline`), read an
**article** with its time expressions, and keep **saved timelines**.

Writes (`POST`, `DELETE`) need `Authorization: Bearer TOKEN` when the server was started with
a token, and are refused when it runs `--read-only`. Dates are `YYYY-MM-DD`.
"""


class Guard:
    """ASGI middleware: size limits and security headers for every response.

    Written as plain ASGI (not a Starlette BaseHTTPMiddleware) so that a body is counted as it
    arrives and refused past the limit, whatever Content-Length claims."""

    def __init__(self, app: Any, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: dict[str, Any], receive: Callable[[], Awaitable[dict[str, Any]]],
                       send: Callable[[dict[str, Any]], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("query_string", b"")) > self.settings.max_query_bytes:
            await _refuse(send, 414, f"query string longer than {self.settings.max_query_bytes} bytes")
            return
        headers = dict(scope.get("headers", []))
        declared = headers.get(b"content-length")
        limit = self.settings.max_body_bytes
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _refuse(send, 413, f"request body larger than {limit} bytes")
            return
        received = 0

        async def counted() -> dict[str, Any]:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        csp = DOCS_CSP if scope["path"] == "/docs" else PAGE_CSP

        async def secured(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []),
                                      (b"content-security-policy", csp.encode()),
                                      (b"x-content-type-options", b"nosniff"),
                                      (b"x-frame-options", b"DENY"),
                                      (b"referrer-policy", b"no-referrer")]
            await send(message)

        try:
            await self.app(scope, counted, secured)
        except _TooLarge:
            await _refuse(send, 413, f"request body larger than {limit} bytes")


class _TooLarge(Exception):
    pass


async def _refuse(send: Callable[[dict[str, Any]], Awaitable[None]], status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


# -- request and response bodies ---------------------------------------------------------------

def request_day(value: object) -> dt.date:
    """A publication date a request gives, in a JSON body or as `/api/articles/raw`'s `date`
    parameter, read as a JSONL record's (`ingest.given_day`); ValueError naming the forms
    otherwise. The parameter had its own reader, which refused the numbers a body's date takes."""
    if (day := given_day(value)) is None:
        raise ValueError(not_a_day(value))
    return day


class ArticleIn(BaseModel):
    """An article to ingest. Only `text` is required; an undated article is dated from its
    text when it says enough (and marked inferred)."""

    text: str = Field(..., min_length=1, max_length=2_000_000)
    title: str | None = Field(None, max_length=2_000)
    url: str | None = Field(None, max_length=2_000, description="http(s) only")
    date: dt.date | str | None = Field(None, description="publication date, YYYY-MM-DD or an ISO timestamp "
                                                         "(its day as written), or a number YYYYMMDD or Unix time; "
                                                         "any other value keeps the article undated, with a problem "
                                                         "entry in the answer")
    lang: str | None = Field(None, max_length=8, description="language code; identified if absent")
    id: str | None = Field(None, max_length=500)

    model_config = {"extra": "forbid"}  # no `path` or other field is read from a request

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank: an article needs words")
        return value

    @field_validator("date", mode="before")
    @classmethod
    def _given_day(cls, value: object) -> object:
        """The day as a JSONL record's is read (`ingest.given_day`): a timestamp's day as written,
        a number of the form YYYYMMDD or Unix time (pydantic's own reading took 20240306 for
        Unix seconds, and refused it). A value that is no day is kept as text for
        `analysis.from_records` to report: one bad date refused the whole batch, where a JSONL
        file keeps such a record undated and reads the rest."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        day = given_day(value)
        return day if day is not None else str(value)

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: str | None) -> str | None:
        if value is not None and http_url(value) is None:
            raise ValueError("only http:// and https:// URLs are accepted")
        return value

    @field_validator("lang")
    @classmethod
    def _known_language(cls, value: str | None) -> str | None:
        return language_code(value)


class IngestIn(BaseModel):
    articles: list[ArticleIn] = Field(..., min_length=1)

    model_config = {"extra": "forbid"}


# Articles a timeline is built from by default: those whose sentences match the query best.
# A timeline's cost grows with its articles (about 0.7 s for 200, 1.1 s for 300 on this
# project's busy 2-core machines, benchmarks/corpus.py); 200 keep an interactive answer under
# a second and still hold every article of a focused query. `limit` asks for more.
DEFAULT_LIMIT = 200
# Timelines kept, by their options and the state of the corpus: a download of the timeline
# on screen, or a reload of the page, is not built again.
CACHED_TIMELINES = 32


class Method(str, Enum):
    dateline = "dateline"
    datewise = "datewise"
    clust = "clust"


def _option_day(value: object) -> object:
    """`from`/`to` as `dateline timeline --start/--end` reads them (`ingest.option_day`):
    YYYY-MM-DD only (pydantic alone took Unix seconds, "from=0" being 1970-01-01)."""
    return option_day(value) if isinstance(value, str) else value


# A day given in a query or a body's option: YYYY-MM-DD, refused (422) otherwise.
OptionDay = Annotated[dt.date, BeforeValidator(_option_day)]


class TimelineParams(BaseModel):
    """Every option of `dateline timeline` that applies to a corpus."""

    q: list[str] = Field(default_factory=list, description='query terms; "quoted phrases" allowed')
    method: Method = Method.dateline
    dates: int | None = Field(None, ge=1, le=1000)
    sentences: int | None = Field(None, ge=1, le=50)
    start: OptionDay | None = Field(None, alias="from")
    end: OptionDay | None = Field(None, alias="to")
    lang: str | None = Field(None, max_length=8)
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=5000, description="at most this many articles, best matching first")

    model_config = {"populate_by_name": True}

    @field_validator("lang")
    @classmethod
    def _known_language(cls, value: str | None) -> str | None:
        return language_code(value)

    @model_validator(mode="after")
    def _ordered(self) -> TimelineParams:
        problem = span_problem(self.start, self.end)
        if problem:
            raise ValueError(problem)
        return self


def span_problem(start: dt.date | None, end: dt.date | None) -> str | None:
    """Why `from`..`to` is no range (`from` after `to`), else None: such a request is refused
    rather than answered with nothing."""
    if start and end and start > end:
        return f"from ({start.isoformat()}) is after to ({end.isoformat()})"
    return None


def check_request(q: list[str], start: dt.date | None, end: dt.date | None, lang: str | None = None) -> str | None:
    """Refuse (422, one line) a query with an unclosed quote, a date range the wrong way round
    or a language Dateline has no data for, as `dateline search` and `dateline timeline` do;
    the language's code ('EN', 'es-MX' are en, es: the corpus keeps codes) if one is given."""
    from dateline.timeline import parse_terms

    problem = span_problem(start, end)
    if problem:
        raise HTTPException(422, problem)
    try:
        parse_terms(q)
        return language_code(lang or None)
    except ValueError as error:
        raise HTTPException(422, str(error)) from None


def timeline_params(q: Annotated[list[str], Query(max_length=500)] = [],  # noqa: B006 (FastAPI reads it)
                    method: Method = Method.dateline,
                    dates: Annotated[int | None, Query(ge=1, le=1000)] = None,
                    sentences: Annotated[int | None, Query(ge=1, le=50)] = None,
                    start: Annotated[OptionDay | None, Query(alias="from")] = None,
                    end: Annotated[OptionDay | None, Query(alias="to")] = None,
                    lang: Annotated[str | None, Query(max_length=8)] = None,
                    limit: Annotated[int, Query(ge=1, le=5000, description="at most this many articles, best matching first")] = DEFAULT_LIMIT) -> TimelineParams:
    """The timeline options as query parameters (q repeatable)."""
    lang = check_request(q, start, end, lang)
    return TimelineParams(q=q, method=method, dates=dates, sentences=sentences, start=start,
                          end=end, lang=lang, limit=limit)


class SavedParams(TimelineParams):
    """A saved timeline's options: a timeline's, and the entities of an entity or pair timeline."""

    entity: list[str] = Field(default_factory=list, max_length=20,
                              description="events involving all of these entities, as `dateline timeline --entity`")

    @field_validator("entity")
    @classmethod
    def _named(cls, value: list[str]) -> list[str]:
        if problem := entity_problem(value):
            raise ValueError(problem)
        return value


def entity_problem(names: list[str]) -> str | None:
    """Why these are not entity names (one blank or too long), else None: a blank one matched
    nothing and answered an empty timeline rather than the mistake."""
    if any(not name.strip() or len(name) > 200 for name in names):
        return "an entity is a name of 1 to 200 characters"
    return None


class SaveIn(BaseModel):
    name: str = Field(..., min_length=1, max_length=200)
    params: SavedParams


# A saved timeline's id: an SQLite integer (a larger one was a 500, not a 404 or a 422).
TimelineId = Annotated[int, PathParam(le=(1 << 63) - 1, description="the saved timeline's id")]


class Format(str, Enum):
    json = "json"
    md = "md"
    html = "html"


def build_app(store_path: str | None, settings: Settings) -> FastAPI:
    """The application (see module docstring)."""
    from dateline.render import search_hit_dict, stored_article_dict, timeline_dict

    store: Repository = open_store(store_path, read_only=settings.read_only)
    app = FastAPI(title="Dateline", version=__version__, description=API_DESCRIPTION,
                  docs_url=None, redoc_url=None)
    app.state.store = store

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> Response:
        """FastAPI's 422, written with ASCII escapes: the input it echoes may hold a lone
        surrogate (a JSON "\\ud800", half an emoji), and writing it as UTF-8 failed (a 500)."""
        return Response(json.dumps({"detail": jsonable_encoder(error.errors())}, ensure_ascii=True),
                        status_code=422, media_type="application/json")

    def can_write(request: Request) -> None:
        if settings.read_only:
            raise HTTPException(403, "this server is read-only")
        if settings.token:
            given = request.headers.get("authorization", "")
            expected = f"Bearer {settings.token}"
            if not hmac.compare_digest(given.encode(), expected.encode()):
                raise HTTPException(401, "missing or wrong API token (Authorization: Bearer TOKEN)",
                                    headers={"WWW-Authenticate": "Bearer"})

    writer = [Depends(can_write)]

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/docs-assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="Dateline API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.get("/api/info", tags=["corpus"], summary="Counts, languages and date span of the corpus")
    def info() -> dict[str, Any]:
        facts = store.info()
        first, last = store.date_span()
        return {"version": __version__, "texts": facts.texts, "articles": facts.articles,
                "languages": facts.by_language, "undated": facts.undated,
                "inferred": facts.inferred, "first": first.isoformat() if first else None,
                "last": last.isoformat() if last else None, "read_only": settings.read_only,
                "token_required": bool(settings.token)}

    @app.post("/api/articles", tags=["ingest"], dependencies=writer,
              summary="Ingest articles given as JSON")
    def ingest_json(body: IngestIn) -> dict[str, Any]:
        if len(body.articles) > settings.max_articles_per_request:
            raise HTTPException(413, f"at most {settings.max_articles_per_request} articles per request")
        articles, problems = from_records([a.model_dump() for a in body.articles])
        return {**_ingest(articles), "problems": problems}

    @app.post("/api/articles/raw", tags=["ingest"], dependencies=writer,
              summary="Ingest a text, a web page or an RSS/Atom feed sent as the body",
              openapi_extra={"requestBody": {"required": True, "content": {
                  kind: {"schema": {"type": "string"}} for kind in BODY_TYPES}}})
    async def ingest_raw(request: Request,
                         title: Annotated[str | None, Query(max_length=2000)] = None,
                         url: Annotated[str | None, Query(max_length=2000, description="where the page or feed is from, http(s)")] = None,
                         date: Annotated[str | None, Query(max_length=64, description="YYYY-MM-DD or an ISO timestamp, or a number YYYYMMDD or Unix time")] = None,
                         lang: Annotated[str | None, Query(max_length=8)] = None) -> JSONResponse:
        from starlette.concurrency import run_in_threadpool

        body = await request.body()
        if not body.strip():
            raise HTTPException(422, "empty body")
        if url is not None and http_url(url) is None:
            raise HTTPException(422, "only http:// and https:// URLs are accepted")
        try:
            lang = language_code(lang)
        except ValueError as problem:
            raise HTTPException(422, str(problem)) from None
        try:
            day = request_day(date) if date and date.strip() else None
        except ValueError as problem:
            raise HTTPException(422, str(problem)) from None
        kind = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
        if kind == "text/plain" and url_list(body):
            # Fetching what a request names would let any client make this server call any address.
            raise HTTPException(422, "the body is a list of URLs, and this server fetches nothing: send "
                                     "each page or feed as the body, or run `dateline ingest URLS.txt`")
        try:
            articles, problems = from_body(body, kind, title=title, url=url, date=day, lang=lang)
        except ValueError as error:
            raise HTTPException(415, str(error)) from None
        if not articles:
            raise HTTPException(422, "no article in the body" + (f": {'; '.join(problems)}" if problems else ""))
        result = await run_in_threadpool(_ingest, articles)
        return JSONResponse({**result, "problems": problems})

    def _ingest(articles: list[Article]) -> dict[str, Any]:
        analyse_all(articles, store.given_span())
        added = store.add(articles)
        changes = update_timelines(store)
        return {"stored": [{"id": a.text, "outcome": a.outcome, "date": art.date.isoformat() if art.date else None,
                            "date_inferred": art.date_inferred}
                           for a, art in zip(added, articles, strict=True)],
                "saved_timelines_changed": {str(k): v for k, v in changes.items() if v}}

    @app.get("/api/search", tags=["search"], summary="Sentences matching a query, best first")
    def search(q: Annotated[str, Query(min_length=1, max_length=500, description='words; "quoted phrases" allowed')],
               start: Annotated[OptionDay | None, Query(alias="from")] = None,
               end: Annotated[OptionDay | None, Query(alias="to")] = None,
               lang: Annotated[str | None, Query(max_length=8)] = None,
               limit: Annotated[int, Query(ge=1, le=200)] = 20,
               offset: Annotated[int, Query(ge=0, le=10_000)] = 0) -> dict[str, Any]:
        lang = check_request([q], start, end, lang)
        hits = store.search(q, start=start, end=end, lang=lang, limit=limit, offset=offset)
        return {"query": q, "hits": [search_hit_dict(h) for h in hits]}

    cache: OrderedDict[str, Any] = OrderedDict()
    cache_lock = threading.Lock()

    def _timeline(params: TimelineParams, entity: tuple[str, ...] = ()) -> Any:
        key = json.dumps([params.model_dump(mode="json"), entity, store.generation()])
        with cache_lock:
            if key in cache:
                cache.move_to_end(key)
                return copy.deepcopy(cache[key])
        result = _build(params, entity)
        with cache_lock:
            cache[key] = copy.deepcopy(result)
            while len(cache) > CACHED_TIMELINES:
                cache.popitem(last=False)
        return result

    def _build(params: TimelineParams, entity: tuple[str, ...] = ()) -> Any:
        # An entity timeline reads the articles that name its entities (or match q, when given),
        # as a saved one does (`dateline.saved.stored_timeline`).
        asked = {**params.model_dump(mode="json", by_alias=True), "entity": list(entity)}
        try:
            return stored_timeline(store, Params.of(asked), limit=params.limit)
        except ValueError as error:
            raise HTTPException(422, str(error)) from None

    @app.get("/api/timeline", tags=["timeline"],
             summary="A timeline from the corpus (no re-analysis), as JSON, Markdown or HTML")
    def timeline(params: Annotated[TimelineParams, Depends(timeline_params)],
                 entity: Annotated[list[str], Query(max_length=200, description="events involving all of these entities (repeatable), as `dateline timeline --entity`; from the `limit` articles naming them, or matching q when given")] = [],  # noqa: B006 (FastAPI reads it)
                 format: Format = Format.json, download: bool = False) -> Response:
        if problem := entity_problem(entity):
            raise HTTPException(422, f"entity: {problem}")
        result = _timeline(params, tuple(entity))
        name = "timeline." + format.value
        disposition = {"content-disposition": f'attachment; filename="{name}"'} if download else {}
        if format is Format.md:
            from dateline.render import timeline_markdown

            return PlainTextResponse(timeline_markdown(result), media_type="text/markdown; charset=utf-8",
                                     headers=disposition)
        if format is Format.html:
            from dateline.render import timeline_html

            return HTMLResponse(timeline_html(result), headers=disposition)
        return JSONResponse(timeline_dict(result), headers=disposition)

    @app.get("/api/articles/{article_id}", tags=["articles"],
             summary="An article with its sentences, time expressions and outlets")
    def article(article_id: int) -> dict[str, Any]:
        found = store.article(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id}")
        return stored_article_dict(found)

    @app.get("/api/timelines", tags=["saved timelines"], summary="Saved timelines, newest first")
    def saved() -> list[dict[str, Any]]:
        return [{"id": t.id, "name": t.name, "created": t.created, "updated": t.updated,
                 "params": t.params} for t in store.saved_timelines()]

    @app.post("/api/timelines", tags=["saved timelines"], dependencies=writer, status_code=201,
              summary="Save a timeline under a name; it then follows the corpus as articles arrive")
    def save(body: SaveIn) -> dict[str, Any]:
        params = body.params.model_dump(mode="json", by_alias=True, exclude_none=True)
        params.pop("limit", None)  # a saved timeline follows every matching article
        try:
            number = save_timeline(store, body.name, params)
        except NameTaken as error:
            raise HTTPException(409, str(error)) from None
        except ValueError as error:
            raise HTTPException(422, str(error)) from None
        found = store.saved_timeline(number)
        return {"id": number, "timeline": found.result if found else None}

    @app.get("/api/timelines/{timeline_id}", tags=["saved timelines"], summary="A saved timeline")
    def saved_one(timeline_id: TimelineId) -> dict[str, Any]:
        found = store.saved_timeline(timeline_id)
        if found is None:
            raise HTTPException(404, f"no saved timeline {timeline_id}")
        return {"id": found.id, "name": found.name, "created": found.created, "updated": found.updated,
                "params": found.params, "timeline": found.result}

    @app.get("/api/timelines/{timeline_id}/history", tags=["saved timelines"],
             summary="What changed in a saved timeline, when, and because of which articles")
    def changes(timeline_id: TimelineId) -> dict[str, Any]:
        if store.saved_timeline(timeline_id) is None:
            raise HTTPException(404, f"no saved timeline {timeline_id}")
        return {"id": timeline_id, "changes": history(store, timeline_id)}

    @app.delete("/api/timelines/{timeline_id}", tags=["saved timelines"], dependencies=writer,
                status_code=204, summary="Delete a saved timeline")
    def delete(timeline_id: TimelineId) -> Response:
        if not store.delete_timeline(timeline_id):
            raise HTTPException(404, f"no saved timeline {timeline_id}")
        return Response(status_code=204)

    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(Guard, settings=settings)
    return app
