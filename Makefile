# Circle — the two commands in the README, and what they need.
#
#   make demo   build Circle and run the demonstration
#   make test   build Circle and run every test
#
# Both install the system libraries Circle needs (Debian packages) when missing.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := liblua5.4-dev libsqlite3-dev sqlite3 pkg-config

.PHONY: demo test test-asan deps browser

deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists lua5.4 sqlite3 || ! command -v sqlite3 >/dev/null 2>&1; then \
		echo "Installing $(APT_PACKAGES) ..."; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

# The room display's real-browser test drives Debian's headless Chromium.
browser:
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "Installing chromium (for the room display's browser test) ..."; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	fi

demo: deps
	$(SWIFT) build --product circle
	$(SWIFT) run circle rehearse parallel-process-case-discussion \
		--rehearsal Scenarios/rehearsals/parallel_process_case_discussion.yaml --show-record

test: deps browser
	$(SWIFT) test
	$(SWIFT) test --package-path Packages/LuaKit

# LuaKit's tests under AddressSanitizer: LuaKit is a package of its own, so only it is built sanitized.
test-asan: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan-suppressions.txt \
	$(SWIFT) test --package-path Packages/LuaKit --sanitize=address
