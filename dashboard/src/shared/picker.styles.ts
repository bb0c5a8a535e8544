import { css } from 'lit';

/**
 * The search pickers' common look (`<lotse-client-picker>`, `<lotse-client-group-picker>`): a fieldset
 * with its legend, a search field, and a scrolling list of radio buttons or checkboxes; the chosen ones
 * in bold.
 */
export const pickerStyles = css`
  fieldset {
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  fieldset[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  legend {
    font-weight: 600;
    padding: 0 calc(var(--_space) * 0.5);
  }
  p {
    margin: 0;
  }
  input[type='search'] {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    min-height: 2.75rem;
    width: 100%;
  }
  input[type='search'][aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .options {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    max-height: 12rem;
    overflow-y: auto;
  }
  .options .check.chosen label {
    font-weight: 600;
  }
`;
