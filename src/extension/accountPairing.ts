/**
 * Which account pairs with which: the explicit pair (Pair with Other Account…, the pairs
 * file) when there is one, else the best account of the same folder by role and name
 * (`chooseCounterpart`). Remembered per file until something of its folder changes.
 */
import * as vscode from 'vscode';
import type { AccountRole } from '../core/index';
import type { AccountChoices } from './accountChoices';
import type { AccountRecognizer } from './accountRecognizer';
import type { AccountTexts } from './accountTexts';
import { chooseCounterpart, nameSimilarity, type PairCandidate } from './pairing';
import { basename, parentPath } from './uris';

/** Files of a folder looked at for an automatic pair, at most. */
const MAX_PAIR_CANDIDATES = 24;

/** The counterpart of each account, as last resolved (`null`: none). */
export class AccountPairing {
  readonly #log: vscode.LogOutputChannel;
  readonly #choices: AccountChoices;
  readonly #texts: AccountTexts;
  readonly #recognizer: AccountRecognizer;
  readonly #counterparts = new Map<string, vscode.Uri | null>();

  constructor(log: vscode.LogOutputChannel, choices: AccountChoices, texts: AccountTexts, recognizer: AccountRecognizer) {
    this.#log = log;
    this.#choices = choices;
    this.#texts = texts;
    this.#recognizer = recognizer;
  }

  /** The account paired with `uri`, as last resolved; `undefined` when it has none (yet). */
  counterpartOf(uri: vscode.Uri): vscode.Uri | undefined {
    return this.#counterparts.get(uri.toString()) ?? undefined;
  }

  /** True when `uri` is the counterpart of some account. */
  isCounterpart(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return [...this.#counterparts.values()].some((u) => u?.toString() === key);
  }

  /** The accounts whose counterpart is `uri` (`uri` itself aside). */
  accountsPairedWith(uri: vscode.Uri): vscode.Uri[] {
    const key = uri.toString();
    return [...this.#counterparts].filter(([other, cp]) => cp?.toString() === key && other !== key).map(([other]) => vscode.Uri.parse(other));
  }

  /**
   * A file of the folder of `uri` appeared, vanished or changed (it may read as an account
   * now): automatic pairs of its folder may change. On a plain change only the accounts
   * still without a pair look again. Returns the accounts to analyse again: `uri` and
   * those paired with it.
   */
  changedOnDisk(uri: vscode.Uri, structural: boolean): vscode.Uri[] {
    const key = uri.toString();
    const folder = parentPath(uri);
    for (const [k, cp] of this.#counterparts) {
      if ((structural || cp === null) && parentPath(vscode.Uri.parse(k)) === folder) this.#counterparts.delete(k);
    }
    return [...this.#counterparts].filter(([k, cp]) => k === key || cp?.toString() === key).map(([k]) => vscode.Uri.parse(k));
  }

  /** Forgets the counterpart of `uri`. */
  forget(uri: vscode.Uri): void {
    this.#counterparts.delete(uri.toString());
  }

  /** Forgets every counterpart. */
  clear(): void {
    this.#counterparts.clear();
  }

  /** The counterpart of `uri` (an account of role `role`): explicit, remembered, or chosen in its folder now. */
  async resolveCounterpart(uri: vscode.Uri, role: AccountRole): Promise<vscode.Uri | undefined> {
    const key = uri.toString();
    const explicit = this.#choices.explicitCounterpart(uri);
    if (explicit) return this.#remember(key, explicit);
    if (this.#counterparts.has(key)) return this.#counterparts.get(key) ?? undefined;
    // Automatic: accounts of the same folder.
    const folder = vscode.Uri.joinPath(uri, '..');
    let entries: [string, vscode.FileType][];
    try {
      entries = uri.scheme === 'untitled' ? [] : await vscode.workspace.fs.readDirectory(folder);
    } catch {
      entries = [];
    }
    // A corpus folder may hold hundreds of files: look at the names closest to this one first, and
    // at most MAX_PAIR_CANDIDATES of them (each is analysed once to tell whether it is an account).
    const files = entries
      .filter(([name, type]) => type & vscode.FileType.File && name !== basename(uri))
      .map(([name]) => vscode.Uri.joinPath(folder, name))
      .filter((other) => !this.#choices.isExcluded(other) && (this.#choices.isForced(other) || this.#recognizer.matchesFiles(other)))
      .filter((other) => {
        // Remove from Event took this report out of that transcript's event.
        if (this.#choices.isRemovedFromEventOf(other, uri) || this.#choices.isRemovedFromEventOf(uri, other)) return false;
        // A file explicitly paired with another one is taken.
        const theirs = this.#choices.explicitCounterpart(other);
        return !theirs || theirs.toString() === key || this.#choices.isEventTranscript(other);
      })
      .sort((a, b) => nameSimilarity(basename(b), basename(uri)) - nameSimilarity(basename(a), basename(uri)) || a.path.localeCompare(b.path))
      .slice(0, MAX_PAIR_CANDIDATES);
    const candidates: PairCandidate[] = [];
    for (const other of files) {
      const file = await this.#texts.read(other);
      const recognition = file && (await this.#recognizer.recognise(other, file));
      if (recognition) candidates.push({ path: other.toString(), role: recognition.role });
    }
    const chosen = chooseCounterpart({ path: key, role }, candidates);
    return this.#remember(key, chosen ? vscode.Uri.parse(chosen.path) : undefined);
  }

  #remember(key: string, counterpart: vscode.Uri | undefined): vscode.Uri | undefined {
    const before = this.#counterparts.get(key);
    if (before === undefined || (before?.toString() ?? null) !== (counterpart?.toString() ?? null)) {
      this.#log.info(`${basename(vscode.Uri.parse(key))}: ${counterpart ? `paired with ${basename(counterpart)}` : 'no counterpart'}`);
    }
    this.#counterparts.set(key, counterpart ?? null);
    return counterpart;
  }
}
