CREATE TYPE public.floatrange AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
CREATE TYPE public.textrange AS RANGE (SUBTYPE = text, COLLATION = "C");
CREATE TABLE public.r (id int PRIMARY KEY, span public.floatrange, names public.textrange);
