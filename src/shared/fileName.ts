/** Uri helpers of the panel. Pure. */

/** The file name of a uri (last path segment, decoded when it can be). */
export function fileNameOf(uri: string): string {
  const last = uri.split(/[\\/]/).filter(Boolean).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
