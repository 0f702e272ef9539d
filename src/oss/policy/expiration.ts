// The policy's expiration as one kind of text only: an ISO 8601 instant in UTC, as OSS's
// documentation writes it ("2014-12-01T12:00:00.000Z"; milliseconds when the text has a fraction). Anything looser — V8's
// Date.parse also takes "(comments)", weekday names and bare dates — is not a date here.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
// https://www.iso.org/iso-8601-date-and-time-format.html

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The expiration in `YYYY-MM-DDTHH:mm:ssZ` form (`.sss` before the `Z` when the text has a
 * fraction), or undefined when the text is not an ISO 8601 instant with a time zone (`Z` or
 * `±HH:MM`) naming a real day and time. Fractions past milliseconds are cut, offsets made UTC.
 *
 * @example
 * normalizeExpiration('2030-01-01T08:00:00+08:00') // '2030-01-01T00:00:00Z'
 * normalizeExpiration('2030-01-01T00:00:00.5Z') // '2030-01-01T00:00:00.500Z'
 * normalizeExpiration('2030-01-01T00:00:00Z (\u2028alert(5))') // undefined
 * normalizeExpiration('2030-02-30T00:00:00Z') // undefined
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function normalizeExpiration(text: string): string | undefined {
  const match = ISO_INSTANT.exec(String(text ?? '').trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '0', fraction = '', zone] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(local);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  const offset = /^z$/i.test(zone) ? 0 : offsetMinutes(zone);
  if (offset === undefined) return undefined;
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const at = new Date(local + ms - offset * 60_000);
  if (Number.isNaN(at.getTime())) return undefined;
  const iso = at.toISOString();
  return fraction === '' ? iso.replace(/\.\d{3}Z$/, 'Z') : iso;
}

function offsetMinutes(zone: string): number | undefined {
  const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone) ?? [];
  if (sign === undefined || Number(hh) > 23 || Number(mm) > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
}
