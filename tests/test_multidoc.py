"""Many documents (issue 5): every format answers with the right document cited, incremental updates embed
only what changed, and a real Chroma server gives the same answers as embedded mode."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import free_port

from qa import ReportQA, StoreUnavailableError
from qa.store.chroma import ChromaBackend
from qa.config import Settings
from qa.store.embeddings import make_embeddings
from qa.store.indexer import build_index
from qa.store.generations import IndexStore

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e198b29a7063dd32.txt"
EVAL = ROOT / "tests" / "eval" / "report_eval.jsonl"

MD = """# 宝鸡市教育局2016年工作总结
日期: 2016年12月30日
来源: 宝鸡市教育局
## 一、基础教育
一是扩大学前教育资源。全年新建公办幼儿园37所，新增学位8600个。二是推进义务教育均衡发展。改造薄弱学校64所。
"""
HTML = """<html><head><title>咸阳市农业农村局2017年工作总结</title><script>var nav=1;</script></head><body>
<nav class="menu">首页 | 机构 | 政务公开</nav>
<article><h1>咸阳市农业农村局2017年工作总结</h1><p>日期: 2018年01月15日</p><p>来源: 咸阳市农业农村局</p>
<h2>一、农业基础设施</h2><p>一是建设高标准农田。全年建成高标准农田12.6万亩，新增节水灌溉面积3.1万亩。二是完善农机服务。</p></article>
<footer>版权所有 咸阳市人民政府</footer></body></html>"""
DOCX_LINES = ["汉中市交通运输局2018年工作总结", "日期: 2019年01月08日", "来源: 汉中市交通运输局",
              "一、农村公路建设", "一是加快农村公路建设。全年新改建农村公路415公里，完成危桥改造23座。"]
PDF_LINES = ["渭南市生态环境局2019年工作总结", "日期: 2020年01月20日", "来源: 渭南市生态环境局",
             "一、大气污染防治", "一是打赢蓝天保卫战。全年空气质量优良天数达到286天。"]




@pytest.fixture(scope="module")
def multiformat_corpus(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(SEED, corpus / SEED.name)
    (corpus / "baoji_2016.md").write_text(MD, encoding="utf-8")
    sub = corpus / "more"
    sub.mkdir()
    (sub / "xianyang_2017.html").write_text(HTML, encoding="utf-8")
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for line in DOCX_LINES:
        d.add_paragraph(line)
    d.save(str(sub / "hanzhong_2018.docx"))
    sys.path.insert(0, str(Path(__file__).parent))
    from test_loaders import find_cjk_font, make_cjk_pdf

    font = find_cjk_font()
    if font:
        make_cjk_pdf(sub / "weinan_2019.pdf", PDF_LINES, font)
    return corpus


@pytest.mark.parametrize(
    ("question", "answer", "source"),
    [
        ("宝鸡市全年新建了多少所公办幼儿园?", "37所", "baoji_2016.md"),
        ("咸阳市全年建成高标准农田多少亩?", "12.6万亩", "more/xianyang_2017.html"),
        ("汉中市全年新改建农村公路多少公里?", "415公里", "more/hanzhong_2018.docx"),
        ("渭南市全年空气质量优良天数达到多少天?", "286天", "more/weinan_2019.pdf"),
        ("全市技术合同成交总金额是多少?", "530.53亿元", SEED.name),
    ],
)
def test_each_format_answers_with_its_document(multiformat_corpus, tmp_path_factory, question, answer, source):
    if source.endswith(".pdf") and not (multiformat_corpus / source).exists():
        pytest.skip("no CJK font to make the PDF fixture (apt-get install fonts-wqy-microhei)")
    index_dir = tmp_path_factory.getbasetemp() / "multiformat-index"
    engine = ReportQA.open(corpus=str(multiformat_corpus), index_dir=str(index_dir))
    ans = engine.ask(question)
    assert not ans.abstained, ans
    assert answer in ans.answer
    assert ans.citations[0].source == source
    assert ans.citations[0].quote in ans.citations[0].text
    titles = {d.source: d.title for d in engine.documents}
    assert titles["more/xianyang_2017.html"].startswith("咸阳市农业农村局")


def test_incremental_update_embeds_only_the_changed_file(tmp_path):
    from qa.bench.synth import generate_corpus

    corpus = tmp_path / "corpus"
    generate_corpus(corpus, n_reports=5, seed=7, n_questions=0)  # 5 files: enough to see one re-embedded
    (corpus / "questions.jsonl").unlink(missing_ok=True)
    files = sorted(corpus.glob("*.txt"))
    assert len(files) == 5
    settings = Settings.create(str(corpus), str(tmp_path / "index"))
    store = IndexStore(settings.index_dir, settings.collection, ChromaBackend(None))
    emb = make_embeddings(settings.embedder)
    first = build_index(settings, store, emb)
    assert first.built and first.embedded == first.chunks and len(first.added) == 5

    again = build_index(settings, store, emb)
    assert not again.built and len(again.unchanged) == 5 and again.embedded == 0

    target = files[2]
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("。", "。此外，全年新增示范点7个。", 1), encoding="utf-8")
    (files[4]).unlink()
    t0 = time.perf_counter()
    third = build_index(settings, store, emb)
    elapsed = time.perf_counter() - t0
    manifest = store.read_manifest()
    assert third.updated == [target.name] and third.removed == [files[4].name] and len(third.unchanged) == 3
    changed_file_chunks = manifest["documents"][target.name]["chunks"]
    assert 0 < third.embedded <= changed_file_chunks, (third.embedded, changed_file_chunks)
    assert third.reused == third.chunks - third.embedded
    print(f"\nincremental: {third.summary()} ({elapsed:.2f}s); first build {first.seconds:.1f}s")
    engine = ReportQA.open(corpus=str(corpus), index_dir=settings.index_dir, build="never")
    assert all(c.source != files[4].name for c in engine.data.chunks)


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    exe = Path(sys.executable).with_name("chroma")
    if not exe.exists():
        pytest.skip("chroma CLI not installed")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen([str(exe), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1).read()
            break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("chroma server did not start within 30 s")
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_server_mode_gives_the_same_answers_as_embedded(chroma_server, seed_corpus, seed_engine, tmp_path):
    corpus = tmp_path / "seeds"
    shutil.copytree(seed_corpus, corpus)
    embedded = seed_engine  # the session's embedded index of the same files
    server = ReportQA.open(corpus=str(corpus), index_dir=str(tmp_path / "srv"), chroma_url=chroma_server)
    assert server.data.manifest["chroma_mode"] == "server"
    questions = [json.loads(line)["question"] for line in EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    diffs = []
    for q in questions:
        a, b = embedded.ask(q), server.ask(q)
        if (a.answer, a.abstained, [c.chunk_id for c in a.citations]) != (b.answer, b.abstained, [c.chunk_id for c in b.citations]):
            diffs.append(q)
    assert not diffs, f"{len(diffs)}/{len(questions)} differ, e.g. {diffs[:3]}"
    # A second open reuses the server collection (no rebuild).
    again = ReportQA.open(corpus=str(corpus), index_dir=str(tmp_path / "srv"), chroma_url=chroma_server)
    assert again.load_info["built"] is False


def test_server_down_fails_fast_with_a_clear_error(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    t0 = time.perf_counter()
    with pytest.raises(StoreUnavailableError, match="unreachable"):
        ReportQA.open(corpus=str(SEED.parent), index_dir=str(tmp_path / "i"), chroma_url=url)
    assert time.perf_counter() - t0 < 5.0
    proc = subprocess.run([sys.executable, "-m", "qa", "ask", "问题", "--chroma-url", url, "--index-dir", str(tmp_path / "i")],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode != 0
    assert "unreachable" in proc.stderr and "Traceback" not in proc.stderr
