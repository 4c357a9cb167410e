INSERT INTO public.legacy VALUES (1, 'a'), (2, 'b');
INSERT INTO public.keep VALUES (1), (2), (3);
