"""Per-document evaluation: questions are grouped by the document they name; unknown documents are left out."""
from __future__ import annotations

import pytest

from qa.evaluation.per_document import by_document, main


def test_questions_are_grouped_by_the_document_they_name(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("甲", encoding="utf-8")
    (tmp_path / "b.txt").write_text("乙", encoding="utf-8")
    qs = [{"id": "1", "doc": "b.txt"}, {"id": "2", "doc": "a.txt"}, {"id": "3", "doc": "b.txt"},
          {"id": "4"}, {"id": "5", "doc": None}, {"id": "6", "doc": "missing.txt"}]
    groups = by_document(qs, tmp_path)
    assert [p.name for p in groups] == ["a.txt", "b.txt"]  # in file order, whatever the questions' order
    assert [q["id"] for q in groups[tmp_path / "b.txt"]] == ["1", "3"]
    assert sum(map(len, groups.values())) == 3  # no doc, or a document not in the corpus: left out


def test_a_question_file_naming_no_document_of_the_corpus_is_refused(tmp_path) -> None:
    f = tmp_path / "q.jsonl"
    f.write_text('{"id": "x", "question": "多少?", "type": "number", "answers": ["1"], "doc": "nope.txt"}\n',
                 encoding="utf-8")
    with pytest.raises(SystemExit, match="no question names a document"):
        main([str(f), "--corpus", str(tmp_path), "--index-root", str(tmp_path / "idx")])
