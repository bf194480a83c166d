"""Planning the whole ``generated/`` tree from a config: every API through every target."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from codegen import pipeline
from codegen.cache import scope
from codegen.config import ApiConfig, Config
from codegen.emit import openapi
from codegen.model import Api, Diagnostic

if TYPE_CHECKING:
    from codegen.cache import Cache

#: A target renders one API into files: (api, its config, the project config) → {path: text}.
Target = Callable[[Api, ApiConfig, Config], dict[str, str]]


def openapi_target(api: Api, cfg: ApiConfig, config: Config) -> dict[str, str]:
    return openapi.render(openapi.plan(api, cfg.name), list(config.templates) or None)


def _targets() -> list[tuple[str, Target]]:
    targets: list[tuple[str, Target]] = [("openapi", openapi_target)]
    try:
        from codegen.emit.python import python_target  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        pass
    else:
        targets.append(("python", python_target))
    try:
        from codegen.emit.tests import tests_target  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        pass
    else:
        targets.append(("tests", tests_target))
    return targets


def _prefetch(config: Config, apis: dict[str, Api]) -> None:
    """Start what can run beside the openapi target (the client's models) in the background."""
    try:
        from codegen.emit.python import prefetch  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return
    for cfg in config.api:
        prefetch(apis[cfg.name], cfg)


@dataclass
class Plan:
    files: dict[str, str] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    apis: dict[str, Api] = field(default_factory=dict)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level == "error"]


def load_apis(
    config: Config,
    *,
    cache: Cache | None = None,
    progress: pipeline.Progress | None = None,
) -> tuple[dict[str, Api], list[Diagnostic]]:
    apis: dict[str, Api] = {}
    diags: list[Diagnostic] = []
    for cfg in config.api:
        loaded = pipeline.load_api(
            config.source_paths(cfg),
            prefix_map=tuple(cfg.prefix_map.items()),
            title=cfg.title,
            version=cfg.version,
            servers=cfg.servers or None,
            description=cfg.description,
            precedence=cfg.precedence,
            cache=cache,
            progress=progress,
        )
        diags.extend(loaded.diagnostics)
        if not loaded.api.routes and not loaded.errors:
            diags.append(
                Diagnostic(
                    level="error",
                    file=config.file,
                    line=0,
                    code="no-routes",
                    message=f"API {cfg.name!r}: its sources hold no routes",
                )
            )
        apis[cfg.name] = loaded.api
    return apis, diags


def plan(
    config: Config,
    *,
    cache: Cache | None = None,
    progress: pipeline.Progress | None = None,
    timings: dict[str, float] | None = None,
) -> Plan:
    """Read every API of ``config`` and render every target.

    ``cache`` skips re-reading unchanged documents and lets the emitters reuse work whose
    inputs did not change (see :mod:`codegen.cache.scope`); ``progress(done, total)`` is told as
    documents are read; ``timings`` (when given) receives seconds per phase:
    ``read`` and one entry per target (``openapi``, ``python``).
    """
    clock = timings if timings is not None else {}
    result = Plan()
    with scope.run(cache):
        openapi.prestart()  # the spec validator warms up while documents are read
        t0 = time.perf_counter()
        result.apis, result.diagnostics = load_apis(config, cache=cache, progress=progress)
        clock["read"] = clock.get("read", 0.0) + time.perf_counter() - t0
        if result.errors:
            return result
        _prefetch(config, result.apis)
        for cfg in config.api:
            api = result.apis[cfg.name]
            for name, target in _targets():
                t0 = time.perf_counter()
                result.files.update(target(api, cfg, config))
                clock[name] = clock.get(name, 0.0) + time.perf_counter() - t0
        t0 = time.perf_counter()
        scope.finish()  # specs validated in the background: nothing is returned unproven
        waited = time.perf_counter() - t0
        clock["openapi"] = clock.get("openapi", 0.0) + waited
        clock["waited"] = clock.get("waited", 0.0) + waited
    return result
