import { Session } from 'node:inspector/promises';

/** One V8 CPU profile node (the fields used here). */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Where sampled time went: per stage (share of the profiled run) and the hottest functions. */
export interface StageProfile {
  /** Sampled milliseconds in total. */
  totalMs: number;
  /** Stage → share of sampled time (0..1), largest first. */
  stages: Record<string, number>;
  /** The functions with the most self time. */
  hottest: { fn: string; where: string; stage: string; share: number }[];
}

/**
 * The stage a source file belongs to. Extraction's folders are its stages (DESIGN: the folder
 * layout is the pipeline), so `packages/extract/dist/mentions/…` is "mentions"; libraries are
 * their own stages.
 */
export function stageOfUrl(url: string): string | undefined {
  if (!url) return undefined;
  const ex = /\/packages\/extract\/(?:dist|src)\/(?:([^/]+)\/)?([^/]+)$/.exec(url);
  if (ex) return ex[1] ?? `extract:${ex[2]!.replace(/\.[jt]s$/, '')}`;
  const lib = /\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (lib) return lib[1];
  if (url.startsWith('node:')) return 'node';
  return 'other';
}

/**
 * Runs `work` under the V8 sampling profiler and attributes each sample to the innermost frame
 * that has a source file (time in built-ins such as RegExp or String methods goes to the code
 * that called them), grouped by {@link stageOfUrl}. No cooperation from the profiled code needed.
 */
export async function profileStages(
  work: () => void,
  samplingIntervalUs = 200,
): Promise<StageProfile> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
    await session.post('Profiler.start');
    // leave the inspector's dispatch before working, so its frame is not under every sample
    await new Promise((resolve) => setImmediate(resolve));
    work();
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    return summarise(profile);
  } finally {
    session.disconnect();
  }
}

function summarise(profile: CpuProfile): StageProfile {
  const byId = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // resolve each node once: its own stage, or the nearest ancestor's
  const stageOf = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = stageOf.get(id);
    if (known) return known;
    const node = byId.get(id);
    const name = node?.callFrame.functionName ?? '';
    let stage: string;
    if (name === '(garbage collector)') stage = 'gc';
    else if (name === '(idle)' || name === '(program)' || name === '(root)') stage = 'idle/program';
    else {
      const own = node ? stageOfUrl(node.callFrame.url) : undefined;
      const up = parent.get(id);
      stage = own ?? (up !== undefined ? resolve(up) : 'other');
    }
    stageOf.set(id, stage);
    return stage;
  };
  const selfMs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    selfMs.set(id, (selfMs.get(id) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  let total = 0;
  const perStage = new Map<string, number>();
  const perFn = new Map<string, { fn: string; where: string; stage: string; ms: number }>();
  for (const [id, ms] of selfMs) {
    const stage = resolve(id);
    const node0 = byId.get(id);
    // the profiler's own messages are not extraction time
    const frame = node0?.callFrame;
    if (
      stage === 'idle/program' ||
      frame?.url.startsWith('node:inspector') ||
      (frame?.functionName === 'dispatch' && !frame.url)
    )
      continue;
    total += ms;
    perStage.set(stage, (perStage.get(stage) ?? 0) + ms);
    const node = byId.get(id)!;
    const file = node.callFrame.url.split('/').slice(-2).join('/');
    const where = file ? `${file}:${node.callFrame.lineNumber + 1}` : '(native)';
    const fn = node.callFrame.functionName || '(anonymous)';
    const key = `${fn}@${where}`;
    const cur = perFn.get(key) ?? { fn, where, stage, ms: 0 };
    cur.ms += ms;
    perFn.set(key, cur);
  }
  const share = (ms: number): number => (total ? Math.round((ms / total) * 1000) / 1000 : 0);
  return {
    totalMs: Math.round(total),
    stages: Object.fromEntries(
      [...perStage].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, share(v)]),
    ),
    hottest: [...perFn.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 12)
      .map((f) => ({ fn: f.fn, where: f.where, stage: f.stage, share: share(f.ms) })),
  };
}
