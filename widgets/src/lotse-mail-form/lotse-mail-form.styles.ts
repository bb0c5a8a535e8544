/** Styles of `<lotse-mail-form>`, on top of the base tokens (`--_primary` …, see shared/base.ts). */
import { css } from 'lit';

export const mailFormStyles = css`
  :host {
    --_message-client: var(--lotse-mail-form-client-message-background, var(--_surface));
    --_message-counsellor: var(--lotse-mail-form-counsellor-message-background, var(--_background));
    max-width: 48rem;
  }

  .mail-form {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  h4 {
    margin: 0;
    font-size: 1.05em;
  }

  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .account {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding-bottom: var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  .account p {
    flex: 1 1 12rem;
    overflow-wrap: anywhere;
  }

  .notice {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border-left: 0.3rem solid var(--_danger);
    background: var(--_surface);
    color: var(--_text);
  }
  /* The alert region stays in the DOM (so that new content is announced) but takes no room while empty.
     After the .notice rule on purpose: ":has(*)" adds no specificity. */
  .notice:not(:has(*)) {
    display: none;
  }
  .notice[data-tone='info'] {
    border-left-color: var(--_primary);
  }
  .notice ul {
    margin: 0;
    padding-left: 1.25rem;
  }

  /* Buttons and plain lists: see shared/controls.styles.ts. */
  button[aria-disabled='true'] {
    cursor: progress;
  }

  form {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  fieldset {
    margin: 0;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: calc(var(--_space) * 2);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 calc(var(--_space) * 0.5);
  }
  fieldset.choices {
    border: none;
    padding: 0;
    gap: var(--_space);
  }
  fieldset.choices legend {
    padding: 0;
    margin-bottom: calc(var(--_space) * 0.5);
  }
  textarea {
    resize: vertical;
    min-height: 10rem;
  }
  .hint {
    font-weight: normal;
  }
  a {
    color: var(--_primary);
  }

  /* A counsellor to choose: a radio button in a card with avatar and name. */
  .option {
    display: grid;
    grid-template-columns: auto auto 1fr;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: normal;
    cursor: pointer;
  }
  .option:has(input:checked) {
    border: 2px solid var(--_primary);
  }
  .option input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .option .text {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }
  .option .name {
    font-weight: 600;
  }
  .avatar {
    width: 3rem;
    height: 3rem;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_background);
    display: grid;
    place-items: center;
    font-weight: 600;
    font-size: 1.1em;
    color: var(--_primary);
    border: 1px solid var(--_border);
  }

  .summary {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 1.5);
    margin: 0;
  }
  .summary dt {
    color: var(--_muted);
  }
  .summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .success {
    color: var(--_success);
    font-weight: 600;
  }

  /* The list of the client's requests. */
  .request {
    width: 100%;
    display: grid;
    grid-template-columns: 1fr auto;
    gap: calc(var(--_space) * 0.25) var(--_space);
    justify-content: stretch;
    text-align: start;
    color: var(--_text);
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .request:hover {
    border-color: var(--_primary);
  }
  .request .subject {
    font-weight: 600;
    color: var(--_primary);
    overflow-wrap: anywhere;
  }
  .request .muted {
    grid-column: 1 / -1;
  }
  .status {
    justify-self: end;
    align-self: start;
    font-size: 0.875em;
    font-weight: 600;
    padding: 0 var(--_space);
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_background);
    color: var(--_text);
    white-space: nowrap;
  }
  .status[data-status='ANSWERED'] {
    border-color: var(--_success);
    color: var(--_success);
  }
  .status[data-status='WAITING'] {
    border-color: var(--_primary);
    color: var(--_primary);
  }

  /* One thread: the client's messages and the counsellors' answers, newest last. */
  .thread {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .message {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_message-counsellor);
  }
  .message[data-from='client'] {
    background: var(--_message-client);
    margin-inline-start: calc(var(--_space) * 4);
  }
  .message[data-from='counsellor'] {
    border-left: 0.3rem solid var(--_primary);
    margin-inline-end: calc(var(--_space) * 4);
  }
  .message .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .message .author {
    font-weight: 600;
    color: var(--_text);
  }
  .message .body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .come-back {
    display: grid;
    gap: var(--_space);
  }
  .page-address {
    overflow-wrap: anywhere;
  }
`;
