INSERT INTO public.s VALUES (1, 'eu', '2024-05-01');
