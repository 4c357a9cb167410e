INSERT INTO public.users VALUES (1, 'a', 'a@x', 'l'), (200, 'b', NULL, NULL);
INSERT INTO public.events VALUES (1, 'audit', '{}');
