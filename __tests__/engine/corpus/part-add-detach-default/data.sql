INSERT INTO public.d VALUES (1, 1), (2, 15);
