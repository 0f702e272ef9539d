// Reads the Chinese a reader sees out of the repository's files and says what is wrong with it:
// raw backticks, half-width brackets, commas and quotes beside Chinese, and words the glossary
// (docs/glossary-zh.md) rules out. Used by chinese-prose.test.ts over every file, so a table or a
// catalogue file added later is read without being listed.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * The files whose sentences mark code with backticks because the page renders them through
 * `InlineCode` (src/ui/inline-code.tsx), as their English does: the field reasons of the field table.
 * Everywhere else a backtick would show raw.
 */
export const CODE_MARKED = ['src/oss/form/field-why/texts-zh.ts'];

/** One Chinese sentence and where it was found. */
export interface Prose {
  where: string;
  text: string;
  /** The JSON key or object property the sentence is the value of, when there is one. */
  key?: string;
}

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** Whether a string holds Chinese (and so is Chinese prose). */
export const isChinese = (text: string) => /[\u3400-\u9fff]/.test(text);

/** Files under `root` (relative paths), skipping dependencies and build output. */
export function listFiles(root: string, folder: string): string[] {
  return readdirSync(new URL(folder, root), { recursive: true, encoding: 'utf8' })
    .filter((file) => !/(^|\/)(node_modules|dist|dist-sandbox)\//.test(file))
    .map((file) => `${folder}${file}`);
}

function propertyName(node: ts.Node): string | undefined {
  let at: ts.Node | undefined = node.parent;
  while (at && !ts.isPropertyAssignment(at) && !ts.isSourceFile(at)) at = at.parent;
  return at && ts.isPropertyAssignment(at) ? at.name.getText() : undefined;
}

/**
 * The Chinese string literals of a TypeScript file: plain and template strings (a template's
 * `${…}` read as a Latin placeholder, so it never counts as Chinese beside a bracket).
 */
export function chineseInTypeScript(where: string, source: string): Prose[] {
  return stringsInTypeScript(where, source).filter((p) => isChinese(p.text));
}

/**
 * Every string a TypeScript file writes: plain and template literals (`${…}` read as a Latin
 * placeholder X) and JSX text; not comments, and not a literal used as a property's name.
 */
export function stringsInTypeScript(where: string, source: string): Prose[] {
  const file = ts.createSourceFile(where, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Prose[] = [];
  const visit = (node: ts.Node) => {
    let text: string | undefined;
    const isName =
      node.parent !== undefined &&
      ts.isPropertyAssignment(node.parent) &&
      node.parent.name === node;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node))
      text = node.head.text + node.templateSpans.map((span) => `X${span.literal.text}`).join('');
    else if (ts.isJsxText(node)) text = node.text;
    if (text !== undefined && !isName) found.push({ where, text, key: propertyName(node) });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The Chinese values of a catalogue JSON file, keyed `component.key`. */
export function chineseInJson(where: string, source: string): Prose[] {
  return stringsInJson(where, source).filter((p) => isChinese(p.text));
}

/** Every string value of a catalogue JSON file, keyed `component.key`. */
export function stringsInJson(where: string, source: string): Prose[] {
  const found: Prose[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      found.push({ where, text: value, key });
    } else if (value && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value)) walk(inner, key ? `${key}.${name}` : name);
    }
  };
  walk(JSON.parse(source), '');
  return found;
}

/** The Chinese lines of a Markdown file outside fenced code, with inline code removed. */
export function chineseInMarkdown(where: string, source: string): Prose[] {
  return source
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .map((line, index) => ({
      where: `${where}:${index + 1}`,
      text: line.replace(/`[^`\n]*`/g, 'X').replace(/\]\([^)]*\)/g, ']'),
    }))
    .filter((line) => isChinese(line.text));
}

/** The character next to `index` in direction `step`, skipping spaces. */
function neighbour(text: string, index: number, step: 1 | -1): string {
  let at = index + step;
  while (text[at] === ' ') at += step;
  return text[at] ?? '';
}

/**
 * Whether a straight quote belongs to code: an attribute value (`name="…"`) or a JSON member
 * (`"expiration": "…"`), which keep their quotes in every language.
 */
function isCodeQuote(text: string, index: number): boolean {
  const quotes = [...text.matchAll(/"/g)].map((match) => match.index);
  const nth = quotes.indexOf(index);
  const [open, close] = nth % 2 === 0 ? [index, quotes[nth + 1]] : [quotes[nth - 1]!, index];
  if (close === undefined) return false;
  return /[=:[{,]/.test(neighbour(text, open, -1)) || /[:,\]}]/.test(neighbour(text, close, 1));
}

/** What a half-width bracket at `index` encloses (up to its partner on the same line). */
function bracketed(text: string, index: number): string {
  if (text[index] === '(') {
    const close = text.indexOf(')', index);
    return close < 0 ? '' : text.slice(index + 1, close);
  }
  const open = text.lastIndexOf('(', index);
  return open < 0 ? '' : text.slice(open + 1, index);
}

/**
 * What breaks the Chinese typography rules in one sentence: a backtick (it shows raw on screen),
 * and a half-width bracket, comma or straight quote with Chinese beside it (code such as
 * `formData.append('a', b)` has Latin on both sides and is left alone). With `codeMarked`, balanced
 * backtick spans are code the page renders as code (see CODE_MARKED) and are left alone.
 */
export function typographyFaults(text: string, codeMarked = false): string[] {
  const faults: string[] = [];
  if (codeMarked) text = text.replace(/`[^`]*`/g, 'X');
  if (text.includes('`')) faults.push('a backtick');
  for (let index = 0; index < text.length; index++) {
    const ch = text[index]!;
    if (!'(),"'.includes(ch)) continue;
    const before = neighbour(text, index, -1);
    const after = neighbour(text, index, 1);
    const beside =
      ch === '"'
        ? !isCodeQuote(text, index) && (CJK.test(before) || CJK.test(after))
        : ch === ','
          ? CJK.test(before) || CJK.test(after)
          : CJK.test(before) || isChinese(bracketed(text, index));
    if (beside) {
      const context = text.slice(Math.max(0, index - 8), index + 9);
      faults.push(`half-width ${ch} beside Chinese in “${context}”`);
    }
  }
  return faults;
}

/** A variant the glossary rules out, with the term to use instead. */
export interface BannedTerm {
  variant: string;
  use: string;
}

/**
 * The ruled-out variants of docs/glossary-zh.md: every row of its table whose last column
 * ("not") lists them, separated by “、”.
 */
export function bannedTerms(glossary: string): BannedTerm[] {
  const banned: BannedTerm[] = [];
  for (const line of glossary.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 6 || !isChinese(cells[4] ?? '')) continue;
    for (const variant of cells[4]!.split('、').filter(Boolean)) {
      banned.push({ variant, use: cells[2]! });
    }
  }
  return banned;
}

/** Every Chinese sentence of the repository's sources, catalogues and Chinese docs. */
export function readAllChinese(root: string): Prose[] {
  const read = (file: string) => readFileSync(new URL(file, root), 'utf8');
  const sources = listFiles(root, 'src/').filter(
    (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.includes('/fixtures/'),
  );
  const catalogues = listFiles(root, 'src/').filter((file) => /\/zh-CN\/[^/]+\.json$/.test(file));
  return [
    ...sources.flatMap((file) => chineseInTypeScript(file, read(file))),
    ...catalogues.flatMap((file) => chineseInJson(file, read(file))),
  ];
}
