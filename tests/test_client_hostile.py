"""Hostile names and text: the client imports, works, and never executes doc text.

The fixture names parameters ``class``, ``from``, ``2fa``, ``x-token``/``x_token``, ``_range``,
``用户``, ``self``, ``list``, ``model_config``; its descriptions, defaults, enum values, tag and
title hold ``\"\"\"``, ``\\``, ``{{ }}`` and ``'); import os; os.system('touch PWNED')  #``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_codegen

FIXTURE = ROOT / "tests" / "fixtures" / "client" / "hostile.openapi.json"
EVIL = "'); import os; os.system('touch PWNED')  #"

SCRIPT = textwrap.dedent(
    """
    import asyncio, json, httpx
    import hostile_client
    from hostile_client import models

    seen = []

    def handler(request):
        seen.append(request)
        if request.url.path.endswith("/file"):
            return httpx.Response(200, content=b"\\x00bin", headers={"content-type": "application/octet-stream"})
        return httpx.Response(200, json={"code": 0, "data": {"class": "c", "2fa": 2}})

    with hostile_client.Client(token="t", transport=httpx.MockTransport(handler)) as c:
        r = c.hostile.get_thing_x(param_2fa="a/b", class_="k", range="2x", list_=[1, 2], self_=True)
        req = seen[-1]
        assert req.url.raw_path.startswith(b"/api/v1/hostile/a%2Fb?"), req.url
        q = dict(req.url.params.multi_items())
        assert q["class"] == "k" and q["_range"] == "2x" and q["self"] == "true", q
        assert q["from"] == "3" and q["x_token"] == EVIL, q
        assert req.url.params.get_list("list") == ["1", "2"]
        assert r.code == 0
        c.hostile.submit(class_="k", param_2fa=True, kind=models.Kind.class_, range="r",
                         model_config="m", param="u", nested=models.Nested.model_validate({"_private": "p", "def": 1}))
        body = json.loads(seen[-1].content)
        assert body == {"class": "k", "2fa": True, "from": 1, "x_token": EVIL, "_range": "r",
                        "model_config": "m", "用户名": "u", "kind": "class",
                        "nested": {"_private": "p", "def": 1}}, body
        typed = c.hostile.submit_post()
        assert isinstance(typed.data, models.TypedData) and typed.data.field_2fa == 2
        assert typed.data.class_ == "c"
        blob = c.import_os_os_system_touch_pwned.file()
        assert blob == b"\\x00bin"
        try:
            c.hostile.get_thing_x(param_2fa="", class_="k")
        except hostile_client.RequestValidationError:
            pass
        else:
            raise AssertionError("empty path parameter accepted")

    async def main():
        async with hostile_client.AsyncClient(token="t", transport=httpx.MockTransport(handler)) as c:
            assert (await c.import_os_os_system_touch_pwned.file()) == b"\\x00bin"
            await c.hostile.submit(class_="k", param_2fa=False)

    asyncio.run(main())
    print("OK", len(seen))
    """
).replace("EVIL", repr(EVIL))


@pytest.fixture(scope="module")
def hostile_pkg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile") / "hostile_client"
    proc = run_codegen("client", str(FIXTURE), "--name", "hostile_client", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


def test_hostile_client_imports_runs_and_executes_nothing(hostile_pkg: Path) -> None:
    assert not (hostile_pkg / "PWNED").exists()
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=hostile_pkg, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("OK 6")
    assert not (hostile_pkg / "PWNED").exists()
    assert not Path("PWNED").exists()


def test_hostile_text_only_in_string_literals(hostile_pkg: Path) -> None:
    """Every occurrence of the payload sits inside a string token, never in code."""
    import io
    import tokenize

    for path in sorted(hostile_pkg.rglob("*.py")):
        src = path.read_text(encoding="utf-8")
        code = "".join(
            tok.string
            for tok in tokenize.generate_tokens(io.StringIO(src).readline)
            if tok.type not in (tokenize.STRING, tokenize.COMMENT)
            and tok.type != getattr(tokenize, "FSTRING_MIDDLE", -1)
        )
        assert "os.system" not in code, path
        assert "import os" not in code, path


def test_hostile_client_is_formatted_and_typed(hostile_pkg: Path) -> None:
    bin_ = Path(sys.executable).parent
    black = subprocess.run(
        [str(bin_ / "black"), "--check", "-q", "."], cwd=hostile_pkg, capture_output=True, text=True
    )
    assert black.returncode == 0, black.stderr
    ruff = subprocess.run(
        [str(bin_ / "ruff"), "check", "--no-cache", "."],
        cwd=hostile_pkg,
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout
    mypy = subprocess.run(
        [str(bin_ / "mypy"), "--strict", "--cache-dir", os.devnull, "hostile_client"],
        cwd=hostile_pkg,
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout
