import { nameList, refFromNames, tableLabel } from '../ast.js';
import { defineRule } from './define.js';

export const domainConstraint = defineRule({
  id: 'domain-constraint',
  kinds: ['AlterDomainStmt', 'CreateDomainStmt'],
  risk: 'medium',
  summary: 'ALTER DOMAIN ... ADD CONSTRAINT, CREATE DOMAIN ... CHECK',
  why: 'ALTER DOMAIN ADD CONSTRAINT checks every column of every table that uses the domain while holding locks on them, and a later change to a domain constraint has the same cost. A CHECK on a domain is hidden from the table definition and cannot be added NOT VALID per table; a CHECK on the table column is easier to change safely.',
  lockRule: false,
  dataAware: false,
  examples: {
    bad: [
      { sql: 'ALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (VALUE > 0);' },
      {
        sql: 'CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);',
        note: 'Low: the domain is new, but its checks will be costly to change.',
      },
    ],
    good: [
      {
        sql: 'ALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (VALUE > 0) NOT VALID;\nALTER DOMAIN positive_int VALIDATE CONSTRAINT positive;',
      },
      { sql: 'CREATE DOMAIN email AS text;' },
    ],
  },
  check(stmt) {
    if (stmt.kind === 'CreateDomainStmt') {
      const checks = (stmt.ast.constraints ?? []).filter(
        (c: any) => c?.Constraint?.contype === 'CONSTR_CHECK',
      );
      if (!checks.length) return [];
      const name = tableLabel(refFromNames(nameList(stmt.ast.domainname)));
      return [
        {
          risk: 'low' as const,
          message: `domain ${name} has a CHECK: every later change to it re-checks all columns of the domain`,
          subject: `CREATE DOMAIN ${name} CHECK`,
          safeAlternative: `CREATE DOMAIN ${name} AS <type>;  -- and put the CHECK on each table column, where NOT VALID + VALIDATE works`,
        },
      ];
    }
    const a = stmt.ast;
    if (a.subtype !== 'C' || !a.def?.Constraint || a.def.Constraint.skip_validation) return [];
    const name = tableLabel(refFromNames(nameList(a.typeName)));
    const con = a.def.Constraint.conname ?? '<constraint>';
    return [
      {
        message: `ALTER DOMAIN ${name} ADD CONSTRAINT checks every column that uses the domain, under lock`,
        subject: `ALTER DOMAIN ${name} ADD CONSTRAINT`,
        safeAlternative: `${stmt.text} NOT VALID;\nALTER DOMAIN ${name} VALIDATE CONSTRAINT ${con};  -- in a later step; does not block writes`,
      },
    ];
  },
});
