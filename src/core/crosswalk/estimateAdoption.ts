import { getFramework } from "../framework/registry";
import type { Level } from "../framework/levels";
import { SVM_ADOPTION_GROUPS } from "../framework/builtIn/svmAdoptionGroups";
import type { ScoreResult } from "../scoring/types";
import { PUBLIC_TO_ADOPTION } from "./publicToAdoption";

/**
 * A provisional Social Value Model adoption profile read off a completed public-sector SVMI
 * assessment. It is a starting point for the adoption self-assessment, never a result of it:
 * every estimate says so.
 *
 * The rule: a characteristic's estimate is the lowest Present level among the SVMI themes that
 * cover it (PUBLIC_TO_ADOPTION), and SVMI level n stands for adoption level n.
 * - The lowest, because a theme's own level is the lowest over its practices (a theme is only as
 *   far on as its weakest practice), and a characteristic spread over several themes is held back
 *   by the weakest of them in the same way. It also errs low, which an estimate should.
 * - Level n for level n, because both scales have a floor for an organisation that has not met
 *   the basic requirement (Incomplete/Non Compliant, Not yet) and then four steps in the same
 *   direction: from doing what the rules require (Follower, Compliance) to social value embedded
 *   beyond the organisation (Innovator, Systemic). The middle steps match less closely (the
 *   SVMI's Leader is about corporate strategy, which the adoption scale puts at Strategic), which
 *   is why the profile is only an estimate to confirm by answering.
 * - None where any covering theme has no Present level yet (a question unanswered or invalid):
 *   the missing theme could be the lowest.
 */

export const ESTIMATED = "estimated \u2014 confirm by answering";

export interface AdoptionEstimate {
  /** The characteristic: a theme id of svm-adoption ("PC"). */
  id: string;
  name: string;
  /** The group the report puts it in ("Setting strategy"). */
  group: string;
  /** The estimated adoption level, or null when a covering theme has no level yet. */
  level: Level | null;
  /** That level's name ("Strategic"), or null with the level. */
  levelLabel: string | null;
  /** The public SVMI themes it is estimated from. */
  from: readonly string[];
  label: typeof ESTIMATED;
}

export interface AdoptionProfile {
  framework: { id: string; name: string; version: string };
  /** The assessment it is estimated from (its Present levels). */
  source: { framework: { id: string; name: string; version: string }; organisation: string };
  label: typeof ESTIMATED;
  characteristics: AdoptionEstimate[];
}

/** The assessment handed in is not a public-sector SVMI one. */
export class CrosswalkError extends Error {}

export function estimateAdoption(result: ScoreResult): AdoptionProfile {
  if (result.framework.id !== "public") {
    throw new CrosswalkError(
      `the crosswalk reads a public-sector SVMI assessment; this one is of ${result.framework.name} (${result.framework.id})`
    );
  }
  const adoption = getFramework("svm-adoption");
  const present = new Map(result.themes.map((t) => [t.id, t.present.level]));
  const characteristics = adoption.themes.map((theme): AdoptionEstimate => {
    const from = PUBLIC_TO_ADOPTION.find((e) => e.characteristic === theme.id)?.themes ?? [];
    const levels = from.map((id) => present.get(id) ?? null);
    const level =
      levels.length === 0 || levels.includes(null) ? null : Math.min(...(levels as Level[]));
    return {
      id: theme.id,
      name: theme.name,
      group: SVM_ADOPTION_GROUPS.find((g) => g.themes.includes(theme.id))?.name ?? "",
      level,
      levelLabel: level === null ? null : adoption.levels[level].label,
      from,
      label: ESTIMATED,
    };
  });
  return {
    framework: { id: adoption.id, name: adoption.name, version: adoption.version },
    source: { framework: result.framework, organisation: result.organisation },
    label: ESTIMATED,
    characteristics,
  };
}
