"""Evaluation: question files (FORMAT.md, CMRC), scoring (answer accuracy, evidence@k, EM/F1), reports."""
