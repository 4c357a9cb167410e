INSERT INTO "My Schema"."Events ""x""" VALUES (1, '2024-03-01');
