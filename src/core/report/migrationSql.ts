/**
 * The comment shows what will run: the full SQL of every migration file the pull request adds,
 * each collapsed, so reviewers can check the SQL against the intent without opening the diff.
 * Files are shown in apply order. The sticky comment cuts the longest section at GitHub's 65,536
 * characters with a pointer to the job summary, which keeps the whole text.
 */
import { fenced } from './driftMarkdown.js';

export interface MigrationFileSql {
  /** Path as the reader knows it (directory + file name). */
  readonly path: string;
  readonly text: string;
  /** `up`, `down`, or undefined for a whole file. */
  readonly part?: string;
}

/** Summary HTML must not let a file name open a tag. */
const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function renderMigrationSql(files: readonly MigrationFileSql[]): string {
  if (files.length === 0) return '';
  const blocks = files.map((f) => {
    const lines = f.text.split('\n').length;
    const label = `${escapeHtml(f.path)}${f.part ? ` (${f.part})` : ''}`;
    return `<details><summary><code>${label}</code>: ${lines} line${lines === 1 ? '' : 's'}</summary>\n\n${fenced(f.text.trimEnd(), 'sql')}\n\n</details>`;
  });
  const n = files.length;
  return `**SQL this pull request adds** (${n} file${n === 1 ? '' : 's'}, in apply order):\n\n${blocks.join('\n\n')}\n`;
}
