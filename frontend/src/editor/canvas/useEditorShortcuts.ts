import { useEffect } from 'react';
import { useEditorStore } from '../store/editorStore.js';
import { isTypingTarget } from './isTypingTarget.js';

/** Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redo, Ctrl+S save, Delete/Backspace removes the selection, Escape closes the inspector (arrows and Enter: RouteCanvas). */
export function useEditorShortcuts(onSave?: () => void) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isTypingTarget(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const history = useEditorStore.temporal.getState();
      if (mod && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) history.redo();
        else history.undo();
      } else if (mod && key === 'y') {
        event.preventDefault();
        history.redo();
      } else if (!mod && event.key === 'Escape') {
        useEditorStore.getState().inspect(null);
      } else if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) {
        useEditorStore.getState().deleteSelection();
      }
    }
    // Save works while typing too (inputs, CodeMirror), so it listens in the capture phase, before an editor
    // can swallow the key; the browser's "save page" is never what is meant here.
    function onSaveKey(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        onSave?.();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keydown', onSaveKey, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keydown', onSaveKey, true);
    };
  }, [onSave]);
}
