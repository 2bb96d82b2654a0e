import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
} from "@fluentui/react-components";
import type { Framework } from "../../core/framework/types";
import { isCalendarDate } from "../../core/workbook/details";
import {
  loadAssessmentReader,
  type AssessmentFile,
  type AssessmentSnapshot,
} from "../../office/api";
import { bytesOf } from "./fileBytes";
import { useMoreSectionStyles } from "./moreSectionStyles";

/** The reader of last year's workbook: the CLI's own, loaded on demand; tests may give another. */
export type AssessmentReader = (bytes: Uint8Array, fileName: string) => AssessmentFile;

export interface CyclesProps {
  framework: Framework;
  /** The assessment's date (yyyy-mm-dd), for the label offered. */
  assessedOn: string;
  /** Today, yyyy-mm-dd: the snapshot's date unless changed. */
  today: string;
  /** Labels the History holds (a new snapshot may not reuse one). */
  labels: readonly string[];
  busy?: boolean;
  onSave: (label: string, date: string) => Promise<boolean>;
  onAdd: (snapshot: AssessmentSnapshot) => Promise<boolean>;
  onStartFromLast: () => Promise<boolean>;
  loadReader?: () => Promise<AssessmentReader>;
}

/** "2026-27" for an assessment dated in 2026: the cycle a council names its year by. */
export function cycleLabel(date: string): string {
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year) || year < 1900) return "";
  return `${year}-${String((year + 1) % 100).padStart(2, "0")}`;
}

/**
 * Year on year: this cycle's answers frozen as a snapshot in the History sheet, last year's
 * workbook brought in as one (read here in the pane; nothing is uploaded), and a new cycle
 * started from the last one. The Progress sheet and the Results summary then compare them.
 */
/** "2025-26" → "2026-27", "2025" → "2026"; any other label → "" (the user names the next). */
export function nextCycleLabel(label: string): string {
  const span = /^(\d{4})-(\d{2})$/.exec(label);
  if (span) return cycleLabel(`${Number(span[1]) + 1}-01-01`);
  return /^\d{4}$/.test(label) ? String(Number(label) + 1) : "";
}

const Cycles: React.FC<CyclesProps> = ({
  framework,
  assessedOn,
  today,
  labels,
  busy,
  onSave,
  onAdd,
  onStartFromLast,
  loadReader = loadAssessmentReader,
}) => {
  const styles = useMoreSectionStyles();
  const [label, setLabel] = React.useState(() => cycleLabel(assessedOn || today));
  const [date, setDate] = React.useState(today);
  const [saved, setSaved] = React.useState<string>();
  const [file, setFile] = React.useState<{ read: AssessmentFile; name: string; label: string }>();
  const [fileError, setFileError] = React.useState<string>();
  const [started, setStarted] = React.useState<{ ok: boolean; text: string }>();
  const taken = (text: string) => labels.some((l) => l.toLowerCase() === text.trim().toLowerCase());
  const labelProblem = !label.trim()
    ? "Name this snapshot, such as 2025-26."
    : taken(label)
      ? `The History already holds '${label.trim()}': choose another label.`
      : undefined;
  const dateProblem = isCalendarDate(date)
    ? undefined
    : "Write a calendar date as yyyy-mm-dd, such as 2026-03-31.";
  const fileLabelProblem =
    file &&
    (!file.label.trim()
      ? "Give it a label."
      : taken(file.label)
        ? `'${file.label.trim()}' is taken.`
        : undefined);

  const pick = async (files: FileList | null) => {
    setFileError(undefined);
    setFile(undefined);
    const chosen = files?.[0];
    if (!chosen) return;
    try {
      const reader = await loadReader();
      const read = reader(await bytesOf(chosen), chosen.name);
      if (read.framework.id !== framework.id) {
        setFileError(
          `${chosen.name} answers ${read.framework.name}; this workbook ${framework.name}.`
        );
        return;
      }
      setFile({ read, name: chosen.name, label: read.suggestedLabel });
    } catch (error) {
      setFileError((error as Error).message);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="cycles-heading">
      <h2 id="cycles-heading" className={styles.heading}>
        Year on year
      </h2>
      <form
        className={styles.form}
        onSubmit={async (event) => {
          event.preventDefault();
          if (labelProblem || dateProblem) return;
          if (await onSave(label.trim(), date)) {
            setSaved(label.trim());
            // The label just used is taken now: offer the next cycle's instead of an error.
            setLabel(nextCycleLabel(label.trim()));
          }
        }}
      >
        <Caption1 className={styles.text}>
          Freeze this cycle&apos;s answers and levels in the History sheet, to compare next year.
        </Caption1>
        <Field
          label="Snapshot label"
          validationMessage={labelProblem}
          validationState={labelProblem ? "error" : "none"}
        >
          <Input value={label} onChange={(_, d) => setLabel(d.value)} />
        </Field>
        <Field
          label="Taken on"
          validationMessage={dateProblem}
          validationState={dateProblem ? "error" : "none"}
        >
          <Input value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <div className={styles.row}>
          <Button
            appearance="primary"
            type="submit"
            disabled={busy || !!labelProblem || !!dateProblem}
          >
            Save this cycle&apos;s snapshot
          </Button>
        </div>
        {saved && (
          <MessageBar intent="success">
            <MessageBarBody>
              Saved &apos;{saved}&apos;. The Progress sheet compares it with the answers from now
              on.
            </MessageBarBody>
          </MessageBar>
        )}
      </form>

      <div className={styles.form}>
        <label className={styles.label} htmlFor="last-year-file">
          Compare with last year&apos;s workbook…
        </label>
        <input
          id="last-year-file"
          className={styles.input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={(event) => void pick(event.currentTarget.files)}
        />
        {fileError && (
          <MessageBar intent="error">
            <MessageBarBody>{fileError}</MessageBarBody>
          </MessageBar>
        )}
        {file && (
          <form
            className={styles.form}
            onSubmit={async (event) => {
              event.preventDefault();
              if (fileLabelProblem) return;
              if (await onAdd(file.read.snapshotAs(file.label))) {
                setSaved(file.label.trim());
                setFile(undefined);
              }
            }}
          >
            <Caption1 className={styles.text}>
              {file.name}: {file.read.details.organisation || "no organisation"}, assessed{" "}
              {file.read.date}.
            </Caption1>
            <Field
              label="Label for its snapshot"
              validationMessage={fileLabelProblem}
              validationState={fileLabelProblem ? "error" : "none"}
            >
              <Input value={file.label} onChange={(_, d) => setFile({ ...file, label: d.value })} />
            </Field>
            <div className={styles.row}>
              <Button type="submit" appearance="primary" disabled={busy || !!fileLabelProblem}>
                Add it to the History
              </Button>
              <Button onClick={() => setFile(undefined)}>Cancel</Button>
            </div>
          </form>
        )}
      </div>

      {labels.length > 0 && (
        <div className={styles.form}>
          <Caption1 className={styles.text}>
            A new cycle: fill the blank answers from the last snapshot. Each stays marked
            &quot;carried, not re-confirmed&quot; until someone chooses it again.
          </Caption1>
          <div className={styles.row}>
            <Button
              disabled={busy}
              onClick={async () => {
                const carried = await onStartFromLast();
                setStarted({
                  ok: carried,
                  text: carried
                    ? "Carried into the blank answers; answers already given were kept."
                    : "Nothing was carried: the message at the top of the pane says why.",
                });
              }}
            >
              Start from last cycle
            </Button>
          </div>
          {started && (
            <MessageBar intent={started.ok ? "success" : "warning"}>
              <MessageBarBody>{started.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
    </section>
  );
};

export default Cycles;
