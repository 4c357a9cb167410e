/** Generated benchmark schemas: N tables with indexes, a foreign key chain and views, and a changed copy. */

export function baseSchema(n) {
  const out = ['CREATE SCHEMA bench;'];
  for (let i = 0; i < n; i++) {
    const fk = i > 0 ? `, parent_id bigint REFERENCES bench.t_${i - 1}(id)` : ', parent_id bigint';
    out.push(
      `CREATE TABLE bench.t_${i} (id bigint PRIMARY KEY, a integer NOT NULL DEFAULT 0, b text, c timestamptz DEFAULT now()${fk});`,
      `CREATE INDEX t_${i}_a_idx ON bench.t_${i} (a);`,
      `CREATE INDEX t_${i}_b_idx ON bench.t_${i} (b) WHERE b IS NOT NULL;`,
    );
    if (i % 10 === 0 && i > 0) {
      out.push(
        `CREATE VIEW bench.v_${i} AS SELECT t.id, t.a, p.b FROM bench.t_${i} t LEFT JOIN bench.t_${i - 1} p ON p.id = t.parent_id;`,
      );
    }
  }
  return out.join('\n');
}

/** About 10% of tables change: columns added and retyped (under views), indexes dropped/added, views redefined. */
export function changes(n) {
  const out = [];
  for (let i = 1; i < n; i++) {
    switch (i % 50) {
      case 1:
        out.push(`ALTER TABLE bench.t_${i} ADD COLUMN d integer;`);
        break;
      case 2:
        out.push(`DROP INDEX bench.t_${i}_b_idx;`);
        break;
      case 3:
        out.push(`CREATE INDEX t_${i}_ba_idx ON bench.t_${i} (b, a);`);
        break;
      case 4:
        out.push(`ALTER TABLE bench.t_${i} ALTER COLUMN b SET NOT NULL;`);
        break;
      case 10:
        // A type change under a view: the view must be dropped and created again.
        out.push(
          `DROP VIEW bench.v_${i};`,
          `ALTER TABLE bench.t_${i} ALTER COLUMN a TYPE bigint;`,
          `CREATE VIEW bench.v_${i} AS SELECT t.id, t.a, p.b FROM bench.t_${i} t LEFT JOIN bench.t_${i - 1} p ON p.id = t.parent_id;`,
        );
        break;
      case 20:
        out.push(
          `CREATE OR REPLACE VIEW bench.v_${i} AS SELECT t.id, t.a, p.b FROM bench.t_${i} t LEFT JOIN bench.t_${i - 1} p ON p.id = t.parent_id WHERE t.a > 0;`,
        );
        break;
      case 30:
        out.push(`COMMENT ON TABLE bench.t_${i} IS 'changed';`);
        break;
      default:
        break;
    }
  }
  return out.join('\n');
}
