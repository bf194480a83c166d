"""Generated client packages pass black, ruff and ``mypy --strict``; the corpus client is fast.

The committed packages under ``generated/python/`` are checked as they are; a client of the
whole shared contract corpus (~190 routes, one package) is generated and checked the same way,
plus its import time. A fresh-venv install runs with ``-m slow`` (it needs the package index).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT, need_shared, run_codegen

BIN = Path(sys.executable).parent
PACKAGES = sorted(p for p in (ROOT / "generated" / "python").glob("*") if p.is_dir())


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600)


def _quality(root: Path, package: str) -> None:
    black = _run([str(BIN / "black"), "--check", "-q", "."], root)
    assert black.returncode == 0, black.stderr
    ruff = _run([str(BIN / "ruff"), "check", "-q", "--no-cache", "."], root)
    assert ruff.returncode == 0, ruff.stdout
    mypy = _run([str(BIN / "mypy"), "--strict", "--cache-dir", os.devnull, package], root)
    assert mypy.returncode == 0, mypy.stdout


def _loaded_on_import(root: Path, package: str) -> list[str]:
    """Which of pydantic and the package's resource modules ``import package`` loads."""
    code = (
        f"import sys; import {package}; "
        f"print('imported', *sorted(m for m in sys.modules if m == 'pydantic' "
        f"or m.startswith('{package}.resources.')))"
    )
    out = _run([sys.executable, "-c", code], root).stdout.split()
    assert out[:1] == ["imported"], out  # the import itself worked
    return out[1:]


@pytest.mark.parametrize("root", PACKAGES, ids=[p.name for p in PACKAGES])
def test_committed_package_quality(root: Path) -> None:
    _quality(root, root.name)


@pytest.fixture(scope="module")
def corpus_pkg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    need_shared()
    out = tmp_path_factory.mktemp("corpus") / "corpus_client"
    proc = run_codegen(
        "client", str(CORPUS / "contract-md"), "--name", "corpus_client", "-o", str(out)
    )
    assert proc.returncode == 0, proc.stderr
    return out


def test_corpus_client_quality_and_lazy_import(corpus_pkg: Path) -> None:
    pkg = corpus_pkg / "corpus_client"
    methods = sum(
        p.read_text(encoding="utf-8").count("\n    def ") for p in (pkg / "resources").glob("*.py")
    )
    assert methods >= 180  # one sync method per route (~190 routes)
    _quality(corpus_pkg, "corpus_client")
    assert _loaded_on_import(corpus_pkg, "corpus_client") == []  # lazy: quick to import


def test_generation_is_deterministic(corpus_pkg: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    proc = run_codegen(
        "client", str(CORPUS / "contract-md"), "--name", "corpus_client", "-o", str(again)
    )
    assert proc.returncode == 0, proc.stderr
    for path in sorted(corpus_pkg.rglob("*")):
        rel = path.relative_to(corpus_pkg)
        if path.is_file() and not any(p.startswith((".", "__")) for p in rel.parts[:-1]):
            assert (again / rel).read_bytes() == path.read_bytes(), rel


def test_client_cli_errors_write_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "empty.md"
    bad.write_text("# nothing here\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_codegen("client", str(bad), "--name", "x_client", "-o", str(out))
    assert proc.returncode == 2
    assert not out.exists()
    proc = run_codegen("client", str(ROOT / "contracts"), "--name", "not-a-package", "-o", str(out))
    assert proc.returncode == 2 and not out.exists()


@pytest.mark.slow
def test_installs_into_fresh_venv(tmp_path: Path) -> None:
    root = tmp_path / "src"  # a copy: building in place would leave build/ in generated/
    shutil.copytree(ROOT / "generated" / "python" / "tikomni_client", root)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    py = venv / "bin" / "python"
    pip = _run([str(py), "-m", "pip", "install", "-q", str(root)], tmp_path)
    assert pip.returncode == 0, pip.stderr
    probe = "import tikomni_client, tikomni_client.models; print(tikomni_client.__file__)"
    imp = _run([str(py), "-c", probe], tmp_path)
    assert imp.returncode == 0 and str(venv) in imp.stdout, imp.stderr
    site = _run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp_path
    )
    installed = Path(site.stdout.strip()) / "tikomni_client"
    assert (installed / "py.typed").is_file() and (installed / "resources").is_dir()
    mypy = _run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--no-incremental",
            f"--python-executable={py}",
            "-c",
            "import tikomni_client\nreveal_type(tikomni_client.Client)",
        ],
        tmp_path,
    )
    assert "error" not in mypy.stdout, mypy.stdout
