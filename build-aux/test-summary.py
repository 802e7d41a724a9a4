#!/usr/bin/python3
"""Print the closing line CI reads, from meson's test log.

    build-aux/test-summary.py BUILDDIR

Reads BUILDDIR/meson-logs/testlog.json (one JSON object per test) and
prints "N passed, N failed" (with ", N skipped" when any were skipped) as
the last line. A TAP test counts its subtests; any other test counts as
one. A test that meson failed although its TAP results show no failure
(a crash, a timeout, too few results for its plan) adds one failure.

Exit status: 0 when something passed and nothing failed, 1 otherwise
(including when no test ran), 2 when the log cannot be read.
"""

import json
import os
import re
import sys

# meson's TestResult values.
GOOD = {'OK', 'EXPECTEDFAIL'}
SKIPPED = {'SKIP'}

TAP_RESULT = re.compile(r'^(not ok|ok)(?=\s|$)\s*(\d+)?\s*-?\s*([^#]*?)\s*(?:#\s*(\w+)\b.*)?$')


def tap_protocols(builddir):
    """Maps a test's log name ('project:suite / name') to its protocol."""
    path = os.path.join(builddir, 'meson-info', 'intro-tests.json')
    protocols = {}
    try:
        with open(path, encoding='utf-8') as f:
            for test in json.load(f):
                for suite in test.get('suite', []):
                    protocols[f"{suite} / {test['name']}"] = test.get('protocol', 'exitcode')
                protocols.setdefault(test['name'], test.get('protocol', 'exitcode'))
    except (OSError, ValueError):
        pass
    return protocols


def looks_like_tap(stdout):
    return any(TAP_RESULT.match(line) or re.match(r'^1\.\.\d+', line)
               for line in stdout.splitlines())


def count_tap(stdout):
    """Returns (passed, failed, skipped, failed_names) of a TAP stream."""
    passed = failed = skipped = 0
    failures = []
    for line in stdout.splitlines():
        if line.startswith('Bail out!'):
            failed += 1
            failures.append(line)
            continue
        m = TAP_RESULT.match(line)
        if not m:
            continue
        ok = m.group(1) == 'ok'
        directive = (m.group(4) or '').upper()
        name = m.group(3) or f'#{m.group(2)}'
        if directive == 'SKIP':
            skipped += 1
        elif directive == 'TODO':
            # An expected failure is not a pass; an unexpected pass is a
            # failure, as meson counts them.
            if ok:
                failed += 1
                failures.append(f'{name} (passed, but marked TODO)')
            else:
                skipped += 1
        elif ok:
            passed += 1
        else:
            failed += 1
            failures.append(name)
    return passed, failed, skipped, failures


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    builddir = sys.argv[1]
    log = os.path.join(builddir, 'meson-logs', 'testlog.json')
    protocols = tap_protocols(builddir)

    passed = failed = skipped = 0
    failures = []
    try:
        with open(log, encoding='utf-8') as f:
            lines = [line for line in f if line.strip()]
    except FileNotFoundError:
        lines = []
    except OSError as e:
        print(f'test-summary: {log}: {e.strerror}', file=sys.stderr)
        print('0 passed, 0 failed')
        return 2

    for line in lines:
        try:
            test = json.loads(line)
        except ValueError:
            print(f'test-summary: {log}: a line is not JSON', file=sys.stderr)
            failed += 1
            continue
        name = test.get('name', '?')
        result = test.get('result', 'ERROR')
        stdout = test.get('stdout') or ''
        protocol = protocols.get(name) or protocols.get(name.rsplit(' / ', 1)[-1])
        is_tap = protocol == 'tap' if protocol else looks_like_tap(stdout)

        if is_tap and looks_like_tap(stdout):
            p, fl, s, names = count_tap(stdout)
            passed += p
            failed += fl
            skipped += s
            failures += [f'{name}: {n}' for n in names]
            if result not in GOOD | SKIPPED and fl == 0:
                failed += 1
                failures.append(f'{name}: {result} (exit status {test.get("returncode")}) '
                                f'after {p + s} results')
            elif result in SKIPPED and p + fl + s == 0:
                skipped += 1
        elif result in GOOD:
            passed += 1
        elif result in SKIPPED:
            skipped += 1
        else:
            failed += 1
            failures.append(f'{name}: {result} (exit status {test.get("returncode")})')

    if failures:
        print('\nFailed:')
        for f in failures:
            print(f'  {f}')
    summary = f'{passed} passed, {failed} failed'
    if skipped:
        summary += f', {skipped} skipped'
    print(summary)
    return 0 if passed > 0 and failed == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
