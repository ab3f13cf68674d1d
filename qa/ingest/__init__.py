"""Ingest: read files (loaders), clean them (boilerplate, repeated sections, header), cut section-aware chunks.

The bottom of the pipeline: imports only ``qa.text``, ``qa.errors`` and ``qa.types``.
"""
