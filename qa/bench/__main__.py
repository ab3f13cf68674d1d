from qa.bench.runner import main

raise SystemExit(main())
