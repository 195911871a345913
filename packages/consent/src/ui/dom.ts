// A tiny element builder. Never sets a style attribute: the page's CSP may forbid inline styles.
type Prop = string | boolean | undefined | ((event: Event) => void);
type Child = Node | string | false | undefined;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, Prop> = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') el.addEventListener(name, value);
    else if (value !== undefined && value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== false && child !== undefined) el.append(child);
  return el;
}

/** The three choices look and weigh the same: one element type, one class. */
export function button(label: string, onClick: () => void): HTMLButtonElement {
  return h('button', { type: 'button', class: 'vc-btn', click: onClick }, [label]);
}
