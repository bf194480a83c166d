"""Bad input: `path:line` errors, exit 2, no traceback, generated/ left exactly as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.output import read_tree
from tests.conftest import ROOT, run_codegen

GOOD = (ROOT / "contracts" / "tikomni" / "tiktok-creator-api.contract.md").read_text(
    encoding="utf-8"
)


def _broken_table(t: str) -> str:
    return t.replace(
        "| cookie | string | No | 用户 Cookie 字符串/User Cookie String | Your_Cookie_String | None | None |",
        "| cookie | string | No |",
        1,
    )


CASES = {
    "broken-table": (_broken_table(GOOD), "cells"),
    "unknown-section": (GOOD.replace("#### Request Body", "#### Frobnicate", 1), "unknown section"),
    "truncated": (
        GOOD[
            : GOOD.index("### `POST /api/u1/v1/tiktok/creator/get_account_insights_overview`") + 70
        ],
        "no content",
    ),
    "binary": (None, "binary"),
    "empty": ("", "empty"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_malformed_contract_exits_2_and_keeps_generated(tmp_path: Path, case: str) -> None:
    shutil.copytree(ROOT / "contracts", tmp_path / "contracts")
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    assert run_codegen("generate", cwd=tmp_path).returncode == 0
    before = read_tree(tmp_path / "generated")
    target = tmp_path / "contracts" / "tikomni" / "tiktok-creator-api.contract.md"
    text, needle = CASES[case]
    if text is None:
        target.write_bytes(bytes(range(256)) * 40)
    else:
        target.write_text(text, encoding="utf-8")
    proc = run_codegen("generate", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert needle in proc.stderr
    assert "contracts/tikomni/tiktok-creator-api.contract.md:" in proc.stderr or case in (
        "binary",
        "empty",
    )
    assert "contracts/tikomni/tiktok-creator-api.contract.md" in proc.stderr
    assert read_tree(tmp_path / "generated") == before

    spec = run_codegen("spec", str(target), "-o", str(tmp_path / "out.json"))
    assert spec.returncode == 2 and "Traceback" not in spec.stderr


def test_missing_path_and_bad_config(tmp_path: Path) -> None:
    proc = run_codegen("spec", str(tmp_path / "nope.md"))
    assert proc.returncode == 2 and "no such file" in proc.stderr
    (tmp_path / "contracts").mkdir()
    (tmp_path / "contracts" / "codegen.toml").write_text(
        "output = 'generated'\n[[api]]\nname = 3\n"
    )
    proc = run_codegen("generate", cwd=tmp_path)
    assert (
        proc.returncode == 2 and "codegen.toml:" in proc.stderr and "Traceback" not in proc.stderr
    )


def test_unusable_package_names_are_clean_errors(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "contracts", tmp_path / "contracts")
    cfg = tmp_path / "contracts" / "codegen.toml"
    text = cfg.read_text(encoding="utf-8")
    cfg.write_text(text.replace('package = "keyapi_client"', 'package = "class"'), encoding="utf-8")
    proc = run_codegen("generate", cwd=tmp_path)
    line = next(
        i
        for i, ln in enumerate(cfg.read_text(encoding="utf-8").split("\n"), 1)
        if ln.startswith('package = "class"')
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert f"codegen.toml:{line}: error:" in proc.stderr
    assert not (tmp_path / "generated").exists()
    for name in ("class", "json", "bad-name"):
        out = run_codegen(
            "client",
            str(ROOT / "contracts" / "keyapi"),
            "--name",
            name,
            "-o",
            str(tmp_path / "pkg"),
        )
        assert out.returncode == 2 and "Traceback" not in out.stderr and name in out.stderr
        assert not (tmp_path / "pkg").exists()
