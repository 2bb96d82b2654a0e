import * as React from "react";
import { Body1, MessageBar, MessageBarBody, Title3 } from "@fluentui/react-components";

/** What the pane shows when it cannot start: what went wrong and what to do, never a blank pane. */
export const StartupProblem: React.FC<{ message: string }> = ({ message }) => (
  <main style={{ padding: 16 }}>
    <Title3 as="h1">Social Value Maturity Index</Title3>
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <Body1>{message}</Body1>
      </MessageBarBody>
    </MessageBar>
  </main>
);
