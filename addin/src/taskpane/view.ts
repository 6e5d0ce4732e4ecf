/** Small DOM helpers for the task pane: plain elements, Italian text, Fluent-like classes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null | undefined)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

export function button(label: string, testid: string, onClick: () => void | Promise<void>, primary = false): HTMLButtonElement {
  const b = el('button', { type: 'button', 'data-testid': testid, ...(primary ? { class: 'primary' } : {}) }, label);
  b.addEventListener('click', () => void onClick());
  return b;
}

export function message(kind: 'error' | 'warning' | 'success' | 'info', text: string, testid = 'message'): HTMLElement {
  return el('div', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-testid': testid }, text);
}

/** Extra styles of the pane, on top of the shared assets/addin.css (Fluent 2 tokens). */
export const PANE_CSS = `
.pane { padding: 12px 16px 24px; }
.pane header { display: flex; align-items: center; justify-content: space-between; gap: 8px; border-bottom: 1px solid var(--border); padding-bottom: 8px; }
.pane header .who { font-size: 12px; color: var(--text-muted); }
.pane section { border-bottom: 1px solid var(--border); padding: 4px 0 12px; }
.pane .row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-top: 8px; }
.pane .row > * { flex: 0 0 auto; }
.pane .modes label { display: inline-flex; gap: 4px; font-weight: 400; margin: 0 12px 0 0; }
.pane .modes input { width: auto; }
.pane .list { max-height: 180px; overflow: auto; border: 1px solid var(--border); border-radius: var(--radius); margin-top: 8px; }
.pane .list label { display: flex; gap: 6px; font-weight: 400; margin: 0; padding: 4px 8px; border-bottom: 1px solid #f0f0f0; }
.pane .list input { width: auto; }
.pane .count { font-size: 24px; font-weight: 600; color: var(--brand); }
.pane table { width: 100%; border-collapse: collapse; font-size: 12px; margin-top: 8px; }
.pane th, .pane td { text-align: left; padding: 3px 4px; border-bottom: 1px solid #f0f0f0; vertical-align: top; }
.pane td.bad { color: var(--danger); }
.pane .conflict { border: 1px solid #fdcfb4; background: var(--warning-bg); border-radius: var(--radius); padding: 8px; margin-top: 8px; font-size: 12px; }
.pane .conflict .vals { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 4px 0; }
.pane .swatch { display: inline-block; width: 10px; height: 10px; border: 1px solid #bbb; margin-right: 4px; }
`;
