INSERT INTO public.nums VALUES (1), (2);
