import { configSchema, defaultConfig, parseConfig } from '../../src/core/config/index.js';
import { ConfigError } from '../../src/core/errors.js';

function fail(text: string): ConfigError {
  try {
    parseConfig(text, 'schemagate.yml');
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('schemagate.yml loader', () => {
  it('fills every default', () => {
    const c = defaultConfig();
    expect(c.migrations).toEqual({
      dir: 'db/migrations',
      format: 'auto',
      revisions_schema: 'public',
      allow_out_of_order: false,
      lock_timeout: '10s',
      statement_timeout: 0,
      advisory_lock_timeout: '60s',
      require_down: false,
      verify_down: false,
    });
    expect(c.mode).toBe('canary');
    expect(c.neon.branch_name).toBe('preview/pr-{number}');
    expect(c.drift.bypass_label).toBe('schemagate:emergency-bypass');
    expect(c.lint.approvals.medium.count).toBe(1);
    expect(c.lint.approvals.low.count).toBe(0);
    expect(c.schema).toBeUndefined();
  });

  it('writes out exactly the defaults the schema fills in for an empty file', () => {
    // defaults.ts spares a project without schemagate.yml from loading zod: it must not drift.
    expect(defaultConfig()).toStrictEqual(configSchema.parse({}));
    expect(defaultConfig()).not.toBe(defaultConfig());
  });

  it('accepts the migrations directory as a plain string', () => {
    const c = parseConfig('migrations: sql/migrations\nmode: strict\n', 'schemagate.yml');
    expect(c.migrations.dir).toBe('sql/migrations');
    expect(c.migrations.format).toBe('auto');
    expect(c.mode).toBe('strict');
  });

  it('names an unknown key with its path and line:column', () => {
    const e = fail('mode: strict\ndrift:\n  ignore_tables: []\n  critical_tabels: [users]\n');
    expect(e.message).toBe(
      'schemagate.yml:4:3: drift.critical_tabels: unknown key (allowed here: ignore_tables, critical_tables, schemas, baseline, bypass_label, metrics, pairs, strict_blocks, new_table_notify)',
    );
    expect(e.exitCode).toBe(2);
  });

  it('names a wrong type with the key path and position of the value', () => {
    const e = fail('lint:\n  pg_version: fifteen\n');
    expect(e.keyPath).toBe('lint.pg_version');
    expect(e.line).toBe(2);
    expect(e.column).toBe(15);
  });

  it('reports an invalid enum value', () => {
    const e = fail('mode: yolo\n');
    expect(e.message).toMatch(/^schemagate\.yml:1:7: mode: /);
    expect(e.message).toContain('canary');
  });

  it('reports bad YAML with line and column', () => {
    const e = fail('mode: strict\ndrift: [unclosed\n');
    expect(e.message).toMatch(/^schemagate\.yml:\d+:\d+: invalid YAML: /);
  });

  it('rejects an invalid regular expression in drift.ignore_tables, naming it', () => {
    const e = fail('drift:\n  ignore_tables: ["^ok$", "([unclosed"]\n');
    expect(e.keyPath).toBe('drift.ignore_tables.1');
    expect(e.message).toContain('invalid regular expression "([unclosed"');
    expect(e.line).toBe(2);
  });

  it('rejects a file that is not a mapping', () => {
    expect(fail('- a\n- b\n').message).toContain('must be a mapping');
  });
});
