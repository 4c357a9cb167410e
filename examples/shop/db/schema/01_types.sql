-- Order lifecycle; labels are what the application writes.
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
