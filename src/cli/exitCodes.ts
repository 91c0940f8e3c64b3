/** Exit codes of the command line, as documented in `--help`. */
export const EXIT = { ok: 0, internal: 1, usage: 2, input: 3, output: 4 } as const;
