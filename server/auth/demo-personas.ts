import type { DemoPersona } from '../../src/catalog/api-schemas';

/**
 * The people of the demo: one per role the portal serves. Their team memberships refer to teams
 * of the demo mesh (`server/seed/teams.ts`), so each sees what that role would see there.
 */
export const demoPersonas: DemoPersona[] = [
  {
    id: 'analyst',
    title: 'Analyst',
    description: 'Finds and reads data products; cannot change them.',
    principal: {
      id: 'alex.analyst',
      name: 'Alex Analyst',
      email: 'alex.analyst@northwind.example',
      roles: ['analyst'],
      teams: [{ name: 'Growth Marketing', role: 'member' }],
      mode: 'demo',
    },
  },
  {
    id: 'owner',
    title: 'Product owner',
    description: 'Owns the Customer 360 and Customer Insights products.',
    principal: {
      id: 'olivia.owner',
      name: 'Olivia Owner',
      email: 'olivia.owner@northwind.example',
      roles: ['owner'],
      teams: [
        { name: 'Customer 360', role: 'owner' },
        { name: 'Customer Insights', role: 'owner' },
      ],
      mode: 'demo',
    },
  },
  {
    id: 'approver',
    title: 'Approver',
    description: 'Data steward in Data Governance; approves access requests.',
    principal: {
      id: 'aaron.approver',
      name: 'Aaron Approver',
      email: 'aaron.approver@northwind.example',
      roles: ['approver'],
      teams: [{ name: 'Data Governance', role: 'member' }],
      mode: 'demo',
    },
  },
  {
    id: 'stakeholder',
    title: 'Stakeholder',
    description: 'Follows service levels across the mesh.',
    principal: {
      id: 'sam.stakeholder',
      name: 'Sam Stakeholder',
      email: 'sam.stakeholder@northwind.example',
      roles: ['stakeholder'],
      teams: [],
      mode: 'demo',
    },
  },
  {
    id: 'admin',
    title: 'Admin',
    description: 'Runs the portal; may change every product.',
    principal: {
      id: 'ada.admin',
      name: 'Ada Admin',
      email: 'ada.admin@northwind.example',
      roles: ['admin'],
      teams: [],
      mode: 'demo',
    },
  },
];

export const defaultPersonaId = 'analyst';
