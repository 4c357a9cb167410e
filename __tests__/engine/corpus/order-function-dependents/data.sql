INSERT INTO public.items VALUES (1, 5), (2, 7), (3, DEFAULT);
