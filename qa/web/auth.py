"""Who may call the app when it is reachable from other machines.

On loopback (the default) nothing is required. Off loopback (``--host 0.0.0.0``, a LAN address, or a
``--share`` link) the app refuses to start unless

* the integration paths (``/api``, ``/v1``, ``/mcp``) have an API key (``--api-key`` or ``QA_API_KEY``),
  checked as a Bearer token with a constant-time compare, and
* the Gradio chat and upload panel have a password (``--auth user:password``) or the operator opted out
  with ``--no-auth``.
"""
from __future__ import annotations

import hmac
import ipaddress
from typing import Any, Callable

from qa.web.api import error_response

PROTECTED_PREFIXES = ("/api/", "/v1/", "/mcp")
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str | None) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost; False for 0.0.0.0, ::, LAN addresses and other names."""
    h = (host or "").strip().strip("[]").lower()
    if h in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """``user:password`` → (user, password); raises ValueError with a one-line reason."""
    if value is None:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ValueError("--auth must be user:password (both non-empty)")
    return user, password


def startup_problem(host: str, share: bool, api_key: str | None, ui_auth: tuple[str, str] | None,
                    no_auth: bool) -> str | None:
    """Why the app must not start with these options (one line), or None."""
    exposed = not is_loopback(host) or share
    if not exposed:
        return None
    where = "--share" if share and is_loopback(host) else f"--host {host}"
    if not api_key:
        return (f"{where} exposes /api, /v1 and MCP to the network: set --api-key KEY (or QA_API_KEY) "
                "to require a Bearer token, or serve on 127.0.0.1")
    if ui_auth is None and not no_auth:
        return (f"{where} exposes the chat and upload panel to the network: pass --auth user:password, "
                "or --no-auth to serve them without a password")
    return None


def key_matches(header: str | None, api_key: str) -> bool:
    """``Authorization: Bearer <key>`` compared in constant time."""
    if not header:
        return False
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(token.strip().encode("utf-8"), api_key.encode("utf-8"))


class APIKeyMiddleware:
    """401 (JSON, with ``WWW-Authenticate: Bearer``) for protected paths without the right Bearer token."""

    def __init__(self, app: Any, api_key: str, prefixes: tuple[str, ...] = PROTECTED_PREFIXES) -> None:
        self.app, self.api_key, self.prefixes = app, api_key, prefixes

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefixes):
            return await self.app(scope, receive, send)
        header = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"authorization"), None)
        if key_matches(header, self.api_key):
            return await self.app(scope, receive, send)
        resp = error_response(401, "unauthorized", "missing or wrong API key: send 'Authorization: Bearer <key>'")
        resp.headers["WWW-Authenticate"] = "Bearer"
        await resp(scope, receive, send)
