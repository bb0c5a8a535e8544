/**
 * Building blocks of the forms of `<lotse-mail-form>`: a labelled input with its hint and its error,
 * wired for screen readers (`aria-invalid`, `aria-describedby` naming the hint and the error).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Problems } from './form.js';
import type { MailFormMessages } from './lotse-mail-form.messages.js';

/** Ids of the hint and the error of an input, or nothing (no empty attribute). */
export function describedBy(id: string, problems: Problems, hint: boolean): string | typeof nothing {
  return [hint ? `${id}-hint` : '', problems[id] ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
}

export const invalid = (id: string, problems: Problems): 'true' | 'false' => (problems[id] ? 'true' : 'false');

export function fieldError(id: string, problems: Problems, t: MailFormMessages): TemplateResult | typeof nothing {
  const problem = problems[id];
  return problem ? html`<p class="error" id=${`${id}-error`}>${problem(t)}</p>` : nothing;
}

export interface TextFieldOptions {
  id: string;
  name?: string;
  label: string;
  value: string;
  problems: Problems;
  t: MailFormMessages;
  type?: 'text' | 'email' | 'password';
  hint?: string;
  /** Shown after the label, e.g. "(required)". */
  tag?: string;
  required?: boolean;
  maxlength?: number;
  autocomplete?: string;
  inputmode?: string;
  spellcheck?: boolean;
}

export function textField(o: TextFieldOptions): TemplateResult {
  return html`<div class="field">
    <label for=${o.id}>${o.label}${o.tag ? html` <span class="hint">${o.tag}</span>` : nothing}</label>
    <input
      id=${o.id}
      name=${o.name ?? o.id}
      type=${o.type ?? 'text'}
      autocomplete=${o.autocomplete ?? nothing}
      inputmode=${o.inputmode ?? nothing}
      spellcheck=${o.spellcheck === false ? 'false' : nothing}
      maxlength=${o.maxlength ?? nothing}
      ?required=${o.required ?? false}
      aria-invalid=${invalid(o.id, o.problems)}
      aria-describedby=${describedBy(o.id, o.problems, !!o.hint)}
      .value=${live(o.value)}
    />
    ${o.hint ? html`<p class="hint" id=${`${o.id}-hint`}>${o.hint}</p>` : nothing} ${fieldError(o.id, o.problems, o.t)}
  </div>`;
}

export interface TextAreaOptions {
  id: string;
  label: string;
  value: string;
  problems: Problems;
  t: MailFormMessages;
  hint: string;
  tag?: string;
  maxlength: number;
  rows?: number;
}

export function textArea(o: TextAreaOptions): TemplateResult {
  return html`<div class="field">
    <label for=${o.id}>${o.label}${o.tag ? html` <span class="hint">${o.tag}</span>` : nothing}</label>
    <textarea
      id=${o.id}
      name=${o.id}
      rows=${o.rows ?? 8}
      maxlength=${o.maxlength}
      required
      aria-invalid=${invalid(o.id, o.problems)}
      aria-describedby=${describedBy(o.id, o.problems, true)}
      .value=${live(o.value)}
    ></textarea>
    <p class="hint" id=${`${o.id}-hint`}>${o.hint}</p>
    ${fieldError(o.id, o.problems, o.t)}
  </div>`;
}
