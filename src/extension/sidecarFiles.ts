/**
 * The sidecar repository's file system over a byte-level one (the extension gives
 * `vscode.workspace.fs`): sidecars are decoded as strict UTF-8, so a sidecar with invalid
 * bytes is reported and left untouched like a corrupt one (the repository then holds new
 * edits in memory) instead of being decoded with U+FFFD and rewritten without its bytes.
 */
import { notUtf8Error, type SidecarFileSystem } from '../core/index';
import { decodeUtf8 } from '../shared/textBytes';

/** Byte access to files. */
export interface ByteFileSystem {
  /** The file's bytes; `undefined` when it does not exist. Throws on other failures. */
  readBytes(path: string): Promise<Uint8Array | undefined>;
  /** Replaces the file's content atomically (temporary file + rename). */
  write(path: string, text: string): Promise<void>;
}

/** `files` as the repository's file system; `nameOf` names a sidecar in messages. */
export function sidecarFileSystem(files: ByteFileSystem, nameOf: (path: string) => string): SidecarFileSystem {
  return {
    async read(path) {
      const bytes = await files.readBytes(path);
      if (bytes === undefined) return undefined;
      const decoded = decodeUtf8(bytes);
      if ('invalidAt' in decoded) throw notUtf8Error(nameOf(path), decoded.invalidAt);
      return decoded.text;
    },
    write: (path, text) => files.write(path, text),
  };
}
