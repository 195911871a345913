import { LANGUAGE_NAMES, otherLang } from '../i18n/lang.js';
import { useConsole } from './console-context.js';
import { storeConsoleLanguage } from './stored-language.js';

/** Switches the console to the other language and remembers the choice on this browser. */
export function LanguageSwitch() {
  const { lang, setLang } = useConsole();
  const other = otherLang(lang);
  return (
    <button
      type="button"
      className="button-quiet language-switch"
      lang={other}
      onClick={() => {
        storeConsoleLanguage(other);
        setLang(other);
      }}
    >
      {LANGUAGE_NAMES[other]}
    </button>
  );
}
