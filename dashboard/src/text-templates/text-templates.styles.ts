import { css } from 'lit';
import { listboxDialogStyles } from '../shared/listbox-dialog.styles.js';

/** The insert dialog: a search field over a list of templates, like the command palette. */
export const insertStyles = [
  listboxDialogStyles,
  css`
    :host {
      display: inline-block;
    }
    h2 {
      margin-top: 0;
    }
    li .title {
      font-weight: 600;
    }
    li .preview {
      display: block;
      color: var(--_muted);
      font-size: 0.875em;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    li[aria-selected='true'] .preview {
      color: var(--_text);
    }
    .keys {
      font-size: 0.875em;
      margin: var(--_space) 0 0;
    }
  `,
];

/** The manager's list of templates (profile, organisation settings). */
export const managerStyles = css`
  .templates {
    margin: calc(var(--_space) * 1.5) 0;
  }
  .templates > li {
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .templates h3 {
    font-size: 1rem;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .templates .body {
    white-space: pre-wrap;
    margin: 0 0 var(--_space);
    max-height: 8.5em;
    overflow: auto;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  dialog {
    border: none;
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 2);
    width: min(40rem, 95vw);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  dialog h2 {
    margin-top: 0;
  }
  .notice {
    min-height: 1.5em;
    margin: 0;
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
`;
