CREATE TABLE public.box (id int PRIMARY KEY, w int, h int, area bigint GENERATED ALWAYS AS (w::bigint * h) STORED, fixed int, perimeter int GENERATED ALWAYS AS (2 * (w + h)) STORED);
COMMENT ON COLUMN public.box.area IS 'w times h';
