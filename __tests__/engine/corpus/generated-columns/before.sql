CREATE TABLE public.box (id int PRIMARY KEY, w int, h int, area int GENERATED ALWAYS AS (w * h) STORED, fixed int GENERATED ALWAYS AS (w + 1) STORED);
COMMENT ON COLUMN public.box.area IS 'w times h';
