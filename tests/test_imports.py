"""The import graph of jirga/ has no circles.

Edges are every ``import`` of a Jirga module, at the top of a file or inside a
function, plus the implicit import of a sub-package's ``__init__`` that Python runs
before a module inside it (for importers outside that package). The root ``jirga/__init__.py`` (the public API
façade, run first by any import) is the one node left out as a target.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "jirga"


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(source: str, name: str, is_package: bool, modules: set[str]) -> set[str]:
    """Jirga modules imported by one module's source (explicit and implicit)."""
    def known(target: str) -> str | None:
        while target and target not in modules:
            target = target.rpartition(".")[0]
        return target or None

    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                pkg = name if is_package else name.rpartition(".")[0]
                for _ in range(node.level - 1):
                    pkg = pkg.rpartition(".")[0]
                base = f"{pkg}.{base}" if base else pkg
            if base == "jirga" or base.startswith("jirga."):
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    found.add(full if full in modules else known(base))
        elif isinstance(node, ast.Import):
            found.update(known(a.name) for a in node.names if a.name.startswith("jirga"))
    for target in list(found):
        while target and "." in target:            # parent packages run first, unless
            target = target.rpartition(".")[0]     # the importer is inside them already
            if target != "jirga" and target in modules and not (name + ".").startswith(target + "."):
                found.add(target)
    found.discard(None)
    found.discard("jirga")
    found.discard(name)
    return found


def graph(root: Path = ROOT) -> dict[str, set[str]]:
    files = {module_name(p, root): p for p in root.rglob("*.py")}
    modules = set(files)
    return {m: imports_of(p.read_text(encoding="utf-8"), m, p.name == "__init__.py", modules)
            for m, p in files.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def test_imports_no_cycle_in_jirga():
    found = cycles(graph())
    assert not found, "import circles: " + "; ".join(" <-> ".join(c) for c in found)


def test_imports_cycle_is_found():
    edges = {"jirga.a": {"jirga.b"}, "jirga.b": {"jirga.c"}, "jirga.c": {"jirga.a"}, "jirga.d": {"jirga.a"}}
    assert cycles(edges) == [["jirga.a", "jirga.b", "jirga.c"]]


def test_imports_reads_function_level_and_package_imports():
    modules = {"jirga", "jirga.x", "jirga.x.y", "jirga.z"}
    src = "def f():\n    from jirga.x.y import thing\n"
    assert imports_of(src, "jirga.z", False, modules) == {"jirga.x.y", "jirga.x"}
    assert imports_of("from . import y\n", "jirga.x", True, modules) == {"jirga.x.y"}
