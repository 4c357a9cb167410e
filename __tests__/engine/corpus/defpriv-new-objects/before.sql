CREATE TABLE public.existing (id int);
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO sg_dp_reader_{run};
