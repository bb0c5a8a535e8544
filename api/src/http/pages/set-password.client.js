// Script of the set-password page (served as /pages/set-password.js; see set-password.page.ts).
// Plain browser JavaScript, no build step: reads the token from the address, checks the obvious
// things locally, and lets the server decide the rest (policy, token) through setPasswordWithToken.

// Platform operators' links lead here under /operator/set-password: their own mutation.
const MUTATION =
  location.pathname === '/operator/set-password'
    ? `mutation OperatorSetPasswordWithToken($input: SetPasswordWithTokenInput!) {
  operatorSetPasswordWithToken(input: $input) { operator { id } }
}`
    : `mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {
  setPasswordWithToken(input: $input) { me { kind } }
}`;

const $ = (id) => document.getElementById(id);
const messages = JSON.parse($('set-password-messages').textContent);
const form = $('set-password-form');
const password = $('password');
const repeat = $('password-repeat');
const formError = $('form-error');
const status = $('status');
const submit = form.querySelector('button[type=submit]');

const params = new URLSearchParams(location.search);
const token = params.get('token') ?? '';

// The language switch keeps the token.
const other = $('other-language');
if (token) {
  const href = new URL(other.getAttribute('href'), location.href);
  href.searchParams.set('token', token);
  other.setAttribute('href', href.search);
}

function fieldError(input, message) {
  const el = $(`${input.id}-error`);
  el.textContent = message ?? '';
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function clearErrors() {
  fieldError(password);
  fieldError(repeat);
  formError.textContent = '';
  status.textContent = '';
}

function fail(message) {
  status.textContent = '';
  formError.textContent = message;
}

/** The text for a server error: a translation of its reason when there is one, else its message. */
function describe(error) {
  const reason = error.extensions?.reason ?? error.extensions?.code;
  return messages.reasons[reason] ?? error.message ?? messages.generic;
}

function disableForm() {
  for (const el of form.elements) el.disabled = true;
}

if (!token) {
  fail(messages.missingToken);
  disableForm();
}

$('show-password').addEventListener('change', (event) => {
  const type = event.target.checked ? 'text' : 'password';
  password.type = type;
  repeat.type = type;
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors();
  if (!password.value) return focusError(password, messages.required);
  if (password.value.length < 10) return focusError(password, messages.tooShort);
  if (password.value !== repeat.value) return focusError(repeat, messages.mismatch);

  submit.disabled = true;
  status.textContent = messages.saving;
  let body;
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: MUTATION, variables: { input: { token, password: password.value } } }),
    });
    body = await res.json();
  } catch {
    submit.disabled = false;
    return fail(messages.network);
  }
  submit.disabled = false;
  const error = body.errors?.[0];
  if (!error) {
    status.textContent = messages.success;
    form.hidden = true;
    // Staff log in on the dashboard, not on the page with the widgets.
    if (body.data?.setPasswordWithToken?.me?.kind === 'STAFF') $('next').querySelector('a').href = '/dashboard';
    $('next').hidden = false;
    return;
  }
  const reason = error.extensions?.reason;
  const onPassword = error.extensions?.fields?.find((f) => f.path === 'password');
  if (reason === 'TOKEN_INVALID') {
    fail(describe(error));
    disableForm();
  } else if (onPassword) {
    status.textContent = '';
    focusError(password, messages.reasons[reason] ?? onPassword.message);
  } else {
    fail(describe(error));
  }
});

function focusError(input, message) {
  fieldError(input, message);
  input.focus();
}
