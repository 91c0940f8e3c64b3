/**
 * The stylesheet of the HTML coverage report (coverageReport.ts), inlined in the file.
 * Renderings are told apart by symbol and word first; the colours are tints that keep
 * their order in grey (darker = more faithful) and are printed (`print-color-adjust`).
 */
export const COVERAGE_REPORT_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --verbatim: #9fd5a9; --close: #c8e8cd; --paraphrase: #f6e7a8; --partial: #f8d2b4; --absent: #ffffff; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 84rem; padding: 1.5rem 2rem 3rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6em; margin: 0 0 .25rem; }
h2 { font-size: 1.25em; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05em; margin: 1.4rem 0 .4rem; }
p { margin: .3rem 0 .6rem; }
.meta, .note { color: var(--muted); }
nav ul { list-style: none; padding: 0; margin: .8rem 0 0; display: flex; gap: 1.2rem; flex-wrap: wrap; }
nav a { color: #0550ae; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #f6f8fa; font-weight: 600; }
.nowrap { white-space: nowrap; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.key { display: inline-block; min-width: 1.5em; padding: 0 .3em; border: 1px solid var(--ink); border-radius: 3px; font-weight: 700; text-align: center; }
.outlet-name { overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; margin: .4rem 0 .8rem; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.swatch { display: inline-block; min-width: 2.2em; padding: 0 .3em; border: 1px solid var(--line); text-align: center; font-weight: 700; }
.r-verbatim { background: var(--verbatim); }
.r-close { background: var(--close); }
.r-paraphrase { background: var(--paraphrase); }
.r-partial { background: var(--partial); }
.r-absent { background: var(--absent); color: var(--muted); }
.sym { font-weight: 700; display: inline-block; min-width: 1.1em; }
.matrix td.cell, .matrix th.cell { width: 7.5rem; white-space: nowrap; font-size: .88em; }
.matrix td.cell .fid { color: var(--ink); }
.matrix .passage { font-size: .95em; }
.matrix tr.turn th { background: #eef1f4; border-top: 2px solid #8c959f; }
.matrix tr.turn td.cell { border-top: 2px solid #8c959f; font-weight: 600; }
.matrix .count { width: 4.5rem; }
.speaker { font-weight: 700; }
.label { color: var(--muted); font-weight: 400; }
.quote-group { border: 1px solid var(--line); border-left: 4px solid #8c959f; padding: .6rem .8rem; margin: .9rem 0; break-inside: avoid; }
.quote-group blockquote { margin: 0 0 .5rem; }
.quote-group mark { background: #fff3b0; color: inherit; padding: 0 .1em; }
.rendering { border-top: 1px dashed var(--line); padding: .45rem 0 .2rem; }
.rendering .head { display: flex; flex-wrap: wrap; gap: .3rem .8rem; align-items: baseline; }
.findings { margin: .2rem 0; padding-left: 1.2rem; }
.diff { margin: .25rem 0 0; }
del { text-decoration: line-through; color: #82071e; }
ins { text-decoration: none; font-weight: 700; color: #0a3069; }
del .mark, ins .mark { font-weight: 700; text-decoration: none; display: inline-block; margin-right: .1em; }
.unmatched li { margin: .35rem 0; }
.passage-text { overflow-wrap: anywhere; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .88em; }
@media print {
  @page { margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav { display: none; }
  h2 { break-after: avoid; }
  tr, .rendering, .unmatched li { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;
