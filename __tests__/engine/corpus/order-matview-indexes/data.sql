INSERT INTO public.sales VALUES (1, 'eu', 10), (2, 'us', 20.5), (3, 'eu', NULL);
