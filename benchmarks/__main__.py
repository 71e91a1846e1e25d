"""`python -m benchmarks [NAME …] [--quick] [--out FILE]`: run the benchmarks and write the
report (docs/benchmarks.md by default). See benchmarks/README.md."""

from __future__ import annotations

import argparse
import importlib
import os
import shlex
import shutil
import sys
import time
from datetime import datetime
from pathlib import Path

from benchmarks.harness import ROOT, Context, Section, render_report


def discover() -> list:
    """Every benchmarks/bench_*.py, in the order their ORDER constants say."""
    modules = [importlib.import_module(f"benchmarks.{p.stem}") for p in (ROOT / "benchmarks").glob("bench_*.py")]
    return sorted(modules, key=lambda m: (getattr(m, "ORDER", 100), m.NAME))


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help="only these benchmarks (default: all)")
    parser.add_argument("--quick", action="store_true",
                        help="smaller sizes and fewer samples, to try a change (the report says so)")
    parser.add_argument("--million", action="store_true",
                        help="also the parts on a million registrations (the scale benchmark; minutes to build)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md", help="where the report goes")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    modules = discover()
    if args.list:
        for m in modules:
            print(f"{m.NAME:<12} {m.TITLE}")
        return 0
    unknown = set(args.names) - {m.NAME for m in modules}
    if unknown:
        parser.error(f"no benchmark named {', '.join(sorted(unknown))} (see --list)")
    chosen = [m for m in modules if not args.names or m.NAME in args.names]
    context = Context(quick=args.quick, million=args.million)
    started, start = datetime.now(), time.perf_counter()
    sections: list[Section] = []
    for module in chosen:
        print(f"{module.NAME}: {module.TITLE}", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        section = module.run(context)
        section.seconds = time.perf_counter() - t0
        sections.append(section)
        for row in section.rows:
            verdict = {True: "ok", False: "MISSED", None: ""}[row.passed]
            ratio = row.ratio("p50")
            value = row.ours.p50 * (1000 if row.unit == "ms" else 1)
            print(f"  {row.label:<48} p50 {value:>10.3f} {row.unit:<3}"
                  + (f" x{ratio:.2f} of baseline" if ratio else "")
                  + (f"  {row.target} {verdict}" if row.target else ""), file=sys.stderr, flush=True)
    shutil.rmtree(context.scratch, ignore_errors=True)  # copies written into; the cached demos stay
    command = ("make bench" if os.environ.get("MAKELEVEL")
               else "python -m benchmarks " + shlex.join(argv if argv is not None else sys.argv[1:]))
    if args.quick:
        command += "  (quick: smaller sizes, not the figures to quote)"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render_report(sections, command, started, time.perf_counter() - start), "utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    missed = [s.title for s in sections if s.passed is False]
    if missed:
        print(f"targets missed: {', '.join(missed)}", file=sys.stderr)
    return 0  # a missed target is a finding for the report, not a failed command


if __name__ == "__main__":
    sys.exit(main())
