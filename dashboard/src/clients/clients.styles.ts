import { css } from 'lit';

/** The client screens' own pieces; forms, dialogs and lists come from the admin sheet (admin.shared.ts). */
export const clientStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    align-items: end;
    margin-bottom: var(--_space);
  }
  .filters .field {
    min-width: min(12rem, 100%);
  }
  .filters .field:first-child {
    flex: 1 1 18rem;
  }
  input[type='search'],
  input[type='file'] {
    font: inherit;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    min-height: 2.75rem;
    width: 100%;
    background: var(--_background);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .head h1 {
    margin: 0;
  }
  .pending,
  .pending a {
    text-decoration: line-through;
  }
  button.star {
    min-width: 2.75rem;
    font-size: 1.2em;
    line-height: 1;
  }
  button.star[aria-pressed='true'] {
    color: var(--_warning);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  ol.records {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  ol.records > li {
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_background);
  }
  .record-meta {
    font-size: 0.9em;
    color: var(--_muted);
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .record-body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0;
  }
  textarea {
    min-height: 6rem;
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    margin: 0;
  }
  dl.facts dt {
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
  }
  .data-export {
    margin-top: calc(var(--_space) * 2);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
`;
