/** The server clock minus this browser's clock, from a response's `Date` header. */
export interface ClockSkew {
  /** Positive: the server is ahead of this browser. */
  skewMs: number;
  /** Date has second resolution and the request took time: the estimate is ± this. */
  uncertaintyMs: number;
}

/** V4 accepts x-oss-date within `V4_MAX_SKEW_MS` of OSS's clock; we speak up well before. */
export const SKEW_WORTH_REPORTING_MS = 60_000;

/**
 * Compares the server's `Date` with the midpoint of the request's send and receive times.
 * Null when there is no readable Date.
 */
export function estimateClockSkew(
  dateHeader: string | undefined,
  sentAt: number,
  receivedAt: number,
): ClockSkew | null {
  if (!dateHeader) return null;
  const serverTime = Date.parse(dateHeader);
  if (Number.isNaN(serverTime)) return null;
  const midpoint = (sentAt + receivedAt) / 2;
  return {
    skewMs: Math.round(serverTime - midpoint),
    uncertaintyMs: Math.round((receivedAt - sentAt) / 2) + 1000,
  };
}

/** True when the skew is larger than its uncertainty and worth a sentence on the page. */
export function skewMatters(skew: ClockSkew): boolean {
  return Math.abs(skew.skewMs) >= Math.max(SKEW_WORTH_REPORTING_MS, skew.uncertaintyMs);
}
