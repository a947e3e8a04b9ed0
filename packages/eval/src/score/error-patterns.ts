/** One error pattern ("Person FN missed"), how often it occurs, and its most frequent texts. */
export interface ErrorPattern {
  pattern: string;
  count: number;
  examples: [text: string, count: number][];
}

/** Counts errors by pattern and, within a pattern, by text: what to study first. */
export class ErrorPatterns {
  private readonly byPattern = new Map<string, Map<string, number>>();
  /** Counts one error of `pattern` on `text`. */
  add(pattern: string, text: string): void {
    const m = this.byPattern.get(pattern) ?? new Map<string, number>();
    m.set(text, (m.get(text) ?? 0) + 1);
    this.byPattern.set(pattern, m);
  }
  /** The n most frequent patterns, each with its most frequent texts. */
  top(n: number): ErrorPattern[] {
    return [...this.byPattern]
      .map(([pattern, texts]) => ({
        pattern,
        count: [...texts.values()].reduce((a, b) => a + b, 0),
        examples: [...texts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 6),
      }))
      .sort((a, b) => b.count - a.count || a.pattern.localeCompare(b.pattern))
      .slice(0, n);
  }
}
