import * as React from "react";
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Framework } from "../../core/framework/types";
// Already in the first load (a workbook carrying a bank is read with them), so imported here
// directly: a chunk of their own would hold nothing. "useBank" is no React hook, hence the alias
// (the hooks lint rule would refuse it in an event handler).
import { readBank } from "../../core/framework/bank";
import { ensureFramework } from "../../core/framework/registry";
import { useBank as putBankToUse } from "../../core/framework/useBank";
import { textOf } from "./fileText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold, cursor: "pointer" },
  // The browser's own file picker: labelled, reached by Tab, opened by Space or Enter.
  input: {
    maxWidth: "100%",
    fontSize: tokens.fontSizeBase300,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export interface QuestionBankPickerProps {
  /** A bank read and registered: the form lists it and chooses it. */
  onLoaded(framework: Framework, fileName: string): void;
  disabled?: boolean;
}

/**
 * "Use a question bank…": a bank file (the JSON `svmi questions --json` prints, see
 * docs/question-banks.md) read here in the pane, nothing uploaded, and registered as a framework;
 * or every problem that stops it, with its place, and nothing registered.
 */
export const QuestionBankPicker: React.FC<QuestionBankPickerProps> = ({
  onLoaded,
  disabled = false,
}) => {
  const styles = useStyles();
  const id = React.useId();
  const [refused, setRefused] = React.useState<{ file: string; problems: string[] }>();
  const [loaded, setLoaded] = React.useState<string>();
  const [reading, setReading] = React.useState(false);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setReading(true);
    setRefused(undefined);
    setLoaded(undefined);
    try {
      let text: string;
      try {
        text = await textOf(file);
      } catch (error) {
        return setRefused({
          file: file.name,
          problems: [`the file could not be opened (${(error as Error).message})`],
        });
      }
      // A bank under a built-in id is compared with that framework: its data comes first.
      await ensureFramework(bankId(text));
      const read = readBank(text);
      if ("problems" in read) return setRefused({ file: file.name, problems: read.problems });
      const used = putBankToUse(read.spec);
      // A different framework under a known id: refused, never swapped in (see useBank).
      if ("problem" in used) return setRefused({ file: file.name, problems: [used.problem] });
      setLoaded(`Loaded ${used.framework.name} from ${file.name}; it is chosen above.`);
      onLoaded(used.framework, file.name);
    } finally {
      setReading(false);
      input.value = ""; // the same file can be chosen again once it is fixed
    }
  };

  return (
    <div className={styles.root}>
      <label className={styles.label} htmlFor={`${id}-file`}>
        Use a question bank…
      </label>
      <input
        id={`${id}-file`}
        className={styles.input}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        disabled={disabled || reading}
        onChange={(event) => void choose(event.currentTarget)}
      />
      <Caption1 id={`${id}-hint`}>
        A framework of your own as a JSON file, in the format svmi questions --json prints (your
        council&apos;s wording, or official wording you hold a licence for). It is read here in the
        pane; nothing is uploaded, and the workbook keeps a copy.
      </Caption1>
      <div role="status">{loaded && <Caption1>{loaded}</Caption1>}</div>
      {refused && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {refused.file} cannot be used as a question bank
            {refused.problems.length === 1 ? ":" : ` (${refused.problems.length} problems):`}
            <ul className={styles.list}>
              {refused.problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
            Nothing was loaded; fix the file and choose it again.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
};

/** The id a bank's text gives itself, if it can be read at all (readBank says what is wrong). */
function bankId(text: string): string {
  try {
    const id = (JSON.parse(text) as { framework?: { id?: unknown } })?.framework?.id;
    return typeof id === "string" ? id : "";
  } catch {
    return "";
  }
}
