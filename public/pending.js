// Runs before the page paints.
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  // An embed address pasted before each view had a page of its own (?embed=1&view=map on an
  // edition's home page, whose <html data-embeds> says where those pages are) goes at once to the
  // view's page, which paints the view from its HTML, the rest of the query kept. Replaced, so
  // Back does not return here. A view this list does not know stays, for the app's notice.
  var embeds = root.getAttribute('data-embeds');
  var views = ['all', 'map', 'history', 'timeline', 'quotes'];
  var view = query.get('view') || 'all';
  if (
    embeds !== null &&
    query.getAll('embed').join() === '1' &&
    query.getAll('view').length <= 1 &&
    views.indexOf(view) >= 0
  ) {
    query.delete('embed');
    query.delete('view');
    var rest = query.toString();
    root.classList.add('pending');
    location.replace(
      embeds + (view === 'all' ? '' : view + '/') + (rest ? '?' + rest : '') + location.hash,
    );
    return;
  }
  // The HTML is prerendered in its own state; when the address asks for another one (a country,
  // a date, an embed…), hide it until the app has drawn what was asked, instead of flashing the
  // wrong state. styles.css reveals it anyway after a few seconds.
  if (/[?&](country|date|event|mode|quote|embed|view|theme|transparent)=/.test(location.search)) {
    root.classList.add('pending');
  }
})();
