"""Collections side by side in one index folder: --collection on every command, listing, deleting."""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import copy_index, run_cli

pytestmark = pytest.mark.integration


def test_two_collections_listed_and_one_deleted(seed_corpus, seed_index_dir, tmp_path):
    corpus, index_dir = copy_index(seed_corpus, seed_index_dir, tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    (other / "r.md").write_text("# 测试市统计局2020年工作总结\n来源: 测试市统计局\n一、统计调查\n一是完成普查。全年完成入户调查4.6万户。\n",
                                encoding="utf-8")
    built = run_cli("index", "--corpus", str(other), "--index-dir", str(index_dir), "--collection", "stats")
    assert built.returncode == 0, built.stderr
    assert "1 added" in built.stdout

    listed = run_cli("collections", "--index-dir", str(index_dir), "--json")
    rows = {r["collection"]: r for r in json.loads(listed.stdout)}
    assert set(rows) == {"default", "stats"}
    assert rows["stats"]["documents"] == 1 and rows["stats"]["chunks"] >= 2
    assert rows["default"]["documents"] == 1 and rows["default"]["chunks"] > rows["stats"]["chunks"]

    ans = run_cli("ask", "全年完成入户调查多少户?", "--json", "--corpus", str(other), "--index-dir", str(index_dir),
                  "--collection", "stats")
    out = json.loads(ans.stdout)
    assert "4.6万户" in out["answer"] and out["citations"][0]["source"] == "r.md"

    gone = run_cli("collections", "--index-dir", str(index_dir), "--delete", "stats")
    assert gone.returncode == 0, gone.stderr
    rows = json.loads(run_cli("collections", "--index-dir", str(index_dir), "--json").stdout)
    assert [r["collection"] for r in rows] == ["default"]
    missing = run_cli("collections", "--index-dir", str(index_dir), "--delete", "nope")
    assert missing.returncode != 0 and "no collection named" in missing.stderr and "Traceback" not in missing.stderr
    shutil.rmtree(other)
