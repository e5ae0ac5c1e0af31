# Two commands on a fresh Debian machine with Swift 6: `make run` and `make test`.
SWIFT   ?= swift
CORPUS  ?= seeds
APT_PKGS = libncursesw5-dev libsqlite3-dev pkg-config tmux locales
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test build release deps bench clean

# Installs the system packages the build and the tests need, only when one is missing.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || missing="$$missing libncursesw5-dev"; \
	[ -f /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product timeline

run: release
	./.build/release/timeline $(CORPUS)

test: build
	TIMELINE_BIN=$(CURDIR)/.build/debug/timeline LC_ALL=C.UTF-8 $(SWIFT) test

bench: deps
	$(SWIFT) build -c release --product timeline
	$(SWIFT) build -c release --product timeline-bench
	./.build/release/timeline-bench seeds

clean:
	rm -rf .build
