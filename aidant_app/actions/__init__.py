"""What the journey does with the backend and the keyring: one use case per action, each
an Action[T] that returns Done[T] or Failed. No Qt.

A use case is built on the GUI thread from typed inputs (`for_journey` class methods read
them from the journey and write nothing), runs on a worker thread (`run(client)`: only the
client and its inputs), and records what the backend said on the GUI thread
(`apply(journey, outcome)`: the one place that writes facts). `execute()` does it all in a
row, for tests and scripts.
"""

from .account import CreateAccount, LoadMeta, account_body, unknown_fields
from .activation import ChangeEmail, ConfirmLink, PollActivation, ResendActivation
from .backend import Connect, Connection, TrainingInbox, TrainingPeople
from .base import Action, execute
from .email import CheckEmail, ConfirmCode, SendCode, record_address_checked
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
from .report import ExportReport, LoadReport, RecordAccompaniment
from .resume import Resume
from .training_restart import ProveAgain

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
    "ExportReport",
    "Failed",
    "LoadMeta",
    "LoadReport",
    "Outcome",
    "PollActivation",
    "ProbeVault",
    "ProveAgain",
    "RecordAccompaniment",
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
    "record_address_checked",
    "unknown_fields",
]
