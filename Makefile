# hoinghi — two commands are all a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO_DB ?= var/demo.sqlite
QM     := resources/translations/hoinghi_vi.qm resources/translations/hoinghi_en.qm
TS     := $(wildcard resources/translations/*.ts)

.PHONY: run test test-quick lint bench screenshots package translations update-translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --compile -e ".[test]"
	touch $(STAMP)

# Translations are compiled from the .ts sources; no binary is committed.
translations: $(STAMP)
	@for ts in $(TS); do \
	  $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; \
	done

# After changing user-visible strings: refresh the catalogue, then translate the new entries
# (Qt Linguist, or any editor); tests/gui/test_language_and_settings.py checks none is missing.
TR_SOURCES = $(shell find desktop_app/ui -name '*.py' | sort) desktop_app/messages.py desktop_app/app.py
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations relative $(TR_SOURCES) -ts resources/translations/hoinghi_vi.ts
	# English needs only its plural forms ("1 person", "2 people"): the sources are English.
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -pluralonly -target-language en -locations relative \
	  $(TR_SOURCES) -ts resources/translations/hoinghi_en.ts

$(DEMO_DB): | $(STAMP)
	mkdir -p $(dir $(DEMO_DB))
	$(VENV)/bin/hoinghi demo $(DEMO_DB)

run: $(STAMP) translations $(DEMO_DB)
	$(VENV)/bin/hoinghi gui --db $(DEMO_DB)

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop_app tests benchmarks tools
	$(VENV)/bin/lint-imports

test: $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Benchmarks against baselines measured in the same run; writes docs/benchmarks.md (benchmarks/README.md).
# Not part of `make test`: performance is measured here, never asserted in tests.
bench: $(STAMP)
	$(PY) -m benchmarks $(BENCH_ARGS)

test-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not gui and not slow"

# Pictures of every view in both languages for the README, from a fresh demo database. The first-start
# picture runs with a typical user's HOME (nothing is written there), so it shows where databases go.
SHOTS_DB := var/screenshots/demo.sqlite
SHOT     := $(VENV)/bin/hoinghi screenshot --db $(SHOTS_DB)
screenshots: $(STAMP) translations
	rm -rf var/screenshots && mkdir -p var/screenshots docs/screenshots
	$(VENV)/bin/hoinghi demo $(SHOTS_DB) >/dev/null
	@for lang in vi en; do \
	  for view in conferences attendees topics stats; do \
	    $(SHOT) --view $$view --lang $$lang --out docs/screenshots/$$view-$$lang.png || exit 1; \
	  done; \
	  $(SHOT) --view desk --lang $$lang --type "duc" --out docs/screenshots/desk-search-$$lang.png || exit 1; \
	  $(SHOT) --view desk --lang $$lang --type "dang thi hoa" --enter --out docs/screenshots/desk-$$lang.png \
	    || exit 1; \
	  $(SHOT) --view desk --lang $$lang --type "duong xuan huyen" --enter \
	    --out docs/screenshots/desk-already-$$lang.png || exit 1; \
	  HOME=/home/van-thu $(VENV)/bin/hoinghi screenshot --view welcome --lang $$lang \
	    --out docs/screenshots/welcome-$$lang.png || exit 1; \
	done

# The one-folder program in dist/hoinghi, smoke-tested; see packaging/README.md.
# Pinned versions (packaging/constraints-release.txt); signed when a certificate is configured
# (HOINGHI_SIGN_PFX …, packaging/README.md "Signing").
package: $(STAMP) translations
	$(PY) -m pip install --quiet -c packaging/constraints-release.txt -e ".[package]"
	$(PY) packaging/build.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache var
