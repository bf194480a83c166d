"""Emitters: each plans a list of :class:`OutputFile` from the route model; templates write them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import BytecodeCache, ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from jinja2.bccache import Bucket

if TYPE_CHECKING:
    from codegen.cache import Cache

TEMPLATES_DIR = Path(__file__).resolve().parent.parent.parent / "templates"


@dataclass(frozen=True)
class OutputFile:
    """A file to write: its path relative to the output root, the template and its context."""

    path: str
    template: str
    context: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


def template_dirs(extra: list[str] | None = None) -> list[Path]:
    dirs = [Path(d) for d in (extra or [])]
    builtin = TEMPLATES_DIR
    if not builtin.is_dir():  # installed without the repo: templates ship as package data
        builtin = Path(__file__).resolve().parent.parent / "templates"
    return [*dirs, builtin]


def environment(extra_dirs: list[str] | None = None) -> Environment:
    """The Jinja environment: user template folders layered over the built-in ``templates/``."""
    from codegen.cache import scope
    from codegen.emit import filters

    loaders = [FileSystemLoader(str(d)) for d in template_dirs(extra_dirs)]
    cache = scope.active()
    env = Environment(
        loader=ChoiceLoader(loaders),
        bytecode_cache=_Compiled(cache) if cache is not None else None,
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    filters.register(env)
    return env


class _Compiled(BytecodeCache):
    """Compiled templates kept in the run's cache: Jinja compiles a template from its source
    in tens of milliseconds (0.1 s for the client's and tests' templates), a run that finds
    it loads it in well under one. Jinja checks each entry against the template's source;
    the key adds codegen's code and Jinja's version (the environment's options are code)."""

    KIND = "jinja"

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self._salt: str | None = None

    def _key(self, bucket: Bucket) -> str:
        from codegen.cache import code_salt, digest, version_of

        if self._salt is None:
            self._salt = digest(code_salt(), self.KIND, version_of("jinja2") or "-")
        return digest(self._salt, bucket.key)

    def load_bytecode(self, bucket: Bucket) -> None:
        raw = self.cache.get(self.KIND, self._key(bucket))
        if raw:
            bucket.bytecode_from_string(raw)  # a stale or foreign entry is dropped by Jinja

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.cache.put(self.KIND, self._key(bucket), bucket.bytecode_to_string())
