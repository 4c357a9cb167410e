INSERT INTO public.r VALUES (1), (2);
