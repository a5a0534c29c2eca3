// Decoding the body of a string or bytes literal (the text between the quotes): backslash
// escapes as CPython's unicode_escape and bytes decoders, with their error messages.
#pragma once

#include <string>
#include <string_view>

namespace weft {

struct EscapeError {
  std::string message;  // the full SyntaxError message, e.g. "(unicode error) 'unicodeescape' ..."
};

// Appends the decoded `body` to `out`: UTF-8 for str (lone surrogates as three bytes), raw byte
// values for bytes. `raw` keeps backslashes. False with `err` filled on a bad escape or on a
// non-ASCII character in a bytes literal.
bool decode_string_body(std::string_view body, bool raw, bool bytes, std::string* out,
                        EscapeError* err);

// The code point of a \N{...} name: Weft knows a small table of common names (CPython knows the
// whole Unicode database); -1 for others.
long unicode_name_lookup(std::string_view name);

}  // namespace weft
