/** Demo mesh, finance domain: the books, invoices, payments and margins. */
import {
  amount,
  column,
  countryCode,
  currency,
  customerId,
  date,
  idColumn,
  orderId,
  status,
  table,
  timestamp,
  updatedAt,
} from './column-templates';
import { city, fullName, ipAddress, postalCode, streetAddress } from './personal-data-columns';
import type { ProductSpec } from './seed-types';
import { dailySla, operationalSla } from './sla-presets';
import { teams } from './teams';

export const financeProducts: ProductSpec[] = [
  {
    id: 'general-ledger',
    name: 'General Ledger Entries',
    version: '2.1.0',
    status: 'active',
    domain: 'finance',
    team: teams.financeData,
    purpose:
      'Journal entries of all Northwind companies as posted in the ERP, the basis of every financial statement.',
    limitations:
      'Entries of the current period can still change until the period is closed (`period_closed = false`).',
    usage: 'Sum `amount_eur` by account; debits are positive, credits negative.',
    tags: ['finance', 'ledger', 'accounting', 'erp', 'source-aligned'],
    inputs: [],
    ports: [
      {
        name: 'journal-entries',
        description: 'Posted journal entry lines.',
        version: '2.1.0',
        server: 'redshift',
        tables: [
          table(
            'journal_entries',
            'Journal entries',
            'One row per journal entry line.',
            [
              idColumn('entry_line_id', 'Entry line ID', 'Document number and line in the ERP.', [
                'JE-2024-0004471-003',
              ]),
              column(
                'company_code',
                'string',
                'internal',
                'Company',
                'Legal entity the entry is booked in.',
                ['NW-DE', 'NW-NL'],
                { length: 8, required: true, validValues: ['NW-DE', 'NW-NL', 'NW-FR', 'NW-SE'] },
              ),
              column(
                'account_number',
                'string',
                'internal',
                'Account',
                'General ledger account.',
                ['400000', '800100'],
                { length: 10, required: true },
              ),
              column(
                'amount_eur',
                'decimal',
                'confidential',
                'Amount',
                'Amount in EUR; debit positive, credit negative.',
                [1520.5, -1520.5],
                { required: true },
              ),
              date('posting_date', 'Posting date', 'Date the entry was posted.'),
              column(
                'fiscal_period',
                'string',
                'internal',
                'Fiscal period',
                'Year and month of the fiscal period.',
                ['2024-03'],
                { length: 7, required: true },
              ),
            ],
            50_000_000,
            { rules: ['Debits and credits of every journal entry add up to zero.'] },
          ),
        ],
        sla: dailySla('04:00Z', '2020-01-06T06:00:00Z', { retention: { value: 10, unit: 'y' } }),
      },
    ],
  },
  {
    id: 'customer-invoices',
    name: 'Customer Invoices',
    version: '1.4.0',
    status: 'active',
    domain: 'finance',
    team: teams.financeData,
    purpose:
      'Invoices issued for online orders and business customers, with billing address and VAT.',
    limitations:
      'Billing names and addresses are personal data. Store receipts are not invoices and are not included.',
    usage: 'Use `net_amount` for revenue and `vat_amount` for tax reporting.',
    tags: ['finance', 'invoices', 'billing', 'vat', 'pii'],
    inputs: ['sales-orders.orders', 'customer-profiles.profiles'],
    ports: [
      {
        name: 'invoices',
        description: 'Issued invoices and credit notes.',
        version: '1.4.0',
        server: 'redshift',
        tables: [
          table(
            'invoices',
            'Invoices',
            'One row per invoice or credit note.',
            [
              idColumn('invoice_number', 'Invoice number', 'Legal invoice number.', [
                'INV-DE-2024-1188204',
              ]),
              orderId({ required: false, maxNullPercent: 5 }),
              customerId(),
              fullName({ name: 'billing_name', businessName: 'Billing name', required: true }),
              streetAddress({ name: 'billing_street', businessName: 'Billing street' }),
              postalCode({ name: 'billing_postal_code', businessName: 'Billing postal code' }),
              city({ name: 'billing_city', businessName: 'Billing city' }),
              countryCode({ name: 'billing_country' }),
              amount(
                'net_amount',
                'Net amount',
                'Amount excluding VAT; negative for credit notes.',
                { nonNegative: false },
              ),
              amount('vat_amount', 'VAT', 'VAT charged; negative for credit notes.', {
                nonNegative: false,
              }),
              currency(),
              date('invoice_date', 'Invoice date', 'Date on the invoice.'),
            ],
            10_000_000,
          ),
        ],
        sla: dailySla('04:30Z', '2021-01-04T06:00:00Z', { retention: { value: 10, unit: 'y' } }),
      },
    ],
  },
  {
    id: 'payment-transactions',
    name: 'Payment Transactions',
    version: '2.0.0',
    status: 'active',
    domain: 'finance',
    team: teams.financeData,
    purpose:
      'Authorisations, captures and refunds from the payment service providers, matched to orders.',
    limitations:
      'No card numbers: only the provider\u2019s token and the card brand. IP addresses are personal data and only readable for fraud analysis.',
    usage: 'Match to orders on `order_id`; one order can have several transactions.',
    tags: ['payments', 'finance', 'psp', 'fraud', 'pii'],
    inputs: ['sales-orders.orders'],
    ports: [
      {
        name: 'payments',
        description: 'Payment transactions, replicated from the payment hub.',
        version: '2.0.0',
        server: 'postgres',
        tables: [
          table(
            'payment_transactions',
            'Payment transactions',
            'One row per payment transaction.',
            [
              idColumn(
                'transaction_id',
                'Transaction ID',
                'Reference of the payment service provider.',
                ['psp_8JkL29xQ'],
              ),
              orderId(),
              status('transaction_type', 'Type', 'What the transaction did.', [
                'authorisation',
                'capture',
                'refund',
                'chargeback',
              ]),
              status('payment_method', 'Payment method', 'How the customer paid.', [
                'card',
                'paypal',
                'klarna',
                'ideal',
                'apple_pay',
              ]),
              amount('amount', 'Amount', 'Amount of the transaction.', {
                classification: 'restricted',
              }),
              currency(),
              ipAddress({
                name: 'client_ip_address',
                businessName: 'Client IP address',
                description: 'IP address of the shopper at checkout, for fraud checks.',
              }),
              timestamp('processed_at', 'Processed at', 'When the provider processed it (UTC).'),
              updatedAt(),
            ],
            15_000_000,
          ),
        ],
        sla: operationalSla('2021-09-01T08:00:00Z', { retention: { value: 10, unit: 'y' } }),
      },
    ],
  },
];
