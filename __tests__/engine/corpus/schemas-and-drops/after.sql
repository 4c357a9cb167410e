CREATE SCHEMA app;
CREATE SCHEMA fresh;
CREATE TABLE app.keep (id int PRIMARY KEY, a_ref int);
CREATE TYPE fresh.k AS ENUM ('y');
CREATE TABLE fresh.n (id int PRIMARY KEY, keep_id int REFERENCES app.keep, k fresh.k);
CREATE VIEW fresh.v AS SELECT n.id, keep.a_ref FROM fresh.n JOIN app.keep ON keep.id = n.keep_id;
