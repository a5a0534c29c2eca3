// sys.stdin, sys.stdout and sys.stderr: small native text files over port::console_read/write.
// stdout is buffered (flushed at '\n' on a terminal, by flush(), past 8 KiB, before stdin is
// read, before stderr is written, and at exit); stderr writes through.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// The console files for fds 0, 1 and 2 ("<stdin>", "<stdout>", "<stderr>") in files[0..2].
[[nodiscard]] bool console_files_new(ThreadState& ts, Value files[3]);
bool is_console_file(ThreadState& ts, Value v);
// write(s) without the method call (print's fast path); false with an exception pending.
[[nodiscard]] bool console_file_write(ThreadState& ts, Value file, Str* s);
// Flushes sys.stdout and sys.stderr (and the original console files); errors are discarded.
// The CLI calls it before the process exits.
void console_flush_all(ThreadState& ts);

}  // namespace weft
