"""``python -m qa.bench.synth OUT_DIR --reports N``."""
from qa.bench.synth import main

raise SystemExit(main())
