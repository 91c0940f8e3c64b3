/**
 * `transcript-annotator report <transcript> <report>… [--out FILE.html]`: the HTML
 * coverage report of one event (shared/coverageReport.ts), written atomically with the
 * export's file-safety rules (writeOutput.ts, protectedPaths.ts), or to standard output.
 */
import { wholeFileOutput } from '../core/index';
import { buildCoverageReport } from '../shared/coverageReport';
import { analyseEvent } from './analyseEvent';
import { UsageError } from './args';
import { EXIT } from './exitCodes';
import { protectInputs, refuseRepeatedFiles } from './protectedPaths';
import type { ReportCommand } from './reportArgs';
import { writeOutput } from './writeOutput';

/** Runs `report` for the files of `command`; resolves to the exit code, throws the command line's errors. */
export async function runReport(command: ReportCommand, version: string, stdout: (s: string) => void, warn: (message: string) => void): Promise<number> {
  if (command.files.length < 2) throw new UsageError(`report needs the transcript and at least one report: transcript-annotator report ${command.files[0]} <report> [<report> …] --out report.html.`);
  refuseRepeatedFiles(command.files);
  const protect = protectInputs(command.files);
  if (command.out !== undefined) {
    const reason = protect(command.out);
    if (reason) throw new UsageError(`--out cannot be ${command.out}: ${reason}. Write the report to a file of its own, e.g. coverage.html.`);
  }
  const event = await analyseEvent(command.files, command.roles, warn);
  const html = buildCoverageReport({ ...event, generator: `Transcript Annotator ${version}` });
  if (command.out !== undefined) writeOutput(wholeFileOutput(html, 'html', 'text/html'), command.out, { force: command.force, protect });
  else stdout(html);
  return EXIT.ok;
}
