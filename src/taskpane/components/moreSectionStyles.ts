import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The look of the More panel's sections (participants, year on year, the national survey): one
 * set, so they read as one panel.
 */
export const useMoreSectionStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  label: { fontWeight: tokens.fontWeightSemibold, cursor: "pointer" },
  // The browser's own file picker: labelled, reached by Tab, opened by Space or Enter.
  input: {
    maxWidth: "100%",
    fontSize: tokens.fontSizeBase300,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  // File names and labels can be long: they wrap at word boundaries, within the pane.
  text: { margin: 0, overflowWrap: "break-word" },
});
