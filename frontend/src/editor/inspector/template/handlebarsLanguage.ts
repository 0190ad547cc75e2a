import { StreamLanguage, type StringStream } from '@codemirror/language';
import { BUILT_IN_HELPERS, TEMPLATE_HELPER_NAMES } from '@signalbox/route-model';

interface State {
  inMustache: boolean;
  inComment: false | 'short' | 'long';
}

const HELPERS = new Set<string>([...TEMPLATE_HELPER_NAMES, ...BUILT_IN_HELPERS]);

function mustacheToken(stream: StringStream, state: State): string | null {
  if (stream.match(/^~?\}\}\}?/)) {
    state.inMustache = false;
    return 'brace';
  }
  if (stream.eatSpace()) return null;
  if (stream.match(/^[#/^]\s*[\w-]+/)) return 'keyword';
  if (stream.match(/^else\b/)) return 'keyword';
  if (stream.match(/^"(?:[^"\\]|\\.)*"?/) || stream.match(/^'(?:[^'\\]|\\.)*'?/)) return 'string';
  if (stream.match(/^-?\d+(\.\d+)?/)) return 'number';
  if (stream.match(/^(true|false|null|undefined)\b/)) return 'atom';
  if (stream.match(/^[\w@$-]+(?==)/)) return 'attributeName';
  const word = stream.match(/^[@\w$-]+(\.[\w$-]+|\.\[[^\]]*\])*/) as RegExpMatchArray | null;
  if (word) return HELPERS.has(word[0]) ? 'variableName.function' : 'variableName';
  stream.next();
  return 'operator';
}

/** Handlebars over plain text: mustaches, block keywords, helpers, paths, strings and comments. */
export const handlebarsLanguage = StreamLanguage.define<State>({
  name: 'handlebars',
  startState: () => ({ inMustache: false, inComment: false }),
  token(stream, state) {
    if (state.inComment) {
      const end = state.inComment === 'long' ? /--~?\}\}/ : /~?\}\}/;
      while (!stream.eol()) {
        if (stream.match(end)) {
          state.inComment = false;
          return 'comment';
        }
        stream.next();
      }
      return 'comment';
    }
    if (state.inMustache) return mustacheToken(stream, state);
    if (stream.match(/^\{\{~?!--/)) {
      state.inComment = 'long';
      return 'comment';
    }
    if (stream.match(/^\{\{~?!/)) {
      state.inComment = 'short';
      return 'comment';
    }
    if (stream.match(/^\{\{\{?~?/)) {
      state.inMustache = true;
      return 'brace';
    }
    while (stream.next() !== undefined && !stream.match(/^\{\{/, false)) {
      /* plain text up to the next mustache */
    }
    return null;
  },
});
