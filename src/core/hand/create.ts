/**
 * Builds hand-annotation targets from a span the user selected.
 */
import { describeSpan } from '../align/anchor';
import type { OffsetRange } from '../model/annotation';
import type { HandTarget } from './model';
import { relativeSource } from './paths';

/**
 * The stored target of `range` in the account at `uri` (whose text is `text`), for the
 * sidecar of the account at `sidecarAccountUri` (the same account, or for a link's
 * counterpart the account the link is stored with).
 */
export function handTargetFor(sidecarAccountUri: string, uri: string, text: string, range: OffsetRange): HandTarget {
  return { source: relativeSource(sidecarAccountUri, uri), selectors: describeSpan(text, range) };
}
