import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * docs/policy-coverage.md must stay true: every test a row names — a test file, or a test name (in
 * "double quotes" or `backticks`, `…` eliding words) in the file(s) named before it — must exist.
 * Abbreviations like T-imp are the test files of the table at the top of the document.
 */
const root = join(import.meta.dirname, '..', '..');
const doc = readFileSync(join(root, 'docs', 'policy-coverage.md'), 'utf8');
const testFile = /^(?:src|test|web|bench)\/[\w./-]+\.test\.tsx?$/;
const testFileInText = /(?:src|test|web|bench)\/[\w./-]+\.test\.tsx?/y;
const abbreviation = /T-[a-z]+/y;

/** Cells of a markdown table row (`\|` is a pipe inside a cell). */
function cellsOf(line: string): string[] {
  return line
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

type TTable = { header: string[]; rows: { line: number; cells: string[] }[] };

function tablesOf(markdown: string): TTable[] {
  const tables: TTable[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || !/^\|[-| ]+\|$/.test(lines[i + 1] ?? '')) continue;
    const table: TTable = { header: cellsOf(lines[i]!), rows: [] };
    for (i += 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
      table.rows.push({ line: i + 1, cells: cellsOf(lines[i]!) });
    }
    tables.push(table);
  }
  return tables;
}

const tables = tablesOf(doc);
const abbreviations = new Map<string, string[]>();
for (const table of tables.filter((t) => t.header[0] === 'Abbrev.')) {
  for (const { cells } of table.rows) {
    const files = [...cells[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).filter((f) => testFile.test(f));
    if (files.length > 0) abbreviations.set(cells[0]!, files);
  }
}

type TReference = { files: string[]; name?: string };

/** The test files and test names a Test cell refers to, each name with the files named before it.
 * Inside parentheses only "double-quoted" text is a test name (backticks there are code, e.g. a CLI). */
function referencesOf(cell: string): TReference[] {
  const references: TReference[] = [];
  let files: string[] = [];
  let depth = 0;
  for (let i = 0; i < cell.length; ) {
    testFileInText.lastIndex = i;
    abbreviation.lastIndex = i;
    const char = cell[i]!;
    if (char === '"' || char === '`') {
      let end = cell.indexOf(char, i + 1);
      while (end > 0 && cell[end - 1] === '\\') end = cell.indexOf(char, end + 1);
      const text = cell.slice(i + 1, end < 0 ? cell.length : end).replace(/\\(["`])/g, '$1');
      i = end < 0 ? cell.length : end + 1;
      if (testFile.test(text)) {
        files = [text];
        references.push({ files });
      } else if (char === '"' || depth === 0) {
        references.push({ files, name: text });
      }
    } else if (testFileInText.test(cell)) {
      files = [cell.slice(i, testFileInText.lastIndex)];
      references.push({ files });
      i = testFileInText.lastIndex;
    } else if (abbreviation.test(cell) && abbreviations.has(cell.slice(i, abbreviation.lastIndex))) {
      files = abbreviations.get(cell.slice(i, abbreviation.lastIndex))!;
      references.push({ files });
      i = abbreviation.lastIndex;
    } else {
      if (char === '(') depth++;
      if (char === ')') depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return references;
}

const sources = new Map<string, string>();
function sourceOf(file: string): string {
  let text = sources.get(file);
  if (text === undefined) {
    text = existsSync(join(root, file))
      ? readFileSync(join(root, file), 'utf8').replace(/\\(['"`])/g, '$1')
      : '';
    sources.set(file, text);
  }
  return text;
}

/** Whether `name` (with `…` for elided words) occurs, its pieces in order, in one of `files`. */
function namesATest(name: string, files: string[]): boolean {
  const pieces = name
    .split('…')
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
  return files.some((file) => {
    const source = sourceOf(file);
    let from = 0;
    for (const piece of pieces) {
      const at = source.indexOf(piece, from);
      if (at < 0) return false;
      from = at + piece.length;
    }
    return source.length > 0;
  });
}

const rows = tables
  .filter((table) => table.header.includes('Test'))
  .flatMap((table) => {
    const column = table.header.indexOf('Test');
    return table.rows.map(({ line, cells }) => ({ line, id: cells[0]!, cell: cells[column] ?? '' }));
  });

describe('docs/policy-coverage.md names only tests that exist', () => {
  it('has the clause tables and the abbreviations', () => {
    expect(rows.filter((row) => /^(IMP|IVA)-\d+$/.test(row.id)).length).toBeGreaterThan(100);
    expect([...abbreviations.keys()]).toContain('T-imp');
  });

  it.each(rows.map((row) => [row.id, row.line, row.cell] as const))('%s (line %i)', (_id, _line, cell) => {
    const missing = referencesOf(cell)
      .filter((reference) =>
        reference.name === undefined
          ? !reference.files.every((file) => existsSync(join(root, file)))
          : reference.files.length === 0 || !namesATest(reference.name, reference.files),
      )
      .map((reference) =>
        reference.name === undefined
          ? reference.files.join(', ')
          : `"${reference.name}" in ${reference.files.join(', ') || 'no file'}`,
      );
    expect(missing).toEqual([]);
  });
});
