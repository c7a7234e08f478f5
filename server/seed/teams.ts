/**
 * The company behind the demo mesh and the teams that own its data products. Names are invented;
 * e-mail addresses use the reserved `example` domain and Slack links a made-up workspace.
 */
import type { Domain, TeamMemberSpec, TeamSpec } from './seed-types';

export const tenant = 'Northwind Retail';

/** Approvers of access requests beyond the owning team (`roles[].secondLevelApprovers`). */
export const governanceApprovers = {
  dataGovernance: 'Data Governance',
  privacyOffice: 'Privacy Office',
  financeControllers: 'Finance Controllers',
} as const;

function team(
  name: string,
  slug: string,
  slackChannelId: string,
  description: string,
  members: [string, string, string][],
): TeamSpec {
  return {
    name,
    description,
    slackChannel: `#data-${slug}`,
    slackChannelId,
    email: `${slug}@northwind.example`,
    members: members.map(([username, fullName, role]): TeamMemberSpec => ({
      username,
      name: fullName,
      role,
    })),
  };
}

export const teams = {
  orderManagement: team(
    'Order Management',
    'order-management',
    'C04ORDMGT01',
    'Runs the order platform and publishes what happens to every order.',
    [
      ['amara.okafor', 'Amara Okafor', 'Data Product Owner'],
      ['lukas.brandt', 'Lukas Brandt', 'Data Engineer'],
      ['mei.tanaka', 'Mei Tanaka', 'Data Engineer'],
    ],
  ),
  salesAnalytics: team(
    'Sales Analytics',
    'sales-analytics',
    'C04SLSANL02',
    'Turns transactions into the sales figures the business steers by.',
    [
      ['rafael.mendes', 'Rafael Mendes', 'Data Product Owner'],
      ['hannah.schultz', 'Hannah Schultz', 'Analytics Engineer'],
      ['tomasz.nowak', 'Tomasz Nowak', 'Data Analyst'],
    ],
  ),
  customer360: team(
    'Customer 360',
    'customer-360',
    'C04CUS36003',
    'Owns the single view of the customer and everything derived from it.',
    [
      ['priya.raman', 'Priya Raman', 'Data Product Owner'],
      ['jonas.eriksson', 'Jonas Eriksson', 'Data Engineer'],
      ['fatima.zahra', 'Fatima Zahra', 'Data Steward'],
    ],
  ),
  customerInsights: team(
    'Customer Insights',
    'customer-insights',
    'C04CUSINS04',
    'Data scientists who model customer behaviour: churn, value and segments.',
    [
      ['sofia.lindqvist', 'Sofia Lindqvist', 'Data Product Owner'],
      ['kwame.asante', 'Kwame Asante', 'Data Scientist'],
      ['elena.petrova', 'Elena Petrova', 'ML Engineer'],
    ],
  ),
  growthMarketing: team(
    'Growth Marketing',
    'growth-marketing',
    'C04GRWMKT05',
    'Runs campaigns and the audiences they are sent to.',
    [
      ['lucas.moreau', 'Lucas Moreau', 'Data Product Owner'],
      ['aisha.bello', 'Aisha Bello', 'Marketing Technologist'],
      ['daniel.kim', 'Daniel Kim', 'Analytics Engineer'],
    ],
  ),
  marketingScience: team(
    'Marketing Science',
    'marketing-science',
    'C04MKTSCI06',
    'Measures what marketing does: web analytics, attribution and experiments.',
    [
      ['isabel.romero', 'Isabel Romero', 'Data Product Owner'],
      ['noah.fischer', 'Noah Fischer', 'Data Scientist'],
      ['yuki.sato', 'Yuki Sato', 'Analytics Engineer'],
    ],
  ),
  supplyPlanning: team(
    'Supply Planning',
    'supply-planning',
    'C04SUPPLN07',
    'Forecasts demand and plans what to buy from which supplier.',
    [
      ['oliver.hughes', 'Oliver Hughes', 'Data Product Owner'],
      ['leila.haddad', 'Leila Haddad', 'Data Scientist'],
      ['mateo.garcia', 'Mateo Garcia', 'Data Engineer'],
    ],
  ),
  inventoryPlatform: team(
    'Inventory Platform',
    'inventory-platform',
    'C04INVPLT08',
    'Keeps stock levels right across stores and warehouses, in real time.',
    [
      ['chloe.dubois', 'Chloe Dubois', 'Data Product Owner'],
      ['arjun.mehta', 'Arjun Mehta', 'Streaming Engineer'],
      ['nina.kowalski', 'Nina Kowalski', 'Data Engineer'],
    ],
  ),
  financeData: team(
    'Finance Data',
    'finance-data',
    'C04FINDAT09',
    'Publishes the numbers finance closes the books with.',
    [
      ['margaret.osei', 'Margaret Osei', 'Data Product Owner'],
      ['henrik.larsen', 'Henrik Larsen', 'Data Engineer'],
      ['camila.torres', 'Camila Torres', 'Financial Analyst'],
    ],
  ),
  logisticsPlatform: team(
    'Logistics Platform',
    'logistics-platform',
    'C04LOGPLT10',
    'Tracks every parcel and truck from warehouse to front door.',
    [
      ['samuel.adeyemi', 'Samuel Adeyemi', 'Data Product Owner'],
      ['ingrid.holm', 'Ingrid Holm', 'Data Engineer'],
      ['ravi.kapoor', 'Ravi Kapoor', 'Analytics Engineer'],
    ],
  ),
  productInformation: team(
    'Product Information',
    'product-information',
    'C04PRDINF11',
    'Curates the assortment: products, prices, hierarchy and reviews.',
    [
      ['julia.becker', 'Julia Becker', 'Data Product Owner'],
      ['omar.farouk', 'Omar Farouk', 'Data Engineer'],
      ['grace.liu', 'Grace Liu', 'Data Steward'],
    ],
  ),
} satisfies Record<string, TeamSpec>;

/** The team that usually owns products of a domain, for the generator. */
export const teamsByDomain: Record<Domain, TeamSpec[]> = {
  sales: [teams.orderManagement, teams.salesAnalytics],
  customer: [teams.customer360, teams.customerInsights],
  marketing: [teams.growthMarketing, teams.marketingScience],
  'supply-chain': [teams.supplyPlanning, teams.inventoryPlatform],
  finance: [teams.financeData],
  logistics: [teams.logisticsPlatform],
  product: [teams.productInformation],
};
