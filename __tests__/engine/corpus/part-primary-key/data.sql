INSERT INTO public.p VALUES (1, 'eu', 1), (2, 'us', 2);
