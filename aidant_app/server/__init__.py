"""The training server: reference implementation of the Aidant API (kept light to import)."""
