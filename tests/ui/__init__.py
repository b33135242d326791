"""pytest-qt tests of the window, pages and dialogs (a package, so a test module may share its name with one in tests/store)."""
