"""A TCP proxy on 127.0.0.1 between desks and a server, that can break the network the ways a
venue's Wi-Fi does: `cut` closes every connection and refuses new ones (the server gone, a cable
pulled), `blackhole` accepts and keeps connections but forwards nothing (a dead access point:
no error ever arrives), `pass` forwards again. `delay`: every piece forwarded waits this many
seconds on the way (a slow, crowded Wi-Fi)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from urllib.parse import urlsplit

PASS, CUT, BLACKHOLE = "pass", "cut", "blackhole"


class Proxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.mode = PASS
        self.delay = 0.0
        self.accepted = 0   # connections accepted, whatever became of them
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def address(self, url: str) -> str:
        """`url` (a server's address) with its port replaced by this proxy's, in front of it."""
        parts = urlsplit(url)
        return parts._replace(netloc=parts.netloc.replace(f":{parts.port}", f":{self.port}")).geturl()

    def set_mode(self, mode: str) -> None:
        """From now on; `cut` and `blackhole` also break the connections open now (a black-holed
        connection stays open, silent, until the desk gives up on it)."""
        with self._lock:
            self.mode = mode
            if mode == CUT:
                for s in list(self._sockets):
                    _close(s)
                self._sockets.clear()

    def close(self) -> None:
        self._closed = True
        self.set_mode(CUT)
        _close(self._listener)

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                mode = self.mode
                self.accepted += 1
            if mode == CUT:
                _close(client)
                continue
            if mode == BLACKHOLE:
                self._keep(client)
                threading.Thread(target=self._swallow, args=(client,), daemon=True).start()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                _close(client)
                continue
            self._keep(client, upstream)
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client), daemon=True).start()

    def _keep(self, *sockets: socket.socket) -> None:
        with self._lock:
            self._sockets.update(sockets)

    def _swallow(self, client: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while client.recv(65536):
                pass
        _close(client)

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if self.mode == BLACKHOLE:
                    continue   # lost on the way: neither side hears anything
                if self.delay:
                    time.sleep(self.delay)
                target.sendall(data)
        except OSError:
            pass
        finally:
            if self.mode != BLACKHOLE:
                _close(source)
                _close(target)


def _close(s: socket.socket) -> None:
    with contextlib.suppress(OSError):
        s.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        s.close()
