#!/usr/bin/env bash
# Proves the core needs no OS and no 64-bit word: compiles every core source (src/**/*.cpp; the
# ports are not core) for a Cortex-M4 with newlib, then prints the summed code size.
# Fails if any file fails to compile.  Usage: tools/check_cortex_m.sh   (JOBS=N for parallelism)
set -euo pipefail
cd "$(dirname "$0")/.."

CXX=arm-none-eabi-g++
SIZE=arm-none-eabi-size
OUT=build/cortex-m
JOBS=${JOBS:-2}
FLAGS="-std=c++20 -mcpu=cortex-m4 -mthumb -Os -fno-exceptions -fno-rtti -ffunction-sections
       -fdata-sections -Wall -Wextra -Iinclude -Isrc"

for tool in "$CXX" "$SIZE"; do
  command -v "$tool" >/dev/null || { echo "check_cortex_m: $tool not found (tools/install_deps.sh cortex-m)" >&2; exit 1; }
done

mapfile -t sources < <(find src -name '*.cpp' | sort)
if [ ${#sources[@]} -eq 0 ]; then
  echo "check_cortex_m: no source files under src/" >&2
  exit 1
fi

# newlib declares some POSIX functions, so compiling alone would not catch an OS dependency that
# only fails at link time on a device: the core must not include OS headers at all (design rule 5).
OS_HEADERS='thread|mutex|shared_mutex|condition_variable|future|chrono|iostream|fstream|filesystem|csignal|signal\.h|unistd\.h|pthread\.h|fcntl\.h|dlfcn\.h|sys/[a-z_]+\.h|windows\.h'
if grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*<($OS_HEADERS)>" src; then
  echo "check_cortex_m: the core includes OS headers (above); go through include/weft/port.hpp" >&2
  exit 1
fi

rm -rf "$OUT/obj"
for src in "${sources[@]}"; do mkdir -p "$OUT/obj/$(dirname "$src")"; done

# One compiler per file, JOBS at a time; xargs exits non-zero if any of them failed.
export CXX FLAGS OUT
status=0
printf '%s\n' "${sources[@]}" | xargs -P "$JOBS" -I{} sh -c '$CXX $FLAGS -c "$1" -o "$OUT/obj/${1%.cpp}.o"' _ {} \
  || status=1

objects=()
failed=()
for src in "${sources[@]}"; do
  obj="$OUT/obj/${src%.cpp}.o"
  if [ -f "$obj" ]; then objects+=("$obj"); else failed+=("$src"); fi
done
if [ $status -ne 0 ] || [ ${#failed[@]} -ne 0 ]; then
  echo "check_cortex_m: ${#failed[@]} of ${#sources[@]} files failed to compile for Cortex-M4:" >&2
  printf '  %s\n' "${failed[@]}" >&2
  exit 1
fi

# Sizes are per object, before the linker drops unused sections (-ffunction-sections).
read -r text data bss _ < <("$SIZE" -t "${objects[@]}" | tail -n 1)
echo "cortex-m4: ${#objects[@]} files compiled; text $text + data $data + bss $bss = $((text + data + bss)) bytes"
