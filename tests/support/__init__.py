"""Helpers shared by the tests: servers to talk to over real HTTP on loopback."""
