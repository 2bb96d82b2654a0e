import * as React from "react";
import { Body1, Title2, makeStyles, tokens } from "@fluentui/react-components";

// Placeholder pane: proves the React + Fluent UI pipeline until the assessment UI lands.
const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

export const APP_TITLE = "Social Value Maturity Index";
export const PLACEHOLDER_TEXT = "The add-in's assessment tools arrive with the next release.";

const App: React.FC = () => {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">{APP_TITLE}</Title2>
      <Body1>{PLACEHOLDER_TEXT}</Body1>
    </main>
  );
};

export default App;
