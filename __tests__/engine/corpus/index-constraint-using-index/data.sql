INSERT INTO public.users VALUES (1, 'a@x', 'a'), (2, 'b@x', 'b'), (3, NULL, NULL);
