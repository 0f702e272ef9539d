import { checkCallbackVarName, validateCallbackSpec, type Problem } from '../../oss/index.ts';
import type { ExtraField } from './builder-schema.ts';
import { INPUT_IDS } from './field-ids.ts';
import { toCallbackSpec, type CallbackValues } from './to-post-form-spec.ts';

/** DOM ids of the callback editor's inputs, so each problem can point at (and describe) one. */
export const CALLBACK_INPUT_IDS = {
  urls: INPUT_IDS.callbackUrl,
  host: 'callback-host',
  body: 'callback-body',
  bodyType: 'callback-body-type',
} as const;

/** The id of the name input of the callback variable kept in `fields[fieldIndex]`. */
export const callbackVarInputId = (fieldIndex: number) => `callback-var-${fieldIndex}-name`;

/** A problem OSS (or the sandbox) would answer, and the input that shows it. */
export interface CallbackProblem {
  inputId: string;
  message: string;
}

/** The indexes in `fields` of the `x:` callback variables (they are sent as form fields). */
export function callbackVarIndexes(fields: readonly ExtraField[]): number[] {
  return fields.flatMap((field, index) => (field.name.trim().startsWith('x:') ? [index] : []));
}

function inputIdFor(problem: Problem, fields: readonly ExtraField[]): string {
  if (problem.id === 'callback.var-name') {
    const index = fields.findIndex((field) => field.name.trim() === problem.path);
    return index >= 0 ? callbackVarInputId(index) : CALLBACK_INPUT_IDS.urls;
  }
  if (problem.id === 'callback.host-invalid') return CALLBACK_INPUT_IDS.host;
  if (problem.id === 'callback.body-type') return CALLBACK_INPUT_IDS.bodyType;
  // The Base64 callback grows with the body first; a long body is the usual cause.
  if (/^callback\.(body-empty|body-invalid|too-long)$/.test(problem.id)) {
    return CALLBACK_INPUT_IDS.body;
  }
  return CALLBACK_INPUT_IDS.urls;
}

/** Says a core problem's sentence: English by default, the reader's language from the page. */
type Say = (problem: Problem) => string;
const sayEnglish: Say = (problem) => problem.message;

function describeProblem(problem: Problem, say: Say): string {
  return problem.oss
    ? `${say(problem)} (OSS: ${problem.oss.code} "${problem.oss.message}")`
    : say(problem);
}

/**
 * Every problem OSS (and the sandbox) would find in the form's callback, each with the input to
 * show it at; null when no callback URL is set (nothing is sent). Each `x:` variable's name is
 * checked on its own too, so every wrong name is shown at once.
 */
export function checkCallback(
  values: CallbackValues & { fields: readonly ExtraField[] },
  say: Say = sayEnglish,
): CallbackProblem[] | null {
  const spec = toCallbackSpec(values);
  if (!spec) return null;
  const vars = callbackVarIndexes(values.fields).map((index) => values.fields[index]);
  const problems: CallbackProblem[] = validateCallbackSpec({
    ...spec,
    ...(vars.length > 0
      ? { vars: Object.fromEntries(vars.map((v) => [v.name.trim(), v.value])) }
      : {}),
  }).map((problem) => ({
    inputId: inputIdFor(problem, values.fields),
    message: describeProblem(problem, say),
  }));
  for (const index of callbackVarIndexes(values.fields)) {
    const message = checkCallbackVarName(values.fields[index].name.trim());
    if (message && !problems.some((problem) => problem.message === message)) {
      problems.push({ inputId: callbackVarInputId(index), message });
    }
  }
  return problems;
}
