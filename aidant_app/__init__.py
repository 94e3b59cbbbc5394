"""Aidant: a wizard that helps a person get a mailbox and an ameli account."""

__version__ = "0.1.0"
