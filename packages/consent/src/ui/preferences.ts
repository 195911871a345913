import type { ConsentCategory } from '../types.js';
import { flags, type UiContext } from './context.js';
import { button, h } from './dom.js';
import { trapFocus } from './focus-trap.js';

function categorySection(ui: UiContext, category: ConsentCategory): HTMLElement {
  const { texts } = ui;
  const labelId = `vc-l-${category.id}`;
  const toggle = category.required
    ? h('span', { class: 'vc-flags' }, [texts.alwaysOn])
    : h('input', {
        type: 'checkbox',
        role: 'switch',
        name: category.id,
        'aria-labelledby': labelId,
        checked: ui.granted[category.id] === true,
      });
  const said = flags(category, texts);
  const services = category.services;
  return h('section', { class: 'vc-cat', 'aria-labelledby': labelId }, [
    h('div', { class: 'vc-row' }, [h('h3', { id: labelId }, [category.label]), toggle]),
    h('p', {}, [category.description]),
    said && h('p', { class: 'vc-flags' }, [said]),
    services.length > 0 &&
      h('details', {}, [
        h('summary', {}, [`${texts.services} (${services.length})`]),
        h(
          'ul',
          {},
          services.map((s) => h('li', {}, [h('strong', {}, [s.name]), ` — ${s.cookies.join(', ')}`])),
        ),
      ]),
  ]);
}

/** The preference center: a modal dialog by category, listing each category's services and their cookies. */
export function renderPreferences(ui: UiContext): HTMLElement {
  const { texts, config } = ui;
  const dialog = h(
    'div',
    {
      class: 'vc-modal',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'vc-pt',
      'aria-describedby': 'vc-pd',
    },
    [
      h('div', { class: 'vc-head' }, [
        h('h2', { id: 'vc-pt' }, [texts.prefsTitle]),
        h('button', { type: 'button', class: 'vc-x', 'aria-label': texts.close, click: ui.close }, ['×']),
      ]),
      h('p', { id: 'vc-pd' }, [texts.prefsIntro]),
      ui.gpc && h('p', { class: 'vc-gpc' }, [texts.gpc]),
      ...config.categories.map((c) => categorySection(ui, c)),
    ],
  );
  const save = () => {
    const choices: Record<string, boolean> = {};
    for (const c of config.categories) {
      const input = dialog.querySelector<HTMLInputElement>(`input[name="${c.id}"]`);
      choices[c.id] = c.required || input?.checked === true;
    }
    ui.save(choices);
  };
  dialog.append(
    h('div', { class: 'vc-actions' }, [
      button(texts.save, save),
      button(texts.refuse, ui.refuseAll),
      button(texts.accept, ui.acceptAll),
    ]),
  );
  trapFocus(dialog, ui.close);
  return h('div', { class: 'vc vc-overlay' }, [dialog]);
}
