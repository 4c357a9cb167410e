INSERT INTO public.events VALUES (1, 'a', '2024-01-01'), (2, NULL, NULL);
