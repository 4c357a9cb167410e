INSERT INTO public.w VALUES (1), (2);
