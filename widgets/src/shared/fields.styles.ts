import { css } from 'lit';

/**
 * Form-field conventions shared by the widgets: consent checkboxes (`.check`), field errors
 * (`.error`) and hints (`.hint`). (The invalid-field border stays in each widget's sheet: it must
 * come after, and be as specific as, that widget's own input rules.) Colours come from the base's `--_*` variables,
 * so a theme set on the host applies here too. Widgets add their own rules after this sheet.
 */
export const fieldStyles = css`
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
