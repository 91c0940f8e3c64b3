import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { LEGEND_ENTRIES, legendMarkdown, resolveLegendStyles, sectionMatchesTheme } from '../../../src/extension/tokenLegend';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
/** The extension's defaults, as VS Code merges them into the setting. */
const DEFAULTS = manifest.contributes.configurationDefaults['editor.semanticTokenColorCustomizations'];

test('token legend', async (t) => {
  await t.test('should match theme sections by name, several names and wildcards', () => {
    assert.ok(sectionMatchesTheme('[Default Dark Modern]', 'Default Dark Modern'));
    assert.ok(sectionMatchesTheme('[Abyss][Default Dark Modern]', 'default dark modern'));
    assert.ok(sectionMatchesTheme('[*High Contrast*]', 'Default High Contrast Light'));
    assert.ok(!sectionMatchesTheme('[Default Dark+]', 'Default Dark Modern'));
    assert.ok(!sectionMatchesTheme('rules', 'rules'));
  });
  await t.test('should resolve every entry for the default themes, by id or label', () => {
    for (const theme of ['Default Light Modern', 'Light Modern', 'Dark Modern', 'Default Dark+', 'Default High Contrast', 'Light High Contrast']) {
      const styles = resolveLegendStyles(DEFAULTS, [theme]);
      for (const e of LEGEND_ENTRIES) assert.match(styles.get(e.selector)?.foreground ?? '', /^#[0-9a-f]{6}$/, `${theme}: ${e.selector}`);
    }
  });
  await t.test('should let the user\'s global rules and theme rules override, the theme section last', () => {
    const user = { ...DEFAULTS, rules: { person: '#111111', country: { foreground: '#222222', fontStyle: 'italic' } }, '[Light Modern]': { rules: { person: '#333333' } } };
    const styles = resolveLegendStyles(user, ['Light Modern']);
    assert.equal(styles.get('person')?.foreground, '#333333');
    assert.deepEqual(styles.get('country'), { foreground: '#222222', bold: false, italic: true, underline: false });
  });
  await t.test('should leave out what a theme without rules colours itself, and say so', () => {
    const styles = resolveLegendStyles(DEFAULTS, ['Monokai']);
    assert.equal(styles.size, 0);
    const md = legendMarkdown(styles);
    assert.match(md, /^Colours: speakers · persons · countries · quotes · reported speech · figures · unsupported · context: no mark/);
    assert.match(md, /Your colour theme picks the other colours/);
    assert.doesNotMatch(md, /<span/);
  });
  await t.test('should colour each entry with the one style VS Code keeps in hovers', () => {
    const md = legendMarkdown(resolveLegendStyles(DEFAULTS, ['Default Light Modern']));
    assert.match(md, /<span style="color:#0550ae;"><b>speakers<\/b><\/span>/);
    assert.match(md, /<span style="color:#8250df;"><i>reported speech<\/i><\/span>/);
    assert.match(md, /<span style="color:#cf222e;">unsupported<\/span>/);
    // VS Code's sanitizer: a span's style may only be `color:#hex;`.
    for (const m of md.matchAll(/style="([^"]*)"/g)) assert.match(m[1]!, /^color:#[0-9a-f]+;$/);
    assert.doesNotMatch(md, /Your colour theme/);
  });
  await t.test('should ignore rules that are not colours', () => {
    const styles = resolveLegendStyles({ rules: { person: 'red', country: { foreground: 'url(x)' }, 'claim.quote': 7 } }, []);
    assert.equal(styles.size, 0);
  });
});
