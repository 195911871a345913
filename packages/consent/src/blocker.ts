// Holds back <script type="text/plain" data-category> and <iframe data-src data-category> until their category
// is granted, including elements added later, and stops iframes again on withdrawal.
const HELD = 'script[type="text/plain"][data-category],iframe[data-src][data-category]';

export function createBlocker(granted: (category: string) => boolean) {
  const queued = new WeakSet<Element>();
  let queue: Promise<unknown> = Promise.resolve();

  function release(el: Element): void {
    const category = el.getAttribute('data-category') ?? '';
    if (!granted(category)) return;
    if (el instanceof HTMLIFrameElement) {
      const src = el.dataset.src ?? '';
      if (el.getAttribute('src') !== src) el.src = src;
      return;
    }
    const held = el as HTMLScriptElement;
    if (queued.has(held)) return;
    queued.add(held);
    // in document order: an inline script after an external one waits for it, as it would have in the page
    queue = queue.then(() => run(held));
  }

  function run(held: HTMLScriptElement): Promise<unknown> {
    if (!held.isConnected || !granted(held.dataset.category ?? '')) {
      queued.delete(held);
      return Promise.resolve();
    }
    const script = document.createElement('script');
    for (const { name, value } of Array.from(held.attributes)) {
      if (name !== 'type') script.setAttribute(name, value);
    }
    const type = held.dataset.type;
    if (type) script.type = type;
    // the nonce attribute is emptied once parsed; the property keeps it, so a strict CSP still trusts the copy
    if (held.nonce) script.nonce = held.nonce;
    const waits = held.src && !held.hasAttribute('async');
    const loaded = new Promise((resolve) => {
      script.onload = script.onerror = resolve;
    });
    if (!held.src) script.text = held.text;
    held.replaceWith(script);
    return waits ? loaded : Promise.resolve();
  }

  function releaseIn(root: ParentNode): void {
    if (root instanceof Element && root.matches(HELD)) release(root);
    for (const el of Array.from(root.querySelectorAll(HELD))) release(el);
  }

  return {
    releaseAll(): void {
      releaseIn(document);
    },
    watch(): void {
      new MutationObserver((mutations) => {
        for (const mutation of mutations) {
          for (const node of Array.from(mutation.addedNodes)) if (node instanceof Element) releaseIn(node);
        }
      }).observe(document.documentElement, { childList: true, subtree: true });
    },
    /** Withdrawal: loaded iframes of the category go blank; their data-src stays for a later grant. */
    stop(category: string): void {
      for (const frame of Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe[data-src][data-category]'))) {
        if (frame.dataset.category === category && frame.getAttribute('src')) frame.src = 'about:blank';
      }
    },
  };
}
