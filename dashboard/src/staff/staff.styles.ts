import { css } from 'lit';

export const staffStyles = css`
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .head h2 {
    margin: 0;
  }
  .licence {
    font-size: 1.1rem;
    font-weight: 600;
  }
  .warning {
    color: var(--_warning);
    font-weight: 600;
  }
  th[scope='row'] {
    font-weight: normal;
  }
  .person {
    display: block;
    font-weight: 600;
  }
  .display {
    display: block;
    font-size: 0.9em;
  }
  .email {
    overflow-wrap: anywhere;
  }
  .badge.on {
    color: var(--_success);
    border-color: var(--_success);
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  #delete-dialog {
    width: min(30rem, 95vw);
  }
  #delete-dialog button.danger {
    background: var(--_danger);
    color: #fff;
  }
  .requests li {
    display: block;
  }
`;
