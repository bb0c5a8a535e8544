/** The staff dashboard's entry: one element, `<lotse-dashboard>`, routes everything below `/dashboard`. */
import './app/lotse-dashboard.js';
