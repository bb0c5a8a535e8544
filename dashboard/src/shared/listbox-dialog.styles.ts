import { css } from 'lit';

/**
 * A modal dialog with a search field over a listbox whose options are chosen with the arrow keys: the
 * command palette and the text template picker.
 */
export const listboxDialogStyles = css`
  dialog {
    border: none;
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 2);
    width: min(40rem, 95vw);
    margin-top: 12vh;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  label {
    display: block;
    margin-bottom: calc(var(--_space) * 0.5);
  }
  input {
    font: inherit;
    width: 100%;
    min-height: 2.75rem;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  ul {
    margin-top: var(--_space);
    max-height: 50vh;
    overflow-y: auto;
    gap: 0;
  }
  li {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  li[aria-selected='true'] {
    background: var(--_info-bg);
    color: var(--_primary);
    box-shadow: inset 4px 0 0 var(--_primary);
  }
  .close {
    margin-top: var(--_space);
  }
`;
