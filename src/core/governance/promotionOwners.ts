/**
 * Who "the owners" are for a `{owners: true}` approver group: the principals of `lint.owners`
 * when it is set (the override the lint gate already uses for critical changes), else the
 * CODEOWNERS owners of the changed schema and migration files. Pure.
 */
import { type Codeowners, type Owner, ownersOf, ownerText } from './codeowners.js';

export interface PromotionOwners {
  readonly owners: readonly Owner[];
  /** Where they come from, for the report. */
  readonly source: string;
}

function principalOwner(p: string): Owner {
  const s = p.replace(/^@/, '');
  const slash = s.indexOf('/');
  return slash < 0
    ? { kind: 'user', login: s }
    : { kind: 'team', org: s.slice(0, slash), slug: s.slice(slash + 1) };
}

export function promotionOwners(opts: {
  /** lint.owners: table pattern -> principals. */
  readonly lintOwners: Readonly<Record<string, readonly string[]>>;
  /** The parsed CODEOWNERS and where it was read, or null when the repository has none. */
  readonly codeowners: { readonly file: string; readonly parsed: Codeowners } | null;
  /** Repository-relative paths of the changed schema and migration files. */
  readonly files: readonly string[];
}): PromotionOwners {
  const fromLint = Object.values(opts.lintOwners).flat();
  if (fromLint.length > 0) return { owners: unique(fromLint.map(principalOwner)), source: 'lint.owners' };
  if (!opts.codeowners) return { owners: [], source: 'no CODEOWNERS file' };
  if (opts.files.length === 0)
    return { owners: [], source: `${opts.codeowners.file}, no schema or migration files` };
  const owned = ownersOf(opts.codeowners.parsed, opts.files);
  return {
    owners: unique(owned.flatMap((f) => f.owners)),
    source: `${opts.codeowners.file} for ${opts.files.length === 1 ? opts.files[0] : `${opts.files.length} schema and migration files`}`,
  };
}

function unique(owners: readonly Owner[]): Owner[] {
  const seen = new Map<string, Owner>();
  for (const o of owners) seen.set(ownerText(o).toLowerCase(), o);
  return [...seen.values()];
}
