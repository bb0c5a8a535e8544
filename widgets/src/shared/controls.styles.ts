import { css } from 'lit';

/**
 * Control conventions shared by the widgets: buttons (`button` and links styled as one, `.button`),
 * with the variants `.primary` and `.link`, and lists without bullets (`ul.plain`, `ol.plain`).
 * Colours come from the base's `--_*` variables, so a theme set on the host applies here too. Widgets
 * add their own rules after this sheet (which win over these at equal specificity), e.g. a busy
 * button's cursor (`[aria-disabled='true']`) or a disabled one's look.
 */
export const controlStyles = css`
  ul.plain,
  ol.plain {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  button,
  .button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    min-height: 2.75rem;
    background: var(--_background);
    color: var(--_primary);
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
  }
  button:hover,
  .button:hover {
    background: var(--_surface);
  }
  /* After the hover rule on purpose: a hovered primary button keeps its colour (and brightens). */
  button.primary,
  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  button.primary:hover {
    filter: brightness(1.1);
  }
  button.link {
    border: none;
    min-height: 0;
    padding: 0;
    background: none;
    text-decoration: underline;
    display: inline;
    text-align: start;
  }
`;
