import { css } from 'lit';
import { listboxDialogStyles } from '../shared/listbox-dialog.styles.js';

export const paletteStyles = [
  listboxDialogStyles,
  css`
    li[aria-selected='true'] {
      font-weight: 600;
    }
    .hint {
      font-size: 0.875em;
      margin: var(--_space) 0 0;
    }
  `,
];
