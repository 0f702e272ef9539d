import type { BuilderValues } from './builder-schema.ts';
import { createConditionRow } from './condition-rows.ts';
import type { FORM_PRESETS_TEXTS } from './texts-en.ts';
import { UNIT_NAMES } from './sizes.ts';

/** A text of `FORM_PRESETS_TEXTS`: the preset's button and its tooltip, in the reader's language. */
type PresetText = keyof typeof FORM_PRESETS_TEXTS;

/** The policy part of the form a preset replaces. */
export type PolicyPart = Pick<BuilderValues, 'key' | 'conditions' | 'fields'>;

export interface Preset {
  id: string;
  label: PresetText;
  description: PresetText;
  apply: () => PolicyPart;
}

/**
 * What a preset's label and description name, from the preset itself: its object key and the
 * size range of its content-length-range condition, in the page's binary unit names ('1 B', '2 MiB').
 * @example presetWords(PRESETS[0]) // { key: 'users/alice/${filename}', min: '1 B', max: '2 MiB' }
 */
export function presetWords(preset: Preset): { key: string; min: string; max: string } {
  const part = preset.apply();
  const range = part.conditions.find((row) => row.kind === 'content-length-range');
  return {
    key: part.key,
    min: range ? `${range.min} ${UNIT_NAMES[range.minUnit]}` : '',
    max: range ? `${range.max} ${UNIT_NAMES[range.maxUnit]}` : '',
  };
}

export const PRESETS: Preset[] = [
  {
    id: 'images',
    label: 'imagesLabel',
    description: 'imagesDescription',
    apply: () => ({
      key: 'users/alice/${filename}',
      conditions: [
        createConditionRow({ kind: 'starts-with', field: 'key', value: 'users/alice/' }),
        createConditionRow({
          kind: 'content-length-range',
          field: '',
          min: 1,
          minUnit: 'B',
          max: 2,
          maxUnit: 'MB',
        }),
        createConditionRow({ kind: 'starts-with', field: 'Content-Type', value: 'image/' }),
        createConditionRow({ kind: 'eq', field: 'success_action_status', value: '201' }),
      ],
      // No fixed Content-Type: the upload and the snippets send each file's own type, so the
      // condition above judges the real file (a fixed image/png would let any file through).
      fields: [{ name: 'success_action_status', value: '201' }],
    }),
  },
  {
    id: 'documents',
    label: 'documentsLabel',
    description: 'documentsDescription',
    apply: () => ({
      key: 'docs/${filename}',
      conditions: [
        createConditionRow({ kind: 'starts-with', field: 'key', value: 'docs/' }),
        createConditionRow({
          kind: 'content-length-range',
          field: '',
          min: 1,
          minUnit: 'B',
          max: 20,
          maxUnit: 'MB',
        }),
        createConditionRow({
          kind: 'in',
          field: 'Content-Type',
          values: 'application/pdf\napplication/msword',
        }),
        createConditionRow({
          kind: 'starts-with',
          field: 'Content-Disposition',
          value: 'attachment',
        }),
        createConditionRow({ kind: 'eq', field: 'success_action_status', value: '201' }),
      ],
      fields: [
        { name: 'success_action_status', value: '201' },
        { name: 'Content-Disposition', value: 'attachment' },
      ],
    }),
  },
  {
    id: 'no-overwrite',
    label: 'noOverwriteLabel',
    description: 'noOverwriteDescription',
    apply: () => ({
      key: 'uploads/${filename}',
      conditions: [
        createConditionRow({ kind: 'starts-with', field: 'key', value: 'uploads/' }),
        createConditionRow({
          kind: 'content-length-range',
          field: '',
          min: 1,
          minUnit: 'B',
          max: 100,
          maxUnit: 'MB',
        }),
        createConditionRow({ kind: 'match', field: 'x-oss-forbid-overwrite', value: 'true' }),
        createConditionRow({ kind: 'eq', field: 'success_action_status', value: '201' }),
      ],
      fields: [
        { name: 'success_action_status', value: '201' },
        { name: 'x-oss-object-acl', value: 'private' },
        { name: 'x-oss-forbid-overwrite', value: 'true' },
      ],
    }),
  },
];
