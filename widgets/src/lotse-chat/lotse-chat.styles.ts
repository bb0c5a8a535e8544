/** Styles of `<lotse-chat>`, on top of the base tokens (`--_primary` …, see shared/base.ts). */
import { css } from 'lit';

export const chatStyles = css`
  :host {
    --_own: var(--lotse-chat-own-message-background, var(--_primary));
    --_on-own: var(--lotse-chat-own-message-color, var(--_on-primary));
    --_other: var(--lotse-chat-other-message-background, var(--_surface));
    --_online: var(--lotse-chat-online-color, var(--_success));
    --_offset: var(--lotse-chat-offset, 1rem);
  }

  /* The bubble and the panel float over the page; the host itself takes no room. */
  .chat {
    position: fixed;
    inset-block-end: var(--_offset);
    inset-inline-end: var(--_offset);
    z-index: var(--lotse-chat-z-index, 2147483000);
    display: flex;
    flex-direction: column-reverse;
    align-items: flex-end;
    gap: calc(var(--_space) * 1.5);
    max-width: calc(100vw - 2 * var(--_offset));
  }

  /* Buttons: see shared/controls.styles.ts; here a little narrower. */
  button {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.25);
  }
  button[aria-disabled='true'] {
    cursor: progress;
  }
  button.icon {
    min-width: 2.75rem;
    padding: 0;
  }
  svg {
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  a {
    color: inherit;
  }
  p {
    margin: 0;
  }

  /* ── the bubble ── */
  .launcher {
    position: relative;
  }
  .bubble {
    position: relative;
    min-height: 3.5rem;
    padding: 0 calc(var(--_space) * 2.5);
    border-radius: 999px;
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
    box-shadow: var(--_shadow);
    font-weight: 600;
  }
  .bubble:hover {
    background: var(--_primary);
    filter: brightness(1.1);
  }
  .bubble svg {
    width: 1.5rem;
    height: 1.5rem;
  }
  .dot {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    background: var(--_muted);
    border: 2px solid var(--_background);
    flex: none;
  }
  .dot[data-reachable='true'] {
    background: var(--_online);
  }
  /* Presence unknown (no connection): hollow, in the danger colour. */
  .dot[data-reachable='unknown'] {
    background: var(--_background);
    border-color: var(--_danger);
  }
  .bubble .offline {
    font-size: 0.875em;
  }
  /* Beside the button, not in it: the button's name already says how many are unread. */
  .badge {
    pointer-events: none;
    position: absolute;
    inset-block-start: -0.4rem;
    inset-inline-end: -0.2rem;
    min-width: 1.5rem;
    height: 1.5rem;
    padding: 0 0.35rem;
    border-radius: 999px;
    background: var(--_danger);
    color: #ffffff;
    border: 2px solid var(--_background);
    font-size: 0.8125rem;
    line-height: 1.25rem;
    text-align: center;
  }

  /* ── the panel ── */
  .panel {
    display: flex;
    flex-direction: column;
    width: min(24rem, calc(100vw - 2 * var(--_offset)));
    height: min(36rem, calc(100vh - 6rem - 2 * var(--_offset)));
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    overflow: hidden;
  }
  .panel > .quick-exit-bar {
    margin: 0;
    padding: calc(var(--_space) * 0.5);
  }
  @media (max-width: 30rem) {
    .panel {
      height: calc(100vh - 5.5rem - 2 * var(--_offset));
    }
  }
  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    padding: var(--_space) var(--_space) var(--_space) calc(var(--_space) * 2);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .header .titles {
    flex: 1;
    min-width: 0;
    padding-top: calc(var(--_space) * 0.25);
  }
  .header h2 {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .header h2:focus {
    outline: none;
  }
  .header h2:focus-visible,
  .header :focus-visible {
    outline-color: var(--_on-primary);
  }
  .presence {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .header button {
    background: transparent;
    color: var(--_on-primary);
    border-color: transparent;
  }
  .header button:hover {
    background: transparent;
    border-color: var(--_on-primary);
  }

  .account {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
    font-size: 0.875em;
  }
  .account p {
    flex: 1 1 8rem;
    overflow-wrap: anywhere;
  }
  .account button {
    min-height: 2.25rem;
  }
  .confirm {
    display: grid;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }

  .connection {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
    background: var(--_surface);
    border-bottom: 2px solid var(--_danger);
    font-size: 0.875em;
    font-weight: 600;
  }

  .notice {
    margin: var(--_space) calc(var(--_space) * 2) 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border-left: 0.3rem solid var(--_danger);
    background: var(--_surface);
  }
  /* The alert region stays in the DOM (so that new content is announced) but takes no room while empty. */
  .notice:not(:has(*)) {
    display: none;
  }
  .notice[data-tone='info'] {
    border-left-color: var(--_primary);
  }

  /* Views other than the conversation scroll as a whole. */
  .content {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    padding: calc(var(--_space) * 2);
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 2);
  }
  .content h3 {
    margin: 0;
    font-size: 1.05em;
  }
  .content h3:focus {
    outline: none;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  form.fields {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .error {
    font-size: 0.9375em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .banner {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border-left: 0.3rem solid var(--_online);
    background: var(--_surface);
  }

  /* ── the conversation ── */
  .conversation {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  .note {
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
    font-size: 0.875em;
  }
  .log {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .log > button {
    align-self: center;
  }
  .messages {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .message {
    max-width: 85%;
    align-self: flex-start;
    display: grid;
    gap: calc(var(--_space) * 0.25);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.25);
    border-radius: var(--_radius);
    background: var(--_other);
    color: var(--_text);
    border: 1px solid var(--_border);
  }
  .message[data-from='own'] {
    align-self: flex-end;
    background: var(--_own);
    color: var(--_on-own);
    border-color: var(--_own);
  }
  .message .meta {
    display: flex;
    gap: var(--_space);
    font-size: 0.8125em;
  }
  .message .author {
    font-weight: 600;
  }
  .message .body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .message .state {
    font-size: 0.8125em;
    font-weight: 600;
  }
  .message[data-state='failed'] {
    background: var(--_background);
    color: var(--_text);
    border: 2px solid var(--_danger);
  }
  .message[data-state='failed'] button {
    justify-self: start;
    min-height: 2.25rem;
  }
  .message .file {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    overflow-wrap: anywhere;
  }
  .typing {
    min-height: 1.5em;
    padding: 0 calc(var(--_space) * 2);
    color: var(--_muted);
    font-size: 0.875em;
    font-style: italic;
  }

  .uploads {
    list-style: none;
    margin: 0;
    padding: 0 calc(var(--_space) * 2);
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .upload {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: calc(var(--_space) * 0.25) var(--_space);
    font-size: 0.875em;
  }
  .upload progress {
    grid-column: 1;
    width: 100%;
    accent-color: var(--_primary);
  }
  .upload .error {
    grid-column: 1;
  }
  .upload button {
    grid-column: 2;
    grid-row: 1 / span 2;
    min-height: 2.25rem;
  }

  .composer {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: end;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    border-top: 1px solid var(--_border);
  }
  .composer textarea {
    resize: none;
    min-height: 2.75rem;
    max-height: 8rem;
    field-sizing: content;
  }
  .composer .error {
    grid-column: 1 / -1;
  }
`;
