import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statusBarContent } from '../../../src/extension/statusBarContent';

/** A file name that is a Markdown link to a command, with icon syntax, emphasis, HTML and a line break. */
const HOSTILE = '[x](command:workbench.action.terminal.new) $(bug) **b** <img src=x>\n# h.txt';
/** Markup outside backslash escapes. */
const UNESCAPED = /(^|[^\\])[[\]()<>*#$]/;

test('statusBarContent', async (t) => {
  await t.test('should escape the file names of a pair in the Markdown tooltip', () => {
    const { tooltip } = statusBarContent({ name: 'news.txt', role: 'report', other: HOSTILE, crossReferences: 3, unsupported: 1 });
    const markdown = tooltip.markdown;
    const names = markdown.replace(/\*\*report\*\* paired with \*\*|\*\* {2}\n\d+ cross-references · \d+ unsupported {2}\nClick to show the cross-references\.$/g, '');
    assert.doesNotMatch(names, UNESCAPED, markdown);
    assert.ok(!names.includes('\n'));
  });

  await t.test('should show icon syntax in file names as text', () => {
    for (const other of [HOSTILE, undefined]) {
      const { text, label } = statusBarContent({ name: '$(bug) a.txt', role: 'report', other, crossReferences: 0, unsupported: 0 });
      assert.match(text, /^\$\((references|file-text)\) /);
      assert.doesNotMatch(text.replace(/^\$\([a-z-]+\) /, ''), /(^|[^\\])\$\(/, text);
      assert.ok(label.startsWith('$(bug) a.txt'), label);
    }
  });

  await t.test('should count context apart from unsupported claims', () => {
    const { tooltip } = statusBarContent({ name: 'news.txt', role: 'report', other: 'hearing.txt', crossReferences: 3, unsupported: 2, context: 5 });
    assert.match(tooltip.markdown, /3 cross-references · 2 unsupported · 5 context \(not from this event\)/);
  });

  await t.test('should end the tooltip with the colour legend, paired or not', () => {
    const legend = 'Colours: <span style="color:#0550ae;">persons</span>';
    for (const other of ['hearing.txt', undefined]) {
      const { tooltip } = statusBarContent({ name: 'news.txt', role: 'report', other, crossReferences: 0, unsupported: 0, legend });
      assert.ok(tooltip.markdown.endsWith(`\n\n${legend}`), tooltip.markdown);
    }
    assert.doesNotMatch(statusBarContent({ name: 'a.txt', role: 'report', other: undefined, crossReferences: 0, unsupported: 0 }).tooltip.markdown, /Colours/);
  });

  await t.test('should escape the names that reach the HTML-enabled tooltip', () => {
    const { tooltip } = statusBarContent({ name: 'news.txt', role: 'report', other: '<img src=x onerror=alert(1)>.txt', crossReferences: 0, unsupported: 0, legend: 'Colours' });
    // A backslash-escaped `<` is text in Markdown, never the start of an HTML tag.
    assert.doesNotMatch(tooltip.markdown, /(^|[^\\])<img/, tooltip.markdown);
    assert.match(tooltip.markdown, /\\<img/);
  });

  await t.test('should name the event of a transcript with two or more reports, escaping its file names', () => {
    const content = statusBarContent({ name: 'transcript.txt', role: 'transcript', other: 'a.txt', crossReferences: 3, unsupported: 0, event: { transcript: 'transcript.txt', reports: ['a.txt', HOSTILE, 'c.txt'] } });
    assert.equal(content.text, '$(references) transcript.txt + 3 reports');
    assert.equal(content.label, 'transcript.txt + 3 reports');
    const markdown = (content.tooltip as { markdown: string }).markdown;
    assert.match(markdown, /^\*\*transcript\*\* of an event with \*\*3 reports\*\*: a\\\.txt, /);
    assert.doesNotMatch(markdown, /\[x\]\(command/);
  });

  await t.test('should say a report is one of its transcript\'s reports, and keep the pair for events of one report', () => {
    const report = statusBarContent({ name: 'a.txt', role: 'report', other: 'transcript.txt', crossReferences: 3, unsupported: 1, event: { transcript: 'transcript.txt', reports: ['a.txt', 'b.txt'] } });
    assert.equal(report.text, '$(references) a.txt ↔ transcript.txt');
    assert.match((report.tooltip as { markdown: string }).markdown, /One of 2 reports of \*\*transcript\\\.txt\*\*/);
    const single = statusBarContent({ name: 'transcript.txt', role: 'transcript', other: 'a.txt', crossReferences: 3, unsupported: 0, event: { transcript: 'transcript.txt', reports: ['a.txt'] } });
    assert.equal(single.text, '$(references) transcript.txt ↔ a.txt');
  });

  await t.test('should name the event in the tooltip and label of its transcript and reports, escaped', () => {
    const transcript = statusBarContent({ name: 't.txt', role: 'transcript', other: 'a.txt', crossReferences: 1, unsupported: 0, event: { transcript: 't.txt', reports: ['a.txt', 'b.txt'], name: 'Budget *hearing*' } });
    assert.match(transcript.tooltip.markdown, /of the event “Budget \\\*hearing\\\*” with/);
    assert.equal(transcript.label, 't.txt + 2 reports (event “Budget *hearing*”)');
    const report = statusBarContent({ name: 'a.txt', role: 'report', other: 't.txt', crossReferences: 1, unsupported: 0, event: { transcript: 't.txt', reports: ['a.txt', 'b.txt'], name: 'may' } });
    assert.match(report.tooltip.markdown, /reports of \*\*t\\\.txt\*\* \(event “may”\)\./);
  });
});
