/**
 * Columns holding personal data, classified `pii` (src/catalog/classification.ts), so Meshport
 * badges them and access to them needs the privacy office's approval. City alone is not
 * personal data and is `internal`.
 */
import { column } from './column-templates';
import type { ColumnSpec } from './seed-types';

type Overrides = Partial<ColumnSpec>;

export function email(overrides: Overrides = {}): ColumnSpec {
  return column(
    'email',
    'string',
    'pii',
    'Email address',
    'Email address the customer signed up with, lower-cased.',
    ['j.doe@example.com', 'anna.k@example.org'],
    {
      length: 320,
      format: 'email',
      maxNullPercent: 2,
      ...overrides,
    },
  );
}

export function firstName(overrides: Overrides = {}): ColumnSpec {
  return column(
    'first_name',
    'string',
    'pii',
    'First name',
    'Given name as entered by the customer.',
    ['Jane', 'Karim'],
    { length: 100, ...overrides },
  );
}

export function lastName(overrides: Overrides = {}): ColumnSpec {
  return column(
    'last_name',
    'string',
    'pii',
    'Last name',
    'Family name as entered by the customer.',
    ['Doe', 'Haddad'],
    { length: 100, ...overrides },
  );
}

export function fullName(overrides: Overrides = {}): ColumnSpec {
  return column(
    'full_name',
    'string',
    'pii',
    'Full name',
    'Name of the person, as used on letters and parcels.',
    ['Jane Doe', 'Karim Haddad'],
    { length: 200, ...overrides },
  );
}

export function phone(overrides: Overrides = {}): ColumnSpec {
  return column(
    'phone_number',
    'string',
    'pii',
    'Phone number',
    'Phone number in E.164 format.',
    ['+4915112345678', '+31612345678'],
    { length: 20, maxNullPercent: 40, ...overrides },
  );
}

export function streetAddress(overrides: Overrides = {}): ColumnSpec {
  return column(
    'street_address',
    'string',
    'pii',
    'Street address',
    'Street and house number.',
    ['Hafenstraße 12', '14 Rue des Lilas'],
    { length: 200, ...overrides },
  );
}

export function postalCode(overrides: Overrides = {}): ColumnSpec {
  return column(
    'postal_code',
    'string',
    'pii',
    'Postal code',
    'Postal code of the address.',
    ['20457', '69003'],
    { length: 12, ...overrides },
  );
}

export function city(overrides: Overrides = {}): ColumnSpec {
  return column(
    'city',
    'string',
    'internal',
    'City',
    'City of the address.',
    ['Hamburg', 'Lyon', 'Rotterdam'],
    { length: 100, ...overrides },
  );
}

export function ipAddress(overrides: Overrides = {}): ColumnSpec {
  return column(
    'ip_address',
    'string',
    'pii',
    'IP address',
    'IPv4 address the request came from; the last octet is kept for 30 days only.',
    ['203.0.113.42', '198.51.100.7'],
    { length: 45, format: 'ipv4', ...overrides },
  );
}
