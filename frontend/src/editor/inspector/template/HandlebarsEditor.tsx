import { autocompletion } from '@codemirror/autocomplete';
import { Prec } from '@codemirror/state';
import { EditorView, keymap, placeholder as placeholderExt } from '@codemirror/view';
import { Input } from '@mantine/core';
import CodeMirror from '@uiw/react-codemirror';
import { useMemo, useRef } from 'react';
import { handlebarsCompletion } from './handlebarsCompletion.js';
import { handlebarsHighlight } from './handlebarsHighlight.js';
import { handlebarsLanguage } from './handlebarsLanguage.js';

export interface PathHint {
  path: string;
  preview: string;
}

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  paths: PathHint[];
  multiline?: boolean;
  placeholder?: string;
  error?: string;
}

const theme = EditorView.theme({
  '&': { fontSize: '12px', border: '1px solid var(--mantine-color-gray-4)', borderRadius: '6px' },
  '&.cm-focused': { outline: 'none', borderColor: 'var(--mantine-color-indigo-5)' },
  '.cm-content': { fontFamily: 'var(--mantine-font-family-monospace)', padding: '5px 0' },
  '.cm-scroller': { overflow: 'auto' },
});

/** CodeMirror with Handlebars highlighting and completion; single-line fields swallow Enter. */
export function HandlebarsEditor({ label, value, onChange, paths, multiline = false, placeholder, error }: Props) {
  // Completion reads paths through a ref so the extension list (and the editor) is not rebuilt per sample.
  const pathsRef = useRef(paths);
  pathsRef.current = paths;
  const extensions = useMemo(
    () => [
      handlebarsLanguage,
      handlebarsHighlight,
      autocompletion({ override: [handlebarsCompletion(() => pathsRef.current)], activateOnTyping: true }),
      theme,
      ...(multiline ? [EditorView.lineWrapping] : [Prec.highest(keymap.of([{ key: 'Enter', run: () => true }]))]),
      ...(placeholder ? [placeholderExt(placeholder)] : []),
    ],
    [multiline, placeholder],
  );
  return (
    <Input.Wrapper label={label} size="xs" error={error}>
      <CodeMirror
        value={value}
        onChange={onChange}
        extensions={extensions}
        aria-label={label}
        basicSetup={{ lineNumbers: multiline, foldGutter: false, highlightActiveLine: false, highlightActiveLineGutter: false, autocompletion: false, searchKeymap: false }}
        minHeight={multiline ? '96px' : undefined}
        maxHeight={multiline ? '220px' : undefined}
      />
    </Input.Wrapper>
  );
}
