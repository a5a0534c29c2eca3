"""String constants (ascii_letters, digits, punctuation, ...), capwords(), Template ($-style
substitution) and Formatter (str.format's machinery, with hooks to override)."""
# Written for Weft. Template scans its text by hand (Weft has no `re` yet): placeholders are
# the delimiter followed by an ASCII identifier, or by one in braces; a subclass may change
# `delimiter`, but `idpattern`, `braceidpattern` and `pattern` are informational only.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, and join them with sep (a space when sep is None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
# Template
####################################################################

_ID_START = set(ascii_letters + '_')
_ID_REST = _ID_START | set(digits)
_sentinel_dict = {}


class _ChainedMapping:
    """The keywords first, then the mapping (substitute(mapping, **kws))."""

    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        # Yields (kind, text, position): 'text', 'escaped', 'named', 'braced' or 'invalid'
        # (position: where the invalid placeholder starts, after the delimiter).
        s, delim = self.template, self.delimiter
        n, i, start = len(s), 0, 0
        while True:
            j = s.find(delim, i)
            if j < 0:
                break
            k = j + len(delim)
            if start < j:
                yield 'text', s[start:j], j
            if s.startswith(delim, k):
                yield 'escaped', delim, k
                i = start = k + len(delim)
                continue
            end = k
            if end < n and s[end] in _ID_START:
                end += 1
                while end < n and s[end] in _ID_REST:
                    end += 1
                yield 'named', s[k:end], j
                i = start = end
                continue
            if end < n and s[end] == '{':
                e = end + 1
                if e < n and s[e] in _ID_START:
                    e += 1
                    while e < n and s[e] in _ID_REST:
                        e += 1
                    if e < n and s[e] == '}':
                        yield 'braced', s[end + 1:e], j
                        i = start = e + 1
                        continue
            yield 'invalid', delim, k
            i = start = k
        if start < n:
            yield 'text', s[start:], n

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            return _ChainedMapping(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        for kind, text, pos in self._pieces():
            if kind in ('named', 'braced'):
                out.append('%s' % (mapping[text],))
            elif kind == 'invalid':
                self._invalid(pos)
            else:
                out.append(text)
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        for kind, text, pos in self._pieces():
            if kind == 'named':
                try:
                    out.append('%s' % (mapping[text],))
                except KeyError:
                    out.append(self.delimiter + text)
            elif kind == 'braced':
                try:
                    out.append('%s' % (mapping[text],))
                except KeyError:
                    out.append(self.delimiter + '{' + text + '}')
            else:
                out.append(text)
        return ''.join(out)

    def is_valid(self):
        return all(kind != 'invalid' for kind, _, _ in self._pieces())

    def get_identifiers(self):
        ids = []
        for kind, text, _ in self._pieces():
            if kind in ('named', 'braced') and text not in ids:
                ids.append(text)
        return ids


########################################################################
# Formatter: str.format with hooks for subclasses
########################################################################

def _parse_format(s):
    # (literal_text, field_name, format_spec, conversion) tuples, as _string.formatter_parser.
    i, n = 0, len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')  # an escaped brace ends a literal piece, as in CPython
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            depth, j = 1, i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                if i + 1 == n:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            yield (''.join(literal),) + _split_field(field)
            literal = []
            i = j
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field(field):
    # field_name[!conversion][:format_spec]; brackets in the name may hold ':' or '!'.
    depth = 0
    name_end = len(field)
    for k, ch in enumerate(field):
        if ch == '[':
            depth += 1
        elif ch == ']':
            depth -= 1
        elif depth == 0 and ch in '!:':
            name_end = k
            break
    name, rest = field[:name_end], field[name_end:]
    conversion = None
    if rest.startswith('!'):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(':'):
            raise ValueError("expected ':' after conversion specifier")
    spec = rest[1:] if rest.startswith(':') else ''
    return name, spec, conversion


def _split_field_name(name):
    # 'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); digits make int keys.
    i, n = 0, len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # (CPython gives this message for both directions.)
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
