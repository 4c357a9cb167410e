INSERT INTO public.items VALUES (1, 'a', 3), (2, 'b', NULL);
