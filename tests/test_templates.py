"""Custom templates: a folder given with `--templates DIR` or `templates = [...]` in the config
overrides built-in templates by name, for `spec`, `generate` and `publish` alike."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import yaml

from codegen.config import Config
from codegen.emit import environment
from codegen.publish import build_site, run_publish
from tests.conftest import ROOT, run_codegen
from tests.test_publish import sample_plan

CONTRACT = ROOT / "contracts" / "tikomni" / "tiktok-creator-api.contract.md"
YAML_OVERRIDE = "# Published by ACME from our own template\n{{ document | to_yaml }}"
INDEX_OVERRIDE = """{% extends "site/_layout.html.jinja" %}
{% block body %}<h1 class="acme">ACME APIs {{ "<b>" }}</h1>
{% for api in apis %}<a href="{{ api.name }}/index.html">{{ api.title }}</a>{% endfor %}
{% endblock %}
"""


def _overrides(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "my-templates"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_user_folder_is_searched_first(tmp_path: Path) -> None:
    mine = _overrides(tmp_path, {"openapi/openapi.yaml.jinja": YAML_OVERRIDE})
    env = environment([str(mine)])
    assert env.get_template("openapi/openapi.yaml.jinja").filename == str(
        mine / "openapi" / "openapi.yaml.jinja"
    )
    # templates the folder does not hold still come from the built-in templates/
    assert (
        "templates/openapi"
        in Path(env.get_template("openapi/openapi.json.jinja").filename or "").as_posix()
    )


def test_spec_uses_template_override(tmp_path: Path) -> None:
    mine = _overrides(tmp_path, {"openapi/openapi.yaml.jinja": YAML_OVERRIDE})
    out = tmp_path / "api.yaml"
    proc = run_codegen("spec", str(CONTRACT), "-o", str(out), "--templates", str(mine))
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Published by ACME")
    assert yaml.safe_load(text)["openapi"].startswith("3.1")
    plain = run_codegen("spec", str(CONTRACT), "-o", str(tmp_path / "plain.yaml"))
    assert plain.returncode == 0
    assert not (tmp_path / "plain.yaml").read_text(encoding="utf-8").startswith("#")


def test_generate_uses_config_templates(tmp_path: Path) -> None:
    mine = _overrides(tmp_path, {"openapi/openapi.yaml.jinja": YAML_OVERRIDE})
    out = tmp_path / "generated"
    config = tmp_path / "codegen.toml"
    config.write_text(
        f"output = {json.dumps(str(out))}\n"
        f"templates = [{json.dumps(str(mine))}]\n\n"
        "[[api]]\n"
        'name = "demo"\n'
        "client = false\n"
        f"sources = [{json.dumps(str(CONTRACT))}]\n",
        encoding="utf-8",
    )
    proc = run_codegen("generate", "--config", str(config), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    text = (out / "openapi" / "demo.openapi.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Published by ACME")
    assert json.loads((out / "openapi" / "demo.openapi.json").read_text("utf-8")) == yaml.safe_load(
        text
    )


def test_publish_uses_template_override(tmp_path: Path) -> None:
    mine = _overrides(
        tmp_path,
        {
            "site/index.html.jinja": INDEX_OVERRIDE,
            "site/style.css.jinja": "body { color: teal; }\n",
        },
    )
    files = build_site(sample_plan(), [str(mine)])
    assert '<h1 class="acme">ACME APIs &lt;b&gt;</h1>' in files["index.html"]  # autoescaped
    assert 'href="petstore/index.html"' in files["index.html"]
    assert files["assets/style.css"] == "body { color: teal; }\n"
    assert "ACME" not in files["petstore/index.html"]  # other pages: built-in templates


def test_run_publish_takes_templates_from_the_config(tmp_path: Path) -> None:
    mine = _overrides(tmp_path, {"site/index.html.jinja": INDEX_OVERRIDE})
    out = tmp_path / "site"
    args = argparse.Namespace(output=str(out), templates=[str(mine)])
    config = Config(templates=(str(mine),))
    assert run_publish(args, config, sample_plan()) == 0
    assert "ACME APIs" in (out / "index.html").read_text(encoding="utf-8")
    assert (out / "petstore" / "petstore.openapi.json").is_file()


def test_broken_override_is_reported_and_writes_nothing(tmp_path: Path) -> None:
    mine = _overrides(tmp_path, {"site/index.html.jinja": "{% for x in %}"})
    out = tmp_path / "site"
    args = argparse.Namespace(output=str(out), templates=[str(mine)])
    assert run_publish(args, Config(templates=(str(mine),)), sample_plan()) == 2
    assert not out.exists()
