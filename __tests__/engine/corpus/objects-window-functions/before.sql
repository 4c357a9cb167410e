CREATE TABLE public.w (id int);
CREATE FUNCTION public.my_rank() RETURNS bigint LANGUAGE internal WINDOW IMMUTABLE AS 'window_rank';
