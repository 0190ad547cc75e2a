import { Kbd, Modal, Table } from '@mantine/core';
import { useEffect } from 'react';
import { isTypingTarget } from './isTypingTarget.js';

const SHORTCUTS: Array<[keys: string[], what: string]> = [
  [['Tab'], 'Focus the canvas (one stop; the first card is selected)'],
  [['↑', '↓'], 'Select the parent / first child of the selected card'],
  [['←', '→'], 'Select the neighbouring card in the same row'],
  [['Enter'], 'Open the inspector of the selected card'],
  [['Esc'], 'Close the inspector'],
  [['Delete'], 'Remove the selected cards or connections'],
  [['Ctrl', 'Z'], 'Undo'],
  [['Ctrl', 'Shift', 'Z'], 'Redo (also Ctrl+Y)'],
  [['Ctrl', 'S'], 'Save draft'],
  [['?'], 'Show this list'],
];

/** The editor's keyboard shortcuts; `?` (outside a text field) opens it, and so does the canvas's "?" button. */
export function ShortcutOverlay({ opened, onChange }: { opened: boolean; onChange: (opened: boolean) => void }) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !isTypingTarget(event.target)) {
        event.preventDefault();
        onChange(true);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onChange]);

  return (
    <Modal opened={opened} onClose={() => onChange(false)} title="Keyboard shortcuts" size="lg">
      <Table verticalSpacing={6}>
        <Table.Tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <Table.Tr key={what}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {keys.map((k, i) => <span key={k}>{i > 0 && ' + '}<Kbd>{k}</Kbd></span>)}
              </Table.Td>
              <Table.Td>{what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
