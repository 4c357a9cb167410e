CREATE TABLE public.p (id int, region text NOT NULL, v int, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE public.p_eu PARTITION OF public.p FOR VALUES IN ('eu');
CREATE TABLE public.p_us PARTITION OF public.p FOR VALUES IN ('us');
ALTER TABLE public.p ADD CONSTRAINT p_v_check CHECK (v > 0);
