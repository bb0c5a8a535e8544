/**
 * Texts every widget says alike, spread into each widget's catalogue (`de: { ...sharedMessages.de, … }`),
 * so that they are written once and sit once in the shared chunk of the bundle.
 */
export const sharedMessages = {
  de: {
    /** SERVICE_UNAVAILABLE (HTTP 503): a part of the service is out for a moment; nothing to fix on the visitor's side. */
    serviceUnavailable:
      'Der Dienst ist gerade vorübergehend nicht erreichbar. Bitte versuchen Sie es in einem Moment noch einmal.',
  },
  en: {
    serviceUnavailable: 'The service is temporarily unavailable. Please try again in a moment.',
  },
} as const;
