CREATE FUNCTION public.add_int(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(a, 0) + coalesce(b, 0) $$;
CREATE AGGREGATE public.my_sum(int) (SFUNC = public.add_int, STYPE = int, INITCOND = '0');
CREATE AGGREGATE public.gone(int) (SFUNC = int4pl, STYPE = int);
CREATE TABLE public.nums (n int);
