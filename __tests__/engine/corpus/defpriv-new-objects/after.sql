CREATE TABLE public.existing (id int);
CREATE TABLE public.added (id int);
CREATE SEQUENCE public.counter;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO sg_dp_reader_{run};
