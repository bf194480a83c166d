"""Merging several sources of one API into one model."""

from __future__ import annotations

from codegen.merge import combine, normalise_op_id
from codegen.model import (
    Api,
    Body,
    FieldDef,
    Parameter,
    ReadResult,
    Route,
    Schema,
    SourceRef,
    Text,
    Value,
)


def src(f: str, line: int) -> SourceRef:
    return SourceRef(file=f, line=line)


def res(*routes: Route, servers: tuple[str, ...] = ()) -> ReadResult:
    return ReadResult(api=Api(routes=routes, servers=servers))


def test_normalise_op_id_strips_generator_suffixes_and_case() -> None:
    assert normalise_op_id("get_user_api_v1_x_get_1") == normalise_op_id("get_user_api_v1_x_get")
    assert normalise_op_id("getUserInfo") == normalise_op_id("get_user_info")
    assert normalise_op_id(None) is None


def test_prefix_map_joins_routes_and_real_type_beats_unknown() -> None:
    contract = Route(
        method="GET",
        path="/api/u1/v1/x",
        operation_id="x_get",
        parameters=(
            Parameter(
                name="id",
                location="query",
                required=True,
                schema=Schema(type="any"),
                source=src("c.md", 10),
            ),
        ),
        source=src("c.md", 5),
    )
    swagger = Route(
        method="GET",
        path="/api/v1/x",
        operation_id="x_get_1",
        parameters=(
            Parameter(
                name="id",
                location="query",
                required=True,
                schema=Schema(type="integer"),
                source=src("s.md", 3),
            ),
        ),
        source=src("s.md", 1),
    )
    api, diags = combine([res(contract), res(swagger)], prefix_map=[("/api/v1/", "/api/u1/v1/")])
    assert len(api.routes) == 1 and not diags
    r = api.routes[0]
    assert r.path == "/api/u1/v1/x" and r.parameters[0].schema_.type == "integer"
    assert ("route", src("s.md", 1)) in r.origins


def test_operation_id_joins_routes_without_prefix_map_and_reports_path_conflict() -> None:
    a = Route(method="POST", path="/api/u1/v1/y", operation_id="do_y", source=src("a.md", 2))
    b = Route(method="POST", path="/api/v1/y", operation_id="do_y_1", source=src("b.md", 7))
    api, diags = combine([res(a), res(b)])
    assert [r.path for r in api.routes] == ["/api/u1/v1/y"]
    assert len(diags) == 1 and "a.md:2" in diags[0].message and "b.md:7" in diags[0].message


def test_documented_body_beats_guessed_parameters_and_complete_value_beats_truncated() -> None:
    body = Body(
        required=True,
        schema=Schema(
            type="object",
            fields=(
                FieldDef(
                    name="cookie",
                    schema=Schema(type="string"),
                    required=True,
                    default=Value(value="abc…", truncated=True),
                ),
            ),
        ),
    )
    a = Route(method="POST", path="/z", operation_id="z", body=body, source=src("a.md", 1))
    guessed = Route(
        method="POST",
        path="/z",
        operation_id="z",
        parameters=(Parameter(name="cookie", location="query"),),
        source=src("b.md", 1),
        body=Body(
            required=True,
            schema=Schema(
                type="object",
                fields=(
                    FieldDef(
                        name="cookie",
                        schema=Schema(type="string"),
                        required=True,
                        default=Value(value="abcdef"),
                    ),
                ),
            ),
        ),
    )
    api, _ = combine([res(a), res(guessed)])
    r = api.routes[0]
    assert r.parameters == ()
    assert r.body is not None
    f = r.body.schema_.field("cookie")
    assert f is not None and f.default == Value(value="abcdef")


def test_real_conflicts_warn_with_both_locations_and_precedence_decides() -> None:
    a = Route(
        method="GET",
        path="/q",
        source=src("docs/a.md", 3),
        parameters=(
            Parameter(
                name="n",
                location="query",
                required=True,
                schema=Schema(type="integer"),
                source=src("docs/a.md", 4),
            ),
        ),
    )
    b = Route(
        method="GET",
        path="/q",
        source=src("spec/b.yaml", 8),
        parameters=(
            Parameter(
                name="n",
                location="query",
                required=False,
                schema=Schema(type="string"),
                source=src("spec/b.yaml", 9),
            ),
        ),
    )
    api, diags = combine([res(a), res(b)])
    p = api.routes[0].parameters[0]
    assert p.required and p.schema_.type == "integer"
    msgs = " | ".join(d.message for d in diags)
    assert (
        "docs/a.md:4" in msgs and "spec/b.yaml:9" in msgs and "type" in msgs and "required" in msgs
    )
    api2, _ = combine([res(a), res(b)], precedence=["*.yaml"])
    p2 = api2.routes[0].parameters[0]
    assert not p2.required and p2.schema_.type == "string"


def test_bilingual_text_beats_plain_and_localhost_servers_are_dropped() -> None:
    a = Route(method="GET", path="/t", summary=Text(text="Plain"))
    b = Route(method="GET", path="/t", summary=Text(text="中/En", zh="中", en="En"))
    api, _ = combine(
        [res(a, servers=("https://localhost",)), res(b, servers=("https://api.x.com",))]
    )
    assert api.routes[0].summary.en == "En"
    assert api.servers == ("https://api.x.com",)


def test_same_file_duplicate_route_is_warned_and_merged() -> None:
    a = Route(method="GET", path="/d", source=src("a.md", 1))
    b = Route(method="GET", path="/d", source=src("a.md", 50))
    api, diags = combine([res(a, b)])
    assert len(api.routes) == 1
    assert diags[0].code == "duplicate-route" and diags[0].line == 50


def test_duplicate_operation_ids_in_one_file_stay_separate_routes() -> None:
    a = Route(method="GET", path="/one", operation_id="same")
    b = Route(method="GET", path="/two", operation_id="same")
    api, _ = combine([res(a, b)])
    assert sorted(r.path for r in api.routes) == ["/one", "/two"]


def test_same_operation_id_on_unrelated_paths_is_not_merged() -> None:
    a = Route(method="GET", path="/users/{id}", operation_id="get", source=src("a.md", 1))
    b = Route(method="GET", path="/admin/settings", operation_id="get_1", source=src("b.md", 1))
    api, _ = combine([res(a), res(b)])
    assert sorted(r.path for r in api.routes) == ["/admin/settings", "/users/{id}"]


def test_what_a_reader_inferred_gives_way_to_what_another_source_declares() -> None:
    """A type worked out from prose, or a body rebuilt from notes, loses to the documented one
    without a conflict warning; where nothing else is known, the inference stays."""
    contract = Route(
        method="POST",
        path="/x",
        operation_id="x_post",
        parameters=(
            Parameter(
                name="n", location="query", schema=Schema(type="integer"), source=src("c", 3)
            ),
        ),
        body=Body(
            required=True,
            schema=Schema(
                type="object",
                fields=(
                    FieldDef(name="cookie", required=True, schema=Schema(type="string")),
                    FieldDef(name="days", required=False, schema=Schema(type="integer")),
                ),
            ),
            source=src("c", 5),
        ),
        source=src("c", 1),
    )
    swagger = Route(
        method="POST",
        path="/x",
        operation_id="x_post_1",
        parameters=(
            Parameter(
                name="n",
                location="query",
                schema=Schema(type="string", inferred=True),
                source=src("s", 3),
            ),
            Parameter(
                name="m",
                location="query",
                schema=Schema(type="boolean", inferred=True),
                source=src("s", 4),
            ),
        ),
        body=Body(
            required=True,
            inferred=True,
            schema=Schema(
                type="object",
                fields=(
                    FieldDef(name="cookie", required=False, schema=Schema(inferred=True)),
                    FieldDef(name="days", required=True, schema=Schema(type="string")),
                ),
            ),
            source=src("s", 5),
        ),
        source=src("s", 1),
    )
    for order in ([res(contract), res(swagger)], [res(swagger), res(contract)]):
        api, diags = combine(order)
        assert not diags, diags
        (r,) = api.routes
        types = {p.name: p.schema_.type for p in r.parameters}
        assert types == {"n": "integer", "m": "boolean"}
        assert r.body is not None and not r.body.inferred
        assert [(f.name, f.required, f.schema_.type) for f in r.body.schema_.fields] == [
            ("cookie", True, "string"),
            ("days", False, "integer"),
        ]
