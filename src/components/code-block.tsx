import { ActionIcon, CopyButton, Group, Paper, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useMemo } from 'react';
import { tokenizeSql } from '@/lib/highlight-sql';
import classes from './code-block.module.css';

interface CodeBlockProps {
  code: string;
  language: 'sql' | 'shell' | 'text';
  /** What the code is, read by screen readers and used in the copy button's name. */
  title: string;
}

/** Code to read and copy. SQL is highlighted; every piece is rendered as text, never as HTML. */
export function CodeBlock({ code, language, title }: CodeBlockProps) {
  const tokens = useMemo(() => (language === 'sql' ? tokenizeSql(code) : null), [code, language]);
  return (
    <Paper withBorder radius="md">
      <Group justify="space-between" px="md" py={6} gap="xs">
        <Text size="xs" fw={600} c="dimmed" tt="uppercase">
          {language === 'sql' ? 'SQL' : language === 'shell' ? 'Shell' : 'Text'}
        </Text>
        <CopyButton value={code} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy to clipboard'} withArrow position="left">
              <ActionIcon
                variant="subtle"
                color={copied ? 'teal' : 'gray'}
                onClick={copy}
                aria-label={copied ? `Copied ${title}` : `Copy ${title}`}
              >
                {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      {/* Scrollable regions must be reachable by keyboard, hence the tabIndex. */}
      <pre className={classes.code} tabIndex={0} role="region" aria-label={title}>
        <code>
          {tokens
            ? tokens.map((token, index) =>
                token.type === 'plain' ? (
                  token.text
                ) : (
                  <span key={index} className={classes[token.type]}>
                    {token.text}
                  </span>
                ),
              )
            : code}
        </code>
      </pre>
    </Paper>
  );
}
