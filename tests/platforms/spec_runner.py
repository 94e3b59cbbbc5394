"""Runs build.spec as PyInstaller would, with stand-in build steps and another platform's facts."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

ROOT = Path(__file__).resolve().parents[2]


class Recorded(SimpleNamespace):
    """What the spec asked PyInstaller to build: each step's arguments."""


def run_spec(platform: str, binaries: list, datas: list, env: dict[str, str] | None = None):
    """Execute build.spec with sys.platform set to `platform` and the analysis finding the
    given (dest, src, typecode) entries; return the recorded EXE, COLLECT and BUNDLE calls."""
    recorded = Recorded(exes=[], collect=None, bundle=None, analysis=None)

    def analysis(*args, **kwargs):
        recorded.analysis = SimpleNamespace(binaries=list(binaries), datas=list(datas),
                                            pure=[], scripts=[], kwargs=kwargs)
        return recorded.analysis

    def exe(*args, **kwargs):
        recorded.exes.append(SimpleNamespace(args=args, **kwargs))
        return recorded.exes[-1]

    def collect(*args, **kwargs):
        recorded.collect = SimpleNamespace(args=args, **kwargs)
        return recorded.collect

    def bundle(*args, **kwargs):
        recorded.bundle = SimpleNamespace(args=args, **kwargs)
        return recorded.bundle

    namespace = {"SPECPATH": str(ROOT), "Analysis": analysis, "PYZ": lambda *a, **k: "pyz",
                 "EXE": exe, "COLLECT": collect, "BUNDLE": bundle, "__file__": "build.spec"}
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    # PyInstaller reads the real platform when first imported: import it before patching.
    import PyInstaller.depend.bindepend
    import PyInstaller.utils.hooks  # noqa: F401

    with mock.patch.object(sys, "platform", platform), \
            mock.patch.dict("os.environ", env or {}), \
            mock.patch("PyInstaller.utils.hooks.collect_submodules", lambda *a, **k: []), \
            mock.patch("PyInstaller.utils.hooks.collect_data_files", lambda *a, **k: []), \
            mock.patch("PyInstaller.depend.bindepend.get_imports", lambda *a, **k: []):
        exec(compile(source, "build.spec", "exec"), namespace)  # noqa: S102 - our own spec
    recorded.binaries = recorded.analysis.binaries
    recorded.datas = recorded.analysis.datas
    return recorded


def info_plist(recorded: Recorded) -> dict:
    """The Info.plist PyInstaller's BUNDLE writes (PyInstaller/building/osx.py, 6.x): its
    defaults, LSBackgroundOnly=True when the EXE is a console one, then the spec's
    info_plist merged over them."""
    bundle = recorded.bundle
    # BUNDLE(coll) inherits `console` from COLLECT, which takes the last EXE it is given.
    exe = [arg for arg in bundle.args[0].args if arg in recorded.exes][-1]
    plist = {"CFBundleDisplayName": "Aidant", "CFBundleName": "Aidant",
             "CFBundleIdentifier": bundle.bundle_identifier,
             "CFBundlePackageType": "APPL",
             "CFBundleShortVersionString": str(getattr(bundle, "version", "0.0.0"))}
    if exe.console:
        plist["LSBackgroundOnly"] = True
    else:
        plist["NSHighResolutionCapable"] = True
    plist.update(bundle.info_plist or {})
    return plist
