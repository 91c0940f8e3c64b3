/**
 * The entity summary at the top of the panel: people and countries with their mention
 * counts in each account. A name is a button that filters the rows by that speaker or country.
 */
import type { PanelEntity, PanelSnapshot } from '../shared/panelProtocol';
import { h, icon } from './dom';

/** Called with the entity the user picked. */
export type PickEntity = (entity: PanelEntity) => void;

/** Draws the summary (a collapsible section; `open` restores its state). */
export function renderSummary(snapshot: PanelSnapshot, open: boolean, onPick: PickEntity, onToggle: (open: boolean) => void): HTMLElement {
  const mentioned = snapshot.entities.filter((e) => e.reportMentions + e.transcriptMentions > 0);
  const people = sortByMentions(mentioned.filter((e) => e.kind === 'person'));
  const countries = sortByMentions(mentioned.filter((e) => e.kind === 'country'));
  const details = h(
    'details',
    { class: 'summary', open },
    h('summary', {}, icon('organization'), `People (${people.length}) and countries (${countries.length})`),
    table('People', 'person', people, snapshot, onPick),
    table('Countries', 'globe', countries, snapshot, onPick),
  );
  details.addEventListener('toggle', () => onToggle(details.open));
  return details;
}

function sortByMentions(entities: PanelEntity[]): PanelEntity[] {
  return entities.sort(
    (a, b) => b.reportMentions + b.transcriptMentions - (a.reportMentions + a.transcriptMentions) || a.name.localeCompare(b.name),
  );
}

function table(caption: string, iconName: string, entities: readonly PanelEntity[], snapshot: PanelSnapshot, onPick: PickEntity): HTMLElement {
  if (!entities.length) return h('p', { class: 'summary-none' }, `No ${caption.toLowerCase()} found.`);
  const body = h('tbody');
  for (const e of entities) {
    const button = h(
      'button',
      { type: 'button', class: 'link-button', title: e.kind === 'country' ? `Show rows mentioning ${e.name}` : e.speaker ? `Show rows where ${e.name} speaks` : `Search rows for ${e.name}` },
      e.name,
      e.iso ? h('span', { class: 'iso' }, e.iso) : undefined,
      e.speaker ? h('span', { class: 'speaker-mark', title: 'Speaks in an account or is quoted' }, ' · speaks') : undefined,
    );
    button.addEventListener('click', () => onPick(e));
    body.append(h('tr', {}, h('th', { scope: 'row' }, button), h('td', {}, String(e.reportMentions)), h('td', {}, String(e.transcriptMentions))));
  }
  return h(
    'table',
    { class: 'entities' },
    h('caption', {}, icon(iconName), caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col', title: snapshot.report.name }, 'Report'), h('th', { scope: 'col', title: snapshot.transcript.name }, 'Transcript'))),
    body,
  );
}
