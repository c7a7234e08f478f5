import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { autocompletion } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  indentOnInput,
  syntaxHighlighting,
  defaultHighlightStyle,
} from '@codemirror/language';
import type { Diagnostic } from '@codemirror/lint';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  hoverTooltip,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { useEffect, useRef } from 'react';
import type { DocumentIssue } from '@/catalog/documents/document-issue';
import { fieldAt, fieldsAt } from '@/catalog/documents/schema-fields';
import { placeOfLine, siblingValues } from '../yaml/cursor-place';

export interface YamlEditorHandle {
  /** Moves the cursor to a line and shows it, for the list of problems. */
  goToLine(line: number): void;
}

interface YamlEditorProps {
  value: string;
  onChange: (value: string) => void;
  issues: readonly DocumentIssue[];
  /** The standard's JSON Schema, for completion and hover. */
  schema: object;
  label: string;
  handle?: (handle: YamlEditorHandle) => void;
}

/** Colours from the Mantine theme, so the editor follows light and dark. */
const themed = EditorView.theme({
  '&': {
    backgroundColor: 'var(--mantine-color-body)',
    color: 'var(--mantine-color-text)',
    border: '1px solid var(--mantine-color-default-border)',
    borderRadius: 'var(--mantine-radius-sm)',
    fontSize: 'var(--mantine-font-size-sm)',
  },
  '&.cm-focused': { outline: '2px solid var(--mantine-primary-color-filled)' },
  '.cm-content': {
    fontFamily: 'var(--mantine-font-family-monospace)',
    caretColor: 'var(--mantine-color-text)',
  },
  '.cm-gutters': {
    backgroundColor: 'var(--mantine-color-default-hover)',
    color: 'var(--mantine-color-dimmed)',
    border: 'none',
  },
  '.cm-activeLine': { backgroundColor: 'var(--mantine-color-default-hover)' },
  '.cm-scroller': { minHeight: '24rem', maxHeight: '70vh' },
  '.cm-tooltip': {
    backgroundColor: 'var(--mantine-color-body)',
    color: 'var(--mantine-color-text)',
    border: '1px solid var(--mantine-color-default-border)',
  },
});

function diagnosticsFor(state: EditorState, issues: readonly DocumentIssue[]): Diagnostic[] {
  return issues.flatMap((issue) => {
    if (!issue.line || issue.line > state.doc.lines) return [];
    const line = state.doc.line(issue.line);
    return [
      {
        from: line.from,
        to: Math.max(line.from, line.to),
        severity: issue.severity === 'error' ? 'error' : 'warning',
        message: issue.path ? `${issue.path}: ${issue.message}` : issue.message,
      },
    ];
  });
}

/**
 * The YAML view: CodeMirror with the standard's fields to complete and explain, and the
 * validator's problems in the gutter. Tab is left to the page (focus moves on), so a keyboard
 * user is never trapped; indentation comes from Enter.
 */
export function YamlEditor({ value, onChange, issues, schema, label, handle }: YamlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latestChange = useRef(onChange);
  // The last text this editor reported: a value equal to it is its own echo, not a new text.
  const emitted = useRef(value);
  useEffect(() => {
    latestChange.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!host.current) return;
    const complete = (context: CompletionContext): CompletionResult | null => {
      const word = context.matchBefore(/[\w-]*/);
      const line = context.state.doc.lineAt(context.pos);
      const before = line.text.slice(0, context.pos - line.from);
      // Keys only, where a key can start: at the start of a line or after a list marker.
      if (!/^\s*(-\s+)*[\w-]*$/.test(before)) return null;
      if (!word || (word.from === word.to && !context.explicit)) return null;
      const lines = context.state.doc.toString().split('\n');
      const index = line.number - 1;
      const place = placeOfLine(lines, index, before.length);
      const written = siblingValues(lines, index, before.length);
      return {
        from: word.from,
        options: fieldsAt(schema, place, written)
          .filter((field) => !(field.name in written))
          .map((field) => ({
            label: field.name,
            type: 'property',
            apply: `${field.name}: `,
            ...(field.description ? { info: field.description } : {}),
          })),
      };
    };
    const explain = hoverTooltip((current, pos) => {
      const line = current.state.doc.lineAt(pos);
      const key = /^(\s*(?:-\s+)*)([\w-]+)\s*:/.exec(line.text);
      if (!key?.[2]) return null;
      const start = line.from + (key[1]?.length ?? 0);
      if (pos < start || pos > start + key[2].length) return null;
      const lines = current.state.doc.toString().split('\n');
      const place = placeOfLine(lines, line.number - 1);
      const field = fieldAt(schema, [...place, key[2]]);
      if (!field?.description) return null;
      return {
        pos: start,
        end: start + key[2].length,
        create: () => {
          const dom = document.createElement('div');
          dom.style.maxWidth = '28rem';
          dom.style.padding = '4px 8px';
          // Text only: descriptions come from the schema, and are never read as markup.
          dom.textContent = field.values?.length
            ? `${field.description} One of: ${field.values.join(', ')}.`
            : (field.description ?? '');
          return { dom };
        },
      };
    });
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          lintGutter(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          indentOnInput(),
          bracketMatching(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          yaml(),
          autocompletion({ override: [complete] }),
          explain,
          keymap.of([...defaultKeymap, ...historyKeymap]),
          themed,
          EditorView.contentAttributes.of({ 'aria-label': label }),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            emitted.current = update.state.doc.toString();
            latestChange.current(emitted.current);
          }),
        ],
      }),
    });
    view.current = editor;
    handle?.({
      goToLine(line) {
        const target = editor.state.doc.line(Math.min(Math.max(1, line), editor.state.doc.lines));
        editor.dispatch({ selection: { anchor: target.from }, scrollIntoView: true });
        editor.focus();
      },
    });
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is made once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [schema, label]);

  // A change from the form (or a restored draft) replaces the text, keeping the cursor near.
  useEffect(() => {
    const editor = view.current;
    if (!editor || value === emitted.current || editor.state.doc.toString() === value) return;
    emitted.current = value;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (editor) editor.dispatch(setDiagnostics(editor.state, diagnosticsFor(editor.state, issues)));
  }, [issues, value]);

  return <div ref={host} />;
}
