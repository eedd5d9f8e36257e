"""The team's limits on function size: no function over 60 lines or cyclomatic complexity 15.

Run by ``make lint`` (``python tests/code_shape.py data_prep``) and by the test suite.
"""

from __future__ import annotations

import sys
from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Function

MAX_LINES = 60
MAX_COMPLEXITY = 15


def violations(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        blocks = cc_visit(path.read_text(encoding="utf-8"))
        functions = [b for b in blocks if isinstance(b, Function)]
        functions += [m for b in blocks if not isinstance(b, Function) for m in b.methods]
        for block in functions:
            lines = block.endline - block.lineno + 1
            name = f"{path}:{block.lineno} {block.fullname}"
            if block.complexity > MAX_COMPLEXITY:
                found.append(f"{name}: cyclomatic complexity {block.complexity} > {MAX_COMPLEXITY}")
            if lines > MAX_LINES:
                found.append(f"{name}: {lines} lines > {MAX_LINES}")
    return found


def main(argv: list[str]) -> int:
    problems = [line for folder in argv or ["data_prep"] for line in violations(Path(folder))]
    print("\n".join(problems) or "code shape: every function within limits")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
