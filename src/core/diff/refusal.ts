/**
 * A plan with an unsupported change is not a plan: applying the rest fails halfway or leaves the
 * database short of the target. Callers refuse it whole unless the user asked for the supported
 * part explicitly (which renderPlanSql marks as partial).
 */
import { InputError } from '../errors.js';
import type { Plan, UnsupportedChange } from './types.js';

export class UnsupportedPlanError extends InputError {
  override readonly name = 'UnsupportedPlanError';
  constructor(
    readonly command: string,
    readonly changes: readonly UnsupportedChange[],
    partialFlag: string,
  ) {
    super(
      [
        `refused: ${changes.length} change${changes.length === 1 ? '' : 's'} cannot be planned, so no plan is printed:`,
        ...changes.map((u) => `  ${describeUnsupported(u)}`),
        `Change the schema so these are not needed, or pass ${partialFlag} to print the supported part, marked as partial.`,
      ].join('\n'),
    );
  }
}

/** One line naming the object and the reason; newlines in names cannot break the line. */
export function describeUnsupported(u: UnsupportedChange): string {
  return `${u.kind} ${u.name}: ${u.reason}`.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** Throws UnsupportedPlanError when the plan has unsupported changes and `partial` is not set. */
export function refuseUnsupported(
  command: string,
  plan: Plan,
  partial: boolean,
  partialFlag = '--partial',
): void {
  if (plan.unsupported.length > 0 && !partial)
    throw new UnsupportedPlanError(command, plan.unsupported, partialFlag);
}
