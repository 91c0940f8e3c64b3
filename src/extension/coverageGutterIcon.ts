/**
 * The gutter mark of a transcript sentence: how many reports render it, as a small SVG
 * (a data URI, so nothing is fetched): the count in a rounded box whose fill grows with
 * the share of reports (empty outline: none). Readable on light and dark themes (a mid
 * blue with white or blue text). Pure: no vscode import.
 */

/** The count shown: 0–9, then "9+". */
export function gutterCount(count: number): string {
  return count > 9 ? '9+' : String(Math.max(0, Math.floor(count)));
}

/** The SVG of the mark for `count` of `total` reports. */
export function gutterSvg(count: number, total: number): string {
  const share = total > 0 ? Math.min(1, count / total) : 0;
  const fill = count === 0 ? 'none' : '#3794ff';
  const opacity = count === 0 ? 1 : (0.35 + 0.65 * share).toFixed(2);
  const text = count === 0 ? '#3794ff' : '#ffffff';
  const label = gutterCount(count);
  const size = label.length > 1 ? 8 : 10;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><rect x="1.5" y="1.5" width="13" height="13" rx="3" fill="${fill}" fill-opacity="${opacity}" stroke="#3794ff" stroke-width="1"/><text x="8" y="11.5" font-family="sans-serif" font-size="${size}" font-weight="700" text-anchor="middle" fill="${text}">${label}</text></svg>`;
}

/** `gutterSvg` as a data URI. */
export function gutterIconUri(count: number, total: number): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(gutterSvg(count, total))}`;
}
