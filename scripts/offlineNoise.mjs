// Lines code-server prints on every run of a machine without internet, which say nothing
// about the extension: the extension marketplace (open-vsx.org) not resolving, and the
// missing `vsda` signing module of non-Microsoft builds ("File not found: …/vsda/…"), and
// the empty lines and bare "[hh:mm:ss]" stamps of its multi-line messages. `npm start`
// leaves them out of its output (TA_START_VERBOSE=1 keeps them); the harness keeps
// code-server's full log.

const NOISE = [/open-vsx\.org/i, /\bENOTFOUND\b/, /\bEAI_AGAIN\b/, /getaddrinfo/i, /\bvsda\b/i];

/**
 * A line filter with memory: true for a line to show. A noise line is dropped with the
 * indented lines that follow it (its stack trace or error details).
 *
 * @returns {(line: string) => boolean}
 */
export function createNoiseFilter() {
  let inNoise = false;
  return (line) => {
    if (/^\s*(\[\d\d:\d\d:\d\d\]\s*)?$/.test(line)) return false;
    if (NOISE.some((re) => re.test(line))) {
      inNoise = true;
      return false;
    }
    if (inNoise && /^\s+\S|^\s*[}\]]/.test(line)) return false;
    inNoise = false;
    return true;
  };
}
