"""OpenAPI 3.1 output: plan JSON and YAML files, render them through ``templates/openapi/``,
and prove them before anything is written: each text parses back to exactly the planned
document, and the document is valid (openapi-spec-validator, once per document, and inside
``generate`` only for the parts never proven before — see :mod:`.validation`)."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codegen.cache import scope
from codegen.emit import OutputFile, environment, filters
from codegen.emit.openapi import validation
from codegen.emit.openapi.build import build
from codegen.emit.spare import Spare
from codegen.model import Api

if TYPE_CHECKING:
    from codegen.cache import Cache


class SpecError(Exception):
    """The emitted document failed validation (a bug, or input the model could not express)."""


def document(api: Api) -> dict[str, Any]:
    """The OpenAPI document of ``api`` (built once per run and shared by every target)."""
    return scope.memo(("openapi-document",), api, lambda: build(api))


def plan(api: Api, stem: str, folder: str = "openapi") -> list[OutputFile]:
    doc = document(api)
    ctx = {"document": doc, "api": api}
    prefix = f"{folder}/" if folder else ""
    return [
        OutputFile(f"{prefix}{stem}.openapi.json", "openapi/openapi.json.jinja", ctx),
        OutputFile(f"{prefix}{stem}.openapi.yaml", "openapi/openapi.yaml.jinja", ctx),
    ]


def render(files: list[OutputFile], template_dirs: list[str] | None = None) -> dict[str, str]:
    """Render ``files``; every document they show is proven (see :func:`prove`)."""
    env = environment(template_dirs)
    out: dict[str, str] = {}
    shown: dict[int, tuple[dict[str, Any], list[tuple[str, str]]]] = {}
    for f in files:
        with filters.proven():  # every text is parsed back below (see prove)
            text = env.get_template(f.template).render(**f.context)
        out[f.path] = text
        # written beside the rest of the run (the JSON while the YAML is rendered); the
        # tree changes only when the run commits, after every proof passed
        scope.final({f.path: text})
        doc = f.context["document"]
        shown.setdefault(id(doc), (doc, []))[1].append((f.path, text))
    for doc, texts in shown.values():
        prove(doc, texts)
    # the compact JSON of every part (tens of MB on 1,000 routes) was for keys and $ref scans
    # while rendering and proving: let it go before the rest of the run
    scope.forget_all(("openapi-compact",))
    return out


def render_text(api: Api, fmt: str = "json", template_dirs: list[str] | None = None) -> str:
    files = plan(api, "api", "")
    wanted = files[1] if fmt == "yaml" else files[0]
    return render([wanted], template_dirs)[wanted.path]


def check(text: str, path: str, expected: dict[str, Any]) -> None:
    """The rendered text must parse back to exactly the planned document and be valid OpenAPI."""
    prove(expected, [(path, text)])


def validate(doc: dict[str, Any]) -> None:
    try:
        validation.check_operation_ids(doc)
        validation.validate(doc)
    except validation.SpecInvalid as exc:
        raise SpecError(str(exc)) from exc


def prove(doc: dict[str, Any], texts: list[tuple[str, str]]) -> None:
    """Each ``(path, text)`` parses back to ``doc`` and ``doc`` is valid, or :class:`SpecError`.

    Inside a ``generate`` run, units of the document proven by an earlier run are not
    validated again, the YAML written by ``to_yaml`` is proven piece by piece (only pieces
    PyYAML made in this run: the pieces of :mod:`.yamlemit` are libyaml's text by
    construction, proven by its tests), and that work is done in another process while the
    run goes on; the run waits for it before anything is written. Elsewhere the proof is
    done here and now.
    """
    from codegen.emit.filters import to_yaml
    from codegen.emit.openapi import yamltext

    try:
        validation.check_operation_ids(doc)
    except validation.SpecInvalid as exc:
        raise SpecError(str(exc)) from exc
    cache = scope.active()
    in_run = scope.in_run()
    slot = texts[0][0] if texts else "-"
    proof = validation.Proof(doc=doc, whole=True)
    yaml_text: str | None = None  # the rendered YAML, when it is to_yaml's (pieces to keep)
    units: validation.Units | None = None
    if scope.recall(("openapi-units-early",), doc) == slot:
        proof.whole = False  # its units are being validated already (see prove_units_soon)
    elif cache is not None:
        units, todo = _units_owed(doc, cache, slot)
        if len(todo) < len(units.keys):
            proof.whole = False
            proof.mini = validation.mini_document(units, todo) if todo else None
    for path, text in texts:
        if not path.endswith((".yaml", ".yml")):
            try:  # cheap: the C JSON parser; the worker then reads the document from it
                validation.parse_back(path, text, doc)
            except validation.SpecInvalid as exc:
                raise SpecError(str(exc)) from exc
            proof.source = text
            continue
        made = yamltext.fresh(doc) if in_run else None
        ours = made is not None and _shows(text, to_yaml(doc))
        if ours and made and len(made) < len(filters.yaml_pieces(doc)):
            proof.pieces += [
                (f"{path}: {label}", t, v) for label, t, v in yamltext.proof_texts(made, text)
            ]
            yaml_text = text
        elif ours:
            yaml_text = text  # no piece is new: every one was proven before
            if made:  # every piece is new: one parse of the whole text
                proof.texts.append((path, text))
        else:
            proof.texts.append((path, text))

    def done() -> None:
        if cache is not None and units is not None:
            validation.save_proven(cache, slot, units.keys)
        if yaml_text is not None:
            yamltext.keep(doc, yaml_text)

    scope.forget(("to_yaml",), doc)  # the YAML text lives on in the rendered file only
    if not proof.owed:
        done()
    elif in_run:
        scope.defer(_in_background(proof, done))
    else:
        try:
            proof.run()
        except validation.SpecInvalid as exc:
            raise SpecError(str(exc)) from exc
        done()


def _units_owed(
    doc: dict[str, Any], cache: Cache, slot: str, proven: set[str] | None = None
) -> tuple[validation.Units, list[str]]:
    """The validation units of ``doc`` and the keys of those not proven by an earlier run
    (``proven``: the table of ``slot``, when the caller has read it already)."""
    units = validation.split(doc, validation.salt())
    if proven is None:
        proven = validation.load_proven(cache, slot)
    return units, [k for k in units.keys if k not in proven]


def prove_units_soon(api: Api, stem: str, folder: str = "openapi") -> None:
    """Inside a run whose cache has proven most units of the spec ``stem`` before (a run
    after a small change): validate the units that changed now, in the worker, while the
    spec is rendered; :func:`prove` then owes only its texts. A run that must validate the
    whole document leaves it to :func:`prove`, which hands the worker the JSON text. Called
    once no other process is to be forked (the worker is talked to from a thread)."""
    cache = scope.active()
    if cache is None:
        return
    doc = document(api)
    slot = plan(api, stem, folder)[0].path
    if scope.recall(("openapi-units-early",), doc) is not None:
        return
    proven = validation.load_proven(cache, slot)
    if not proven:
        return  # nothing proven yet (a cold run): prove() validates the whole document
    units, todo = _units_owed(doc, cache, slot, proven)
    if len(todo) == len(units.keys):
        return
    try:
        validation.check_operation_ids(doc)
    except validation.SpecInvalid:
        return  # prove() reports it, in its place
    scope.memo(("openapi-units-early",), doc, lambda: slot)

    def done() -> None:
        validation.save_proven(cache, slot, units.keys)

    proof = validation.Proof(
        whole=False, mini=validation.mini_document(units, todo) if todo else None
    )
    if proof.owed:
        scope.defer(_in_background(proof, done))
    else:
        done()


def _shows(text: str, yaml_text: str) -> bool:
    """Whether ``text`` is ``yaml_text`` followed by nothing but whitespace (same data)."""
    return text.startswith(yaml_text) and not text[len(yaml_text) :].strip()


def _worker() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-P", str(Path(validation.__file__))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


#: a validation worker started early (see :func:`prestart`)
SPARE = Spare(_worker)


def prestart() -> None:
    """Start a validation worker now (inside a run): it loads the validator while the run
    reads documents; unused, it is stopped when the run ends."""
    SPARE.prestart()


def _in_background(proof: validation.Proof, done: Callable[[], None]) -> Callable[[], None]:
    """Start the worker process; return the function that waits for its verdict."""
    data = proof.encode()
    proc = SPARE.take() or SPARE.spawn()
    result: list[tuple[bytes, bytes]] = []
    held = [data]  # the thread lets go of the payload as soon as the worker has it
    del data

    def talk() -> None:
        stdin = proc.stdin
        assert stdin is not None
        try:
            stdin.write(held.pop())
        except (BrokenPipeError, OSError):
            pass
        finally:
            with contextlib.suppress(OSError):
                stdin.close()
            proc.stdin = None
        result.append(proc.communicate())

    talker = threading.Thread(target=talk, daemon=True)
    talker.start()

    def wait() -> None:
        talker.join()
        out, err = result[0] if result else (b"", b"")
        try:
            verdict = json.loads(out or b"{}")
        except ValueError:
            verdict = {}
        if "error" in verdict:
            raise SpecError(str(verdict["error"]))
        if not verdict.get("ok"):
            tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
            raise SpecError(f"spec validation failed to run: {tail[0]}")
        done()

    return wait
