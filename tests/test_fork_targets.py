"""The client and its tests emitted in a forked child (large APIs) give the same tree, and a
failure in the child reaches the parent as the same error."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen import generate
from codegen.cache import Cache
from codegen.config import find_config, load

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the platform cannot fork")


def _plan(tmp_path: Path, *, fork: bool, monkeypatch: pytest.MonkeyPatch) -> generate.Plan:
    monkeypatch.setattr(generate, "FORK_MIN_ROUTES", 0 if fork else 10**9)
    config = load(find_config(ROOT), ROOT)
    return generate.plan(config, cache=Cache(tmp_path / ("fork" if fork else "plain")))


def _record_forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pids of the children this process forks from now on (in this test)."""
    pids: list[int] = []
    real_fork = os.fork

    def recording_fork() -> int:
        pid = real_fork()
        if pid:
            pids.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", recording_fork)
    return pids


def test_forked_targets_give_the_same_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    forked_pids = _record_forks(monkeypatch)
    plain = _plan(tmp_path, fork=False, monkeypatch=monkeypatch)
    assert forked_pids == []
    forked = _plan(tmp_path, fork=True, monkeypatch=monkeypatch)
    assert len(forked_pids) == 1  # the child really ran the client and tests targets
    assert any(p.startswith("python/") for p in forked.files)
    assert any(p.startswith("tests/") for p in forked.files)
    assert sorted(forked.files) == sorted(plain.files)
    for path, text in plain.files.items():
        assert forked.files[path] == text, path
    # where there are no in-memory files the answer crosses in a temporary file instead
    monkeypatch.delattr(os, "memfd_create", raising=False)
    forked_pids.clear()
    again = _plan(tmp_path / "again", fork=True, monkeypatch=monkeypatch)
    assert len(forked_pids) == 1
    assert again.files == forked.files


class Refused(Exception):
    """Stands for an emitter refusing the input inside the child."""


def test_an_error_in_the_child_is_raised_in_the_parent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import codegen.emit.python as py

    def refuse(*_a: Any) -> dict[str, str]:
        raise Refused("package name 'class' is a Python keyword")

    monkeypatch.setattr(py, "python_target", refuse)
    with pytest.raises(Refused, match="is a Python keyword"):
        _plan(tmp_path, fork=True, monkeypatch=monkeypatch)


def test_a_child_that_dies_is_an_error_not_a_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import codegen.emit.python as py

    def die(*_a: Any) -> dict[str, str]:
        sys.stdout.flush()
        os._exit(3)

    monkeypatch.setattr(py, "python_target", die)
    with pytest.raises(generate.ForkedTargetError, match="stopped unexpectedly"):
        _plan(tmp_path, fork=True, monkeypatch=monkeypatch)


def test_a_failing_spec_stops_the_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = _record_forks(monkeypatch)

    def broken_spec(*_a: Any) -> dict[str, str]:
        raise Refused("the spec could not be emitted")

    monkeypatch.setattr(generate, "openapi_target", broken_spec)
    with pytest.raises(Refused):
        _plan(tmp_path, fork=True, monkeypatch=monkeypatch)
    assert len(started) == 1
    with pytest.raises(ChildProcessError):  # already reaped: no zombie left behind
        os.waitpid(started[0], os.WNOHANG)


def test_the_child_reports_spec_changes_as_the_parent_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from codegen import changes

    first = _plan(tmp_path, fork=False, monkeypatch=monkeypatch)
    name = sorted(first.documents)[0]
    old = json.loads(json.dumps(first.documents[name]))
    removed = sorted(old["paths"])[0]
    del old["paths"][removed]  # the previous spec lacked a route: the new one adds it
    out = tmp_path / "out"
    (out / "openapi").mkdir(parents=True)
    spec = out / "openapi" / f"{name}.openapi.json"
    spec.write_text(json.dumps(old), encoding="utf-8")

    monkeypatch.setattr(generate, "FORK_MIN_ROUTES", 0)
    config = load(find_config(ROOT), ROOT)
    forked = generate.plan(config, cache=Cache(tmp_path / "c2"), compare_with=out)
    assert set(forked.early_reports) == {name}  # only APIs with a spec on disk
    _, report = forked.early_reports[name]
    assert report == changes.compare(old, forked.documents[name], name)
    assert any(removed in c.route for c in report.changes)

    want = changes.reports(out, forked.files, forked.documents)
    assert changes.reports(out, forked.files, forked.documents, forked.early_reports) == want
    # a spec that changed on disk since: its report is made again, not taken
    old["info"]["version"] = "0.0.1-old"
    spec.write_text(json.dumps(old), encoding="utf-8")
    again = changes.reports(out, forked.files, forked.documents, forked.early_reports)
    assert again == changes.reports(out, forked.files, forked.documents)
    assert again != want


def test_a_run_knows_whether_it_had_to_make_models(tmp_path: Path) -> None:
    """What decides whether the tests target gets a grandchild of its own (cold caches)."""
    from codegen.cache import scope
    from codegen.emit import openapi
    from codegen.emit.python import datamodels

    config = load(find_config(ROOT), ROOT)
    cache = Cache(tmp_path / "cache")
    for expected in (True, False):  # a cold cache, then the same components again
        # and before the run, whether it will likely find its models made (a warm run)
        assert generate._warm(cache) is not expected
        with scope.run(cache):
            apis, _ = generate.load_apis(config, cache=cache)
            assert not datamodels.made_in_run()
            for api in apis.values():
                datamodels.generate(openapi.document(api))
            assert datamodels.made_in_run() is expected


def test_the_tests_grandchild_answers_the_main_process_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a cold run the tests are made in a grandchild beside the client; the main process
    reads its answer itself (two answers read here), and its errors and its death reach the
    main process as they would from the child."""
    import codegen.emit.tests as tests_emit

    reads: list[int] = []
    real = generate._read_answer

    def counting(fd: int, status: int | None) -> Any:
        reads.append(fd)
        return real(fd, status)

    monkeypatch.setattr(generate, "_read_answer", counting)
    plan = _plan(tmp_path / "a", fork=True, monkeypatch=monkeypatch)
    assert len(reads) == 2  # the child's answer (the client) and the grandchild's (tests)
    assert any(p.startswith("tests/") for p in plan.files)
    assert any(p.startswith("python/") for p in plan.files)

    def refuse(*_a: Any) -> dict[str, str]:
        raise Refused("a test module could not be written")

    monkeypatch.setattr(tests_emit, "tests_target", refuse)
    with pytest.raises(Refused, match="test module"):
        _plan(tmp_path / "b", fork=True, monkeypatch=monkeypatch)

    def die(*_a: Any) -> dict[str, str]:
        os._exit(3)

    monkeypatch.setattr(tests_emit, "tests_target", die)
    with pytest.raises(generate.ForkedTargetError, match="no answer from its tests"):
        _plan(tmp_path / "c", fork=True, monkeypatch=monkeypatch)
