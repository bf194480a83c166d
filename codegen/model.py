"""The route model: what every reader produces and every emitter consumes.

It knows no input format and no output language. Every route, parameter, field, body and
response carries a :class:`SourceRef` so diagnostics and ``x-source`` can point at ``file:line``.
All models are immutable (frozen) so they can be cached, hashed and shared safely.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

JsonScalar = str | int | float | bool | None
JsonType = Literal["string", "integer", "number", "boolean", "array", "object", "null", "any"]
Location = Literal["path", "query", "header", "cookie"]
HttpMethod = Literal["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"]
Level = Literal["error", "warning", "info"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SourceRef(_Frozen):
    """Where something was read from."""

    file: str = Field(description="Path of the document, as given on the command line or config.")
    line: int = Field(default=0, description="1-based line number; 0 when unknown.")

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


class Text(_Frozen):
    """A piece of documentation text, possibly bilingual.

    ``text`` is the text as written. ``zh`` and ``en`` hold the two halves when the docs write
    ``中文/English`` (or ``# [中文] … # [English] …`` blocks); both are ``None`` otherwise.
    """

    text: str = Field(default="", description="The full text as written in the docs.")
    zh: str | None = Field(default=None, description="Chinese part, when the text is bilingual.")
    en: str | None = Field(default=None, description="English part, when the text is bilingual.")

    def __bool__(self) -> bool:
        return bool(self.text)


class Value(_Frozen):
    """A value shown in the docs (default, example, enum member)."""

    value: Any = Field(description="The value, typed per its schema (JSON-compatible).")
    truncated: bool = Field(
        default=False,
        description="The docs show the value cut short (`…`, `, ...`, `{...}`): never emit as exact.",
    )


class Schema(_Frozen):
    """A JSON type: scalar, array of T, or object with ordered fields."""

    type: JsonType = Field(default="any", description="JSON type; `any` when the docs do not say.")
    format: str | None = Field(default=None, description="uri, date-time, binary, int64, ...")
    nullable: bool = Field(default=False, description="`null` is accepted besides `type`.")
    enum: tuple[JsonScalar, ...] | None = Field(default=None, description="Allowed values.")
    items: Schema | None = Field(default=None, description="Element schema of an array.")
    fields: tuple[FieldDef, ...] = Field(default=(), description="Object properties, in doc order.")
    additional: bool = Field(
        default=False, description="Object accepts arbitrary keys (`dynamic object`)."
    )
    values: Schema | None = Field(
        default=None,
        description="The type of the values under those arbitrary keys (a map's values); "
        "None: any value.",
    )
    fields_truncated: bool = Field(
        default=False, description="The docs elide some properties (`{...}`, `, ...`)."
    )
    title: str | None = Field(default=None, description="Name hint for a reusable component.")
    description: Text | None = Field(default=None, description="Description of this schema.")
    variants: tuple[Schema, ...] = Field(
        default=(), description="Alternatives (oneOf/anyOf) when the type is a real union."
    )
    inferred: bool = Field(
        default=False,
        description="The type was worked out from prose (an example value, a stated default, "
        "the wording), not declared: a declared type of another source wins over it.",
    )

    def field(self, name: str) -> FieldDef | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None

    @property
    def required_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)


class FieldDef(_Frozen):
    """A property of an object schema (a body field, a response field)."""

    name: str = Field(description="The property name exactly as on the wire.")
    schema_: Schema = Field(alias="schema", description="The property's type.")
    required: bool = Field(default=False, description="The property must be present.")
    description: Text = Field(default_factory=Text, description="What the field means.")
    default: Value | None = Field(default=None, description="Documented default value.")
    example: Value | None = Field(default=None, description="Documented example value.")
    deprecated: bool = Field(default=False, description="Marked deprecated in the docs.")
    source: SourceRef | None = Field(default=None, description="Where the field was documented.")

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Parameter(_Frozen):
    """A path, query, header or cookie parameter."""

    name: str = Field(description="Parameter name exactly as on the wire.")
    location: Location = Field(description="Where the parameter is sent.")
    required: bool = Field(default=False, description="The request is invalid without it.")
    schema_: Schema = Field(alias="schema", default_factory=Schema, description="Its type.")
    description: Text = Field(default_factory=Text, description="What it means.")
    default: Value | None = Field(default=None, description="Documented default.")
    example: Value | None = Field(default=None, description="Documented example.")
    deprecated: bool = Field(default=False, description="Marked deprecated.")
    source: SourceRef | None = Field(default=None, description="Where it was documented.")

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Body(_Frozen):
    """A request body in one content type."""

    content_type: str = Field(default="application/json", description="Media type of the body.")
    required: bool = Field(default=False, description="The body must be sent.")
    schema_: Schema = Field(alias="schema", default_factory=Schema, description="Body shape.")
    description: Text = Field(default_factory=Text, description="What the body is.")
    example: Value | None = Field(default=None, description="An example body.")
    source: SourceRef | None = Field(default=None, description="Where it was documented.")
    inferred: bool = Field(
        default=False,
        description="Rebuilt from the notes' prose because the doc lost it: a documented body "
        "of another source replaces it.",
    )

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Response(_Frozen):
    """A documented response."""

    status: str = Field(default="200", description="HTTP status code or `default`.")
    content_type: str | None = Field(default="application/json", description="Media type.")
    schema_: Schema | None = Field(alias="schema", default=None, description="Response shape.")
    description: Text = Field(default_factory=Text, description="What the response means.")
    source: SourceRef | None = Field(default=None, description="Where it was documented.")

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class SecurityScheme(_Frozen):
    """How requests authenticate."""

    name: str = Field(description="Scheme key, e.g. `HTTPBearer`.")
    type: Literal["http", "apiKey", "oauth2", "openIdConnect"] = Field(default="http")
    scheme: str | None = Field(default="bearer", description="HTTP auth scheme for type http.")
    location: Location | None = Field(default=None, description="apiKey: header/query/cookie.")
    param_name: str | None = Field(default=None, description="apiKey: the header/param name.")
    description: Text = Field(default_factory=Text)


class Tag(_Frozen):
    """A group of routes (one resource in the client)."""

    name: str = Field(description="Tag name as written in the docs.")
    description: Text = Field(default_factory=Text)
    source: SourceRef | None = Field(default=None)


class Route(_Frozen):
    """One operation: METHOD + path."""

    method: HttpMethod = Field(description="Upper-case HTTP method.")
    path: str = Field(description="Path template, e.g. `/api/u1/v1/x/{id}`.")
    operation_id: str | None = Field(default=None, description="operationId from the docs.")
    tag: str | None = Field(default=None, description="Name of the tag (group) it belongs to.")
    summary: Text = Field(default_factory=Text, description="One-line summary.")
    description: Text = Field(default_factory=Text, description="Long description (notes).")
    capabilities: tuple[str, ...] = Field(default=(), description="Capability labels.")
    security: tuple[str, ...] | None = Field(
        default=None, description="Names of security schemes; None = API default; () = none."
    )
    deprecated: bool = Field(default=False)
    parameters: tuple[Parameter, ...] = Field(default=())
    body: Body | None = Field(default=None, description="Request body, if any.")
    bodies_alt: tuple[Body, ...] = Field(
        default=(), description="Further content types of the same body."
    )
    responses: tuple[Response, ...] = Field(default=())
    source: SourceRef | None = Field(default=None, description="Where the route was documented.")
    origins: tuple[tuple[str, SourceRef], ...] = Field(
        default=(), description="After merging: (aspect, source) pairs saying who supplied what."
    )

    @property
    def key(self) -> tuple[str, str]:
        return (self.method, self.path)


class Api(_Frozen):
    """A whole API: what one OpenAPI document / one client package describes."""

    title: str = Field(default="API")
    version: str = Field(default="0.0.0")
    description: Text = Field(default_factory=Text)
    servers: tuple[str, ...] = Field(default=())
    security_schemes: tuple[SecurityScheme, ...] = Field(default=())
    security: tuple[str, ...] = Field(default=(), description="Default security scheme names.")
    tags: tuple[Tag, ...] = Field(default=())
    routes: tuple[Route, ...] = Field(default=())


class Diagnostic(_Frozen):
    """A problem found while reading or generating. Diagnostics are values, not exceptions."""

    level: Level
    file: str
    line: int = 0
    code: str = Field(description="Short stable identifier, e.g. `table-columns`.")
    message: str

    def format(self) -> str:
        loc = f"{self.file}:{self.line}" if self.line else self.file
        return f"{loc}: {self.level}: {self.message}"


class ReadResult(_Frozen):
    """What a reader returns for one document."""

    api: Api
    diagnostics: tuple[Diagnostic, ...] = ()
    rank: int = Field(
        default=50,
        description="How informative the reader's format is (lower = more): orders merge precedence.",
    )


Schema.model_rebuild()
FieldDef.model_rebuild()
