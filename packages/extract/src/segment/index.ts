import type { Segment } from '@newsgraph/schemas';

export interface SegmentationInput {
  text: string;
  title?: string;
  source?: string;
  publishedAt?: string;
}

export interface SegmentationResult {
  /** Articles found in the document, in text order; never empty for non-empty text. */
  segments: Segment[];
  /** Boilerplate spans (share widgets, "Read More", disclaimers…) that must yield no entities. */
  dropped: { start: number; end: number }[];
}

/**
 * Splits a document into articles (a scraped page: the story plus related-article teasers) and
 * marks boilerplate. Placeholder: one segment covering the whole text.
 */
export function segmentDocument(input: SegmentationInput): SegmentationResult {
  return {
    segments: [
      { start: 0, end: input.text.length, title: input.title, source: input.source, publishedAt: input.publishedAt },
    ],
    dropped: [],
  };
}
