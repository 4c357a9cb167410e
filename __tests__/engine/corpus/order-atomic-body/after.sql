CREATE TABLE public.base (id int PRIMARY KEY);
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric NOT NULL DEFAULT 0);
CREATE FUNCTION public.order_total(p_id int) RETURNS numeric LANGUAGE sql STABLE
RETURN (SELECT total FROM public.orders WHERE id = p_id);
CREATE PROCEDURE public.bump(p_id int) LANGUAGE sql
BEGIN ATOMIC
  UPDATE public.orders SET total = total + 1 WHERE id = p_id;
END;
CREATE VIEW public.order_totals AS SELECT id, public.order_total(id) AS total FROM public.orders;
