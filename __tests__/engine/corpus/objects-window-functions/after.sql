CREATE TABLE public.w (id int);
CREATE FUNCTION public.my_rank() RETURNS bigint LANGUAGE internal WINDOW IMMUTABLE AS 'window_rank';
CREATE FUNCTION public.my_row_number() RETURNS bigint LANGUAGE internal WINDOW IMMUTABLE AS 'window_row_number';
CREATE VIEW public.ranked AS SELECT id, public.my_row_number() OVER (ORDER BY id) AS rn FROM public.w;
