"""Staging the output tree while a run still works: the tree on disk changes only at commit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.output import TreeWriter, read_tree, write_tree
from tests.conftest import ROOT


def _tree(root: Path) -> dict[str, bytes]:
    return read_tree(root, reports=True)


def test_staged_files_reach_the_tree_only_at_commit(tmp_path: Path) -> None:
    root = tmp_path / "out"
    write_tree(root, {"a.txt": "old a\n", "b/c.txt": "same\n", "gone.txt": "x\n"})
    before = _tree(root)

    writer = TreeWriter(root, {})
    writer.stage_soon({"a.txt": "new a\n", "b/c.txt": "same\n"})
    assert writer.unchanged("a.txt") is False
    assert writer.unchanged("b/c.txt") is True
    assert writer.unchanged("d.txt") is None  # not staged
    assert _tree(root) == before  # staged beside the tree, not in it

    touched = writer.commit({"a.txt": "new a\n", "b/c.txt": "same\n", "d.txt": "d\n"})
    assert touched == ["a.txt", "d.txt", "gone.txt"]
    assert _tree(root) == {"a.txt": b"new a\n", "b/c.txt": b"same\n", "d.txt": b"d\n"}
    assert sorted(writer.digests or {}) == ["a.txt", "b/c.txt", "d.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no .new/.old left


def test_an_abandoned_writer_leaves_the_tree_and_no_staging_folder(tmp_path: Path) -> None:
    root = tmp_path / "out"
    write_tree(root, {"a.txt": "old\n"})
    writer = TreeWriter(root)
    writer.stage_soon({"a.txt": "new\n", "b.txt": "b\n"})
    writer.abandon()
    assert _tree(root) == {"a.txt": b"old\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def _blocked(tmp_path: Path) -> TreeWriter:
    """A writer over the tree ``out`` ({a.txt: old}) whose background staging cannot write:
    a file is where the staging folder must go."""
    write_tree(tmp_path / "out", {"a.txt": "old\n"})
    writer = TreeWriter(tmp_path / "out")
    (tmp_path / ".out.new").write_text("in the way", encoding="utf-8")
    writer.new = tmp_path / ".out.new" / "deeper"
    return writer


def test_an_error_while_staging_in_the_background_is_raised_by_commit(tmp_path: Path) -> None:
    writer = _blocked(tmp_path)
    writer.stage_soon({"a.txt": "new\n"})
    with pytest.raises(OSError):
        writer.commit({"a.txt": "new\n"})
    assert _tree(tmp_path / "out") == {"a.txt": b"old\n"}


def test_a_run_that_fails_after_staging_leaves_the_old_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The spec files are staged before the spec validator answers; when its verdict is
    that the spec is invalid, nothing of the run reaches the tree."""
    from codegen import cli
    from codegen.emit import openapi

    project = tmp_path / "p"
    shutil.copytree(ROOT / "contracts", project / "contracts")
    monkeypatch.chdir(project)
    assert cli.main(["generate", "--config", "contracts/codegen.toml"]) == 0
    out = project / "generated"
    before = _tree(out)
    src = project / "contracts" / "tikomni" / "tiktok-creator-api.contract.md"
    text = src.read_text(encoding="utf-8")
    old = "- Summary: 获取创作者账号健康状态/Get Creator Account Health Status"
    assert old in text
    src.write_text(text.replace(old, old + " (edited)"), encoding="utf-8")

    def invalid(proof: object, done: object) -> object:
        def wait() -> None:
            raise openapi.SpecError("emitted spec is invalid: (made up for this test)")

        return wait

    monkeypatch.setattr(openapi, "_in_background", invalid)
    assert cli.main(["generate", "--config", "contracts/codegen.toml"]) == 2
    assert _tree(out) == before
    assert not (project / ".generated.new").exists()
    assert not (project / ".generated.old").exists()


def test_batches_staged_one_after_another_do_not_hold_up_the_caller(tmp_path: Path) -> None:
    import threading

    root = tmp_path / "out"
    write_tree(root, {"a.txt": "old\n", "keep.txt": "k\n"})
    writer = TreeWriter(root, {})
    gate = threading.Event()
    released: list[bool] = []
    real = writer._stage

    def held(files: dict[str, str]) -> None:
        if "a.txt" in files and not released:
            released.append(gate.wait(5))  # the first batch is still being written ...
        real(files)

    writer._stage = held  # type: ignore[method-assign]
    writer.stage_soon({"a.txt": "new\n"})
    writer.stage_soon({"a.txt": "new\n", "b.txt": "b\n"})  # ... and this call returns anyway
    gate.set()
    touched = writer.commit({"a.txt": "new\n", "b.txt": "b\n", "keep.txt": "k\n"})
    assert released == [True]  # the first batch was let go by this thread, not by a timeout
    assert touched == ["a.txt", "b.txt"]
    assert _tree(root) == {"a.txt": b"new\n", "b.txt": b"b\n", "keep.txt": b"k\n"}


def test_an_error_in_an_earlier_batch_is_raised_and_later_batches_stage_nothing(
    tmp_path: Path,
) -> None:
    writer = _blocked(tmp_path)
    writer.stage_soon({"a.txt": "new\n"})
    writer.stage_soon({"b.txt": "b\n"})
    with pytest.raises(OSError):
        writer.commit({"a.txt": "new\n", "b.txt": "b\n"})
    assert _tree(tmp_path / "out") == {"a.txt": b"old\n"}


def test_the_spec_emitter_hands_each_text_over_as_soon_as_it_is_final(tmp_path: Path) -> None:
    """In a run that stages its output, the JSON spec is staged while the YAML is rendered."""
    from codegen.cache import Cache, scope
    from codegen.config import find_config, load
    from codegen.emit import openapi
    from codegen.generate import load_apis

    config = load(find_config(ROOT), ROOT)
    handed: list[list[str]] = []
    with scope.run(Cache(tmp_path / "cache")):
        apis, _ = load_apis(config)
        api = next(iter(apis.values()))
        scope.staging(lambda files: handed.append(sorted(files)))
        out = openapi.render(openapi.plan(api, "x"))
    assert handed == [["openapi/x.openapi.json"], ["openapi/x.openapi.yaml"]]
    assert sorted(out) == ["openapi/x.openapi.json", "openapi/x.openapi.yaml"]
    with scope.run(None):  # a run that does not stage: nothing handed over
        openapi.render(openapi.plan(api, "y"))
    assert len(handed) == 2


def test_spec_texts_are_staged_one_by_one_in_warm_runs_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A warm run hands each spec text to the writer as soon as it is final; a cold run,
    whose peak memory is the higher one, stages the spec pair once both are rendered. Both
    stage the client's files in their own batch."""
    from codegen import cli, generate

    project = tmp_path / "p"
    shutil.copytree(ROOT / "contracts", project / "contracts")
    monkeypatch.chdir(project)
    monkeypatch.setattr(generate, "FORK_MIN_ROUTES", 1)  # the client in a child, as on 1,000
    batches: list[list[str]] = []
    real = TreeWriter.stage_soon

    def spy(self: TreeWriter, files: dict[str, str]) -> None:
        batches.append(sorted(files))
        real(self, files)

    monkeypatch.setattr(TreeWriter, "stage_soon", spy)
    assert cli.main(["generate", "--config", "contracts/codegen.toml"]) == 0
    cold = [b for b in batches if any(p.startswith("openapi/") for p in b)]
    assert len(cold) == 1 and len(cold[0]) >= 2  # every spec text in one batch
    assert any(b and all(p.startswith(("python/", "tests/")) for p in b) for b in batches)
    src = project / "contracts" / "tikomni" / "tiktok-creator-api.contract.md"
    text = src.read_text(encoding="utf-8")
    old = "- Summary: 获取创作者账号健康状态/Get Creator Account Health Status"
    src.write_text(text.replace(old, old + " (edited)"), encoding="utf-8")
    batches.clear()
    assert cli.main(["generate", "--config", "contracts/codegen.toml"]) == 0
    singles = [b for b in batches if len(b) == 1 and b[0].startswith("openapi/")]
    assert any(b[0].endswith(".json") for b in singles)
    assert any(b[0].endswith(".yaml") for b in singles)
