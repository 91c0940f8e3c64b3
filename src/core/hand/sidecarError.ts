/**
 * The typed error of reading a sidecar. Whatever the code, the file must be left
 * untouched: the extension keeps new hand work in memory until the user resolves it.
 */

/** Why a sidecar could not be read. */
export type SidecarErrorCode =
  /** Not JSON at all (truncated, merge conflict markers, …). */
  | 'corrupt'
  /** JSON, but not a Transcript Annotator sidecar. */
  | 'not-a-sidecar'
  /** Written by a newer version of the extension. */
  | 'newer-version'
  /** A sidecar of this version whose content breaks its schema. */
  | 'invalid';

/** A sidecar that cannot be used; `message` says what is wrong and what to do. */
export class SidecarError extends Error {
  override readonly name = 'SidecarError';
  constructor(
    readonly code: SidecarErrorCode,
    message: string,
    /** The version found in the file, for `newer-version`. */
    readonly version?: number,
  ) {
    super(message);
  }
}
