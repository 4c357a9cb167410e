/**
 * The declared plan in the drift-check comment: with a declared schema, the SQL that would turn the
 * checked database (the pull request's live database, else the replayed migrations) into the
 * declared schema, collapsed, so reviewers can check it against the intent (as atlas-action does).
 * Cut by the shared rule of sqlCut.ts; the JSON validation report keeps it whole.
 */
import type { DriftState } from '../drift/types.js';
import { STATE_LABELS } from '../drift/types.js';
import { code, fenced } from './driftMarkdown.js';
import { type CutLimits, cutNote, cutSql, SECTION_SQL_LIMITS } from './sqlCut.js';

export interface DeclaredPlan {
  /** The state the plan starts from: `live` when there is a database, else `replayed`. */
  readonly from: DriftState;
  readonly sql: string;
  readonly statements: number;
  /** Changes the planner cannot express as SQL. */
  readonly unsupported: readonly string[];
  /** The declared schema directory as configured, for the command that shows the whole plan. */
  readonly schemaDir: string;
}

/** The command that prints the whole plan, for the cut note. */
export function declaredPlanCommand(plan: Pick<DeclaredPlan, 'from' | 'schemaDir'>): string {
  return plan.from === 'live'
    ? code(`npx schemagate diff --from "$DATABASE_URL" --to ${plan.schemaDir}`)
    : `${code('npx schemagate new <name>')} (writes it as the next migration)`;
}

export function renderDeclaredPlan(plan: DeclaredPlan, limits: CutLimits = SECTION_SQL_LIMITS): string {
  const source = STATE_LABELS[plan.from];
  const n = plan.statements;
  const what = `${n} statement${n === 1 ? '' : 's'}`;
  if (n === 0 && plan.unsupported.length === 0)
    return `**Declared plan**: nothing would run: the ${source} and the declared schema are the same.\n`;
  const c = cutSql(plan.sql, limits);
  const out = [
    `<details><summary><b>Declared plan</b>: SQL from the ${source} to the declared schema (${what}, ${c.totalLines} line${c.totalLines === 1 ? '' : 's'})</summary>`,
    '',
  ];
  if (c.text !== '') out.push(fenced(c.text, 'sql'), '');
  if (c.cut)
    out.push(
      cutNote(
        c,
        `${declaredPlanCommand(plan)}; the JSON validation report has it whole (${code('declaredPlan.sql')}).`,
        limits,
      ),
      '',
    );
  for (const u of plan.unsupported)
    out.push(`> [!WARNING]\n> Not expressible as SQL by schemagate: ${u}`, '');
  out.push('</details>');
  return `${out.join('\n')}\n`;
}
