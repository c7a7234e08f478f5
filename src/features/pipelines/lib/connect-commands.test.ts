import { describe, expect, it } from 'vitest';
import { connectCommands, secretPlaceholder } from './connect-commands';

const byId = (commands: ReturnType<typeof connectCommands>, id: string) =>
  commands.find((command) => command.id === id)!.code;

describe('connectCommands', () => {
  it('fills in the origin and the secret for every tool', () => {
    const commands = connectCommands('https://portal.example/', 'mpi_abc123');
    expect(byId(commands, 'openlineage-env')).toBe(
      'export OPENLINEAGE_URL=https://portal.example\nexport OPENLINEAGE_API_KEY=mpi_abc123',
    );
    expect(byId(commands, 'openlineage-curl')).toContain(
      "curl -X POST https://portal.example/api/v1/lineage \\\n  -H 'Authorization: Bearer mpi_abc123'",
    );
    expect(byId(commands, 'datacontract-cli')).toBe(
      'datacontract test --server production --publish "https://portal.example/api/test-results?token=mpi_abc123" datacontract.yaml',
    );
    expect(byId(commands, 'oors')).toContain('https://portal.example/api/observations');
    expect(byId(commands, 'oors')).toContain('"kind":"ObservabilityResults"');
  });

  it('sends a run event the JSON way OpenLineage defines it', () => {
    const curl = byId(connectCommands('http://localhost:8080', 'mpi_x'), 'openlineage-curl');
    const body = /-d '(.*)'$/s.exec(curl)![1]!;
    const event = JSON.parse(body) as { eventType: string; job: { name: string } };
    expect(event.eventType).toBe('COMPLETE');
    expect(event.job.name).toBe('build_orders');
  });

  it('uses a placeholder when there is no secret to show', () => {
    const commands = connectCommands('http://localhost:8080', null);
    for (const command of commands) expect(command.code).toContain(secretPlaceholder);
  });

  it('quotes a secret that the shell would otherwise split', () => {
    const env = byId(connectCommands('http://x', "mpi_a b'c"), 'openlineage-env');
    expect(env).toContain(`OPENLINEAGE_API_KEY='mpi_a b'"'"'c'`);
  });
});
