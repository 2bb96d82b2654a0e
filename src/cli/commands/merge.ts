import { basename } from "node:path";
import { consensusJson } from "../../core/consensus/consensusJson";
import { responseFromAnswers } from "../../core/consensus/responses";
import { scoreJson } from "../../core/scoring/scoreJson";
import { WorkbookError } from "../../core/workbook/errors";
import type { CellValue } from "../../core/workbook/sheetSpec";
import { XlsxPackage } from "../../xlsx/package/xlsxPackage";
import { NotAWorkbookError } from "../../xlsx/package/zipFile";
import { participantCopy } from "../../xlsx/participantCopy";
import {
  readParticipantFile,
  ParticipantFileError,
  type ParticipantFile,
} from "../../xlsx/readParticipant";
import { readSnapshot } from "../../xlsx/readSnapshot";
import { withResponses } from "../../xlsx/responsesFile";
import { scoreAssessmentFile } from "../../xlsx/workbookFile";
import { UsageError } from "../usageError";
import type { CliIo } from "./cliIo";
import type { Command } from "./command";
import { EXIT_OK, EXIT_SOME_FAILED } from "./exitCodes";
import { optionsAndFiles } from "./options";
import { readWorkbook } from "./readWorkbook";
import { formatResultTable } from "../../core/scoring/report";

/** What the team workbook's details say instead of one participant's name. */
export const TEAM_PARTICIPANT = "All participants (agreed answers)";

/** svmi merge: several participants' workbooks into one agreed, scored team assessment. */
export const merge: Command = {
  name: "merge",
  summary: [
    {
      usage: "svmi merge P1.xlsx P2.xlsx ... --out TEAM.xlsx [--json]",
      does: "participants' answers into one agreed assessment",
    },
  ],
  help: () => `Usage: svmi merge P1.xlsx P2.xlsx ... --out TEAM.xlsx [--json]

Reads each participant's workbook (the participant is named in its details, else by its file
name) and writes TEAM.xlsx: their answers in a Responses sheet, a Consensus sheet (the spread of
answers per question, the agreed answer, decisive disagreements), and the agreed answers in the
Questionnaire, scored as usual (levels, Results, Action Plan, Action Tracker). The agreed answer is
the lower median of the participants' answers, unless an override is chosen on the Consensus
sheet: when TEAM.xlsx exists, its overrides, reasons and every other part are kept, and the rows
of participants not merged this time stay in its Responses sheet.
  --out TEAM.xlsx  the team's workbook (made from the first participant's file when it does not exist)
  --json           print the team's score JSON with "participants" and "consensus"
A file that cannot be read is named on standard error, and the rest still merge.`,
  run: async (args, io) => {
    const { values, positionals: files } = optionsAndFiles(args, {
      out: { type: "string" },
      json: { type: "boolean" },
    });
    if (files.length === 0) throw new UsageError("merge needs the participants' workbooks");
    if (values.out === undefined) throw new UsageError("merge needs --out TEAM.xlsx");
    if (!/\.xlsx$/i.test(values.out)) throw new UsageError("--out must name an .xlsx file");
    return mergeFiles(files, values.out, values.json ?? false, io);
  },
};

async function mergeFiles(files: string[], out: string, json: boolean, io: CliIo): Promise<number> {
  let failed = 0;
  const read: { file: string; bytes: Uint8Array; participant: ParticipantFile }[] = [];
  for (const file of files) {
    try {
      const bytes = await readWorkbook(file, io);
      const participant = readParticipantFile(bytes, basename(file));
      const first = read[0]?.participant;
      if (first && participant.framework.id !== first.framework.id) {
        throw new ParticipantFileError(
          file,
          `${file}: it answers ${participant.framework.name}, the others ${first.framework.name}; left out`
        );
      }
      const twin = read.find(
        (r) => r.participant.participant.toLowerCase() === participant.participant.toLowerCase()
      );
      if (twin) {
        throw new ParticipantFileError(
          file,
          `${file}: participant '${participant.participant}' is already in ${twin.file}; left out (name them in the Participant row of the details)`
        );
      }
      read.push({ file, bytes, participant });
    } catch (error) {
      failed += 1;
      if (error instanceof ParticipantFileError) io.err(`svmi: ${error.message}`);
      else if (error instanceof NotAWorkbookError || error instanceof WorkbookError)
        io.err(`svmi: ${file}: ${error.message}`);
      else throw error;
    }
  }
  if (read.length === 0) {
    io.err("svmi: no participant's workbook could be read; nothing written");
    return EXIT_SOME_FAILED;
  }
  const merged = new Set(read.map((r) => r.participant.participant.toLowerCase()));
  const existing = (await io.exists(out)) ? await readWorkbook(out, io) : undefined;
  // The team's workbook: the existing one (its overrides and all else kept), or the first
  // participant's, its answers cleared and its details naming the team.
  const base = existing ?? participantCopy(read[0].bytes, TEAM_PARTICIPANT).bytes;
  const rows: CellValue[][] = [
    ...(existing ? otherParticipantsRows(existing, merged) : []),
    ...read.flatMap(({ participant }) => responseRows(participant)),
  ];
  for (const { participant } of read) {
    // The answers that are not options are named here; the Consensus counts them as unanswered.
    const { problems } = responseFromAnswers(participant.framework, participant, participant.typed);
    for (const p of [...participant.problems, ...problems]) io.err(`svmi: ${p.message}`);
  }
  const scored = scoreAssessmentFile(withResponses(base, rows));
  await io.writeFileAtomic(out, scored.bytes);
  const { result } = scored.score;
  if (json) {
    io.out(
      JSON.stringify({
        output: out,
        ...scoreJson(result),
        ...(scored.consensus
          ? consensusJson(scored.consensus)
          : { participants: [], consensus: [] }),
      })
    );
  } else {
    const names = read.map((r) => r.participant.participant).join(", ");
    io.out(`${formatResultTable(result)}\n\nParticipants: ${names}\nWritten: ${out}\n`);
  }
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

/** A participant's answers as Responses rows (long format). */
function responseRows(file: ParticipantFile): CellValue[][] {
  return file.typed
    .filter((t) => !blank(t.present) || !blank(t.future))
    .map((t) => [
      file.participant,
      file.role ?? "",
      t.question,
      cellText(t.present),
      cellText(t.future),
      "",
    ]);
}

/** Rows the team workbook's Responses sheet holds for participants not merged this time. */
function otherParticipantsRows(bytes: Uint8Array, merged: ReadonlySet<string>): CellValue[][] {
  const table = readSnapshot(XlsxPackage.open(bytes)).snapshot.responses;
  if (!table) return [];
  const who = table.header.findIndex((h) => String(h ?? "").toLowerCase() === "participant");
  return table.body
    .filter((row) => {
      const name = String(row[who] ?? "").trim();
      return name !== "" && !merged.has(name.toLowerCase());
    })
    .map((row) => row.slice(0, 6).map(cellText));
}

const blank = (value: unknown) =>
  value === null || value === undefined || String(value).trim() === "";
const cellText = (value: unknown): string => (blank(value) ? "" : String(value));
