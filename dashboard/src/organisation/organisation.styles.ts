import { css } from 'lit';

export const organisationStyles = css`
  .toc ul.plain {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 2);
  }
  h3 {
    font-size: 1rem;
    margin: 0;
  }
  .closing-row {
    display: grid;
    grid-template-columns: minmax(10rem, 14rem) minmax(0, 1fr) auto;
    gap: var(--_space);
    align-items: end;
  }
  .closing-row button {
    margin-bottom: 1.6em;
  }
  .check label .muted {
    display: block;
  }
  .topics {
    margin-bottom: calc(var(--_space) * 2);
  }
  form.topic {
    border-bottom: 1px solid #e4e7eb;
    padding-bottom: var(--_space);
    gap: calc(var(--_space) * 0.5);
  }
  form.topic.new {
    border: none;
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .confirm {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .md-field + .md-field {
    margin-top: var(--_space);
  }
  .md-field .row {
    justify-content: space-between;
  }
  .label {
    font-weight: 600;
  }
  .key {
    max-width: 30rem;
    margin-block: calc(var(--_space) * 2) var(--_space);
  }
  pre.snippet {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: #1f2933;
    color: #f5f7fa;
    border-radius: var(--_radius);
    overflow-x: auto;
    font-size: 0.9em;
  }
  @media (max-width: 48rem) {
    .closing-row {
      grid-template-columns: 1fr;
    }
    .closing-row button {
      margin-bottom: 0;
    }
  }
`;
