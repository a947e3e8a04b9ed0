const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * Deterministic normal form of a name for ids: accents stripped, lower case, dots dropped
 * ("J.D." → "jd"), every other run of non-alphanumerics one hyphen. `person:` + slug of
 * "Kim Jong Un" is `person:kim-jong-un`.
 */
export function slugify(name: string): string {
  // Fast path: ASCII words separated by single spaces ("Kim Jong Un"), where the steps below
  // reduce to lower-casing and hyphens between the words.
  if (PLAIN_NAME.test(name)) return name.toLowerCase().replaceAll(' ', '-');
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019'`.]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'unnamed' : slug;
}
