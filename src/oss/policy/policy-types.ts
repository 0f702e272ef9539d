// The policy document of a PostObject request (docs/oss-rules.md#policy-document).
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject

/** `{"bucket": "examplebucket"}`: exact match; exactly one property. */
export type SimpleCondition = Record<string, string>;
/** `["eq", "$key", "a.png"]` */
export type EqCondition = ['eq', string, string];
/** `["starts-with", "$key", "user/"]` */
export type StartsWithCondition = ['starts-with', string, string];
/** `["content-length-range", 1, 1048576]`: file size in bytes, inclusive. */
export type ContentLengthRangeCondition = ['content-length-range', number, number];
/** `["in", "$content-type", ["image/png", "image/jpeg"]]` */
export type InCondition = ['in', string, string[]];
/** `["not-in", "$cache-control", ["no-cache"]]` */
export type NotInCondition = ['not-in', string, string[]];

export type ArrayCondition =
  EqCondition | StartsWithCondition | ContentLengthRangeCondition | InCondition | NotInCondition;

export type PolicyCondition = SimpleCondition | ArrayCondition;

/** `{ expiration, conditions }`; key order in JSON does not matter, bytes do (the Base64 is signed). */
export interface PolicyDocument {
  /** ISO 8601 UTC, e.g. `2030-01-01T00:00:00.000Z`. */
  expiration: string;
  conditions: PolicyCondition[];
}
