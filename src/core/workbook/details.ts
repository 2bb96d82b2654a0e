/** What "New assessment" asks for; written above the questionnaire table and on every output sheet. */
export interface AssessmentDetails {
  frameworkId: string;
  organisation: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  facilitator?: string;
  /**
   * Whose answers these are, in one participant's copy (svmi participants writes a Participant
   * row above the table); a team's workbook has none.
   */
  participant?: string;
  /** The participant's role, when the copy has a Role row. */
  role?: string;
}

export type DetailsCheck =
  { ok: true; details: AssessmentDetails } | { ok: false; errors: Record<string, string> };

/**
 * Checks the New assessment form; every error names its field so the form can show it there. A
 * blank template (`svmi template`) may leave the organisation for whoever fills it in.
 */
export function checkDetails(
  input: { frameworkId?: string; organisation?: string; date?: string; facilitator?: string },
  { organisationRequired = true }: { organisationRequired?: boolean } = {}
): DetailsCheck {
  const errors: Record<string, string> = {};
  const organisation = (input.organisation ?? "").trim();
  const date = (input.date ?? "").trim();
  if (!input.frameworkId) errors.frameworkId = "Choose a framework.";
  if (!organisation) {
    if (organisationRequired) errors.organisation = "Enter the organisation's name.";
  } else if (organisation.length > 200) errors.organisation = "Keep the name under 200 characters.";
  if (!isCalendarDate(date)) {
    errors.date = "Enter the assessment date as yyyy-mm-dd.";
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const facilitator = (input.facilitator ?? "").trim();
  return {
    ok: true,
    details: {
      frameworkId: input.frameworkId!,
      organisation,
      date,
      ...(facilitator ? { facilitator } : {}),
    },
  };
}

/** yyyy-mm-dd naming a real day: Date.parse would roll 2026-02-30 over into March. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}
