CREATE SCHEMA "My Schema";
CREATE TABLE "My Schema"."select" ("we""ird" int PRIMARY KEY, "Name" text);
CREATE TYPE "My Schema"."Mood" AS ENUM ('a''b', 'c');
