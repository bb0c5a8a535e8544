/**
 * `<lotse-org-topics>` (in the Einrichtung screen): the organisation's topics, each renamed or
 * re-categorised and saved on its own, deleted after a confirmation, and new ones added.
 *
 * @event lotse-organisation-saved - a topic changed (detail null: the screen reloads the settings).
 */
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { fieldErrors, type ApiError } from '../../../widgets/src/shared/api.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import { CREATE_TOPIC, DELETE_TOPIC, UPDATE_TOPIC, type OrganisationSettings } from './organisation.api.js';
import { organisationMessages as messages } from './organisation.messages.js';
import { organisationStyles } from './organisation.styles.js';
import { languageName, textsByLanguage } from '../shared/languages.js';

type Topic = OrganisationSettings['topics'][number];

export class LotseOrgTopics extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, organisationStyles];

  @property({ attribute: false }) topics: Topic[] = [];
  /** The organisation's content languages, the default first: a name field for each of the others. */
  @property({ attribute: false }) languages: string[] = [];

  @state() private notice = '';
  @state() private error = '';
  /** Field errors by topic id ('new' for the form that adds one). */
  @state() private errors: Record<string, Record<string, string>> = {};
  @state() private confirming: string | null = null;

  override render() {
    const t = messages.for(this.locale);
    return html`<section class="card" aria-labelledby="topics-title">
      <h2 id="topics-title">${t.topicsTitle}</h2>
      <p class="muted">${t.topicsHint}</p>
      <p class="notice" role="status">${this.notice}</p>
      <p class="status error" role="alert">${this.error}</p>
      <ul class="plain topics">
        ${repeat(
          this.topics,
          (topic) => topic.id,
          (topic) => this.row(topic),
        )}
      </ul>
      <form class="topic new" @submit=${this.onAdd} novalidate aria-labelledby="new-topic-title">
        <h3 id="new-topic-title">${t.newTopic}</h3>
        ${this.fields('new', { name: '', names: [], category: '' })}
        <div class="actions"><button type="submit" class="primary">${t.addTopic}</button></div>
      </form>
    </section>`;
  }

  private fields(key: string, topic: Pick<Topic, 'name' | 'names' | 'category'>) {
    const t = messages.for(this.locale);
    const err = this.errors[key] ?? {};
    const texts = textsByLanguage(topic.names);
    return html`<div class="fields">
      <div class="field">
        <label for="topic-${key}-name">${t.topicName}</label>
        <input
          id="topic-${key}-name"
          name="name"
          type="text"
          .value=${topic.name}
          required
          aria-invalid=${err.name ? 'true' : 'false'}
          aria-describedby="topic-${key}-name-error"
        />
        <span class="error" id="topic-${key}-name-error">${err.name ?? ''}</span>
      </div>
      ${this.languages.slice(1).map((lang, i) => {
        const id = `topic-${key}-name-${lang}`;
        const error = err[`names.${i + 1}.text`] ?? err[`names.${i + 1}.lang`];
        return html`<div class="field">
          <label for=${id}>${t.textIn(languageName(this.locale, lang))}</label>
          <input
            id=${id}
            name="names.${lang}"
            lang=${lang}
            type="text"
            .value=${texts.get(lang) ?? ''}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby="${id}-error"
          />
          <span class="error" id="${id}-error">${error ?? ''}</span>
        </div>`;
      })}
      <div class="field">
        <label for="topic-${key}-category">${t.topicCategory}</label>
        <input id="topic-${key}-category" name="category" type="text" .value=${topic.category ?? ''} />
      </div>
    </div>`;
  }

  private row(topic: Topic) {
    const t = messages.for(this.locale);
    return html`<li>
      <form
        class="topic"
        @submit=${(e: SubmitEvent) => this.onSave(topic, e)}
        novalidate
        aria-label=${t.topicLegend(topic.name)}
      >
        ${this.fields(topic.id, topic)}
        <div class="actions">
          <button type="submit">${t.saveTopic(topic.name)}</button>
          ${
            this.confirming === topic.id
              ? html`<span class="confirm" role="group" aria-label=${t.deleteTopic(topic.name)}>
                  <button type="button" class="danger" id="confirm-${topic.id}" @click=${() => this.onDelete(topic)}>
                    ${t.deleteTopic(topic.name)}?
                  </button>
                  <button type="button" @click=${() => (this.confirming = null)}>${t.cancel}</button>
                </span>`
              : html`<button type="button" class="danger" @click=${() => this.askDelete(topic)}>
                  ${t.deleteTopic(topic.name)}
                </button>`
          }
        </div>
      </form>
    </li>`;
  }

  /** The form's texts; `names` lists every content language (the default's is `name`). */
  private values(form: HTMLFormElement) {
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const [first, ...others] = this.languages;
    return {
      name,
      names: [
        ...(first ? [{ lang: first, text: name }] : []),
        ...others.map((lang) => ({ lang, text: String(data.get(`names.${lang}`) ?? '').trim() })),
      ],
      category: String(data.get('category') ?? '').trim() || null,
    };
  }

  private async onAdd(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = this.values(form);
    const result = await this.api.request(CREATE_TOPIC, { input });
    if (this.failed('new', result.error)) return;
    form.reset();
    this.done(messages.for(this.locale).topicAdded(input.name));
  }

  private async onSave(topic: Topic, event: SubmitEvent) {
    event.preventDefault();
    const input = { id: topic.id, ...this.values(event.target as HTMLFormElement) };
    const result = await this.api.request(UPDATE_TOPIC, { input: { ...input, category: input.category ?? '' } });
    if (this.failed(topic.id, result.error)) return;
    this.done(messages.for(this.locale).topicSaved(input.name));
  }

  private askDelete(topic: Topic) {
    this.confirming = topic.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#confirm-${topic.id}`)?.focus());
  }

  private async onDelete(topic: Topic) {
    this.confirming = null;
    const result = await this.api.request(DELETE_TOPIC, { input: { id: topic.id } });
    if (this.failed(topic.id, result.error)) return;
    this.done(messages.for(this.locale).topicDeleted(topic.name));
    this.renderRoot.querySelector<HTMLElement>('#topic-new-name')?.focus();
  }

  private failed(key: string, error: ApiError | undefined): boolean {
    this.notice = '';
    if (!error) {
      this.errors = { ...this.errors, [key]: {} };
      this.error = '';
      return false;
    }
    const t = messages.for(this.locale);
    const errs = error.reason === 'TOPIC_EXISTS' ? { name: t.topicExists } : fieldErrors(error);
    this.errors = { ...this.errors, [key]: errs };
    this.error = Object.keys(errs).length ? t.fixFields : errorText(this.locale, error);
    if (errs.name)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#topic-${key}-name`)?.focus());
    return true;
  }

  private done(text: string) {
    this.notice = text;
    this.dispatchEvent(new CustomEvent('lotse-organisation-saved', { detail: null, bubbles: true }));
  }
}

defineDashboardElement('lotse-org-topics', LotseOrgTopics);
