"""The package's import rules (docs/architecture.md): imports flow one way, no module-level cycles.

Parses every module of ``qa/`` (imports inside functions included) without importing anything.
"""
from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "qa"

# Lower rank = lower in the pipeline. A module may import its own rank or lower, never higher.
RANK = {"text": 0, "errors": 0, "types": 0, "ingest": 1, "config": 2, "validation": 2, "store": 3, "retrieve": 4, "answer": 5,
        "engine": 6, "evaluation": 7, "bench": 7, "cli": 7, "web": 7, "__main__": 7, "devtools": 7}


def _modules() -> dict[str, Path]:
    out = {}
    for f in PKG.rglob("*.py"):
        parts = list(f.relative_to(PKG.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = f
    return out


def _imports(name: str, path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    pkg = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("qa.")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")[: len(pkg.split(".")) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if mod.startswith("qa.") or mod == "qa":
                found.add(mod)
                found |= {f"{mod}.{a.name}" for a in node.names}
    return found


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    return {m: {i for i in _imports(m, p) if i in mods and i != "qa"} for m, p in mods.items()}


def _stage(module: str) -> str:
    return module.split(".")[1] if module.count(".") >= 1 else "qa"


def test_imports_flow_one_way() -> None:
    bad = []
    for mod, deps in _graph().items():
        if mod == "qa":
            continue
        for dep in deps:
            src, dst = _stage(mod), _stage(dep)
            if RANK.get(dst, 99) > RANK.get(src, -1):
                bad.append(f"{mod} imports {dep} ({src} → {dst})")
    assert not bad, "upward imports:\n" + "\n".join(sorted(bad))


def test_no_import_cycles() -> None:
    graph = {m: {d for d in deps if d != "qa"} for m, deps in _graph().items() if m != "qa"}
    # a sub-package's __init__ importing its own modules is not a cycle of the pipeline
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for dep in graph.get(node, ()):
            if dep == node or node.startswith(dep + ".") and dep in graph and _is_pkg_init(dep):
                continue
            if state.get(dep) == 1:
                cycles.append(stack[stack.index(dep):] + [dep] if dep in stack else [node, dep])
            elif not state.get(dep):
                visit(dep, stack + [dep])
        state[node] = 2

    for m in graph:
        if not state.get(m):
            visit(m, [m])
    assert not cycles, "import cycles: " + "; ".join(" → ".join(c) for c in cycles)


def _is_pkg_init(module: str) -> bool:
    return (PKG.parent / module.replace(".", "/") / "__init__.py").exists()


def test_modules_stay_small() -> None:
    big = {str(p.relative_to(PKG.parent)): n for p in PKG.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 520}
    assert not big, f"modules over ~500 lines: {big}"
    app = PKG.parent / "app.py"
    assert len(app.read_text(encoding="utf-8").splitlines()) <= 60
