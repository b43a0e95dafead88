"""Where the preview listens: its sockets (the first free port from 8000 on, unless one is given), what a
refused address means in words, and the URL to print."""

from __future__ import annotations

import errno
import ipaddress
import logging
import socket

from generator.errors import UsageError

log = logging.getLogger("generator.serve")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
PORT_TRIES = 20  # with the default port, try 8000 … 8019 before giving up


def bind(host: str, port: int | None) -> list[socket.socket]:
    """Listening sockets on host:port; with no port given, the first free one from DEFAULT_PORT on."""
    from tornado.netutil import bind_sockets

    if port is not None and not 0 <= port <= 65535:
        raise UsageError(f"--port {port} is not a port: use a number from 0 to 65535 (0: any free port)")
    first = DEFAULT_PORT if port is None else port
    tries = PORT_TRIES if port is None else 1
    for candidate in range(first, first + tries):
        try:
            sockets = bind_sockets(candidate, host or None)
        except OSError as error:
            if error.errno == errno.EADDRINUSE and candidate < first + tries - 1:
                continue
            raise UsageError(_bind_message(error, host, first, candidate)) from None
        if candidate != first:
            log.warning("port %d is in use; using %d instead", first, candidate)
        return sockets
    raise AssertionError("unreachable")


def _bind_message(error: OSError, host: str, first: int, port: int) -> str:
    where = f"{host}:{port}"
    if error.errno == errno.EADDRINUSE:
        if port != first:
            return (f"ports {first}-{port} on {host} are all in use; choose one with --port N, "
                    f"or --port 0 for any free port")
        return (f"cannot serve on {where}: the port is already in use (is another preview running?); "
                f"choose another with --port N, or --port 0 for any free port")
    if error.errno == errno.EACCES:
        return f"cannot serve on {where}: not allowed (ports below 1024 need administrator rights); try --port 8000"
    if isinstance(error, socket.gaierror) or error.errno == errno.EADDRNOTAVAIL:
        return f"cannot serve on {where}: '{host}' is not an address of this machine; try --host 127.0.0.1"
    return f"cannot serve on {where}: {error.strerror or error}"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:  # an IPv4 address in a short form the system reads too: 127.1, 0x7f.1, 2130706433
        return ipaddress.IPv4Address(socket.inet_aton(host)).is_loopback
    except (OSError, ValueError):
        return False


def address(host: str, port: int, base: str) -> str:
    """A URL a person can click: a wildcard host is shown as the loopback address."""
    shown = {"": DEFAULT_HOST, "0.0.0.0": DEFAULT_HOST, "::": "::1"}.get(host, host)
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}{base}"
