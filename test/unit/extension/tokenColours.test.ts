/**
 * The default token colours of package.json read apart, on every default theme: each of
 * persons, countries, quotes, figures and unsupported claims differs from the others and
 * from body text, and stands out from the background (WCAG contrast 4.5:1, 7:1 on
 * high-contrast themes).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { resolveLegendStyles } from '../../../src/extension/tokenLegend';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
const DEFAULTS = manifest.contributes.configurationDefaults['editor.semanticTokenColorCustomizations'];

/** Editor background and foreground of VS Code's default themes (their `editor.background` / `editor.foreground`). */
const THEMES: Record<string, { background: string; foreground: string; minContrast: number }> = {
  'Default Light Modern': { background: '#ffffff', foreground: '#3b3b3b', minContrast: 4.5 },
  'Default Light+': { background: '#ffffff', foreground: '#000000', minContrast: 4.5 },
  'Default Dark Modern': { background: '#1f1f1f', foreground: '#cccccc', minContrast: 4.5 },
  'Default Dark+': { background: '#1e1e1e', foreground: '#d4d4d4', minContrast: 4.5 },
  'Default High Contrast': { background: '#000000', foreground: '#ffffff', minContrast: 7 },
  'Default High Contrast Light': { background: '#ffffff', foreground: '#292929', minContrast: 7 },
};
const KINDS = ['person', 'country', 'claim.quote', 'claim.statistic', 'claim.unsupported'];

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
/** Chroma 0..1: the spread of the channels (0 for greys). */
function chroma(hex: string): number {
  const c = rgb(hex);
  return (Math.max(...c) - Math.min(...c)) / 255;
}
/** Hue in degrees (HSL). */
function hue(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => c / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

test('default token colours', async (t) => {
  for (const [theme, { background, foreground, minContrast }] of Object.entries(THEMES)) {
    await t.test(`should read apart on ${theme}`, () => {
      const styles = resolveLegendStyles(DEFAULTS, [theme]);
      const colours = KINDS.map((k) => styles.get(k)?.foreground);
      assert.ok(colours.every(Boolean), `${theme}: a colour for each of ${KINDS.join(', ')}`);
      for (const [i, c] of colours.entries()) {
        assert.ok(contrast(c!, background) >= minContrast, `${theme}: ${KINDS[i]} ${c} on ${background}: contrast ${contrast(c!, background).toFixed(2)} < ${minContrast}`);
        // Body text is grey: a kind must be a clear colour (chroma, max − min channel, ≥ 25%).
        assert.ok(chroma(c!) >= 0.25 && chroma(foreground) < 0.1, `${theme}: ${KINDS[i]} ${c} looks like body text ${foreground}`);
      }
      // Any two kinds are at least 30° of hue apart (blue, green, purple, orange, red).
      for (let i = 0; i < colours.length; i++) {
        for (let j = i + 1; j < colours.length; j++) {
          const d = Math.abs(hue(colours[i]!) - hue(colours[j]!));
          assert.ok(Math.min(d, 360 - d) >= 30, `${theme}: ${KINDS[i]} ${colours[i]} and ${KINDS[j]} ${colours[j]} are only ${Math.min(d, 360 - d).toFixed(0)}° apart`);
        }
      }
    });
  }
});
