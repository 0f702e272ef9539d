// README.zh-CN.md is README.md for a Chinese reader, not a summary of it: the same sections in the
// same order, the same commands, flags, variables and files, the same tables and the same links into
// the repository. Prose is free to differ; what a reader types or opens is not. When one README
// gains a section, a command or a flag, this fails until the other has it too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

interface Section {
  heading: string;
  level: number;
  body: string;
}

/** Splits a Markdown file at its headings (not at `#` lines inside fenced code). */
function splitSections(markdown: string): Section[] {
  const sections: Section[] = [{ heading: '', level: 0, body: '' }];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6}) (.*)$/.exec(line);
    if (heading) sections.push({ heading: heading[2]!, level: heading[1]!.length, body: '' });
    else sections.at(-1)!.body += `${line}\n`;
  }
  return sections;
}

/** Fenced blocks with shell comments dropped (they are prose, in the reader's language). */
function codeBlocks(body: string): string[] {
  return [...body.matchAll(/```([a-z]*)\n([\s\S]*?)```/g)].map(([, lang, code]) =>
    lang === 'sh' ? `${lang}\n${code!.replace(/\s+#\s.*$/gm, '')}` : `${lang}\n${code}`,
  );
}

/**
 * Inline code outside fenced blocks: commands, flags, variables, files, field names. A span may
 * wrap onto the next line (not across a blank line); as in CommonMark, the line break reads as a space.
 */
function inlineCode(body: string): string[] {
  const prose = body.replace(/```[\s\S]*?```/g, '');
  const spans = [...prose.matchAll(/`((?:[^`\n]|\n(?!\n))+)`/g)];
  return [...new Set(spans.map((m) => m[1]!.replace(/\n/g, ' ')))].sort();
}

/** Links into the repository (relative targets), the other README counted as itself. */
function repoLinks(body: string): string[] {
  const targets = [...body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  return [
    ...new Set(
      targets
        .filter((t) => !/^[a-z]+:/.test(t))
        .map((t) => (t === 'README.zh-CN.md' ? 'README.md' : t)),
    ),
  ].sort();
}

/** The shape of each table: its row count (header and separator included). */
function tableShapes(body: string): number[] {
  return body
    .split(/\n(?!\|)/)
    .map((chunk) => chunk.split('\n').filter((line) => line.startsWith('|')).length)
    .filter((rows) => rows > 0);
}

const english = splitSections(read('README.md'));
const chinese = splitSections(read('README.zh-CN.md'));

describe('README.zh-CN.md keeps in step with README.md', () => {
  it('has the same sections, at the same levels, in the same order', () => {
    expect(chinese.map((s) => s.level)).toEqual(english.map((s) => s.level));
  });

  describe.each(english.map((section, index) => [section.heading || '(intro)', index] as const))(
    'section %s',
    (_heading, index) => {
      const en = english[index]!;
      const zh = chinese[index] ?? { heading: '', level: 0, body: '' };

      it('has the same code blocks (commands, output, CI step)', () => {
        expect(codeBlocks(zh.body)).toEqual(codeBlocks(en.body));
      });

      it('names the same commands, scripts, flags, variables and files', () => {
        expect(inlineCode(zh.body)).toEqual(inlineCode(en.body));
      });

      it('has the same tables with the same number of rows', () => {
        expect(tableShapes(zh.body)).toEqual(tableShapes(en.body));
      });

      it('links the same files of the repository', () => {
        expect(repoLinks(zh.body)).toEqual(expect.arrayContaining(repoLinks(en.body)));
      });
    },
  );
});
