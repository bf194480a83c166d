"""Reading a spec file for comparison: JSON, or YAML (by suffix, else by content)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class SpecLoadError(Exception):
    """The file cannot be read or is not an OpenAPI/Swagger document."""


def load_spec(path: str | Path) -> dict[str, Any]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecLoadError(f"{p}: cannot read: {exc}") from exc
    return parse_spec(text, str(p))


def parse_spec(text: str, name: str = "<spec>") -> dict[str, Any]:
    data: Any
    if name.lower().endswith((".yaml", ".yml")) or not text.lstrip().startswith(("{", "[")):
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            data = yaml.load(text, Loader=loader)
        except yaml.YAMLError as exc:
            raise SpecLoadError(f"{name}: not valid YAML: {exc}") from exc
    else:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise SpecLoadError(f"{name}: not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or not ("openapi" in data or "swagger" in data):
        raise SpecLoadError(f"{name}: not an OpenAPI document (no `openapi` key)")
    return data
