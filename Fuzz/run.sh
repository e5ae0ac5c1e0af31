#!/bin/sh
# Builds the libFuzzer target outside SwiftPM and runs it.
#
#   Fuzz/run.sh [libFuzzer options...]      default: -max_total_time=600 on Fuzz/corpus
#   FUZZ_BUILD_ONLY=1 Fuzz/run.sh           build only
#
# swiftc -sanitize=fuzzer,address compiles TimelineModel's sources (but those that import
# GRDB: Fuzz/ReadingCacheStub.swift stands in for the reading cache), the shared harness
# (Tests/TimelineModelTests/InputHarness.swift) and Fuzz/FuzzTarget.swift into one module;
# Yams (and its C part, CYaml) is compiled from the checkout SwiftPM made in .build/checkouts
# (run `swift build` once first), instrumented for coverage too, so YAML paths are explored.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${FUZZ_OUT:-$ROOT/.build/fuzz}
YAMS=${YAMS_DIR:-$ROOT/.build/checkouts/Yams}
SWIFTC=${SWIFTC:-swiftc}
CLANG=${CLANG:-$(dirname "$(command -v "$SWIFTC")")/clang}
[ -d "$YAMS/Sources/Yams" ] || { echo "run.sh: no Yams checkout at $YAMS; run 'swift build' first or set YAMS_DIR" >&2; exit 2; }
mkdir -p "$OUT/obj" "$OUT/modules" "$OUT/crashes" "$OUT/work/corpus"

stamp="$OUT/timeline-fuzz"
newer=$(find "$ROOT/Sources/TimelineModel" "$ROOT/Fuzz" "$ROOT/Tests/TimelineModelTests/InputHarness.swift" -name '*.swift' -newer "$stamp" 2>/dev/null | head -n 1 || true)
if [ ! -x "$stamp" ] || [ -n "$newer" ]; then
  if [ ! -f "$OUT/modules/Yams.swiftmodule" ]; then
    echo "building CYaml and Yams (coverage + ASan)..."
    for c in "$YAMS"/Sources/CYaml/src/*.c; do
      "$CLANG" -c -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC \
        -I "$YAMS/Sources/CYaml/include" "$c" -o "$OUT/obj/cyaml_$(basename "$c" .c).o"
    done
    "$SWIFTC" -swift-version 5 -O -g -wmo -parse-as-library -module-name Yams -D SWIFT_PACKAGE \
      -sanitize=fuzzer,address -Xcc -DYAML_DECLARE_STATIC \
      -I "$YAMS/Sources/CYaml/include" \
      -emit-module -emit-module-path "$OUT/modules/Yams.swiftmodule" \
      -c "$YAMS"/Sources/Yams/*.swift -o "$OUT/obj/Yams.o"
  fi
  echo "building timeline-fuzz..."
  # shellcheck disable=SC2046
  "$SWIFTC" -swift-version 6 -O -g -parse-as-library -module-name TimelineModel -D TIMELINE_FUZZ \
    -sanitize=fuzzer,address \
    -I "$OUT/modules" -I "$YAMS/Sources/CYaml/include" -Xcc -DYAML_DECLARE_STATIC \
    $(grep -rL '^import GRDB' --include='*.swift' "$ROOT/Sources/TimelineModel" | sort) \
    "$ROOT/Tests/TimelineModelTests/InputHarness.swift" "$ROOT/Fuzz/FuzzTarget.swift" "$ROOT/Fuzz/ResourceBundle.swift" \
    "$ROOT/Fuzz/ReadingCacheStub.swift" \
    "$OUT"/obj/*.o -o "$stamp"
fi
[ -n "${FUZZ_BUILD_ONLY:-}" ] && exit 0

# The shipped word lists only: a user's ~/.config/timeline additions would change what runs.
export TIMELINE_RESOURCES="$ROOT/Sources/TimelineModel"
export XDG_CONFIG_HOME="$OUT/work/config"
# libFuzzer reports crashes itself; the Swift backtracer would only add noise (and an ASan
# report of its own memory reads).
export SWIFT_BACKTRACE=enable=no
mkdir -p "$XDG_CONFIG_HOME"
# Files as arguments: run just those inputs (to reproduce a crash), e.g.
#   Fuzz/run.sh .build/fuzz/crashes/crash-…
if [ $# -gt 0 ] && [ -f "$1" ]; then exec "$stamp" -timeout=10 -rss_limit_mb=2048 "$@"; fi
# New inputs go to the work folder; the committed seeds in Fuzz/corpus stay as they are.
if [ $# -eq 0 ]; then set -- -max_total_time=600; fi
exec "$stamp" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -artifact_prefix="$OUT/crashes/" \
  -dict="$ROOT/Fuzz/timeline.dict" "$@" "$OUT/work/corpus" "$ROOT/Fuzz/corpus"
