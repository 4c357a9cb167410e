INSERT INTO public.names VALUES (1, 'x', 'y'), (2, NULL, 'z');
