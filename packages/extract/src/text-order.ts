/**
 * Code-unit order of two strings: deterministic on every machine and locale (unlike
 * `localeCompare`, which also costs an ICU call per comparison).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
