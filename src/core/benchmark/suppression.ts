/**
 * Which segments of one split (all the values of one --by field) are suppressed. A segment with
 * fewer than k organisations is. Every organisation is in exactly one segment of a split, so the
 * published segments subtracted from the total give the suppressed ones together: if only one is
 * suppressed, its numbers can be worked out; if several together hold fewer than k, their pooled
 * numbers tell as much as a small segment would. So while the suppressed segments hold fewer than
 * k organisations between them, the smallest published one is suppressed too (ties: the first in
 * the split's order). With one small segment this suppresses exactly the next-smallest.
 *
 * The same rule hides a split's distributions (one theme's Present, say): the sizes are then the
 * organisations with a level there, and a segment suppressed already (`hidden`) counts as hidden
 * whatever its size, since its members are in the total's counts all the same.
 *
 * Returns one flag per size, in the order given.
 */
export function suppressedInSplit(
  sizes: readonly number[],
  k: number,
  hidden: readonly boolean[] = []
): boolean[] {
  const suppressed = sizes.map((n, i) => n < k || hidden[i] === true);
  let pooled = sizes.reduce((sum, n, i) => (suppressed[i] ? sum + n : sum), 0);
  if (pooled === 0) return suppressed;
  while (pooled < k) {
    let next = -1;
    sizes.forEach((n, i) => {
      if (!suppressed[i] && (next < 0 || n < sizes[next])) next = i;
    });
    if (next < 0) break; // everything is suppressed already
    suppressed[next] = true;
    pooled += sizes[next];
  }
  return suppressed;
}
