INSERT INTO public.docs (id, owner, price) VALUES (1, 10, 5), (2, 11, 7);
