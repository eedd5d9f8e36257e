from pathlib import Path

import pytest

from tests.code_shape import MAX_COMPLEXITY, violations

ROOT = Path(__file__).resolve().parents[1]


def test_every_data_prep_function_is_within_the_limits():
    assert violations(ROOT / "data_prep") == []


def test_the_checker_reports_a_complex_function(tmp_path):
    branches = "\n".join(f"    if x == {i}:\n        return {i}" for i in range(MAX_COMPLEXITY))
    (tmp_path / "module.py").write_text(f"def tangled(x):\n{branches}\n    return -1\n")
    assert violations(tmp_path) == [
        f"{tmp_path / 'module.py'}:1 tangled: cyclomatic complexity "
        f"{MAX_COMPLEXITY + 1} > {MAX_COMPLEXITY}"
    ]


@pytest.mark.parametrize("lines", [10, 70])
def test_the_checker_counts_lines(tmp_path, lines):
    body = "\n".join(f"    x += {i}" for i in range(lines))
    (tmp_path / "module.py").write_text(f"def long(x):\n{body}\n    return x\n")
    assert bool(violations(tmp_path)) is (lines + 2 > 60)
