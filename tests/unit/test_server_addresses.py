"""A server's address: its password read, put in, left out; its short name for the status bar."""

from __future__ import annotations

import pytest

from desktop_app.domain.locations import password_of, server_name, with_password, without_password

URL = "postgresql://hoinghi:p%40ss%2Fw0rd@192.168.1.20:5433/hoinghi?sslmode=require"


def test_the_password_is_read_left_out_and_put_back():
    assert password_of(URL) == "p@ss/w0rd"
    bare = without_password(URL)
    assert bare == "postgresql://hoinghi@192.168.1.20:5433/hoinghi?sslmode=require"
    assert password_of(bare) is None
    assert with_password(bare, "p@ss/w0rd") == URL   # sslmode passed through untouched


@pytest.mark.parametrize(("url", "name"), [
    (URL, "192.168.1.20:5433/hoinghi"),
    ("postgresql://u:p@server.local/events", "server.local:5432/events"),
    ("postgresql://u:p@[fe80::1]:5432/hoinghi", "[fe80::1]:5432/hoinghi"),
])
def test_the_status_bar_names_host_port_and_database_only(url, name):
    assert server_name(url) == name
