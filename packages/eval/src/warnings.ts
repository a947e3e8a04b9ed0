/**
 * Counts problems by kind and shows the first few, as the reference scorer does: a data set with
 * thousands of bad lines should not flood the terminal, but every kind is counted.
 */
export class Warnings {
  readonly counts: Record<string, number> = {};
  private shown = 0;
  constructor(
    private readonly max = 20,
    private readonly sink: (line: string) => void = (l) => process.stderr.write(l + '\n'),
  ) {}

  /** Records one warning of `kind`; prints it while fewer than `max` have been printed. */
  warn(kind: string, message: string): void {
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
    if (this.shown < this.max) {
      this.sink(`warning [${kind}] ${message}`);
      this.shown++;
    }
  }

  /** Prints how many warnings were not shown, with counts per kind. */
  summary(): void {
    const total = Object.values(this.counts).reduce((a, b) => a + b, 0);
    if (total > this.shown)
      this.sink(`... ${total - this.shown} more warnings (${JSON.stringify(this.counts)})`);
  }
}
