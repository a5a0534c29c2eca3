#!/usr/bin/python3
"""Weft's Python test runner: runs every test under CPython (the oracle) and under Weft and
compares their stdout and exit status.

Usage: /usr/bin/python3 tests/run.py [options] [FILE_OR_DIR ...]      (default: tests/py)
  --weft PATH       the Weft binary (default: build/release/weft)
  -k PATTERN        only tests whose path contains PATTERN; with * ? or [ it is a glob matched
                    against the path below tests/py or the file name.  Repeatable (any matches)
  --jobs N          tests run in parallel (default 2)
  --timeout S       time limit of each run, in seconds (default 60: sanitizer builds are slow)
  --mode MODE       gil | nogil | both: pass `-X gil=1` / `-X gil=0` (both: one run each) to Weft.
                    Default: both for tests under tests/py/thread/, no -X gil flag elsewhere.
  -v                also list passing and skipped tests
  --list            print the selected tests and exit

What a test is
  X.py        A script.  Both interpreters run `X.py` with the file's folder as cwd; their stdout
              (as bytes) and exit status must be equal.  stderr is not compared, except that a
              sanitizer report on Weft's stderr fails the test.
  X.gen.py    A generated test, for inputs too big or too binary for git: the runner first runs
              `X.gen.py OUT` with this runner's python (cwd = its folder); the generator writes
              the test source to OUT (in a temporary folder), which then runs as X.py would.
  X.cmd       The argument list given to BOTH interpreters instead of `X.py`, with shell quoting,
              e.g. `-c "print(1 + 1)"` or `-m mod_cli_main a b` (cwd = the folder).  A .cmd
              with no X.py beside it is a test of its own; an empty one runs the REPL.
Files beside a test
  X.args      extra argv after the script (shell quoting; `#` starts a comment)
  X.stdin     fed to stdin (otherwise stdin is empty)
  X.exp       expected stdout; CPython is not run.  Only where Weft differs deliberately: the
              test must say why in a comment at its top: `# .exp: Weft differs because ...`.
  X.status    with X.exp: the expected exit status (default 0)
Directives, as comment lines at the top of X.py / X.gen.py / X.cmd
  # skip: REASON      not run; counted as skipped
  # compare: status   only the exit status is compared (e.g. `--version`, whose text differs)
Never run as tests: mod_*.py and _*.py (helper modules), and anything in a folder named mod_* or
_*.  Environment of both interpreters: PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1,
PYTHONIOENCODING=utf-8, other PYTHON* variables removed.  The oracle is $WEFT_ORACLE, else
/usr/bin/python3.

Output: a FAIL line per failure with a truncated diff, then `N passed, N failed[, N skipped]`.
Exit status: 0 if all passed, 1 if any failed, 2 on a usage error.
"""

import argparse
import concurrent.futures
import difflib
import fnmatch
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTS_ROOT = REPO / "tests" / "py"
THREAD_DIR = "thread"
OUTPUT_CAP = 16 << 20          # bytes kept per stream; a runaway printer cannot eat the memory
DIFF_LINES = 40
STDERR_TAIL = 12
SANITIZER_MARKS = (b"ERROR: AddressSanitizer", b"ERROR: LeakSanitizer",
                   b"WARNING: ThreadSanitizer", b": runtime error: ")
DIRECTIVE = re.compile(r"#\s*(skip|compare|\.exp):\s*(.*)")
MODE_FLAGS = {"gil": ["-X", "gil=1"], "nogil": ["-X", "gil=0"]}
SKIPPED = object()             # a test's outcome when a `# skip:` directive says so


class Test:
    """One test: a script, a generator or a command line, plus the files beside it."""

    def __init__(self, stem):
        self.stem = stem                       # folder / X
        self.dir = stem.parent
        self.name = stem.name
        self.py = self.sibling(".py")
        self.gen = self.sibling(".gen.py")
        self.cmd = self.sibling(".cmd")
        self.directives = {}
        for path in (self.py, self.gen, self.cmd):
            if path:
                self.directives.update(read_directives(path))

    def sibling(self, suffix):
        path = self.dir / (self.name + suffix)
        return path if path.is_file() else None

    @property
    def primary(self):
        return self.py or self.gen or self.cmd

    def label(self):
        try:
            return str(self.primary.relative_to(TESTS_ROOT))
        except ValueError:
            return str(self.primary)

    def is_thread_test(self):
        try:
            return self.dir.relative_to(TESTS_ROOT).parts[:1] == (THREAD_DIR,)
        except ValueError:
            return False

    def argv_tail(self):
        """What follows the interpreter (and its -X flags) on the command line."""
        args = read_args(self.sibling(".args"))
        if self.cmd:
            return read_args(self.cmd) + args
        return [self.name + ".py"] + args


def read_directives(path):
    found = {}
    with open(path, "rb") as f:
        for raw in f.read(4096).decode("utf-8", "replace").splitlines():
            line = raw.strip()
            if line and not line.startswith("#"):
                break
            m = DIRECTIVE.match(line)
            if m:
                found[m.group(1)] = m.group(2).strip()
    return found


def read_args(path):
    if not path:
        return []
    return shlex.split(path.read_text(encoding="utf-8"), comments=True)


# ---- discovery ------------------------------------------------------------------------------

def is_helper(name):
    return name.startswith("mod_") or name.startswith("_")


def stem_of(path):
    """The test stem a file belongs to, or None if the file is not a test's primary file."""
    name = path.name
    if name.endswith(".gen.py"):
        return path.with_name(name[: -len(".gen.py")])
    if name.endswith(".py"):
        return path.with_name(name[: -len(".py")])
    if name.endswith(".cmd") and not path.with_suffix(".py").is_file():
        return path.with_name(name[: -len(".cmd")])
    return None


def discover(targets):
    stems = []
    for target in targets:
        path = Path(target).resolve()
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                rel = file.relative_to(path).parts
                if file.is_file() and not any(is_helper(p) for p in rel) \
                        and "__pycache__" not in rel:
                    stem = stem_of(file)
                    if stem:
                        stems.append(stem)
        elif path.is_file():
            stem = stem_of(path) or (path.with_suffix("") if path.suffix == ".cmd" else None)
            if not stem:
                usage_error(f"not a test: {target}")
            stems.append(stem)
        else:
            usage_error(f"no such file or folder: {target}")
    unique = dict.fromkeys(stems)
    return [Test(stem) for stem in unique]


def usage_error(message):
    print(f"run.py: {message}", file=sys.stderr)
    sys.exit(2)


def selected(test, patterns):
    if not patterns:
        return True
    label = test.label()
    for pattern in patterns:
        if any(c in pattern for c in "*?["):
            if fnmatch.fnmatch(label, pattern) or fnmatch.fnmatch(test.primary.name, pattern):
                return True
        elif pattern in label:
            return True
    return False


# ---- running --------------------------------------------------------------------------------

class Run:
    def __init__(self, status, stdout, stderr, timed_out):
        self.status, self.stdout, self.stderr, self.timed_out = status, stdout, stderr, timed_out


class Runner:
    def __init__(self, weft, oracle, timeout, mode):
        self.weft, self.oracle, self.timeout, self.mode = weft, oracle, timeout, mode
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        self.env.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1",
                        PYTHONIOENCODING="utf-8")
        self.live = set()
        self.lock = threading.Lock()

    def modes(self, test):
        if self.mode == "both" or (self.mode is None and test.is_thread_test()):
            return ["gil", "nogil"]
        return [self.mode]

    def execute(self, argv, cwd, stdin_path):
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        try:
            proc = subprocess.Popen(argv, cwd=cwd, env=self.env, stdin=stdin,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    start_new_session=True)
        except OSError as e:
            return Run(127, b"", f"cannot run {argv[0]}: {e}".encode(), False)
        finally:
            if stdin_path:
                stdin.close()
        with self.lock:
            self.live.add(proc)
        streams = [bytearray(), bytearray()]
        readers = [threading.Thread(target=drain, args=(pipe, buf))
                   for pipe, buf in zip((proc.stdout, proc.stderr), streams)]
        for reader in readers:
            reader.start()
        timed_out = False
        try:
            proc.wait(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            kill_group(proc)
            proc.wait()
        for reader in readers:
            reader.join()
        with self.lock:
            self.live.discard(proc)
        return Run(proc.returncode, bytes(streams[0]), bytes(streams[1]), timed_out)

    def kill_all(self):
        with self.lock:
            for proc in self.live:
                kill_group(proc)

    def run_test(self, test):
        """Returns [(label, outcome)], one per mode; outcome: None (passed), SKIPPED or the
        failure's text."""
        try:
            return self.run_modes(test)
        except (OSError, ValueError) as e:       # e.g. an unreadable .args or a bad .status
            return [(test.label(), f"runner error: {type(e).__name__}: {e}")]

    def run_modes(self, test):
        label = test.label()
        if "skip" in test.directives:
            return [(label, SKIPPED)]
        with tempfile.TemporaryDirectory(prefix="weft-test-") as tmp:
            cwd = test.dir
            if test.gen:
                cwd = Path(tmp)
                source = cwd / (test.name + ".py")
                made = self.execute([sys.executable, test.gen.name, str(source)], test.dir, None)
                if made.status != 0 or made.timed_out or not source.is_file():
                    return [(label, with_stderr("the generator failed", made.stderr))]
            expected, problem = self.expected(test, cwd)
            if problem:
                return [(label, problem)]
            results = []
            for mode in self.modes(test):
                flags = MODE_FLAGS.get(mode, [])
                run = self.execute([str(self.weft)] + flags + test.argv_tail(), cwd,
                                   test.sibling(".stdin"))
                name = f"{label} [{mode}]" if mode else label
                results.append((name, self.compare(test, expected, run)))
            return results

    def expected(self, test, cwd):
        """The oracle's Run (from X.exp or from CPython), or an error text."""
        exp = test.sibling(".exp")
        if exp:
            if ".exp" not in test.directives:
                return None, f"{exp.name} needs a '# .exp: <why>' comment at the top of the test"
            status_file = test.sibling(".status")
            status = int(status_file.read_text().strip()) if status_file else 0
            return Run(status, exp.read_bytes(), b"", False), None
        run = self.execute([self.oracle] + test.argv_tail(), cwd, test.sibling(".stdin"))
        if run.timed_out:
            return None, f"CPython timed out after {self.timeout}s (the test is too slow)"
        return run, None

    def compare(self, test, expected, got):
        if got.timed_out:
            return with_stderr(f"timed out after {self.timeout}s", got.stderr)
        if any(mark in got.stderr for mark in SANITIZER_MARKS):
            return with_stderr("sanitizer report", got.stderr, 40)
        if got.status < 0:
            return with_stderr(f"killed by {signal_name(-got.status)}", got.stderr)
        problems = []
        if got.status != expected.status:
            problems.append(f"exit status {got.status}, expected {expected.status}")
        if test.directives.get("compare") != "status" and got.stdout != expected.stdout:
            problems.append("stdout differs\n" + diff(expected.stdout, got.stdout))
        if not problems:
            return None
        text = "; ".join(problems)
        return with_stderr(text, got.stderr) if got.status != expected.status else text


def drain(pipe, buf):
    while True:
        chunk = pipe.read(65536)
        if not chunk:
            break
        if len(buf) < OUTPUT_CAP:
            buf += chunk[: OUTPUT_CAP - len(buf)]
    pipe.close()


def kill_group(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def signal_name(number):
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def with_stderr(problem, stderr, lines=STDERR_TAIL):
    """The problem, followed by the end of the run's stderr when there is any."""
    return problem + ("\n    stderr:\n" + tail(stderr, lines) if stderr.strip() else "")


def tail(data, lines=STDERR_TAIL):
    text = data.decode("utf-8", "backslashreplace").rstrip("\n").splitlines()
    return "\n".join("    " + line for line in text[-lines:])


def diff(expected, got):
    exp = expected.decode("utf-8", "backslashreplace").splitlines()
    out = got.decode("utf-8", "backslashreplace").splitlines()
    lines = list(difflib.unified_diff(exp, out, "expected (CPython)", "weft", lineterm=""))
    if not lines:
        return f"    (only line endings differ: expected {expected[-40:]!r}, got {got[-40:]!r})"
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + [f"... ({len(lines) - DIFF_LINES} more diff lines)"]
    return "\n".join("    " + line for line in lines)


# ---- main -----------------------------------------------------------------------------------

def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Run Weft's Python tests against CPython (see the top of this file).")
    parser.add_argument("paths", nargs="*", help="test files or folders (default: tests/py)")
    parser.add_argument("--weft", default=str(REPO / "build" / "release" / "weft"))
    parser.add_argument("-k", dest="patterns", action="append", default=[])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--mode", choices=["gil", "nogil", "both"])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    return args


def main(argv):
    args = parse_args(argv)
    tests = [t for t in discover(args.paths or [TESTS_ROOT]) if selected(t, args.patterns)]
    if not tests:
        usage_error("no tests selected")
    if args.list:
        for test in tests:
            print(test.label())
        return 0
    weft = Path(os.path.abspath(args.weft))
    if not os.access(weft, os.X_OK):
        usage_error(f"no Weft binary at {weft} (build it with `make`)")
    oracle = os.environ.get("WEFT_ORACLE", "/usr/bin/python3")
    if os.sep in oracle:
        oracle = os.path.abspath(oracle)      # tests run in their own folders
    runner = Runner(weft, oracle, args.timeout, args.mode)
    print(f"running {len(tests)} tests: {weft} against {oracle}, {args.jobs} jobs", flush=True)

    counts = {"passed": 0, "failed": 0, "skipped": 0}
    start = time.monotonic()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs)
    try:
        futures = [pool.submit(runner.run_test, test) for test in tests]
        for future in concurrent.futures.as_completed(futures):
            for label, failure in future.result():
                if failure is SKIPPED:
                    counts["skipped"] += 1
                    if args.verbose:
                        print(f"SKIP {label}", flush=True)
                elif failure:
                    counts["failed"] += 1
                    print(f"FAIL {label}: {failure}", flush=True)
                else:
                    counts["passed"] += 1
                    if args.verbose:
                        print(f"PASS {label}", flush=True)
    except KeyboardInterrupt:
        pool.shutdown(wait=False, cancel_futures=True)
        runner.kill_all()
        raise
    pool.shutdown()

    summary = f"{counts['passed']} passed, {counts['failed']} failed"
    if counts["skipped"]:
        summary += f", {counts['skipped']} skipped"
    print(f"({time.monotonic() - start:.1f}s)")
    print(summary)
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
