/**
 * The baseline snapshot: the model's comparison form (owners, column positions and the server
 * version blanked, see model/normalize.ts; view text left out) as deterministic, diff-friendly
 * JSON: keys sorted at every depth, two-space indent, newline at the end, with the SHA-256 of that
 * canonical form, so the same schema gives the same file on PostgreSQL 13 to 18 and in any
 * creation order.
 */
import { ConfigError } from '../errors.js';
import { modelHash, normalizeModel, stableStringify, withoutEmptyAdditions } from '../model/normalize.js';
import { emptyModel, type SchemaModel } from '../model/types.js';

export const BASELINE_FORMAT = 'schemagate-baseline/1';

/** SHA-256 (hex) of the model's canonical form as a baseline holds it: the same on every server version. */
export function schemaHash(model: SchemaModel): string {
  return modelHash(baselineModel(model));
}

/**
 * The model as a baseline holds it: the comparison form, without view text (PostgreSQL 16 prints
 * the same view differently from 15; the version-independent fingerprint stays).
 */
export function baselineModel(model: SchemaModel): SchemaModel {
  const normal = normalizeModel(model);
  const noText = <T extends { definition: string }>(rec: Readonly<Record<string, T>>): Record<string, T> =>
    Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, { ...v, definition: '' }]));
  return { ...normal, views: noText(normal.views), materializedViews: noText(normal.materializedViews) };
}

export function renderBaseline(model: SchemaModel): string {
  const { serverVersion: _version, ...portable } = withoutEmptyAdditions(baselineModel(model));
  return `${stableStringify({ format: BASELINE_FORMAT, sha256: schemaHash(model), model: portable }, 2)}\n`;
}

/** Reads a baseline file; malformed or hand-edited content is a ConfigError naming the file. */
export function parseBaseline(text: string, file: string): { model: SchemaModel; sha256: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(file, '', `baseline is not valid JSON: ${(err as Error).message}`);
  }
  const d = doc as { format?: unknown; sha256?: unknown; model?: unknown };
  if (!d || typeof d !== 'object' || d.format !== BASELINE_FORMAT) {
    throw new ConfigError(
      file,
      'format',
      `not a schemagate baseline (expected format ${JSON.stringify(BASELINE_FORMAT)}); write one with \`schemagate baseline update\``,
    );
  }
  if (!d.model || typeof d.model !== 'object' || Array.isArray(d.model)) {
    throw new ConfigError(file, 'model', 'the baseline has no model object');
  }
  const base = emptyModel(0);
  const model = { ...base, ...(d.model as object), serverVersion: 0 } as SchemaModel;
  for (const key of Object.keys(base) as (keyof SchemaModel)[]) {
    if (key === 'serverVersion') continue;
    const v = model[key];
    const isList = key === 'unsupported';
    const ok = isList ? Array.isArray(v) : v !== null && typeof v === 'object' && !Array.isArray(v);
    if (!ok) throw new ConfigError(file, `model.${key}`, `expected ${isList ? 'an array' : 'an object'}`);
  }
  const actual = schemaHash(model);
  if (d.sha256 !== actual) {
    throw new ConfigError(
      file,
      'sha256',
      `does not match the model (computed ${actual}): the file was edited by hand or is damaged; regenerate it with \`schemagate baseline update\``,
    );
  }
  return { model, sha256: actual };
}

/** `ci/schema_baseline.json` -> `ci/schema_baseline.2026-11-30T02-15-00Z.json` (colons are not portable in file names). */
export function backupPath(path: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  const m = /^(.*?)(\.json)?$/i.exec(path)!;
  return `${m[1]}.${stamp}${m[2] ?? '.json'}`;
}
