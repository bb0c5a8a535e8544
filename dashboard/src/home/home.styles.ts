import { css } from 'lit';

export const homeStyles = css`
  .grid {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
    align-items: start;
  }
  h3 {
    font-size: 1rem;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
  }
  .requests li {
    display: grid;
  }
  .due {
    font-size: 0.9em;
  }
  .due.overdue {
    color: var(--_danger);
    font-weight: 600;
  }
  .when {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  legend {
    font-weight: 600;
    margin-bottom: var(--_space);
  }
`;
