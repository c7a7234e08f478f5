import { authConfigSchema, principalSchema } from '../../../src/catalog/api-schemas';
import type { ApiContext } from '../api-context';

export function registerIdentityRoutes({ routes, authenticator }: ApiContext): void {
  routes.add(
    {
      method: 'get',
      path: '/me',
      operationId: 'getMe',
      summary: 'Who is asking: the principal with its roles and teams',
      tags: ['Identity'],
      responses: {
        200: { description: 'The principal of this request.', schema: principalSchema },
        401: { description: 'No valid identity: sign in.' },
      },
    },
    (c) => c.json(c.get('principal')),
  );

  routes.add(
    {
      method: 'get',
      path: '/auth/config',
      operationId: 'getAuthConfig',
      summary: 'How to sign in: demo personas, or the OpenID Connect provider',
      description: 'Open to everyone, so the web app can sign people in.',
      tags: ['Identity'],
      responses: { 200: { description: 'The sign-in settings.', schema: authConfigSchema } },
    },
    (c) => c.json(authenticator.describe()),
  );
}
