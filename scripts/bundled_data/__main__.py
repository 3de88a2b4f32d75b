"""Writes data/*.csv (not data/README.md).

    python3 -m scripts.bundled_data [--out DIR] [--check]     (from the repository root)
    python3 scripts/bundled_data [--out DIR] [--check]

--check then runs the authority on what was written: `swift build --build-tests` and
`swift test --skip-build --filter PublishedFiguresTests`, which import data/ with the real
importer and compare `safetyboard report --format json` with the published figures. The test
reads the repository's data/, so --check refuses another --out.
"""

import argparse
import os
import subprocess
import sys

if __package__:
    from . import bohu, haixi, licheng, pingli, xintai
    from .builder import COLUMNS, write_files
else:  # run as a folder (`python3 scripts/bundled_data`): import the package by its name
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from bundled_data import bohu, haixi, licheng, pingli, xintai
    from bundled_data.builder import COLUMNS, write_files

# The order of the counties' rows in every file.
JURISDICTIONS = (haixi, bohu, pingli, xintai, licheng)

REPOSITORY = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DATA = os.path.join(REPOSITORY, "data")


def check():
    """The published figures, checked by the Swift test suite on the files just written."""
    for command in (["swift", "build", "--build-tests"],
                    ["swift", "test", "--skip-build", "--filter", "PublishedFiguresTests"]):
        print("$ " + " ".join(command), flush=True)
        status = subprocess.call(command, cwd=REPOSITORY)
        if status != 0:
            return status
    return 0


def main(argv):
    parser = argparse.ArgumentParser(prog="bundled_data", description="Write SafetyBoard's bundled data set.")
    parser.add_argument("--out", default=DATA, help="folder to write the CSV files into (default: data/)")
    parser.add_argument("--check", action="store_true",
                        help="then run PublishedFiguresTests on data/ (needs the Swift toolchain)")
    args = parser.parse_args(argv)
    out = os.path.normpath(os.path.abspath(args.out))
    if args.check and out != DATA:
        parser.error(f"--check tests the repository's data/ ({DATA}); write there, or drop --check")
    os.makedirs(out, exist_ok=True)

    counties = [jurisdiction.build() for jurisdiction in JURISDICTIONS]
    rows = write_files(out, counties)
    for c in counties:
        print(f"{c.name}: {len(c.enterprises)} enterprises, {len(c.hazards)} hazards, "
              f"{len(c.trainings)} training rows, {len(c.inspections)} inspections")
    for kind in COLUMNS:
        path = os.path.join(out, f"{kind}.csv")
        print(f"  {path}: {len(rows[kind])} rows, {os.path.getsize(path):,} bytes")
    return check() if args.check else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
