"""The published site in a real browser: headless Debian Chromium driven by Selenium.

The site (the config's APIs plus a small handmade API with parameters) is published into a
temporary folder and served from 127.0.0.1 on an ephemeral port. For every API the static page
must list every route of its spec, the index must link every API, the Redoc view (when
``npm ci`` installed Redoc) must render every operation, and no page may log a console error.

Screenshots go to ``build/screenshots/`` (git-ignored; override with
``CODEGEN_SCREENSHOT_DIR``): ``index.png``, ``<api>.png``, ``<api>-route.png`` (the first
route with parameters, its details opened) and ``<api>-redoc.png``.

Needs /usr/bin/chromium and /usr/bin/chromedriver (``.ci/setup-browser.sh`` installs them);
Selenium is pointed at them, so it never downloads a browser or a driver.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen.output import write_tree
from codegen.publish import build_site
from codegen.publish.assets import find_redoc
from tests.conftest import ROOT
from tests.test_publish import sample_plan

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = Path(os.environ.get("CODEGEN_SCREENSHOT_DIR") or ROOT / "build" / "screenshots")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--window-size=1440,1000",
    "--lang=en-US",
]

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never download anything
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
if not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()):
    pytest.skip(
        f"{CHROMIUM} and {CHROMEDRIVER} are needed (run .ci/setup-browser.sh)",
        allow_module_level=True,
    )

from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The config's APIs and the handmade one, published with Redoc when it is installed."""
    from codegen.config import find_config, load
    from codegen.generate import load_apis

    config = load(find_config(ROOT), ROOT)
    cwd = Path.cwd()
    os.chdir(ROOT)  # config source paths are relative to the repository
    try:
        apis, diags = load_apis(config)
    finally:
        os.chdir(cwd)
    assert not [d for d in diags if d.level == "error"], [d.format() for d in diags]
    result = sample_plan({**apis, **sample_plan().apis})
    root = tmp_path_factory.mktemp("published") / "site"
    write_tree(root, build_site(result, list(config.templates) or None, find_redoc()))
    return root


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    profile = tempfile.mkdtemp(prefix="codegen-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in [*CHROMIUM_ARGS, f"--user-data-dir={profile}"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    drv.set_page_load_timeout(60)
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


def api_names(site: Path) -> list[str]:
    return sorted(p.name for p in site.iterdir() if p.is_dir() and p.name != "assets")


def spec_routes(site: Path, name: str) -> list[tuple[str, str]]:
    spec = json.loads((site / name / f"{name}.openapi.json").read_text(encoding="utf-8"))
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return sorted(
        (m.upper(), path) for path, item in spec["paths"].items() for m in item if m in methods
    )


def open_page(driver: Any, url: str) -> None:
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get(url)
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def console_errors(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def redoc_operations(driver: Any) -> set[str]:
    """Operations Redoc rendered (each has a section `[tag/<tag>/]operation/<id>`)."""
    ids = driver.execute_script(
        "return Array.from(document.querySelectorAll('[data-section-id*=\"operation/\"]'))"
        ".map(e => e.getAttribute('data-section-id').split('operation/').pop())"
    )
    return set(ids)


def screenshot(driver: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    driver.save_screenshot(str(path))
    assert path.stat().st_size > 10_000, "screenshot looks empty"
    return path


def test_index_links_every_api(driver: Any, base_url: str, site: Path) -> None:
    open_page(driver, base_url + "index.html")
    cards = driver.find_elements(By.CSS_SELECTOR, "li.api-card")
    assert sorted(c.get_attribute("data-api") for c in cards) == api_names(site)
    hrefs = {a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "a")}
    for name in api_names(site):
        assert f"{base_url}{name}/index.html" in hrefs
    assert console_errors(driver) == []
    screenshot(driver, "index.png")


def test_reference_page_lists_every_route(driver: Any, base_url: str, site: Path) -> None:
    for name in api_names(site):
        open_page(driver, f"{base_url}{name}/index.html")
        articles = driver.find_elements(By.CSS_SELECTOR, "article.route")
        shown = sorted(
            (a.get_attribute("data-method"), a.get_attribute("data-path")) for a in articles
        )
        assert shown == spec_routes(site, name), name
        assert all(a.is_displayed() for a in articles)
        for a in articles:  # a visible summary and a method badge on every route
            assert a.find_element(By.CSS_SELECTOR, ".summary").text.strip()
            assert a.find_element(By.CSS_SELECTOR, ".route-line .method").is_displayed()
        nav = driver.find_elements(By.CSS_SELECTOR, ".sidebar li a")
        assert len(nav) == len(articles)
        # the stylesheet loaded (a method badge has its colour, not the browser default)
        badge = articles[0].find_element(By.CSS_SELECTOR, ".method")
        assert badge.value_of_css_property("border-radius") != "0px"
        assert console_errors(driver) == [], name
        screenshot(driver, f"{name}.png")
        with_params = [a for a in articles if a.find_elements(By.CSS_SELECTOR, "table.fields")]
        if with_params:
            driver.execute_script(
                "arguments[0].querySelectorAll('details').forEach(d => d.open = true);"
                "arguments[0].scrollIntoView();",
                with_params[0],
            )
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            with_params[0].screenshot(str(SCREENSHOTS / f"{name}-route.png"))


def test_redoc_view_renders_every_operation(driver: Any, base_url: str, site: Path) -> None:
    if not (site / "assets" / "redoc.standalone.js").is_file():
        pytest.skip("Redoc is not installed (run `npm ci`); the site has no Redoc view")
    for name in api_names(site):
        expected = len(spec_routes(site, name))
        open_page(driver, f"{base_url}{name}/redoc.html")
        WebDriverWait(driver, 60).until(lambda d, n=expected: len(redoc_operations(d)) >= n)
        assert len(redoc_operations(driver)) == expected, name
        # hostile doc HTML (tests.test_publish.EVIL, `<img onerror=alert(1)>`) must not run:
        # an alert would make every further call raise UnexpectedAlertPresentException
        assert driver.execute_script("return 1") == 1
        assert console_errors(driver) == [], name
        screenshot(driver, f"{name}-redoc.png")
