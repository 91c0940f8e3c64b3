/**
 * What the hand-annotation commands share: finding the account and span they act on,
 * the pickers for persons, countries, claim types and match classes, new ids, and
 * telling the user how an edit went (with Undo).
 */
import * as vscode from 'vscode';
import { type AnnotationSet, CLAIM_TYPES, type ClaimType, COUNTRY_FORMS, type Entity, handTargetFor, MATCH_CLASSES, type MatchClass, type OffsetRange } from '../../core/index';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import { viewOfDocument, type AccountView } from '../accountView';
import type { HandAnnotationLayer, HandEditOutcome } from '../handAnnotations';
import { truncate } from '../markdownText';
import { MANAGE_TRUST, manageTrust } from '../workspaceTrust';
import { documentOffsetRange } from '../convert';

/** The account in the active editor, analysed at its current version. */
export interface EditorAccount {
  readonly editor: vscode.TextEditor;
  readonly view: AccountView;
}

/**
 * The active editor's account, or `undefined` after telling the user what is needed
 * (`action` completes "Open an account and …").
 */
export async function editorAccount(store: AccountStore, action: string): Promise<EditorAccount | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(`Open a transcript or news report and ${action}, then run the command again.`);
    return undefined;
  }
  const view = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Transcript Annotator: analysing…' }, () => viewOfDocument(store, editor.document));
  if (!view) {
    void vscode.window.showInformationMessage(`${basename(editor.document.uri)} is not annotated as an account. Run “Transcript Annotator: Annotate Current File” first.`);
    return undefined;
  }
  return { editor, view };
}

/** The selection as an offset range, or the word at the cursor when nothing is selected; `undefined` when neither. */
export function selectedSpan(editor: vscode.TextEditor): OffsetRange | undefined {
  const doc = editor.document;
  const range: vscode.Range | undefined = editor.selection.isEmpty ? doc.getWordRangeAtPosition(editor.selection.active) : editor.selection;
  if (!range) return undefined;
  // Trim surrounding white space: a span starts and ends on text.
  const text = doc.getText(range);
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  if (lead === text.length) return undefined;
  const span = documentOffsetRange(doc, range);
  return { start: span.start + lead, end: span.end - trail };
}

/** A new hand annotation id. */
export function newHandId(): string {
  return `urn:uuid:${globalThis.crypto.randomUUID()}`;
}

/** The current time for `created`. */
export function now(): string {
  return new Date().toISOString();
}

/** The stored target of `range` in the editor's account (its sidecar is the account's own). */
export function targetInAccount(view: AccountView, range: OffsetRange) {
  const uri = view.account.uri.toString();
  return handTargetFor(uri, uri, view.account.text, range);
}

type Pick<T> = vscode.QuickPickItem & { readonly value?: T; readonly isNew?: boolean };

/**
 * Asks for a person: known persons of the set first (the one matching `suggested`
 * on top), then “New person…”. Returns the name; `null` for “unknown” when
 * `allowUnknown`; `undefined` when cancelled.
 */
export async function pickPerson(set: AnnotationSet, title: string, suggested: string | undefined, allowUnknown = false): Promise<string | null | undefined> {
  const persons = set.entities.filter((e) => e.kind === 'person');
  const key = suggested?.trim().toLowerCase();
  const matches = (e: Entity) => !!key && (e.name.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key));
  const sorted = [...persons].sort((a, b) => Number(matches(b)) - Number(matches(a)) || Number(!!b.speaker) - Number(!!a.speaker) || a.name.localeCompare(b.name));
  const items: Pick<string | null>[] = [
    ...sorted.map((e) => ({ label: `$(person) ${e.name}`, description: [e.speaker ? 'speaker' : '', e.aliases.slice(0, 3).join(', ')].filter(Boolean).join(' · '), value: e.name })),
    { label: '$(add) New person…', isNew: true, alwaysShow: true },
    ...(allowUnknown ? [{ label: '$(question) Unknown speaker', value: null, alwaysShow: true }] : []),
  ];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Choose a known person or add a new one', matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.isNew) {
    const name = await vscode.window.showInputBox({
      title,
      prompt: 'Full name of the person, as it should appear everywhere (other spellings become aliases)',
      value: suggested?.trim() ?? '',
      validateInput: (v) => (v.trim() ? undefined : 'Type a name, or press Escape to cancel.'),
    });
    return name?.trim() || undefined;
  }
  return picked.value;
}

/** One country: its common name and ISO 3166-1 alpha-2 code. */
export interface CountryChoice {
  readonly name: string;
  readonly iso: string;
}

/** Asks for a country: countries of the set first, then every country of the gazetteer. */
export async function pickCountry(set: AnnotationSet, suggested: string | undefined): Promise<CountryChoice | undefined> {
  const known = set.entities.filter((e) => e.kind === 'country' && e.iso);
  const all = new Map<string, string>();
  for (const f of COUNTRY_FORMS) if (f.iso && f.name && !all.has(f.iso)) all.set(f.iso, f.name);
  const key = suggested?.trim().toLowerCase();
  const guessed = key ? COUNTRY_FORMS.find((f) => f.iso && f.form.toLowerCase() === key)?.iso : undefined;
  const knownIsos = new Set(known.map((e) => e.iso!));
  const others = [...all].filter(([iso]) => !knownIsos.has(iso)).sort((a, b) => a[1].localeCompare(b[1]));
  const items: Array<Pick<CountryChoice> | vscode.QuickPickItem> = [
    ...known.map((e) => ({ label: `$(globe) ${e.name}`, description: e.iso, value: { name: e.name, iso: e.iso! }, picked: e.iso === guessed })),
    { label: 'All countries', kind: vscode.QuickPickItemKind.Separator },
    ...others.map(([iso, name]) => ({ label: name, description: iso, value: { name, iso } })),
  ];
  const quickPick = vscode.window.createQuickPick<Pick<CountryChoice> | vscode.QuickPickItem>();
  quickPick.title = 'Tag as country';
  quickPick.placeholder = 'Type a country name or ISO code';
  quickPick.matchOnDescription = true;
  quickPick.items = items;
  const guessedItem = items.find((i) => 'value' in i && i.value?.iso === guessed);
  if (guessedItem) quickPick.activeItems = [guessedItem];
  const picked = await new Promise<Pick<CountryChoice> | undefined>((resolve) => {
    quickPick.onDidAccept(() => resolve(quickPick.selectedItems[0] as Pick<CountryChoice> | undefined));
    quickPick.onDidHide(() => resolve(undefined));
    quickPick.show();
  });
  quickPick.dispose();
  return picked?.value;
}

/** Asks for a claim type. */
export async function pickClaimType(current?: ClaimType): Promise<ClaimType | undefined> {
  const descriptions: Record<ClaimType, string> = {
    quote: 'words in quotation marks attributed to someone',
    reported: 'reported speech: “she said that …”',
    statement: 'an assertion in a speaker turn or by the author',
    statistic: 'a figure: number, money, percentage, count',
  };
  const picked = await vscode.window.showQuickPick(
    CLAIM_TYPES.map((t) => ({ label: t, description: descriptions[t], picked: t === current })),
    { title: 'Tag as claim: type', placeHolder: 'What kind of claim is it?' },
  );
  return picked?.label as ClaimType | undefined;
}

/** Asks how closely two linked passages match. */
export async function pickMatch(): Promise<MatchClass | undefined> {
  const descriptions: Record<MatchClass, string> = {
    verbatim: 'the same words',
    close: 'nearly the same words',
    paraphrase: 'the same meaning in other words',
    partial: 'part of the passage says the same',
  };
  const picked = await vscode.window.showQuickPick(
    MATCH_CLASSES.map((m) => ({ label: m, description: descriptions[m] })),
    { title: 'Link to counterpart: how close is it?' },
  );
  return picked?.label as MatchClass | undefined;
}

/** Tells the user an edit was made (with Undo), or why it is only in memory. */
export function reportOutcome(layer: HandAnnotationLayer, outcome: HandEditOutcome, done: string): void {
  if (outcome.saved) {
    void vscode.window.setStatusBarMessage(`$(check) ${done} (saved to ${basename(vscode.Uri.parse(outcome.sidecar))})`, 5000);
    return;
  }
  const actions = vscode.workspace.isTrusted ? ['Undo'] : [MANAGE_TRUST, 'Undo'];
  void vscode.window.showWarningMessage(`${done}, but not saved: ${outcome.reason}`, ...actions).then(async (choice) => {
    if (choice === 'Undo') await layer.undo();
    else if (choice === MANAGE_TRUST) manageTrust();
  });
}

/** A short, one-line form of a span's text for messages. */
export function quoteOf(text: string, range: OffsetRange): string {
  return `“${truncate(text.slice(range.start, range.end).replace(/\s+/g, ' '), 50)}”`;
}
