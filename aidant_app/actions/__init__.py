"""What the journey does with the backend and the keyring: one use case per action, taking
the journey and the client and returning a typed outcome (Done or Failed). No Qt.

A use case is built on the GUI thread (it copies its inputs from the journey), runs on a
worker thread (`run(client)`: only the client and its inputs), and records the backend's
facts on the GUI thread (`apply(journey, outcome)`). `execute()` does all three in a row.
"""

from .account import CreateAccount, LoadMeta, account_body, unknown_fields
from .activation import ChangeEmail, ConfirmLink, PollActivation, ResendActivation
from .backend import Connect, Connection, TrainingInbox, TrainingPeople
from .base import Action, execute
from .email import CheckEmail, ConfirmCode, SendCode
from .helper import TOKEN_NAME, ProbeVault, RestoreToken, SignedIn, SignIn, SignOut
from .mailbox import CreateMailbox
from .outcome import (
    BACKEND_CHANGED,
    TRANSIENT,
    UNEXPECTED,
    Done,
    Failed,
    Outcome,
    failed,
    next_for,
)
from .resume import Resume

__all__ = [
    "BACKEND_CHANGED",
    "TOKEN_NAME",
    "TRANSIENT",
    "UNEXPECTED",
    "Action",
    "ChangeEmail",
    "CheckEmail",
    "ConfirmCode",
    "ConfirmLink",
    "Connect",
    "Connection",
    "CreateAccount",
    "CreateMailbox",
    "Done",
    "Failed",
    "LoadMeta",
    "Outcome",
    "PollActivation",
    "ProbeVault",
    "ResendActivation",
    "RestoreToken",
    "Resume",
    "SendCode",
    "SignIn",
    "SignOut",
    "SignedIn",
    "TrainingInbox",
    "TrainingPeople",
    "account_body",
    "execute",
    "failed",
    "next_for",
    "unknown_fields",
]
