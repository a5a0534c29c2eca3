# Entry points for building and testing Weft; CMakePresets.json holds the build configurations.
# `make` leaves build/release/weft.  `make test` = unit tests + Python suite (see README.md).
# Knobs: JOBS (parallelism, default 2), TESTS (test files/dirs for tests/run.py), RUNFLAGS
# (extra tests/run.py flags), BENCHFLAGS (bench/run flags), CI=true turns warnings into errors.

PY       := /usr/bin/python3
JOBS     ?= 2
TESTS    ?=
RUNFLAGS ?=
BENCHFLAGS ?=
WERROR   := $(if $(CI),ON,OFF)
PRESETS  := release relwithasserts debug asan tsan

# $(call build_preset,PRESET[,cmake --build arguments]) configures (cheap when nothing changed)
# and builds; passing WEFT_WERROR every time keeps a CI build from inheriting a stale cache value.
define build_preset
	cmake --preset $(1) --log-level=WARNING -DWEFT_WERROR=$(WERROR)
	cmake --build --preset $(1) --parallel $(JOBS) $(2)
endef

# $(call run_suite,PRESET) runs the GoogleTest binary through ctest, then the Python suite with
# that preset's weft; both run even when the first fails, so one report shows everything.
define run_suite
	@status=0; \
	ctest --test-dir build/$(1) --output-on-failure -j $(JOBS) || status=1; \
	$(PY) tests/run.py --weft build/$(1)/weft --jobs $(JOBS) $(RUNFLAGS) $(TESTS) || status=1; \
	exit $$status
endef

.PHONY: all release demo test bench asan tsan cortex-m clean

all: release

release:
	tools/install_deps.sh host
	$(call build_preset,release,--target weft)

demo: release
	build/release/weft examples/demo.py

test:
	tools/install_deps.sh host
	$(call build_preset,release)
	$(call run_suite,release)

# A garbage-collected heap is not freed at exit, so leak checking is off unless asked for
# (make asan ASAN_OPTIONS=detect_leaks=1).  The options also apply to the build, because
# gtest_discover_tests runs the unit-test binary.
asan: export ASAN_OPTIONS ?= detect_leaks=0
asan: export UBSAN_OPTIONS ?= print_stacktrace=1
asan:
	tools/install_deps.sh host
	$(call build_preset,asan)
	$(call run_suite,asan)

tsan: export TSAN_OPTIONS ?= second_deadlock_stack=1
tsan:
	tools/install_deps.sh host
	$(call build_preset,tsan)
	$(call run_suite,tsan)

# Benchmarks against CPython (bench/run, see docs/performance.md), e.g. BENCHFLAGS=--quick.
bench: release
	$(PY) bench/run $(BENCHFLAGS)

cortex-m:
	tools/install_deps.sh cortex-m
	tools/check_cortex_m.sh

# Only the preset trees: build/ also holds engineers' private build directories.
clean:
	rm -rf $(addprefix build/,$(PRESETS) cortex-m)
