import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { frameworkChoices, getFramework } from "../../core/framework/registry";
import type { Framework } from "../../core/framework/types";
import { checkDetails, type AssessmentDetails } from "../../core/workbook/details";
import { bankSummary } from "./bankSummary";
import { QuestionBankPicker } from "./QuestionBankPicker";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Under its choice's label, lined up with it (past the radio's indicator and its margins).
  note: {
    display: "block",
    paddingLeft: `calc(16px + 3 * ${tokens.spacingHorizontalS})`,
    paddingRight: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});

export interface NewAssessmentFormProps {
  onCreate(details: AssessmentDetails): Promise<unknown>;
  busy: boolean;
  today: string;
  /** Replacing an assessment: the form can be left without doing anything. */
  onCancel?: () => void;
  /** What to start from (the current assessment's details, when replacing it). */
  initial?: Partial<AssessmentDetails>;
}

/**
 * Framework (a built-in one, or a question bank loaded here), organisation, date and (optional)
 * facilitator; each error shows at its field.
 */
export const NewAssessmentForm: React.FC<NewAssessmentFormProps> = ({
  onCreate,
  busy,
  today,
  onCancel,
  initial = {},
}) => {
  const styles = useStyles();
  // Banks loaded here, by framework id: the file each came from, shown under its choice.
  const [banks, setBanks] = React.useState<Record<string, string>>({});
  const choices = React.useMemo(
    () =>
      frameworkChoices().map((c) => {
        // A bank loaded here is registered, so its data is at hand; a built-in one's may not be.
        const file = banks[c.id];
        return {
          ...c,
          bank: file === undefined ? undefined : `From ${file}. ${bankSummary(getFramework(c.id))}`,
        };
      }),
    // A bank loaded registers a framework: the registry's list is read again.
    [banks]
  );
  const idPrefix = React.useId();
  const [frameworkId, setFrameworkId] = React.useState<string>(choices[0].id);
  const loadedBank = (framework: Framework, file: string) => {
    setBanks((known) => ({ ...known, [framework.id]: file }));
    setFrameworkId(framework.id);
  };
  const [organisation, setOrganisation] = React.useState(initial.organisation ?? "");
  const [date, setDate] = React.useState(today);
  const [facilitator, setFacilitator] = React.useState(initial.facilitator ?? "");
  const [errors, setErrors] = React.useState<Record<string, string>>({});

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const checked = checkDetails({ frameworkId, organisation, date, facilitator });
    if (!checked.ok)
      return setErrors({
        ...checked.errors,
        // The field shows dates in the computer's own format, not as yyyy-mm-dd.
        ...(checked.errors.date
          ? { date: "Enter a valid date, or pick one from the calendar." }
          : {}),
      });
    setErrors({});
    await onCreate(checked.details);
  };

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      aria-labelledby="new-assessment-title"
      noValidate
    >
      <Title3 as="h2" id="new-assessment-title">
        New assessment
      </Title3>
      <Field label="Framework" required validationMessage={errors.frameworkId}>
        <RadioGroup value={frameworkId} onChange={(_, data) => setFrameworkId(data.value)}>
          {choices.map((c) => {
            // A framework that is not an official text says so under its name, before it is chosen;
            // a bank loaded here says what it holds (its file, level names and size).
            const noteId = `${idPrefix}-provenance-${c.id}`;
            const bankId = `${idPrefix}-bank-${c.id}`;
            const described = [c.provenance && noteId, c.bank && bankId].filter(Boolean).join(" ");
            return (
              <div key={c.id}>
                <Radio
                  value={c.id}
                  label={`${c.audience} (${c.themeCount} themes)`}
                  aria-describedby={described || undefined}
                />
                {c.provenance && (
                  <Caption1 id={noteId} className={styles.note}>
                    {c.provenance}
                  </Caption1>
                )}
                {c.bank && (
                  <Caption1 id={bankId} className={styles.note}>
                    {c.bank}
                  </Caption1>
                )}
              </div>
            );
          })}
        </RadioGroup>
      </Field>
      <QuestionBankPicker onLoaded={loadedBank} disabled={busy} />
      <Field label="Organisation" required validationMessage={errors.organisation}>
        <Input value={organisation} onChange={(_, data) => setOrganisation(data.value)} />
      </Field>
      <Field label="Assessment date" required validationMessage={errors.date}>
        <Input type="date" value={date} onChange={(_, data) => setDate(data.value)} />
      </Field>
      <Field label="Facilitator (optional)">
        <Input value={facilitator} onChange={(_, data) => setFacilitator(data.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy}>
        {busy ? "Creating the questionnaire…" : "Create questionnaire"}
      </Button>
      {onCancel && (
        <Button onClick={onCancel} disabled={busy}>
          Cancel: keep the current assessment
        </Button>
      )}
    </form>
  );
};
