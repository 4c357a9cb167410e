CREATE EXTENSION citext WITH SCHEMA public;
CREATE EXTENSION pg_trgm WITH SCHEMA public;
CREATE TABLE public.words (id int PRIMARY KEY, w public.citext);
CREATE INDEX words_trgm_idx ON public.words USING gin ((w::text) public.gin_trgm_ops);
