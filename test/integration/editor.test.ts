/**
 * Extension-host suite of the editor features on the sample pair (the workspace is a
 * copy of samples/): semantic tokens, hovers, definition, outline, diagnostics, all
 * through VS Code's own `vscode.execute*` commands, checked against the store's analysis.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TranscriptAnnotatorApi } from '../../src/extension/extension';
import type { PairAnalysis } from '../../src/extension/accountStore';

/** Polls `condition` every 50 ms until it gives a value or `timeout` ms pass. */
async function until<T>(condition: () => T | undefined | Promise<T | undefined>, what: string, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await condition();
    if (value !== undefined && value !== null && (value as unknown) !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function api(): Promise<TranscriptAnnotatorApi> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'transcript-annotator');
  assert.ok(ext, 'the extension under development is not loaded');
  return (await ext.activate()) as TranscriptAnnotatorApi;
}

async function open(pattern: string): Promise<vscode.TextDocument> {
  const [file] = await vscode.workspace.findFiles(pattern, undefined, 1);
  assert.ok(file, `no ${pattern} in the workspace`);
  const doc = await vscode.workspace.openTextDocument(file);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

suite('editor features', () => {
  let transcript: vscode.TextDocument;
  let report: vscode.TextDocument;
  let analysis: PairAnalysis;

  suiteSetup(async () => {
    report = await open('**/*news*.txt');
    transcript = await open('**/*transcript*.txt');
    const { store } = await api();
    analysis = await until(async () => {
      const a = await store.analyse(transcript.uri);
      return a && a.accounts.length === 2 ? a : undefined;
    }, 'the pair to be analysed');
  });

  const docIdOf = (doc: vscode.TextDocument) => analysis.accounts.find((a) => a.uri.toString() === doc.uri.toString())!.docId;

  test('should pair the transcript with the report automatically', () => {
    assert.deepEqual(analysis.accounts.map((a) => a.role), ['report', 'transcript']);
  });

  test('should give semantic tokens at a person mention', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', transcript.uri);
    const tokens = await until(async () => await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', transcript.uri), 'semantic tokens');
    const mention = analysis.set.annotations.find((a) => a.document === docIdOf(transcript) && a.kind === 'person')!;
    const at = transcript.positionAt(mention.start);
    let line = 0;
    let char = 0;
    const types: string[] = [];
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i]!;
      char = tokens.data[i] === 0 ? char + tokens.data[i + 1]! : tokens.data[i + 1]!;
      if (line === at.line && char === at.character) types.push(legend.tokenTypes[tokens.data[i + 3]!]!);
    }
    assert.ok(types.some((t) => t === 'person' || t === 'speaker'), `token at ${mention.text}: ${types.join(',') || 'none'}`);
  });

  test('should hover a person with its canonical name', async () => {
    const mention = analysis.set.annotations.find((a) => a.document === docIdOf(transcript) && a.kind === 'person')!;
    const entity = analysis.set.entities.find((e) => e.id === mention.entity)!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', transcript.uri, transcript.positionAt(mention.start + 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('person'), text);
    assert.ok(text.replace(/\\/g, '').includes(entity.name), `hover should name ${entity.name}: ${text}`);
  });

  test('should go from a cross-referenced report claim to the transcript', async () => {
    const x = analysis.set.crossReferences.find((r) => r.from.document === docIdOf(report));
    assert.ok(x, 'the sample pair should have cross-references');
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', report.uri, report.positionAt(x.from.start + 1));
    const uris = targets.map((t) => ('targetUri' in t ? t.targetUri : t.uri).toString());
    assert.ok(uris.includes(transcript.uri.toString()), `definition targets: ${uris.join(', ')}`);
  });

  test('should outline the transcript as turns with claims inside', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', transcript.uri);
    const turns = analysis.set.annotations.filter((a) => a.document === docIdOf(transcript) && a.kind === 'turn');
    assert.equal(symbols.length >= turns.length, true, `${symbols.length} symbols for ${turns.length} turns`);
    assert.ok(symbols.some((s) => s.children.length > 0), 'some turn should hold claims');
  });

  test('should find every mention of a country in both accounts', async () => {
    const mention = analysis.set.annotations.find((a) => a.document === docIdOf(transcript) && a.kind === 'country')!;
    const expected = analysis.set.annotations.filter((a) => a.kind === 'country' && a.entity === mention.entity).length;
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', transcript.uri, transcript.positionAt(mention.start));
    assert.equal(locations.length, expected);
  });

  test('should put cross-reference counts above transcript turns', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', transcript.uri);
    assert.ok(lenses.some((l) => /cross-reference/.test(l.command?.title ?? '')), lenses.map((l) => l.command?.title).join(' | '));
  });

  test('should report the unsupported claims of the report as problems, and context not by default', async () => {
    const expected = analysis.set.unmatched.filter((u) => u.document === docIdOf(report) && u.reason === 'unsupported').length;
    const diagnostics = await until(() => {
      const d = vscode.languages.getDiagnostics(report.uri).filter((x) => x.code === 'unsupported-claim');
      return d.length === expected ? d : undefined;
    }, `${expected} unsupported-claim diagnostics`);
    assert.equal(diagnostics.length, expected);
    assert.equal(vscode.languages.getDiagnostics(report.uri).filter((x) => x.code === 'context-claim').length, 0, 'context has no problem by default');
    assert.equal(vscode.languages.getDiagnostics(transcript.uri).length, 0, 'a transcript gets no problems');
  });
});
