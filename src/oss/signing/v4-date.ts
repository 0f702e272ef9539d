// V4 times are UTC: `x-oss-date` is YYYYMMDDTHHMMSSZ and the credential scope day is its first
// 8 characters, so both always fall on the same UTC day.
// https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend

const OSS_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The `x-oss-date` value of an instant: UTC `YYYYMMDDTHHMMSSZ` (milliseconds dropped).
 * An invalid Date, or one outside years 0000–9999, gives `''`.
 *
 * @example
 * formatOssDate(new Date('2024-07-13T13:34:14.999Z')) // '20240713T133414Z'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function formatOssDate(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return '';
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) return '';
  return (
    pad(date.getUTCFullYear(), 4) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    'T' +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds()) +
    'Z'
  );
}

/**
 * The credential scope day of an instant: UTC `YYYYMMDD` (not the local day).
 *
 * @example
 * credentialDay(new Date('2024-07-13T23:59:59Z')) // '20240713' (in every time zone)
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function credentialDay(date: Date): string {
  return formatOssDate(date).slice(0, 8);
}

/**
 * Reads an `x-oss-date` value back into a Date, or `null` when it is not `YYYYMMDDTHHMMSSZ`
 * with a real calendar time.
 *
 * @example
 * parseOssDate('20240713T133414Z')?.toISOString() // '2024-07-13T13:34:14.000Z'
 * parseOssDate('2024-07-13T13:34:14Z')             // null
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function parseOssDate(text: string): Date | null {
  const m = OSS_DATE.exec(String(text ?? ''));
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  return formatOssDate(date) === text ? date : null;
}
