import { useState, type DragEvent } from 'react';
import { Field } from '../../ui/field.tsx';
import { formatBytes } from '../../ui/format.ts';
import { INPUT_IDS } from '../form/field-ids.ts';
import { PANELS_UPLOAD_TEXTS } from './texts-en.ts';
import { useUpload } from './upload-context.tsx';
import { useTexts } from '../../ui/i18n/texts.ts';

/** File input plus a drop zone; the chosen file stays in memory until sent. */
export function FilePicker() {
  const { file, chooseFile: onFile } = useUpload();
  const [dragging, setDragging] = useState(false);
  const t = useTexts(PANELS_UPLOAD_TEXTS);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <div
      className={dragging ? 'drop-zone dragging' : 'drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Field id={INPUT_IDS.file} label={t.file} hint={t.fileHint}>
        {(input) => (
          <input
            {...input}
            type="file"
            onChange={(event) => onFile(event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      {file ? (
        <p>
          {t.chosen} <code>{file.name}</code>
          {t.sizeAndType({ size: formatBytes(file.size), type: file.type || t.noType })}
        </p>
      ) : null}
    </div>
  );
}
