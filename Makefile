# Circle — the two commands in the README, and what they need.
#
#   make demo   build Circle and run the demonstration
#   make demo-report   a try-out store (about 40 rehearsed sessions, three teams, two quarters) and its report
#   make test   build Circle and run every test
#   make install [PREFIX=/usr/local] [DESTDIR=]   a release build of circle, its data and docs
#   make uninstall [PREFIX=/usr/local] [DESTDIR=]
#   make bench-privacy   the anonymiser beside Microsoft Presidio (installs Presidio in a venv)
#   make bench-compile   the report compiler beside sqlite3 and DuckDB (installs DuckDB in a venv)
#   make bench-postgres   the theme store on PostgreSQL beside SQLite (starts a throwaway server)
#
# Both install the system libraries Circle needs (Debian packages) when missing.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := liblua5.4-dev libsqlite3-dev sqlite3 pkg-config

.PHONY: demo demo-report test test-asan deps browser postgres release install uninstall bench-privacy bench-compile bench-postgres

deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists lua5.4 sqlite3 || ! command -v sqlite3 >/dev/null 2>&1; then \
		echo "Installing $(APT_PACKAGES) ..."; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

# The room display's real-browser tests drive Debian's headless Chromium, read the join link's QR
# code back with zbarimg (zbar-tools), and write through nginx over HTTPS (openssl makes its certificate).
# The PDF report's test reads the printed PDF back with pdftotext (poppler-utils).
BROWSER_PACKAGES := chromium zbar-tools nginx openssl poppler-utils
browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v zbarimg >/dev/null 2>&1 || ! test -x /usr/sbin/nginx || ! command -v openssl >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then \
		echo "Installing $(BROWSER_PACKAGES) (for the room display's browser, QR code and reverse-proxy tests, and the PDF report's) ..."; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER_PACKAGES); \
	fi

# The store's tests run on SQLite and on a real PostgreSQL server (Debian's postgresql), which
# Scripts/tools/postgres-test-server.sh starts on a temporary directory and port and stops afterwards.
POSTGRES_PACKAGES := postgresql openssl python3
postgres:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v openssl >/dev/null 2>&1 || ! command -v python3 >/dev/null 2>&1; then \
		echo "Installing $(POSTGRES_PACKAGES) (for the PostgreSQL store's tests) ..."; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(POSTGRES_PACKAGES); \
	fi

demo: deps
	$(SWIFT) build --product circle
	$(SWIFT) run circle rehearse parallel-process-case-discussion \
		--rehearsal Scenarios/rehearsals/parallel_process_case_discussion.yaml --show-record

# A try-out middle leader's store built from rehearsals kept with dates, and the 2026-Q3 report it gives.
demo-report: deps
	$(SWIFT) build --product circle
	Scripts/tools/demo-report.sh "$$($(SWIFT) build --show-bin-path)/circle"

# The room display's network tests run on their own, after the rest: their deadlines (a page within
# a second while under attack, a stream's first event) measure the server, and on two cores the
# property tests running beside them would measure the scheduler instead.
ROOM_TESTS := RoomTests\.|RoomCommandTests
WITH_POSTGRES := Scripts/tools/postgres-test-server.sh run
test: deps browser postgres
	$(SWIFT) build --build-tests
	$(WITH_POSTGRES) $(SWIFT) test --skip-build --skip '$(ROOM_TESTS)'
	$(SWIFT) test --skip-build --filter '$(ROOM_TESTS)'
	$(SWIFT) test --package-path Packages/LuaKit

# LuaKit's tests under AddressSanitizer: LuaKit is a package of its own, so only it is built sanitized.
test-asan: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan-suppressions.txt \
	$(SWIFT) test --package-path Packages/LuaKit --sanitize=address

# Installing: bin/circle, and beside it share/circle/{formats,lib,themes.lua,circle.d.lua} (where
# circle looks for its data) and share/doc/circle (the README and guides). CIRCLE_BINARY installs
# an already built circle instead of making a release build (the CLI tests install a debug one).
PREFIX ?= /usr/local
CIRCLE_BINARY ?=
BINDIR = $(DESTDIR)$(PREFIX)/bin
DATADIR = $(DESTDIR)$(PREFIX)/share/circle
DOCDIR = $(DESTDIR)$(PREFIX)/share/doc/circle
SHIPPED = $(shell cd Scripts && find formats lib -type f ! -name '.*' | sort) themes.lua circle.d.lua
DOCS = README.md $(wildcard docs/*.md)

release: deps
	$(SWIFT) build -c release --product circle

install: $(if $(CIRCLE_BINARY),,release)
	install -d "$(BINDIR)"
	install -m 755 "$(or $(CIRCLE_BINARY),.build/release/circle)" "$(BINDIR)/circle"
	cd Scripts && for file in $(SHIPPED); do install -D -m 644 "$$file" "$(abspath $(DATADIR))/$$file"; done
	for file in $(DOCS); do install -D -m 644 "$$file" "$(DOCDIR)/$$file"; done

uninstall:
	rm -f "$(BINDIR)/circle"
	for file in $(SHIPPED); do rm -f "$(DATADIR)/$$file"; done
	for file in $(DOCS); do rm -f "$(DOCDIR)/$$file"; done
	for folder in "$(DATADIR)" "$(DOCDIR)"; do [ ! -d "$$folder" ] || find "$$folder" -depth -type d -empty -delete; done

# The anonymiser beside Microsoft Presidio on the labelled corpus in Benchmarks/privacy. Presidio is
# Python: it goes in a virtual environment under .build-bench (never needed by make test). pip
# brings spaCy with it; the benchmark uses spaCy's blank English pipeline, so no model is downloaded.
PRESIDIO_VENV := .build-bench/presidio-venv
PRESIDIO_VERSION := 2.2.366
bench-privacy: deps
	@if ! $(PRESIDIO_VENV)/bin/python -c 'import presidio_analyzer' >/dev/null 2>&1; then \
		echo "Installing presidio-analyzer $(PRESIDIO_VERSION) (and spaCy, which it needs) into $(PRESIDIO_VENV) for the privacy benchmark ..."; \
		python3 -m venv --help >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; }; \
		python3 -m venv $(PRESIDIO_VENV) && $(PRESIDIO_VENV)/bin/pip install -q presidio-analyzer==$(PRESIDIO_VERSION); \
	fi
	$(SWIFT) build -c release --product circle-bench --scratch-path .build-bench
	.build-bench/release/circle-bench privacy --python $(PRESIDIO_VENV)/bin/python

# The report compiler on 1,000,000 theme rows beside sqlite3 and DuckDB (the same counts on the same
# rows). DuckDB comes from PyPI into a virtual environment under .build-bench (never needed by make test).
DUCKDB_VENV := .build-bench/duckdb-venv
bench-compile: deps
	@if ! $(DUCKDB_VENV)/bin/python -c 'import duckdb' >/dev/null 2>&1; then \
		echo "Installing duckdb into $(DUCKDB_VENV) for the compile benchmark ..."; \
		python3 -m venv --help >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; }; \
		python3 -m venv $(DUCKDB_VENV) && $(DUCKDB_VENV)/bin/pip install -q duckdb; \
	fi
	$(SWIFT) build -c release --product circle-bench --scratch-path .build-bench
	.build-bench/release/circle-bench --only compile --duckdb-python $(DUCKDB_VENV)/bin/python

# The theme store on a throwaway PostgreSQL server (durable: fsync on, as a real one) beside SQLite:
# 10,000 bundles imported, and the compile benchmark's 1,000,000 theme rows compiled.
bench-postgres: deps postgres
	$(SWIFT) build -c release --product circle-bench --scratch-path .build-bench
	CIRCLE_POSTGRES_DURABLE=1 $(WITH_POSTGRES) sh -c '.build-bench/release/circle-bench --only store --postgres "$$CIRCLE_TEST_POSTGRES"'
