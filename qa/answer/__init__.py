"""Answer: question analysis, extractive answers with calibrated abstention, follow-up completion.

May import ``qa.retrieve``, ``qa.store``, ``qa.ingest`` and the bottom modules.
"""
