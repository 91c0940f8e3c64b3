/**
 * Words the panel shows for model values: match classes, claim types, percentages,
 * and the sentence a screen reader reads for a row. Pure.
 */
import type { PanelEntity, PanelRow } from '../shared/panelProtocol';
import type { RowClass } from './viewState';

/** Display name of each row class. */
export const CLASS_LABELS: Readonly<Record<RowClass, string>> = {
  verbatim: 'Verbatim',
  close: 'Close',
  paraphrase: 'Paraphrase',
  partial: 'Partial',
  unsupported: 'Unsupported',
};

/** Codicon of each row class. */
export const CLASS_ICONS: Readonly<Record<RowClass, string>> = {
  verbatim: 'pass-filled',
  close: 'pass',
  paraphrase: 'arrow-swap',
  partial: 'circle-large-outline',
  unsupported: 'warning',
};

/** `0.873` → `87%`. */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** The sentence read for a row: class, figure, speaker, type, then the passages. */
export function rowAriaLabel(row: PanelRow, names: ReadonlyMap<string, PanelEntity>, group: string): string {
  const speaker = row.speaker ? names.get(row.speaker)?.name : undefined;
  const parts: string[] = [];
  if (row.kind === 'match') {
    parts.push(`${CLASS_LABELS[row.match]} match`);
    parts.push(row.fidelity !== undefined ? `quote fidelity ${percent(row.fidelity)}` : `similarity ${percent(row.score)}`);
  } else parts.push('Unsupported by the transcript');
  if (row.claimType) parts.push(row.claimType);
  parts.push(speaker ? `speaker ${speaker}` : 'speaker unknown');
  parts.push(`in ${group}`);
  parts.push(`Report: ${clip(row.report.text, 160)}`);
  if (row.kind === 'match') parts.push(`Transcript: ${clip(row.transcript.text, 160)}`);
  return parts.join('. ');
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
