/**
 * Words the panel shows for model values: match classes, claim types, percentages,
 * and the sentence a screen reader reads for a row. Pure.
 */
import type { PanelEntity, PanelOrphan, PanelRow } from '../shared/panelProtocol';
import type { RowClass } from './viewState';

/** Display name of each row class. */
export const CLASS_LABELS: Readonly<Record<RowClass, string>> = {
  verbatim: 'Verbatim',
  close: 'Close',
  paraphrase: 'Paraphrase',
  partial: 'Partial',
  unsupported: 'Unsupported',
  context: 'Context',
  unconfirmed: 'Not confirmed',
};

/** Codicon of each row class. */
export const CLASS_ICONS: Readonly<Record<RowClass, string>> = {
  verbatim: 'pass-filled',
  close: 'pass',
  paraphrase: 'arrow-swap',
  partial: 'circle-large-outline',
  unsupported: 'warning',
  context: 'info',
  unconfirmed: 'question',
};

/** `0.873` → `87%`. */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** A passage as the panel shows it: hard line breaks (and the spaces around them) become one space. */
export function reflow(text: string): string {
  return text.replace(/[ \t]*\r?\n\s*/g, ' ');
}

/** The sentence read for a row: class, figure, speaker, type, then the passages. */
export function rowAriaLabel(row: PanelRow, names: ReadonlyMap<string, PanelEntity>, group: string): string {
  const parts: string[] = [];
  if (row.kind === 'match') {
    parts.push(`${CLASS_LABELS[row.match]} match`);
    parts.push(row.fidelity !== undefined ? `quote fidelity ${percent(row.fidelity)}` : `similarity ${percent(row.score)}`);
  } else parts.push(row.reason === 'context' ? 'Context, not from this event' : row.reason === 'unconfirmed' ? 'Not confirmed by the transcript' : 'Unsupported by the transcript');
  if (row.claimType) parts.push(row.claimType);
  if (row.review?.verdict !== undefined) parts.push(`verdict ${row.review.verdict}`);
  if (row.kind === 'match' && row.linkReview?.verdict !== undefined) parts.push(`link verdict ${row.linkReview.verdict}`);
  const attribution = row.attribution ? names.get(row.attribution)?.name : undefined;
  parts.push(attribution ? `attributed by the report to ${attribution}` : 'the report names no one');
  if (row.kind === 'match') {
    const spoken = row.transcriptSpeaker ? names.get(row.transcriptSpeaker)?.name : undefined;
    parts.push(spoken ? `spoken in the transcript by ${spoken}` : 'no speaker in the transcript');
  }
  parts.push(`in ${group}`);
  parts.push(`Report: ${clip(row.report.text, 160)}`);
  if (row.kind === 'match') parts.push(`Transcript: ${clip(row.transcript.text, 160)}`);
  else if (row.nearest) parts.push(`Nearest in the transcript, similarity ${percent(row.similarity ?? 0)}: ${clip(row.nearest.text, 160)}`);
  return parts.join('. ');
}

/** What an orphaned hand annotation did, in a few words: “Person tag”, “Rejected country”, “Set speaker”, “Link”. */
export function orphanKindLabel(orphan: PanelOrphan): string {
  const kind = orphan.kind ? `${orphan.kind[0].toUpperCase()}${orphan.kind.slice(1)}` : '';
  switch (orphan.action) {
    case 'tag':
      return `${kind || 'Span'} tag`;
    case 'reject':
      return `Rejected ${orphan.kind ?? 'annotation'}`;
    case 'setSpeaker':
      return 'Set speaker';
    case 'link':
      return 'Link';
    case 'unlink':
      return 'Unlink';
    case 'assess':
      return 'Verdict';
    case 'comment':
      return 'Note';
  }
}

/** The sentence read for an orphan: what it did, whom it names, its words, where it is kept and why it is orphaned. */
export function orphanAriaLabel(orphan: PanelOrphan): string {
  const names = orphan.label ? (orphan.action === 'link' || orphan.action === 'unlink' ? ` to “${clip(orphan.label, 80)}”` : `: ${clip(orphan.label, 80)}`) : '';
  return `${orphanKindLabel(orphan)}${names}, on “${clip(orphan.quote, 160)}”, kept in the sidecar of ${orphan.account}. ${orphan.reason}`;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
