/** Styles of `<lotse-booking>`, on top of the base tokens (`--_primary` …, see shared/base.ts). */
import { css } from 'lit';

export const bookingStyles = css`
  :host {
    --_day-min: var(--lotse-booking-day-min-width, 9rem);
    max-width: 48rem;
  }

  .booking {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /* One-to-one / group appointments: the pressed one is the view on screen. */
  .kinds button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .progress {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }

  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* The alert region stays in the DOM (so screen readers announce what appears in it) but takes no room when empty. */
  [role='alert']:empty {
    display: none;
  }
  .notice {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border-left: 0.3rem solid var(--_danger);
    background: var(--_surface);
    color: var(--_text);
  }
  .notice[data-tone='info'] {
    border-left-color: var(--_primary);
  }

  /* Buttons, links styled as buttons and plain lists: see shared/controls.styles.ts. Here the hover spares
     disabled buttons, and a primary button keeps its colour (brightened) as everywhere else. */
  button:not(.primary):hover:not(:disabled) {
    background: var(--_surface);
  }
  button:disabled {
    cursor: not-allowed;
    border-color: var(--_border);
    color: var(--_muted);
    background: var(--_surface);
  }

  .option {
    width: 100%;
    display: grid;
    grid-template-columns: auto 1fr;
    justify-content: start;
    align-items: start;
    text-align: start;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    color: var(--_text);
    border: 1px solid var(--_border);
    background: var(--_surface);
    padding: calc(var(--_space) * 1.5);
  }
  .option:hover:not(:disabled) {
    border-color: var(--_primary);
    background: var(--_surface);
  }
  .option .name {
    font-weight: 600;
    color: var(--_primary);
  }
  .option .text {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }
  .option.no-avatar {
    grid-template-columns: 1fr;
  }
  .avatar {
    width: 3.5rem;
    height: 3.5rem;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_background);
    display: grid;
    place-items: center;
    font-weight: 600;
    font-size: 1.25em;
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
  }

  .week-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .week-label {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    text-align: center;
    flex: 1 1 12rem;
  }
  .days {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--_day-min), 1fr));
    gap: calc(var(--_space) * 1.5);
  }
  .day h4 {
    margin: 0 0 var(--_space);
    font-size: 0.9375em;
  }
  .slot {
    width: 100%;
    font-variant-numeric: tabular-nums;
  }

  form {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  a {
    color: var(--_primary);
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
  .cancel-url {
    word-break: break-all;
  }
`;
