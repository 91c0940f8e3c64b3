/**
 * What the panel shows when it has no pair to show: what is wrong and exactly what to
 * do, with buttons running the commands that fix it.
 */
import type { PanelCommand, PanelEmptyReason } from '../shared/panelProtocol';
import { h, icon } from './dom';

const TEXT: Readonly<Record<PanelEmptyReason, { readonly title: string; readonly steps: readonly string[]; readonly icon: string }>> = {
  noAccount: {
    icon: 'references',
    title: 'No account is open',
    steps: [
      'Open a press-conference transcript or a news report about it (a .txt, .md or .transcript file).',
      'Open the other account of the same event: files in the same folder pair automatically; otherwise use Pair with Other Account… below.',
    ],
  },
  unpaired: {
    icon: 'link',
    title: 'This account has no counterpart yet',
    steps: [
      'Put the transcript and the news report in the same folder, or',
      'run Pair with Other Account… and pick the other file.',
    ],
  },
  analysing: { icon: 'loading', title: 'Analysing the accounts…', steps: ['The cross-references appear here when the analysis is done.'] },
  failed: { icon: 'error', title: 'The accounts could not be cross-referenced', steps: ['Fix the problem below, then run Re-analyse.'] },
};

const BUTTONS: Readonly<Record<PanelEmptyReason, readonly (readonly [PanelCommand, string, string])[]>> = {
  noAccount: [
    ['pairWith', 'Pair with Other Account…', 'link'],
    ['annotateFile', 'Annotate Current File', 'tag'],
  ],
  unpaired: [['pairWith', 'Pair with Other Account…', 'link']],
  analysing: [],
  failed: [['reanalyse', 'Re-analyse', 'refresh']],
};

/** Draws the empty state for `reason`; `detail` is the extension's sentence about the file involved. */
export function renderEmptyState(reason: PanelEmptyReason, detail: string, run: (command: PanelCommand) => void): HTMLElement {
  const text = TEXT[reason];
  const buttons = BUTTONS[reason].map(([command, label, iconName]) => {
    const button = h('button', { type: 'button', class: 'primary', 'data-command': command }, icon(iconName), label);
    button.addEventListener('click', () => run(command));
    return button;
  });
  return h(
    'div',
    { class: `empty empty-${reason}`, role: 'status' },
    h('h2', {}, h('span', { class: reason === 'analysing' ? 'spin' : '' }, icon(text.icon)), ' ', text.title),
    detail ? h('p', { class: 'detail' }, detail) : undefined,
    h('ol', {}, ...text.steps.map((s) => h('li', {}, s))),
    buttons.length ? h('div', { class: 'buttons' }, ...buttons) : undefined,
  );
}
