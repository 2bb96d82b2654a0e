import type { Framework } from "../../core/framework/types";
import type { ParticipantFile, ParticipantResponses } from "../../office/api";
import { participantKey } from "../../core/workbook/planResponsesImport";

/** A participant's workbook as chosen in the file picker: its name and its bytes. */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

/** The reader of one participant's .xlsx (readParticipantFile): throws saying what is wrong. */
export type ParticipantReader = (bytes: Uint8Array, fileName: string) => ParticipantFile;

export interface ParticipantImport {
  /** One response per participant read, in the order the files were chosen. */
  responses: ParticipantResponses[];
  /** Per file imported: whose answers it holds, and how many it gives. */
  imported: { file: string; participant: string; answers: number }[];
  /** Files left out, each with its name and why ("ana.xlsx: is a damaged zip file…"). */
  errors: string[];
  /** What reading found amiss in files that were imported (a question missing from one). */
  notes: string[];
}

const text = (value: unknown) =>
  value === null || value === undefined ? "" : String(value).trim();

/**
 * Reads each chosen file with the .xlsx reader and keeps those that hold answers to this
 * assessment's framework, one per participant; every other file is an error naming it. Nothing
 * is written here.
 */
export function readParticipantFiles(
  framework: Framework,
  files: readonly ChosenFile[],
  read: ParticipantReader
): ParticipantImport {
  const result: ParticipantImport = { responses: [], imported: [], errors: [], notes: [] };
  const fileOf = new Map<string, string>();
  for (const file of files) {
    let found: ParticipantFile;
    try {
      found = read(file.bytes, file.name);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The reader's messages start with the file's name; others get it in front.
      result.errors.push(message.startsWith(file.name) ? message : `${file.name}: ${message}`);
      continue;
    }
    if (found.framework.id !== framework.id) {
      result.errors.push(
        `${file.name}: is an assessment of ${found.framework.name}; this workbook holds one of ${framework.name}.`
      );
      continue;
    }
    const participant = found.participant.trim();
    const earlier = fileOf.get(participantKey(participant));
    if (earlier !== undefined) {
      result.errors.push(
        `${file.name}: holds ${participant}'s answers, as ${earlier} does; only ${earlier} is imported.`
      );
      continue;
    }
    const rows = found.typed
      .map((t) => ({
        question: text(t.question),
        present: text(t.present),
        future: text(t.future),
      }))
      .filter((r) => r.question && (r.present || r.future));
    if (rows.length === 0) {
      result.errors.push(`${file.name}: ${participant} has not answered anything yet.`);
      continue;
    }
    fileOf.set(participantKey(participant), file.name);
    result.responses.push({
      participant,
      ...(found.role ? { role: found.role } : {}),
      rows,
    });
    result.imported.push({
      file: file.name,
      participant,
      answers: rows.reduce((n, r) => n + (r.present ? 1 : 0) + (r.future ? 1 : 0), 0),
    });
    result.notes.push(...found.problems.map((p) => p.message));
  }
  return result;
}
