import type { Authenticator } from './authenticator';
import { defaultPersonaId, demoPersonas } from './demo-personas';

export const personaHeader = 'X-Meshport-Persona';

/**
 * Demo mode: the caller picks a persona with the `X-Meshport-Persona` header (the web app's
 * persona switcher sends it too); without the header, requests act as the analyst. Only used when
 * no identity provider is configured.
 */
export function createDemoAuthenticator(): Authenticator {
  return {
    mode: 'demo',
    async authenticate(request) {
      const wanted = (request.headers.get(personaHeader) ?? defaultPersonaId).trim().toLowerCase();
      const persona = demoPersonas.find((candidate) => candidate.id === wanted);
      if (!persona) {
        return {
          ok: false,
          status: 401,
          message: `There is no demo persona "${wanted}". Use one of: ${demoPersonas.map((candidate) => candidate.id).join(', ')}.`,
        };
      }
      return { ok: true, principal: persona.principal };
    },
    describe: () => ({ mode: 'demo', personas: demoPersonas, defaultPersona: defaultPersonaId }),
  };
}
