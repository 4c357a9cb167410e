/** GitHub rejects commit status descriptions longer than this. */
export const MAX_STATUS_DESCRIPTION = 140;

/** One line, at most 140 characters, cut with an ellipsis. */
export function cutDescription(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= MAX_STATUS_DESCRIPTION
    ? oneLine
    : `${oneLine.slice(0, MAX_STATUS_DESCRIPTION - 1)}…`;
}
