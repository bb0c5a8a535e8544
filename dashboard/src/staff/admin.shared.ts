/**
 * Pieces the Team, Einrichtung and Profil screens share: the look of their forms (sections of fields,
 * number and date inputs the widgets' sheet does not style, dialogs) and the "not for you" screen that
 * an admin route shows to a counsellor. The API refuses those operations anyway; the screen only saves
 * them a page of errors.
 */
import { css, html } from 'lit';
import { defineMessages, type Locale } from '../../../widgets/src/shared/i18n.js';

const messages = defineMessages({
  de: {
    notAllowed: 'Diese Seite ist Admins Ihrer Einrichtung vorbehalten. Sie dürfen sie nicht öffnen.',
    home: 'Zur Übersicht',
  },
  en: {
    notAllowed: 'This page is for your organisation’s admins. You may not open it.',
    home: 'Go to the overview',
  },
});

/** The screen an admin route shows to a counsellor, under the screen's own heading. */
export const notAllowed = (locale: Locale, title: string) => {
  const t = messages.for(locale);
  return html`<h1>${title}</h1>
    <p class="status error" role="alert">${t.notAllowed}</p>
    <p><a href="/dashboard">${t.home}</a></p>`;
};

export const formStyles = css`
  .sections {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  section.card > h2 + p {
    margin-top: 0;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .fields {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
    align-items: start;
  }
  .fields .wide {
    grid-column: 1 / -1;
  }
  fieldset {
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 calc(var(--_space) * 0.5);
  }
  input[type='number'],
  input[type='date'],
  input[type='url'],
  input[type='tel'] {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    min-height: 2.75rem;
    width: 100%;
  }
  input[type='number'][aria-invalid='true'],
  input[type='date'][aria-invalid='true'],
  input[type='url'][aria-invalid='true'],
  input[type='tel'][aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .ok {
    color: var(--_success);
    font-weight: 600;
  }
  /* Live regions stay in the page (so they announce), but take no room while empty. */
  p.status:empty,
  p.notice:empty {
    min-height: 0;
    margin: 0;
  }
  .notice:not(:empty) {
    background: var(--_info-bg);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    font-weight: 600;
  }
  dialog {
    border: none;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
    box-shadow: var(--_shadow);
    width: min(40rem, 95vw);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  table.list {
    width: 100%;
    border-collapse: collapse;
    background: var(--_background);
  }
  table.list th,
  table.list td {
    text-align: start;
    padding: var(--_space);
    border-bottom: 1px solid #e4e7eb;
    vertical-align: top;
  }
  table.list thead th {
    background: var(--_surface);
    font-size: 0.9em;
  }
  table.list td .actions {
    gap: calc(var(--_space) * 0.5);
  }
  table.list td button {
    min-height: 2.25rem;
    padding: calc(var(--_space) * 0.25) var(--_space);
  }
  /* Tablets and 200 % zoom: each row as a block. */
  @media (max-width: 60rem) {
    table.list thead {
      position: absolute;
      left: -9999px;
    }
    table.list tr,
    table.list td,
    table.list th[scope='row'] {
      display: block;
    }
    table.list tr {
      border-bottom: 2px solid #d5dbe1;
      padding-block: var(--_space);
    }
    table.list td,
    table.list th[scope='row'] {
      border: none;
      padding: calc(var(--_space) * 0.25) var(--_space);
    }
  }
`;
