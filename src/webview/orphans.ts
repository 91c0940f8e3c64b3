/**
 * The "Orphaned hand annotations" section: hand annotations of the pair that could not be
 * placed in the current text (their words were edited away). They are kept in their
 * sidecars; each item says what it was, whom it named and its stored words, with buttons
 * to open its sidecar entry or delete it, and a button for Show Orphaned Annotations.
 * Drawn only when there are any. All document text goes through `h()` as text nodes.
 */
import type { PanelOrphan, PanelOrphanAction } from '../shared/panelProtocol';
import { h, icon } from './dom';
import { orphanAriaLabel, orphanKindLabel } from './labels';

/** What the section asks of the extension. */
export interface OrphanHandlers {
  /** Open or remove one orphan. */
  readonly act: (action: PanelOrphanAction, orphan: PanelOrphan) => void;
  /** Run Show Orphaned Annotations. */
  readonly showAll: () => void;
}

const KIND_ICONS: Readonly<Record<string, string>> = { person: 'person', country: 'globe', claim: 'quote', turn: 'comment-discussion' };

/** Draws the section, or returns `undefined` when there is no orphan. */
export function renderOrphans(orphans: readonly PanelOrphan[], handlers: OrphanHandlers): HTMLElement | undefined {
  if (orphans.length === 0) return undefined;
  const headingId = 'orphans-heading';
  const showAll = h('button', { type: 'button', class: 'link-button show-orphaned', 'data-command': 'showOrphaned' }, icon('list-flat'), 'Show Orphaned Annotations');
  showAll.addEventListener('click', () => handlers.showAll());
  const list = h('ul', { class: 'orphan-list', 'aria-labelledby': headingId });
  for (const orphan of orphans) list.append(renderOrphan(orphan, handlers));
  return h(
    'section',
    { class: 'orphans', 'aria-labelledby': headingId },
    h(
      'h2',
      { class: 'orphans-heading', id: headingId },
      icon('warning'),
      'Orphaned hand annotations ',
      h('span', { class: 'count', 'aria-label': `${orphans.length} kept in their sidecars` }, String(orphans.length)),
    ),
    h('p', { class: 'orphans-note' }, 'Their words are no longer in the text, so they are not applied; they are kept in their sidecars until you re-tag or delete them.'),
    list,
    showAll,
  );
}

function renderOrphan(orphan: PanelOrphan, handlers: OrphanHandlers): HTMLElement {
  const button = (action: PanelOrphanAction, iconName: string, label: string, title: string) => {
    const b = h('button', { type: 'button', class: `link-button orphan-${action}`, title, 'aria-label': `${label}: ${orphanKindLabel(orphan)} on “${orphan.quote.slice(0, 60)}”` }, icon(iconName), label);
    b.addEventListener('click', () => handlers.act(action, orphan));
    return b;
  };
  const linked = orphan.action === 'link' || orphan.action === 'unlink';
  return h(
    'li',
    { class: 'orphan', 'data-orphan-id': orphan.id, 'aria-label': orphanAriaLabel(orphan) },
    h(
      'div',
      { class: 'orphan-head' },
      h('span', { class: 'orphan-kind' }, icon(KIND_ICONS[orphan.kind ?? ''] ?? (linked ? 'link' : 'tag')), orphanKindLabel(orphan)),
      orphan.label ? h('span', { class: 'orphan-label' }, linked ? `→ “${orphan.label}”` : orphan.label) : undefined,
      h('span', { class: 'orphan-account' }, orphan.account),
    ),
    h('blockquote', { class: 'orphan-quote' }, orphan.quote, orphan.truncated ? h('span', { class: 'truncated', title: 'shortened' }, ' …') : undefined),
    h('div', { class: 'orphan-reason' }, orphan.reason),
    h(
      'div',
      { class: 'orphan-actions' },
      button('open', 'go-to-file', 'Open in sidecar', 'Open the sidecar at this entry (edit or re-tag it there)'),
      button('remove', 'trash', 'Delete…', 'Delete it from the sidecar (asks first; undoable)'),
    ),
  );
}
