import * as React from "react";
import { useConfirmFocus } from "../hooks/useConfirmFocus";
import { Button, Caption1, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { Framework } from "../../core/framework/types";
import { loadParticipantReader, type ParticipantResponses } from "../../office/api";
import {
  readParticipantFiles,
  type ChosenFile,
  type ParticipantImport,
  type ParticipantReader,
} from "./participantImport";
import { bytesOf } from "./fileBytes";
import { useMoreSectionStyles } from "./moreSectionStyles";

export interface ParticipantsProps {
  /** The open assessment's framework: files of another are refused. */
  framework: Framework;
  /** The workbook holds participants' answers (a Responses table): "Keep counts only" applies. */
  hasResponses: boolean;
  busy?: boolean;
  /** Writes the responses into the workbook and scores; true when written. */
  onImport: (responses: ParticipantResponses[]) => Promise<boolean>;
  /** Deletes the per-person rows; true when deleted. */
  onKeepCountsOnly: () => Promise<boolean>;
  /** The .xlsx reader, loaded on demand (its own chunk); tests may give another. */
  loadReader?: () => Promise<ParticipantReader>;
}

const names = (list: readonly string[]) =>
  list.length <= 1
    ? (list[0] ?? "")
    : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;

/**
 * Several participants: their filled-in workbooks imported (read here in the pane with the same
 * .xlsx reader the command line uses; nothing is uploaded anywhere), with an error per file that
 * cannot be, then scored; and "Keep counts only", which deletes the per-person rows after a
 * confirmation.
 */
export const Participants: React.FC<ParticipantsProps> = ({
  framework,
  hasResponses,
  busy = false,
  onImport,
  onKeepCountsOnly,
  loadReader = loadParticipantReader,
}) => {
  const styles = useMoreSectionStyles();
  const [reading, setReading] = React.useState(false);
  const [outcome, setOutcome] = React.useState<ParticipantImport & { written: boolean }>();
  const [confirming, setConfirming] = React.useState(false);
  const [removed, setRemoved] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  const { cancel, ask } = useConfirmFocus(confirming);

  const choose = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setReading(true);
    setOutcome(undefined);
    setRemoved(false);
    try {
      const chosen: ChosenFile[] = [];
      const unreadable: string[] = [];
      for (const file of files) {
        try {
          chosen.push({ name: file.name, bytes: await bytesOf(file) });
        } catch (error) {
          unreadable.push(`${file.name}: could not be opened (${(error as Error).message}).`);
        }
      }
      let read: ParticipantImport;
      try {
        read = readParticipantFiles(framework, chosen, await loadReader());
      } catch (error) {
        // The reader itself did not load (the add-in's files could not be fetched).
        read = {
          responses: [],
          imported: [],
          notes: [],
          errors: [`The workbook reader could not be loaded: ${(error as Error).message}`],
        };
      }
      read.errors.unshift(...unreadable);
      const written = read.responses.length > 0 && (await onImport(read.responses));
      setOutcome({ ...read, written });
    } finally {
      setReading(false);
      if (input.current) input.current.value = ""; // the same files can be chosen again
    }
  };

  const imported = outcome?.imported ?? [];
  return (
    <section className={styles.root} aria-labelledby="participants-title">
      <h2 className={styles.heading} id="participants-title">
        Participants
      </h2>
      <label className={styles.label} htmlFor="participant-files">
        Import participants&apos; workbooks…
      </label>
      <input
        ref={input}
        id="participant-files"
        className={styles.input}
        type="file"
        multiple
        accept=".xlsx"
        aria-describedby="participant-files-hint"
        disabled={reading || busy}
        onChange={(event) => void choose(Array.from(event.currentTarget.files ?? []))}
      />
      <Caption1 id="participant-files-hint">
        Each person&apos;s filled-in copy of this questionnaire (.xlsx). The files are read here in
        the pane; nothing is uploaded. Their answers go into the Responses sheet, and the agreed
        answers (the lower median, or the one you set) into the Questionnaire.
      </Caption1>
      {reading && <Spinner size="tiny" label="Reading the workbooks…" />}
      {outcome && (
        <div role="status">
          {outcome.written && imported.length > 0 && (
            <MessageBar intent="success">
              <MessageBarBody>
                Imported{" "}
                {imported.length === 1 ? "1 participant" : `${imported.length} participants`}:{" "}
                {names(imported.map((i) => i.participant))}. Scored: see the Consensus sheet, or
                Discuss next in facilitator mode.
              </MessageBarBody>
            </MessageBar>
          )}
          {!outcome.written && outcome.errors.length > 0 && (
            <p className={styles.text}>Nothing was imported.</p>
          )}
        </div>
      )}
      {outcome && outcome.errors.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {outcome.errors.length === 1 ? "A file was left out:" : "Files left out:"}
            <ul className={styles.list}>
              {outcome.errors.map((error, i) => (
                <li key={i}>{error}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.written && outcome.notes.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            To know:
            <ul className={styles.list}>
              {outcome.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {!hasResponses && (
        // Or type the answers in: the table (Participant, Role, Question, Present, Future, Note).
        <Button onClick={() => void onImport([])} disabled={busy || reading}>
          Add a Responses table to type answers into
        </Button>
      )}
      {hasResponses && !confirming && (
        <Button ref={ask} onClick={() => setConfirming(true)} disabled={busy || reading}>
          Keep counts only…
        </Button>
      )}
      {hasResponses && confirming && (
        <div role="alertdialog" aria-labelledby="keep-counts-text" className={styles.root}>
          <p className={styles.text} id="keep-counts-text">
            This deletes the Responses sheet: each participant&apos;s own answers, one row per
            person and question. The Consensus sheet stays, with its counts per level, the agreed
            answers and your overrides, and the Questionnaire keeps the agreed answers. Excel cannot
            undo it: save a copy first if you may need the rows again.
          </p>
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={async () => {
                setConfirming(false);
                setOutcome(undefined);
                setRemoved(await onKeepCountsOnly());
              }}
            >
              Yes, delete the per-person rows
            </Button>
            <Button ref={cancel} onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {removed && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            The per-person rows are deleted; the Consensus sheet keeps the counts.
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
};
