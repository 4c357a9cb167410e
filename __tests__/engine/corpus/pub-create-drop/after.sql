CREATE TABLE public.orders (id int PRIMARY KEY, total numeric);
CREATE TABLE public.customers (id int PRIMARY KEY, name text);
CREATE PUBLICATION new_feed FOR TABLE public.orders, public.customers WITH (publish = 'insert, update');
COMMENT ON PUBLICATION new_feed IS 'feed for the warehouse';
