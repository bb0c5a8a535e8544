import { css } from 'lit';

export const loginStyles = css`
  .login {
    display: grid;
    gap: calc(var(--_space) * 2);
    max-width: 26rem;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .notice {
    background: var(--_info-bg);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin: 0;
  }
  h1,
  h2 {
    margin: 0;
  }
`;
