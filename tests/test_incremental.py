"""Incremental regeneration: no-change runs write nothing, a changed contract rewrites only what
it affects, spec changes are reported (CHANGES.md) and `--fail-on breaking` gates CI."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_codegen

CREATOR = "tiktok-creator-api.contract.md"
DOUYIN = "douyin-creator-v2-api.contract.md"


def _project(tmp: Path, client: bool = False) -> Path:
    src = ROOT / "contracts" / "tikomni"
    (tmp / "contracts" / "t").mkdir(parents=True)
    for name in (CREATOR, DOUYIN):
        shutil.copy2(src / name, tmp / "contracts" / "t" / name)
    (tmp / "contracts" / "codegen.toml").write_text(
        'output = "generated"\n\n[[api]]\nname = "t"\ntitle = "T"\nversion = "1.4.0"\n'
        f'package = "t_client"\nclient = {str(client).lower()}\n'
        f'sources = ["t/{CREATOR}", "t/{DOUYIN}"]\n',
        encoding="utf-8",
    )
    return tmp


def _stats(root: Path) -> dict[str, tuple[int, int]]:
    out = {".": (root.stat().st_ino, root.stat().st_mtime_ns)}
    for p in root.rglob("*"):
        st = p.stat()
        out[p.relative_to(root).as_posix()] = (st.st_ino, st.st_mtime_ns)
    return out


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _drop_route(path: Path, anchor: str) -> None:
    text = path.read_text(encoding="utf-8")
    start = text.index(f'<a id="{anchor}"></a>')
    end = text.index('<a id="', start + 1)
    path.write_text(text[:start] + text[end:], encoding="utf-8")


def test_no_change_run_writes_nothing(tmp_path: Path) -> None:
    proj = _project(tmp_path)
    first = run_codegen("generate", cwd=proj)
    assert first.returncode == 0, first.stderr
    before = _stats(proj / "generated")
    cache_before = _stats(proj / ".codegen-cache")
    for args in (("generate",), ("generate", "--no-cache"), ("check",)):
        again = run_codegen(*args, cwd=proj)
        assert again.returncode == 0, again.stderr
        assert _stats(proj / "generated") == before, args
    assert "0 changed (cached)" in run_codegen("generate", cwd=proj).stderr
    assert _stats(proj / ".codegen-cache") == cache_before


def test_changed_contract_rewrites_only_what_it_affects(tmp_path: Path) -> None:
    proj = _project(tmp_path, client=True)
    assert run_codegen("generate", cwd=proj).returncode == 0
    gen = proj / "generated"
    before = _stats(gen)
    old_bytes = {
        p.relative_to(gen).as_posix(): p.read_bytes() for p in gen.rglob("*") if p.is_file()
    }
    _edit(
        proj / "contracts" / "t" / CREATOR,
        "- Summary: 获取创作者账号健康状态/Get Creator Account Health Status",
        "- Summary: 获取创作者账号健康状态/Get the creator account health status",
    )
    proc = run_codegen("generate", cwd=proj)
    assert proc.returncode == 0, proc.stderr
    after = _stats(gen)
    changed = {
        rel
        for rel, data in old_bytes.items()
        if (gen / rel).is_file() and (gen / rel).read_bytes() != data
    }
    assert "openapi/t.openapi.json" in changed and "openapi/t.openapi.yaml" in changed
    assert len(changed) < len(old_bytes) / 2
    for rel in old_bytes:
        if rel not in changed and rel != "CHANGES.md":
            assert after[rel] == before[rel], f"{rel} was rewritten though unchanged"
    m = re.search(r"(\d+) changed", proc.stderr)
    assert m is not None and int(m.group(1)) == len(changed | {"CHANGES.md"})
    assert run_codegen("check", cwd=proj).returncode == 0
    # the new wording reaches the client's docstrings: an info change, a patch release
    assert "t: 0 breaking, 0 non-breaking, 1 info; suggested version bump: patch → 1.4.1" in (
        proc.stderr
    )
    assert (
        "info: POST /api/u1/v1/tiktok/creator/get_account_health_status: "
        "documentation changed: summary" in proc.stderr
    )
    changes = (gen / "CHANGES.md").read_text(encoding="utf-8")
    assert "documentation changed: summary" in changes and "No user-visible" not in changes


def test_breaking_changes_are_reported_and_gate_ci(tmp_path: Path) -> None:
    proj = _project(tmp_path)
    assert run_codegen("generate", cwd=proj).returncode == 0
    contract = proj / "contracts" / "t" / CREATOR
    _drop_route(contract, "post-api-u1-v1-tiktok-creator-get-account-violation-list")
    _edit(
        contract,
        "| proxy | string | No | 可选 HTTP 代理地址/Optional HTTP Proxy Address | None | None | None |",
        "| proxy | string | No | 可选 HTTP 代理地址/Optional HTTP Proxy Address | None | None | None |\n"
        "| region | string | Yes | Region/Region | None | None | None |",
    )
    gate = run_codegen("generate", "--fail-on", "breaking", cwd=proj)
    assert gate.returncode == 1, gate.stderr
    assert "breaking: POST /api/u1/v1/tiktok/creator/get_account_violation_list: route removed" in (
        gate.stderr
    )
    assert (
        "breaking: POST /api/u1/v1/tiktok/creator/get_account_health_status: "
        "required request body field `region` added" in gate.stderr
    )
    changes = (proj / "generated" / "CHANGES.md").read_text(encoding="utf-8")
    assert "suggested version bump: major → 2.0.0" in changes
    assert "route removed" in changes
    # the tree was written before the gate failed: check passes, a rerun is stable
    assert run_codegen("check", cwd=proj).returncode == 0
    rerun = run_codegen("generate", "--fail-on", "breaking", "--no-cache", cwd=proj)
    assert rerun.returncode == 0, rerun.stderr
    assert (proj / "generated" / "CHANGES.md").read_text(encoding="utf-8") == changes


def test_cache_flags_and_corrupt_cache(tmp_path: Path) -> None:
    proj = _project(tmp_path)
    assert run_codegen("generate", "--cache-dir", "elsewhere", cwd=proj).returncode == 0
    assert (proj / "elsewhere" / "run").is_dir() and not (proj / ".codegen-cache").exists()
    for p in (proj / "elsewhere").rglob("*"):
        if p.is_file() and p.name not in (".gitignore", "CACHEDIR.TAG"):
            p.write_bytes(b"\0garbage")
    shutil.rmtree(proj / "generated")
    proc = run_codegen("generate", "--cache-dir", "elsewhere", cwd=proj)
    assert proc.returncode == 0, proc.stderr
    assert run_codegen("check", "--no-cache", cwd=proj).returncode == 0
    spec = run_codegen("spec", f"contracts/t/{CREATOR}", "-o", "x.json", "--no-cache", cwd=proj)
    assert spec.returncode == 0 and (proj / "x.json").is_file()
    assert not (proj / ".codegen-cache").exists()


def test_committed_python_clients_pass_black_check() -> None:
    python = ROOT / "generated" / "python"
    if not python.is_dir():
        pytest.skip("no generated Python clients committed yet")
    proc = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", str(python)],
        capture_output=True,
        text=True,
        env={**os.environ, "BLACK_CACHE_DIR": str(ROOT / ".codegen-cache" / "black")},
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("blobs", [True, False])
def test_damaged_tree_is_restored_with_or_without_stored_bodies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blobs: bool
) -> None:
    """Small trees keep their file bodies in the cache and are restored from them; large ones
    (no bodies kept) are planned again from the per-part caches. Either way the tree comes
    back byte for byte."""
    from codegen import cli
    from codegen.cache import runs

    proj = _project(tmp_path)
    monkeypatch.chdir(proj)
    monkeypatch.setattr(runs, "BLOBS_MAX_CHARS", 1 << 40 if blobs else 0)
    assert cli.main(["generate"]) == 0
    gen = proj / "generated"
    before = {p.relative_to(gen).as_posix(): p.read_bytes() for p in gen.rglob("*") if p.is_file()}
    assert any((proj / ".codegen-cache" / "blob").rglob("*")) is blobs
    spec = gen / "openapi" / "t.openapi.yaml"
    spec.write_text("tampered\n", encoding="utf-8")
    (gen / "openapi" / "t.openapi.json").unlink()
    assert cli.main(["generate"]) == 0
    after = {p.relative_to(gen).as_posix(): p.read_bytes() for p in gen.rglob("*") if p.is_file()}
    assert after == before


def test_the_command_waits_for_the_cache_writes_it_left_to_its_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    from codegen import cli
    from codegen.cache import Cache, scope

    proj = _project(tmp_path)
    monkeypatch.chdir(proj)
    monkeypatch.setattr(scope, "WRITE_LATER", True)  # as the codegen command runs
    writers: list[int] = []
    real = Cache.put_stream

    def slow_put_stream(self: Cache, kind: str, key: str, chunks: object) -> None:
        if kind == "yaml":
            writers.append(threading.get_ident())
            time.sleep(0.3)  # a write still under way when the run is otherwise done
        real(self, kind, key, chunks)  # type: ignore[arg-type]

    monkeypatch.setattr(Cache, "put_stream", slow_put_stream)
    assert cli.main(["generate"]) == 0
    assert writers and writers[0] != threading.get_ident()  # written beside the run
    stored = [p.name for p in (proj / ".codegen-cache" / "yaml").iterdir()]
    assert stored and not [n for n in stored if n.startswith(".tmp-")]  # and waited for


def test_late_writes_are_done_on_the_spot_unless_the_command_waits_for_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from codegen.cache import scope

    done: list[int] = []
    scope.later(lambda: done.append(threading.get_ident()))
    assert done == [threading.get_ident()]
    monkeypatch.setattr(scope, "WRITE_LATER", True)
    gate = threading.Event()

    def job() -> None:
        gate.wait(5)
        done.append(threading.get_ident())

    scope.later(job)
    assert len(done) == 1  # under way in another thread
    gate.set()
    scope.written_later()
    assert len(done) == 2 and done[1] != threading.get_ident()


def test_first_generation_reports_a_new_api_not_every_route(tmp_path: Path) -> None:
    proj = _project(tmp_path)
    first = run_codegen("generate", "--fail-on", "breaking", cwd=proj)
    assert first.returncode == 0, first.stderr
    spec = json.loads((proj / "generated" / "openapi" / "t.openapi.json").read_text("utf-8"))
    routes = sum(len(item) for item in spec["paths"].values())
    assert routes > 10
    line = f"t: new API with {routes} routes (no earlier spec to compare with)"
    assert line in first.stderr.splitlines()
    assert "route added" not in first.stderr
    changes = (proj / "generated" / "CHANGES.md").read_text(encoding="utf-8")
    assert f"## t\n\nnew API with {routes} routes (no earlier spec to compare with)\n" in changes
    assert "route added" not in changes
    # the next change is compared route by route again
    _drop_route(
        proj / "contracts" / "t" / CREATOR,
        "post-api-u1-v1-tiktok-creator-get-account-violation-list",
    )
    second = run_codegen("generate", cwd=proj)
    assert second.returncode == 0, second.stderr
    assert "t: 1 breaking, 0 non-breaking, 0 info; suggested version bump: major → 2.0.0" in (
        second.stderr
    )
    assert "new API" not in (proj / "generated" / "CHANGES.md").read_text(encoding="utf-8")
