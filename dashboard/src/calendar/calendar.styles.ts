import { css } from 'lit';

/** Date, time and number fields look like the shared text fields. */
export const extraFieldStyles = css`
  input[type='date'],
  input[type='time'],
  input[type='number'],
  input[type='url'] {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    min-height: 2.75rem;
    width: 100%;
  }
  fieldset {
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
  }
  legend {
    font-weight: 600;
    padding: 0 calc(var(--_space) * 0.5);
  }
  .check {
    align-items: center;
  }
`;

export const calendarStyles = [
  extraFieldStyles,
  css`
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 1.5);
      align-items: end;
      margin-bottom: calc(var(--_space) * 2);
    }
    .toolbar .field {
      min-width: 11rem;
    }
    .toolbar .check {
      min-height: 2.75rem;
    }
    .steps {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
    }
    .toolbar .new {
      margin-inline-start: auto;
    }
    .period {
      margin-bottom: 0;
    }
    .days {
      display: grid;
      gap: var(--_space);
      grid-template-columns: repeat(7, minmax(0, 1fr));
      align-items: start;
    }
    .days.day {
      grid-template-columns: minmax(0, 40rem);
    }
    .day {
      background: var(--_background);
      border: 1px solid #d5dbe1;
      border-radius: var(--_radius);
      padding: var(--_space);
      min-height: 8rem;
    }
    .day.today {
      border: 2px solid var(--_primary);
    }
    .day h3 {
      font-size: 0.95rem;
      margin: 0 0 var(--_space);
    }
    .entries {
      gap: calc(var(--_space) * 0.5);
    }
    .entry,
    .slot {
      display: grid;
      justify-items: start;
      gap: 0;
      width: 100%;
      text-align: start;
      min-height: 0;
      padding: calc(var(--_space) * 0.5);
      font-size: 0.875rem;
      border-width: 1px;
      color: var(--_text);
      overflow-wrap: anywhere;
    }
    .entry {
      border-inline-start: 4px solid var(--_primary);
      background: #e6f2f5;
    }
    .entry.kind-group {
      border-inline-start-color: #6b3fa0;
      background: #f1ebf8;
    }
    .entry.kind-blocker {
      border-color: var(--_border);
      background: repeating-linear-gradient(135deg, #f5f7fa, #f5f7fa 6px, #e4e7eb 6px, #e4e7eb 12px);
    }
    .entry.held {
      border-style: dashed;
    }
    .slot {
      display: block;
      border: 1px dashed var(--_success);
      color: var(--_success);
      background: var(--_background);
    }
    .slot .muted {
      font-size: 0.9em;
    }
    .time {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .absence {
      margin: 0 0 var(--_space);
      padding: calc(var(--_space) * 0.5);
      background: #fff7e6;
      color: var(--_warning);
      border-radius: var(--_radius);
      font-size: 0.875rem;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      background: var(--_background);
    }
    th,
    td {
      text-align: start;
      padding: var(--_space);
      border: 1px solid #e4e7eb;
      vertical-align: top;
    }
    th {
      background: var(--_surface);
      font-size: 0.9em;
    }
    table.month {
      table-layout: fixed;
    }
    table.month td {
      height: 7rem;
      padding: calc(var(--_space) * 0.5);
    }
    table.month td.other {
      background: var(--_surface);
    }
    table.month td.today {
      outline: 2px solid var(--_primary);
      outline-offset: -2px;
    }
    table.month ul {
      gap: 2px;
    }
    table.month .entry {
      font-size: 0.8rem;
      padding: 2px 4px;
    }
    table.month .absence {
      display: block;
      padding: 0 4px;
      margin: 0 0 2px;
    }
    .daynum {
      font-weight: 600;
      display: inline-block;
      min-width: 1.75rem;
      margin-bottom: 2px;
    }
    .empty {
      padding: calc(var(--_space) * 2);
      background: var(--_background);
      border-radius: var(--_radius);
    }
    lotse-calendar-absences {
      margin-top: calc(var(--_space) * 3);
    }
    /* Tablets: the week in rows of days that fit. */
    @media (max-width: 72rem) {
      .days {
        grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
      }
      .toolbar .new {
        margin-inline-start: 0;
      }
    }
    @media (max-width: 48rem) {
      table.list thead {
        position: absolute;
        left: -9999px;
      }
      table.list tr,
      table.list td {
        display: block;
      }
      table.month th {
        font-size: 0.75rem;
        overflow: hidden;
        text-overflow: ellipsis;
      }
    }
  `,
];

export const dialogStyles = [
  extraFieldStyles,
  css`
    dialog {
      width: min(52rem, calc(100vw - 2rem));
      max-height: calc(100vh - 2rem);
      overflow: auto;
      border: none;
      border-radius: var(--_radius);
      box-shadow: var(--_shadow);
      padding: calc(var(--_space) * 3);
      color: var(--_text);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
    .dialog-title {
      font-size: 1.3rem;
      margin: 0 0 calc(var(--_space) * 2);
    }
    .dialog-title:focus {
      outline: none;
    }
    form {
      display: grid;
      gap: calc(var(--_space) * 1.5);
    }
    .grid {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
      align-items: end;
    }
    fieldset.kinds {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 3);
    }
    .status:empty {
      min-height: 0;
      margin: 0;
    }
    .duration {
      align-self: center;
      margin: 0;
    }
    .participants {
      max-height: 12rem;
      overflow: auto;
    }
    .actions {
      margin-top: var(--_space);
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
      margin: 0 0 calc(var(--_space) * 2);
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .pre {
      white-space: pre-wrap;
    }
    h3 {
      font-size: 1.05rem;
      margin: calc(var(--_space) * 2) 0 var(--_space);
    }
    h3:focus {
      outline: none;
    }
    ul.participants li {
      display: flex;
      align-items: center;
      gap: var(--_space);
    }
    button.small {
      min-height: 2rem;
      min-width: 2rem;
      padding: 0 calc(var(--_space) * 0.75);
    }
    button.danger {
      border-color: var(--_danger);
      color: #fff;
      background: var(--_danger);
    }
    form.add-participants {
      margin: var(--_space) 0;
    }
    .link-field .row {
      flex-wrap: nowrap;
    }
    .link-field input {
      flex: 1;
    }
    details.edit {
      margin-top: calc(var(--_space) * 2);
    }
    /* The base sheet inherits border-box from the host; <details> passes its content through a UA slot that does not. */
    details.edit * {
      box-sizing: border-box;
    }
    details.edit .grid {
      align-items: center;
    }
    details.edit summary {
      cursor: pointer;
      font-weight: 600;
      color: var(--_primary);
      margin-bottom: var(--_space);
    }
    .confirm {
      display: inline-flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
      font-weight: 600;
    }
  `,
];

export const absenceStyles = [
  extraFieldStyles,
  css`
    .absences {
      display: grid;
      gap: var(--_space);
    }
    .absences h2 {
      margin: 0;
    }
    p {
      margin: 0;
    }
    .status:empty {
      min-height: 0;
    }
    .absences h2:focus {
      outline: none;
    }
    .hint {
      margin: 0;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: start;
      padding: var(--_space);
      border-bottom: 1px solid #e4e7eb;
    }
    th {
      background: var(--_surface);
      font-size: 0.9em;
    }
    .add-absence {
      align-items: end;
    }
    .add-absence .field {
      min-width: 10rem;
    }
    .add-absence .note {
      flex: 1 1 14rem;
    }
  `,
];
