# minutesparse — two commands:
#   make demo   set everything up, parse the bundled samples and show the result
#   make test   set everything up and run the whole test suite
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup os-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

# OCR for scanned minutes: tesseract with Czech data, from Debian packages when we may install them.
os-deps:
	@if command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx ces; then \
	  echo "tesseract with Czech data: present"; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-ces poppler-utils >/dev/null) \
	    || echo "warning: could not install tesseract; scanned PDFs will be reported as scanned_no_text"; \
	else \
	  echo "warning: tesseract-ocr + tesseract-ocr-ces not installed (needs root/apt); scanned PDFs will be reported, not OCR'd"; \
	fi

setup: os-deps $(STAMP)

DEMO_ARCHIVE := build/demo-archive

demo: setup
	$(BIN)/minutesparse parse samples/*.pdf --out build/parsed
	$(BIN)/minutesparse parse samples/smart_city_liberec.pdf --format text
	$(BIN)/minutesparse import samples --archive $(DEMO_ARCHIVE)
	$(BIN)/minutesparse stats --archive $(DEMO_ARCHIVE)
	$(BIN)/minutesparse search "Prachaře" --type task --archive $(DEMO_ARCHIVE)
	$(BIN)/minutesparse search "rozpocet" --type resolution --facets --archive $(DEMO_ARCHIVE)

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build .pytest_cache
