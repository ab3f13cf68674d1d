"""Start ``python app.py`` as a subprocess on a free loopback port and wait until it serves (benchmarks only)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(corpus: str | Path, index_dir: str | Path, log_path: Path, timeout: float = 900,
              extra: tuple[str, ...] = ()) -> tuple[subprocess.Popen, str]:
    """The running app and its base URL (no trailing slash); its output goes to ``log_path``."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1", "GRADIO_ANALYTICS_ENABLED": "False",
           "HF_HUB_OFFLINE": "1"}
    for var in ("GRADIO_SERVER_PORT", "QA_API_KEY"):
        env.pop(var, None)
    cmd = [sys.executable, str(ROOT / "app.py")] if (ROOT / "app.py").exists() else \
        [sys.executable, "-c", "import sys; from qa.web.server import main; sys.exit(main(sys.argv[1:]))"]
    with open(log_path, "w", encoding="utf-8") as log:
        proc = subprocess.Popen(cmd + ["--port", str(port), "--corpus", str(corpus), "--index-dir", str(index_dir),
                                       *extra], cwd=str(log_path.parent), env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"app.py exited with {proc.returncode}: {log_path.read_text(encoding='utf-8')[-2000:]}")
        try:
            with urllib.request.urlopen(url + "/api/health", timeout=2) as r:
                if r.status == 200:
                    return proc, url
        except OSError:
            pass
        if time.perf_counter() - t0 > timeout:
            proc.kill()
            raise RuntimeError(f"app.py did not serve {url} within {timeout:.0f} s")
        time.sleep(0.2)


def stop_process(proc: subprocess.Popen, timeout: float = 15) -> None:
    """Terminate, then kill if it does not exit within ``timeout`` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
