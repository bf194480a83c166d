"""Client and test modules written route by route: the same bytes as whole-file rendering.

The built-in templates render resource and test modules as a formatted skeleton plus one
formatted chunk per route (cached per route inside a run); custom template folders render and
format whole files. Both must give identical files, with or without the cache, after a route
changes, and with a damaged cache.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from codegen.cache import Cache, scope
from codegen.config import find_config, load
from codegen.emit.python import chunks, package_name, render_package
from codegen.emit.tests import render_tests
from codegen.generate import load_apis
from codegen.model import Api, Text
from codegen.pipeline import load_api
from tests.conftest import ROOT

HOSTILE = ROOT / "tests" / "fixtures" / "client" / "hostile.openapi.json"


def _apis() -> list[tuple[Api, str]]:
    config = load(find_config(ROOT), ROOT)
    apis, _ = load_apis(config)
    out = [(apis[cfg.name], package_name(cfg)) for cfg in config.api if cfg.client]
    out.append((load_api([str(HOSTILE)]).api, "hostile_client"))
    return out


@pytest.fixture(scope="module")
def apis() -> list[tuple[Api, str]]:
    return _apis()


def _both(api: Api, package: str, template_dirs: list[str] | None = None) -> dict[str, str]:
    return {
        **{f"python/{k}": v for k, v in render_package(api, package, template_dirs).items()},
        **{f"tests/{k}": v for k, v in render_tests(api, package, template_dirs).items()},
    }


def test_route_by_route_equals_whole_files(apis: list[tuple[Api, str]], tmp_path: Path) -> None:
    empty = tmp_path / "templates"  # a custom folder: the whole-file path, built-in templates
    empty.mkdir()
    for api, package in apis:
        whole = _both(api, package, [str(empty)])
        chunked = _both(api, package)
        assert chunked.keys() == whole.keys()
        for rel in whole:
            assert chunked[rel] == whole[rel], rel


def _retitle(api: Api, n: int) -> Api:
    """``api`` with the summary of its ``n``-th route changed."""
    routes = list(api.routes)
    routes[n] = routes[n].model_copy(update={"summary": Text(text="A changed summary")})
    return api.model_copy(update={"routes": tuple(routes)})


def test_a_changed_route_is_the_only_one_rendered_again(
    apis: list[tuple[Api, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api, package = max(apis, key=lambda a: len(a[0].routes))
    assert len(api.routes) > 3
    cache = Cache(tmp_path / "cache")
    seen: list[int] = []
    real = chunks.start_chunks

    def counting(items: list[tuple[int, str]]) -> Callable[[], list[str]]:
        seen.append(len(items))
        return real(items)

    monkeypatch.setattr(chunks, "start_chunks", counting)
    with scope.run(cache):
        first = _both(api, package)
    assert sum(seen) == 5 * len(api.routes)  # 2 methods + 3 tests per route
    changed = _retitle(api, 2)
    seen.clear()
    with scope.run(cache):
        again = _both(changed, package)
    assert seen == [2, 3]
    assert again == _both(changed, package)  # what no cache gives
    assert again != first
    seen.clear()
    with scope.run(cache):
        assert _both(api, package) == first
    assert seen == [2, 3]


def test_a_damaged_route_memo_is_a_miss(apis: list[tuple[Api, str]], tmp_path: Path) -> None:
    api, package = apis[-1]
    cache = Cache(tmp_path / "cache")
    with scope.run(cache):
        first = _both(api, package)
    assert cache.root is not None
    entries = [
        p
        for p in cache.root.rglob("*")
        if p.is_file()
        and p.parent.name
        in (
            "pyroute",
            "testroute",
        )
    ]
    assert entries
    for p in entries:  # valid checksums, nonsense inside: wrong lengths, wrong shapes
        cache.put(p.parent.name, p.name, b'[["k", {}, [5]]]\nabc')
    with scope.run(cache):
        assert _both(api, package) == first


def test_used_names_skip_strings_attributes_and_keywords() -> None:
    code = (
        'def f() -> Any:\n    """cast and Model in a docstring"""\n'
        "    x = _base.body(Model, {'cast': cast})\n    return call(json=x, other=y == z)\n"
    )
    names = chunks.used_names(code)
    assert {"Any", "Model", "_base", "cast", "call", "x", "y", "z", "f"} <= set(names)
    assert "body" not in names and "json" not in names and "other" not in names
    assert "def" not in names and "return" not in names


def test_a_method_chunk_formats_as_in_its_class() -> None:
    long = "    def m(self) -> None:\n        return f(" + ", ".join(["argument"] * 12) + ")\n"
    short = "    def n(self) -> None:\n        return None\n"
    done = chunks.format_chunks([(4, long), (0, "def g() -> int:\n  return 1\n"), (4, short)])
    assert done[0].startswith("    def m(self) -> None:\n        return f(\n            argument,")
    assert done[1] == "def g() -> int:\n    return 1\n"
    assert done[2] == short
