/**
 * Everything extraction needs that is expensive to build (language model, lexicons, gazetteers).
 * Built once by the caller and passed in, so `extract` itself stays pure.
 */
export interface ExtractResources {
  readonly ready: true;
}

/** Builds the resources. Loads only packaged data: no network, no env. */
export function createResources(): ExtractResources {
  return { ready: true };
}
