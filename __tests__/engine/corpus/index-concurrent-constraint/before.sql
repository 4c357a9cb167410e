CREATE TABLE public.orders (id int NOT NULL, ref text NOT NULL, note text);
