import { parseAssessment, scoreJson } from "../../core/scoring/scoreJson";
import { scoreAssessment } from "../../core/scoring/scoreAssessment";
import { isFrameworkId } from "../../core/framework/registry";
import type { Framework } from "../../core/framework/types";
import { UsageError } from "../usageError";
import type { CliIo } from "./cliIo";
import { EXIT_OK } from "./exitCodes";
import { textReport } from "./textReport";

/** svmi score --answers FILE.json: scores an answers file and prints the result. */

const MAX_ANSWERS_BYTES = 10 * 1024 * 1024;

/**
 * Any reason the file cannot be read or understood is a UsageError naming the file. With `bank`
 * (from --bank) the answers must be for that bank.
 */
export async function scoreAnswersFile(
  path: string,
  json: boolean,
  io: CliIo,
  bank?: Framework
): Promise<number> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (text.length > MAX_ANSWERS_BYTES)
    throw new UsageError(`${path} is larger than 10 MB; refusing to read it`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const named = (data as { framework?: unknown } | null)?.framework;
  if (bank && named !== bank.id)
    throw new UsageError(
      `${path} has answers for ${JSON.stringify(named)}, not for the bank's framework "${bank.id}"`
    );
  if (!bank && typeof named === "string" && !isFrameworkId(named))
    throw new UsageError(
      `${path}: the framework "${named}" is not built in; give its question bank with --bank BANK.json`
    );
  const parsed = parseAssessment(data);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
  const result = scoreAssessment(parsed.framework, parsed.assessment);
  io.out(json ? JSON.stringify(scoreJson(result)) : textReport(parsed.framework, result));
  return EXIT_OK;
}
