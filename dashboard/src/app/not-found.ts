/** `<lotse-not-found>`: a dashboard path that names no screen. */
import { html } from 'lit';
import { defineMessages } from '../../../widgets/src/shared/i18n.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';

const messages = defineMessages({
  de: { title: 'Seite nicht gefunden', text: 'Diese Adresse gibt es im Dashboard nicht.', home: 'Zur Übersicht' },
  en: { title: 'Page not found', text: 'There is no such address in the dashboard.', home: 'Go to the overview' },
});

export class LotseNotFound extends DashboardElement {
  override render() {
    const t = messages.for(this.locale);
    return html`<h1>${t.title}</h1>
      <p>${t.text}</p>
      <p><a href="/dashboard">${t.home}</a></p>`;
  }
}

defineDashboardElement('lotse-not-found', LotseNotFound);
