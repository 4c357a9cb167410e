INSERT INTO public.a VALUES (1);
INSERT INTO public.b VALUES (1, 'x'), (2, NULL);
