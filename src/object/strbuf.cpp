// StrBuf: text built piece by piece. Short text stays in the inline buffer; longer text moves to
// a bytes object on the GC heap, which stays alive because the StrBuf (a C++ local) points at it
// and the collector scans the C++ stack conservatively.
#include <cstring>

#include "base/utf8.hpp"
#include "object/bytes.hpp"
#include "object/error.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace weft {

const char* StrBuf::data() const { return buf_ ? static_cast<Bytes*>(buf_)->data : small_; }

bool StrBuf::reserve(size_t extra) {
  if (failed_) return false;
  size_t cap = buf_ ? cap_ : sizeof(small_);
  if (extra <= cap - len_) return true;
  if (extra > size_t(INTPTR_MAX) / 2 - len_) {
    raise_no_memory(ts_);
    failed_ = true;
    return false;
  }
  size_t need = len_ + extra;
  size_t grown = cap + cap / 2;
  size_t new_cap = need > grown ? need : grown;
  Bytes* b = bytes_alloc(ts_, new_cap);
  if (!b) {
    failed_ = true;
    return false;
  }
  std::memcpy(b->data, data(), len_);
  buf_ = b;
  cap_ = new_cap;
  return true;
}

void StrBuf::append(const char* p, size_t n) {
  if (n == 0 || !reserve(n)) return;
  std::memcpy(const_cast<char*>(data()) + len_, p, n);
  len_ += n;
}

void StrBuf::append_codepoint(uint32_t cp) {
  char enc[UTF8_MAX];
  append(enc, utf8_encode(cp, enc));
}

bool StrBuf::append_value_str(Value v) {
  if (failed_) return false;
  Value s = obj_str(ts_, v);
  if (s.is_error()) {
    failed_ = true;
    return false;
  }
  append_str(as_str(s));
  return !failed_;
}

bool StrBuf::append_value_repr(Value v) {
  if (failed_) return false;
  Value s = obj_repr(ts_, v);
  if (s.is_error()) {
    failed_ = true;
    return false;
  }
  append_str(as_str(s));
  return !failed_;
}

Value StrBuf::finish() {
  if (failed_) return Value::error();
  return str_new(ts_, data(), len_);
}

Value StrBuf::finish_bytes() {
  if (failed_) return Value::error();
  return bytes_new(ts_, data(), len_);
}

}  // namespace weft
