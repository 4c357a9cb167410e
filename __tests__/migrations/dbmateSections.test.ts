/**
 * dbmate sections are found without splitting the file into lines; the up text must stay exactly
 * what the line split gave (its checksum is recorded for applied files), so this compares with it.
 */
import { dbmateFormat } from '../../src/core/migrations/formats/dbmate.js';

type Sections = Record<string, { text: string; firstLine: number }>;
const lineSplit = (content: string): Sections => {
  const MARKER = /^--\s*migrate:(up|down)\b(.*)$/;
  const lines = content.split('\n');
  const marks: { kind: string; line: number }[] = [];
  lines.forEach((l, i) => {
    const m = MARKER.exec(l.replace(/\r$/, ''));
    if (m) marks.push({ kind: m[1], line: i });
  });
  const out: Sections = {};
  marks.forEach((mark, k) => {
    const end = k + 1 < marks.length ? marks[k + 1].line : lines.length;
    out[mark.kind] = { text: lines.slice(mark.line + 1, end).join('\n'), firstLine: mark.line + 2 };
  });
  return out;
};
const cases = [
  '-- migrate:up\nCREATE TABLE a();\n\n-- migrate:down\nDROP TABLE a;\n',
  '-- migrate:up',
  '-- migrate:up\n',
  '-- migrate:up\r\nX;\r\n-- migrate:down\r\nY;\r\n',
  'x -- migrate:down\n-- c\n---- migrate:up\n-- migrate:up transaction:false\nA;\n-- migrate:down\n',
  '\n\n-- migrate:down\nD\n-- migrate:up\nU',
  '-- migrate:up\n-- migrate:down',
  '-- migrate:up\nSELECT 1 -- migrate:down\n--migrate:down\n',
];
it.each(cases)('same sections as the line split: %j', (content) => {
  const [m] = dbmateFormat.read([{ name: '1_x.sql', content }], 'd', []);
  const o = lineSplit(content);
  expect({ text: m.up.text, firstLine: m.up.firstLine }).toEqual(o.up);
  if (o.down && o.down.text.trim() !== '')
    expect({ text: m.down?.text, firstLine: m.down?.firstLine }).toEqual(o.down);
  else expect(m.down).toBeUndefined();
});
