import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { AssessmentDetails } from "../../core/workbook/details";
import type { AnswerInput } from "../../core/scoring/types";
import { ensureFramework, getFramework } from "../../core/framework/registry";
import { answersFromLevels, SURREY } from "../../core/examples/workedExamples";
import { NewAssessmentForm } from "./NewAssessmentForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { margin: 0 },
  example: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
});

export interface FirstRunProps {
  busy: boolean;
  today: string;
  onCreate: (details: AssessmentDetails) => Promise<unknown>;
  onExample: (details: AssessmentDetails, answers: readonly AnswerInput[]) => Promise<unknown>;
  /** Replacing an assessment that exists: no introduction, a way back instead. */
  onCancel?: () => void;
  /** The current assessment's details, to start from when replacing it. */
  initial?: Partial<AssessmentDetails>;
}

/**
 * What a council officer sees on opening the add-in in a workbook without an assessment: what it
 * is for, what Create adds to the workbook, the form, and a worked example to try first.
 */
const FirstRun: React.FC<FirstRunProps> = ({
  busy,
  today,
  onCreate,
  onExample,
  onCancel,
  initial,
}) => {
  const styles = useStyles();
  const tryExample = async () => {
    await ensureFramework(SURREY.framework);
    const framework = getFramework(SURREY.framework);
    return onExample(
      {
        frameworkId: SURREY.framework,
        organisation: `${SURREY.organisation} (worked example)`,
        date: today,
      },
      answersFromLevels(framework, SURREY.answers)
    );
  };
  return (
    <div className={styles.root}>
      {!onCancel && (
        <>
          <p className={styles.intro}>
            The Social Value Maturity Index rates how far your organisation has taken social value,
            theme by theme: where you are now (Present) and where you aim to be in 2 to 3 years
            (Future). This add-in scores your answers and writes the results and an action plan.
          </p>
          <p className={styles.intro}>
            Create adds a Questionnaire sheet (and a hidden lists sheet) to this workbook and scores
            it at once: Results with a radar chart, an Action Plan and an Action Tracker appear
            beside it. Nothing else in the workbook is changed.
          </p>
        </>
      )}
      <NewAssessmentForm
        onCreate={onCreate}
        busy={busy}
        today={today}
        onCancel={onCancel}
        initial={initial}
      />
      {!onCancel && (
        <div className={styles.example}>
          <Button onClick={() => void tryExample()} disabled={busy}>
            Try the worked example
          </Button>
          <span>
            Fills this workbook with the {SURREY.organisation} example ({SURREY.source}), to see
            every sheet before answering for yourselves.
          </span>
        </div>
      )}
    </div>
  );
};

export default FirstRun;
