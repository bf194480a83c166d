"""The ``codegen`` command line."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from jinja2 import TemplateError

from codegen import __version__

if TYPE_CHECKING:
    from codegen.cache import Cache

EXIT_OK, EXIT_DRIFT, EXIT_USAGE = 0, 1, 2


def _print_diags(diags: Sequence[Any], fmt: str = "text") -> None:
    """Print diagnostics (``codegen.model.Diagnostic`` or cached copies with the same fields)."""
    for d in diags:
        if d.level == "info" and not os.environ.get("CODEGEN_VERBOSE"):
            continue
        if fmt == "github":
            from codegen.ghactions import annotation

            kind = {"error": "error", "warning": "warning"}.get(d.level, "notice")
            print(annotation(kind, d.message, file=d.file, line=d.line), file=sys.stderr)
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
    from codegen.progress import reading

    with reading() as progress:
        loaded = pipeline.load_api(
            args.paths,
            prefix_map=_prefix_maps(args.map_prefix),
            title=args.title,
            version=args.api_version,
            servers=args.server or None,
            cache=_cache(args),
            progress=progress,
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
    except (openapi.SpecError, TemplateError) as exc:
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


def _cache(args: argparse.Namespace) -> Cache:
    """The cache the flags ask for; its folder is fixed now, before any change of directory."""
    from codegen.cache import DEFAULT_DIR, Cache

    if getattr(args, "no_cache", False):
        return Cache(None)
    cached = getattr(args, "_cache", None)
    if cached is None:
        cached = Cache(Path(getattr(args, "cache_dir", None) or DEFAULT_DIR).absolute())
        args._cache = cached
    return cached


def _plan(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from codegen.emit.openapi import SpecError
    from codegen.generate import plan
    from codegen.progress import reading

    cache = _cache(args)
    config = _load_config(args)
    if config is None:
        return None, None
    if getattr(args, "formatter", None):
        config = config.model_copy(update={"formatter": args.formatter})
    try:
        with reading() as progress:
            # generate compares the specs it replaces; check only compares trees
            ahead = (
                Path(config.output).absolute()
                if getattr(args, "command", None) == "generate"
                else None
            )
            result = plan(
                config, cache=cache, progress=progress, compare_with=ahead, stage_in=ahead
            )
    except (SpecError, TemplateError) as exc:
        print(f"codegen: error: {exc}", file=sys.stderr)
        return config, None
    except Exception as exc:  # an emitter refusing the input (e.g. an unusable name)
        if not type(exc).__module__.startswith("codegen."):
            raise
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
    from codegen.regen import generate

    return generate(args, _cache(args), _plan, _print_diags)


def cmd_check(args: argparse.Namespace) -> int:
    from codegen.regen import check

    return check(args, _cache(args), _plan, _print_diags)


def cmd_diff(args: argparse.Namespace) -> int:
    from codegen.changes import fails
    from codegen.diff import compare
    from codegen.diff.load import SpecLoadError, load_spec
    from codegen.diff.render import render

    try:
        old, new = load_spec(args.old), load_spec(args.new)
    except SpecLoadError as exc:
        print(f"codegen: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    report = compare(old, new, args.name or Path(args.new).name.split(".")[0])
    sys.stdout.write(render([report], args.format, args.fail_on))
    return EXIT_DRIFT if fails([report], args.fail_on) else EXIT_OK


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

    cache = argparse.ArgumentParser(add_help=False)
    cache.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="incremental-generation cache folder (default: .codegen-cache; safe to delete)",
    )
    cache.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    fmt = argparse.ArgumentParser(add_help=False)
    fmt.add_argument(
        "--formatter",
        choices=["ruff", "black"],
        help="formatter for generated Python (default: the config's, ruff); both give black style",
    )
    fail = argparse.ArgumentParser(add_help=False)
    fail.add_argument(
        "--fail-on",
        choices=["breaking", "non-breaking", "info"],
        help="exit 1 when the spec changes include one of this severity or worse",
    )

    s = sub.add_parser(
        "spec", parents=[common, cache], help="read docs, write one OpenAPI 3.1 document"
    )
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
        parents=[common, cache, fmt],
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
        parents=[common, cache],
        help="write a static API reference site (site/) from the config's APIs",
    )
    pb.add_argument("--config", help="config file (default: contracts/codegen.toml)")
    pb.add_argument("-o", "--output", default="site", metavar="DIR", help="site folder")
    pb.set_defaults(func=cmd_publish)

    for name, func, help_, extra in (
        ("generate", cmd_generate, "regenerate the output tree from the config", [fmt, fail]),
        ("check", cmd_check, "exit 1 with a diff when the output tree is out of date", [fmt]),
    ):
        g = sub.add_parser(name, parents=[common, cache, *extra], help=help_)
        g.add_argument("--config", help="config file (default: contracts/codegen.toml)")
        g.set_defaults(func=func)

    d = sub.add_parser(
        "diff",
        parents=[fail],
        help="report the changes between two OpenAPI documents (breaking, non-breaking, info)",
    )
    d.add_argument("old", metavar="OLD_SPEC", help="the previous spec (JSON or YAML)")
    d.add_argument("new", metavar="NEW_SPEC", help="the new spec (JSON or YAML)")
    d.add_argument(
        "--format",
        choices=["text", "markdown", "json", "github"],
        default="text",
        help="the report as text, markdown, JSON or GitHub Actions annotations",
    )
    d.add_argument("--name", help="API name shown in the report (default: NEW_SPEC's stem)")
    d.set_defaults(func=cmd_diff)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # A run builds a few hundred thousand small, acyclic objects (the route model, tokens,
    # parsed specs) and frees them by reference counting. The cycle collector would walk the
    # growing heap again and again (measured: a third of the time to load 1,000 cached routes)
    # and find almost nothing; peak memory is the same without it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    finally:
        from codegen.cache import scope

        scope.written_later()  # the cache writes left to the end of the command
        if collecting:  # main() called in-process (tests, tools) leaves the collector as found
            gc.enable()


def run(command: Callable[[], int] | None = None) -> NoReturn:
    """The ``codegen`` command: :func:`main` (or ``command``, which calls it: the benchmark's
    timed run), then the process ends without the interpreter's clean-up. By then every file
    is written and closed, every helper process reaped and every background thread joined;
    what is left is freeing a heap of a few hundred MB object by object (measured: 0.06-0.08 s
    of a 1.2 s run on 1,000 routes)."""
    ending_process()
    code = (command or main)()
    import contextlib

    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)


def ending_process() -> None:
    """Settings for a process that ends right after one command (as :func:`run`'s does)."""
    from codegen import regen

    # pydantic looks through the entry points of every installed package for plugins when it
    # builds its first model (10 ms in each process of a run); the command uses none. Its
    # helper processes inherit the setting; a value the user set is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from codegen.cache import scope

    regen.KEEP_UNTIL_EXIT = True  # the run's objects are left to the exit
    scope.WRITE_LATER = True  # and cache writes nothing reads back to its end (main() waits)
    gc.disable()  # and main() leaves it off: turned on, it would walk the run's heap once more
