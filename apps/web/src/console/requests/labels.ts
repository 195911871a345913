/** A code's words, or the code itself when the console does not know it yet (a newer server, a new pack entry). */
export function labelOf(labels: Readonly<Record<string, string>>, code: string): string {
  return labels[code] ?? code;
}
