import { css } from 'lit';

export const webhookStyles = css`
  .webhooks {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 2);
  }
  li.webhook {
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  h3.url {
    overflow-wrap: anywhere;
    font-family: ui-monospace, monospace;
    font-size: 0.95rem;
  }
  h4 {
    font-size: 1rem;
    margin: 0;
  }
  .badge {
    border-radius: 999px;
    padding: 0 calc(var(--_space) * 0.75);
    font-size: 0.85em;
    border: 1px solid currentColor;
  }
  .badge.on {
    color: #1e6b3a;
  }
  .badge.off {
    color: #52606d;
  }
  p.events,
  li.webhook > p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
  }
  .event-choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
    gap: calc(var(--_space) * 0.5);
  }
  .secret {
    border: 2px solid #b7791f;
    background: #fffaf0;
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  .secret .hint {
    color: #1f2933;
  }
  #webhook-secret {
    font-family: ui-monospace, monospace;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table.attempts {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }
  table.attempts th,
  table.attempts td {
    text-align: left;
    padding: calc(var(--_space) * 0.4) calc(var(--_space) * 0.6);
    border-bottom: 1px solid #e4e7eb;
    vertical-align: top;
  }
  td.failed {
    color: var(--_danger);
  }
  form.webhook-form {
    border-top: 1px solid #e4e7eb;
    padding-top: var(--_space);
  }
  form.webhook-form.new {
    border: none;
    padding-top: 0;
    margin-top: calc(var(--_space) * 1.5);
  }
`;
