/** The fields of a submission's org a benchmark can be split by. */
export const ORG_FIELDS = ["type", "region"] as const;
export type OrgField = (typeof ORG_FIELDS)[number];

/** Which organisations a segment holds: {} for everyone, {type: "district"} for one split's value. */
export type SegmentKey = Partial<Record<OrgField, string>>;
