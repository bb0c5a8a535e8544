import { css } from 'lit';

export const mailStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    align-items: end;
    margin-bottom: var(--_space);
  }
  .filters .field {
    min-width: 12rem;
  }
  .filters .field:first-child {
    flex: 1 1 18rem;
  }
  .filters .check {
    align-items: center;
    min-height: 2.75rem;
  }
  input[type='search'] {
    font: inherit;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    min-height: 2.75rem;
    width: 100%;
  }
  table.requests {
    width: 100%;
    border-collapse: collapse;
    background: var(--_background);
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
  }
  table.requests th,
  table.requests td {
    text-align: start;
    padding: var(--_space);
    border-bottom: 1px solid #e4e7eb;
    vertical-align: top;
  }
  table.requests th {
    background: var(--_surface);
    font-size: 0.9em;
  }
  tr.overdue td:first-child {
    box-shadow: inset 4px 0 0 var(--_danger);
  }
  .due {
    display: block;
    font-size: 0.9em;
  }
  .empty {
    padding: calc(var(--_space) * 2);
    background: var(--_background);
    border-radius: var(--_radius);
  }
  .more {
    margin-top: var(--_space);
  }
  /* Narrow screens and 200 % zoom: each request as a block. */
  @media (max-width: 48rem) {
    table.requests thead {
      position: absolute;
      left: -9999px;
    }
    table.requests tr,
    table.requests td {
      display: block;
    }
    table.requests tr {
      border-bottom: 2px solid #d5dbe1;
    }
    table.requests td {
      border: none;
      padding: calc(var(--_space) * 0.25) var(--_space);
    }
  }
`;
