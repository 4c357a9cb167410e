INSERT INTO public.log VALUES (1, 'x');
