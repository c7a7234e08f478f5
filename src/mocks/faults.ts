import { delay, http, HttpResponse } from 'msw';

/** Fault injection for tests: the API answers a route with an error, or never answers in time. */
export function failWith(
  path: string,
  status = 500,
  message = 'The catalog API hit an unexpected error',
) {
  return http.all(`/api${path}`, () => HttpResponse.json({ message }, { status }));
}

export function networkError(path: string) {
  return http.all(`/api${path}`, () => HttpResponse.error());
}

export function slowResponse(path: string, ms: number) {
  return http.all(`/api${path}`, async () => {
    await delay(ms);
    return HttpResponse.json({ message: 'late' }, { status: 504 });
  });
}

/** A dependency that accepts the call and never answers: only the caller's time limit ends it. */
export function hangs(path: string) {
  return http.all(`/api${path}`, () => new Promise<never>(() => {}));
}
