"""End-to-end: `python app.py` on a free port, driven by headless Debian Chromium through selenium.

Needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver
fonts-wqy-microhei); skipped cleanly without them. Never downloads a browser.

Artefacts go to tests/artifacts/ (git-ignored): screenshots and timings.json with the time from
starting `python app.py` to the page being served and from pressing Enter to the answer being shown.
With QA_UPDATE_SCREENSHOT=1 the chat screenshot is also copied to docs/screenshot.png.

    python -m pytest -m browser -s tests/test_browser.py
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import free_port, stop_process

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
START_TIMEOUT = float(os.environ.get("QA_APP_START_TIMEOUT", "600"))  # a first run may build the index
ANSWER_TIMEOUT = 60.0
EVIL = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"

pytestmark = pytest.mark.browser




@pytest.fixture(scope="module")
def app_url(seed_corpus, seed_index_dir, tmp_path_factory):
    # A private copy of the session's index: the app never writes into the checkout's index/ (and starts as
    # fast as it would on a current index).
    from conftest import copy_index

    corpus, index_dir = copy_index(seed_corpus, seed_index_dir, tmp_path_factory.mktemp("browser"))
    port = free_port()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log_path = ARTIFACTS / "app.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("GRADIO_SERVER_PORT", None)
    t0 = time.perf_counter()
    with open(log_path, "w", encoding="utf-8") as log:
        proc = subprocess.Popen([sys.executable, "app.py", "--port", str(port), "--corpus", str(corpus),
                                 "--index-dir", str(index_dir)], cwd=ROOT, env=env,
                                stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"app.py exited with {proc.returncode}:\n{log_path.read_text(encoding='utf-8')[-3000:]}")
            try:
                with urllib.request.urlopen(url, timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.perf_counter() - t0 > START_TIMEOUT:
                pytest.fail(f"app.py did not serve {url} within {START_TIMEOUT:.0f}s")
            time.sleep(0.05)
        _TIMINGS["startup_to_page_served_s"] = round(time.perf_counter() - t0, 2)
        yield url
    finally:
        stop_process(proc)


_TIMINGS: dict[str, float | list[float]] = {}


@pytest.fixture(scope="module")
def driver():
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.skip(f"{CHROMIUM} / {CHROMEDRIVER} not installed (apt-get install chromium chromium-driver)")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip("selenium is not installed")
    profile = tempfile.mkdtemp(prefix="qa-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", f"--user-data-dir={profile}", "--window-size=1280,1100", "--lang=zh-CN",
                "--force-device-scale-factor=1"):
        opts.add_argument(arg)
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    drv.set_page_load_timeout(60)
    yield drv
    drv.quit()
    shutil.rmtree(profile, ignore_errors=True)


# --------------------------------------------------------------------------- page helpers

def _by():
    from selenium.webdriver.common.by import By

    return By


def _wait(drv, cond, timeout=ANSWER_TIMEOUT, poll=0.05):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(drv, timeout, poll_frequency=poll).until(cond)


def _bot_texts(drv) -> list[str]:
    return [e.text for e in drv.find_elements(_by().CSS_SELECTOR, '#chat [data-testid="bot"]')]


def _panel_titles(drv):
    return drv.find_elements(_by().CSS_SELECTOR, "#chat .thought-group .title")


def _input(drv):
    return _wait(drv, lambda d: d.find_element(_by().CSS_SELECTOR, "#question input, #question textarea"))


def _idle(drv) -> bool:
    """No pending request in the chat (Gradio's status tracker hidden)."""
    trackers = drv.find_elements(_by().CSS_SELECTOR, '#chat [data-testid="status-tracker"]')
    return all("hide" in (t.get_attribute("class") or "") for t in trackers)


def _wait_for_new_answer(drv, n_bot_before: int, must_contain: str | None = None, timeout=ANSWER_TIMEOUT):
    """Wait until a new assistant answer (not just the echoed user turn) is shown; return its text."""

    def done(d):
        texts = _bot_texts(d)
        if len(texts) <= n_bot_before or not _idle(d):
            return False
        new = "\n".join(texts[n_bot_before:])
        if must_contain is not None and must_contain not in new:
            return False
        return new

    return _wait(drv, done, timeout=timeout)


def _ask(drv, question: str, must_contain: str | None = None) -> tuple[str, float]:
    from selenium.webdriver.common.keys import Keys

    box = _input(drv)
    box.clear()
    box.send_keys(question)
    n = len(_bot_texts(drv))
    t0 = time.perf_counter()
    box.send_keys(Keys.ENTER)
    text = _wait_for_new_answer(drv, n, must_contain)
    return text, time.perf_counter() - t0


def _settle(drv, timeout=10.0) -> None:
    """Wait until every open citation panel has finished expanding (content rendered, not animating)."""

    def ready(d):
        for t in d.find_elements(_by().CSS_SELECTOR, "#chat .thought-group .title.expanded"):
            content = t.find_elements(_by().XPATH, "./following-sibling::div[contains(@class,'content')]")
            if not content or content[0].size["height"] < 10:
                return False
        return True

    _wait(drv, ready, timeout=timeout)
    time.sleep(0.5)  # let the expand transition and autoscroll finish before a screenshot


def _shot(drv, name: str) -> Path:
    _settle(drv)
    path = ARTIFACTS / name
    drv.save_screenshot(str(path))
    return path


# --------------------------------------------------------------------------- the test

def test_chat_in_headless_chromium(app_url, driver):
    By = _by()
    driver.get(app_url)
    header = _wait(driver, lambda d: d.find_element(By.ID, "header"))
    assert "统筹科技资源改革" in header.text and "科技部" in header.text
    _input(driver)
    latencies: list[float] = []

    # 1. A Chinese question: the answer and its citation panel are visible.
    text, dt = _ask(driver, "2014年全市技术合同成交总金额是多少?", must_contain="530.53")
    latencies.append(dt)
    answer_el = [e for e in driver.find_elements(By.CSS_SELECTOR, '#chat [data-testid="bot"]')
                 if "530.53" in e.text][0]
    assert answer_el.is_displayed()
    titles = [t for t in _panel_titles(driver) if t.is_displayed()]
    assert titles and titles[0].text.startswith("[1]"), [t.text for t in titles]
    marks = _wait(driver, lambda d: [m for m in d.find_elements(By.CSS_SELECTOR, "#chat .thought-group mark")
                                     if "530.53" in m.text], timeout=10)
    assert marks[0].is_displayed()  # the supporting quote is highlighted inside the passage
    _shot(driver, "01_answer.png")

    # 2. Click an example question.
    example = [b for b in driver.find_elements(By.CSS_SELECTOR, "#examples button")
               if "专利申请量" in b.text][0]
    n = len(_bot_texts(driver))
    t0 = time.perf_counter()
    example.click()
    text = _wait_for_new_answer(driver, n, must_contain="47000")
    latencies.append(time.perf_counter() - t0)
    assert "47000" in text
    _shot(driver, "02_example.png")

    # 3. An elliptical follow-up, completed from the previous question.
    text, dt = _ask(driver, "授权量呢?", must_contain="16500")
    latencies.append(dt)
    assert "理解为" in text and "授权量" in text
    best = _shot(driver, "03_followup.png")

    # 4. Markup in the question is shown as text, never executed; the chat keeps working.
    text, _ = _ask(driver, EVIL)
    users = [e.text for e in driver.find_elements(By.CSS_SELECTOR, '#chat [data-testid="user"]')]
    assert any("<script>" in u for u in users), users
    assert "纯文本" in text  # the chat says the markup was treated as plain text
    assert driver.execute_script("return window.__pwned === undefined")
    assert not driver.find_elements(By.CSS_SELECTOR, "#chat img[src='x']")
    text, _ = _ask(driver, "")
    assert "⚠" in text
    _shot(driver, "04_bad_input.png")

    _TIMINGS["enter_to_answer_s"] = [round(x, 3) for x in latencies]
    (ARTIFACTS / "timings.json").write_text(json.dumps(_TIMINGS, indent=2), encoding="utf-8")
    print(f"\ntimings: {json.dumps(_TIMINGS)}")
    if os.environ.get("QA_UPDATE_SCREENSHOT") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(best, ROOT / "docs" / "screenshot.png")
