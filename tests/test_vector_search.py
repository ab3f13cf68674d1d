"""Dense search is exact at report scale: the same corpus gives the same passages whatever build made the index."""
from __future__ import annotations

import numpy as np

from qa.ingest.chunking import Chunk
from qa.store.chroma import HNSW, ChromaBackend
from qa.store.indexer import staleness


def _chunks(n: int) -> list[Chunk]:
    return [Chunk(f"c{i}", "南湖.txt", f"第{i}段", 0, 3, ("一、总体",), "paragraph", i) for i in range(n)]


def test_dense_search_returns_the_exact_nearest_passages(tmp_path):
    # random directions are HNSW's hard case: at Chroma's default search breadth the top 80 of 3,000 miss some
    rng = np.random.default_rng(7)
    vecs = rng.normal(size=(3000, 64)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    backend = ChromaBackend()
    gen = tmp_path / "gen"
    backend.write_collection(gen, "exact", _chunks(len(vecs)), [f"h{i}" for i in range(len(vecs))], vecs.tolist())
    col = backend.client(gen).get_collection("exact", embedding_function=None)
    assert col.configuration["hnsw"]["ef_search"] == HNSW["ef_search"]
    for q in rng.normal(size=(20, 64)).astype(np.float32):
        q /= np.linalg.norm(q)
        got = col.query(query_embeddings=[q.tolist()], n_results=80, include=["distances"])["ids"][0]
        exact = [f"c{i}" for i in np.argsort(-(vecs @ q))[:80]]
        assert got == exact


def test_an_index_built_with_another_search_breadth_is_rebuilt():
    manifest = {"schema": 1, "embedder": "e", "chunking": {}, "tokenizer": "t", "chromadb": "1.5",
                "vector_store": "embedded", "documents": {}}
    expected = {**manifest, "vector_index": HNSW, "embedder_dim": 4, "files": {}}
    assert staleness(manifest, expected) is not None and "vector_index" in staleness(manifest, expected)
    assert staleness({**manifest, "vector_index": HNSW}, expected) is None
