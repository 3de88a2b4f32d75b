"""SafetyBoard's bundled record-level data set (data/*.csv), generated.

Deterministic (fixed seeds, Python 3 standard library only): every run writes the same bytes.
The rows are synthetic, built so that their counts give back the figures five published
articles state (docs/figures.md). Whether they do is checked by the real program, not here:
`swift test --filter PublishedFiguresTests` imports data/ with the importer and reads
`safetyboard report --format json` (see README.md in this folder).

Modules: vocabulary (the words), builder (the row-building and writing machinery) and one
module per jurisdiction (haixi, bohu, pingli, xintai, licheng).
"""
