import { css } from 'lit';
import { extraFieldStyles } from '../calendar/calendar.styles.js';

export const availabilityStyles = [
  extraFieldStyles,
  css`
    .intro {
      max-width: 60rem;
      margin-top: 0;
    }
    .whose {
      max-width: 20rem;
      margin-bottom: calc(var(--_space) * 2);
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 22rem;
      gap: calc(var(--_space) * 2);
      align-items: start;
    }
    form,
    aside {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    aside {
      position: sticky;
      top: var(--_space);
    }
    .week {
      display: grid;
      gap: var(--_space);
    }
    .weekday {
      gap: calc(var(--_space) * 0.75);
    }
    .none {
      margin: 0;
    }
    .window {
      display: grid;
      grid-template-columns: 8rem 8rem minmax(10rem, 1fr) auto;
      gap: var(--_space);
      align-items: end;
    }
    .add {
      justify-self: start;
    }
    .horizon {
      max-width: 20rem;
      margin-top: calc(var(--_space) * 2);
    }
    .indent {
      margin-inline-start: calc(1.25rem + var(--_space));
    }
    .address {
      display: grid;
      gap: var(--_space);
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
    .save {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 2);
    }
    .save .status {
      margin: 0;
    }
    .preview dl,
    .upcoming dl {
      margin: 0;
      display: grid;
      gap: calc(var(--_space) * 0.25);
    }
    dt {
      font-weight: 600;
      margin-top: var(--_space);
    }
    dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
    .svc {
      color: var(--_muted);
    }
    .hint {
      margin: 0 0 var(--_space);
    }
    .total {
      margin: 0;
    }
    @media (max-width: 72rem) {
      .layout {
        grid-template-columns: 1fr;
      }
      aside {
        position: static;
      }
    }
    @media (max-width: 40rem) {
      .window {
        grid-template-columns: 1fr 1fr;
      }
    }
  `,
];
