"""Evaluation: question files (docs/eval-format.md, CMRC), scoring (answer accuracy, evidence@k, EM/F1), reports."""
