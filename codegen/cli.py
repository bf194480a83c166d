"""The ``codegen`` command line."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from codegen import __version__
from codegen.model import Diagnostic

EXIT_OK, EXIT_DRIFT, EXIT_USAGE = 0, 1, 2


def _print_diags(diags: Sequence[Diagnostic], fmt: str = "text") -> None:
    for d in diags:
        if d.level == "info" and not os.environ.get("CODEGEN_VERBOSE"):
            continue
        if fmt == "github":
            kind = {"error": "error", "warning": "warning"}.get(d.level, "notice")
            msg = d.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            loc = f"file={d.file}" + (f",line={d.line}" if d.line else "")
            print(f"::{kind} {loc}::{msg}", file=sys.stderr)
        else:
            print(d.format(), file=sys.stderr)


def _prefix_maps(values: Sequence[str]) -> list[tuple[str, str]]:
    out = []
    for v in values:
        sep = "=" if "=" in v else ">"
        if sep not in v:
            raise SystemExit(f"codegen: error: --map-prefix expects FROM=TO, got {v!r}")
        a, b = v.split(sep, 1)
        out.append((a, b))
    return out


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8", newline="\n")
    os.replace(tmp, path)


def cmd_spec(args: argparse.Namespace) -> int:
    from codegen import pipeline
    from codegen.emit import openapi

    loaded = pipeline.load_api(
        args.paths,
        prefix_map=_prefix_maps(args.map_prefix),
        title=args.title,
        version=args.api_version,
        servers=args.server or None,
    )
    _print_diags(loaded.diagnostics, args.format)
    if loaded.errors and not args.keep_going:
        print(f"codegen: {len(loaded.errors)} error(s); nothing written", file=sys.stderr)
        return EXIT_USAGE
    if not loaded.api.routes:
        print("codegen: no routes found; nothing written", file=sys.stderr)
        return EXIT_USAGE
    out = args.output
    fmt = "yaml" if out and out.lower().endswith((".yaml", ".yml")) else "json"
    try:
        text = openapi.render_text(loaded.api, fmt, args.templates or None)
    except openapi.SpecError as exc:
        print(f"codegen: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if out:
        _atomic_write(Path(out), text)
    else:
        sys.stdout.write(text)
    return EXIT_USAGE if loaded.errors else EXIT_OK


def cmd_client(args: argparse.Namespace) -> int:
    try:
        from codegen.emit.python.cli import run_client  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        print("codegen: error: the Python client emitter is not available", file=sys.stderr)
        return EXIT_USAGE
    return int(
        run_client(args, prefix_maps=_prefix_maps(args.map_prefix), print_diags=_print_diags)
    )


def cmd_publish(args: argparse.Namespace) -> int:
    try:
        from codegen.publish import run_publish  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        print("codegen: error: publishing is not available", file=sys.stderr)
        return EXIT_USAGE
    config, result = _plan(args)
    if result is None:
        return EXIT_USAGE
    return int(run_publish(args, config, result))


def _load_config(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from codegen.config import ConfigError, find_config, load

    root = Path.cwd()
    try:
        path = find_config(root, args.config)
        if args.config:
            # paths in the output never depend on where codegen was started from: work from
            # the project root (the folder holding contracts/ or pyproject.toml)
            path = path.resolve()
            root = path.parent.parent if path.parent.name == "contracts" else path.parent
            if args.templates:
                args.templates = [str(Path(t).resolve()) for t in args.templates]
            os.chdir(root)
            path = path.relative_to(root)
        config = load(path, root)
    except ConfigError as exc:
        loc = f"{exc.file}:{exc.line}" if exc.line else exc.file
        print(f"{loc}: error: {exc.message}", file=sys.stderr)
        return None
    if args.templates:
        config = config.model_copy(update={"templates": tuple(args.templates)})
    if not config.api:
        print(f"{path}: error: the config lists no APIs", file=sys.stderr)
        return None
    return config


def _plan(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from codegen.emit.openapi import SpecError
    from codegen.generate import plan

    config = _load_config(args)
    if config is None:
        return None, None
    try:
        result = plan(config)
    except SpecError as exc:
        print(f"codegen: error: {exc}", file=sys.stderr)
        return config, None
    _print_diags(result.diagnostics, args.format)
    if result.errors:
        print(
            f"codegen: {len(result.errors)} error(s); {config.output}/ left unchanged",
            file=sys.stderr,
        )
        return config, None
    return config, result


def cmd_generate(args: argparse.Namespace) -> int:
    from codegen.output import write_tree

    config, result = _plan(args)
    if result is None:
        return EXIT_USAGE
    touched = write_tree(Path(config.output), result.files)
    n = len(result.files)
    routes = sum(len(a.routes) for a in result.apis.values())
    print(
        f"codegen: {len(result.apis)} API(s), {routes} routes, {n} files; {len(touched)} changed",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from codegen.output import changes, diff

    config, result = _plan(args)
    if result is None:
        return EXIT_USAGE
    root = Path(config.output)
    added, changed, removed = changes(root, result.files)
    if not (added or changed or removed):
        print(f"codegen: {config.output}/ is up to date", file=sys.stderr)
        return EXIT_OK
    for label, items in (("missing", added), ("drifted", changed), ("stale", removed)):
        for rel in items:
            print(f"{label}: {config.output}/{rel}", file=sys.stderr)
    sys.stdout.write(diff(root, result.files, config.output))
    print("codegen: generated files are out of date; run `make generate`", file=sys.stderr)
    return EXIT_DRIFT


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="codegen", description=__doc__)
    p.add_argument("--version", action="version", version=f"codegen {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--format",
        choices=["text", "github"],
        default="text",
        help="diagnostics as plain `path:line: level: message` or GitHub annotations",
    )
    common.add_argument(
        "--templates",
        action="append",
        default=[],
        metavar="DIR",
        help="folder of template overrides layered over the built-in templates",
    )

    s = sub.add_parser("spec", parents=[common], help="read docs, write one OpenAPI 3.1 document")
    s.add_argument("paths", nargs="+", metavar="PATH", help="documents or folders")
    s.add_argument("-o", "--output", help="output file (.json, or .yaml/.yml); stdout if omitted")
    s.add_argument(
        "--map-prefix",
        action="append",
        default=[],
        metavar="FROM=TO",
        help="map path prefixes before merging (repeatable)",
    )
    s.add_argument("--title", help="API title")
    s.add_argument("--api-version", help="API version for info.version")
    s.add_argument("--server", action="append", default=[], help="server URL (repeatable)")
    s.add_argument(
        "--keep-going",
        action="store_true",
        help="write what could be read even when some documents have errors (exit 2)",
    )
    s.set_defaults(func=cmd_spec)

    c = sub.add_parser(
        "client",
        parents=[common],
        help="read docs, write one typed Python client package (no config needed)",
    )
    c.add_argument("paths", nargs="+", metavar="PATH", help="documents or folders")
    c.add_argument("--name", required=True, help="package (import) name, e.g. my_api_client")
    c.add_argument("-o", "--output", required=True, metavar="DIR", help="output folder")
    c.add_argument(
        "--map-prefix",
        action="append",
        default=[],
        metavar="FROM=TO",
        help="map path prefixes before merging (repeatable)",
    )
    c.add_argument("--title", help="API title")
    c.add_argument("--api-version", help="API version")
    c.add_argument("--server", action="append", default=[], help="server URL (repeatable)")
    c.set_defaults(func=cmd_client)

    pb = sub.add_parser(
        "publish",
        parents=[common],
        help="write a static API reference site (site/) from the config's APIs",
    )
    pb.add_argument("--config", help="config file (default: contracts/codegen.toml)")
    pb.add_argument("-o", "--output", default="site", metavar="DIR", help="site folder")
    pb.set_defaults(func=cmd_publish)

    for name, func, help_ in (
        ("generate", cmd_generate, "regenerate the output tree from the config"),
        ("check", cmd_check, "exit 1 with a diff when the output tree is out of date"),
    ):
        g = sub.add_parser(name, parents=[common], help=help_)
        g.add_argument("--config", help="config file (default: contracts/codegen.toml)")
        g.set_defaults(func=func)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
