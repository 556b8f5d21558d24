"""The ports test services listen on: never from the ephemeral range, never twice in one run."""

import socket

from tests.services import _ephemeral_start, free_port, free_ports


def test_ports_are_distinct_below_the_ephemeral_range_and_bindable():
    ports = free_ports(20)
    assert len(set(ports)) == 20
    assert all(10000 <= port < _ephemeral_start() for port in ports)
    for port in ports:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", port))


def test_a_port_is_not_handed_out_twice_before_its_service_binds_it():
    # Nothing binds these, so each is free again at once; a plain "is it free?" check would repeat them.
    seen = [port for _ in range(200) for port in free_ports(5)] + [free_port() for _ in range(50)]
    assert len(seen) == len(set(seen)) == 1050
