/**
 * The word diff as both the hover and the panel show it: always the report against the
 * transcript, in the literal words of each. Pure (no vscode, no DOM).
 *
 * Notes:
 * - The analysis matches a person or country mention as one word whatever its form, so
 *   "Russia" in the report is kept against "the Russian Federation" in the transcript. Shown
 *   as one side only, that reads as words nobody wrote; here such a kept part is diffed
 *   again on its literal words (case, diacritics and apostrophes aside), and a part whose
 *   words differ is shown as changed.
 * - Neighbouring changes are merged into one ("−the Russian Federation +Russia" rather than
 *   "−the" then "−Russian Federation +Russia").
 */
import { diffArrays } from 'diff';
import type { DiffPart } from '../core/index';
import type { PanelDiffPart } from './panelProtocol';

/**
 * Turns a diff of `from → to` into one seen from the report. When the report is the `to`
 * side, what the model calls "added" (only in `from`, the transcript) was dropped by the report.
 */
export function normaliseDiff(diff: readonly DiffPart[], reportIsFrom: boolean): PanelDiffPart[] {
  return diff.map((d) => {
    const reportWords = reportIsFrom ? d.from : d.to;
    const transcriptWords = reportIsFrom ? d.to : d.from;
    const op = reportIsFrom ? d.op : d.op === 'added' ? 'dropped' : d.op === 'dropped' ? 'added' : d.op;
    return compact({ op, report: op === 'dropped' ? undefined : reportWords, transcript: op === 'added' ? undefined : transcriptWords });
  });
}

/** A word as compared for display: lower case, without diacritics, straight apostrophes. */
function fold(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
}

const words = (text: string | undefined): string[] => (text ? text.split(/\s+/).filter(Boolean) : []);

/** Splits a kept part whose two sides differ in their literal words (see module notes). */
function literalParts(part: PanelDiffPart): PanelDiffPart[] {
  const report = words(part.report);
  const transcript = words(part.transcript);
  if (report.length === transcript.length && report.every((w, i) => fold(w) === fold(transcript[i]!))) return [part];
  const out: PanelDiffPart[] = [];
  let ri = 0;
  let ti = 0;
  for (const change of diffArrays(transcript.map(fold), report.map(fold))) {
    const n = change.count ?? change.value.length;
    if (change.removed) {
      out.push({ op: 'dropped', transcript: transcript.slice(ti, ti + n).join(' ') });
      ti += n;
    } else if (change.added) {
      out.push({ op: 'added', report: report.slice(ri, ri + n).join(' ') });
      ri += n;
    } else {
      out.push({ op: 'kept', report: report.slice(ri, ri + n).join(' '), transcript: transcript.slice(ti, ti + n).join(' ') });
      ri += n;
      ti += n;
    }
  }
  return out;
}

/** Merges neighbouring non-kept parts into one: changed when it has words on both sides. */
function mergeChanges(parts: readonly PanelDiffPart[]): PanelDiffPart[] {
  const out: PanelDiffPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.op === 'kept' || !last || last.op === 'kept') {
      out.push(part);
      continue;
    }
    const report = [last.report, part.report].filter(Boolean).join(' ');
    const transcript = [last.transcript, part.transcript].filter(Boolean).join(' ');
    out[out.length - 1] = compact({ op: report && transcript ? 'changed' : report ? 'added' : 'dropped', report: report || undefined, transcript: transcript || undefined });
  }
  return out;
}

/**
 * The diff of a cross-reference as shown to the user: from the report's side, in the
 * literal words of both texts, with neighbouring changes merged.
 */
export function reportDiff(diff: readonly DiffPart[], reportIsFrom: boolean): PanelDiffPart[] {
  return mergeChanges(normaliseDiff(diff, reportIsFrom).flatMap((p) => (p.op === 'kept' ? literalParts(p) : [p])));
}

/** Drops properties whose value is `undefined`. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
