"""The API client imports without Qt, and importing the package alone loads no HTTP library."""

from __future__ import annotations

import subprocess
import sys

BLOCK_QT = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is not available here")
sys.meta_path.insert(0, BlockQt())
"""


def run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", BLOCK_QT + code], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_api_imports_without_qt():
    out = run(
        "import pkgutil, importlib, aidant_app.api as api\n"
        "for m in pkgutil.iter_modules(api.__path__):\n"
        "    importlib.import_module('aidant_app.api.' + m.name)\n"
        "api.AidantClient('http://127.0.0.1:9')\n"
        "print('PySide6' in sys.modules)\n"
    )
    assert out.strip() == "False"


def test_importing_the_package_does_not_load_requests():
    out = run("import aidant_app.api\nprint('requests' in sys.modules)\n")
    assert out.strip() == "False"
