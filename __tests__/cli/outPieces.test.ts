/**
 * A large plain-text lint report goes to stdout piece by piece (processIo().outPieces): the bytes
 * must be exactly those of writing the whole text with out().
 */
import { jest } from '@jest/globals';
import { processIo } from '../../src/cli/io.js';
import { lintFiles } from '../../src/core/lint/index.js';
import { lintText, lintTextChunks } from '../../src/core/report/lintText.js';
import { loadSqlParser, parseSqlFile } from '../../src/core/sql/index.js';

beforeAll(() => loadSqlParser());

function written(write: (io: ReturnType<typeof processIo>) => void): string {
  const out: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    out.push(String(chunk));
    return true;
  });
  try {
    write(processIo());
  } finally {
    spy.mockRestore();
  }
  return out.join('');
}

describe('plain-text lint report written in pieces', () => {
  it('writes the same bytes as the whole text, final newline included', () => {
    const sql = Array.from({ length: 400 }, (_, i) => `ALTER TABLE t${i} DROP COLUMN c${i};`).join('\n');
    const report = lintFiles([parseSqlFile('db/001.sql', sql)], { pgVersion: 15 });
    const note = 'gate: fail: 400 finding(s) need approval';
    expect([...lintTextChunks(report, note)].length).toBeGreaterThan(1);
    const whole = written((io) => io.out(lintText(report, note)));
    expect(whole.endsWith(`${note}\n`)).toBe(true);
    expect(written((io) => io.outPieces!(lintTextChunks(report, note)))).toBe(whole);
  });
});
