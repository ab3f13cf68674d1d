"""Pick the app's port before anything slow happens, so a busy port is one line at once, not a traceback
after the model has loaded."""
from __future__ import annotations

import socket

from qa.errors import QAError


def resolve_port(host: str, port: int) -> int:
    """``port`` if it can be bound on ``host``; a free port chosen by the OS for ``port == 0``.

    Raises QAError (one line) when the port is taken or not a valid port number.
    """
    if not 0 <= port <= 65535:
        raise QAError(f"--port must be between 0 and 65535, not {port}")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will: TIME_WAIT is no conflict
        try:
            s.bind((host, port))
        except OSError as exc:
            if port == 0:
                raise QAError(f"cannot bind {host}: {exc.strerror}") from None
            raise QAError(f"port {port} on {host} is in use ({exc.strerror}): pass another --port, "
                          "or --port 0 for a free one") from None
        return s.getsockname()[1]
