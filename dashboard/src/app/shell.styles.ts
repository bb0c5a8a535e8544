import { css } from 'lit';

export const shellStyles = css`
  :host {
    min-height: 100vh;
    background: var(--_surface);
  }
  .loading {
    padding: 2rem;
  }
  .anonymous {
    display: grid;
    justify-items: center;
    align-content: start;
    gap: var(--_space);
    padding: 10vh 1rem 2rem;
  }
  .anonymous .card {
    width: min(30rem, 100%);
  }
  .brand {
    font-weight: 700;
    font-size: 1.25rem;
    color: var(--_primary);
    margin: 0;
  }
  .app {
    display: grid;
    grid-template-columns: 13rem 1fr;
    grid-template-rows: auto 1fr;
    grid-template-areas: 'header header' 'nav main';
    min-height: 100vh;
  }
  header {
    grid-area: header;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_background);
    border-bottom: 1px solid #d5dbe1;
  }
  header .org {
    color: var(--_muted);
  }
  header .me {
    margin-inline-start: auto;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  header .me label {
    font-weight: 600;
  }
  header select {
    width: auto;
    min-height: 2.5rem;
    padding-block: 0.25rem;
  }
  header .name {
    font-weight: 600;
  }
  .live.lost {
    color: var(--_warning);
    font-weight: 600;
  }
  nav {
    grid-area: nav;
    background: var(--_background);
    border-inline-end: 1px solid #d5dbe1;
    padding: calc(var(--_space) * 2) var(--_space);
  }
  nav a {
    display: block;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    color: var(--_text);
    text-decoration: none;
    font-weight: 600;
  }
  nav a:hover {
    background: var(--_surface);
  }
  nav a[aria-current='page'] {
    background: var(--_info-bg);
    color: var(--_primary);
    box-shadow: inset 4px 0 0 var(--_primary);
  }
  main {
    grid-area: main;
    padding: calc(var(--_space) * 3);
    min-width: 0;
  }
  main:focus {
    outline: none;
  }
  .skip {
    position: absolute;
    left: -999px;
    top: 0;
    background: var(--_background);
    padding: var(--_space);
    z-index: 10;
  }
  .skip:focus {
    left: var(--_space);
  }
  dialog.relogin {
    border: none;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
    box-shadow: var(--_shadow);
    width: min(30rem, 95vw);
  }
  dialog.relogin::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  /* Tablets and 200 % zoom: navigation above the content. */
  @media (max-width: 48rem) {
    .app {
      grid-template-columns: 1fr;
      grid-template-rows: auto auto 1fr;
      grid-template-areas: 'header' 'nav' 'main';
    }
    nav {
      border-inline-end: none;
      border-bottom: 1px solid #d5dbe1;
      padding: var(--_space);
    }
    nav ul.plain {
      display: flex;
      flex-wrap: wrap;
    }
    main {
      padding: calc(var(--_space) * 2) var(--_space);
    }
  }
`;
