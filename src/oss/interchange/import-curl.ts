import type { NamedValue } from '../form/field-names.ts';
import { fail, ok, type Problem, type Result } from '../result.ts';
import { finishImport, type ImportedFile, type ImportedForm } from './imported-form.ts';
import { tokenizeShell, type ShellWord } from './tokenize-shell.ts';
import { sayFrom } from '../texts.ts';
import { INTERCHANGE_TEXTS } from './texts-en.ts';

const say = sayFrom(INTERCHANGE_TEXTS);

/** curl options that take a value (the ones seen in pasted upload commands). */
const OPTIONS_WITH_VALUE = new Set([
  '-H',
  '--header',
  '-X',
  '--request',
  '-o',
  '--output',
  '-u',
  '--user',
  '-A',
  '--user-agent',
  '-e',
  '--referer',
  '-b',
  '--cookie',
  '-c',
  '--cookie-jar',
  '-w',
  '--write-out',
  '-m',
  '--max-time',
  '--connect-timeout',
  '--retry',
  '-x',
  '--proxy',
  '--cacert',
  '--cert',
  '--key',
  '-E',
  '-r',
  '--range',
  '--resolve',
  '--limit-rate',
  '-K',
  '--config',
  '--interface',
  '--connect-to',
  '-y',
  '-Y',
  '--speed-limit',
  '--speed-time',
  '--max-filesize',
  '--trace',
  '--trace-ascii',
  '--stderr',
  '-D',
  '--dump-header',
  '--retry-delay',
  '--retry-max-time',
]);
const DATA_OPTIONS = new Set([
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-urlencode',
  '-T',
  '--upload-file',
]);

/** curl's `-F` value grammar: `name=value`, `name=@path;type=…`, `name=<path`, `name="quoted;text"`. */
function readFormValue(raw: string): { value: string; kind: 'text' | 'file' | 'from-file' } {
  const kind = raw.startsWith('@') ? 'file' : raw.startsWith('<') ? 'from-file' : 'text';
  const body = kind === 'text' ? raw : raw.slice(1);
  if (body.startsWith('"')) {
    let value = '';
    for (let i = 1; i < body.length; i += 1) {
      if (body[i] === '\\' && i + 1 < body.length) value += body[(i += 1)];
      else if (body[i] === '"') break;
      else value += body[i];
    }
    return { value, kind };
  }
  const params = /;(?:type|filename|headers|encoder)=/i.exec(body);
  return { value: params ? body.slice(0, params.index) : body, kind };
}

function splitField(text: string, word: ShellWord): NamedValue | Problem {
  const eq = text.indexOf('=');
  if (eq <= 0) {
    return {
      id: 'curl.form-without-name',
      ...say('curl-form-without-name', { text }),
      position: word.position,
    };
  }
  return { name: text.slice(0, eq), value: text.slice(eq + 1) };
}

/**
 * Reads a pasted `curl -F … URL` command into the form it posts: `-F`/`--form` and
 * `--form-string` fields in order, `@path` parts as files (with their position, so the lint can
 * tell a file that is not last), the URL. Shell quoting is undone, nothing is expanded: a value
 * that uses `$VAR` is kept as written and reported.
 *
 * @example
 * importCurl(`curl -F 'key=a.txt' -F policy=eyJ… -F file=@a.txt https://b.oss-cn-hangzhou.aliyuncs.com`)
 * // ok: { source: 'curl', url: 'https://b.oss-cn-hangzhou.aliyuncs.com',
 * //       fields: [{ name: 'key', value: 'a.txt' }, …], files: [{ name: 'file', index: 2, fileName: 'a.txt' }] }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function importCurl(command: string): Result<ImportedForm> {
  const tokens = tokenizeShell(command);
  if (!tokens.ok) return tokens;
  const words = tokens.value;
  const startAt = words.findIndex((w) => /(^|\/)curl(\.exe)?$/.test(w.text));
  if (startAt < 0) {
    return fail({
      id: 'curl.not-curl',
      ...say('curl-not-curl'),
    });
  }
  const fields: NamedValue[] = [];
  const files: ImportedFile[] = [];
  const problems: Problem[] = [];
  let url: string | undefined;
  for (let i = startAt + 1; i < words.length; i += 1) {
    const word = words[i];
    const text = word.text;
    if (';|&'.includes(text)) break;
    const formArg =
      text === '-F' || text === '--form' || text === '--form-string'
        ? words[(i += 1)]
        : /^-F./.test(text)
          ? { ...word, text: text.slice(2) }
          : undefined;
    if (formArg) {
      const split = splitField(formArg.text, formArg);
      if ('id' in split) {
        problems.push(split);
        continue;
      }
      for (const name of formArg.variables) {
        problems.push({
          id: 'curl.shell-variable',
          // ${filename} is OSS's own variable, not one to replace: it only needs single quotes.
          ...(name === 'filename'
            ? say('curl-filename-variable', { field: split.name })
            : say('curl-shell-variable', { field: split.name, variable: name })),
          path: split.name,
        });
      }
      const parsed =
        text === '--form-string'
          ? { value: split.value, kind: 'text' as const }
          : readFormValue(split.value);
      if (parsed.kind === 'file')
        files.push({ name: split.name, index: fields.length, fileName: parsed.value });
      else {
        if (parsed.kind === 'from-file') {
          problems.push({
            id: 'curl.value-from-file',
            ...say('curl-value-from-file', { field: split.name, file: parsed.value }),
            path: split.name,
          });
        }
        fields.push({ name: split.name, value: parsed.value });
      }
    } else if (text === '--url') {
      url = words[(i += 1)]?.text;
    } else if (DATA_OPTIONS.has(text)) {
      problems.push({
        id: 'curl.not-multipart',
        ...say('curl-not-multipart', { option: text }),
        oss: {
          code: 'RequestIsNotMultiPartContent',
          message: 'Bucket POST must be of the enclosure-type multipart/form-data',
        },
      });
      i +=
        text === '-T' || text === '--upload-file' || text.startsWith('--data') || text === '-d'
          ? 1
          : 0;
    } else if (OPTIONS_WITH_VALUE.has(text)) {
      i += 1;
    } else if (!text.startsWith('-') && url === undefined) {
      url = text;
    }
  }
  if (fields.length === 0 && files.length === 0) {
    return fail({
      id: 'curl.no-form',
      ...say('curl-no-form'),
    });
  }
  return ok(finishImport('curl', fields, files, problems, url));
}
