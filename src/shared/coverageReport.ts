/**
 * The shareable coverage report: one self-contained HTML file for editors who do not use
 * VS Code. Pure string building (no DOM, no I/O), from a `Coverage` (core/coverage).
 *
 * Notes:
 * - Self-contained and inert: the stylesheet is inline; no script, image, font or link
 *   leaves the file, and a Content-Security-Policy meta forbids scripts and every network
 *   fetch, so a hostile document cannot make the page run or call anything.
 * - All document text (passages, file names, labels, person names) is data: escaped, and
 *   isolated in `<bdi>` so bidi controls in it reorder nothing around it (htmlText.ts).
 * - Renderings read without colour: a symbol and a word in every cell (coverageMarks.ts);
 *   the colours are tints that keep their order in grey, and are printed.
 * - Word diffs follow the hovers' and panel's convention (reportDiff.ts, diffLegend.ts):
 *   report against transcript, "−" struck: said, not in the report; "+" bold: in the
 *   report, not said.
 */
import type { AnnotationSet, Coverage, CoverageLink, CoverageTurnCell, OffsetRange, OutletStats, Rendering, SpeakerCount } from '../core/index';
import { COVERAGE_REPORT_CSS } from './coverageReportStyle';
import { RENDERING_MARKS, RENDERING_ORDER as RENDERINGS } from './coverageMarks';
import { DIFF_LEGEND } from './diffLegend';
import { fileNameOf } from './fileName';
import { findingText } from './findingText';
import { documentText, escapeHtml, titleText } from './htmlText';
import type { PanelDiffPart } from './panelProtocol';
import { reportDiff } from './reportDiff';

/** What the report is built from. */
export interface CoverageReportInput {
  readonly coverage: Coverage;
  /** The annotation set the coverage was built from (person names, claim texts). */
  readonly set: AnnotationSet;
  /** Each account's text by document id, exactly as analysed. */
  readonly texts: Readonly<Record<string, string>>;
  /** Display names by document id; default: the file name of each account's uri. */
  readonly names?: Readonly<Record<string, string>>;
  /** Who made the file, for the footer (e.g. "Transcript Annotator 0.1.0"). */
  readonly generator?: string;
}

/** The Content-Security-Policy of the report: no script, no fetch of any kind; inline styles only. */
export const COVERAGE_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; connect-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'";

/** Column keys: A … Z, AA, AB … */
export function outletKey(index: number): string {
  let key = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) key = String.fromCharCode(65 + ((n - 1) % 26)) + key;
  return key;
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Builds the HTML coverage report. */
export function buildCoverageReport(input: CoverageReportInput): string {
  const { coverage, set, texts } = input;
  const persons = new Map(set.entities.map((e) => [e.id, e.name]));
  const nameOf = (id: string): string => input.names?.[id] ?? fileNameOf(set.documents.find((d) => d.id === id)?.uri ?? id);
  const keyOf = new Map(coverage.outlets.map((o) => [o.id, outletKey(o.index)]));
  const transcriptText = texts[coverage.transcript.id] ?? '';
  const slice = (doc: string, r: OffsetRange): string => (texts[doc] ?? '').slice(r.start, r.end);
  const person = (id: string | undefined): string => (id ? documentText(persons.get(id) ?? id) : 'unattributed');
  const outletTag = (id: string): string => `<span class="key">${escapeHtml(keyOf.get(id) ?? '?')}</span> <span class="outlet-name">${documentText(nameOf(id))}</span>`;
  const title = nameOf(coverage.transcript.id);
  const n = coverage.outlets.length;

  const out: string[] = [];
  out.push(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(COVERAGE_REPORT_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Coverage report: ${titleText(title)}</title>
<style>${COVERAGE_REPORT_CSS}</style>
</head>
<body>
<header>
<h1>Coverage report</h1>
<p class="meta">Transcript: <strong>${documentText(title)}</strong> · ${plural(n, 'report')} · ${plural(coverage.sentences.length, 'transcript sentence')} in ${plural(coverage.turns.length, 'passage')}</p>
<nav aria-label="Contents"><ul><li><a href="#outlets">Outlets</a></li><li><a href="#matrix">Coverage matrix</a></li><li><a href="#quotes">Quotes across outlets</a></li><li><a href="#unsupported">Unsupported claims</a></li></ul></nav>
</header>
<main>`);
  out.push(outletsSection(coverage, outletTag, person));
  out.push(matrixSection(coverage, transcriptText, outletTag, person));
  out.push(quotesSection(coverage, transcriptText, slice, outletTag, person, (id) => persons.get(id)));
  out.push(unsupportedSection(coverage, transcriptText, slice, outletTag, person));
  out.push(`</main>
<footer><p>${input.generator ? `Made by ${escapeHtml(input.generator)}. ` : ''}Each report was cross-referenced with the transcript automatically: check a finding against both texts before relying on it.</p></footer>
</body>
</html>
`);
  return out.join('\n');
}

/** The legend of the renderings, as a list. */
function renderingLegend(): string {
  const items = RENDERINGS.map((r) => `<li><span class="swatch r-${r}">${RENDERING_MARKS[r].symbol}</span> <span><strong>${RENDERING_MARKS[r].word}</strong>: ${escapeHtml(RENDERING_MARKS[r].meaning)}</span></li>`);
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`;
}

/** The symbol and word of a rendering. */
function mark(r: Rendering): string {
  return `<span class="sym" aria-hidden="true">${RENDERING_MARKS[r].symbol}</span> ${RENDERING_MARKS[r].word}`;
}

/** Counts per person; `unnamed` names the count of no known person. */
function speakerList(counts: readonly SpeakerCount[], person: (id: string | undefined) => string, unnamed: string): string {
  if (counts.length === 0) return '<span class="note">none</span>';
  return counts.map((c) => `${c.speaker ? person(c.speaker) : unnamed} ${c.count}`).join(' · ');
}

function outletsSection(coverage: Coverage, outletTag: (id: string) => string, person: (id: string | undefined) => string): string {
  const total = coverage.sentences.length;
  const rows = coverage.stats.map((s: OutletStats, i) => {
    const outlet = coverage.outlets[i]!;
    const same = outlet.sameTextAs ? `<br><span class="note">same text as ${outletTag(outlet.sameTextAs)}</span>` : '';
    const renderings = RENDERINGS.filter((r) => r !== 'absent')
      .map((r) => `<span title="${RENDERING_MARKS[r].word}">${RENDERING_MARKS[r].symbol}&nbsp;${s.renderings[r]}</span>`)
      .join(' ');
    const q = s.quotes;
    const quotes = q.total === 0 ? '<span class="note">no quotes</span>' : `${q.accurate} accurate<br>${q.altered} altered<br>${q.notFound} not found${q.misattributed ? `<br>${q.misattributed} misattributed` : ''}`;
    return `<tr><th scope="row">${outletTag(outlet.id)}${same}</th><td class="num">${percent(s.share)}<br><span class="note">${s.sentencesCovered} of ${total}</span></td><td>${renderings}</td><td class="nowrap">${quotes}</td><td class="num">${s.changedFigures}</td><td class="num">${s.unsupported}</td><td class="num">${s.context}</td><td>${speakerList(s.speakersQuoted, person, 'unattributed')}</td><td>${speakerList(s.speakersCovered, person, 'no named speaker')}</td></tr>`;
  });
  return `<section id="outlets" aria-labelledby="outlets-h">
<h2 id="outlets-h">Outlets</h2>
<p class="note">Covered: share of the transcript's sentences (by length) that the report renders in any way. Quotes: each quotation of the report, accurate when the transcript holds its words, altered when its words differ in substance. Unsupported: words the report credits to a speaker that the transcript does not hold; context: the reporter's own background, not checked. Speakers quoted: the report's quotations and reported speech per person it credits; sentences covered per speaker: the transcript sentences it renders, per person speaking them.</p>
<table class="outlets">
<thead><tr><th scope="col">Report</th><th scope="col">Covered</th><th scope="col">Sentences by rendering</th><th scope="col">Quotes</th><th scope="col">Changed figures</th><th scope="col">Unsupported claims</th><th scope="col">Context claims</th><th scope="col">Speakers quoted</th><th scope="col">Sentences covered per speaker</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

function turnCell(cell: CoverageTurnCell, sentences: number): string {
  if (cell.rendering === 'absent') return `<td class="cell r-absent">${mark('absent')}</td>`;
  return `<td class="cell r-${cell.rendering}">${mark(cell.rendering)}<br>${cell.sentencesCovered} of ${sentences}</td>`;
}

function sentenceCell(link: CoverageLink | undefined, rendering: Rendering): string {
  if (!link) return `<td class="cell r-absent">${mark('absent')}</td>`;
  const fid = link.fidelity !== undefined ? ` <span class="fid">${percent(link.fidelity)}</span>` : '';
  return `<td class="cell r-${rendering}">${mark(rendering)}${fid}</td>`;
}

function matrixSection(coverage: Coverage, text: string, outletTag: (id: string) => string, person: (id: string | undefined) => string): string {
  const n = coverage.outlets.length;
  const head = coverage.outlets.map((o) => `<th scope="col" class="cell">${outletTag(o.id)}</th>`).join('');
  const body: string[] = [];
  for (const turn of coverage.turns) {
    const who = turn.speaker ? `<span class="speaker">${person(turn.speaker)}</span>` : '';
    const label = turn.label ? `<span class="label">${documentText(turn.label)}</span>` : '';
    const heading = turn.annotation ? [who, label].filter(Boolean).join(' ') || '<span class="label">Unnamed speaker</span>' : '<span class="label">Outside the speaker turns</span>';
    body.push(`<tr class="turn"><th scope="rowgroup">${heading}</th>${turn.cells.map((c) => turnCell(c, turn.sentences.length)).join('')}<td class="num count">${turn.outlets}/${n}</td></tr>`);
    for (const index of turn.sentences) {
      const s = coverage.sentences[index]!;
      body.push(`<tr><td class="passage">${documentText(text.slice(s.start, s.end))}</td>${s.cells.map((c) => sentenceCell(c.best, c.rendering)).join('')}<td class="num count">${s.outlets}/${n}</td></tr>`);
    }
  }
  return `<section id="matrix" aria-labelledby="matrix-h">
<h2 id="matrix-h">Coverage matrix</h2>
<p class="note">The transcript down the side, turn by turn and sentence by sentence; one column per report, with how it renders the sentence (its closest rendering, and for a quote the share of its words kept). A turn's row gives the closest rendering of any of its sentences and how many it renders.</p>
${renderingLegend()}
<table class="matrix">
<thead><tr><th scope="col">Transcript</th>${head}<th scope="col" class="count">Reports</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
</section>`;
}

/** The word diff, report against transcript, as HTML (the hovers' and panel's convention). */
export function diffHtml(diff: readonly PanelDiffPart[]): string {
  const said = (words: string) => `<del><span class="mark" aria-hidden="true">−</span>${documentText(words)}</del>`;
  const added = (words: string) => `<ins><span class="mark" aria-hidden="true">+</span>${documentText(words)}</ins>`;
  const parts: string[] = [];
  for (const p of diff) {
    if (p.op === 'kept') parts.push(documentText(p.report ?? p.transcript ?? ''));
    else {
      const both: string[] = [];
      if ((p.op === 'changed' || p.op === 'dropped') && p.transcript) both.push(said(p.transcript));
      if ((p.op === 'changed' || p.op === 'added') && p.report) both.push(added(p.report));
      parts.push(both.join(' '));
    }
  }
  return parts.join(' ');
}

/** The legend of the word diff. */
function diffLegendHtml(): string {
  return `<p class="legend-diff"><strong>${escapeHtml(DIFF_LEGEND.title)}:</strong> <del><span class="mark">−</span>struck</del> ${escapeHtml(DIFF_LEGEND.dropped)} · <ins><span class="mark">+</span>bold</ins> ${escapeHtml(DIFF_LEGEND.added)}</p>`;
}

function quotesSection(coverage: Coverage, text: string, slice: (doc: string, r: OffsetRange) => string, outletTag: (id: string) => string, person: (id: string | undefined) => string, nameOf: (id: string) => string | undefined): string {
  const groups = coverage.quoteGroups.map((g, i) => {
    const sentence = coverage.sentences[g.sentence]!;
    // The sentence, with the quoted words marked.
    const from = Math.max(sentence.start, Math.min(g.transcript.start, sentence.end));
    const to = Math.max(from, Math.min(g.transcript.end, sentence.end));
    const quoted = `${documentText(text.slice(sentence.start, from))}<mark>${documentText(text.slice(from, to))}</mark>${documentText(text.slice(to, Math.max(to, sentence.end)))}`;
    const speaker = sentence.speaker ? `${person(sentence.speaker)}: ` : '';
    const renderings = g.renderings.map((r) => {
      const l = r.link;
      const fid = l.fidelity !== undefined ? `fidelity ${percent(l.fidelity)}` : '';
      const findings = l.findings.length ? `<ul class="findings">${l.findings.map((f) => `<li>${documentText(findingText(f, nameOf))}</li>`).join('')}</ul>` : '';
      const parts = l.diff?.length ? reportDiff(l.diff, l.reportIsFrom) : [];
      const diff = parts.some((p) => p.op !== 'kept') ? `<p class="diff">${diffHtml(parts)}</p>` : '';
      return `<div class="rendering"><div class="head">${outletTag(r.outlet)} <span class="swatch r-${l.match}">${mark(l.match)}</span><span>${fid}</span></div><p class="passage-text">“${documentText(slice(l.report.document, l.report))}”</p>${diff}${findings}</div>`;
    });
    return `<article class="quote-group" id="q${i + 1}"><h3>${speaker}quoted by ${plural(g.outlets, 'report')}</h3><blockquote class="passage-text">${quoted}</blockquote>${renderings.join('')}</article>`;
  });
  const body = groups.length > 0 ? `${diffLegendHtml()}\n${groups.join('\n')}` : '<p class="note">No report quotes the transcript.</p>';
  return `<section id="quotes" aria-labelledby="quotes-h">
<h2 id="quotes-h">Quotes across outlets</h2>
<p class="note">Each passage of the transcript that a report puts in quotation marks (quoted words highlighted), with every report's quotation of it.</p>
${body}
</section>`;
}

function unsupportedSection(coverage: Coverage, text: string, slice: (doc: string, r: OffsetRange) => string, outletTag: (id: string) => string, person: (id: string | undefined) => string): string {
  const parts = coverage.outlets.map((o) => {
    const mine = coverage.unmatched.filter((u) => u.outlet === o.id);
    const unsupported = mine.filter((u) => u.reason === 'unsupported');
    const context = new Set(mine.filter((u) => u.reason === 'context').map((u) => u.claim)).size;
    const items = unsupported.map((u) => {
      const who = u.speaker ? ` <span class="note">credited to</span> ${person(u.speaker)}` : '';
      const type = u.claimType ? ` <span class="note">(${escapeHtml(u.claimType)})</span>` : '';
      const nearest = u.nearest ? `<br><span class="note">Closest in the transcript (similarity ${percent(u.nearest.score)}):</span> ${documentText(text.slice(u.nearest.start, u.nearest.end))}` : '';
      return `<li><span class="passage-text">“${documentText(slice(u.document, u))}”</span>${who}${type}${nearest}</li>`;
    });
    const list = items.length ? `<ul class="unmatched">${items.join('')}</ul>` : '<p class="note">None.</p>';
    const ctx = context ? `<p class="note">${plural(context, 'claim')} of the reporter's own (background, narration) not found in the transcript, and not counted as errors.</p>` : '';
    return `<h3>${outletTag(o.id)}: ${plural(new Set(unsupported.map((u) => u.claim)).size, 'unsupported claim')}</h3>\n${list}${ctx}`;
  });
  return `<section id="unsupported" aria-labelledby="unsupported-h">
<h2 id="unsupported-h">Unsupported claims</h2>
<p class="note">Words each report credits to a speaker of the event that the transcript does not hold.</p>
${parts.join('\n')}
</section>`;
}
