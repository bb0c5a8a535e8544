import { css } from 'lit';

/**
 * Case documentation's own pieces. Forms, dialogs, notices come from the admin sheet (admin.shared.ts),
 * the record list and facts from the client screens' sheet (clients.styles.ts).
 */
export const monitoringStyles = css`
  .client-line {
    margin: 0;
  }
  .client-line .label {
    font-weight: 600;
  }
  .topic-choices {
    display: grid;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    grid-template-columns: repeat(auto-fill, minmax(min(12rem, 100%), 1fr));
  }
  h3 {
    font-size: 1rem;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .record-title {
    font-weight: 600;
    margin: 0 0 calc(var(--_space) * 0.5);
    overflow-wrap: anywhere;
  }
  .record-facts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .stack {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .stack h2 {
    margin: 0;
  }
  .list-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
  }
  .list-head h2 {
    margin: 0;
  }
  .document {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .document .status:empty,
  .document [role='status']:empty {
    display: none;
  }
  li .actions button {
    min-height: 2.25rem;
    padding: calc(var(--_space) * 0.25) var(--_space);
  }
`;
