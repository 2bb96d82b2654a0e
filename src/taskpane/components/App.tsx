import * as React from "react";
import { Body1, Caption1, Title2, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { getFramework } from "../../core/frameworks";

// First pane: the SVMI's levels and themes, read from the core, until the assessment UI lands.
// It also proves the pure core bundles for the browser as it is.
const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export const APP_TITLE = "Social Value Maturity Index";

const App: React.FC = () => {
  const styles = useStyles();
  const framework = getFramework("public");
  return (
    <main className={styles.root}>
      <Title2 as="h1">{APP_TITLE}</Title2>
      <Caption1>
        {framework.name}, version {framework.version}
      </Caption1>
      <Title3 as="h2">Levels</Title3>
      <ol className={styles.list} start={0}>
        {framework.levels.map((level) => (
          <li key={level.level}>
            <Body1>
              <strong>{level.label}</strong>: {level.description}
            </Body1>
          </li>
        ))}
      </ol>
      <Title3 as="h2">Themes</Title3>
      <ul className={styles.list}>
        {framework.themes.map((theme) => (
          <li key={theme.id}>
            <Body1>
              {theme.id} {theme.name} ({theme.questions.length} questions)
            </Body1>
          </li>
        ))}
      </ul>
    </main>
  );
};

export default App;
