"""``zhkg`` command line. Heavy modules are imported inside the commands so ``--help`` is instant.

Exit codes: 0 success; 1 nothing could be processed, or a file was skipped under ``--strict``;
2 usage error (bad option, missing input); 3 an unexpected internal error (details in the log).
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

EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2
        self.exit(EXIT_USAGE, f"zhkg: error: {message}\n(see 'zhkg --help')\n")


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="zhkg",
        description="Knowledge graphs from Chinese institutional reports (政协 work reports, district news).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    b = sub.add_parser("build", help="build a graph from files, folders or globs", epilog=EXAMPLES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="files (text, PDF, HTML, DOCX), folders (recursive) or glob patterns")
    b.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the outputs")
    b.add_argument("--jobs", type=_positive_int, default=0, metavar="N", help="worker processes (default: all cores)")
    b.add_argument("--engine", choices=("local", "dask"), default="local", help="where documents are processed")
    b.add_argument("--scheduler", metavar="ADDRESS", help="dask scheduler address (default: a local cluster)")
    b.add_argument("--strict", action="store_true", help="fail (exit 1) if any input file is skipped")
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
    parser = make_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        if args.command == "build":
            return cmd_build(args)
        if args.command == "eval":
            return cmd_eval(args)
    except KeyboardInterrupt:
        print("zhkg: interrupted", file=sys.stderr)
        return 130
    return EXIT_USAGE


def _setup_log(out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    log_path = out_dir / "zhkg.log"
    handler = logging.FileHandler(log_path, mode="w", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("zhkg")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return log_path


def cmd_build(args) -> int:
    from zhkg.extract.errors import ZhkgError

    out_dir = Path(args.output)
    if out_dir.exists() and not out_dir.is_dir():
        print(f"zhkg: error: output {out_dir} exists and is not a folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        log_path = _setup_log(out_dir)
    except OSError as exc:
        print(f"zhkg: error: cannot write to {out_dir} ({exc.strerror})", file=sys.stderr)
        return EXIT_USAGE
    try:
        return _build(args, out_dir)
    except ZhkgError as exc:
        print(f"zhkg: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception:
        logging.getLogger("zhkg").exception("internal error")
        print(f"zhkg: internal error; details in {log_path}", file=sys.stderr)
        return EXIT_INTERNAL


def _build(args, out_dir: Path) -> int:
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

    missing = [i for i in args.inputs if not any(ch in i for ch in "*?[") and not os.path.lexists(i)]
    if missing and len(missing) == len(args.inputs):
        print(f"zhkg: error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    run = build(args.inputs, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler, progress=progress)
    if bar is not None:
        bar.close()
    for skip in run.skipped:
        print(f"zhkg: skipped {skip.path}: {skip.reason}", file=sys.stderr)
    if not run.results:
        print(f"zhkg: error: no document could be processed ({len(run.skipped)} skipped); nothing written", file=sys.stderr)
        return EXIT_NOTHING
    write_outputs(run, out_dir, max_html_nodes=args.max_html_nodes, keep_text=args.keep_text)
    g = run.graph
    typed = sum(1 for _, _, k in g.edges(keys=True) if k != "CO_OCCURS")
    print(
        f"zhkg: {len(run.results)} documents read, {len(run.skipped)} skipped -> "
        f"{g.number_of_nodes()} nodes, {typed} typed relations, "
        f"{g.number_of_edges() - typed} co-occurrences; outputs in {out_dir}/"
    )
    if args.strict and run.skipped:
        print(f"zhkg: error: {len(run.skipped)} input(s) skipped under --strict", file=sys.stderr)
        return EXIT_NOTHING
    return EXIT_OK


def cmd_eval(args) -> int:
    from .evaluate import evaluate_paths, format_scores

    try:
        scores = evaluate_paths(args.pred, args.gold)
    except (OSError, ValueError) as exc:
        print(f"zhkg: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        import json

        print(json.dumps(scores, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        print(format_scores(scores))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
