"""Mintlify page → route model: each embedded OpenAPI block is read with the OpenAPI reader."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from codegen.model import Api, Diagnostic, ReadResult, Route, SourceRef, Text
from codegen.readers.bilingual import split_blocks, split_inline
from codegen.readers.mintlify import legacy
from codegen.readers.mintlify.page import OPENAPI_REF, Fence, Page, parse_page
from codegen.readers.openapi_file import LineOf, api_from_openapi
from codegen.readers.openapi_file.loader import Pointer, load
from codegen.readers.textio import MAX_BYTES, decode

#: How many folders up from the page a front-matter spec path is looked for.
MAX_SPEC_SEARCH_UP = 6


def read_page(text: str, path: str, siblings: Mapping[str, Any] | None) -> ReadResult:
    # a reader bug becomes a diagnostic in codegen.readers.read_document, the one safety net
    page = parse_page(text)
    diags: list[Diagnostic] = []
    if page.front_error is not None:
        diags.append(
            _diag(
                "warning",
                path,
                page.front_error[0],
                "bad-front-matter",
                f"front matter is not valid YAML: {page.front_error[1]}",
            )
        )
    results: list[ReadResult] = [_read_fence(f, path) for f in page.fences]
    if not page.fences:
        ref = page.front.get("openapi")
        if isinstance(ref, str):
            results.append(_read_front(ref, page, path, siblings))
        else:
            diags.append(
                _diag(
                    "error",
                    path,
                    1,
                    "no-openapi",
                    "page has no ```yaml METHOD /path``` block nor `openapi:` front matter",
                )
            )
    api = _merge([r.api for r in results])
    api = api.model_copy(update={"routes": tuple(_page_texts(r, page) for r in api.routes)})
    for r in results:
        diags.extend(r.diagnostics)
    return ReadResult(api=api, diagnostics=tuple(diags))


def _read_fence(fence: Fence, path: str) -> ReadResult:
    loaded = load(fence.body, path, line_offset=fence.first_line - 1)
    if loaded.data is None:
        return ReadResult(api=Api(), diagnostics=tuple(loaded.diagnostics))
    doc, line_of = loaded.data, loaded.line_of
    if legacy.is_legacy(doc):
        doc, line_of = legacy.to_openapi(doc), _legacy_lines(line_of)
    if not isinstance(doc, dict):
        return ReadResult(
            api=Api(),
            diagnostics=(
                _diag(
                    "error", path, fence.first_line, "not-openapi", "OpenAPI block is not a mapping"
                ),
            ),
        )
    result = api_from_openapi(doc, path, line_of)
    return _only_route(result, fence.method, fence.path, path, fence.first_line)


def _read_front(ref: str, page: Page, path: str, siblings: Mapping[str, Any] | None) -> ReadResult:
    m = OPENAPI_REF.match(ref)
    if m is None:
        return ReadResult(
            api=Api(),
            diagnostics=(
                _diag(
                    "error",
                    path,
                    page.front_line,
                    "bad-openapi-ref",
                    f"front matter `openapi: {ref}` is not `[spec] METHOD /path`",
                ),
            ),
        )
    method, route_path, spec = m["method"].upper(), m["path"], m["spec"]
    found = _find_spec(spec, path, siblings)
    if found is None:
        where = f"spec {spec!r}" if spec else "an OpenAPI spec"
        return ReadResult(
            api=Api(
                routes=(
                    Route(
                        method=method,
                        path=route_path,
                        source=SourceRef(file=path, line=page.front_line),
                    ),
                )
            ),
            diagnostics=(
                _diag(
                    "warning",
                    path,
                    page.front_line,
                    "spec-not-found",
                    f"{where} for {method} {route_path} is not among the "
                    "inputs nor next to the page; route has no details",
                ),
            ),
        )
    spec_path, spec_text = found
    loaded = load(spec_text, spec_path)
    if loaded.data is None or not isinstance(loaded.data, dict):
        return ReadResult(api=Api(), diagnostics=tuple(loaded.diagnostics))
    result = api_from_openapi(loaded.data, spec_path, loaded.line_of)
    return _only_route(result, method, route_path, path, page.front_line)


def _find_spec(
    spec: str | None, page_path: str, siblings: Mapping[str, Any] | None
) -> tuple[str, str] | None:
    """(path, text) of the spec a page names, from the inputs or from disk near the page."""
    want = (spec or "").strip("'\"").lstrip("./").lstrip("/")
    if siblings:
        for key, doc in sorted(siblings.items()):
            doc_path = str(getattr(doc, "path", key)).replace("\\", "/")
            doc_text = getattr(doc, "text", doc if isinstance(doc, str) else None)
            if not isinstance(doc_text, str) or doc_path == page_path:
                continue
            if want and (
                doc_path.endswith("/" + want)
                or doc_path == want
                or (Path(doc_path).name == Path(want).name and "/" not in want)
            ):
                return doc_path, doc_text
    if not want:
        return None
    here = Path(page_path).resolve().parent
    for folder in [here, *list(here.parents)[:MAX_SPEC_SEARCH_UP]]:
        cand = folder / want
        if cand.is_file():
            try:
                if cand.stat().st_size > MAX_BYTES:
                    return None
                decoded = decode(cand.read_bytes(), str(cand))
            except OSError:
                return None
            return None if decoded.binary else (str(cand), decoded.text)
    return None


def _only_route(
    result: ReadResult, method: str, route_path: str, page_path: str, line: int
) -> ReadResult:
    keep = tuple(r for r in result.api.routes if r.method == method and r.path == route_path)
    diags = list(result.diagnostics)
    if not keep:
        diags.append(
            _diag(
                "warning",
                page_path,
                line,
                "route-not-in-spec",
                f"{method} {route_path} is not in its OpenAPI block; kept what it has",
            )
        )
        keep = result.api.routes
    tags = {r.tag for r in keep}
    api = result.api.model_copy(
        update={"routes": keep, "tags": tuple(t for t in result.api.tags if t.name in tags)}
    )
    return ReadResult(api=api, diagnostics=tuple(diags))


def _page_texts(route: Route, page: Page) -> Route:
    """Page title / lead (or front matter ``title``/``description``) fill what the spec lacks."""
    update: dict[str, Text] = {}
    title = page.front.get("title") if isinstance(page.front.get("title"), str) else page.title
    lead = (
        page.front.get("description")
        if isinstance(page.front.get("description"), str)
        else page.lead
    )
    if not route.summary and title:
        update["summary"] = split_inline(str(title))
    if not route.description and lead:
        update["description"] = split_blocks(str(lead))
    return route.model_copy(update=update) if update else route


def _merge(apis: list[Api]) -> Api:
    if not apis:
        return Api()
    if len(apis) == 1:
        return apis[0]
    first = apis[0]

    def union(items: list[Any], key: str) -> tuple[Any, ...]:
        seen: dict[Any, Any] = {}
        for it in items:
            seen.setdefault(getattr(it, key) if key else it, it)
        return tuple(seen.values())

    return first.model_copy(
        update={
            "servers": union([s for a in apis for s in a.servers], ""),
            "security_schemes": union([s for a in apis for s in a.security_schemes], "name"),
            "tags": union([t for a in apis for t in a.tags], "name"),
            "routes": union([r for a in apis for r in a.routes], "key"),
        }
    )


def _legacy_lines(line_of: LineOf | None) -> LineOf | None:
    """Pointers into the converted document → lines of the legacy block."""
    if line_of is None:
        return None
    inner: LineOf = line_of

    def mapped(ptr: Pointer) -> int:
        p = tuple(ptr)
        if p[:1] != ("paths",):
            return inner(p)
        rest = p[3:]
        if not rest:
            return inner(("paths", "method"))
        if rest[0] == "parameters":
            return inner(("paths", "request", "parameters"))
        if rest[0] == "requestBody":
            return inner(("paths", "request", "body", *rest[2:3]))
        if rest[0] == "responses":
            return inner(("paths", "response", *rest[1:2]))
        return inner(("paths",))

    return mapped


def _diag(level: str, file: str, line: int, code: str, msg: str) -> Diagnostic:
    return Diagnostic(level=level, file=file, line=line, code=code, message=msg)
