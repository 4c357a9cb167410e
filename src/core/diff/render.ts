/** The plan as one SQL script: statements separated by blank lines, caveats as comments. */
import { describeUnsupported } from './refusal.js';
import type { Plan } from './types.js';

export function renderPlanSql(plan: Plan): string {
  const parts: string[] = [];
  if (plan.unsupported.length > 0) {
    // Only printed when the caller accepted a partial plan (or for a report): say so first.
    parts.push(
      `-- schemagate: PARTIAL PLAN: ${plan.unsupported.length} unsupported change${plan.unsupported.length === 1 ? ' is' : 's are'} left out; applying this does not reach the target schema`,
    );
  }
  for (const u of plan.unsupported) {
    // A name may hold a newline; inside a `--` comment that would start a line of live SQL.
    parts.push(`-- schemagate: unsupported ${describeUnsupported(u)}`);
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
