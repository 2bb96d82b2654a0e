import * as React from "react";
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { AdoptionProfile } from "../../core/crosswalk/estimateAdoption";
import { ensureFramework } from "../../core/framework/registry";
import type { ScoreResult } from "../../core/scoring/types";

const useStyles = makeStyles({
  summary: { cursor: "pointer" },
  heading: {
    display: "inline",
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { overflowWrap: "anywhere" },
  text: { margin: `${tokens.spacingVerticalXS} 0` },
});

/** The profile of a public-sector result: the crosswalk and the adoption framework, on demand. */
async function profileOf(result: ScoreResult): Promise<AdoptionProfile> {
  const [{ estimateAdoption }] = await Promise.all([
    import(/* webpackChunkName: "crosswalk" */ "../../core/crosswalk/estimateAdoption"),
    ensureFramework("svm-adoption"),
  ]);
  return estimateAdoption(result);
}

/**
 * A public-sector SVMI assessment's provisional Social Value Model adoption profile: each
 * characteristic estimated from the SVMI themes that cover it (the crosswalk), loaded when the
 * section is opened and marked "estimated — confirm by answering" throughout.
 */
export const AdoptionEstimate: React.FC<{ result: ScoreResult }> = ({ result }) => {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const [profile, setProfile] = React.useState<AdoptionProfile>();
  const [error, setError] = React.useState<string>();
  React.useEffect(() => {
    if (!open) return;
    let current = true;
    profileOf(result).then(
      (p) => current && setProfile(p),
      (e: Error) => current && setError(e.message)
    );
    return () => {
      current = false;
    };
  }, [open, result]);
  return (
    <details onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary className={styles.summary}>
        <h2 className={styles.heading}>Social Value Model adoption (estimated)</h2>
      </summary>
      {error && <p className={styles.text}>The estimate could not be made: {error}</p>}
      {!profile && !error && open && <Spinner size="tiny" label="Estimating…" />}
      {profile && (
        <>
          <p className={styles.text}>
            Each characteristic from the SVMI themes that cover it, Present levels: {profile.label}.
          </p>
          <ul className={styles.list} aria-label="Estimated adoption profile">
            {profile.characteristics.map((c) => (
              <li key={c.id} className={styles.item}>
                {c.name}: {c.levelLabel ?? "no estimate yet"} (from {c.from.join(", ")}), {c.label}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
};
