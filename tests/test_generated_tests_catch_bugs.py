"""The generated tests catch real client bugs: a wrong path, a required parameter not sent.

The committed client package is copied to a temporary folder and one resource module is
edited the way a bug would (a typo in the path; a required query parameter dropped from the
request). The generated offline suite must fail on the broken copy, and so must the Prism
contract check; the unbroken copy passes both (so the failures are the bug's doing).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from codegen.config import find_config, load
from codegen.emit.python import package_name
from tests.conftest import ROOT
from tests.test_contract_prism import check_against_prism, need_prism
from tests.test_generated_suites import TESTS, run_suite

API = "keyapi"
ROUTE = "/v1/tiktok/video/detail/analytics"
PARAM = "video_ids"


def _package() -> str:
    config = load(find_config(ROOT), ROOT)
    return next(package_name(cfg) for cfg in config.api if cfg.name == API)


PACKAGE = _package()
SPEC = ROOT / "generated" / "openapi" / f"{API}.openapi.json"


def wrong_path(code: str) -> str:
    return code.replace(f'"{ROUTE}"', f'"{ROUTE.rstrip("s")}"')


def dropped_param(code: str) -> str:
    code = re.sub(rf'"{PARAM}": {PARAM},? ?', "", code)  # not sent any more ...
    return re.sub(rf'"{PARAM}",\s*', "", code)  # ... and not checked as required either


def broken_copy(tmp: Path, edit: Callable[[str], str] | None) -> Path:
    """A copy of the committed package with ``edit`` applied to the module holding ROUTE."""
    root = tmp / PACKAGE
    shutil.copytree(ROOT / "generated" / "python" / PACKAGE, root)
    if edit is not None:
        module = next(
            p
            for p in sorted((root / PACKAGE / "resources").glob("*.py"))
            if f'"{ROUTE}"' in p.read_text(encoding="utf-8")
        )
        code = module.read_text(encoding="utf-8")
        broken = edit(code)
        assert broken != code
        module.write_text(broken, encoding="utf-8")
    return root


BUGS = {"wrong-path": wrong_path, "dropped-required-param": dropped_param}
#: What each bug looks like to the offline suite and to Prism.
SYMPTOMS = {
    "wrong-path": ("request.url.path ==", "NotFoundError"),
    "dropped-required-param": ("query_of(request) ==", "must have required property 'video_ids'"),
}


def test_unbroken_copy_passes(tmp_path: Path) -> None:
    root = broken_copy(tmp_path, None)
    proc = run_suite(TESTS / API, root)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    need_prism()
    run = check_against_prism(SPEC, TESTS / API, PACKAGE, root, tmp_path)
    assert run.returncode == 0 and run.passed and not run.failed, run.output


@pytest.mark.parametrize("bug", sorted(BUGS))
def test_offline_suite_catches(bug: str, tmp_path: Path) -> None:
    root = broken_copy(tmp_path, BUGS[bug])
    proc = run_suite(TESTS / API, root)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "failed" in proc.stdout
    assert SYMPTOMS[bug][0] in proc.stdout, proc.stdout


@pytest.mark.parametrize("bug", sorted(BUGS))
def test_prism_check_catches(bug: str, tmp_path: Path) -> None:
    need_prism()
    root = broken_copy(tmp_path, BUGS[bug])
    run = check_against_prism(SPEC, TESTS / API, PACKAGE, root, tmp_path)
    assert run.returncode == 1, run.output
    assert run.failed and not run.passed, run.output
    assert SYMPTOMS[bug][1] in run.output.split("--- prism log")[0], run.output
