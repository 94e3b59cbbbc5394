"""Who should not start the account form (triage) and the recovery paths, as plain data."""

from __future__ import annotations

# The situations asked before the e-mail step (issue 19). Each but NONE_OF_THESE is an exit:
# HAS_ACCOUNT leads to the recovery paths, the others to a page of next steps and a memo.
TEMPORARY_NUMBER = "temporary_number"  # starts with 3, 4, 7 or 8 (rules/identity.py checks it)
OTHER_SCHEME = "other_scheme"  # a scheme with its own site (MSA: "Mon espace privé")
CHILD = "child"  # under 16: on a parent's account
GUARDIANSHIP = "guardianship"  # under tutelle: only the guardian acts
HAS_ACCOUNT = "has_account"
NONE_OF_THESE = "none"

EXITS = (TEMPORARY_NUMBER, OTHER_SCHEME, CHILD, GUARDIANSHIP)
SITUATIONS = (NONE_OF_THESE, HAS_ACCOUNT, *EXITS)

# The recovery paths for a person who already has an ameli account (FACTS.md, "Recovery").
FORGOT_PASSWORD = "forgot_password"
FORGOT_ADDRESS = "forgot_address"  # forgotten, or an address that no longer works
NEVER_ACTIVATED = "never_activated"
LOCKED = "locked"
RECOVERY_PATHS = (FORGOT_PASSWORD, FORGOT_ADDRESS, NEVER_ACTIVATED, LOCKED)
