// The complaint form's app chooser: a suggestion (rendered by htmx from registered filings) fills in
// the app name and its filing number. Without script the suggestions still show the numbers to copy.
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('button.choose-app');
  if (!button) {
    return;
  }
  var name = document.getElementById('appName');
  var identifier = document.getElementById('identifier');
  if (name) {
    name.value = button.getAttribute('data-app-name') || '';
  }
  if (identifier) {
    identifier.value = button.getAttribute('data-filing-number') || '';
  }
  if (name) {
    name.focus();
  }
});
