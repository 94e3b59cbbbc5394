"""The import graph of aidant_app, read from the AST: no cycle, and the widget kit below pages.

Python lets two modules import each other as long as one of them does it inside a function,
late enough: the cycle then works by accident of timing and breaks when someone moves an
import to the top. This test reads every module's source (the AST, not what happens to be
loaded), takes each import statement wherever it stands (module level, function, method,
class, try/except), resolves it to a module of aidant_app, and fails on any cycle.

Imports under `if TYPE_CHECKING:` are left out: they never run, they name types for the
annotations only, so they cannot make a module load half-built.
"""

from __future__ import annotations

import ast
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = PROJECT_ROOT / "aidant_app"


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = [root.name, *path.relative_to(root).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(importer: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute module an ImportFrom names (`from ..x import y` -> 'aidant_app.x')."""
    if not node.level:
        return node.module or ""
    base = importer.split(".")
    # A module's `.` is its package; a package's `.` is itself.
    keep = len(base) - node.level + (1 if is_package else 0)
    return ".".join([*base[:keep], *([node.module] if node.module else [])])


def _is_type_check(node: ast.AST) -> bool:
    test = getattr(node, "test", None) if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement at any depth, except those only run by a type checker."""
    found: list[ast.Import | ast.ImportFrom] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        elif _is_type_check(node):
            todo.extend(node.orelse)  # the `else:` of a TYPE_CHECKING test does run
        else:
            todo.extend(ast.iter_child_nodes(node))
    return found


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    """module -> the modules of the same tree it imports, wherever the import statement is.

    `from a import b` is an edge to the module a.b when b is one, else to a (a name defined
    in a's __init__). Edges to modules outside the tree are left out.
    """
    files = {module_name(p, root): p for p in sorted(root.rglob("*.py"))}
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        is_package = path.name == "__init__.py"
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                module = _resolve(name, is_package, node)
                for alias in node.names:
                    sub = f"{module}.{alias.name}"
                    targets.append(sub if sub in files else module)
            for target in targets:
                # `import a.b.c` binds a and loads a.b.c: the edge is to the deepest one known.
                while target and target not in files:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected group of two or more modules (Tarjan), as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        # Iterative: a deep import chain must not hit Python's recursion limit.
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return sorted(found)


def test_no_import_cycle_in_aidant_app() -> None:
    graph = import_graph()
    assert len(graph) > 50  # the whole package was read
    assert cycles(graph) == []


def reach(graph: dict[str, set[str]], start: str) -> set[str]:
    """Every module `start` loads, directly or through others."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        for target in graph[todo.pop()] - seen:
            seen.add(target)
            todo.append(target)
    return seen


def test_the_widget_kit_reaches_no_page_and_no_use_case() -> None:
    """ui/widgets/ is generic: no page, no browser or clipboard (ui/desktop.py), no use case,
    no client, no keyring, not even through another module."""
    graph = import_graph()
    kit = sorted(name for name in graph if name.startswith("aidant_app.ui.widgets"))
    assert len(kit) > 8
    above = ("aidant_app.ui.pages", "aidant_app.ui.desktop", "aidant_app.ui.window",
             "aidant_app.ui.controller", "aidant_app.actions", "aidant_app.api",
             "aidant_app.vault", "aidant_app.server", "aidant_app.app")
    reached = {name: sorted(m for m in reach(graph, name) if m.startswith(above)) for name in kit}
    assert {name: found for name, found in reached.items() if found} == {}


# The account form's inputs, table and failure plan: the form's fields are being made
# Qt-free data (issue 17); these leave ui/pages/ with that work.
NOT_YET_PAGES = {"account_fields", "account_table", "account_outcome", "birth_date"}


def test_ui_pages_holds_pages_only() -> None:
    """Each module of ui/pages/ defines a page (a class built on JourneyPage or on a page
    of ui/pages/); page sections live in ui/sections/, generic widgets in ui/widgets/."""
    pages_dir = PACKAGE / "ui" / "pages"
    page_classes = {"JourneyPage"}
    classes = {}
    for path in sorted(pages_dir.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes[path.stem] = [(node.name, [getattr(b, "id", getattr(b, "attr", ""))
                                           for b in node.bases])
                              for node in tree.body if isinstance(node, ast.ClassDef)]
    changed = True
    while changed:  # pages built on pages built on JourneyPage (ChoicePage, its questions)
        found = {name for defined in classes.values() for name, bases in defined
                 if page_classes & set(bases)}
        changed = not found <= page_classes
        page_classes |= found
    not_pages = sorted(stem for stem, defined in classes.items()
                       if stem not in {"__init__", "base"} | NOT_YET_PAGES
                       and not any(name in page_classes for name, _ in defined))
    assert not_pages == []
    assert len(page_classes) > 12


def test_views_never_import_the_api() -> None:
    """Pages, their sections and the kit reach the backend through use cases only."""
    graph = import_graph()
    views = ("aidant_app.ui.pages", "aidant_app.ui.sections", "aidant_app.ui.widgets")
    direct = {name: sorted(t for t in targets if t.startswith("aidant_app.api"))
              for name, targets in graph.items() if name.startswith(views)}
    assert {name: found for name, found in direct.items() if found} == {}


def test_the_check_sees_a_cycle_hidden_in_a_function(tmp_path: Path) -> None:
    """A cycle closed by a function-level import, or by `import a.b.c` in a method, is
    found; one through a TYPE_CHECKING block only is not (it never runs), nor is a module
    importing its own package's names."""
    root = tmp_path / "aidant_app"
    (root / "ui" / "pages").mkdir(parents=True)
    (root / "core").mkdir()
    files = {
        "__init__.py": "",
        "ui/__init__.py": "",
        "ui/dialog.py": "def show():\n    from .pages import parts\n",
        "ui/pages/__init__.py": "",
        "ui/pages/parts.py": "def open_url():\n    from ..dialog import show\n",
        "ui/pages/start.py": "from . import parts\nfrom .parts import open_url\n",
        "core/__init__.py": "from .state import State\n",
        "core/state.py": "import typing\nif typing.TYPE_CHECKING:\n"
                         "    from aidant_app.core.flow import Step\nclass State: ...\n",
        "core/flow.py": "import aidant_app.core.state\nclass Step: ...\n",
        "core/leaf.py": "from aidant_app import core\n",
        "core/rules.py": "class Rule:\n    def check(self):\n        import aidant_app.core.text.x\n",
        "core/text.py": "try:\n    from .rules import Rule\nexcept ImportError:\n    Rule = None\n",
    }
    for name, source in files.items():
        (root / name).write_text(source, encoding="utf-8")

    graph = import_graph(root)

    assert graph["aidant_app.ui.pages.start"] == {"aidant_app.ui.pages.parts"}
    assert graph["aidant_app.core.leaf"] == {"aidant_app.core"}
    assert reach(graph, "aidant_app.ui.pages.start") == {
        "aidant_app.ui.pages.parts", "aidant_app.ui.dialog"}
    assert graph["aidant_app.core.state"] == set()  # the type checker's import only
    assert graph["aidant_app.core.flow"] == {"aidant_app.core.state"}
    assert cycles(graph) == [
        ["aidant_app.core.rules", "aidant_app.core.text"],
        ["aidant_app.ui.dialog", "aidant_app.ui.pages.parts"],
    ]
