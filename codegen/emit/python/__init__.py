"""Typed Python client packages: plan the files, render ``templates/python/``, format once.

A package ``<name>/`` holds ``pyproject.toml``, ``README.md`` and the import package
``<name>/<name>/``: ``_base`` (HTTP core), ``_errors``, ``_client`` (``Client``/``AsyncClient``
with one lazily imported resource per tag), ``models`` (datamodel-code-generator models plus
the generic response envelope) and ``resources/<tag>.py`` (one method per route).
"""

from __future__ import annotations

import keyword
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from jinja2 import Environment

from codegen.cache import scope
from codegen.emit import OutputFile, environment
from codegen.emit.filters import snake
from codegen.emit.openapi import document
from codegen.emit.python import datamodels, plan, routes
from codegen.emit.python.format import format_package, tops_of
from codegen.model import Api

if TYPE_CHECKING:  # the models worker imports this package: keep it light
    from codegen.config import ApiConfig, Config

__all__ = ["ClientGenerationError", "package_name", "python_target", "render_package"]

ClientGenerationError = datamodels.ModelGenerationError
_PKG = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def package_name(cfg: ApiConfig) -> str:
    return cfg.package or f"{snake(cfg.name)}_client"


def prefetch(api: Api, cfg: ApiConfig) -> None:
    """Inside a run: start the slow part of the client (models) in the background now."""
    if cfg.client:
        datamodels.prefetch(document(api))


def python_target(api: Api, cfg: ApiConfig, config: Config) -> dict[str, str]:
    """``generate`` target: ``python/<package>/…`` for every API with ``client`` enabled."""
    if not cfg.client:
        return {}
    package = package_name(cfg)
    files = render_package(api, package, list(config.templates) or None)
    return {f"python/{package}/{rel}": text for rel, text in files.items()}


def _pep440(version: str) -> str:
    m = re.search(r"\d+(?:\.\d+)*", version)
    return m.group(0) if m else "0.0.0"


def _auth(api: Api) -> tuple[str, str]:
    """(header, value prefix) for the token, from the API's default security scheme."""
    schemes = {s.name: s for s in api.security_schemes}
    for name in [*api.security, *sorted(schemes)]:
        s = schemes.get(name)
        if s is not None and s.type == "apiKey" and s.location == "header" and s.param_name:
            return s.param_name, ""
        if s is not None and s.type == "http" and (s.scheme or "bearer").lower() == "bearer":
            break
    return "Authorization", "Bearer "


def _example(resources: list[plan.Resource]) -> dict[str, Any] | None:
    for res in resources:
        if res.routes:
            m = res.method_at(0)
            args = [(p.name, _placeholder(p.annotation)) for p in m.params if p.required]
            return {"resource": res.attr, "method": m.name, "args": args}
    return None


def _placeholder(annotation: str) -> Any:
    return {"int": 0, "float": 0.0, "bool": True}.get(annotation.split(" ")[0], "...")


def context(api: Api, package: str) -> tuple[dict[str, Any], datamodels.Models]:
    """The template context of the package and its models (made once per run and API)."""
    return scope.memo(("python-context", package), api, lambda: _context(api, package))


#: the object the run memo files the Jinja environment under
_ENV = object()


def env_for(template_dirs: Sequence[str] | None) -> Environment:
    """The Jinja environment (one per run and template folders: templates compile once)."""
    dirs = list(template_dirs) if template_dirs else None
    return scope.memo(("jinja-env", *(dirs or [])), _ENV, lambda: environment(dirs))


#: built-in templates compiled while the models are made in the background
_TEMPLATES = [
    "python/package/resource.py.jinja",
    "python/package/_base.py.jinja",
    "python/package/_errors.py.jinja",
    "python/package/_client.py.jinja",
    "python/README.md.jinja",
    "tests/test_resource.py.jinja",
    "tests/test_live.py.jinja",
    "tests/test_errors.py.jinja",
    "tests/mock.py.jinja",
]


def _meanwhile(api: Api, doc: dict[str, Any]) -> None:
    """Work that needs no models, done while another process makes them (a cold run)."""
    from codegen.emit.python import docs

    env = env_for(None)
    for name in _TEMPLATES:
        env.get_template(name)
    routes.op_dumps(doc)
    routes.component_hashes(doc)
    for r in api.routes:  # the docstrings' descriptions (kept by docs.trim's own memo)
        docs.trim(r.description)


def _context(api: Api, package: str) -> tuple[dict[str, Any], datamodels.Models]:
    doc = document(api)
    if datamodels.pending(doc):
        _meanwhile(api, doc)
    models = datamodels.generate(doc)
    resources = plan.layout(api, doc, models)
    stem = package.removesuffix("_client") or package
    header, prefix = _auth(api)
    ctx = {
        "api": api,
        "package": package,
        "title": api.title,
        "version": _pep440(api.version),
        "api_version": api.version,
        "description": api.description.text,
        # a relative server ("/") is no base a client can call: fall back to a placeholder
        "base_url": next(
            (u for u in api.servers if u.startswith(("http://", "https://"))), "http://localhost"
        ),
        "token_env": f"{stem.upper()}_API_TOKEN",
        "user_agent": f"{package}/{_pep440(api.version)}",
        "auth_header": header,
        "auth_prefix": prefix,
        "resources": resources,
        "models": models,
        "example": _example(resources),
    }
    return ctx, models


def plan_files(package: str, ctx: dict[str, Any]) -> list[OutputFile]:
    pkg = f"{package}/"
    files = [
        OutputFile("pyproject.toml", "python/pyproject.toml.jinja", ctx),
        OutputFile("README.md", "python/README.md.jinja", ctx),
        OutputFile(f"{pkg}py.typed", "python/package/py.typed.jinja", ctx),
        OutputFile(f"{pkg}__init__.py", "python/package/__init__.py.jinja", ctx),
        OutputFile(f"{pkg}_base.py", "python/package/_base.py.jinja", ctx),
        OutputFile(f"{pkg}_errors.py", "python/package/_errors.py.jinja", ctx),
        OutputFile(f"{pkg}_client.py", "python/package/_client.py.jinja", ctx),
        OutputFile(f"{pkg}models.py", "python/package/models.py.jinja", ctx),
        OutputFile(f"{pkg}resources/__init__.py", "python/package/resources_init.py.jinja", ctx),
    ]
    for res in ctx["resources"]:
        files.append(
            OutputFile(
                f"{pkg}resources/{res.attr}.py",
                "python/package/resource.py.jinja",
                {**ctx, "resource": res},
            )
        )
    return files


def render_package(
    api: Api, package: str, template_dirs: Sequence[str] | None = None
) -> dict[str, str]:
    """Every file of the package, keyed by path relative to the package folder."""
    if not _PKG.fullmatch(package):
        raise ClientGenerationError(f"{package!r} is not a valid Python package name")
    if keyword.iskeyword(package) or package in sys.stdlib_module_names:
        raise ClientGenerationError(
            f"{package!r} is a Python keyword or standard-library module; choose another name"
        )
    ctx, models = context(api, package)
    env = env_for(template_dirs)
    files = plan_files(package, ctx)
    if template_dirs:  # templates of the user's: whole files, formatted whole
        for res in ctx["resources"]:
            plan.set_imports(res, plan.method_tokens(res.methods), models)
        out = {f.path: env.get_template(f.template).render(**f.context) for f in files}
        out[f"{package}/_models.py"] = models.code or "# No models.\n"
        return format_package(out)
    # the built-in templates: resource modules are written route by route (see chunks)
    by_path = {f"{package}/resources/{res.attr}.py": res for res in ctx["resources"]}
    out = {
        f.path: env.get_template(f.template).render(**f.context)
        for f in files
        if f.path not in by_path
    }
    out[f"{package}/_models.py"] = models.code or "# No models.\n"
    tops = tops_of([*out, *by_path])
    return routes.resource_modules(env, api, ctx, models, by_path, out, tops)
