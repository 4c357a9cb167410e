CREATE TABLE public.orders (id int PRIMARY KEY, total numeric);
CREATE TABLE public.legacy (id int PRIMARY KEY);
CREATE PUBLICATION old_feed FOR TABLE public.orders, public.legacy;
