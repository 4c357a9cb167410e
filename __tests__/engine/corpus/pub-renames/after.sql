-- schemagate:rename public.people persons
-- schemagate:rename public.persons.name full_name
CREATE TABLE public.persons (id int PRIMARY KEY, full_name text);
CREATE PUBLICATION feed FOR TABLE public.persons (id, full_name);
