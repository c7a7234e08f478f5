import { Badge, Group, NativeSelect } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { DemoPersona } from '@/catalog/api-schemas';
import { getPersona, setPersona } from '@/lib/auth-session';

interface PersonaSwitcherProps {
  personas: DemoPersona[];
  defaultPersona: string;
}

/**
 * Demo mode: act as one of the demo people. The choice is sent with every API call
 * (`X-Meshport-Persona`), so what the API allows changes with it, not only what the page shows.
 * Someone who becomes the stakeholder on the catalog's front page is taken to their own home,
 * the service-level portfolio; anywhere else the page stays where it is.
 */
export function PersonaSwitcher({ personas, defaultPersona }: PersonaSwitcherProps) {
  const queryClient = useQueryClient();
  const location = useLocation();
  const navigate = useNavigate();
  const [current, setCurrent] = useState(() => {
    const saved = getPersona();
    return personas.some((persona) => persona.id === saved) ? (saved as string) : defaultPersona;
  });
  return (
    <Group gap={6} wrap="nowrap">
      <Badge variant="default" size="sm" title="Demo mode: no sign-in, pick who you are">
        Demo
      </Badge>
      <NativeSelect
        size="xs"
        aria-label="Demo persona"
        value={current}
        data={personas.map((persona) => ({
          value: persona.id,
          label: `${persona.principal.name} (${persona.title})`,
        }))}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setPersona(next);
          setCurrent(next);
          // Everything the API answered was for the previous persona.
          void queryClient.resetQueries();
          const persona = personas.find((candidate) => candidate.id === next);
          if (location.pathname === '/' && persona?.principal.roles.includes('stakeholder'))
            void navigate('/service-levels');
        }}
      />
    </Group>
  );
}
