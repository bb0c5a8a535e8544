/**
 * The widget bundle, served as one ES module at `/widgets/lotse.js`:
 *
 * ```html
 * <script type="module" src="https://lotse.example/widgets/lotse.js"></script>
 * <lotse-booking org="pk_…"></lotse-booking>
 * ```
 *
 * Each widget module defines its custom element when imported; add one import line per widget.
 */
export { LotseElement, baseStyles, defineElement } from './shared/base.js';
export { ApiClient, apiClient } from './shared/api.js';
import './lotse-booking/lotse-booking.js';
import './lotse-mail-form/lotse-mail-form.js';
import './lotse-chat/lotse-chat.js';
