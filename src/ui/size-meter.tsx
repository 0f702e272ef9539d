import { formatBytes } from './format.ts';
import { UI_SIZE_METER_TEXTS } from './result-texts-en.ts';
import { useTexts } from './i18n/texts.ts';

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
  const texts = useTexts(UI_SIZE_METER_TEXTS);
  const warnLimit = formatBytes(WARN_BYTES);
  const limit = formatBytes(LIMIT_BYTES);
  return (
    <div className="size-meter">
      <label htmlFor="meter-4k">
        {texts.fields({ size: formatBytes(fieldBytes), limit: warnLimit })}
      </label>
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
        {texts.beforeData({ size: formatBytes(bytesBeforeFile), limit })}
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
          {texts.over8m({ limit, code: 'MaxPOSTPreDataLengthExceededError' })}
        </p>
      ) : over4k ? (
        <p className="field-warning">
          {texts.over4k({ limit: warnLimit, code: 'FieldItemTooLong' })}
        </p>
      ) : null}
    </div>
  );
}
