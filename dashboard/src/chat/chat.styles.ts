import { css } from 'lit';

export const chatStyles = css`
  .layout {
    display: grid;
    grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  .streams,
  .conversation {
    background: var(--_background);
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    min-width: 0;
  }
  .conversation {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  lotse-chat-new {
    display: block;
    margin-bottom: var(--_space);
  }
  .filters {
    display: grid;
    gap: var(--_space);
  }
  input[type='search'],
  select {
    font: inherit;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    min-height: 2.75rem;
    width: 100%;
    background: var(--_background);
    color: var(--_text);
  }
  .count {
    margin: var(--_space) 0;
  }
  .stream-list {
    gap: calc(var(--_space) * 0.5);
  }
  a.stream {
    display: grid;
    gap: 0.15rem;
    padding: var(--_space);
    border-radius: var(--_radius);
    border: 1px solid transparent;
    color: var(--_text);
    text-decoration: none;
  }
  a.stream:hover {
    background: var(--_surface);
  }
  a.stream[aria-current='page'] {
    background: var(--_info-bg);
    border-color: var(--_primary);
  }
  .stream-head {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    align-items: baseline;
  }
  .stream-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  a.stream.unread .preview {
    font-weight: 600;
  }
  .stream-meta {
    font-size: 0.85em;
  }
  .preview {
    font-size: 0.9em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .empty {
    padding: var(--_space);
  }
  .more {
    margin-top: var(--_space);
  }
  .conversation-head {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .conversation-head h2,
  .conversation-head p {
    margin: 0;
  }
  .back {
    display: none;
  }
  .notice {
    background: var(--_info-bg);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0;
  }
  .log {
    height: clamp(16rem, calc(100vh - 30rem), 40rem);
    overflow-y: auto;
    border: 1px solid #e4e7eb;
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  .older {
    text-align: center;
    margin: 0 0 var(--_space);
  }
  .message {
    max-width: 80%;
    background: var(--_background);
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    justify-self: start;
  }
  .message.own {
    justify-self: end;
    border-color: var(--_primary);
    background: #eef6f8;
  }
  .message p {
    margin: 0;
  }
  .message .head {
    display: flex;
    gap: var(--_space);
    font-size: 0.85em;
  }
  .message .author {
    font-weight: 600;
  }
  .message .body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .small {
    font-size: 0.85em;
  }
  .typing {
    min-height: 1.5em;
    margin: 0;
    font-style: italic;
  }
  .composer {
    display: grid;
    gap: var(--_space);
  }
  .composer textarea {
    resize: vertical;
  }
  .composer .hint {
    margin: 0;
  }
  .composer-actions {
    justify-content: end;
  }
  .uploads {
    font-size: 0.9em;
  }
  .panel {
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  p.status.quiet {
    min-height: 0;
    margin: 0;
  }
  .notice-line:not(.quiet) {
    background: var(--_info-bg);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0;
    font-weight: 600;
  }
  .message .body.file {
    white-space: normal;
  }
  h3 {
    margin: 0 0 var(--_space);
  }
  table.docs {
    width: 100%;
    border-collapse: collapse;
  }
  table.docs th,
  table.docs td {
    text-align: start;
    padding: calc(var(--_space) * 0.5);
    border-bottom: 1px solid #e4e7eb;
    vertical-align: top;
  }
  dialog {
    border: none;
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 2);
    width: min(32rem, 90vw);
  }
  dialog form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  fieldset {
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
    max-height: 16rem;
    overflow-y: auto;
  }
  /* Tablets and narrow windows: the list, or the open conversation with a way back. */
  @media (max-width: 60rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .layout.has-stream .streams,
    .layout:not(.has-stream) .conversation {
      display: none;
    }
    .layout.has-stream .back {
      display: inline;
    }
    .message {
      max-width: 95%;
    }
  }
`;
