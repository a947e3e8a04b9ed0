import { createResources, type ExtractResources } from '@newsgraph/extract';
import { defaultAliasDictionaryPath, readAliasDictionary } from '@newsgraph/graph';

/**
 * Extraction resources with the alias dictionary applied: `--aliases FILE` (JSON or CSV), else
 * the project's curated `graph/aliases.json` when it exists (where `entities merge` records
 * analysts' merges), so pinned identities hold for new articles too.
 */
export function loadResources(aliasesPath?: string): { resources: ExtractResources; aliasesFile?: string; aliasCount: number } {
  const file = aliasesPath ?? defaultAliasDictionaryPath();
  const aliases = readAliasDictionary(file);
  return { resources: createResources({ aliases }), ...(aliases.length ? { aliasesFile: file } : {}), aliasCount: aliases.length };
}
