"""Benchmarks (not part of the engine): quality vs baselines, latency, cold start, scaling, synthetic corpora."""
