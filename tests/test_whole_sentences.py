"""What the person reads is whole translatable sentences, never glued from pieces in code.

A translator sees one translate() call at a time: "⚠ " + tr("Ce code…"), tr("A") + " " +
tr("B") or f"{tr('Jour')} : {x}" give them pieces whose order, spacing and punctuation
the French code decided. Each sentence (and each sign or list mark around one) is one
translate() call with named placeholders instead (ui/widgets/signs.py for the signs).
This reads the UI's source (AST) and fails on the ways pieces get glued:

- `+`, `%` or `+=` with a translate() result (or its `.format(...)`) on either side;
- an f-string holding a translate() result;
- an untranslated template's `.format(...)` around a translate() result or with a sign;
- `sep.join(...)` over translate() results, unless the separator is a line break (a list
  of whole lines is a layout, not a sentence);
- a sign (⚠ ✔ ✘ ☎ • ▸ ▾) glued in code by `+` or an f-string rather than written in a
  template.
"""

from __future__ import annotations

import ast
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
UI = PROJECT_ROOT / "aidant_app" / "ui"
SIGNS = "⚠✔✘☎•▸▾"
TRANSLATE = {"tr", "_tr", "translate"}


def _is_translation(node: ast.AST) -> bool:
    """tr(...), self.tr(...), QCoreApplication.translate(...), _tr(...), and any
    `.format(...)` of one of them."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr == "format":
        return _is_translation(func.value)
    if isinstance(func, ast.Attribute) and func.attr == "fill" and node.args:  # rules/bidi.py
        return _is_translation(node.args[0])
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in TRANSLATE


def _operands(node: ast.AST) -> list[ast.AST]:
    """The leaves of a chain of `+` / `%` (a + b + c)."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _operands(node.left) + _operands(node.right)
    if isinstance(node, ast.Tuple):  # "%s : %s" % (a, b)
        return [leaf for element in node.elts for leaf in _operands(element)]
    return [node]


def _has_sign(node: ast.AST) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)
            and any(sign in node.value for sign in SIGNS))


def glued(source: str, filename: str = "<source>") -> list[str]:
    """Where `source` glues translated pieces or signs: 'file:line what'."""
    found = []
    tree = ast.parse(source, filename)
    # a + b + c is one chain: judged once, at its top.
    inner = {id(side) for node in ast.walk(tree)
             if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod))
             for side in (node.left, node.right)}
    for node in ast.walk(tree):
        what = ""
        if id(node) in inner:
            continue
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
            leaves = _operands(node)
            if any(_is_translation(leaf) for leaf in leaves):
                what = "translated text glued with + or %"
            elif any(_has_sign(leaf) for leaf in leaves) and len(leaves) > 1:
                what = "a sign glued with +"
        elif isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
            if any(_is_translation(leaf) for leaf in _operands(node.value)):
                what = "translated text glued with +="
        elif isinstance(node, ast.JoinedStr):
            if any(isinstance(v, ast.FormattedValue) and _is_translation(v.value)
                   for v in node.values):
                what = "translated text inside an f-string"
            elif any(_has_sign(inner) for inner in ast.walk(node)):
                what = "a sign glued in an f-string"
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "format" and isinstance(node.func.value, ast.Constant)
              and (_has_sign(node.func.value) or any(
                  _is_translation(inner) for arg in [*node.args, *node.keywords]
                  for inner in ast.walk(arg)))):
            what = "an untranslated template around translated text or a sign"
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "join" and isinstance(node.func.value, ast.Constant)
              and node.func.value.value != "\n"
              and any(_is_translation(inner) for arg in node.args for inner in ast.walk(arg))):
            what = f"translated texts joined with {node.func.value.value!r}"
        if what:
            found.append(f"{filename}:{node.lineno} {what}")
    return found


def test_the_ui_never_glues_translated_pieces_or_signs() -> None:
    files = sorted(UI.rglob("*.py"))
    assert len(files) > 40
    found = [hit for path in files
             for hit in glued(path.read_text(encoding="utf-8"), str(path.relative_to(UI)))]
    assert found == []


def test_the_check_sees_each_way_of_gluing() -> None:
    bad = {
        '"⚠ " + self.tr("Ce mot de passe n\'est pas le bon.")': "glued with +",
        'self.tr("Le code.") + " " + self.tr("Il marche 10 minutes.")': "glued with +",
        'QCoreApplication.translate("C", "Il reste {n} essais.").format(n=2) + x': "glued",
        '"%s : %s" % (label, tr("Jour"))': "glued with + or %",
        'f"{text} : {QCoreApplication.translate(\'C\', \'Jour\')}"': "inside an f-string",
        'f"⚠ {text}"': "a sign glued in an f-string",
        'f"{number}. {step} ✔"': "a sign glued in an f-string",
        'f"{\'▾\' if shown else \'▸\'} {summary}"': "a sign glued in an f-string",
        '"✔ " + answer': "a sign glued with +",
        '" ".join([self.tr("Un."), self.tr("Deux.")])': "joined with ' '",
        '"{a} : {b}".format(a=label, b=tr("Jour"))': "an untranslated template",
        '"⚠ {}".format(message)': "an untranslated template",
    }
    for source, what in bad.items():
        hits = glued(source)
        assert len(hits) == 1 and what in hits[0], (source, hits)

    good = [
        'self.tr("⚠ Ce mot de passe n\'est pas le bon.")',
        'self.tr("⚠ {message}").format(message=text)',
        '"\\n".join(self.tr("• {item}").format(item=i) for i in items)',
        'f"{object_name}Field"',  # an object name, not text for the person
        'steps = tr("1. Un.\\n2. Deux.") if short else tr("1. Un.\\n2. Deux.\\n3. Trois.")',
        '"".join(text.split())',
    ]
    for source in good:
        assert glued(source) == [], source
