import { flags, type UiContext } from './context.js';
import { button, h } from './dom.js';

/** The first layer: what each optional category does, and three equal choices. Not modal, no Escape. */
export function renderBanner(ui: UiContext): HTMLElement {
  const { texts, config } = ui;
  const optional = config.categories.filter((c) => !c.required);
  // a web address or a path, never a javascript: URL
  const policy = /^(https?:\/\/|\/)/.test(config.privacyPolicyUrl ?? '') && config.privacyPolicyUrl;
  return h(
    'div',
    {
      class: 'vc vc-banner',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-labelledby': 'vc-t',
      'aria-describedby': 'vc-d',
    },
    [
      h('h2', { id: 'vc-t' }, [texts.title]),
      h('div', { id: 'vc-d' }, [
        h('p', {}, [texts.intro]),
        h(
          'ul',
          {},
          optional.map((c) => {
            const said = flags(c, texts);
            return h('li', {}, [h('strong', {}, [c.label]), ` — ${c.description}`, said && ` (${said})`]);
          }),
        ),
        ui.gpc && h('p', { class: 'vc-gpc' }, [texts.gpc]),
      ]),
      h('div', { class: 'vc-actions' }, [
        button(texts.accept, ui.acceptAll),
        button(texts.refuse, ui.refuseAll),
        button(texts.customize, ui.customize),
      ]),
      policy && h('p', {}, [h('a', { href: policy }, [texts.policy])]),
    ],
  );
}
