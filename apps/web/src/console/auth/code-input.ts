/** A TOTP code as typed or pasted: spaces and dashes that apps show for readability are dropped. */
export function normaliseTotpCode(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function isTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}
