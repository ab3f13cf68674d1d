"""Store: embedders, the Chroma backend, BM25, index generations + manifest, the indexer and collections.

May import ``qa.ingest`` and the bottom modules, never retrieval, answering or presentation.
"""
