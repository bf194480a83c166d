"""Making a large models module in two halves at once, with the same text as in one go.

datamodel-code-generator works through the components one after another: 1,000 flat
components take it about 1.2 s, the longest step of a cold run. Components that never
reach each other through ``$ref`` can be modelled apart. So, for many components whose
models are all named by the components themselves (no nested object or enum, for which the
generator would invent class names that could clash between the halves), the components
are dealt into two halves of about equal size, the second half is modelled in a forked
process while this one models the first, and the two modules are merged: their imports
joined (the package's formatting pass sorts and merges import lines) and their classes put
back in the order of the components. When anything is not as expected (a class name in
both halves, a statement that is not an import or a class, classes out of component order),
:func:`generate` models all components in one go instead. The split depends on the
components alone, never on the machine, so the text is the same wherever it is made.
"""

from __future__ import annotations

import ast
import json
import os
import re
from collections.abc import Callable
from typing import Any

#: Split only from this many components (below, a second process saves too little).
SPLIT_MIN = 200
#: ... and only when the smaller half holds at least this share of the components' JSON.
BALANCE = 0.3

_REF = re.compile(r'"\$ref": ?"#/components/schemas/((?:[^"\\]|\\.)*)"')
_PREFIX = "#/components/schemas/"

Result = tuple[str, dict[str, Any]]
Run = Callable[[dict[str, Any]], Result]


def halves(schemas: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The two halves to model apart, or None when the components should be modelled whole."""
    if len(schemas) < SPLIT_MIN or any(_nests_models(s) for s in schemas.values()):
        return None
    dumps = {name: json.dumps(s, ensure_ascii=False) for name, s in schemas.items()}
    parent = {name: name for name in schemas}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for name, text in dumps.items():
        for ref in _REF.findall(text):
            target = json.loads(f'"{ref}"').replace("~1", "/").replace("~0", "~")
            if target in parent:
                parent[root(target)] = root(name)
    groups: dict[str, list[str]] = {}
    for name in schemas:  # in the components' order: the first member names its group
        groups.setdefault(root(name), []).append(name)
    sizes = [0, 0]
    side: dict[str, int] = {}
    for members in groups.values():
        weight = sum(len(dumps[n]) for n in members)
        b = 0 if sizes[0] <= sizes[1] else 1
        sizes[b] += weight
        for n in members:
            side[n] = b
    if min(sizes) < BALANCE * sum(sizes):
        return None
    return [{n: s for n, s in schemas.items() if side[n] == b} for b in (0, 1)]


def _nests_models(schema: Any, top: bool = True) -> bool:
    """Whether modelling ``schema`` would make a class the components do not name."""
    if not isinstance(schema, dict):
        return False
    if not top and (schema.get("properties") or "enum" in schema or "allOf" in schema):
        return True
    if top and "allOf" in schema:
        return True
    subs: list[Any] = list((schema.get("properties") or {}).values())
    subs += [schema.get(k) for k in ("items", "additionalProperties", "not")]
    for k in ("anyOf", "oneOf"):
        subs += schema.get(k) or []
    return any(_nests_models(s, False) for s in subs)


def generate(schemas: dict[str, Any], run: Run, *, fork: bool = False) -> Result:
    """``run(schemas)``, in two halves when :func:`halves` allows it: at once when ``fork``
    (only in a process with no other thread), else one after the other (same text)."""
    parts = halves(schemas)
    if parts is None:
        return run(schemas)
    try:
        results = _both(parts, run) if fork and hasattr(os, "fork") else [run(p) for p in parts]
        merged = merge(results, list(schemas))
    except Exception:  # a half the generator refuses: the whole set decides (and explains)
        merged = None
    return merged if merged is not None else run(schemas)


def _both(parts: list[dict[str, Any]], run: Run) -> list[Result]:
    """Both halves, the second in a forked process."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: model the second half, answer, end
        os.close(read_fd)
        code = 0
        try:
            answer: Any = list(run(parts[1]))
        except Exception as exc:  # the whole set is then modelled in one go, which reports it
            answer = {"error": str(exc)}
        try:
            with os.fdopen(write_fd, "wb") as fh:
                fh.write(json.dumps(answer, ensure_ascii=False).encode("utf-8"))
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    try:
        first = run(parts[0])
    finally:
        with os.fdopen(read_fd, "rb") as fh:
            raw = fh.read()
        os.waitpid(pid, 0)
    second = json.loads(raw) if raw else None
    if not (isinstance(second, list) and len(second) == 2):
        raise ValueError("the second half was not modelled")  # generate() falls back
    return [first, (second[0], second[1])]


def merge(results: list[Result], order: list[str]) -> Result | None:
    """One module from the modules of the halves (None: they cannot be merged safely)."""
    index = {name: i for i, name in enumerate(order)}
    header: list[str] = []
    seen_imports: set[str] = set()
    blocks: list[tuple[int, str]] = []
    models: list[tuple[int, Any]] = []
    names: set[str] = set()
    for code, info in results:
        split = _split_module(code)
        if split is None:
            return None
        head, imports, classes = split
        if not header:
            header = head
        seen_imports.update(imports)
        by_class = {m.get("class_name"): m for m in info.get("models", [])}
        last = -1
        for name, text in classes:
            meta = by_class.get(name)
            ref = (meta or {}).get("source_ref") or ""
            at = index.get(ref[len(_PREFIX) :]) if ref.startswith(_PREFIX) else None
            if meta is None or at is None or at <= last or name in names:
                return None  # a class no component names, out of order, or in both halves
            last = at
            names.add(name)
            blocks.append((at, text))
            models.append((at, meta))
        if len(by_class) != len(classes):
            return None
    blocks.sort(key=lambda b: b[0])
    models.sort(key=lambda m: m[0])
    future = sorted(i for i in seen_imports if i.startswith("from __future__"))
    rest = sorted(i for i in seen_imports if not i.startswith("from __future__"))
    imports_text = "\n\n".join("\n".join(g) for g in (future, rest) if g)
    body = "\n\n\n".join(text for _, text in blocks)
    code = "\n".join(header).rstrip("\n") + "\n\n" + imports_text + "\n\n\n" + body + "\n"
    info = dict(results[0][1])
    info["models"] = [m for _, m in models]
    return code, info


def _split_module(code: str) -> tuple[list[str], list[str], list[tuple[str, str]]] | None:
    """(comment lines at the top, import statements, (class name, class text) in order), or
    None for a module of other statements."""
    if '"""' in code or "'''" in code or "\\\n" in code:
        return _split_parsed(code)  # text that may span lines: let the parser find statements
    # otherwise every statement starts in column 0 (the parser takes 0.14 s on 1,000 models)
    lines = code.split("\n")
    head: list[str] = []
    imports: list[str] = []
    classes: list[tuple[str, str]] = []
    i, n = 0, len(lines)
    while i < n and (not lines[i] or lines[i].startswith("#")):
        head.append(lines[i])
        i += 1
    while i < n:
        line = lines[i]
        if not line:
            i += 1
            continue
        if line.startswith(("from ", "import ")) and not classes:
            j = i + 1
            if line.endswith("("):
                while j < n and lines[j] != ")":
                    j += 1
                j += 1
            imports.append("\n".join(lines[i:j]))
            i = j
        elif line.startswith("class "):
            j = i + 1
            while j < n and (not lines[j] or lines[j][0] in " \t"):
                j += 1
            block = lines[i:j]
            while block and not block[-1]:
                block.pop()
            m = _CLASS.match(line)
            if m is None:
                return None
            classes.append((m.group(1), "\n".join(block)))
            i = j
        else:
            return None
    return head, imports, classes


_CLASS = re.compile(r"class ([A-Za-z_][A-Za-z0-9_]*)\b")


def _split_parsed(code: str) -> tuple[list[str], list[str], list[tuple[str, str]]] | None:
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    lines = code.splitlines()
    imports: list[str] = []
    classes: list[tuple[str, str]] = []
    first = tree.body[0].lineno if tree.body else len(lines) + 1
    for node in tree.body:
        seg = "\n".join(lines[node.lineno - 1 : node.end_lineno])
        if isinstance(node, ast.Import | ast.ImportFrom) and not classes:
            imports.append(seg)
        elif isinstance(node, ast.ClassDef) and not node.decorator_list:
            classes.append((node.name, seg))
        else:
            return None
    return lines[: first - 1], imports, classes
