/**
 * Which themes of the public-sector SVMI (A-J) cover each Social Value Model adoption
 * characteristic, so that a completed SVMI assessment can suggest an adoption profile.
 *
 * A characteristic is covered by the SVMI themes whose questions grade the same practice. Where
 * one SVMI theme grades only a question or two of a characteristic it is left out: its level is
 * set mostly by other practices and would say little about this one. A theme may cover several
 * characteristics (G is both the contract stage of the lifecycle and contract management).
 */

export interface CrosswalkEntry {
  /** The adoption characteristic (a theme id of svm-adoption). */
  characteristic: string;
  /** The public SVMI themes that cover it. */
  themes: readonly string[];
  /** Why those themes. */
  reason: string;
}

export const PUBLIC_TO_ADOPTION: readonly CrosswalkEntry[] = [
  {
    characteristic: "PC",
    themes: ["A", "J"],
    reason:
      "A sets by policy which spending carries social value; J asks whether the Corporate Strategy and policy commit to it.",
  },
  {
    characteristic: "IA",
    themes: ["C", "H"],
    reason:
      "C asks whether communities and other public bodies shape the TOMs; H how partners across sectors plan and give feedback together.",
  },
  {
    characteristic: "WL",
    themes: ["D", "E", "G"],
    reason:
      "The SVMI scores the lifecycle's stages apart: commissioning (D), procurement (E) and contract management (G).",
  },
  {
    characteristic: "SC",
    themes: ["F"],
    reason:
      "F grades engaging the market and suppliers: early engagement, market development, forums and provider feedback.",
  },
  {
    characteristic: "CM",
    themes: ["G"],
    reason:
      "G grades what happens to social value once a contract is awarded, and learning from it.",
  },
  {
    characteristic: "MR",
    themes: ["C", "I"],
    reason:
      "C grades how social value is measured (TOMs, outcomes, weights); I how it is reported.",
  },
  {
    characteristic: "CC",
    themes: ["B"],
    reason:
      "B grades who manages social value inside the organisation and the training and resources they get.",
  },
  {
    characteristic: "GA",
    themes: ["B", "J"],
    reason:
      "B asks which member or officer leads and reports on social value; J how senior members oversee it and hold it to targets.",
  },
];
