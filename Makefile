# The two commands of the README: `make run` and `make test`. Everything else is set up on the way.
# The newest suitable interpreter: 3.12 first (see pyproject.toml on PySide6 and 3.11), then python3.
PYENV  := $(or $(PYENV_ROOT),$(HOME)/.pyenv)
PYTHON ?= $(shell for p in python3.12 $(PYENV)/versions/3.12*/bin/python3 python3.13 \
            $(PYENV)/versions/3.13*/bin/python3 python3; do \
            $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; \
          done)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
RUN_STAMP := $(VENV)/.installed-run
TS     := resources/translations/vopi_de.ts resources/translations/vopi_en.ts
QM     := $(TS:.ts=.qm)

.PHONY: run test lint bench ts qm clean demo install-desktop bundle bundle-check

run: $(RUN_STAMP) qm
	$(BIN)/python tools/gui_deps.py
	$(BIN)/vopi-desktop

# The suite in parallel (pytest-xdist, one worker per core, at most 4): each worker has its own PostgreSQL
# server and temp folders; a module sharing a module-scoped fixture runs in one worker (tests/support/xdist_groups.py).
# A single test or folder runs serially as before: `.venv/bin/python -m pytest tests/ui -q`.
PYTEST_PARALLEL ?= -n auto --maxprocesses=4 --dist loadgroup

test: $(STAMP) qm
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	QT_QPA_PLATFORM=offscreen VOPI_REQUIRE_POSTGRES=1 $(BIN)/python -m pytest -q $(PYTEST_PARALLEL)

bench: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

# Running needs only the app; testing adds the test tools and the PostgreSQL driver.
$(RUN_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUN_STAMP)

$(STAMP): $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	touch $(STAMP)

qm: $(QM)

# The .qm files are committed (a wheel needs them without Qt tools); this refreshes them after `make ts`.
resources/translations/%.qm: resources/translations/%.ts $(RUN_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the sources after changing UI strings, then translate what is new.
ts: $(STAMP)
	$(BIN)/python tools/i18n.py update

# The one-folder frozen program for this machine (dist/vopi-desktop-VERSION), and its smoke run from a
# folder outside the checkout with no Python on PATH (CI runs both after the tests).
bundle: $(RUN_STAMP) qm
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/vopi-desktop.spec

bundle-check: bundle
	$(BIN)/python packaging/check_bundle.py dist/vopi-desktop-$$($(BIN)/python -c 'import vopi_desktop as v; print(v.__version__)')

# Desktop entry, icon and the .vopi file type for this user (Linux), pointing at the venv's program.
install-desktop: $(STAMP)
	sh packaging/linux/install-desktop.sh "$(abspath $(BIN))/vopi-desktop"

clean:
	rm -rf $(VENV) resources/translations/*.qm
