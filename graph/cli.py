"""``zhkg`` command line. Heavy modules are imported inside the commands so ``--help`` is instant.

Exit codes are in ``EXIT_CODES`` (shown by ``--help``). No traceback reaches the user: an unexpected
error is logged to ``DIR/zhkg.log`` (or a temporary log for ``eval``) and the message names the file.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

EXAMPLES = """examples:
  zhkg build corpus/demo -o output             build a graph from a folder of reports
  zhkg build 'reports/**/*.txt' -o out --jobs 4
  zhkg build reports/ -o out --engine dask --scheduler tcp://10.0.0.5:8786
  zhkg eval output eval/gold/*.json            score a built graph against gold files
"""
EXIT_CODES = """
exit codes:
  0  success (skipped files, if any, are listed on stderr and in DIR/report.json)
  1  no document could be processed, or a file was skipped under --strict (DIR left as it was)
  2  usage error: bad option, no input exists, output is not a writable folder
  3  internal error (the message names the log file with the details)
  130 interrupted (Ctrl-C); 143 terminated (SIGTERM); DIR is left as it was
"""

EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2
        self.exit(EXIT_USAGE, f"zhkg: error: {message}\n(see 'zhkg --help')\n")


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="zhkg",
        description="Knowledge graphs from Chinese institutional reports (政协 work reports, district news).",
        epilog=EXAMPLES + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    b = sub.add_parser("build", help="build a graph from files, folders or globs", epilog=EXAMPLES + EXIT_CODES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="files (text, PDF, HTML, DOCX), folders (recursive) or glob patterns")
    b.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the outputs")
    b.add_argument("--jobs", type=_positive_int, default=0, metavar="N", help="worker processes (default: all cores, fewer for a small input)")
    b.add_argument("--engine", choices=("local", "dask"), default="local", help="where documents are processed")
    b.add_argument("--scheduler", metavar="ADDRESS", help="dask scheduler address (default: a local cluster)")
    b.add_argument("--strict", action="store_true", help="any skipped input file is an error: exit 1, outputs not written")
    b.add_argument("--max-html-nodes", type=_positive_int, default=2000, metavar="N",
                   help="the explorer shows the N most important nodes (files keep all; default 2000)")
    b.add_argument("--keep-text", action="store_true",
                   help="also write the text extracted from each PDF/HTML/DOCX input to DIR/text/ (offsets point into it)")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    e = sub.add_parser("eval", help="score a built graph against gold annotation files")
    e.add_argument("pred", metavar="PRED", help="output folder of 'zhkg build' (or its graph.graphml)")
    e.add_argument("gold", nargs="+", metavar="GOLD", help="gold JSON files or folders")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a non-UTF-8 console must not turn a name into a crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = make_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    previous = _terminate_as_exit()
    try:
        if args.command == "build":
            return cmd_build(args)
        if args.command == "eval":
            return cmd_eval(args)
    except KeyboardInterrupt:
        _say("zhkg: interrupted; outputs left as they were")
        return EXIT_INTERRUPTED
    except SystemExit as exc:
        if exc.code == EXIT_TERMINATED:
            _say("zhkg: terminated; outputs left as they were")
        raise
    except BrokenPipeError:  # output piped into a reader that went away (| head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return EXIT_OK
    except Exception:  # a failure outside a command's own handling: still no traceback
        log_path = _fallback_log()
        logging.getLogger("zhkg").exception("internal error")
        _say(f"zhkg: internal error; details in {log_path}")
        return EXIT_INTERNAL
    finally:
        _restore_terminate(previous)
    return EXIT_USAGE


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _terminate_as_exit():
    """SIGTERM unwinds like an exit (staging folders and temporary files are cleaned up)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None

    def on_term(signum, frame):
        raise SystemExit(EXIT_TERMINATED)

    try:
        return signal.signal(signal.SIGTERM, on_term)
    except (ValueError, OSError):
        return None


def _restore_terminate(previous) -> None:
    if previous is not None:
        import signal

        signal.signal(signal.SIGTERM, previous)


def _fallback_log() -> Path:
    """The log file of this run, or a new temporary one when none was set up yet."""
    logger = logging.getLogger("zhkg")
    for handler in logger.handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    import tempfile

    fd, name = tempfile.mkstemp(prefix="zhkg-", suffix=".log")
    os.close(fd)
    return _attach_log(Path(name))


def _setup_log(out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    return _attach_log(out_dir / "zhkg.log")


def _attach_log(log_path: Path) -> Path:
    handler = logging.FileHandler(log_path, mode="w", encoding="utf-8", errors="backslashreplace")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("zhkg")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logging.captureWarnings(True)  # library warnings go to the log, not the console
    logging.getLogger("py.warnings").handlers[:] = [handler]
    logging.getLogger("py.warnings").propagate = False
    return log_path


def cmd_build(args) -> int:
    from zhkg.extract.errors import ZhkgError
    from zhkg.extract.load import display_name

    out_dir = Path(args.output)
    shown = display_name(str(out_dir))
    if out_dir.exists() and not out_dir.is_dir():
        _say(f"zhkg: error: output {shown} exists and is not a folder")
        return EXIT_USAGE
    missing = [i for i in args.inputs if not _has_magic(i) and not os.path.lexists(i)]
    if missing and len(missing) == len(args.inputs):
        _say(f"zhkg: error: no such file or folder: {', '.join(display_name(m) for m in missing)}")
        return EXIT_USAGE
    try:
        log_path = _setup_log(out_dir)
    except OSError as exc:
        _say(f"zhkg: error: cannot write to {shown} ({exc.strerror or exc.__class__.__name__})")
        return EXIT_USAGE
    try:
        return _build(args, out_dir)
    except ZhkgError as exc:
        logging.getLogger("zhkg").error("%s", exc)
        _say(f"zhkg: error: {exc} (log: {log_path})")
        return EXIT_USAGE
    except OSError as exc:  # e.g. the output folder became unwritable or the disk is full
        logging.getLogger("zhkg").exception("cannot write the outputs")
        where = display_name(str(exc.filename)) if exc.filename else shown
        _say(f"zhkg: error: cannot write {where} ({exc.strerror or exc.__class__.__name__}); "
             f"previous outputs left as they were; details in {log_path}")
        return EXIT_INTERNAL
    except Exception:
        logging.getLogger("zhkg").exception("internal error")
        _say(f"zhkg: internal error; details in {log_path}")
        return EXIT_INTERNAL


def _has_magic(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def _build(args, out_dir: Path) -> int:
    from zhkg.extract.load import display_name

    from .run import build, write_outputs

    bar = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=0, unit="doc", desc="zhkg", file=sys.stderr)

    def progress(done: int, total: int) -> None:
        if bar is not None:
            bar.total = total
            bar.n = done
            bar.refresh()

    log = logging.getLogger("zhkg")
    run = build(args.inputs, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler, progress=progress,
                exclude=out_dir)
    if bar is not None:
        bar.close()
    for skip in run.skipped:
        log.warning("skipped %s: %s", skip.path, skip.reason)
        _say(f"zhkg: skipped {display_name(skip.path)}: {skip.reason}")
    if not run.results:
        what = f"{len(run.skipped)} skipped" if run.skipped else "no input file found"
        _say(f"zhkg: error: no document could be processed ({what}); outputs in {display_name(str(out_dir))}/ left as they were")
        return EXIT_NOTHING
    if args.strict and run.skipped:
        _say(f"zhkg: error: {len(run.skipped)} input(s) skipped under --strict; outputs in "
             f"{display_name(str(out_dir))}/ left as they were")
        return EXIT_NOTHING
    write_outputs(run, out_dir, max_html_nodes=args.max_html_nodes, keep_text=args.keep_text)
    g = run.graph
    typed = sum(1 for _, _, k in g.edges(keys=True) if k != "CO_OCCURS")
    print(
        f"zhkg: {len(run.results)} documents read, {len(run.skipped)} skipped -> "
        f"{g.number_of_nodes()} nodes, {typed} typed relations, "
        f"{g.number_of_edges() - typed} co-occurrences; outputs in {display_name(str(out_dir))}/"
    )
    return EXIT_OK


def cmd_eval(args) -> int:
    from .evaluate import evaluate_paths, format_scores

    try:
        scores = evaluate_paths(args.pred, args.gold)
    except (OSError, ValueError) as exc:  # missing or malformed files (JSON errors are ValueErrors)
        _say(f"zhkg: error: {_one_line(exc)}")
        return EXIT_USAGE
    if args.json:
        import json

        print(json.dumps(scores, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        print(format_scores(scores))
    return EXIT_OK


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split()) or exc.__class__.__name__


if __name__ == "__main__":
    sys.exit(main())
