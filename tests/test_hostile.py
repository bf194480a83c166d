"""Hostile documents, for every reader: a correct output or `path:line` errors with exit 2 —
never a traceback, never a hang — and doc text never becomes code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.emit.openapi import validate
from tests.conftest import run_codegen

PAYLOAD = "'); __import__('os').system('touch PWNED')  #"
NASTY = f"\"\"\" ''' \\ {{{{ 7*7 }}}} {{% raw %}} </script> \x01 {PAYLOAD}"
NAMES = [
    "class",
    "from",
    "import",
    "2fa",
    "x-token",
    "_range",
    "a.b c",
    "名字",
    "$$$",
    "None",
    "True",
    "self",
    "X-Token",
    "x_token",
    "list",
    "def",
]


def contract(params: list[str], desc: str = NASTY, extra: str = "") -> str:
    rows = "\n".join(
        f"| {n} | query | string | No | {desc} | {desc} | {desc} | None |" for n in params
    )
    return f"""# Hostile-API Full Contract

- Default auth: Header `Authorization` Bearer

## Route Contracts

### `GET /api/v1/hostile/{{2fa-id}}`

- Summary: {desc}/{desc}
- operationId: `class`

#### Notes

> {desc}
> ```python
> {PAYLOAD}
> ```

#### Parameters

| Field | In | Type | Required | Description | Default | Example | Enum |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 2fa-id | path | string | Yes | None | None | None | None |
{rows}

#### Request Body

None

#### Success Response

##### `200 application/json`

| Field | Type | Required | Description | Default | Example | Enum |
| --- | --- | --- | --- | --- | --- | --- |
| class | string | No | {desc} | None | None | None |
| 2fa | integer | No | None | None | None | None |
| _private | string | No | None | None | None | None |
{extra}"""


SWAGGER = f"""# swagger_client.HostileApi

All URIs are relative to *https://api.example.org*

Method | HTTP request | Description
------------- | ------------- | -------------
[**class**](HostileApi.md#class) | **GET** /api/v1/x | {NASTY}

# **class**
> class(_from, x_token=x_token)

{NASTY}

### Parameters

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **_from** | **str**| {NASTY} |
 **x_token** | **str**| {NASTY} | [optional]
"""

MINTLIFY = f"""---
title: "{PAYLOAD}"
---

<Card title="x">{NASTY}</Card>

````yaml api GET /x/{{id}}
openapi: 3.1.0
info: {{title: t, version: '1'}}
paths:
  /x/{{id}}:
    get:
      summary: {json.dumps(NASTY)}
      parameters:
        - {{name: id, in: path, required: true, schema: {{type: string}}}}
        - {{name: class, in: query, schema: {{type: string, default: {json.dumps(PAYLOAD)}}}}}
      responses:
        '200': {{description: ok}}
````
"""

OPENAPI = json.dumps(
    {
        "openapi": "3.0.3",
        "info": {"title": NASTY, "version": "1"},
        "paths": {
            "/x": {
                "post": {
                    "operationId": "from",
                    "summary": NASTY,
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["def"],
                                    "properties": {
                                        "def": {"type": "string", "description": NASTY},
                                        "2fa": {"type": "integer"},
                                        "x-token": {"type": "string", "default": PAYLOAD},
                                    },
                                }
                            }
                        }
                    },
                    "responses": {"200": {"description": NASTY}},
                }
            }
        },
    }
)

CASES: dict[str, bytes] = {
    "contract-keywords": contract(NAMES).encode(),
    "contract-duplicates": (
        contract(["a", "a", "A"]) + "\n" + contract(["b"]).split("## Route Contracts")[1]
    ).encode(),
    "contract-long-line": contract(["q"], desc="x" * 100_000).encode(),
    "contract-missing-cells": contract(["q"])
    .replace("| q | query | string | No |", "| q | query |", 1)
    .encode(),
    "contract-extra-cells": contract(["q"])
    .replace("| q | query | string | No |", "| q | query | string | No | a | b |", 1)
    .encode(),
    "contract-empty-heading": b"# T\n\n### `GET /a`\n\n#### Parameters\n\n#### Request Body\n\n#### Success Response\n",
    "contract-latin1": contract(["q"], desc="caf\xe9 na\xefve").encode("latin-1"),
    "contract-utf16": contract(["q"], desc="中文/English").encode("utf-16"),
    "contract-bom": b"\xef\xbb\xbf" + contract(["q"]).encode(),
    "contract-nul": contract(["q"], desc="a\x00b").encode(),
    "swagger-keywords": SWAGGER.encode(),
    "mintlify-injection": MINTLIFY.encode(),
    "openapi-injection": OPENAPI.encode(),
    "binary-junk": bytes(range(256)) * 64,
    "only-symbols": b"|||||\n```\n> > >\n#### \n",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_document_gives_output_or_clean_errors(
    tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / f"{case}.md"
    doc.write_bytes(CASES[case])
    out = tmp_path / "out.json"
    rc = main(["spec", str(doc), "-o", str(out)])
    err = capsys.readouterr().err
    assert rc in (0, 2), err
    assert "Traceback" not in err
    if rc == 0:
        validate(json.loads(out.read_text(encoding="utf-8")))
    else:
        assert f"{doc}" in err and ": error:" in err, err
        assert not out.exists()


def test_fifty_megabyte_file_is_refused_quickly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.md"
    with open(big, "wb") as fh:
        block = contract(["q"]).encode()
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(block)
    rc = main(["spec", str(big)])
    err = capsys.readouterr().err
    assert rc == 2 and "limit" in err and f"{big}" in err


def test_deeply_nested_rows_are_bounded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = ".".join(f"n{i}" for i in range(2000))
    doc = tmp_path / "deep.md"
    doc.write_text(
        contract(["q"], extra=f"| {deep} | string | No | None | None | None | None |\n"),
        encoding="utf-8",
    )
    rc = main(["spec", str(doc), "-o", str(tmp_path / "o.json")])
    err = capsys.readouterr().err
    assert rc in (0, 2) and "Traceback" not in err


def test_spec_text_is_data_in_json_and_yaml(tmp_path: Path) -> None:
    doc = tmp_path / "h.md"
    doc.write_text(contract(NAMES), encoding="utf-8")
    for ext in ("json", "yaml"):
        out = tmp_path / f"o.{ext}"
        assert run_codegen("spec", str(doc), "-o", str(out)).returncode == 0
        import yaml

        data = yaml.safe_load(out.read_text(encoding="utf-8"))
        op = data["paths"]["/api/v1/hostile/{2fa-id}"]["get"]
        assert PAYLOAD in op["summary"] and '"""' in op["summary"]  # kept verbatim, as data
        names = [p["name"] for p in op["parameters"]]
        assert "class" in names and "x-token" in names and "2fa-id" in names


def test_generated_client_from_hostile_docs_never_runs_doc_text(tmp_path: Path) -> None:
    pytest.importorskip("codegen.emit.python")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "hostile.md").write_text(contract(NAMES), encoding="utf-8")
    (docs / "HostileApi.md").write_text(SWAGGER, encoding="utf-8")
    (docs / "spec.json").write_text(OPENAPI, encoding="utf-8")
    out = tmp_path / "pkg"
    proc = run_codegen(
        "client", str(docs), "--name", "hostile_client", "-o", str(out), cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    for py in out.rglob("*.py"):
        compile(py.read_text(encoding="utf-8"), str(py), "exec")
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import hostile_client, pkgutil, importlib\n"
            "for m in pkgutil.walk_packages(hostile_client.__path__, 'hostile_client.'):\n"
            "    importlib.import_module(m.name)\n",
        ],
        cwd=tmp_path,
        env={"PYTHONPATH": str(_import_root(out))},
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    tests = out / "tests"
    if tests.is_dir():
        t = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests)],
            cwd=tmp_path,
            env={"PYTHONPATH": str(_import_root(out)), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
        )
        assert t.returncode == 0, t.stdout[-3000:]
    assert not (tmp_path / "PWNED").exists()
    assert not Path("PWNED").exists()


def _import_root(out: Path) -> Path:
    """The folder to put on sys.path so `import hostile_client` works (src layout or flat)."""
    for cand in (out / "src", out):
        if (cand / "hostile_client" / "__init__.py").is_file():
            return cand
    return out
