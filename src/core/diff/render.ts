/** The plan as one SQL script: statements separated by blank lines, caveats as comments. */
import type { Plan } from './types.js';

export function renderPlanSql(plan: Plan): string {
  const parts: string[] = [];
  for (const u of plan.unsupported) {
    // A name may hold a newline; inside a `--` comment that would start a line of live SQL.
    parts.push(
      `-- schemagate: unsupported ${u.kind} ${u.name}: ${u.reason}`.replace(/[\r\n\u2028\u2029]+/g, ' '),
    );
  }
  const head = parts.length > 0 ? `${parts.join('\n')}\n\n` : '';
  const body = plan.statements
    .map((s) => {
      const marks: string[] = [];
      if (!s.transactional) marks.push('-- schemagate: non-transactional: run outside a transaction block');
      if (s.dataLoss) marks.push('-- schemagate: data loss');
      return `${marks.map((m) => `${m}\n`).join('')}${s.sql};`;
    })
    .join('\n\n');
  if (!head && !body) return '';
  return `${head}${body}${body ? '\n' : ''}`;
}
