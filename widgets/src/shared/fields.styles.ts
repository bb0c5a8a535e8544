import { css } from 'lit';

/**
 * Form-field conventions shared by the widgets: a field (`.field`: label, input, hint and error one below
 * the other), labels, text inputs, selects and textareas, consent checkboxes (`.check`), field errors
 * (`.error`) and hints (`.hint`), and the invalid-field border (`aria-invalid`: as specific as the input
 * rule and after it, so it wins over it). Colours come from the base's `--_*` variables, so a theme set on the
 * host applies here too. Widgets add their own rules after this sheet.
 */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  label {
    font-weight: 600;
  }
  input[type='text'],
  input[type='email'],
  input[type='password'],
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    min-height: 2.75rem;
    width: 100%;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space);
    align-items: start;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_primary);
  }
  .check label {
    font-weight: normal;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
