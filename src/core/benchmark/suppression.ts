/**
 * Which segments of one split (all the values of one --by field) are suppressed. A segment with
 * fewer than k organisations is. Every organisation is in exactly one segment of a split, so the
 * published segments subtracted from the total give the suppressed ones together: if only one is
 * suppressed, its numbers can be worked out; if several together hold fewer than k, their pooled
 * numbers tell as much as a small segment would. So while the suppressed segments hold fewer than
 * k organisations between them, the smallest published one is suppressed too (ties: the first in
 * the split's order). With one small segment this suppresses exactly the next-smallest.
 *
 * Returns one flag per size, in the order given.
 */
export function suppressedInSplit(sizes: readonly number[], k: number): boolean[] {
  const suppressed = sizes.map((n) => n < k);
  let hidden = sizes.reduce((sum, n, i) => (suppressed[i] ? sum + n : sum), 0);
  if (hidden === 0) return suppressed;
  while (hidden < k) {
    let next = -1;
    sizes.forEach((n, i) => {
      if (!suppressed[i] && (next < 0 || n < sizes[next])) next = i;
    });
    if (next < 0) break; // everything is suppressed already
    suppressed[next] = true;
    hidden += sizes[next];
  }
  return suppressed;
}
