import { css } from 'lit';

/** The client-groups screen's own pieces; lists, forms and dialogs come from the shared sheets. */
export const groupStyles = css`
  .crumbs {
    margin: 0 0 var(--_space);
  }
  section.group {
    margin-top: calc(var(--_space) * 2);
    display: grid;
    gap: var(--_space);
  }
  section.group h2:focus {
    outline: none;
  }
  h3 {
    font-size: 1.05rem;
    margin: var(--_space) 0 0;
  }
  td.description {
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  ul.found {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  ul.found li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    border-bottom: 1px solid #e4e7eb;
    padding: calc(var(--_space) * 0.5) 0;
  }
  .add {
    display: grid;
    gap: var(--_space);
  }
  .danger-zone {
    border-top: 1px solid #e4e7eb;
    padding-top: var(--_space);
  }
  textarea {
    min-height: 5rem;
  }
`;
