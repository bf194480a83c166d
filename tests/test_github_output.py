"""GitHub Actions output: annotations for diagnostics, spec changes and drifted files, and the
report in the job summary."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from codegen.diff import BREAKING, INFO, NON_BREAKING, Change, Report
from codegen.diff.render import github
from codegen.ghactions import annotation, split_source
from tests.conftest import ROOT
from tests.test_incremental import CREATOR, _edit, _project


def _run(*args: str, cwd: Path, summary: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_STEP_SUMMARY"}
    if summary is not None:
        env["GITHUB_STEP_SUMMARY"] = str(summary)
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_annotations_escape_what_could_start_another_command() -> None:
    line = annotation(
        "error",
        "50% done\n::error::injected",
        file="docs/a,b:c.md",
        line=7,
        title="t: x, y",
    )
    assert line == (
        "::error file=docs/a%2Cb%3Ac.md,line=7,title=t%3A x%2C y::50%25 done%0A::error::injected"
    )
    assert "\n" not in line
    assert annotation("notice", "plain") == "::notice::plain"
    assert split_source("contracts/x.md:12") == ("contracts/x.md", 12)
    assert split_source("C:/docs/x.md") == ("C:/docs/x.md", None)
    assert split_source("") == (None, None)


def test_changes_become_annotations_at_their_routes_source() -> None:
    report = Report(
        name="demo",
        old_version="1.0.0",
        changes=[
            Change("DELETE /a", "route-removed", "", BREAKING, "route removed", "d/a.md:3"),
            Change("GET /b", "route-added", "", NON_BREAKING, "route added", "d/b.md:9"),
            Change("(api)", "servers-changed", "servers", INFO, "servers changed"),
        ],
    )
    lines = github([report], failing="breaking").splitlines()
    assert lines[0].startswith("::notice title=codegen%3A spec changes::demo: 1 breaking, 1 ")
    assert lines[1:] == [
        "::error file=d/a.md,line=3,title=codegen%3A breaking change (demo)::"
        "DELETE /a: route removed",
        "::notice file=d/b.md,line=9,title=codegen%3A non-breaking change (demo)::"
        "GET /b: route added",
        "::notice title=codegen%3A info change (demo)::(api): servers changed",
    ]
    # without a gate a breaking change is a warning, not an error
    assert github([report]).splitlines()[1].startswith("::warning file=d/a.md,line=3,")


def test_generate_annotates_changes_and_fills_the_job_summary(tmp_path: Path) -> None:
    proj = _project(tmp_path)
    assert _run("generate", cwd=proj).returncode == 0
    contract = proj / "contracts" / "t" / CREATOR
    _edit(
        contract,
        "| proxy | string | No | 可选 HTTP 代理地址/Optional HTTP Proxy Address | None | None | None |",
        "| proxy | string | No | 可选 HTTP 代理地址/Optional HTTP Proxy Address | None | None | None |\n"
        "| region | string | Yes | Region/Region | None | None | None |",
    )
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    proc = _run(
        "generate", "--format", "github", "--fail-on", "breaking", cwd=proj, summary=summary
    )
    assert proc.returncode == 1, proc.stderr
    (line,) = [x for x in proc.stderr.splitlines() if "`region` added" in x]
    assert line.startswith(f"::error file=contracts/t/{CREATOR},line=")
    assert line.endswith(
        "::POST /api/u1/v1/tiktok/creator/get_account_health_status: "
        "required request body field `region` added"
    )
    # the line named is the route's heading in the contract
    number = int(line.split(",line=")[1].split(",")[0])
    heading = contract.read_text(encoding="utf-8").splitlines()[number - 1]
    assert "/api/u1/v1/tiktok/creator/get_account_health_status" in heading
    assert not any(x.startswith(("breaking:", "info:")) for x in proc.stderr.splitlines())
    text = summary.read_text(encoding="utf-8")
    changes = (proj / "generated" / "CHANGES.md").read_text(encoding="utf-8")
    assert text == "earlier step\n" + changes


def test_check_annotates_each_drifted_file(tmp_path: Path) -> None:
    proj = _project(tmp_path)
    assert _run("generate", cwd=proj).returncode == 0
    spec = proj / "generated" / "openapi" / "t.openapi.json"
    spec.write_text(spec.read_text(encoding="utf-8") + " ", encoding="utf-8")
    (proj / "generated" / "openapi" / "t.openapi.yaml").unlink()
    (proj / "generated" / "openapi" / "old.openapi.json").write_text("{}", encoding="utf-8")
    proc = _run("check", "--format", "github", cwd=proj)
    assert proc.returncode == 1
    head = "::error file=generated/openapi/{},title=codegen%3A generated file out of date::"
    lines = proc.stderr.splitlines()
    for name, what in (
        ("t.openapi.json", "differs from what the contracts generate"),
        ("t.openapi.yaml", "is missing: the contracts generate it"),
        ("old.openapi.json", "is no longer generated from the contracts"),
    ):
        assert (
            f"{head.format(name)}generated/openapi/{name} {what}; run `make generate`" in lines
        ), (name, lines)


def test_diff_prints_annotations(tmp_path: Path) -> None:
    old = ROOT / "generated" / "openapi" / "tikomni.openapi.json"
    text = old.read_text(encoding="utf-8")
    assert '"/api/u1/v1/tiktok/creator/get_account_health_status"' in text
    new = tmp_path / "new.json"
    new.write_text(
        text.replace(
            '"/api/u1/v1/tiktok/creator/get_account_health_status"',
            '"/api/u1/v1/tiktok/creator/get_account_health"',
        ),
        encoding="utf-8",
    )
    proc = _run("diff", str(old), str(new), "--format", "github", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    removed = [x for x in proc.stdout.splitlines() if x.endswith("route removed")]
    assert len(removed) == 1 and removed[0].startswith("::warning file=contracts/tikomni/")
