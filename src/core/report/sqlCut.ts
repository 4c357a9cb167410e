/**
 * One rule for cutting SQL shown in the PR comment (migration files the pull request adds, the
 * declared plan): at most 300 lines and 15,000 characters per section, cut at a line boundary,
 * with a note that says what was cut and the command that shows it all. Two sections at that size
 * leave room for the rest of the comment under GitHub's 65,536 characters; the sticky comment's
 * own cut (github/stickyComment.ts) stays the last guard.
 */

export interface CutLimits {
  readonly maxLines: number;
  readonly maxChars: number;
}

export const SECTION_SQL_LIMITS: CutLimits = { maxLines: 300, maxChars: 15_000 };

export interface CutText {
  /** What is shown: whole lines only. */
  readonly text: string;
  readonly totalLines: number;
  readonly shownLines: number;
  /** Characters left out (0 when nothing was cut). */
  readonly hiddenChars: number;
  readonly cut: boolean;
}

const countLines = (text: string) => (text === '' ? 0 : text.split('\n').length);

/** The longest prefix of whole lines within both limits. */
export function cutSql(sql: string, limits: CutLimits = SECTION_SQL_LIMITS): CutText {
  const text = sql.trimEnd();
  const lines = text === '' ? [] : text.split('\n');
  let chars = 0;
  let shown = 0;
  for (const line of lines) {
    const next = chars + line.length + (shown > 0 ? 1 : 0);
    if (shown >= limits.maxLines || next > limits.maxChars) break;
    chars = next;
    shown++;
  }
  const kept = lines.slice(0, shown).join('\n');
  return {
    text: kept,
    totalLines: lines.length,
    shownLines: shown,
    hiddenChars: text.length - kept.length,
    cut: shown < lines.length,
  };
}

const n = (x: number) => x.toLocaleString('en-US');

/** The line under a cut block: what is missing and how to see it all. */
export function cutNote(
  what: { readonly totalLines: number; readonly shownLines: number; readonly hiddenChars: number },
  seeAll: string,
  limits: CutLimits = SECTION_SQL_LIMITS,
): string {
  return `> [!NOTE]\n> Cut to fit the comment (at most ${n(limits.maxLines)} lines and ${n(limits.maxChars)} characters of SQL per section): showing ${n(what.shownLines)} of ${n(what.totalLines)} lines; ${n(what.totalLines - what.shownLines)} lines (${n(what.hiddenChars)} characters) are not shown. To see it all: ${seeAll}`;
}

export { countLines };
