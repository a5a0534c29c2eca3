// POSIX port: console reads and writes on file descriptors, and whole-file reads for import.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "interrupts.hpp"
#include "weft/port.hpp"

namespace weft::port {

// Writes everything, retrying short writes and EINTR, so callers see all-or-error.
long console_write(int fd, const void* data, size_t n) {
  const char* p = static_cast<const char*>(data);
  size_t done = 0;
  while (done < n) {
    ssize_t w = write(fd, p + done, n - done);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    done += size_t(w);
  }
  return long(done);
}

// A console interrupt (Ctrl-C) ends the read with -1 and errno EINTR; other signals resume it.
long console_read(int fd, void* data, size_t n) {
  unsigned seen = interrupt_count();
  for (;;) {
    ssize_t r = read(fd, data, n);
    if (r >= 0 || errno != EINTR || interrupt_count() != seen) return long(r);
  }
}

bool console_isatty(int fd) { return isatty(fd) == 1; }

bool file_read_all(const char* path, void (*sink)(void* ctx, const char* data, size_t n),
                   void* ctx) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    close(fd);
    return false;
  }
  char buf[16384];
  for (;;) {
    long r = console_read(fd, buf, sizeof buf);
    if (r < 0) {
      close(fd);
      return false;
    }
    if (r == 0) break;
    sink(ctx, buf, size_t(r));
  }
  close(fd);
  return true;
}

static bool stat_mode(const char* path, mode_t* mode) {
  struct stat st;
  if (stat(path, &st) != 0) return false;
  *mode = st.st_mode;
  return true;
}

bool file_exists(const char* path) {
  mode_t m;
  return stat_mode(path, &m) && S_ISREG(m);
}

bool dir_exists(const char* path) {
  mode_t m;
  return stat_mode(path, &m) && S_ISDIR(m);
}

}  // namespace weft::port
