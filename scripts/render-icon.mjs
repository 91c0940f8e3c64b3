// Renders the extension icon (media/icon.png, 128×128) from the SVG below with
// Debian's chromium through playwright-core, so the PNG can be rebuilt offline:
//   node scripts/render-icon.mjs
// Two pages (transcript and report) with coloured highlight bars joined by a link.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'media', 'icon.png');

const svg = `
<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <rect x="0" y="0" width="128" height="128" rx="24" fill="#1f3a5f"/>
  <!-- transcript page -->
  <rect x="14" y="18" width="46" height="92" rx="5" fill="#f4f1ea"/>
  <rect x="20" y="27" width="20" height="6" rx="2" fill="#d9822b"/>
  <rect x="20" y="38" width="34" height="4" rx="2" fill="#9aa5b1"/>
  <rect x="20" y="47" width="16" height="6" rx="2" fill="#2b8a9e"/>
  <rect x="38" y="47" width="16" height="6" rx="2" fill="#e6c229"/>
  <rect x="20" y="58" width="34" height="4" rx="2" fill="#9aa5b1"/>
  <rect x="20" y="67" width="20" height="6" rx="2" fill="#d9822b"/>
  <rect x="20" y="78" width="34" height="4" rx="2" fill="#9aa5b1"/>
  <rect x="20" y="87" width="26" height="6" rx="2" fill="#e6c229"/>
  <rect x="20" y="98" width="30" height="4" rx="2" fill="#9aa5b1"/>
  <!-- report page -->
  <rect x="68" y="18" width="46" height="92" rx="5" fill="#f4f1ea"/>
  <rect x="74" y="27" width="34" height="4" rx="2" fill="#9aa5b1"/>
  <rect x="74" y="36" width="28" height="6" rx="2" fill="#e6c229"/>
  <rect x="74" y="47" width="34" height="4" rx="2" fill="#9aa5b1"/>
  <rect x="74" y="56" width="34" height="4" rx="2" fill="#9aa5b1"/>
  <rect x="74" y="65" width="22" height="6" rx="2" fill="#c8433a"/>
  <rect x="74" y="76" width="34" height="4" rx="2" fill="#9aa5b1"/>
  <rect x="74" y="85" width="26" height="6" rx="2" fill="#e6c229"/>
  <rect x="74" y="96" width="30" height="4" rx="2" fill="#9aa5b1"/>
  <!-- cross-reference links -->
  <path d="M54 50 C 62 50, 66 39, 74 39" stroke="#ffffff" stroke-width="3" fill="none" stroke-linecap="round"/>
  <path d="M46 90 C 58 90, 62 88, 74 88" stroke="#ffffff" stroke-width="3" fill="none" stroke-linecap="round"/>
</svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(`wrote ${path.relative(root, out)}`);
} finally {
  await browser.close();
}
