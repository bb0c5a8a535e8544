import { css } from 'lit';

export const profileStyles = css`
  .languages {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    gap: var(--_space);
  }
  .avatar-row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: end;
  }
  .avatar img {
    border-radius: 50%;
    object-fit: cover;
    border: 1px solid #d5dbe1;
  }
  .avatar-row .field {
    flex: 1 1 18rem;
  }
  input[type='file'] {
    font: inherit;
  }
  .capacity {
    max-width: 16rem;
    margin-inline-start: 2rem;
  }
  textarea {
    resize: vertical;
  }
  .two-factor .qr {
    display: block;
    background: #fff;
    border: 1px solid #d5dbe1;
    border-radius: var(--_radius);
  }
  .two-factor .secret,
  .two-factor .codes code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 1.05rem;
    letter-spacing: 0.05em;
    user-select: all;
  }
  .two-factor .codes {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
  }
  .two-factor .codes:focus {
    outline: 2px solid var(--_primary);
    outline-offset: 4px;
  }
  .two-factor h1 {
    font-size: 1.5rem;
  }
`;
