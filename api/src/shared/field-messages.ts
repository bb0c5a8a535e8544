/**
 * The German texts of the API's field messages and BAD_USER_INPUT summaries.
 *
 * Schemas and services keep writing their messages in English, once, where the rule is (zod messages,
 * `badInput(message, [{ path, message }])`). They are translated when an error leaves the API
 * (graphql/format-error.ts), into the caller's UI language ({@link uiLanguage}): `de` or `en`.
 * A message without an entry stays English; field-messages.test.ts lists every message in the source
 * that has none, so a new message needs its German text here.
 */

/** The languages of Lotse's user interfaces. */
export type UiLanguage = 'de' | 'en';

/** Messages without a number or other inserted part. */
const EXACT: Record<string, string> = {
  'A SELECT field needs at least one option': 'Ein Auswahlfeld braucht mindestens eine Option',
  'A cancelled appointment cannot be changed': 'Ein abgesagter Termin kann nicht geändert werden',
  'An appointment that has begun cannot be given to another client':
    'Ein Termin, der schon begonnen hat, kann nicht an andere Ratsuchende gehen',
  'A declined request sets no volume': 'Eine abgelehnte Anfrage legt kein Volumen fest',
  'A group with this name already exists': 'Es gibt schon eine Gruppe mit diesem Namen',
  'Already taken': 'Schon vergeben',
  'This client already has the appointment': 'Diese:r Ratsuchende hat den Termin schon',
  'This client is blocked or being deleted': 'Diese:r Ratsuchende ist gesperrt oder wird gelöscht',
  'Only a single appointment has one client to change':
    'Nur bei einem Einzeltermin lässt sich die:der Ratsuchende ändern',
  'At least 1 day: an operator must be able to undo a deletion':
    'Mindestens 1 Tag: ein Betreiber muss eine Löschung rückgängig machen können',
  'At least 32 characters, e.g. `openssl rand -hex 32`': 'Mindestens 32 Zeichen, z. B. `openssl rand -hex 32`',
  'At least one': 'Mindestens eines',
  'At least one language': 'Mindestens eine Sprache',
  'At most 31 days ago': 'Höchstens 31 Tage zurück',
  'At most one year': 'Höchstens ein Jahr',
  'At most ten years': 'Höchstens zehn Jahre',
  'Before from': 'Liegt vor dem Beginn',
  'Choose a password different from the current one.': 'Wählen Sie ein anderes als das bisherige Passwort.',
  'Choose an active counsellor of the organisation': 'Wählen Sie eine aktive Beraterin oder einen aktiven Berater',
  'Choose at least one event': 'Wählen Sie mindestens ein Ereignis',
  'Choose someone else': 'Wählen Sie jemand anderen',
  'Consent is required': 'Die Einwilligung ist erforderlich',
  Deactivated: 'Deaktiviert',
  'Duplicate option': 'Doppelte Option',
  'Each channel at most once': 'Jeder Kanal höchstens einmal',
  'Each previous secret has at least 32 characters': 'Jedes frühere Geheimnis hat mindestens 32 Zeichen',
  'Empty file': 'Leere Datei',
  'Enter a pseudonym': 'Geben Sie ein Pseudonym ein',
  'Enter a recovery code': 'Geben Sie einen Wiederherstellungscode ein',
  'Enter the 6-digit code from your app': 'Geben Sie den 6-stelligen Code aus Ihrer App ein',
  'Enter the neutral page the quick exit goes to': 'Geben Sie die neutrale Seite an, zu der der Schnellausstieg führt',
  'Enter your current password': 'Geben Sie Ihr aktuelles Passwort ein',
  'Enter your current password.': 'Geben Sie Ihr aktuelles Passwort ein.',
  'Enter your login name': 'Geben Sie Ihren Login-Namen ein',
  'Enter your login name or email': 'Geben Sie Ihren Login-Namen oder Ihre E-Mail-Adresse ein',
  'Enter your password': 'Geben Sie Ihr Passwort ein',
  'Expected a whole number of days': 'Erwartet wird eine ganze Zahl von Tagen',
  'File type not allowed': 'Dateityp nicht erlaubt',
  'Give either clientId or counsellorId': 'Geben Sie entweder clientId oder counsellorId an',
  'Give either the code from your app or a recovery code':
    'Geben Sie entweder den Code aus Ihrer App oder einen Wiederherstellungscode ein',
  'Give the duration: this source does not tell it': 'Geben Sie die Dauer an: diese Quelle nennt sie nicht',
  'Give the file name in the X-Filename header.': 'Geben Sie den Dateinamen im Header X-Filename an.',
  'Internal server error': 'Interner Serverfehler',
  'Invalid cursor': 'Ungültiger Cursor',
  'Invalid key': 'Ungültiger Schlüssel',
  'Invalid organisation key': 'Ungültiger Organisationsschlüssel',
  'Invalid request data': 'Ungültige Anfragedaten',
  'Invalid token': 'Ungültiges Token',
  Missing: 'Fehlt',
  'Missing organisation key': 'Der Organisationsschlüssel fehlt',
  'Must be "de" or "en"': 'Muss "de" oder "en" sein',
  'Must be a URL': 'Muss eine URL sein',
  'Must be a date YYYY-MM-DD': 'Muss ein Datum JJJJ-MM-TT sein',
  'Must be a date YYYY-MM-DD (2000–2099)': 'Muss ein Datum JJJJ-MM-TT sein (2000–2099)',
  'Must be a date as YYYY-MM-DD': 'Muss ein Datum im Format JJJJ-MM-TT sein',
  'Must be a date-time': 'Muss ein Zeitpunkt sein',
  'Must be a language code such as "de" or "en"': 'Muss ein Sprachcode wie "de" oder "en" sein',
  'Must be a language code such as "de" or "en-GB"': 'Muss ein Sprachcode wie "de" oder "en-GB" sein',
  'Must be a single line': 'Muss eine einzelne Zeile sein',
  'Must be a time HH:MM between 00:00 and 24:00': 'Muss eine Uhrzeit HH:MM zwischen 00:00 und 24:00 sein',
  'Must be a valid URL': 'Muss eine gültige URL sein',
  'Must be a valid date': 'Muss ein gültiges Datum sein',
  'Must be a valid email address': 'Muss eine gültige E-Mail-Adresse sein',
  'Must be a valid id': 'Muss eine gültige Kennung sein',
  'Must be a whole number': 'Muss eine ganze Zahl sein',
  'Must be an IANA timezone such as Europe/Berlin': 'Muss eine IANA-Zeitzone wie Europe/Berlin sein',
  'Must be an active staff member': 'Muss ein aktives Teammitglied sein',
  'Must be an http(s) address': 'Muss eine http(s)-Adresse sein',
  'Must be an http(s) address such as https://www.example.org':
    'Muss eine http(s)-Adresse wie https://www.example.org sein',
  'Must be an https URL': 'Muss eine https-URL sein',
  'Must be an origin like https://www.example.org (http or https, no path or query)':
    'Muss ein Origin wie https://www.example.org sein (http oder https, ohne Pfad oder Query)',
  'Must end after it starts': 'Muss nach dem Beginn enden',
  'Must not be a local address': 'Darf keine lokale Adresse sein',
  'Must not be a private or local network address': 'Darf keine private oder lokale Netzwerkadresse sein',
  'Must not be before `from`': 'Darf nicht vor `from` liegen',
  'Must not be empty': 'Darf nicht leer sein',
  'Must not contain a user name or password': 'Darf keinen Benutzernamen und kein Passwort enthalten',
  'Must start with a letter and contain only letters, digits and underscore (at most 40)':
    'Muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und Unterstrich enthalten (höchstens 40)',
  'Must start with https://': 'Muss mit https:// beginnen',
  'Name at least one': 'Nennen Sie mindestens eine Angabe',
  'No single client': 'Keine einzelne Klientin, kein einzelner Klient',
  'No such day': 'Diesen Tag gibt es nicht',
  'Not a topic of your organisation': 'Kein Thema Ihrer Organisation',
  'Not an active counsellor of this organisation': 'Keine aktive Beraterin, kein aktiver Berater dieser Organisation',
  'ON_SITE needs an address': 'Ein Termin vor Ort braucht eine Adresse',
  'One text per option': 'Ein Text je Option',
  'Only SELECT fields have options': 'Nur Auswahlfelder haben Optionen',
  'Only digits, spaces and + ( ) / -': 'Nur Ziffern, Leerzeichen und + ( ) / -',
  'Only for VIDEO': 'Nur für Videotermine',
  'Only letters, digits, _ and -': 'Nur Buchstaben, Ziffern, _ und -',
  'Only letters, digits, dot, underscore and hyphen': 'Nur Buchstaben, Ziffern, Punkt, Unterstrich und Bindestrich',
  'Only letters, digits, spaces and hyphens': 'Nur Buchstaben, Ziffern, Leerzeichen und Bindestriche',
  'Only lower-case letters, digits and hyphens (not at either end)':
    'Nur Kleinbuchstaben, Ziffern und Bindestriche (nicht am Anfang oder Ende)',
  'Only one description per language': 'Nur eine Beschreibung je Sprache',
  'Only one text per language': 'Nur ein Text je Sprache',
  'Please accept the privacy notice': 'Bitte akzeptieren Sie die Datenschutzhinweise',
  'Printable ASCII without spaces (it is sent in an HTTP header)':
    'Druckbare ASCII-Zeichen ohne Leerzeichen (er wird in einem HTTP-Header gesendet)',
  'Required for CAPACITY': 'Erforderlich bei CAPACITY',
  'Required for this source': 'Bei dieser Quelle erforderlich',
  'Required unless logged in': 'Erforderlich, wenn Sie nicht angemeldet sind',
  'Required without a service': 'Ohne Leistung erforderlich',
  'The appointment is not booked': 'Der Termin ist nicht gebucht',
  'The current password is not correct.': 'Das aktuelle Passwort ist nicht richtig.',
  'The fallback counsellor must be an active staff member': 'Die Vertretung muss ein aktives Teammitglied sein',
  'The file is empty.': 'Die Datei ist leer.',
  'The link is incomplete': 'Der Link ist unvollständig',
  'The password is not correct.': 'Das Passwort ist nicht richtig.',
  'The period ends before it starts': 'Der Zeitraum endet vor seinem Beginn',
  'The period is too long': 'Der Zeitraum ist zu lang',
  'The service is briefly unavailable. Please try again in a moment.':
    'Der Dienst ist kurz nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
  'The video room of this appointment is closed': 'Der Videoraum dieses Termins ist geschlossen',
  'The video room opens shortly before the appointment': 'Der Videoraum öffnet kurz vor dem Termin',
  'This account has no email address. Add one first, or set the password directly.':
    'Dieses Konto hat keine E-Mail-Adresse. Ergänzen Sie zuerst eine, oder setzen Sie das Passwort direkt.',
  'This code is not valid. Enter the current 6-digit code from your app.':
    'Dieser Code ist nicht gültig. Geben Sie den aktuellen 6-stelligen Code aus Ihrer App ein.',
  'This counsellor is deactivated': 'Diese Beraterin oder dieser Berater ist deaktiviert',
  'This is not a video appointment': 'Das ist kein Videotermin',
  'This link is invalid or has expired. Please request a new one.':
    'Dieser Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.',
  'This pseudonym is already taken. Please choose another one.':
    'Dieses Pseudonym ist schon vergeben. Bitte wählen Sie ein anderes.',
  'This recovery code is not valid or was used already.':
    'Dieser Wiederherstellungscode ist nicht gültig oder wurde schon verwendet.',
  'This source has no single client to document':
    'Diese Quelle hat keine einzelne Person, die dokumentiert werden kann',
  'Too large': 'Zu groß',
  'Too long': 'Zu lang',
  'Unknown counsellor': 'Unbekannte Beraterin oder unbekannter Berater',
  'Unknown event type': 'Unbekannter Ereignistyp',
  'Unknown holiday region; use COUNTRY or COUNTRY-STATE, e.g. DE-BE':
    'Unbekannte Feiertagsregion; verwenden Sie LAND oder LAND-BUNDESLAND, z. B. DE-BE',
  'Unknown topic': 'Unbekanntes Thema',
  'You already have a seat in this group appointment': 'Sie haben schon einen Platz in diesem Gruppentermin',
  'You cannot chat with yourself.': 'Sie können nicht mit sich selbst chatten.',
  // zod's own messages (zod 4), for rules without a message of their own.
  'Invalid input': 'Ungültige Eingabe',
  'Invalid email address': 'Ungültige E-Mail-Adresse',
  'Invalid UUID': 'Ungültige Kennung',
  'Invalid URL': 'Ungültige URL',
  'Invalid date': 'Ungültiges Datum',
};

const NOUNS: Record<string, string> = {
  characters: 'Zeichen',
  'closing days': 'Schließtage',
  days: 'Tage',
  descriptions: 'Beschreibungen',
  fields: 'Felder',
  languages: 'Sprachen',
  minutes: 'Minuten',
  options: 'Optionen',
  origins: 'Origins',
  topics: 'Themen',
  values: 'Werte',
  windows: 'Zeitfenster',
  channels: 'Kanäle',
  MB: 'MB',
  'at once': 'auf einmal',
  'members per group': 'Mitglieder je Gruppe',
  'webhook endpoints per organisation': 'Webhook-Endpunkte je Organisation',
};

const ZOD_TYPES: Record<string, string> = {
  string: 'Text',
  number: 'Zahl',
  boolean: 'Wahrheitswert',
  array: 'Liste',
  object: 'Objekt',
  date: 'Datum',
  undefined: 'nichts',
  null: 'nichts',
};
const zodType = (t: string) => ZOD_TYPES[t] ?? t;

/** Messages with an inserted number or text. */
const PATTERNS: [RegExp, (...parts: string[]) => string | undefined][] = [
  [
    /^At (least|most) (\d+(?:\.\d+)?)(?: (.+))?$/,
    (which, n, noun) => {
      const word = which === 'least' ? 'Mindestens' : 'Höchstens';
      if (!noun) return `${word} ${n}`;
      const de = NOUNS[noun] ?? (n === '1' ? NOUNS[`${noun}s`] : undefined);
      if (noun === 'minute' || noun === 'day') return `${word} ${n} ${noun === 'minute' ? 'Minute' : 'Tag'}`;
      return de ? `${word} ${n} ${de}` : undefined;
    },
  ],
  [/^A client group has at most (\d+) members$/, (n) => `Eine Klientengruppe hat höchstens ${n} Mitglieder`],
  [/^The organisation has (\d+) text templates already$/, (n) => `Die Einrichtung hat schon ${n} Textbausteine`],
  [/^You have (\d+) text templates already$/, (n) => `Sie haben schon ${n} eigene Textbausteine`],
  [/^Must be more than (\d+)$/, (n) => `Muss größer als ${n} sein`],
  [/^Request more than the current volume of (\d+)\.$/, (n) => `Fragen Sie mehr als das aktuelle Volumen von ${n} an.`],
  [/^The file is larger than (\d+(?:\.\d+)?) MB\.$/, (n) => `Die Datei ist größer als ${n} MB.`],
  [
    /^This kind of file is not accepted\. Allowed: (.+)\.$/,
    (list) => `Diese Art von Datei wird nicht angenommen. Erlaubt: ${list}.`,
  ],
  [/^Not one of the organisation's languages \((.+)\)$/, (list) => `Keine der Sprachen der Organisation (${list})`],
  [
    /^Use at least (\d+) characters \(this one has (\d+)\)\.$/,
    (n, has) => `Verwenden Sie mindestens ${n} Zeichen (dieses hat ${has}).`,
  ],
  [/^Use at most (\d+) characters\.$/, (n) => `Verwenden Sie höchstens ${n} Zeichen.`],
  [
    /^Do not use (.+) in the password\.$/,
    (what) => {
      const de = {
        'your login name': 'Ihren Login-Namen',
        'your email address': 'Ihre E-Mail-Adresse',
        'your name': 'Ihren Namen',
      }[what];
      return `Verwenden Sie ${de ?? what} nicht im Passwort.`;
    },
  ],
  [
    // zxcvbn's hint is English only: the German text leaves it out.
    /^This password is too easy to guess\..* Make it longer with unusual words, or add digits and symbols in unexpected places\.$/,
    () =>
      'Dieses Passwort ist zu leicht zu erraten. Machen Sie es länger mit ungewöhnlichen Wörtern, oder fügen Sie Ziffern und Zeichen an unerwarteten Stellen ein.',
  ],
  // zod's own messages (zod 4).
  [/^Invalid input: expected (\w+), received (\w+)$/, (t) => `Ungültige Eingabe: ${zodType(t)} erwartet`],
  [/^Too small: expected \w+ to have >=?(\d+) characters?$/, (n) => `Mindestens ${n} Zeichen`],
  [/^Too big: expected \w+ to have <=?(\d+) characters?$/, (n) => `Höchstens ${n} Zeichen`],
  [/^Too small: expected \w+ to have >=?(\d+) items?$/, (n) => `Mindestens ${n} Einträge`],
  [/^Too big: expected \w+ to have <=?(\d+) items?$/, (n) => `Höchstens ${n} Einträge`],
  [/^Too small: expected number to be >=?(-?[\d.]+)$/, (n) => `Mindestens ${n}`],
  [/^Too big: expected number to be <=?(-?[\d.]+)$/, (n) => `Höchstens ${n}`],
  [/^Invalid option: expected one of (.+)$/, (list) => `Ungültige Auswahl: erwartet wird eines von ${list}`],
  [/^Invalid string: must match pattern .+$/, () => 'Ungültiges Format'],
  [/^Unrecognized keys?: (.+)$/, (keys) => `Unbekannte Angabe: ${keys}`],
];

/** The German text of an English field or summary message; the message itself when there is none. */
export function germanMessage(message: string): string {
  const exact = EXACT[message];
  if (exact !== undefined) return exact;
  for (const [pattern, german] of PATTERNS) {
    const m = pattern.exec(message);
    if (!m) continue;
    const text = german(...m.slice(1).map((p) => p ?? ''));
    if (text !== undefined) return text;
  }
  return message;
}

/** The message in `lang`: German when there is a German text, else as written. */
export function localMessage(message: string, lang: UiLanguage): string {
  return lang === 'de' ? germanMessage(message) : message;
}

/**
 * The UI language an `Accept-Language` header asks for: the first of `de` and `en` in its order of
 * preference (`q`), or null when it names neither (then the caller's organisation decides, else German).
 */
export function uiLanguage(acceptLanguage: string | null | undefined): UiLanguage | null {
  if (!acceptLanguage) return null;
  let best: UiLanguage | null = null;
  let bestQ = 0;
  for (const part of acceptLanguage.slice(0, 200).split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const base = tag.trim().toLowerCase().split('-')[0];
    if (base !== 'de' && base !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > bestQ) {
      best = base;
      bestQ = q;
    }
  }
  return best;
}

/** The UI language of an organisation's locale (`de`, `en`, `en-GB`…): English for English, else German. */
export function organisationUiLanguage(locale: string | null | undefined): UiLanguage {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'de';
}
