"""Rewrite `tr("... {x} ...").format(x=v)` as `bidi.fill(tr("... {x} ..."), x=v)` in the UI.

A one-off (re-runnable) codemod for rules/bidi.py: every value put into a translated
sentence goes through `fill`, which isolates it in a right-to-left interface.
    python scripts/isolate_placeholders.py          # rewrite in place
    python scripts/isolate_placeholders.py --list   # only say where
tests/test_bidi_fill.py fails where a translated template is still formatted by .format().
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATE = {"tr", "_tr", "translate"}


def is_translation(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in TRANSLATE


def formats(tree: ast.AST) -> list[ast.Call]:
    """`.format(...)` calls on a translate() call."""
    return [node for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format" and is_translation(node.func.value)]


def files() -> list[Path]:
    package = ROOT / "aidant_app"
    return sorted((package / "ui").rglob("*.py")) + [package / "app.py"]


def _offset(lines: list[str], line: int, col: int) -> int:
    return sum(len(text) for text in lines[:line - 1]) + len(
        lines[line - 1].encode("utf-8")[:col].decode("utf-8"))


def rewrite(source: str, module: str) -> str:
    calls = formats(ast.parse(source))
    if not calls:
        return source
    lines = source.splitlines(keepends=True)
    edits = []  # (start, end, replacement), applied from the end
    for call in calls:
        inner = call.func.value
        start = _offset(lines, inner.lineno, inner.col_offset)
        end = _offset(lines, inner.end_lineno, inner.end_col_offset)
        # from the end of tr(...) through "(" of .format(
        paren = source.index("(", source.index("format", end))
        edits.append((paren, paren + 1, ", "))
        edits.append((end, paren, ""))
        edits.append((start, start, "bidi.fill("))
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        source = source[:start] + text + source[end:]
    depth = module.count(".")  # aidant_app.ui.x -> "..", aidant_app.ui.pages.x -> "..."
    line = f"from {'.' * depth}rules import bidi\n"
    if line not in source:
        tree = ast.parse(source)
        last = max(node.end_lineno for node in tree.body
                   if isinstance(node, (ast.Import, ast.ImportFrom))
                   and node.col_offset == 0 and node.lineno < 200)
        src_lines = source.splitlines(keepends=True)
        src_lines.insert(last, line)
        source = "".join(src_lines)
    return source


def main(argv: list[str]) -> int:
    for path in files():
        source = path.read_text(encoding="utf-8")
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        new = rewrite(source, module)
        # nested: a .format inside a .format's arguments needs a second pass
        while new != source and formats(ast.parse(new)):
            new = rewrite(new, module)
        if new != source:
            print(path.relative_to(ROOT))
            if "--list" not in argv:
                path.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
