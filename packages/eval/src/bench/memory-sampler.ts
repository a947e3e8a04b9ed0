/** Memory of this process at one moment, in MiB. */
export interface MemorySample {
  rssMiB: number;
  heapUsedMiB: number;
}

/** Start, peak and end of RSS and heap over a run, plus the number of samples. */
export interface MemoryProfile {
  start: MemorySample;
  peak: MemorySample;
  end: MemorySample;
  samples: number;
}

const mib = (b: number): number => Math.round((b / 1048576) * 10) / 10;

/**
 * Samples `process.memoryUsage()` when asked (every N documents) rather than on a timer, so the
 * samples land inside the measured work and cost nothing between calls.
 */
export class MemorySampler {
  private first: MemorySample | undefined;
  private last: MemorySample | undefined;
  private peakRss = 0;
  private peakHeap = 0;
  private count = 0;

  /** Takes one sample. */
  sample(): void {
    const m = process.memoryUsage();
    const s = { rssMiB: mib(m.rss), heapUsedMiB: mib(m.heapUsed) };
    this.first ??= s;
    this.last = s;
    this.peakRss = Math.max(this.peakRss, s.rssMiB);
    this.peakHeap = Math.max(this.peakHeap, s.heapUsedMiB);
    this.count++;
  }

  /** The profile so far (takes a sample first, so it is never empty). */
  profile(): MemoryProfile {
    this.sample();
    return {
      start: this.first!,
      peak: { rssMiB: this.peakRss, heapUsedMiB: this.peakHeap },
      end: this.last!,
      samples: this.count,
    };
  }
}
