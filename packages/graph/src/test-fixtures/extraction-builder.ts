import type { EntityType, Extraction, Quad } from '@newsgraph/schemas';

interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  surfaces: string[];
  segments: number[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds schema-valid Extraction objects by hand for graph tests, finding offsets in the text
 * so that `text.slice(start, end) === mention.text` holds. Longer surfaces claim their spans
 * first, so mentions never nest ("Bank of Russia" hides "Russia").
 */
export class ExtractionBuilder {
  private readonly segments: Extraction['segments'] = [];
  private readonly entitySpecs: EntitySpec[] = [];
  private readonly relations: Extraction['relations'] = [];

  constructor(
    readonly text: string,
    readonly id: string,
  ) {}

  /** A segment from the first `startNeedle` (at or after `from`) to `endNeedle` (or the end). */
  segment(startNeedle: string, endNeedle: string | null, meta: { title?: string; source?: string } = {}): number {
    const from = this.segments.at(-1)?.end ?? 0;
    const start = this.find(startNeedle, from);
    const end = endNeedle === null ? this.text.length : this.find(endNeedle, start);
    this.segments.push({ start, end, ...meta });
    return this.segments.length - 1;
  }

  entity(id: string, type: EntityType, name: string, surfaces: string[], segments?: number[]): this {
    this.entitySpecs.push({ id, type, name, surfaces, segments: segments ?? this.segments.map((_, i) => i) });
    return this;
  }

  stance(
    source: string,
    target: string,
    polarity: 1 | -1,
    kind: string,
    quad: Quad,
    evidence: string,
    extra: { attributedTo?: string[]; modality?: string | null; negated?: boolean; segment?: number; from?: string } = {},
  ): this {
    const start = this.find(evidence, extra.from !== undefined ? this.find(extra.from, 0) : 0);
    this.relations.push({
      type: 'STANCE',
      source,
      target,
      polarity,
      quad,
      kind,
      intensity: kind === 'attack' ? 8 : kind === 'accuse' || kind === 'sever' ? 5 : 4,
      evidence: { start, end: start + evidence.length },
      negated: extra.negated ?? false,
      modality: extra.modality ?? null,
      attributedTo: extra.attributedTo ?? [],
      confidence: 0.8,
      ...(extra.segment !== undefined ? { segment: extra.segment } : {}),
    });
    return this;
  }

  role(person: string, target: string, title: string, segment: number): this {
    this.relations.push({ type: 'HAS_ROLE', source: person, target, title, segment });
    return this;
  }

  /** Finishes: mentions from the surfaces, CO_MENTION from shared sentences per segment. */
  build(extractorVersion = 'fixture-1'): Extraction {
    const claimed: { start: number; end: number }[] = [];
    const mentions = new Map<string, { start: number; end: number; text: string }[]>();
    const pairs = this.entitySpecs
      .flatMap((e) => e.surfaces.map((s) => ({ e, s })))
      .sort((a, b) => b.s.length - a.s.length || (a.s < b.s ? -1 : 1));
    for (const { e, s } of pairs) {
      for (const segIndex of e.segments) {
        const seg = this.segments[segIndex]!;
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, 'gu');
        re.lastIndex = seg.start;
        for (let m = re.exec(this.text); m !== null && m.index < seg.end; m = re.exec(this.text)) {
          const start = m.index;
          const end = start + s.length;
          if (end > seg.end || claimed.some((c) => start < c.end && end > c.start)) continue;
          claimed.push({ start, end });
          const list = mentions.get(e.id) ?? [];
          list.push({ start, end, text: s });
          mentions.set(e.id, list);
        }
      }
    }
    const entities = this.entitySpecs
      .filter((e) => mentions.has(e.id))
      .map((e) => ({
        id: e.id,
        type: e.type,
        name: e.name,
        mentions: mentions.get(e.id)!.sort((a, b) => a.start - b.start).map((m) => ({ ...m, confidence: 0.9 })),
        ...(e.type === 'Country' ? { iso3: e.id.slice('country:'.length) } : {}),
      }));
    const coMentions: Extraction['relations'] = [];
    this.segments.forEach((seg, segIndex) => {
      const counts = new Map<string, number>();
      const sentenceRe = /[^.!?\n]+(?:[.!?]+['"’]?|\n|$)/g;
      const body = this.text.slice(seg.start, seg.end);
      for (let m = sentenceRe.exec(body); m !== null; m = sentenceRe.exec(body)) {
        if (m[0].length === 0) {
          sentenceRe.lastIndex++;
          continue;
        }
        const s0 = seg.start + m.index;
        const s1 = s0 + m[0].length;
        const inside = [...new Set(entities.filter((e) => e.mentions.some((x) => x.start >= s0 && x.start < s1)).map((e) => e.id))].sort();
        for (let i = 0; i < inside.length; i++) {
          for (let j = i + 1; j < inside.length; j++) {
            const key = `${inside[i]}|${inside[j]}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
        }
      }
      for (const [key, count] of [...counts].sort()) {
        const [source, target] = key.split('|') as [string, string];
        coMentions.push({ type: 'CO_MENTION', source, target, scope: 'sentence', count, segment: segIndex });
      }
    });
    return {
      id: this.id,
      segments: this.segments,
      entities,
      relations: [...this.relations, ...coMentions],
      language: 'eng',
      extractorVersion,
    };
  }

  private find(needle: string, from: number): number {
    const i = this.text.indexOf(needle, from);
    if (i < 0) throw new Error(`test fixture: expected ${JSON.stringify(needle)} in ${this.id} after ${from}, got none`);
    return i;
  }
}
