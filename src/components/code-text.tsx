import { Code } from '@mantine/core';
import { Fragment } from 'react';

/**
 * A sentence from the API in which names are quoted in backticks ("Column `email` removed"):
 * the names are shown as code. Everything stays text; nothing is read as markup.
 */
export function CodeText({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? <Code key={index}>{part}</Code> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  );
}
