import { html } from 'lit';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';

export class LotseProfileView extends DashboardElement {
  override render() {
    return html`<h1>Mein Profil</h1>`;
  }
}
defineDashboardElement('lotse-profile-view', LotseProfileView);
