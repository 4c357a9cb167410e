CREATE DOMAIN public.pos AS integer CHECK (VALUE > 0);
CREATE DOMAIN public.old_dom AS text;
CREATE TYPE public.addr AS (street text, city text);
CREATE TYPE public.shuffled AS (x int, y int);
CREATE TABLE public.place (id int PRIMARY KEY, n public.pos);
