"""``codegen publish``: a self-contained static API reference site.

For every API of the config the site holds its OpenAPI JSON and YAML, a static HTML reference
page (every route, its bilingual summary, parameters, body and responses; no JavaScript needed),
and, when ``npm ci`` installed Redoc, a Redoc view of the same spec with the bundle copied in.
An ``index.html`` links all APIs. Layout lives in ``templates/site/``; users override any of
those files by name (``--templates DIR`` or ``templates = [...]`` in the config).

Layout of the site::

    index.html                      all APIs
    assets/style.css                the stylesheet (templates/site/style.css.jinja)
    assets/redoc.standalone.js      Redoc, when installed (+ its licence)
    <api>/index.html                the static reference page
    <api>/redoc.html                the Redoc view (spec embedded; works from file://)
    <api>/<api>.openapi.json|yaml   the specs
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from codegen.config import Config
from codegen.emit import OutputFile
from codegen.generate import Plan
from codegen.publish.assets import Bundle, find_redoc
from codegen.publish.html import environment
from codegen.publish.view import ApiView, api_view

__all__ = ["build_site", "plan", "render", "run_publish"]

ASSETS = "assets"


def _spec_files(result: Plan, name: str) -> dict[str, str]:
    """The API's specs as ``generate`` planned them (``openapi/<name>.openapi.*``)."""
    out: dict[str, str] = {}
    for ext in ("json", "yaml"):
        rel = f"openapi/{name}.openapi.{ext}"
        if rel in result.files:
            out[f"{name}.openapi.{ext}"] = result.files[rel]
    if len(out) < 2:  # a plan without the openapi target: render the specs here
        from codegen.emit import openapi

        rendered = openapi.render(openapi.plan(result.apis[name], name, ""))
        out = {**rendered, **out}
    return out


def plan(result: Plan, redoc: bool = False) -> tuple[list[OutputFile], dict[str, str]]:
    """(pages to render, files copied as they are), keyed by path relative to the site root."""
    pages: list[OutputFile] = []
    copied: dict[str, str] = {}
    views: list[ApiView] = []
    for name in sorted(result.apis):
        specs = _spec_files(result, name)
        document: dict[str, Any] = json.loads(specs[f"{name}.openapi.json"])
        links = {"json": f"{name}.openapi.json", "yaml": f"{name}.openapi.yaml"}
        view = api_view(name, result.apis[name], links, redoc)
        views.append(view)
        ctx = {"api": view, "model": result.apis[name], "document": document, "root": "../"}
        pages.append(OutputFile(f"{name}/index.html", "site/api.html.jinja", ctx))
        if redoc:
            pages.append(OutputFile(f"{name}/redoc.html", "site/redoc.html.jinja", ctx))
        copied.update({f"{name}/{rel}": text for rel, text in specs.items()})
    pages.append(
        OutputFile(
            "index.html",
            "site/index.html.jinja",
            {"apis": views, "total_routes": sum(len(v.routes) for v in views), "root": ""},
        )
    )
    pages.append(OutputFile(f"{ASSETS}/style.css", "site/style.css.jinja", {}))
    return pages, copied


def render(pages: list[OutputFile], template_dirs: list[str] | None = None) -> dict[str, str]:
    env = environment(template_dirs)
    return {p.path: env.get_template(p.template).render(**p.context) for p in pages}


def build_site(
    result: Plan, template_dirs: list[str] | None = None, redoc: Bundle | None = None
) -> dict[str, str]:
    """Every file of the site: {path relative to the site root: text}."""
    pages, files = plan(result, redoc is not None)
    files.update(render(pages, template_dirs))
    if redoc is not None:
        files[f"{ASSETS}/redoc.standalone.js"] = redoc.script
        if redoc.license:
            files[f"{ASSETS}/redoc.standalone.js.LICENSE.txt"] = redoc.license
    return dict(sorted(files.items()))


def run_publish(args: argparse.Namespace, config: Config, result: Plan) -> int:
    """Write the site to ``args.output`` (all-or-nothing); 0 on success, 2 on a template error."""
    from jinja2 import TemplateError, TemplateSyntaxError

    from codegen.output import write_tree

    bundle = find_redoc()
    if bundle is None:
        print(
            "codegen: note: Redoc is not installed (run `npm ci`); publishing the static "
            "reference only",
            file=sys.stderr,
        )
    try:
        files = build_site(result, list(config.templates) or None, bundle)
    except TemplateError as exc:
        where = "codegen: "
        if isinstance(exc, TemplateSyntaxError):
            where = f"{exc.filename or exc.name}:{exc.lineno}: "
        print(f"{where}error: template: {exc.message or exc}", file=sys.stderr)
        return 2
    out = Path(args.output)
    touched = write_tree(out, files)
    routes = sum(len(a.routes) for a in result.apis.values())
    print(
        f"codegen: published {len(result.apis)} API(s), {routes} routes, {len(files)} files to "
        f"{out}/index.html; {len(touched)} changed",
        file=sys.stderr,
    )
    return 0
