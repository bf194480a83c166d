"""Jinja filters that turn untrusted doc text into safe code and data.

Every piece of text from documentation reaches generated files only through one of these:
JSON/YAML serialisation, Python string literals, docstrings, comments, or identifiers.
"""

from __future__ import annotations

import json
import keyword
import re
import unicodedata
from typing import Any

import yaml
from jinja2 import Environment


def to_json(value: Any, indent: int | None = 2) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent, sort_keys=False)


class _Dumper(yaml.SafeDumper):
    pass


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    if (
        "\n" in data
        and all(ch.isprintable() or ch == "\n" for ch in data)
        and not data.endswith(" ")
        and "\n " not in data
        and not any(ord(c) > 0xFFFF for c in data)
    ):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_presenter)


def to_yaml(value: Any) -> str:
    return yaml.dump(
        value,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )


def py_str(value: Any) -> str:
    """A Python string literal that evaluates to exactly ``value`` (never executable)."""
    s = str(value)
    out = json.dumps(s, ensure_ascii=False)
    # json escapes are valid Python escapes; additionally neutralise line separators
    return out.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def toml_str(value: Any) -> str:
    """A TOML basic string holding exactly ``value`` (JSON string escapes are valid TOML)."""
    return py_str(value).replace("\x7f", "\\u007f")


def py_repr(value: Any) -> str:
    """A Python literal for a JSON-compatible value (str, int, float, bool, None, list, dict)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(py_repr(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_str(k)}: {py_repr(v)}" for k, v in value.items()) + "}"
    return py_str(value)


def docstring(text: str | None, indent: int = 4) -> str:
    """Text made safe for the inside of a triple-quoted docstring."""
    if not text:
        return ""
    s = "".join(ch if ch in "\n\t" or ch.isprintable() else " " for ch in str(text))
    s = s.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if s.endswith('"'):
        s = s + " "
    pad = " " * indent
    lines = [ln.rstrip() for ln in s.split("\n")]
    return ("\n" + pad).join(lines).replace("\n" + pad + "\n", "\n\n").strip()


def pydoc(text: str | None, indent: int = 4) -> str:
    """``docstring`` made formatter-stable too: tabs expanded, and no trailing quote or
    backslash (black and ruff disagree on the space before the closing quotes there)."""
    s = docstring(None if text is None else str(text).expandtabs(4), indent)
    return s.rstrip('"\\ ')


def comment(text: str | None) -> str:
    """Text made safe for a single-line ``#`` comment."""
    if not text:
        return ""
    return " ".join("".join(c if c.isprintable() else " " for c in str(text)).split())


_NON_ID = re.compile(r"[^0-9a-zA-Z_]+")


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def snake(name: str) -> str:
    s = _ascii(str(name))
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    s = _NON_ID.sub("_", s).strip("_").lower()
    s = re.sub(r"_+", "_", s)
    return s


def identifier(name: str, fallback: str = "field") -> str:
    """A valid, non-keyword snake_case Python identifier for ``name``."""
    s = snake(name) or fallback
    if s[0].isdigit():
        s = f"{fallback}_{s}" if fallback else f"_{s}"
    if keyword.iskeyword(s) or keyword.issoftkeyword(s) or s in _RESERVED:
        s += "_"
    return s


_RESERVED = {"self", "cls", "client", "request", "response", "params", "json", "headers"}


def pascal(name: str) -> str:
    s = snake(name)
    out = "".join(part[:1].upper() + part[1:] for part in s.split("_") if part)
    if not out:
        out = "Model"
    if out[0].isdigit():
        out = "M" + out
    if keyword.iskeyword(out):
        out += "_"
    return out


def register(env: Environment) -> None:
    env.filters.update(
        to_json=to_json,
        to_yaml=to_yaml,
        py_str=py_str,
        py_repr=py_repr,
        toml_str=toml_str,
        docstring=docstring,
        pydoc=pydoc,
        comment=comment,
        snake=snake,
        identifier=identifier,
        pascal=pascal,
    )
