"""Retrieve: dense + BM25 search, rank fusion, the English→Chinese query bridge and the LangChain retriever.

May import ``qa.store``, ``qa.ingest`` and the bottom modules.
"""
