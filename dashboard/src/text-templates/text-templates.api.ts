/**
 * The text templates' operations as the dashboard uses them (the insert dialog and the manager), and
 * the browser's part of templates: filling in the placeholders when one is inserted.
 */
import { graphql } from '../gql/index.js';
import type { DashboardTextTemplatesQuery } from '../gql/graphql.js';

export type TextTemplate = DashboardTextTemplatesQuery['textTemplates'][number];

export const TEXT_TEMPLATES = graphql(`
  query DashboardTextTemplates($scope: TextTemplateScope) {
    textTemplates(scope: $scope) {
      id
      scope
      title
      body
      mayEdit
    }
  }
`);

export const CREATE_TEXT_TEMPLATE = graphql(`
  mutation DashboardCreateTextTemplate($input: CreateTextTemplateInput!) {
    createTextTemplate(input: $input) {
      id
    }
  }
`);

export const UPDATE_TEXT_TEMPLATE = graphql(`
  mutation DashboardUpdateTextTemplate($input: UpdateTextTemplateInput!) {
    updateTextTemplate(input: $input) {
      id
    }
  }
`);

export const DELETE_TEXT_TEMPLATE = graphql(`
  mutation DashboardDeleteTextTemplate($input: TextTemplateIdInput!) {
    deleteTextTemplate(input: $input)
  }
`);

/**
 * A template's text with its placeholders filled in: `{{pseudonym}}` (the client's pseudonym, where the
 * answer goes to one client) and `{{counsellor}}` (the viewer's display name). A placeholder without a
 * value stays as written, so the writer sees it and fills it in.
 */
export function fillPlaceholders(body: string, values: { pseudonym?: string | null; counsellor?: string | null }) {
  return body.replace(/\{\{\s*(pseudonym|counsellor)\s*\}\}/g, (match, name: 'pseudonym' | 'counsellor') => {
    return values[name] ?? match;
  });
}

/** Folded for a search that ignores case and accents ("muller" finds "Müller"), as the API's search does. */
export const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de').replace(/ß/g, 'ss');

/** Inserts `text` into a field at its selection (replacing it) and tells the field's owner, as typing would. */
export function insertIntoField(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  field.focus();
  field.setRangeText(text, start, end, 'end');
  // The screens save and count what is typed on `input` (the mail draft, the chat's typing state).
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
