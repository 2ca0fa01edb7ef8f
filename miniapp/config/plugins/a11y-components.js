/** Attributes added to WeChat components for screen readers (see a11y-attributes.js). */
const aria = { 'aria-label': "''", 'aria-role': "''" };

exports.A11Y_COMPONENTS = {
  View: aria,
  Text: aria,
  Image: aria,
  Button: aria,
  Input: aria,
};
