"""Tests of the training server (the reference Aidant API), over real HTTP on loopback."""
