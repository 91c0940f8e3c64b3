/**
 * Loads a paired fixture of test/fixtures/align/<name>/ and builds the annotation set the
 * analysis core would give for it: person and country mentions found from the entities'
 * names and aliases, turns and claims located by exact substrings. See case.json there.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AccountRole, Annotation, AnnotationSet, Entity } from '../../../src/core/model/annotation';

/** One expected link: substrings of the checked and the reference account. */
export interface ExpectedLink {
  readonly from: string;
  /** Substring(s) of the reference account; a link to any of them is right. */
  readonly to: string | readonly string[];
  /** Acceptable match classes. */
  readonly match: readonly string[];
}

/** The case.json of a fixture. */
interface CaseFile {
  readonly description: string;
  readonly documents?: readonly { readonly file: string; readonly role: AccountRole }[];
  readonly entities: readonly Entity[];
  readonly turns?: readonly { readonly starts: string; readonly speaker?: string; readonly label?: string; readonly file?: string }[];
  readonly claims?: readonly { readonly text: string; readonly claimType: Annotation['claimType']; readonly speaker?: string; readonly file?: string }[];
  readonly links: readonly ExpectedLink[];
  readonly unmatched: readonly string[];
}

/** A loaded fixture. */
export interface AlignFixture {
  readonly set: AnnotationSet;
  readonly texts: readonly string[];
  readonly links: readonly ExpectedLink[];
  readonly unmatched: readonly string[];
}

export const FIXTURES = path.join(__dirname, '../../fixtures/align');

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Every whole-word occurrence of `form` in `text`. */
function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + form.length])) out.push(i);
  }
  return out;
}

/** Offset of a substring that must occur in the text. */
export function spanOf(text: string, needle: string, what: string): { start: number; end: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${what}: "${needle}" is not in the text; copy it exactly from the fixture file.`);
  return { start: i, end: i + needle.length };
}

/** Loads test/fixtures/align/<name>. */
export function loadFixture(name: string): AlignFixture {
  const dir = path.join(FIXTURES, name);
  const spec = JSON.parse(fs.readFileSync(path.join(dir, 'case.json'), 'utf8')) as CaseFile;
  const docs = spec.documents ?? [{ file: 'report.txt', role: 'report' as const }, { file: 'transcript.txt', role: 'transcript' as const }];
  const texts = docs.map((d) => fs.readFileSync(path.join(dir, d.file), 'utf8'));
  const docId = (file: string | undefined, role: AccountRole): string => {
    const i = file ? docs.findIndex((d) => d.file === file) : docs.findIndex((d) => d.role === role);
    if (i < 0) throw new Error(`${name}: no document ${file ?? role}`);
    return `d${i + 1}`;
  };
  const annotations: Annotation[] = [];
  const add = (a: Omit<Annotation, 'id'>): void => void annotations.push({ id: `a${annotations.length + 1}`, ...a });
  const forms = spec.entities.flatMap((e) => [e.name, ...e.aliases].map((f) => ({ f, e }))).sort((a, b) => b.f.length - a.f.length);
  texts.forEach((text, d) => {
    const taken: { start: number; end: number }[] = [];
    for (const { f, e } of forms) {
      for (const start of occurrences(text, f)) {
        const end = start + f.length;
        if (taken.some((t) => t.start < end && start < t.end)) continue;
        taken.push({ start, end });
        add({ document: `d${d + 1}`, kind: e.kind, start, end, text: f, entity: e.id });
      }
    }
  });
  const turnsByDoc = new Map<string, { start: number; speaker?: string; label?: string }[]>();
  for (const t of spec.turns ?? []) {
    const doc = docId(t.file, 'transcript');
    const text = texts[Number(doc.slice(1)) - 1]!;
    const list = turnsByDoc.get(doc) ?? turnsByDoc.set(doc, []).get(doc)!;
    list.push({ start: spanOf(text, t.starts, `${name} turn`).start, ...(t.speaker ? { speaker: t.speaker } : {}), ...(t.label ? { label: t.label } : {}) });
  }
  for (const [doc, list] of turnsByDoc) {
    const text = texts[Number(doc.slice(1)) - 1]!;
    list.sort((a, b) => a.start - b.start).forEach((t, i) => {
      const end = (list[i + 1]?.start ?? text.length);
      const trimmed = text.slice(t.start, end).trimEnd();
      add({ document: doc, kind: 'turn', start: t.start, end: t.start + trimmed.length, text: trimmed, ...(t.speaker ? { speaker: t.speaker } : {}), ...(t.label ? { label: t.label } : {}) });
    });
  }
  for (const c of spec.claims ?? []) {
    const doc = docId(c.file, 'report');
    const text = texts[Number(doc.slice(1)) - 1]!;
    const span = spanOf(text, c.text, `${name} claim`);
    add({ document: doc, kind: 'claim', ...span, text: c.text, claimType: c.claimType, ...(c.speaker ? { speaker: c.speaker } : {}) });
  }
  const set: AnnotationSet = {
    format: 'transcript-annotator/1',
    documents: docs.map((d, i) => ({ id: `d${i + 1}`, uri: `file:///fixtures/${name}/${d.file}`, role: d.role, length: texts[i]!.length })),
    entities: spec.entities,
    annotations,
    crossReferences: [],
    unmatched: [],
  };
  return { set, texts, links: spec.links, unmatched: spec.unmatched };
}
