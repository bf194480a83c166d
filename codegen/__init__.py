"""codegen: API contract documentation in, OpenAPI specs, typed clients and tests out."""

__version__ = "0.1.0"
