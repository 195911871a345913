import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The public pagila schema (MIT, /work/shared/fixtures/pagila.LICENSE), read where it lives, never copied. */
const FIXTURE = join(import.meta.dirname, '../../../../../shared/fixtures/pagila-schema.sql');

/**
 * The dump, made loadable by the PostgreSQL the tests run (15): it was written by a newer one. uuidv7()
 * (PostgreSQL 18) becomes gen_random_uuid(), a virtual generated column a stored one, and the pgvector
 * extension with the one table that needs it is left out (it is not installed, and holds nothing personal).
 */
function loadablePagila(): string {
  const dump = readFileSync(FIXTURE, 'utf8');
  return dump
    .split(/\n(?=--\n-- Name: )/)
    .filter((section) => !/vector|film_embedding/.test(section.slice(0, 200)))
    .join('\n')
    .replaceAll('uuidv7()', 'gen_random_uuid()')
    .replace(/GENERATED ALWAYS AS \((.*)\) VIRTUAL/g, 'GENERATED ALWAYS AS ($1) STORED');
}

/** Runs the schema through psql, as a pg_dump is meant to be restored, stopping at the first error. */
export function loadPagilaSchema(databaseUrl: string): void {
  const result = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', databaseUrl], {
    input: loadablePagila(),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`psql could not load pagila: ${result.stderr || result.error?.message}`);
}

export const PAGILA_CUSTOMERS = 200;

/**
 * Generated data: one country and city, 200 customers each with their own address, two stores and their
 * managers (staff and store reference each other, so foreign key triggers are off while loading), 20 films
 * in 100 copies, 1,000 rentals (5 per customer) each paid once, in the partitions of January and February 2022.
 */
export const PAGILA_DATA = `
set session_replication_role = replica;
insert into country (country_id, country) values (1, 'Canada');
insert into city (city_id, city, country_id) values (1, 'Montréal', 1);
insert into address (address_id, address, address2, district, city_id, postal_code, phone)
  select g, g || ' rue Saint-Denis', case when g % 3 = 0 then 'app. ' || g end, 'Québec', 1,
         'H2X ' || (g % 10) || 'Y4', '514-555-' || lpad(g::text, 4, '0')
    from generate_series(1, ${PAGILA_CUSTOMERS + 2}) g;
insert into language (language_id, name) values (1, 'French');
insert into film (film_id, title, language_id, fulltext)
  select g, 'Film ' || g, 1, to_tsvector('simple', 'Film ' || g) from generate_series(1, 20) g;
insert into staff (staff_id, first_name, last_name, address_id, email, store_id, username) values
  (1, 'Marie', 'Tremblay', ${PAGILA_CUSTOMERS + 1}, 'marie@store.example', 1, 'marie'),
  (2, 'Jean', 'Roy', ${PAGILA_CUSTOMERS + 2}, 'jean@store.example', 2, 'jean');
insert into store (store_id, manager_staff_id, address_id) values (1, 1, ${PAGILA_CUSTOMERS + 1}), (2, 2, ${PAGILA_CUSTOMERS + 2});
insert into inventory (inventory_id, film_id, store_id) select g, 1 + g % 20, 1 + g % 2 from generate_series(1, 100) g;
insert into customer (customer_id, store_id, first_name, last_name, email, address_id, active)
  select g, 1 + g % 2, 'Prénom' || g, 'Nom' || g, 'customer' || g || '@example.org', g, 1
    from generate_series(1, ${PAGILA_CUSTOMERS}) g;
insert into rental (rental_id, rental_date, inventory_id, customer_id, staff_id)
  select r, timestamptz '2022-01-01 00:00:00+00' + r * interval '1 hour', 1 + r % 100, 1 + r % ${PAGILA_CUSTOMERS}, 1 + r % 2
    from generate_series(1, ${PAGILA_CUSTOMERS * 5}) r;
insert into payment (payment_id, customer_id, staff_id, rental_id, amount, payment_date)
  select r, 1 + r % ${PAGILA_CUSTOMERS}, 1 + r % 2, r, 2.99 + r % 3, timestamptz '2022-01-01 00:00:00+00' + r * interval '1 hour'
    from generate_series(1, ${PAGILA_CUSTOMERS * 5}) r;
set session_replication_role = origin;
`;
