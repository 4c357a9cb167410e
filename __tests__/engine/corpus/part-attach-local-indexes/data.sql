INSERT INTO public.m VALUES (1, '2024-02-01', 'a'), (2, '2025-03-01', 'b');
