const FOCUSABLE = 'button,a[href],input:not([disabled]),summary,[tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab inside a modal dialog, and hands Escape to the caller. */
export function trapFocus(dialog: HTMLElement, onEscape: () => void): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.offsetParent);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
}
