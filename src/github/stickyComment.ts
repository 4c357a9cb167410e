/**
 * The body of the one schemagate comment per pull request, as pure functions: parse the
 * sections already there, replace one stage's section, render in pipeline order, and keep the
 * whole under GitHub's limit. The I/O (finding and writing the comment) is in commentStore.ts.
 */

export const MARKER = '<!-- schemagate -->';
/** GitHub rejects comment bodies longer than this. */
export const MAX_COMMENT_CHARS = 65_536;

export const sectionStart = (stage: string) => `<!-- schemagate:${stage}:start -->`;
export const sectionEnd = (stage: string) => `<!-- schemagate:${stage}:end -->`;

export const TRUNCATION_NOTE =
  "\n\n> [!NOTE]\n> This section was cut to fit GitHub's comment size limit; the full report is in the job summary of the run.\n";

/** Sections found in an existing body, by stage name. Unknown or unterminated sections are dropped. */
export function parseSections(body: string, order: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const stage of order) {
    const start = body.indexOf(sectionStart(stage));
    if (start < 0) continue;
    const from = start + sectionStart(stage).length;
    const end = body.indexOf(sectionEnd(stage), from);
    if (end < 0) continue;
    found.set(stage, body.slice(from, end).trim());
  }
  return found;
}

/** Renders the whole comment: marker, then each present section in pipeline order. */
export function renderComment(
  sections: ReadonlyMap<string, string>,
  order: readonly string[],
  limit = MAX_COMMENT_CHARS,
): string {
  const present = order.filter((s) => sections.has(s));
  const texts = new Map(present.map((s) => [s, sections.get(s)!.trim()]));
  // Blank lines around the text: a table or list right before an HTML comment could swallow it.
  const frame = (s: string, text: string) => `${sectionStart(s)}\n\n${text}\n\n${sectionEnd(s)}`;
  const assemble = () => [MARKER, ...present.map((s) => frame(s, texts.get(s)!))].join('\n\n').concat('\n');
  let body = assemble();
  // Cut the longest section first, repeatedly: one huge report must not push the others out.
  while (body.length > limit) {
    const longest = present.reduce((a, b) => (texts.get(a)!.length >= texts.get(b)!.length ? a : b));
    const text = texts.get(longest)!;
    const excess = body.length - limit;
    const keep = Math.max(0, text.length - excess - TRUNCATION_NOTE.length - 1);
    const wasCut = text.endsWith(TRUNCATION_NOTE.trim());
    const base = wasCut ? text.slice(0, text.length - TRUNCATION_NOTE.trim().length) : text;
    if (keep === 0 && base.length === 0) break;
    texts.set(longest, `${base.slice(0, Math.min(keep, base.length - 1))}${TRUNCATION_NOTE}`.trim());
    body = assemble();
  }
  return body;
}

/** The new body after rewriting one stage's section of `existing` (undefined: a new comment). */
export function withSection(
  existing: string | undefined,
  stage: string,
  markdown: string,
  order: readonly string[],
): string {
  const sections = parseSections(existing ?? '', order);
  sections.set(stage, markdown);
  return renderComment(sections, order);
}

/** Whether a comment carries the marker at its very start, as schemagate writes it (a quote does not). */
export function hasMarker(body: string | undefined | null): boolean {
  return typeof body === 'string' && body.trimStart().startsWith(MARKER);
}
