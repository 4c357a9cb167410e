INSERT INTO public.slots VALUES (1, 1, 'a'), (2, 2, 'b');
