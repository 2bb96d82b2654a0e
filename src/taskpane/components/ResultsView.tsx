import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RescoreOutcome } from "../../office/api";
import { AdoptionEstimate } from "./AdoptionEstimate";
import { HoldsBack } from "./HoldsBack";
import { ProblemList } from "./ProblemList";
import { ProgressSummary } from "./ProgressSummary";
import { ResultsSummary } from "./ResultsSummary";
import { SheetLinks, type SheetKind } from "./SheetLinks";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface ResultsViewProps {
  outcome: RescoreOutcome;
  onSelect: (sheet: string, address: string) => void;
  onSelectQuestion: (questionId: string) => void;
  onOpenSheet: (kind: SheetKind) => void;
}

/** Results: problems first (they change what the levels mean), then levels, sheets, and why. */
export const ResultsView: React.FC<ResultsViewProps> = ({
  outcome,
  onSelect,
  onSelectQuestion,
  onOpenSheet,
}) => {
  const styles = useStyles();
  const { framework, result } = outcome;
  return (
    <div className={styles.root}>
      <ProblemList problems={outcome.problems} onSelect={onSelect} />
      <ResultsSummary framework={framework} result={result} />
      {outcome.progress && (
        <ProgressSummary
          framework={framework}
          label={outcome.progress.snapshots[outcome.progress.snapshots.length - 1].label}
          comparison={outcome.progress.comparison}
          onSelectQuestion={onSelectQuestion}
          onOpenProgress={() => onOpenSheet("progress")}
        />
      )}
      {outcome.sheets && <SheetLinks sheets={outcome.sheets} onOpen={onOpenSheet} />}
      {(["present", "future"] as const).map((timeframe) => (
        <HoldsBack
          key={timeframe}
          framework={framework}
          result={result}
          timeframe={timeframe}
          onSelectQuestion={onSelectQuestion}
        />
      ))}
      {framework.id === "public" && <AdoptionEstimate result={result} />}
    </div>
  );
};
