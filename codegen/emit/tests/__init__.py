"""Generated tests for a client package: offline (``httpx.MockTransport``) and live smoke tests.

For an API whose client package is ``<package>`` (import name), the suite is:

- ``<package>_mock.py``: a recording mock transport and helpers to read what was sent;
- ``ruff.toml``: lint settings that sort imports the same wherever the suite sits;
- ``conftest.py``: the ``live`` marker and the ``live_client`` fixture (skips unless
  ``<STEM>_BASE_URL`` and ``<STEM>_API_TOKEN`` are set);
- ``test_<stem>_<resource>.py``: per route, a sync and an async test that call the client with
  documented (or synthesised) arguments and check method, path, query, headers, cookies, body,
  auth header and the parsed response;
- ``test_<stem>_errors.py``: error mapping and retries, on one route;
- ``test_<stem>_live_<resource>.py``: per route, a ``@pytest.mark.live`` smoke test.

``generate`` writes it to ``generated/tests/<api>/``; ``codegen client`` to ``DIR/tests/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from codegen.config import ApiConfig, Config
from codegen.emit import OutputFile
from codegen.emit.openapi import document
from codegen.emit.python import context as client_context
from codegen.emit.python import env_for, package_name
from codegen.emit.python.format import format_package
from codegen.emit.tests import plan, routes
from codegen.model import Api

__all__ = ["env_names", "render_tests", "tests_target"]


def tests_target(api: Api, cfg: ApiConfig, config: Config) -> dict[str, str]:
    """``generate`` target: ``tests/<api>/…`` for every API with ``client`` enabled."""
    if not cfg.client:
        return {}
    files = render_tests(api, package_name(cfg), list(config.templates) or None)
    return {f"tests/{cfg.name}/{rel}": text for rel, text in files.items()}


def env_names(package: str) -> tuple[str, str]:
    """(base URL variable, token variable) that enable the live tests of ``package``."""
    stem = (package.removesuffix("_client") or package).upper()
    return f"{stem}_BASE_URL", f"{stem}_API_TOKEN"


def context(api: Api, package: str) -> dict[str, Any]:
    ctx, models = client_context(api, package)
    doc = document(api)
    cases = plan.cases(ctx["resources"], doc, models, ctx["base_url"], ctx["auth_header"])
    by_resource: dict[str, list[plan.Case]] = {}
    for c in cases:
        by_resource.setdefault(c.resource, []).append(c)
    known = set(models.classes) | ({models.generic} if models.generic else set())
    sample = _sample(cases)
    return {
        **ctx,
        **_names(package),
        "cases": cases,
        "by_resource": by_resource,
        "known_models": known,
        "sample": sample,
        "sample_imports": sorted(sample.names(known)) if sample else [],
    }


def _names(package: str) -> dict[str, str]:
    base_env, token_env = env_names(package)
    return {
        "stem": package.removesuffix("_client") or package,
        "mock_module": f"{package}_mock",
        "base_url_env": base_env,
        "live_token_env": token_env,
    }


def _sample(cases: list[plan.Case]) -> plan.Case | None:
    """The route the error and retry tests call: the first that returns a parsed model."""
    return next((c for c in cases if c.response == "model"), cases[0] if cases else None)


def plan_files(ctx: dict[str, Any]) -> list[OutputFile]:
    stem = ctx["stem"]
    files = [
        OutputFile("conftest.py", "tests/conftest.py.jinja", ctx),
        OutputFile(f"{ctx['mock_module']}.py", "tests/mock.py.jinja", ctx),
        OutputFile("ruff.toml", "tests/ruff.toml.jinja", ctx),
    ]
    if ctx["sample"] is not None:
        files.append(OutputFile(f"test_{stem}_errors.py", "tests/test_errors.py.jinja", ctx))
    for resource, cases in sorted(ctx["by_resource"].items()):
        names = set().union(*(c.names(ctx["known_models"]) for c in cases))
        sub = {
            **ctx,
            "resource": resource,
            "resource_cases": cases,
            "resource_imports": sorted(names),
        }
        files.append(OutputFile(f"test_{stem}_{resource}.py", "tests/test_resource.py.jinja", sub))
        files.append(OutputFile(f"test_{stem}_live_{resource}.py", "tests/test_live.py.jinja", sub))
    return files


def render_tests(
    api: Api, package: str, template_dirs: Sequence[str] | None = None
) -> dict[str, str]:
    """Every file of the test suite, keyed by path relative to the suite's folder."""
    env = env_for(template_dirs)
    if not template_dirs:  # the built-in templates: test modules written route by route
        ctx, models = client_context(api, package)
        return routes.modules(env, api, {**ctx, **_names(package)}, models)
    ctx = context(api, package)
    out = {f.path: env.get_template(f.template).render(**f.context) for f in plan_files(ctx)}
    return format_package(out)
