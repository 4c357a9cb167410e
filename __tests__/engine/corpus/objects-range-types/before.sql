CREATE TYPE public.floatrange AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
CREATE TYPE public.oldrange AS RANGE (SUBTYPE = int4);
CREATE TABLE public.r (id int PRIMARY KEY);
