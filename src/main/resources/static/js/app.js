// Confirmation before irreversible acts: any form with data-confirm asks first. No inline script
// anywhere (the CSP forbids it), so this is the one place that behaviour lives.
// The question comes only once the form is valid: a button may name a field it needs filled
// (data-requires="comment", e.g. 退回 needs a reason), and the browser's own checks run first.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var button = event.submitter;
  var chosen = form.querySelector('input[type=radio][data-requires]:checked');
  var needed = (button && button.getAttribute('data-requires')) || (chosen && chosen.getAttribute('data-requires'));
  var asker = button && button.getAttribute('data-requires') ? button : chosen;
  if (needed) {
    var field = form.querySelector('[name="' + needed + '"]');
    if (field && !field.value.trim()) {
      event.preventDefault();
      field.setCustomValidity(asker.getAttribute('data-requires-message') || '请填写此项');
      field.reportValidity();
      field.addEventListener('input', function () { field.setCustomValidity(''); }, {once: true});
      return;
    }
  }
  var question = (button && button.getAttribute('data-confirm')) || (form.getAttribute && form.getAttribute('data-confirm'));
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);

// On a phone a table row is shown as a card: each cell is labelled with its column's header.
function labelTableCells(root) {
  (root || document).querySelectorAll('table').forEach(function (table) {
    var headers = Array.from(table.querySelectorAll('thead th')).map(function (th) { return th.textContent.trim(); });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      Array.from(row.children).forEach(function (cell, i) {
        if (headers[i] && !cell.hasAttribute('colspan') && !cell.hasAttribute('data-label')) {
          cell.setAttribute('data-label', headers[i]);
        }
      });
    });
  });
}
document.addEventListener('DOMContentLoaded', function () { labelTableCells(document); });
document.addEventListener('htmx:afterSwap', function (event) { labelTableCells(event.target); });
