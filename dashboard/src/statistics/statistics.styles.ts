import { css } from 'lit';

/** The statistics screen's own pieces; fields, date inputs and tables come from the admin sheet. */
export const statisticsStyles = css`
  .intro {
    margin-top: 0;
  }
  form.period {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin-bottom: var(--_space);
  }
  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .presets button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .period-fields {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    align-items: end;
  }
  .period-fields .field {
    min-width: min(11rem, 100%);
  }
  .period-fields .field.counsellor {
    min-width: min(16rem, 100%);
  }
  p.error:empty {
    margin: 0;
  }
  .shown {
    font-weight: 600;
  }
  dl.figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
    gap: var(--_space);
    margin: 0;
  }
  dl.figures > div {
    background: var(--_background);
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.25);
  }
  dl.figures dt {
    font-weight: 600;
    color: var(--_muted);
    font-size: 0.95em;
  }
  dl.figures dd {
    margin: 0;
  }
  .value {
    font-size: 1.6rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  details {
    font-size: 0.9em;
  }
  details summary {
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
    width: fit-content;
  }
  details p {
    margin: calc(var(--_space) * 0.5) 0 0;
    color: var(--_text);
  }
  .block {
    margin-top: calc(var(--_space) * 2);
  }
  .downloads .actions {
    margin-top: var(--_space);
  }
  fieldset.metric {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: center;
    width: fit-content;
  }
  fieldset.metric label {
    display: inline-flex;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
    font-weight: normal;
  }
  fieldset.metric input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .table-pair {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    align-items: start;
    margin-top: var(--_space);
  }
  @media (max-width: 60rem) {
    .table-pair {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* Not the admin sheet's table.list: that one turns rows into blocks on narrow screens, which would
     part the numbers from their column headings. Three columns fit at 200 % zoom. */
  table.numbers {
    width: 100%;
    border-collapse: collapse;
    background: var(--_background);
  }
  table.numbers th,
  table.numbers td {
    text-align: start;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-bottom: 1px solid #e4e7eb;
  }
  table.numbers thead th {
    background: var(--_surface);
    font-size: 0.9em;
  }
  table.numbers .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  table.numbers caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: calc(var(--_space) * 0.5);
  }
`;
