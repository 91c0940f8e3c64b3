/**
 * Coverage report benchmark: five reports against a 50 KB transcript. The event is
 * generated (a deterministic PRNG, words drawn from a Zipf vocabulary of pseudo-words among
 * English function words): a transcript of labelled turns by four speakers, and five
 * reports that each quote some of its sentences word for word or with a word changed,
 * reword others, and add sentences of their own. The accounts are analysed once
 * (createAnnotationService, timed apart); then the coverage (core/coverage) and the HTML
 * report (shared/coverageReport.ts) are built and the file written, median of 5.
 * Target (issue 19): the HTML report written in < 1 s.
 * Then the coverage view's side of the extension host: the view built from the model
 * (shared/coverageView.ts) and its first message, the head (shared/coveragePages.ts),
 * serialised as postMessage does, and parsed and validated as the webview does on
 * receipt (coverageProtocol.ts), median of 5; the same for one page of rows asked for as
 * the view scrolls, and for the whole view (what was posted before the paging). The
 * drawing itself is timed in a real VS Code by test/e2e/coverageView.test.ts (the log's
 * "ms after analysis").
 *
 *   npm run bench coverage
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCoverage, findTranscript } from '../src/core/coverage/index';
import { createAnnotationService } from '../src/core/index';
import { answerCoverageRequest, coverageHead, EAGER_GROUPS, FIRST_ROWS, ROW_PAGE } from '../src/shared/coveragePages';
import { checkToCoverage } from '../src/shared/coverageProtocol';
import { buildCoverageReport } from '../src/shared/coverageReport';
import { buildCoverageView, coverageViewSource } from '../src/shared/coverageView';
import { random } from './random';

const FUNCTION_WORDS = 'the of and to in that for on with as by at from is was are will would has have it its their our we they this not but also'.split(' ');
const SYLLABLES = 'ba ka ri to mo ne sa lu vi de po ra te zo mi ga no ke shu fa li do pe ro ta ve ni su ma lo'.split(' ');
const SPEAKERS = [['MINISTER ARVIDSSON', 'Karin Arvidsson'], ['GENERAL OYELARAN', 'Tunde Oyelaran'], ['DR. MARQUARDT', 'Lena Marquardt'], ['AMBASSADOR TERZIAN', 'Aram Terzian']] as const;

/** A pseudo-word from an integer (distinct integers give distinct words). */
function wordOf(n: number): string {
  let s = '';
  for (let x = n + 31; x > 0; x = Math.floor(x / SYLLABLES.length)) s += SYLLABLES[x % SYLLABLES.length];
  return s;
}

/** The generated event: the transcript's text and five reports. */
function generateEvent(transcriptBytes: number, reports: number): { transcript: string; reports: string[] } {
  const rand = random(19);
  const zipf = (): string => wordOf(Math.floor(Math.pow(rand(), 2.2) * 3000));
  const sentence = (): string => {
    const words: string[] = [];
    const n = 10 + Math.floor(rand() * 14);
    for (let i = 0; i < n; i++) words.push(rand() < 0.4 ? FUNCTION_WORDS[Math.floor(rand() * FUNCTION_WORDS.length)]! : zipf());
    words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
    return `${words.join(' ')}.`;
  };
  const sentences: { text: string; speaker: number }[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let turn = 0; length < transcriptBytes; turn++) {
    const speaker = turn % SPEAKERS.length;
    const own: string[] = [];
    const count = 2 + Math.floor(rand() * 6);
    for (let i = 0; i < count; i++) {
      const s = sentence();
      own.push(s);
      sentences.push({ text: s, speaker });
    }
    const text = `${SPEAKERS[speaker]![0]}: ${own.join(' ')}\n\n`;
    parts.push(text);
    length += text.length;
  }
  const out: string[] = [];
  for (let r = 0; r < reports; r++) {
    const lines: string[] = [];
    for (let i = 0; i < 40; i++) {
      const pick = sentences[Math.floor(rand() * sentences.length)]!;
      const name = SPEAKERS[pick.speaker]![1];
      const words = pick.text.replace(/\.$/, '').split(' ');
      const kind = rand();
      if (kind < 0.35) lines.push(`"${words.join(' ')}," ${name} said.`);
      else if (kind < 0.55) {
        words[Math.floor(rand() * words.length)] = zipf();
        lines.push(`"${words.join(' ')}," ${name} said.`);
      } else if (kind < 0.8) lines.push(`${name} said that ${words.slice(1).reverse().join(' ')}.`);
      else lines.push(sentence());
    }
    out.push(`${lines.join(' ')}\n`);
  }
  return { transcript: parts.join(''), reports: out };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function main(): void {
  const event = generateEvent(50_000, 5);
  const accounts = [{ uri: 'file:///bench/transcript.txt', text: event.transcript }, ...event.reports.map((text, i) => ({ uri: `file:///bench/report-${i + 1}.txt`, text }))];
  const t0 = performance.now();
  const set = createAnnotationService().annotateAccounts(accounts);
  const analysisMs = performance.now() - t0;
  const texts = Object.fromEntries(set.documents.map((d, i) => [d.id, accounts[i]!.text]));
  const transcript = findTranscript(set);
  if (!transcript) throw new Error('coverage bench: the generated transcript was not read as a transcript');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-bench-coverage-'));
  const file = path.join(dir, 'coverage.html');
  const coverageTimes: number[] = [];
  const totalTimes: number[] = [];
  let html = '';
  let coverage = buildCoverage(set, texts, transcript);
  try {
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      coverage = buildCoverage(set, texts, transcript);
      coverageTimes.push(performance.now() - start);
      html = buildCoverageReport({ coverage, set, texts });
      fs.writeFileSync(file, html);
      totalTimes.push(performance.now() - start);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  /** Sends `make()`'s message as postMessage would and receives it as the view does: [sent ms, received ms, size]. */
  const timeMessage = (make: () => object): [number, number, number] => {
    const sent: number[] = [];
    const received: number[] = [];
    let message = '';
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      message = JSON.stringify(make());
      sent.push(performance.now() - start);
      const at = performance.now();
      const checked = checkToCoverage(JSON.parse(message));
      if (!checked.ok) throw new Error(`coverage bench: a view message does not validate: ${checked.error}`);
      received.push(performance.now() - at);
    }
    return [median(sent), median(received), message.length];
  };
  const view = buildCoverageView({ coverage, set, texts, event: 'bench' });
  // As the extension does: a source that builds rows and quotes when asked for, its head posted first.
  const head = timeMessage(() => ({ type: 'coverage', view: coverageHead(coverageViewSource({ coverage, set, texts, event: 'bench' }), 1), sentAt: Date.now() }));
  const middle = Math.floor(view.rows.length / 2);
  const page = timeMessage(() => answerCoverageRequest(coverageViewSource({ coverage, set, texts, event: 'bench' }), 1, { type: 'rows', id: 1, from: middle, to: middle + ROW_PAGE })!);
  const whole = timeMessage(() => {
    const all = buildCoverageView({ coverage, set, texts, event: 'bench' });
    return { type: 'coverage', view: { ...all, id: 1, rowCount: all.rows.length, sentenceCount: coverage.sentences.length }, sentAt: Date.now() };
  });
  const total = median(totalTimes);
  const cells = coverage.sentences.length * coverage.outlets.length;
  console.log([
    '| transcript | reports | sentences × reports | links | quote groups | analysis (once) | coverage model | HTML report written | HTML size | target |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    `| ${(event.transcript.length / 1000).toFixed(0)} KB | ${coverage.outlets.length} | ${cells} | ${set.crossReferences.length} | ${coverage.quoteGroups.length} | ${analysisMs.toFixed(0)} ms | ${median(coverageTimes).toFixed(1)} ms | ${total.toFixed(1)} ms | ${(html.length / 1000).toFixed(0)} KB | < 1 s: ${total < 1000 ? 'met' : 'NOT met'} |`,
    '',
    `| coverage view message (${view.rows.length} rows, ${view.quoteGroups.length} quote groups) | built + serialised | size | parsed + validated in the view |`,
    '| --- | ---: | ---: | ---: |',
    `| first message (the figures, the first ${Math.min(FIRST_ROWS, view.rows.length)} rows, the quote groups${view.quoteGroups.length > EAGER_GROUPS ? "' summaries" : ''}) | ${head[0].toFixed(1)} ms | ${(head[2] / 1000).toFixed(0)} KB | ${head[1].toFixed(1)} ms |`,
    `| a page of ${ROW_PAGE} rows, asked for on scrolling | ${page[0].toFixed(1)} ms | ${(page[2] / 1000).toFixed(0)} KB | ${page[1].toFixed(1)} ms |`,
    `| the whole view in one message (before paging) | ${whole[0].toFixed(1)} ms | ${(whole[2] / 1000).toFixed(0)} KB | ${whole[1].toFixed(1)} ms |`,
  ].join('\n'));
}

main();
