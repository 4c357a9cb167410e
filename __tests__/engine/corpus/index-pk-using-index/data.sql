INSERT INTO public.accounts VALUES (1, 'x'), (2, 'y');
INSERT INTO public.tags VALUES (1, 1), (1, 2);
