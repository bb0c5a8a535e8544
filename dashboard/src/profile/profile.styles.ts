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
`;
