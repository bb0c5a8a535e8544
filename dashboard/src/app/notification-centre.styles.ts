import { css } from 'lit';

export const notificationStyles = css`
  :host {
    position: relative;
    display: inline-block;
  }
  .panel {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + var(--_space));
    z-index: 20;
    width: min(26rem, 90vw);
    max-height: 70vh;
    overflow-y: auto;
    background: var(--_background);
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
  }
  .panel[hidden] {
    display: none;
  }
  li {
    display: grid;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-radius: var(--_radius);
  }
  li.unread {
    background: var(--_info-bg);
    font-weight: 600;
  }
  li .muted {
    font-weight: normal;
    font-size: 0.875em;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  legend {
    font-weight: 600;
    margin-bottom: calc(var(--_space) * 0.5);
  }
`;
