/**
 * The events of a folder for a batch: the folder itself when it holds accounts, and each
 * subfolder (one level down) that holds accounts. Accounts are the `.txt`, `.md` and
 * `.transcript` files, hidden files and README/LICENSE/CHANGELOG files aside. The
 * transcript of an event is the one file whose name says "transcript"; failing that, the
 * analysis tells it by its speaker labels.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { AccountRole } from '../core/index';
import { sameFile } from './sameFile';

/** One event: its name (its folder's), its folder and its account files, sorted by name. */
export interface EventFolder {
  readonly name: string;
  readonly dir: string;
  readonly files: readonly string[];
}

/** The events of `folder`, and whether the folder is itself the only one. */
export interface EventList {
  readonly events: readonly EventFolder[];
  /** True when the folder given holds accounts itself and no subfolder does. */
  readonly single: boolean;
}

const ACCOUNT_FILE = /\.(?:txt|md|transcript)$/i;
const NOT_ACCOUNT = /^(?:\.|(?:readme|license|licence|changelog)(?:\.|$))/i;

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** True when `path` is a folder (following links). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The account files of `dir`, sorted by name. */
export function accountFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => ACCOUNT_FILE.test(name) && !NOT_ACCOUNT.test(name))
    .sort(byName)
    .map((name) => join(dir, name))
    .filter(isFile);
}

/** Finds the events of `folder`, leaving out `skip` (the output folder, when it lies inside). */
export function findEvents(folder: string, skip?: string): EventList {
  const events: EventFolder[] = [];
  const own = accountFiles(folder);
  if (own.length > 0) events.push({ name: basename(resolve(folder)), dir: folder, files: own });
  const subfolders = readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .sort(byName)
    .map((name) => join(folder, name))
    .filter((dir) => isFolder(dir) && !(skip !== undefined && sameFile(dir, skip)));
  for (const dir of subfolders) {
    const files = accountFiles(dir);
    if (files.length > 0) events.push({ name: basename(dir), dir, files });
  }
  return { events, single: own.length > 0 && events.length === 1 };
}

/**
 * The roles to force for an event's files: when exactly one file's name says
 * "transcript", it is the transcript and the others are reports; else none (detected).
 */
export function rolesByName(files: readonly string[]): (AccountRole | undefined)[] {
  const named = files.filter((f) => /transcript/i.test(basename(f)));
  if (named.length !== 1) return files.map(() => undefined);
  return files.map((f) => (f === named[0] ? 'transcript' : 'report'));
}
