CREATE SCHEMA "My Schema";
CREATE TABLE "My Schema"."Events ""x""" (id int, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE "My Schema".events_2024 PARTITION OF "My Schema"."Events ""x""" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE PUBLICATION "Odd ""pub""" FOR TABLE "My Schema"."Events ""x""" WITH (publish = 'insert, delete', publish_via_partition_root = true);
CREATE PUBLICATION plain_pub FOR TABLE "My Schema".events_2024;
COMMENT ON PUBLICATION "Odd ""pub""" IS 'it''s odd';
