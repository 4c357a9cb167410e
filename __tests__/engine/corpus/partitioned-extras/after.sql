CREATE TABLE public.customers (id int PRIMARY KEY);
CREATE TABLE public.sales (id int, sold date NOT NULL, customer_id int, amount numeric(12,2) DEFAULT 0, CONSTRAINT sales_pkey PRIMARY KEY (id, sold)) PARTITION BY RANGE (sold);
CREATE TABLE public.sales_2024 PARTITION OF public.sales FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.sales_2025 PARTITION OF public.sales FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.sales ADD CONSTRAINT sales_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers (id);
ALTER TABLE public.sales ADD CONSTRAINT sales_amount_check CHECK (amount >= 0);
CREATE FUNCTION public.audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER sales_audit AFTER INSERT ON public.sales FOR EACH ROW EXECUTE FUNCTION public.audit();
CREATE INDEX sales_customer_idx ON public.sales (customer_id);
