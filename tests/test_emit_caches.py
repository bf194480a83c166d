"""Caches inside a ``generate`` run change how fast output is made, never what it is."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.cache import Cache, scope
from codegen.emit import filters, openapi
from codegen.emit.openapi import validation
from codegen.emit.python.format import format_package
from tests.conftest import ROOT

SPECS = sorted((ROOT / "generated" / "openapi").glob("*.openapi.json"))


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_yaml_pieces_join_to_the_whole_dump(spec: Path) -> None:
    doc = json.loads(spec.read_text(encoding="utf-8"))
    pieces = [(k, filters.yaml_piece(k, v)) for k, v in filters.yaml_pieces(doc)]
    whole = filters.join_pieces(pieces)
    assert whole == filters._dump(doc)
    assert yaml.safe_load(whole) == doc


def _doc() -> dict:
    return json.loads(max(SPECS, key=lambda p: p.stat().st_size).read_text(encoding="utf-8"))


def test_mini_document_of_all_units_is_the_document() -> None:
    doc = _doc()
    units = validation.split(doc, "salt")
    assert validation.mini_document(units, list(units.keys)) == doc


def test_a_broken_path_item_is_caught_after_a_cached_run(tmp_path: Path) -> None:
    doc = _doc()
    cache = Cache(tmp_path)
    with scope.run(cache):
        openapi.prove(doc, [("a.json", filters.to_json(doc))])
    broken = copy.deepcopy(doc)
    url = next(iter(broken["paths"]))
    item = broken["paths"].pop(url)
    broken["paths"][url.rstrip("/") + "/{undeclared}"] = item
    with pytest.raises(openapi.SpecError), scope.run(cache):
        openapi.prove(broken, [("a.json", filters.to_json(broken))])
    with scope.run(cache):  # the good document is still proven (from the cache)
        openapi.prove(doc, [("a.json", filters.to_json(doc))])


def test_changed_units_are_validated_before_the_spec_is_rendered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a cached run, the units that changed are handed to the validator as soon as the
    document is built (prove_units_soon); the run still fails on a broken one, and
    prove() then owes only its texts."""
    from codegen.model import Api

    doc = _doc()
    cache = Cache(tmp_path)
    slot = "openapi/x.openapi.json"
    with scope.run(cache):
        openapi.prove(doc, [(slot, filters.to_json(doc))])
    broken = copy.deepcopy(doc)
    url = next(iter(broken["paths"]))
    broken["paths"][url.rstrip("/") + "/{undeclared}"] = broken["paths"].pop(url)
    api = Api(title="x")
    handed: list[validation.Proof] = []
    real = openapi._in_background

    def spy(proof: validation.Proof, done: Callable[[], None]) -> Callable[[], None]:
        handed.append(proof)
        return real(proof, done)

    monkeypatch.setattr(openapi, "_in_background", spy)
    monkeypatch.setattr(openapi, "document", lambda _api: broken)
    with pytest.raises(openapi.SpecError, match="undeclared"), scope.run(cache):
        openapi.prove_units_soon(api, "x")
        assert len(handed) == 1 and handed[0].mini is not None and not handed[0].whole
        assert set(handed[0].mini["paths"]) == {url.rstrip("/") + "/{undeclared}"}
        openapi.prove(broken, [(slot, filters.to_json(broken))])
        assert len(handed) == 1  # the texts owed nothing more to the worker
    monkeypatch.setattr(openapi, "document", lambda _api: doc)
    with scope.run(cache):  # all proven before: nothing to hand over
        openapi.prove_units_soon(api, "x")
        openapi.prove(doc, [(slot, filters.to_json(doc))])
    assert len(handed) == 1


def test_a_cold_run_does_not_cut_the_document_before_its_proof(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With nothing proven before, prove_units_soon leaves the document whole to prove():
    it is cut into units once, by the proof (which records them for the next run)."""
    from codegen.model import Api

    doc = _doc()
    cuts: list[int] = []
    real = validation.split

    def counting(d: dict[str, Any], salt: str) -> validation.Units:
        cuts.append(1)
        return real(d, salt)

    monkeypatch.setattr(validation, "split", counting)
    monkeypatch.setattr(openapi, "document", lambda _api: doc)
    cache = Cache(tmp_path)
    slot = "openapi/x.openapi.json"
    with scope.run(cache):
        openapi.prove_units_soon(Api(title="x"), "x")
        assert cuts == [] and scope.recall(("openapi-units-early",), doc) is None
        openapi.prove(doc, [(slot, filters.to_json(doc))])
    assert cuts == [1]
    assert validation.load_proven(cache, slot)  # the next run finds its units proven


def test_a_duplicate_operation_id_is_caught_even_when_units_are_cached(tmp_path: Path) -> None:
    doc = _doc()
    ops = [op for item in doc["paths"].values() for op in item.values()]
    assert len(ops) > 1
    cache = Cache(tmp_path)
    with scope.run(cache):
        openapi.prove(doc, [("a.json", filters.to_json(doc))])
    dup = copy.deepcopy(doc)
    dup_ops = [op for item in dup["paths"].values() for op in item.values()]
    dup_ops[1]["operationId"] = dup_ops[0]["operationId"]
    with pytest.raises(openapi.SpecError, match="not unique"), scope.run(cache):
        openapi.prove(dup, [("a.json", filters.to_json(dup))])


def test_formatting_with_the_cache_equals_formatting_without(tmp_path: Path) -> None:
    pkg = ROOT / "generated" / "python" / "keyapi_client"
    files = {
        p.relative_to(pkg).as_posix(): p.read_text(encoding="utf-8")
        for p in pkg.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    messy = {
        k: v.replace("\n\n\n", "\n\n\n\n") if k.endswith(".py") else v for k, v in files.items()
    }
    plain = format_package(messy)
    with scope.run(Cache(tmp_path)):
        first = format_package(messy)
    one = sorted(k for k in messy if k.endswith(".py"))[0]
    messy[one] = messy[one] + "\n\n\nX = 1\n"
    with scope.run(Cache(tmp_path)):
        second = format_package(messy)
    assert first == plain
    assert {k: v for k, v in second.items() if k != one} == {
        k: v for k, v in plain.items() if k != one
    }
    assert second[one] == format_package(messy)[one]


def test_yaml_inside_a_run_reuses_proven_pieces(tmp_path: Path) -> None:
    from codegen.emit.openapi import yamltext

    doc = _doc()
    cache = Cache(tmp_path)
    with scope.run(cache):
        text = filters.to_yaml(doc) + "\n"
        assert yamltext.written(doc) == [k for k, _v in filters.yaml_pieces(doc)]
        assert yamltext.fresh(doc) == []  # libyaml's text by construction: nothing to parse
        openapi.prove(doc, [("a.yaml", text)])
    changed = copy.deepcopy(doc)
    url = next(iter(changed["paths"]))
    op = next(iter(changed["paths"][url].values()))
    op["summary"] = "changed"
    with scope.run(cache):
        text = filters.to_yaml(changed)
        assert yamltext.written(changed) == [("paths", url)]
        assert text == filters._pyyaml_dump(changed)
        openapi.prove(changed, [("a.yaml", text + "\n")])


def test_yaml_pieces_pyyaml_writes_are_parsed_back_piece_by_piece(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from codegen.emit.openapi import yamlemit, yamltext

    doc = _doc()
    url = next(iter(doc["paths"]))
    with scope.run(Cache(tmp_path)):
        filters.to_yaml(doc)
    odd = copy.deepcopy(doc)
    odd["paths"][url]["x-odd"] = "left to PyYAML"
    real = yamlemit.dump
    monkeypatch.setattr(yamlemit, "dump", lambda v: None if "x-odd" in json.dumps(v) else real(v))
    with scope.run(Cache(tmp_path)):
        text = filters.to_yaml(odd)
        assert [f[1] for f in yamltext.fresh(odd) or []] == [("paths", url)]
        assert text == filters._pyyaml_dump(odd)
        openapi.prove(odd, [("a.yaml", text + "\n")])
    # a piece PyYAML got wrong is caught before anything is written
    monkeypatch.setattr(filters, "_pyyaml_dump", lambda v: real(v).replace("left to", "right to"))
    odd["paths"][url]["x-odd"] = "left to PyYAML, again"
    with pytest.raises(openapi.SpecError, match="does not match"), scope.run(Cache(tmp_path)):
        text = filters.to_yaml(odd)
        openapi.prove(odd, [("a.yaml", text + "\n")])


def test_proof_survives_the_trip_to_the_worker() -> None:
    doc = _doc()
    text = filters.to_json(doc)
    proof = validation.Proof(
        source=text,
        mini={"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}},
        texts=[("a.yaml", "x: 1\n"), ("b.json", "{}")],
        pieces=[("p", "paths:\n  /a: {}\n", {"paths": {"/a": {}}})],
    )
    back = validation.Proof.decode(proof.encode())
    assert (back.source, back.whole, back.mini, back.texts, back.pieces) == (
        text.encode("utf-8"),  # the worker reads the JSON as UTF-8 bytes
        proof.whole,
        proof.mini,
        proof.texts,
        proof.pieces,
    )


def test_the_worker_reports_an_invalid_document() -> None:
    import subprocess
    import sys

    bad = {"openapi": "3.1.0", "info": {"title": "t"}, "paths": {}}  # info.version missing
    proof = validation.Proof(source=json.dumps(bad), whole=True)
    out = subprocess.run(
        [sys.executable, "-P", validation.__file__], input=proof.encode(), capture_output=True
    )
    assert "error" in json.loads(out.stdout)


def test_compiled_templates_come_from_the_cache_and_follow_their_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jinja2

    from codegen.emit import environment

    compiled: list[str | None] = []
    real = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: str, name: str | None = None, *a, **k):  # type: ignore[no-untyped-def]
        compiled.append(name)
        return real(self, source, name, *a, **k)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    users = tmp_path / "templates" / "openapi"
    users.mkdir(parents=True)
    mine = users / "openapi.yaml.jinja"
    mine.write_text("first {{ document.openapi }}\n", encoding="utf-8")
    cache = Cache(tmp_path / "cache")
    dirs = [str(tmp_path / "templates")]

    def render() -> str:
        with scope.run(cache):
            env = environment(dirs)
            return env.get_template("openapi/openapi.yaml.jinja").render(
                document={"openapi": "3.1.0"}
            )

    assert render() == "first 3.1.0\n"
    assert compiled == ["openapi/openapi.yaml.jinja"]
    assert list((tmp_path / "cache" / "jinja").glob("*"))
    compiled.clear()
    assert render() == "first 3.1.0\n"  # a new environment, as in the next run
    assert compiled == []  # loaded, not compiled
    mine.write_text("second {{ document.openapi }}\n", encoding="utf-8")
    assert render() == "second 3.1.0\n"  # the cached code was of another source
    assert compiled == ["openapi/openapi.yaml.jinja"]
    compiled.clear()
    with scope.run(Cache(None)):  # --no-cache: compiled every time, nothing stored
        env = environment(dirs)
        assert env.get_template("openapi/openapi.yaml.jinja").render(document={"openapi": "x"})
    assert compiled == ["openapi/openapi.yaml.jinja"]


def test_test_cases_take_the_response_samples_made_while_the_models_were_made(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A cold run makes the mocks' response bodies before the models exist
    (``tests.plan.prepare``); planning the test cases afterwards reuses them, and they are the
    bodies it would have made itself."""
    from codegen.emit.python import context
    from codegen.emit.tests import plan, values
    from codegen.pipeline import load_api

    api = load_api([str(ROOT / "contracts" / "tikomni")]).api
    with scope.run(None):
        doc = openapi.document(api)
        ctx, models = context(api, "tikomni_client")
        want = plan.cases(ctx["resources"], doc, models, ctx["base_url"], "Authorization")
    assert any(c.sample for c in want)

    made: list[str] = []
    real = values.value

    def counting(schema, schemas, *, name="value", **kw):  # type: ignore[no-untyped-def]
        made.append(name)
        return real(schema, schemas, name=name, **kw)

    with scope.run(None):
        doc = openapi.document(api)
        plan.prepare(doc)
        monkeypatch.setattr(values, "value", counting)
        ctx, models = context(api, "tikomni_client")
        got = plan.cases(ctx["resources"], doc, models, ctx["base_url"], "Authorization")
    assert [c.sample for c in got] == [c.sample for c in want]
    assert "data" not in made  # no response body was made again
