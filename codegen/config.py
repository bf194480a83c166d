"""Project configuration: which APIs to generate, from which sources, into which folders.

Looked up in this order: ``--config FILE``; ``contracts/codegen.toml``; ``[tool.codegen]`` in
``pyproject.toml`` (either inline ``api`` tables or ``config = "path/to/file.toml"``).
Source paths are relative to the config file's folder.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class ConfigError(Exception):
    def __init__(self, file: str, line: int, message: str) -> None:
        super().__init__(message)
        self.file, self.line, self.message = file, line, message


class ApiConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="Short name: file stem of the outputs (`<name>.openapi.json`).")
    sources: tuple[str, ...] = Field(description="Documents or folders, relative to the config.")
    title: str | None = None
    version: str | None = None
    description: str | None = None
    servers: tuple[str, ...] = ()
    prefix_map: dict[str, str] = Field(default_factory=dict, description="Path prefix FROM → TO.")
    precedence: tuple[str, ...] = Field(default=(), description="Source precedence on conflicts.")
    package: str | None = Field(default=None, description="Python client package name.")
    client: bool = Field(default=True, description="Generate a Python client for this API.")

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{0,63}", v):
            raise ValueError("name must be letters, digits, '-' or '_', starting with a letter")
        return v

    @field_validator("package")
    @classmethod
    def _package(cls, v: str | None) -> str | None:
        import keyword
        import sys

        if v is not None and (
            not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,63}", v)
            or keyword.iskeyword(v)
            or v in sys.stdlib_module_names
        ):
            raise ValueError(
                "package must be a Python identifier that is not a keyword or stdlib module"
            )
        return v


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    output: str = "generated"
    templates: tuple[str, ...] = ()
    formatter: str = "ruff"
    api: tuple[ApiConfig, ...] = ()
    base_dir: str = "."
    file: str = ""

    def source_paths(self, api: ApiConfig) -> list[str]:
        base = Path(self.base_dir)
        return [str(base / s) for s in api.sources]


def find_config(root: Path, explicit: str | None = None) -> Path:
    if explicit:
        return Path(explicit)
    cand = root / "contracts" / "codegen.toml"
    if cand.is_file():
        return cand
    py = root / "pyproject.toml"
    if py.is_file():
        return py
    raise ConfigError(str(cand), 0, "no config found (contracts/codegen.toml or [tool.codegen])")


def load(path: Path, root: Path | None = None) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(str(path), 0, f"cannot read config: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise ConfigError(str(path), int(m.group(1)) if m else 0, f"invalid TOML: {exc}") from exc
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("codegen", {})
        if "config" in data:
            return load(path.parent / data["config"], root)
    data = dict(data)
    base = path.parent
    data["base_dir"] = str(base.relative_to(root) if root and base.is_relative_to(root) else base)
    data["file"] = str(path)
    return _validate(data, path)


def _validate(data: dict[str, Any], path: Path) -> Config:
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise ConfigError(str(path), _line_of(path, err["loc"]), f"{where}: {err['msg']}") from exc


def _line_of(path: Path, loc: tuple[int | str, ...]) -> int:
    """The line of the offending key: inside the n-th ``[[api]]`` table when the error is there."""
    key = str(loc[-1])
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except OSError:
        return 0
    start = 0
    if len(loc) >= 2 and loc[0] == "api" and isinstance(loc[1], int):
        tables = [no for no, ln in enumerate(lines) if ln.strip() == "[[api]]"]
        if loc[1] < len(tables):
            start = tables[loc[1]]
    for no in range(start, len(lines)):
        if lines[no].strip().startswith(key):
            return no + 1
    return 0
