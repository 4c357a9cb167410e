/**
 * The comment shows what will run: the full SQL of every migration file the pull request adds,
 * each collapsed, so reviewers can check the SQL against the intent without opening the diff.
 * Files are shown in apply order, within one section budget (sqlCut.ts): a file that does not fit
 * is cut at a line, later files are only named, and a note says how to see them all.
 */
import { fenced } from './driftMarkdown.js';
import { type CutLimits, countLines, cutNote, cutSql, SECTION_SQL_LIMITS } from './sqlCut.js';

export interface MigrationFileSql {
  /** Path as the reader knows it (directory + file name). */
  readonly path: string;
  readonly text: string;
  /** `up`, `down`, or undefined for a whole file. */
  readonly part?: string;
}

/** Summary HTML must not let a file name open a tag. */
const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export const DEFAULT_SEE_ALL = "the pull request's Files changed tab";

export function renderMigrationSql(
  files: readonly MigrationFileSql[],
  options: { readonly seeAll?: string; readonly limits?: CutLimits } = {},
): string {
  if (files.length === 0) return '';
  const limits = options.limits ?? SECTION_SQL_LIMITS;
  let lines = limits.maxLines;
  let chars = limits.maxChars;
  let total = 0;
  let shown = 0;
  let hidden = 0;
  const blocks: string[] = [];
  const unshown: string[] = [];
  for (const f of files) {
    const count = countLines(f.text.trimEnd());
    const label = `${escapeHtml(f.path)}${f.part ? ` (${f.part})` : ''}`;
    const c = cutSql(f.text, { maxLines: lines, maxChars: chars });
    total += c.totalLines;
    shown += c.shownLines;
    hidden += c.hiddenChars;
    lines -= c.shownLines;
    chars -= c.text.length;
    const size = `${count} line${count === 1 ? '' : 's'}`;
    if (c.shownLines === 0 && count > 0) {
      unshown.push(`- <code>${label}</code>: ${size}`);
      continue;
    }
    const more = c.cut ? `, first ${c.shownLines} shown` : '';
    blocks.push(
      `<details><summary><code>${label}</code>: ${size}${more}</summary>\n\n${fenced(c.text, 'sql')}\n\n</details>`,
    );
  }
  const n = files.length;
  const out = [
    `**SQL this pull request adds** (${n} file${n === 1 ? '' : 's'}, in apply order):`,
    '',
    blocks.join('\n\n'),
  ];
  if (unshown.length > 0) out.push('', 'Not shown (the section is full):', '', unshown.join('\n'));
  if (shown < total)
    out.push(
      '',
      cutNote(
        { totalLines: total, shownLines: shown, hiddenChars: hidden },
        options.seeAll ?? DEFAULT_SEE_ALL,
        limits,
      ),
    );
  return `${out.join('\n')}\n`;
}
