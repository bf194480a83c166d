"""Emitters: each plans a list of :class:`OutputFile` from the route model; templates write them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

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
    from codegen.emit import filters

    loaders = [FileSystemLoader(str(d)) for d in template_dirs(extra_dirs)]
    env = Environment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    filters.register(env)
    return env
