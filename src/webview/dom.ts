/**
 * The panel's only way to make DOM: `h(tag, attributes, ...children)`. Children that are
 * strings become text nodes, so document text can never become markup. Attributes that
 * run code or load things (`on*`, `href`, `src`, `style`, …) are refused outright, so a
 * mistake shows up as an exception in development rather than as a hole.
 */

/** Attribute values; `false`/`undefined` leave the attribute out, `true` sets it empty. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

const FORBIDDEN = /^(on|href$|src$|srcset$|srcdoc$|style$|formaction$|action$|xlink:href$|data$)/i;

/** Creates an element with attributes and children (strings are inserted as text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: readonly (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (FORBIDDEN.test(name)) throw new Error(`h(): the attribute "${name}" is not allowed in the panel; use addEventListener or a class.`);
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A codicon (decorative: hidden from screen readers, which read the adjacent label). */
export function icon(name: string): HTMLElement {
  return h('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

/** Text that only screen readers read. */
export function srOnly(text: string): HTMLElement {
  return h('span', { class: 'sr-only' }, text);
}
