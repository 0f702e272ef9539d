import { formatBytes } from './format.ts';

const WARN_BYTES = 4 * 1024;
const LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * Bytes before the file against OSS's limits: 4 KB (the error reference's conservative total for
 * fields) and 8 MB (everything before `file`).
 */
export function SizeMeter({
  bytesBeforeFile,
  fieldBytes,
}: {
  bytesBeforeFile: number;
  fieldBytes: number;
}) {
  const over4k = fieldBytes > WARN_BYTES;
  const over8m = bytesBeforeFile > LIMIT_BYTES;
  return (
    <div className="size-meter">
      <label htmlFor="meter-4k">Field names and values: {formatBytes(fieldBytes)} of 4 KB</label>
      <meter
        id="meter-4k"
        min={0}
        max={WARN_BYTES}
        low={WARN_BYTES * 0.75}
        high={WARN_BYTES}
        value={Math.min(fieldBytes, WARN_BYTES)}
      >
        {formatBytes(fieldBytes)}
      </meter>
      <label htmlFor="meter-8m">
        Bytes ahead of the data part: {formatBytes(bytesBeforeFile)} of 8 MB
      </label>
      <meter
        id="meter-8m"
        min={0}
        max={LIMIT_BYTES}
        low={LIMIT_BYTES * 0.75}
        high={LIMIT_BYTES}
        value={Math.min(bytesBeforeFile, LIMIT_BYTES)}
      >
        {formatBytes(bytesBeforeFile)}
      </meter>
      {over8m ? (
        <p className="field-error">
          Over 8 MB before the file: OSS answers MaxPOSTPreDataLengthExceededError.
        </p>
      ) : over4k ? (
        <p className="field-warning">
          Over 4 KB of fields: OSS&apos;s error reference says this can give FieldItemTooLong.
        </p>
      ) : null}
    </div>
  );
}
