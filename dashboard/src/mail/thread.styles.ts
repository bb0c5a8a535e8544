import { css } from 'lit';

export const threadStyles = css`
  .back {
    margin: 0 0 var(--_space);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin: 0;
  }
  .notice-line:not(:empty) {
    background: var(--_info-bg);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    font-weight: 600;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 20rem;
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  .thread,
  aside {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .messages li {
    background: var(--_background);
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .messages li.from-counsellor {
    border-inline-start: 4px solid var(--_primary);
  }
  .messages .author {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .messages .body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .reply {
    display: grid;
    gap: var(--_space);
  }
  textarea {
    resize: vertical;
  }
  .confirm {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    font-weight: 600;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: 0 0 var(--_space);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  aside li {
    display: grid;
  }
  @media (max-width: 64rem) {
    .layout {
      grid-template-columns: 1fr;
    }
  }
`;
