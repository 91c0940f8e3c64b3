/**
 * Who is reviewing: the `transcriptAnnotator.review.creator` setting, else the git user
 * name of the workspace (`user.name`, read through VS Code's built-in Git extension),
 * else nobody (verdicts and notes are then stored without a creator name).
 */
import * as vscode from 'vscode';
import { CONFIG_SECTION } from './config';

/** The part of the Git extension's API (`vscode.git`, API 1) read here. */
interface GitApi {
  getRepository(uri: vscode.Uri): { getConfig(key: string): Promise<string>; getGlobalConfig(key: string): Promise<string> } | null;
}

/** The reviewer's name for annotations of `account`, or `undefined` when unknown. */
export async function reviewerName(account: vscode.Uri): Promise<string | undefined> {
  const configured = vscode.workspace.getConfiguration(CONFIG_SECTION, account).get<string>('review.creator')?.trim();
  if (configured) return configured;
  try {
    const git = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
    if (!git) return undefined;
    const exports = git.isActive ? git.exports : await git.activate();
    const repository = exports.getAPI(1).getRepository(account);
    if (!repository) return undefined;
    const name = (await repository.getConfig('user.name').catch(() => '')) || (await repository.getGlobalConfig('user.name').catch(() => ''));
    return name.trim() || undefined;
  } catch {
    // No Git, or it is disabled: verdicts are stored without a name.
    return undefined;
  }
}

/** The verdicts offered, from the `transcriptAnnotator.review.verdicts` setting. */
export function configuredVerdicts(account: vscode.Uri, defaults: readonly string[]): string[] {
  const list = vscode.workspace.getConfiguration(CONFIG_SECTION, account).get<unknown>('review.verdicts');
  const verdicts = Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : [];
  return verdicts.length > 0 ? [...new Set(verdicts)] : [...defaults];
}
