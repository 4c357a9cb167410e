INSERT INTO public.base VALUES (1), (2);
