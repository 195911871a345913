import css from './styles.css';

/** A <style> element, with the nonce the page's Content-Security-Policy expects when it gives one. */
export function injectStyles(nonce: string | undefined): void {
  if (!css) return;
  const style = document.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  document.head.append(style);
}
