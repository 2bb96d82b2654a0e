/**
 * Theme groups: a framework may group its themes (the Social Value Model adoption report groups
 * its characteristics into setting strategy, implementation and enablers). Where themes are
 * listed under a heading per group (`svmi questions`), a theme with no group among grouped ones
 * would read as part of the group above it, and a group split in two would be listed twice: so
 * every theme has a group or none does, and a group's themes come together.
 */

interface Grouped {
  id: string;
  group?: string;
}

/** What breaks those rules, each with its theme. */
export function themeGroupProblems(themes: readonly Grouped[]): string[] {
  const problems: string[] = [];
  if (!themes.some((t) => t.group !== undefined)) return problems;
  const ended = new Set<string>();
  themes.forEach((theme, i) => {
    const group = theme.group;
    if (group === undefined || !group.trim()) {
      problems.push(
        `theme ${theme.id} has no group while other themes have one; give every theme a group, or none`
      );
      return;
    }
    if (ended.has(group))
      problems.push(
        `theme ${theme.id}: the themes of group '${group}' must be listed together, one after another`
      );
    const previous = themes[i - 1]?.group;
    if (previous !== undefined && previous !== group) ended.add(previous);
  });
  return problems;
}

/** The themes in runs of one group, in order; one run with no group where none has one. */
export function themeGroupRuns<T extends Grouped>(
  themes: readonly T[]
): { group?: string; themes: T[] }[] {
  const runs: { group?: string; themes: T[] }[] = [];
  for (const theme of themes) {
    const last = runs[runs.length - 1];
    if (last && last.group === theme.group) last.themes.push(theme);
    else
      runs.push({ ...(theme.group !== undefined ? { group: theme.group } : {}), themes: [theme] });
  }
  return runs;
}
