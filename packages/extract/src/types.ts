import type { EntityType, Segment, Span } from '@newsgraph/schemas';

/**
 * Internal shapes shared by the extraction stages. Stages communicate only through these, so
 * each folder can change on its own.
 */

/** A token with its UTF-16 span in the original text. */
export interface Token extends Span {
  text: string;
  /** Lower-cased normal form. */
  normal: string;
  /** Universal POS tag (wink-nlp): NOUN, PROPN, VERB, AUX, ADP, PART, PUNCT, … */
  pos: string;
  /** Lemma where known (wink-nlp's its.lemma), else the normal form. */
  lemma: string;
}

/** A sentence: its span and its tokens (in order, spans inside the sentence). */
export interface Sentence extends Span {
  index: number;
  /** Index into the document's segments. */
  segment: number;
  tokens: Token[];
}

/** A mention after within-article resolution and linking. */
export interface ResolvedMention extends Span {
  text: string;
  entityId: string;
  type: EntityType;
  /** Index of the sentence that holds it. */
  sentence: number;
  segment: number;
  /**
   * How it refers: a name ("Kim Jong Un", "Kim"), a demonym used for a state ("Russian"),
   * a capital used for a state ("Moscow"), or a description ("the North Korean leader").
   */
  via: 'name' | 'demonym' | 'capital' | 'description' | 'acronym';
  confidence: number;
}

/** What the entity layer hands to the relation layer. */
export interface AnalyzedDocument {
  text: string;
  segments: Segment[];
  sentences: Sentence[];
  mentions: ResolvedMention[];
  /** Canonical name and type per entity id. */
  entities: Map<string, { type: EntityType; name: string; iso3?: string }>;
}
