#!/usr/bin/env python3
"""Generates src/object/unicode_data.cpp, the character tables behind str's case mapping and
character classes, from the unicodedata module of the CPython that runs this script (run it with
/usr/bin/python3, CPython 3.11: Unicode 14.0).

Size matters on a microcontroller, so the tables are exact only inside COVERAGE (the scripts
listed below); outside it they keep only long runs (LONG_RUN code points or more) of letters and of
non-printable code points, so big scripts (CJK, Hangul, Yi...) still count as letters and
unassigned planes still print escaped. Usage: gen_unicode_tables.py > src/object/unicode_data.cpp
"""
import sys
import unicodedata

COVERAGE = [
    (0x0000, 0x058F),    # Latin, IPA, combining marks, Greek, Cyrillic, Armenian
    (0x0590, 0x06FF),    # Hebrew, Arabic
    (0x0900, 0x097F),    # Devanagari
    (0x10A0, 0x10FF),    # Georgian
    (0x1C80, 0x1CBF),    # Cyrillic Extended-C, Georgian Mtavruli
    (0x1E00, 0x1EFF),    # Latin Extended Additional
    (0x2000, 0x24FF),    # punctuation, super/subscripts, letterlike, number forms, enclosed
    (0x2C00, 0x2D2F),    # Glagolitic, Latin Extended-C, Coptic, Georgian Supplement
    (0x3000, 0x30FF),    # CJK punctuation, Hiragana, Katakana
    (0xA640, 0xA69F),    # Cyrillic Extended-B
    (0xA720, 0xA7FF),    # Latin Extended-D
    (0xD800, 0xF8FF),    # surrogates, private use
    (0xFB00, 0xFB4F),    # ligatures
    (0xFE00, 0xFE0F),    # variation selectors
    (0xFE70, 0xFFFF),    # Arabic forms B, BOM, half/fullwidth forms, specials
]
LONG_RUN = 64
MAX_CP = 0x110000


def covered(cp):
    return any(lo <= cp <= hi for lo, hi in COVERAGE)


def in_set(pred):
    """Code points of pred: every one inside COVERAGE, long runs outside."""
    result = []
    cp = 0
    while cp < MAX_CP:
        if not pred(cp):
            cp += 1
            continue
        end = cp
        while end + 1 < MAX_CP and pred(end + 1):
            end += 1
        if end - cp + 1 >= LONG_RUN:
            result.extend(range(cp, end + 1))
        else:
            result.extend(c for c in range(cp, end + 1) if covered(c))
        cp = end + 1
    return result


def exact(pred, everywhere=False):
    return [cp for cp in range(MAX_CP) if (everywhere or covered(cp)) and pred(cp)]


def runs(cps):
    """Groups sorted code points into (first, count, step) with step 1 or 2."""
    out = []
    i = 0
    while i < len(cps):
        first = cps[i]
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        if j > i:
            out.append((first, j - i + 1, 1))
            i = j + 1
            continue
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 2 and (j + 2 >= len(cps) or cps[j + 2] != cps[j + 1] + 1):
            j += 1
        out.append((first, j - i + 1, 2 if j > i else 1))
        i = j + 1
    return out


def delta_runs(mapping):
    """mapping: {cp: target}. Groups into (first, count, step, delta)."""
    out = []
    items = sorted(mapping.items())
    i = 0
    while i < len(items):
        first, target = items[i]
        delta = target - first
        step = 0
        j = i
        while j + 1 < len(items):
            cp, t = items[j + 1]
            gap = cp - items[j][0]
            if t - cp != delta or gap not in (1, 2) or (step and gap != step):
                break
            step = gap
            j += 1
        out.append((first, j - i + 1, step or 1, delta))
        i = j + 1
    return out


def ch(cp):
    return chr(cp)


def is_printable(cp):
    return ch(cp).isprintable()


WORD_BREAK_MID = {0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027,
                  0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A}


def is_case_ignorable(cp):
    cat = unicodedata.category(ch(cp))
    return cat in ('Mn', 'Me', 'Cf', 'Lm', 'Sk') or cp in WORD_BREAK_MID


SCALE = 512  # see pack()


def split(rs):
    """Cuts runs to lengths pack() can encode: up to 512, or a multiple of 512 (step 1)."""
    for r in rs:
        first, count, step = r[0], r[1], r[2]
        while count > 0:
            if step == 1 and count > SCALE:
                k = min(count // SCALE, SCALE) * SCALE
            else:
                k = min(count, SCALE)
            yield (first, k, step) + tuple(r[3:])
            first += k * step
            count -= k


def pack(first, count, step):
    """first: bits 0-20; the count in bits 21-30 (c < 512: count c + 1, else (c - 511) * 512);
    bit 31 set for a run of every second code point (see unicode_data.hpp)."""
    c = count - 1 if count <= SCALE else SCALE - 1 + count // SCALE
    return first | (c << 21) | ((step == 2) << 31)


def emit_runs(name, rs, comment):
    print(f'// {comment}')
    print(f'const uint32_t {name}[] = {{')
    words = [f'0x{pack(*r):08X},' for r in split(rs)]
    for i in range(0, len(words), 7):
        print('    ' + ' '.join(words[i:i + 7]))
    print('};')
    print(f'const size_t {name}_SIZE = sizeof({name}) / sizeof({name}[0]);\n')


def emit_map(name, rs, comment):
    print(f'// {comment}')
    print(f'const MapRun {name}[] = {{')
    cells = [f'{{0x{pack(f, c, s):08X}, {d}}},' for f, c, s, d in split(rs)]
    for i in range(0, len(cells), 4):
        print('    ' + ' '.join(cells[i:i + 4]))
    print('};')
    print(f'const size_t {name}_SIZE = sizeof({name}) / sizeof({name}[0]);\n')


def main():
    surrogate = lambda cp: 0xD800 <= cp <= 0xDFFF
    alpha = in_set(lambda cp: ch(cp).isalpha())
    alpha_set = set(alpha)
    nonprint = in_set(lambda cp: not is_printable(cp))
    title = exact(lambda cp: unicodedata.category(ch(cp)) == 'Lt')
    ignorable = exact(is_case_ignorable)
    digit_only = exact(lambda cp: ch(cp).isdigit() and not ch(cp).isdecimal(), everywhere=True)
    numeric_only = exact(lambda cp: ch(cp).isnumeric() and not ch(cp).isdigit(), everywhere=True)
    xid_start = set(in_set(lambda cp: ch(cp).isidentifier()))
    xid_more = exact(lambda cp: not surrogate(cp) and ('a' + ch(cp)).isidentifier()
                     and not ch(cp).isidentifier())
    zeros = sorted({cp - unicodedata.decimal(ch(cp)) for cp in range(MAX_CP)
                    if unicodedata.decimal(ch(cp), None) is not None})
    def map_of(f, base=None):
        # With a base, the entries where f differs from it (identity included: the title of
        # U+01C5 is itself, its upper U+01C4).
        m = {}
        for cp in range(MAX_CP):
            if not covered(cp) or surrogate(cp):
                continue
            r = f(ch(cp))
            if len(r) != 1:
                continue
            if base is None:
                if r != ch(cp):
                    m[cp] = ord(r)
            elif base(ch(cp)) != r:
                m[cp] = ord(r)
        return m
    upper_map = map_of(str.upper)
    lower_map = map_of(str.lower)
    title_map = map_of(str.title, str.upper)      # only where title differs from upper
    fold_map = map_of(str.casefold, str.lower)    # only where casefold differs from lower
    # Uppercase letters are mostly those with a lowercase mapping, and vice versa: store the
    # differences only.
    upper = set(exact(lambda cp: ch(cp).isupper()))
    lower = set(exact(lambda cp: ch(cp).islower()))
    has_lower = {cp for cp in range(MAX_CP) if covered(cp) and not surrogate(cp)
                 and ch(cp).lower() != ch(cp)}
    has_upper = {cp for cp in range(MAX_CP) if covered(cp) and not surrogate(cp)
                 and ch(cp).upper() != ch(cp)}
    special = []
    for cp in range(MAX_CP):
        if not covered(cp) or surrogate(cp):
            continue
        c = ch(cp)
        forms = [c.upper(), c.lower(), c.title(), c.casefold()]
        if any(len(f) > 1 for f in forms):
            assert cp < 0x10000
            assert all(len(f) <= 3 and all(ord(x) < 0x10000 for x in f) for f in forms)
            special.append((cp, forms))
    print('// Generated by tools/gen_unicode_tables.py from CPython %s\'s unicodedata (Unicode %s).'
          % (sys.version.split()[0], unicodedata.unidata_version))
    print('// Do not edit: change the generator and run it again.')
    print('#include "object/unicode_data.hpp"\n')
    print('namespace weft::unicode_data {\n')
    emit_runs('ALPHA', runs(alpha), 'Letters (categories L*): str.isalpha.')
    emit_runs('NONPRINTABLE', runs(nonprint), 'Not printable (C*, Z* but the space): repr escapes them.')
    emit_runs('UPPER_EXTRA', runs(sorted(upper - has_lower)),
              'Uppercase (str.isupper) without a lowercase mapping.')
    emit_runs('UPPER_NOT', runs(sorted(has_lower - upper)),
              'Not uppercase though they have a lowercase mapping.')
    emit_runs('LOWER_EXTRA', runs(sorted(lower - has_upper)),
              'Lowercase (str.islower) without an uppercase mapping.')
    emit_runs('LOWER_NOT', runs(sorted(has_upper - lower)),
              'Not lowercase though they have an uppercase mapping.')
    emit_runs('TITLE', runs(title), 'Titlecase letters (Lt).')
    emit_runs('CASE_IGNORABLE', runs(ignorable), 'Case-ignorable (the final sigma rule).')
    emit_runs('DIGIT_ONLY', runs(digit_only), 'Digits that are not decimal: str.isdigit.')
    emit_runs('NUMERIC_ONLY', runs(numeric_only), 'Numeric but not digits: str.isnumeric.')
    emit_runs('XID_START_EXTRA', runs(sorted(xid_start - alpha_set)),
              'Identifier starts (XID_Start and _) that are not letters.')
    emit_runs('XID_START_NOT', runs(sorted(alpha_set - xid_start)),
              'Letters that cannot start an identifier.')
    emit_runs('XID_CONTINUE_ONLY', runs(xid_more), 'Identifier characters that cannot start one.')
    print('// The zero of every run of ten decimal digits.')
    print('const uint32_t DECIMAL_ZEROS[] = {')
    for i in range(0, len(zeros), 8):
        print('    ' + ' '.join(f'0x{z:X},' for z in zeros[i:i + 8]))
    print('};')
    print('const size_t DECIMAL_ZEROS_SIZE = sizeof(DECIMAL_ZEROS) / sizeof(DECIMAL_ZEROS[0]);\n')
    emit_map('UPPER_MAP', delta_runs(upper_map), 'Simple uppercase mapping.')
    emit_map('LOWER_MAP', delta_runs(lower_map), 'Simple lowercase mapping.')
    emit_map('TITLE_MAP', delta_runs(title_map), 'Simple titlecase where it differs from uppercase.')
    emit_map('FOLD_MAP', delta_runs(fold_map), 'Simple case folding where it differs from lowercase.')
    print('// Full mappings of the characters whose upper, lower, title or folded form is longer than')
    print('// one code point: upper, lower, title, fold (zero-padded).')
    print('const SpecialCase SPECIAL[] = {')
    for cp, forms in special:
        cols = ', '.join('{' + ', '.join(f'0x{ord(x):X}' for x in f) + '}' for f in forms)
        print(f'    {{0x{cp:X}, {{{cols}}}}},')
    print('};')
    print('const size_t SPECIAL_SIZE = sizeof(SPECIAL) / sizeof(SPECIAL[0]);\n')
    print('}  // namespace weft::unicode_data')


main()
