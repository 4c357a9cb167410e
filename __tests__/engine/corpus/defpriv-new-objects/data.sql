INSERT INTO public.existing VALUES (1);
