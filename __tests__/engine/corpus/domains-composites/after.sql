CREATE DOMAIN public.pos AS integer DEFAULT 1 NOT NULL CONSTRAINT pos_check CHECK (VALUE > 0) CONSTRAINT pos_small CHECK (VALUE < 1000);
CREATE DOMAIN public.email AS text COLLATE "C" CHECK (VALUE LIKE '%@%');
CREATE TYPE public.addr AS (street text, city varchar(80), zip text);
CREATE TYPE public.shuffled AS (y int, x int);
CREATE TYPE public.pair AS (a int, b public.pos);
CREATE TABLE public.place (id int PRIMARY KEY, n public.pos, e public.email, p public.pair, a public.addr);
