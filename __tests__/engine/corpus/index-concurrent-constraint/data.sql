INSERT INTO public.orders VALUES (1, 'r1', 'n'), (2, 'r2', NULL);
