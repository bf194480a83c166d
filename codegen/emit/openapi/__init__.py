"""OpenAPI 3.1 output: plan JSON and YAML files, render them through ``templates/openapi/``,
and prove them valid (JSON parses, YAML parses to the same data, openapi-spec-validator passes)
before anything is written."""

from __future__ import annotations

import json
from typing import Any

import yaml

from codegen.emit import OutputFile, environment
from codegen.emit.openapi.build import build
from codegen.model import Api


class SpecError(Exception):
    """The emitted document failed validation (a bug, or input the model could not express)."""


def document(api: Api) -> dict[str, Any]:
    return build(api)


def plan(api: Api, stem: str, folder: str = "openapi") -> list[OutputFile]:
    doc = document(api)
    ctx = {"document": doc, "api": api}
    prefix = f"{folder}/" if folder else ""
    return [
        OutputFile(f"{prefix}{stem}.openapi.json", "openapi/openapi.json.jinja", ctx),
        OutputFile(f"{prefix}{stem}.openapi.yaml", "openapi/openapi.yaml.jinja", ctx),
    ]


def render(files: list[OutputFile], template_dirs: list[str] | None = None) -> dict[str, str]:
    env = environment(template_dirs)
    out: dict[str, str] = {}
    for f in files:
        text = env.get_template(f.template).render(**f.context)
        check(text, f.path, f.context["document"])
        out[f.path] = text
    return out


def render_text(api: Api, fmt: str = "json", template_dirs: list[str] | None = None) -> str:
    files = plan(api, "api", "")
    wanted = files[1] if fmt == "yaml" else files[0]
    return render([wanted], template_dirs)[wanted.path]


def check(text: str, path: str, expected: dict[str, Any]) -> None:
    """The rendered text must parse back to exactly the planned document and be valid OpenAPI."""
    try:
        parsed = yaml.safe_load(text) if path.endswith((".yaml", ".yml")) else json.loads(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise SpecError(f"{path}: rendered text does not parse: {exc}") from exc
    if parsed != expected:
        raise SpecError(f"{path}: rendered text does not match the planned document")
    validate(parsed)


def validate(doc: dict[str, Any]) -> None:
    from openapi_spec_validator import validate as _validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        _validate(doc)
    except OpenAPIValidationError as exc:
        raise SpecError(f"emitted spec is invalid: {exc.message}") from exc
