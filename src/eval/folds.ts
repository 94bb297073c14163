/**
 * Site-grouped folds for cross-validation. Pages of one site (domain of their URL) always fall in
 * the same fold, so a held-out fold holds only sites the model was not fitted on: the figure it
 * gives is what an unseen site can expect, not what a memorised template gives.
 *
 * Pure and deterministic: the fold of a domain depends on the set of domains alone.
 *
 * @module
 */

/**
 * The site of a page: the host of its URL, lower-cased, without a leading `www.`.
 *
 * @param url - An absolute URL (or anything: an unparsable one is its own site).
 * @returns The domain, e.g. `example.com`.
 * @example
 * ```ts
 * domainOf("https://www.Example.com/a/b?c=1"); // "example.com"
 * ```
 */
export function domainOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
  return host.startsWith("www.") ? host.slice(4) : host;
}

/** 32-bit FNV-1a: a fixed, platform-independent hash, so fold assignment never changes between runs. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Assigns each page to one of `k` folds, grouped by site: the domains are ordered by a fixed hash
 * of their name and dealt out in turn, largest groups first so fold sizes stay close.
 *
 * @param urls - The pages' URLs, in page order.
 * @param k - Number of folds (at least 2).
 * @returns The fold (0 to k-1) of each page, in page order.
 * @throws RangeError when `k` is below 2.
 * @example
 * ```ts
 * siteFolds(["https://a.com/1", "https://a.com/2", "https://b.org/x"], 2); // e.g. [1, 1, 0]
 * ```
 */
export function siteFolds(urls: readonly string[], k: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be an integer of at least 2, got ${k}`);
  const groups = new Map<string, number[]>();
  urls.forEach((url, i) => {
    const d = domainOf(url);
    const g = groups.get(d);
    if (g) g.push(i);
    else groups.set(d, [i]);
  });
  const order = [...groups.keys()].sort((a, b) => {
    const size = groups.get(b)!.length - groups.get(a)!.length;
    if (size !== 0) return size;
    const h = fnv1a(a) - fnv1a(b);
    return h !== 0 ? h : a < b ? -1 : a > b ? 1 : 0;
  });
  const folds = new Array<number>(urls.length).fill(0);
  const sizes = new Array<number>(k).fill(0);
  for (const d of order) {
    // The smallest fold so far takes the next site (lowest index on ties): sizes stay balanced.
    let f = 0;
    for (let j = 1; j < k; j++) if (sizes[j]! < sizes[f]!) f = j;
    for (const i of groups.get(d)!) folds[i] = f;
    sizes[f]! += groups.get(d)!.length;
  }
  return folds;
}
