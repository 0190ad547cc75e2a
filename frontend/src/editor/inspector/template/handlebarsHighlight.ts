import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';

/** Mustaches stand out from the literal text around them; helpers, paths and blocks each have a colour. */
export const handlebarsHighlight = syntaxHighlighting(
  HighlightStyle.define([
    { tag: tags.brace, color: 'var(--mantine-color-gray-5)', fontWeight: '600' },
    { tag: tags.variableName, color: 'var(--mantine-color-blue-7)' },
    { tag: tags.function(tags.variableName), color: 'var(--mantine-color-teal-7)', fontWeight: '600' },
    { tag: tags.keyword, color: 'var(--mantine-color-grape-7)', fontWeight: '600' },
    { tag: tags.string, color: 'var(--mantine-color-green-8)' },
    { tag: tags.number, color: 'var(--mantine-color-orange-8)' },
    { tag: tags.atom, color: 'var(--mantine-color-orange-8)' },
    { tag: tags.attributeName, color: 'var(--mantine-color-cyan-8)' },
    { tag: tags.comment, color: 'var(--mantine-color-gray-6)', fontStyle: 'italic' },
  ]),
);
