/**
 * Colour for the terminal sink only: on when stdout is a TTY, off under NO_COLOR (any non-empty
 * value, no-color.org), forced by FORCE_COLOR (except 0/false), off for TERM=dumb. The comment
 * and job summary renderers never use it, so escape codes cannot leak into them. Pure: the edge
 * passes the environment and whether stdout is a TTY.
 */

export interface TerminalStyle {
  readonly colour: boolean;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

export function colourWanted(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

export function terminalStyle(colour: boolean): TerminalStyle {
  return colour
    ? { colour, red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), bold: sgr(1, 22), dim: sgr(2, 22) }
    : { colour, red: plain, yellow: plain, green: plain, bold: plain, dim: plain };
}
