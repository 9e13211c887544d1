"""The installed `checkclaims` command: checker.cli.app.main (or `check`'s quick path,
checker.cli.check), then a quick end of the process."""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading

from checker.cli.check import EXIT_OK, quick_main, quick_options

YOUNG_OBJECTS = 100_000  # the garbage collector's first threshold in the command (run)


def run() -> None:
    """The `checkclaims` command (pyproject's entry point): main() (`check` without typer
    for a line that checker.cli.check.quick_options reads), then the process ends without
    taking the interpreter apart. Freeing every module and object one by one took
    50-75 ms of a 0.65 s re-run (every report is written, fsync'd and closed before main
    returns); the exit handlers of the modules loaded (atexit: logging, multiprocessing,
    temporary folders) still run, and standard output and error are flushed. Where anything
    could still need the interpreter (another thread alive, an exit status that is not a
    number, a flush that fails), Python exits as usual.

    The youngest generation of the garbage collector is collected after YOUNG_OBJECTS new
    objects instead of 700: a re-run's start-up (modules, the stored rows) makes some 57,000
    objects that stay, and the collector went through them 81 times (35 ms of a 0.65 s
    re-run); cyclic garbage waits that much longer to be freed."""
    gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])
    try:
        command()
        code: str | int = EXIT_OK
    except SystemExit as stop:
        code = EXIT_OK if stop.code is None else stop.code
    if not isinstance(code, int) or isinstance(code, bool) or threading.active_count() > 1:
        sys.exit(code)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)


def command() -> None:
    """`check` by the quick path when it reads the line, else checker.cli.app.main."""
    options = quick_options(sys.argv[1:])
    if options is not None:
        quick_main(options)
    from checker.cli.app import main

    main()
