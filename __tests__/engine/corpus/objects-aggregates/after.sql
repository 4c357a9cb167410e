CREATE FUNCTION public.add_int(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(a, 0) + coalesce(b, 0) $$;
CREATE FUNCTION public.half(x int) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT x / 2.0 $$;
CREATE AGGREGATE public.my_sum(int) (SFUNC = public.add_int, STYPE = int, INITCOND = '10', FINALFUNC = public.half);
CREATE AGGREGATE public.text_cat(text) (SFUNC = textcat, STYPE = text, INITCOND = '');
CREATE TABLE public.nums (n int);
CREATE VIEW public.total AS SELECT public.text_cat(n::text) AS t FROM public.nums;
