// Confirmation before irreversible acts: any form with data-confirm asks first. No inline script
// anywhere (the CSP forbids it), so this is the one place that behaviour lives.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute && form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);
