"""make test's scheduler keeps a module with a module-scoped fixture in one worker (tests/support/xdist_groups.py)."""

from __future__ import annotations

from pathlib import Path

from tests.support.xdist_groups import module_fixtures, shares_a_module_fixture

ROOT = Path(__file__).resolve().parents[2]


def test_module_scoped_fixtures_are_found_however_the_decorator_is_written() -> None:
    source = """
import pytest

@pytest.fixture(scope="module", params=("de", "en"))
def cat(request): ...

@pytest.fixture(
    scope="package",
)
def wide(): ...

@pytest.fixture
def narrow(): ...

@pytest.fixture(scope="session")
def session_wide(): ...
"""
    assert module_fixtures(source) == ["cat", "wide"]


def test_a_module_using_its_conftests_module_fixture_is_one_group(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        'import pytest\n\n@pytest.fixture(scope="module")\ndef demo_dir(): ...\n', encoding="utf-8"
    )
    (tmp_path / "test_uses.py").write_text("def test_a(demo_dir): ...\n", encoding="utf-8")
    (tmp_path / "test_plain.py").write_text("def test_b(tmp_path): ...\n", encoding="utf-8")
    assert shares_a_module_fixture(tmp_path / "test_uses.py", tmp_path)
    assert not shares_a_module_fixture(tmp_path / "test_plain.py", tmp_path)


def test_the_expensive_modules_of_the_suite_are_grouped() -> None:
    for module in (
        "tests/ui/test_window_fit.py",
        "tests/reports/test_documents.py",
        "tests/packaging/test_wheel.py",
    ):
        assert shares_a_module_fixture(ROOT / module, ROOT), module
    assert not shares_a_module_fixture(ROOT / "tests/store/test_actor_service.py", ROOT)
