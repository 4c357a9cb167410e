CREATE SCHEMA sales;
CREATE SCHEMA stock;
CREATE SCHEMA old;
CREATE TABLE sales.orders (id int PRIMARY KEY);
CREATE TABLE stock.items (id int PRIMARY KEY);
CREATE TABLE old.junk (id int);
CREATE PUBLICATION by_schema FOR TABLES IN SCHEMA sales, old;
CREATE PUBLICATION everything;
