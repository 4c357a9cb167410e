/**
 * Colour for the lint report's terminal text (lintText.ts stays the one text renderer): the risk
 * level of each finding and the gate line. Plain text passes through unchanged without colour.
 */
import type { TerminalStyle } from './terminalStyle.js';

const RISK = /^(\S.*?:\d+:\d+: )(none|low|medium|high|critical)( \S+:)/;

export function colourLintText(text: string, s: TerminalStyle): string {
  if (!s.colour) return text;
  const paint: Record<string, (t: string) => string> = {
    none: s.dim,
    low: s.dim,
    medium: s.yellow,
    high: s.red,
    critical: (t) => s.bold(s.red(t)),
  };
  return text
    .split('\n')
    .map((line) => {
      const m = RISK.exec(line);
      if (m) return `${m[1]}${paint[m[2]](m[2])}${s.bold(m[3])}${line.slice(m[0].length)}`;
      if (line.startsWith('gate: fail')) return s.red(line);
      if (line.startsWith('gate: pass')) return s.green(line);
      return line;
    })
    .join('\n');
}
