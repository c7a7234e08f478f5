import type { Principal } from '../../src/catalog/api-schemas';

/** The principal that loads the demo mesh and generated catalogs: it signs their versions. */
export const seedPrincipal: Principal = {
  id: 'meshport-seed',
  name: 'Meshport demo seed',
  email: null,
  roles: ['admin'],
  teams: [],
  mode: 'demo',
};
