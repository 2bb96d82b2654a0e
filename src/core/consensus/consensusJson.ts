import type { Consensus } from "./consensus";

/**
 * The consensus as `svmi merge --json` prints it: per question and field, levels as numbers.
 * Others build on this shape: fields are only ever added.
 */
export interface ConsensusJsonItem {
  question: string;
  field: "present" | "future";
  n: number;
  counts: number[];
  agreed: number | null;
  min: number | null;
  max: number | null;
  flag: string;
  decisive: boolean;
}

export function consensusJson(consensus: Consensus): {
  participants: string[];
  consensus: ConsensusJsonItem[];
} {
  return {
    participants: [...consensus.participants],
    consensus: consensus.items.map((item) => ({
      question: item.question,
      field: item.field,
      n: item.spread.n,
      counts: [...item.spread.counts],
      agreed: item.agreed,
      min: item.spread.min,
      max: item.spread.max,
      flag: item.spread.flag,
      decisive: item.decisive,
    })),
  };
}
