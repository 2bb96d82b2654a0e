import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
} from "@fluentui/react-components";
import type { SegmentKey } from "../../core/benchmark/benchmark";
import type { Mode } from "../../core/benchmark/submission";
import type { Framework } from "../../core/framework/types";
import { SUBMISSION_JSON_ROW, submissionText } from "../../core/workbook/layouts/submission";
import { cellAddress } from "../../core/workbook/sheetSpec";
import type { BenchmarkSummary, ExportChoices, Submission } from "../../office/api";
import { bytesOf } from "./fileBytes";
import { SubmissionPreview } from "./SubmissionPreview";
import { choiceProblems, defaultChoices, type AssessmentFacts } from "./submissionChoices";
import { unscoredNotice } from "./unscoredNotice";
import { useMoreSectionStyles } from "./moreSectionStyles";

const MODE_LABELS: Readonly<Record<Mode, string>> = {
  self: "Self-assessment",
  facilitated: "Facilitated workshop",
  external: "External assessor",
};

/** Far above any real benchmark: a guard against choosing the wrong file. */
const MAX_BENCHMARK_BYTES = 10 * 1024 * 1024;

export interface BenchmarkProps {
  framework: Framework;
  /** What the assessment says of itself: the form's starting choices. */
  facts: AssessmentFacts;
  /** The benchmark the workbook carries, when there is one of this framework. */
  loaded?: BenchmarkSummary;
  busy?: boolean;
  onExport: (choices: ExportChoices) => Promise<{ submission: Submission } | { problem: string }>;
  /** Resolves to the new sheet's name; undefined when it could not be written. */
  onWriteSheet: (submission: Submission) => Promise<string | undefined>;
  /** Loads and scores; resolves to the problem (naming the file) when refused. */
  onLoad: (text: string, fileName: string) => Promise<string | undefined>;
  /** Chooses the segment to compare with and scores; resolves to the problem when refused. */
  onChooseSegment: (segment: SegmentKey) => Promise<string | undefined>;
  /** Whether the pane may offer a download (not in Excel for Mac); found out unless given. */
  canDownload?: boolean;
}

/** "District councils (n = 30)"; a suppressed one says it shows no numbers. */
function segmentOption(choice: BenchmarkSummary["segments"][number]): string {
  const name = choice.name.charAt(0).toUpperCase() + choice.name.slice(1);
  return choice.suppressed
    ? `${name} (n = ${choice.n}): suppressed, no numbers`
    : `${name} (n = ${choice.n})`;
}

/** A download works in a browser pane, not in Excel for Mac's (its WebView drops it). */
function browserCanDownload(): boolean {
  // Office.js may be absent (the preview, a test): read it loosely.
  const office = (globalThis as unknown as { Office?: { context?: { platform?: string } } }).Office;
  return (
    typeof URL !== "undefined" &&
    typeof URL.createObjectURL === "function" &&
    office?.context?.platform !== "Mac"
  );
}

function download(submission: Submission): void {
  const blob = new Blob([`${submissionText(submission)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `svmi-submission-${submission.period}.json`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The national survey and benchmarks: "Export for the national survey" (a few choices, then a
 * preview of exactly what the submission holds before it is written to a sheet or downloaded),
 * and "Load a benchmark…" (BENCH.json read here in the pane; nothing is uploaded), after which
 * every score draws the Benchmark sheet.
 */
const Benchmark: React.FC<BenchmarkProps> = ({
  framework,
  facts,
  loaded,
  busy = false,
  onExport,
  onWriteSheet,
  onLoad,
  onChooseSegment,
  canDownload = browserCanDownload(),
}) => {
  const styles = useMoreSectionStyles();
  const [choices, setChoices] = React.useState(() => defaultChoices(facts));
  const [exportProblem, setExportProblem] = React.useState<string>();
  const [preview, setPreview] = React.useState<Submission>();
  const [written, setWritten] = React.useState<string>();
  const [loadProblem, setLoadProblem] = React.useState<string>();
  const [loadedFile, setLoadedFile] = React.useState<string>();
  const [segmentProblem, setSegmentProblem] = React.useState<string>();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const previewHeading = React.useRef<HTMLHeadingElement>(null);
  const problems = choiceProblems(choices);
  const invalid = Object.values(problems).some(Boolean);
  const named = facts.organisation.trim();
  const unscored = preview && unscoredNotice(preview);
  // Nothing scored, nothing to send: the coordinator would only leave it out.
  const cannotSend = busy || unscored?.blocks === true;
  const setOrg = (field: "type" | "region", value: string) =>
    setChoices((c) => ({ ...c, org: { ...c.org, [field]: value } }));

  // The preview takes the form's place: focus goes to its heading, so it is read first.
  React.useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);

  const pick = async (files: FileList | null) => {
    const file = files?.[0];
    setLoadProblem(undefined);
    setLoadedFile(undefined);
    if (!file) return;
    try {
      if (file.size > MAX_BENCHMARK_BYTES) {
        setLoadProblem(`${file.name}: is larger than 10 MB, so it is not a benchmark.`);
        return;
      }
      const text = new TextDecoder().decode(await bytesOf(file));
      const problem = await onLoad(text, file.name);
      if (problem) setLoadProblem(problem);
      else setLoadedFile(file.name);
    } catch (error) {
      setLoadProblem(`${file.name}: could not be opened (${(error as Error).message}).`);
    } finally {
      if (fileInput.current) fileInput.current.value = ""; // the same file can be chosen again
    }
  };

  return (
    <section className={styles.root} aria-labelledby="benchmark-heading">
      <h2 id="benchmark-heading" className={styles.heading}>
        National survey and benchmark
      </h2>
      {!preview && (
        <form
          className={styles.form}
          aria-label="Export for the national survey"
          onSubmit={async (event) => {
            event.preventDefault();
            if (invalid) return;
            setExportProblem(undefined);
            setWritten(undefined);
            const built = await onExport({
              ...choices,
              named: choices.named && named !== "",
            });
            if ("problem" in built) setExportProblem(built.problem);
            else setPreview(built.submission);
          }}
        >
          <Caption1 className={styles.text}>
            Export for the national survey: this assessment&apos;s levels, theme by theme and
            question by question, with what you say below. No answers&apos; text, and no name unless
            you choose to be named. You see all of it before anything is written.
          </Caption1>
          <Field
            label="Organisation type"
            hint="For example district council, county council, business"
            validationMessage={problems.type}
            validationState={problems.type ? "error" : "none"}
          >
            <Input value={choices.org.type} onChange={(_, d) => setOrg("type", d.value)} />
          </Field>
          <Field
            label="Region"
            hint="The survey's region code, for example SE"
            validationMessage={problems.region}
            validationState={problems.region ? "error" : "none"}
          >
            <Input value={choices.org.region} onChange={(_, d) => setOrg("region", d.value)} />
          </Field>
          <Field
            label="Survey period"
            validationMessage={problems.period}
            validationState={problems.period ? "error" : "none"}
          >
            <Input
              value={choices.period}
              onChange={(_, d) => setChoices((c) => ({ ...c, period: d.value }))}
            />
          </Field>
          <Field label="How it was scored">
            <RadioGroup
              value={choices.mode}
              onChange={(_, d) => setChoices((c) => ({ ...c, mode: d.value as Mode }))}
            >
              {(Object.keys(MODE_LABELS) as Mode[]).map((mode) => (
                <Radio key={mode} value={mode} label={MODE_LABELS[mode]} />
              ))}
            </RadioGroup>
          </Field>
          <Checkbox
            checked={choices.named && named !== ""}
            disabled={named === ""}
            onChange={(_, d) => setChoices((c) => ({ ...c, named: d.checked === true }))}
            label={
              named
                ? `Include our name (${named})`
                : "Include our name (the assessment names no organisation)"
            }
          />
          <div className={styles.row}>
            <Button type="submit" appearance="primary" disabled={busy || invalid}>
              Preview the submission
            </Button>
          </div>
          {exportProblem && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{exportProblem}</MessageBarBody>
            </MessageBar>
          )}
        </form>
      )}
      {preview && (
        <div className={styles.form}>
          <h3 className={styles.heading} ref={previewHeading} tabIndex={-1}>
            The submission, exactly as it will be sent
          </h3>
          {unscored && (
            <MessageBar intent={unscored.blocks ? "error" : "warning"}>
              <MessageBarBody>{unscored.text}</MessageBarBody>
            </MessageBar>
          )}
          <SubmissionPreview framework={framework} submission={preview} />
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={cannotSend}
              onClick={async () => {
                const sheet = await onWriteSheet(preview);
                if (sheet) setWritten(sheet);
              }}
            >
              Write it to a sheet
            </Button>
            {canDownload && (
              <Button disabled={cannotSend} onClick={() => download(preview)}>
                Download
              </Button>
            )}
            <Button
              onClick={() => {
                setPreview(undefined);
                setWritten(undefined);
              }}
            >
              Change the choices
            </Button>
          </div>
          {written && (
            <MessageBar intent="success">
              <MessageBarBody>
                Written to the sheet &apos;{written}&apos;. Copy its cell{" "}
                {cellAddress(SUBMISSION_JSON_ROW, 1)} into a text file, save it as submission.json
                and send it to the survey&apos;s coordinator.
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}

      <div className={styles.form}>
        <label className={styles.label} htmlFor="benchmark-file">
          Load a benchmark…
        </label>
        <input
          ref={fileInput}
          id="benchmark-file"
          className={styles.input}
          type="file"
          accept=".json,application/json"
          aria-describedby="benchmark-file-hint"
          disabled={busy}
          onChange={(event) => void pick(event.currentTarget.files)}
        />
        <Caption1 id="benchmark-file-hint" className={styles.text}>
          The benchmark file (BENCH.json) from the survey&apos;s coordinator. It is read here in the
          pane and kept in the workbook: every score then draws the Benchmark sheet, where you stand
          among your peers.
        </Caption1>
        {loadProblem && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{loadProblem}</MessageBarBody>
          </MessageBar>
        )}
        {loadedFile && (
          <MessageBar intent="success">
            <MessageBarBody>Loaded {loadedFile}: see the Benchmark sheet.</MessageBarBody>
          </MessageBar>
        )}
        {loaded && (
          <Caption1 className={styles.text}>
            {loaded.segments[0].suppressed
              ? `The benchmark in this workbook has fewer than ${loaded.k} organisations, so it shows no numbers.`
              : `The benchmark in this workbook: ${loaded.segments[0].n} organisations, made ${loaded.generatedAt.slice(0, 10)}.`}
          </Caption1>
        )}
        {loaded && (
          <Field
            label="Compare with"
            hint="The Benchmark sheet and the Results radar show where you stand among these peers."
            validationMessage={segmentProblem}
            validationState={segmentProblem ? "error" : "none"}
          >
            <Select
              value={loaded.segment.label}
              disabled={busy}
              onChange={async (_, data) => {
                const choice = loaded.segments.find((c) => c.label === data.value);
                if (!choice) return;
                setSegmentProblem(await onChooseSegment(choice.key));
              }}
            >
              {loaded.segments.map((choice) => (
                <option key={choice.label} value={choice.label}>
                  {segmentOption(choice)}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
    </section>
  );
};

export default Benchmark;
