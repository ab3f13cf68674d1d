"""Benchmarks (not part of the engine, issue 4): is the pipeline better than what a user would assemble in an
afternoon, how fast is it, where does the time go, and how does cost grow with the corpus?

Why one command: the claims in the README ("hybrid beats naive dense", "tens of milliseconds per query",
"builds at N chunks/s") are only worth something if ``python -m qa.bench`` re-measures them side by side, in
one run, on the machine at hand. One module a job:

- :mod:`.common`: result dataclasses, defaults, evidence matching, timing loops, embedder wrappers, machine info.
- :mod:`.quality`: the project's modes (hybrid, dense, bm25) vs a naive LangChain pipeline and BM25 over
  the same naive chunks, on the eval set (docs/eval-format.md): evidence@1/@3, answers, warm latency.
- :mod:`.coldstart`: fresh ``python -c`` processes opening a current index and answering one question.
- :mod:`.latency`: per-stage means of a hybrid ``ask``, a pyinstrument tree, caches cold vs warm.
- :mod:`.scaling`: synthetic corpora (:mod:`.synth`) at ~1k/10k/50k chunks, each in its own subprocess.
- :mod:`.report`: targets, markdown tables, the plot. :mod:`.runner`: options, ``run``, ``main``.

"Warm" latency means a warm process (model, jieba dictionary and index loaded, a few warm-up queries run)
with the query-vector and clause-vector caches emptied before each pass, so every timed question pays its
own embedding; the cache-hit numbers are reported separately in the profile section.
"""
