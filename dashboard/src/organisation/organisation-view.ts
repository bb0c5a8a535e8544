import { html } from 'lit';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';

export class LotseOrganisationView extends DashboardElement {
  override render() {
    return html`<h1>Einrichtung</h1>`;
  }
}
defineDashboardElement('lotse-organisation-view', LotseOrganisationView);
