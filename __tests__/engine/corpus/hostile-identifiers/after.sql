CREATE SCHEMA "My Schema";
CREATE TABLE "My Schema"."select" ("we""ird" bigint PRIMARY KEY, "Name" text NOT NULL DEFAULT 'it''s', "café" text, "order" int, "$x" int);
CREATE TYPE "My Schema"."Mood" AS ENUM ('a''b', 'c', 'd"e', 'f\g', '; DROP TABLE x; --');
CREATE TABLE "My Schema"."tab le" ("col umn" "My Schema"."Mood", "Ünïcödé" text CHECK ("Ünïcödé" <> 'x'));
CREATE INDEX "idx ""quoted""" ON "My Schema"."tab le" ("col umn");
CREATE VIEW "My Schema"."view ""v""" AS SELECT "we""ird", "order" FROM "My Schema"."select";
COMMENT ON TABLE "My Schema"."select" IS 'it''s a table; DROP TABLE x; -- \ backslash';
COMMENT ON COLUMN "My Schema"."tab le"."col umn" IS 'column "quoted"';
GRANT SELECT ON "My Schema"."select" TO "Sg Corpus ""Odd"" {run}";
