"""Resource modules of the client, written route by route (see :mod:`.chunks`).

A route's two methods (sync and async) are cached under a hash of what they are made from:
the route's operation in the emitted document, its summary and description, its method
name, what the models say about its body and response, codegen and the templates.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

from jinja2 import Environment

from codegen.cache import digest
from codegen.emit.openapi import document
from codegen.emit.python import chunks, plan
from codegen.emit.python.datamodels import Models, success_schema
from codegen.emit.python.format import format_package
from codegen.model import Api, Route

KIND = "pyroute"


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def _dump(value: Any) -> str:
    return _ENCODER.encode(value)


#: operation keys no emitter here reads (the docstrings come from the route's own texts)
_PROSE = frozenset(
    {"description", "x-description-zh", "x-description-en", "x-summary-zh", "x-summary-en"}
)


def op_dumps(doc: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(METHOD, path) → the operation's JSON text (compact) without its prose, once per run."""
    from codegen.cache import scope

    def make() -> dict[tuple[str, str], str]:
        return {
            (m.upper(), path): _dump({k: v for k, v in op.items() if k not in _PROSE})
            for path, ops in (doc.get("paths") or {}).items()
            for m, op in ops.items()
            if isinstance(op, dict)
        }

    return scope.memo(("python-op-dumps",), doc, make)


def component_hashes(doc: dict[str, Any]) -> dict[str, str]:
    """Component schema name → hash of its JSON text, once per run and document."""
    from codegen.cache import scope

    def make() -> dict[str, str]:
        schemas = (doc.get("components") or {}).get("schemas") or {}
        return {name: digest(_dump(s)) for name, s in schemas.items()}

    return scope.memo(("python-component-hashes",), doc, make)


def route_key(
    r: Route, name: str, op: str, doc: dict[str, Any], hashes: dict[str, str], models: Models
) -> str:
    """The hash of everything :func:`plan.method` reads for route ``r``."""
    opd = ((doc.get("paths") or {}).get(r.path) or {}).get(r.method.lower()) or {}
    body: list[Any] = []
    content = (opd.get("requestBody") or {}).get("content") or {}
    for media in content.values():
        ref = ((media or {}).get("schema") or {}).get("$ref", "")
        comp = ref.rsplit("/", 1)[-1] if ref else None
        if comp:
            cls = models.class_of(comp)
            fields = models.fields.get(cls, []) if cls else []
            facts = [(f.name, f.wire, f.type, f.required) for f in fields]
            body = [comp, cls, facts, hashes.get(comp)]
        break
    _, schema = success_schema(opd)
    ref = (schema or {}).get("$ref", "")
    returns = models.response_type(ref.rsplit("/", 1)[-1]) if ref else None
    # the texts as plan.method reads them (docs.first_line, docs.trim)
    summary, desc = r.summary, r.description
    route = [name, r.method, r.path, bool(summary), summary.text, bool(desc), r.security == ()]
    material = _dump([route, body, returns])
    return digest(chunks.templates_salt(), KIND, material, desc.en or desc.text, op)


def keys(api: Api, resources: list[plan.Resource], models: Models) -> list[list[str]]:
    """Per resource, per route: :func:`route_key` (once per run)."""
    from codegen.cache import scope

    doc = document(api)

    def make() -> list[list[str]]:
        hashes = component_hashes(doc)
        ops = op_dumps(doc)
        return [
            [
                route_key(r, name, ops.get(r.key, "{}"), doc, hashes, models)
                for r, name in res.routes
            ]
            for res in resources
        ]

    return scope.memo(("python-route-keys",), resources, make)


def resource_modules(
    env: Environment,
    api: Api,
    ctx: dict[str, Any],
    models: Models,
    by_path: dict[str, plan.Resource],
    files: dict[str, str],
    tops: list[str],
) -> dict[str, str]:
    """``files`` formatted, and the formatted resource modules: each route's methods come
    from the memo when its inputs are unchanged."""
    from codegen.cache import scope

    resources: list[plan.Resource] = ctx["resources"]
    all_keys = keys(api, resources, models)
    #: route key → its annotation names, for the tests of this run
    tokens: dict[str, list[str]] = scope.memo(("python-route-tokens",), resources, dict)
    package = ctx["package"]
    memos = {rel: chunks.RouteMemo(KIND, f"{package}/{rel}") for rel in by_path}
    found: dict[str, list[tuple[list[str], Any] | None]] = {}
    todo: list[tuple[str, int, plan.Method]] = []
    key_rows = dict(zip(by_path, all_keys, strict=True))
    for rel, res_keys in key_rows.items():
        res = by_path[rel]
        row = [memos[rel].get(key) for key in res_keys]
        for i, hit in enumerate(row):
            if hit is None or not _valid(hit):
                row[i] = None
                todo.append((rel, i, res.method_at(i)))
        found[rel] = row
    if todo:
        method = env.get_template("python/package/_method.jinja").module.method  # type: ignore[attr-defined]
        raw = [(4, str(method(m, aio))) for _, _, m in todo for aio in (False, True)]
        waiting = chunks.start_chunks(raw)
        # the names each route's methods use, while the formatter runs (the same before)
        names = [chunks.used_names(raw[2 * n][1] + raw[2 * n + 1][1]) for n in range(len(todo))]
        done = waiting()
        for n, (rel, i, m) in enumerate(todo):
            texts = done[2 * n : 2 * n + 2]
            data = {"t": sorted(plan.method_tokens([m])), "u": names[n]}
            found[rel][i] = (texts, data)
            memos[rel].put(key_rows[rel][i], texts, data)
    skeletons: dict[str, chunks.Skeleton] = {}
    rows: dict[str, list[tuple[list[str], Any]]] = {}
    for (rel, res), res_keys in zip(by_path.items(), all_keys, strict=True):
        rows[rel] = done_row = [hit for hit in found[rel] if hit is not None]
        for key, (_, data) in zip(res_keys, done_row, strict=True):
            tokens[key] = data["t"]
        plan.set_imports(res, set().union(*(data["t"] for _, data in done_row)), models)
        used: set[str] = set().union(*(data["u"] for _, data in done_row))
        skeletons[rel] = chunks.Skeleton(_skeleton_inputs(res), _renderer(env, ctx, res), used)
    out = chunks.format_with_skeletons(files, skeletons, tops)
    for rel, res in by_path.items():
        text = _assemble(out[rel], res, rows[rel])
        if text is None:  # not the shape of the built-in template: format the module whole
            template = env.get_template("python/package/resource.py.jinja")
            whole = template.render(**{**ctx, "resource": res})
            text = format_package({rel: whole}, tops=tops)[rel]
        out[rel] = text
        memos[rel].save()
    return out


def _skeleton_inputs(res: plan.Resource) -> Any:
    """Everything ``resource.py.jinja`` reads when the resource has no methods."""
    return [res.tag, res.summary, res.cls, res.typing_imports, res.other_imports, res.model_imports]


def _renderer(env: Environment, ctx: dict[str, Any], res: plan.Resource) -> Callable[[], str]:
    def render() -> str:
        bare = dataclasses.replace(res, routes=[])
        return env.get_template("python/package/resource.py.jinja").render(
            **{**ctx, "resource": bare}
        )

    return render


def tokens_of(resources: list[plan.Resource], key: str) -> list[str] | None:
    """The annotation names of the route whose key is ``key``, when this run planned it."""
    from codegen.cache import scope

    tokens = scope.recall(("python-route-tokens",), resources)
    return tokens.get(key) if isinstance(tokens, dict) else None


def _valid(hit: tuple[list[str], Any]) -> bool:
    texts, data = hit
    return (
        len(texts) == 2
        and isinstance(data, dict)
        and isinstance(data.get("t"), list)
        and isinstance(data.get("u"), list)
    )


def _assemble(head: str, res: plan.Resource, row: list[tuple[list[str], Any]]) -> str | None:
    """The module: its formatted skeleton with each method put in its class; None when the
    skeleton does not have the shape of the built-in template."""
    marker = f"\n\n\nclass Async{res.cls}:"
    sync_part, found, async_part = head.rpartition(marker)
    anchor = "        self._client = client"
    if not found or not sync_part.endswith(anchor) or not async_part.endswith(anchor + "\n"):
        return None
    return "".join(
        [
            sync_part,
            *("\n\n" + texts[0][:-1] for texts, _ in row),
            marker,
            async_part[:-1],
            *("\n\n" + texts[1][:-1] for texts, _ in row),
            "\n",
        ]
    )
